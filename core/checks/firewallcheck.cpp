#include "checks/firewallcheck.h"

#include "net/netprobe.h"
#include "ini/updateconfig.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

namespace kb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::FirewallCheck)
};

// "wfbs100" from "http://wfbs100-p.activeupdate.trendmicro.com/activeupdate".
QString versionCode(const QString &activeUpdateUrl)
{
    QString label = QUrl(activeUpdateUrl).host().section(QLatin1Char('.'), 0, 0);
    if (label.endsWith(QLatin1String("-p")))
        label.chop(2);
    return label;
}

} // namespace

FirewallCheck::FirewallCheck(UpdateConfigLayout layout, QList<HostName> hosts, QStringList unknownPurposes,
                             int perNameTimeoutMs)
    : m_layout(std::move(layout)), m_hosts(std::move(hosts)), m_unknownPurposes(std::move(unknownPurposes)),
      m_perNameTimeoutMs(perNameTimeoutMs)
{
}

QString FirewallCheck::block(const QHostAddress &address, const QString &dash)
{
    if (address.protocol() != QAbstractSocket::IPv4Protocol)
        return QString();
    const quint32 net = address.toIPv4Address() & 0xffffff00u;
    return QHostAddress(net).toString() + dash + QHostAddress(net | 0xffu).toString();
}

CheckResult FirewallCheck::run(const CheckContext &ctx) const
{
    const QString code = versionCode(UpdateConfig::activeUpdateSourceFor(m_layout, ctx.target.version));
    QList<HostName> names;
    QStringList seen;
    auto add = [&](HostName h) {
        h.host = h.host.trimmed().toLower();
        if (h.host.contains(QLatin1String("{code}"))) {
            if (code.isEmpty())
                return; // no version code: this name cannot be formed
            h.host.replace(QLatin1String("{code}"), code);
        }
        if (!h.host.isEmpty() && !seen.contains(h.host)) {
            seen.append(h.host);
            names.append(h);
        }
    };
    for (const HostName &h : m_hosts)
        add(h);
    const UpdateConfig cfg = UpdateConfig::read(ctx, m_layout);
    for (const UpdateConfig::SourceLine &l : cfg.sources)
        if (l.known && l.entry.line > 0)
            add({Tr::tr("update source set in %1").arg(Target::displayPath(l.location.file)), QUrl(l.entry.value).host(),
                 Tr::tr("from the server's settings")});
    if (cfg.proxyEnabled && !cfg.proxy.host.isEmpty())
        add({Tr::tr("the server's proxy (allow the server to reach it)"), cfg.proxy.host, Tr::tr("from the server's settings")});

    // All names at once: the step takes as long as the slowest lookup, not their sum.
    QThreadPool pool;
    pool.setMaxThreadCount(int(qMax<qsizetype>(1, qMin<qsizetype>(names.size(), 16))));
    const int timeout = m_perNameTimeoutMs;
    const QList<NameResolver::Result> answers = QtConcurrent::blockingMapped<QList<NameResolver::Result>>(
        &pool, names, [timeout](const HostName &h) { return NameResolver::resolve(h.host, timeout); });

    CheckResult result;
    QStringList dnsLines, blockLines, failedLines;
    int failed = 0;
    const QString enDash = QStringLiteral("\u2013");
    for (qsizetype i = 0; i < names.size(); ++i) {
        const HostName &h = names.at(i);
        const NameResolver::Result &a = answers.at(i);
        EvidenceRow row;
        row.item = Tr::tr("DNS %1").arg(h.host);
        row.note = h.note.isEmpty() ? h.purpose : h.purpose + QStringLiteral("; ") + h.note;
        dnsLines << QStringLiteral("  %1   (%2)").arg(h.host, h.purpose);
        if (!a.error.isEmpty()) {
            ++failed;
            // A name server that never answers: say where it hung, as the HTTP probes do.
            row.found = a.timedOut ? a.error + QLatin1Char(' ') + httpHangText(QStringLiteral("dns")) : a.error;
            row.expected = Tr::tr("resolves");
            failedLines << QStringLiteral("  %1: %2").arg(h.host, row.found);
            result.evidence.append(row);
            continue;
        }
        QStringList addrs, blocks;
        for (const QHostAddress &addr : a.addresses) {
            addrs << addr.toString();
            const QString b = block(addr, enDash);
            if (!b.isEmpty() && !blocks.contains(b)) {
                blocks << b;
                const QString ascii = block(addr, QStringLiteral("-"));
                const QString line = QStringLiteral("  %1   (%2/24)").arg(ascii, QHostAddress(addr.toIPv4Address() & 0xffffff00u).toString());
                if (!blockLines.contains(line))
                    blockLines << line;
            } else if (b.isEmpty()) {
                blockLines << QStringLiteral("  %1").arg(addr.toString());
            }
        }
        //: %1 = addresses, %2 = milliseconds
        row.found = Tr::tr("%1 (%L2 ms)").arg(addrs.join(QLatin1String(", "))).arg(a.elapsedMs);
        row.expected = blocks.isEmpty() ? Tr::tr("allow these addresses")
                                        : Tr::tr("allow %1").arg(blocks.join(QLatin1String(", ")));
        result.evidence.append(row);
    }

    QStringList unknownLines;
    for (const QString &purpose : m_unknownPurposes) {
        EvidenceRow row;
        row.item = purpose;
        row.found = Tr::tr("(host name not known)");
        row.note = Tr::tr("the article lists this server, but its name was lost from the stored article; ask "
                      "Trend Micro support for it");
        result.evidence.append(row);
        unknownLines << QStringLiteral("  %1").arg(purpose);
    }

    QString list = Tr::tr("Allow-list for the Security Server's updates") + QLatin1Char('\n');
    list += Tr::tr("DNS names to allow:") + QLatin1Char('\n') + dnsLines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    if (!blockLines.isEmpty())
        list += Tr::tr("IP address blocks to allow (the last octet from .0 to .255):") + QLatin1Char('\n')
                + blockLines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    if (!failedLines.isEmpty())
        list += Tr::tr("Names that did not resolve from this server:") + QLatin1Char('\n')
                + failedLines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    if (!unknownLines.isEmpty())
        list += Tr::tr("Also needed, names not known to this wizard (ask Trend Micro support):") + QLatin1Char('\n')
                + unknownLines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    EvidenceRow allow;
    allow.item = Tr::tr("allow-list (copy for the firewall administrator)");
    allow.found = list;
    result.evidence.append(allow);

    if (failed == 0) {
        result.status = Status::Pass;
        result.message = Tr::tr("%n name(s) resolved; the allow-list below is ready to copy for the firewall "
                            "administrator.", nullptr, int(names.size()));
    } else {
        result.status = Status::Warn;
        result.message = Tr::tr("%n of the names did not resolve from this server (shown below); the allow-list "
                            "covers the others. Check the server's DNS settings.", nullptr, failed);
    }
    return result;
}

} // namespace kb
