#include "host/hostfactory.h"

#include "host/demohost.h"
#include "net/demonetwork.h"
#include "logging.h"
#include "net/netprobe.h"
#include "demosandbox.h"
#include "host/windowshost.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace kb {

std::unique_ptr<Host> makeHost(const QString &kind, const Target &target, KbError *error)
{
    const QString sandbox = DemoSandbox::sandboxRootOf(target.pccsrv);
    QString k = kind;
    if (k.isEmpty()) {
#ifdef Q_OS_WIN
        k = sandbox.isEmpty() ? QStringLiteral("windows") : QStringLiteral("demo");
#else
        k = sandbox.isEmpty() ? QStringLiteral("none") : QStringLiteral("demo");
#endif
    }
    if (k == QLatin1String("windows"))
        return std::make_unique<WindowsHost>(target.serverName);
    if (k == QLatin1String("none"))
        return std::make_unique<NullHost>();
    if (k == QLatin1String("demo")) {
        if (sandbox.isEmpty()) {
            *error = KbError::make(QStringLiteral("host.demo"),
                                   QCoreApplication::translate("kb::Host",
                                                               "--host demo needs a demo server "
                                                               "sandbox (see --demo)."),
                                   target.pccsrv);
            return nullptr;
        }
        // The demo's simulated network: from here on no name resolves except the demo's own,
        // so nothing the demo does reaches the internet.
        if (KbError e = DemoNetwork::activate(sandbox)) {
            qCWarning(lcNet) << e.toString();
            NameResolver::setOverride({}); // no simulated network: then no name resolves at all
        }
        return std::make_unique<DemoHost>(sandbox);
    }
    *error = KbError::make(QStringLiteral("usage.host"),
                           QCoreApplication::translate("kb::Host",
                                                       "Unknown host backend \"%1\": use windows, "
                                                       "demo or none.")
                               .arg(kind));
    return nullptr;
}

} // namespace kb
