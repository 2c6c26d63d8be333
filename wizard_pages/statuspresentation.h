#pragma once

#include "checkresult.h"

#include <QIcon>
#include <QString>

namespace kb {

// How a status is shown: always this icon AND the word statusText() gives, never colour alone.
QIcon statusIcon(Status s);

} // namespace kb
