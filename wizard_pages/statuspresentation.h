#pragma once

#include "checkresult.h"

#include <QDateTime>
#include <QIcon>
#include <QString>

namespace kb {

// How a status is shown: always this icon AND the word statusText() gives, never colour alone.
QIcon statusIcon(Status s);

// A date and time on the pages: the current locale's short form with a four-digit year (backup
// lists span years, and "11/25/26" is ambiguous on a ticket).
QString shortDateTime(const QDateTime &when);

} // namespace kb
