#pragma once

#include <QString>

namespace kb {

// Loads KB Wizard's own catalog (":/i18n/kbwizard_<lang>.qm") and Qt's (qtbase_<lang>.qm from
// the Qt installation, so QWizard's buttons are translated too) for `language` ("de", "ja"...;
// empty = the system locale), replacing those loaded before (by either copy of this function:
// the program's or the GUI library's). Needs the application object. Returns the language in effect.
QString installTranslators(const QString &language);

} // namespace kb
