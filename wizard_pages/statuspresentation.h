#pragma once

#include "checkresult.h"

#include <QIcon>
#include <QString>

namespace kb {

// How a status is shown: always an icon AND a word, never colour alone.
QIcon statusIcon(Status s);
QString statusWord(Status s);

} // namespace kb
