#pragma once

#include <QString>

namespace kb {

// Loads KB Wizard's own catalog (":/i18n/kbwizard_<lang>.qm") and Qt's (qtbase_<lang>.qm from
// the Qt installation, so QWizard's buttons are translated too) for `language` ("de", "ja"...;
// empty = the system locale), replacing those loaded before. Returns the language in effect.
QString installTranslators(const QString &language);

} // namespace kb
