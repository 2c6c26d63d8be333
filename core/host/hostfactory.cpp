#include "host/hostfactory.h"

#include "host/demohost.h"
#include "demosandbox.h"
#include "host/windowshost.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace kb {

std::unique_ptr<Host> makeHost(HostKind kind, const Target &target, KbError *error)
{
    const QString sandbox = DemoSandbox::sandboxRootOf(target.pccsrv);
    if (kind == HostKind::Auto) {
#ifdef Q_OS_WIN
        kind = sandbox.isEmpty() ? HostKind::Windows : HostKind::Demo;
#else
        kind = sandbox.isEmpty() ? HostKind::None : HostKind::Demo;
#endif
    }
    switch (kind) {
    case HostKind::Windows:
        return std::make_unique<WindowsHost>(target.serverName);
    case HostKind::None:
        return std::make_unique<NullHost>();
    case HostKind::Demo:
        if (sandbox.isEmpty()) {
            *error = KbError::make(QStringLiteral("host.demo"),
                                   QCoreApplication::translate("kb::Host",
                                                               "--host demo needs a demo server "
                                                               "sandbox (see --demo)."),
                                   target.pccsrv);
            return nullptr;
        }
        return std::make_unique<DemoHost>(sandbox);
    case HostKind::Auto:
        break;
    }
    return nullptr;
}

} // namespace kb
