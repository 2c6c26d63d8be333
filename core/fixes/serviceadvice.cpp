#include "fixes/serviceadvice.h"

#include <QCoreApplication>

namespace kb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::ServiceAdvice)
};

} // namespace

QString serviceErrorAdvice(quint32 win32Error, const QString &service, const QString &server)
{
    switch (win32Error) {
    case 5:
        if (!server.isEmpty())
            return Tr::tr("Windows refused because your account has no administrator rights on %1. "
                      "What to do: run the wizard with an account that is an administrator on %1 "
                      "(a domain account), or run it on the server itself as an administrator.")
                .arg(server);
        return Tr::tr("Windows refused because the wizard is not running as an administrator. What to "
                  "do: close the wizard, right-click it, choose \"Run as administrator\" and try "
                  "again.");
    case 1053:
        return Tr::tr("Windows asked %1 to start or stop and the service did not answer in time. It "
                  "may still be busy, or it may be stuck. What to do: wait a minute and run the "
                  "check again; if %1 stays stopped, open Event Viewer (Windows Logs > System) and "
                  "read the Service Control Manager entry for it; if it hangs in a pending state, "
                  "restart the server. Trend Micro support asks for that entry.")
            .arg(service);
    case 1058:
        return Tr::tr("%1 is disabled. What to do: open Services (services.msc), set its startup type "
                  "to Automatic, then try again.")
            .arg(service);
    case 1060:
        return Tr::tr("%1 is not installed on this server. What to do: check that this is the server "
                  "the product is installed on; reinstall or repair the product if the service is "
                  "missing.")
            .arg(service);
    case 1067:
        return Tr::tr("%1 started and then ended by itself. What to do: read its entry in Event "
                  "Viewer (Windows Logs > Application and System) and send it to Trend Micro "
                  "support with the report.")
            .arg(service);
    case 1069:
        return Tr::tr("%1 could not log on with its account (wrong or expired password). What to do: "
                  "in Services (services.msc), open %1, Log On tab, enter the account's current "
                  "password, then try again.")
            .arg(service);
    case 1722:
        return Tr::tr("The server %1 could not be reached. What to do: check its name, that it is "
                  "switched on, and that the firewall allows remote service management.")
            .arg(server.isEmpty() ? Tr::tr("(this machine)") : server);
    default:
        break;
    }
    return QString();
}

QHash<quint32, QString> serviceErrorHelp(const QString &service, const QString &server)
{
    QHash<quint32, QString> help;
    for (quint32 code : {5u, 1053u, 1058u, 1060u, 1067u, 1069u, 1722u})
        help.insert(code, serviceErrorAdvice(code, service, server));
    return help;
}

} // namespace kb
