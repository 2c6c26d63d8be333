#include "ini/activeupdateini.h"

#include "ini/inidocument.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>

namespace kb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::ActiveUpdateIni)
};

// `P.48040033` (a component); `P.48020000.Merge.1` (an increment to merge, not a component).
const QRegularExpression &componentKey()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z]\\.\\d+$"));
    return re;
}
const QRegularExpression &mergeKey()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z]\\.\\d+\\.Merge\\.\\d+$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}
const QRegularExpression &serverKey()
{
    static const QRegularExpression re(QStringLiteral("^Server\\.(\\d+)$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}
// A digest in a fourth field: MD5, SHA-1 or SHA-256 as hex [inferred: the public layout has
// three fields; some sources may add a digest].
const QRegularExpression &hexDigest()
{
    static const QRegularExpression re(QStringLiteral("^(?:[0-9A-Fa-f]{32}|[0-9A-Fa-f]{40}|[0-9A-Fa-f]{64})$"));
    return re;
}

} // namespace

const ActiveUpdateIni::Component *ActiveUpdateIni::component(const QString &id) const
{
    for (const Component &c : components)
        if (c.id.compare(id, Qt::CaseInsensitive) == 0)
            return &c; // the first wins, as GetPrivateProfileString finds it
    return nullptr;
}

QUrl ActiveUpdateIni::downloadUrl(const Component &c) const
{
    if (servers.isEmpty())
        return QUrl();
    QString base = servers.first().toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QString path = c.path;
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    return QUrl(base + QLatin1Char('/') + path, QUrl::StrictMode);
}

ActiveUpdateIni ActiveUpdateIni::parse(const QByteArray &bytes, const QString &fileName,
                                       KbError *error)
{
    ActiveUpdateIni ini;
    KbError err;
    const IniDocument doc = IniDocument::parse(bytes, fileName, &err);
    if (err) {
        *error = err;
        return ActiveUpdateIni();
    }
    QMap<int, QUrl> servers; // by number, so Server.2 before Server.10
    for (const IniDocument::Entry &e : doc.entries()) {
        if (e.section.trimmed().compare(QLatin1String("Server"), Qt::CaseInsensitive) == 0) {
            const QRegularExpressionMatch m = serverKey().match(e.key);
            if (!m.hasMatch())
                continue;
            const QUrl url(e.value.trimmed(), QUrl::StrictMode);
            if (!url.isValid() || url.host().isEmpty()
                || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
                *error = KbError::make(QStringLiteral("au.server"),
                                       Tr::tr("%1 is not an http(s) address: \"%2\".").arg(e.key, e.value),
                                       fileName, e.line);
                return ActiveUpdateIni();
            }
            const int n = m.captured(1).toInt();
            if (!servers.contains(n))
                servers.insert(n, url);
            continue;
        }
        if (mergeKey().match(e.key).hasMatch()) {
            ++ini.mergeEntries;
            continue;
        }
        if (!componentKey().match(e.key).hasMatch())
            continue;
        const QStringList fields = e.value.split(QLatin1Char(','));
        Component c;
        c.id = e.key;
        c.path = fields.value(0).trimmed();
        c.version = fields.value(1).trimmed();
        c.section = e.section.trimmed();
        c.line = e.line;
        if (c.path.isEmpty()) {
            *error = KbError::make(QStringLiteral("au.component"),
                                   Tr::tr("The component line %1 names no file.").arg(e.key),
                                   fileName, e.line);
            return ActiveUpdateIni();
        }
        const QString size = fields.value(2).trimmed();
        if (!size.isEmpty()) {
            bool ok = false;
            c.size = size.toLongLong(&ok);
            if (!ok || c.size < 0) {
                *error = KbError::make(QStringLiteral("au.size"),
                                       Tr::tr("The size of %1 is not a number: \"%2\".").arg(e.key, size),
                                       fileName, e.line);
                return ActiveUpdateIni();
            }
        }
        const QString digest = fields.value(3).trimmed();
        if (hexDigest().match(digest).hasMatch())
            c.hash = digest.toLower();
        ini.components.append(c);
    }
    ini.servers = servers.values();
    if (ini.servers.isEmpty() && ini.components.isEmpty()) {
        *error = KbError::make(QStringLiteral("au.not-server-ini"),
                               Tr::tr("This is not an ActiveUpdate server.ini: it has no [Server] "
                                  "address and no component lines."),
                               fileName);
        return ActiveUpdateIni();
    }
    return ini;
}

} // namespace kb
