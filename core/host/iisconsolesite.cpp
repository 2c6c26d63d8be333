#include "host/iisconsolesite.h"

#include <QCoreApplication>

namespace kb {

ConsoleSite findConsoleSite(Host &host, const QList<IisSiteCandidate> &candidates)
{
    ConsoleSite site;
    for (const IisSiteCandidate &c : candidates) {
        const IisAnonymousIdentity id = host.iisAnonymousIdentity(c.path);
        if (!id.error) {
            site.path = c.path;
            site.mark = c.mark;
            site.identity = id;
            site.error = KbError();
            return site;
        }
        if (!site.error)
            site.error = id.error;
        EvidenceRow row;
        row.item = QCoreApplication::translate("kb::ConsoleSite", "IIS configuration path \"%1\"").arg(c.path);
        row.found = id.error.message;
        row.note = QStringLiteral("[%1]").arg(c.mark);
        site.skipped.append(row);
        // The same answer for every path (no backend, not on this machine): asking on is pointless.
        if (id.error.code == QLatin1String("host.none") || id.error.code == QLatin1String("iis.remoteUnsupported")
            || id.error.code == QLatin1String("tool.missing") || id.error.code == QLatin1String("iis.accessDenied"))
            break;
    }
    return site;
}

} // namespace kb
