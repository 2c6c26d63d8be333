#pragma once

#include "host/host.h"

#include <QHash>
#include <QString>

namespace kb {

// Plain words for the Win32 errors a service start/stop reports (5 access denied, 1053 no answer
// in time, 1058 disabled, 1060 not installed, 1067 ended unexpectedly, 1069 logon failure, 1722
// server unreachable) and what the user can do about each. Empty for other codes.
// `server` is a remote server ("\\SBS01") or empty for this machine.
QString serviceErrorAdvice(quint32 win32Error, const QString &service, const QString &server = QString());

// Every code above with its advice, for HostAction::errorHelp.
QHash<quint32, QString> serviceErrorHelp(const QString &service, const QString &server = QString());

} // namespace kb
