#include "installationsearch.h"

#include "demosandbox.h"
#include "host/hostfactory.h"
#include "installation.h"

#include <QCoreApplication>

namespace kb {

InstallationSearch InstallationSearch::inFolder(const QString &path)
{
    InstallationSearch s;
    s.targets = Installation::findUnder(path, &s.error);
    return s;
}

InstallationSearch InstallationSearch::inDemo(bool latest)
{
    InstallationSearch s;
    const QString sandbox = latest ? DemoSandbox::latest() : DemoSandbox::create(QString(), &s.error);
    if (sandbox.isEmpty() && !s.error)
        s.error = KbError::make(QStringLiteral("demo.none"),
                                QCoreApplication::translate("kb::InstallationSearch",
                                                            "No earlier demo server was found."));
    if (!s.error)
        s.targets = Installation::findUnder(sandbox, &s.error);
    return s;
}

InstallationSearch InstallationSearch::onServer(const QString &typed, HostKind requested)
{
    InstallationSearch s;
    s.server = typed;
    const QString name = Installation::normalizedServerName(typed);
    // The server's registry is read through a host for that server (reg query \\SBS01\...);
    // without one (another backend was asked for) only the default folders are tried.
    std::unique_ptr<Host> host;
    if (!name.isEmpty() && (requested == HostKind::Auto || requested == HostKind::Windows)) {
        Target remote;
        remote.serverName = name;
        KbError hostError;
        host = makeHost(HostKind::Windows, remote, &hostError);
    }
    s.targets = Installation::forServer(typed, host.get(), &s.error);
    return s;
}

} // namespace kb
