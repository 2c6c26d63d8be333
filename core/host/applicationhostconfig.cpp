#include "host/applicationhostconfig.h"

#include "host/appcmdparser.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QXmlStreamReader>

namespace kb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::ApplicationHostConfig)
};

using Attributes = QHash<QString, QString>;

struct SiteEntry
{
    QString name;
    quint32 id = 0;
    QString logDirectory;
    QStringList applications; // "/", "/OfficeScan"
};

struct Parsed
{
    bool ok = false;
    QString error;
    Attributes global;                     // server-wide anonymousAuthentication
    QHash<QString, Attributes> locations;  // normalized location path -> attributes
    QList<SiteEntry> sites;
    QString defaultLogDirectory;
};

QString normalizedPath(QString p)
{
    p = p.trimmed();
    while (p.startsWith(QLatin1Char('/')))
        p.remove(0, 1);
    while (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    return p.toCaseFolded();
}

Attributes attributesOf(const QXmlStreamReader &xml)
{
    Attributes a;
    for (const QXmlStreamAttribute &attr : xml.attributes())
        a.insert(attr.name().toString(), attr.value().toString());
    return a;
}

Parsed parse(const QByteArray &bytes)
{
    Parsed p;
    QXmlStreamReader xml(bytes);
    QStringList stack;
    QString location;       // current <location path>, normalized; empty outside one
    bool inLocation = false;
    SiteEntry *site = nullptr;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType t = xml.readNext();
        if (t == QXmlStreamReader::StartElement) {
            const QString name = xml.name().toString();
            stack.append(name);
            if (name == QLatin1String("location")) {
                inLocation = true;
                location = normalizedPath(xml.attributes().value(QLatin1String("path")).toString());
            } else if (name == QLatin1String("anonymousAuthentication")
                       && stack.size() >= 4 && stack.at(stack.size() - 2) == QLatin1String("authentication")) {
                const Attributes a = attributesOf(xml);
                Attributes &target = inLocation ? p.locations[location] : p.global;
                for (auto it = a.cbegin(); it != a.cend(); ++it)
                    target.insert(it.key(), it.value());
            } else if (name == QLatin1String("site") && stack.size() >= 2
                       && stack.at(stack.size() - 2) == QLatin1String("sites")) {
                SiteEntry s;
                s.name = xml.attributes().value(QLatin1String("name")).toString();
                s.id = xml.attributes().value(QLatin1String("id")).toUInt();
                p.sites.append(s);
                site = &p.sites.last();
            } else if (name == QLatin1String("application") && site) {
                site->applications.append(xml.attributes().value(QLatin1String("path")).toString());
            } else if (name == QLatin1String("logFile") && stack.size() >= 2) {
                const QString parent = stack.at(stack.size() - 2);
                const QString dir = xml.attributes().value(QLatin1String("directory")).toString();
                if (parent == QLatin1String("site") && site)
                    site->logDirectory = dir;
                else if (parent == QLatin1String("siteDefaults"))
                    p.defaultLogDirectory = dir;
            }
        } else if (t == QXmlStreamReader::EndElement) {
            const QString name = stack.isEmpty() ? QString() : stack.takeLast();
            if (name == QLatin1String("location"))
                inLocation = false;
            else if (name == QLatin1String("site"))
                site = nullptr;
        }
    }
    if (xml.hasError()) {
        p.error = Tr::tr("applicationHost.config is not readable XML (line %1: %2).")
                      .arg(xml.lineNumber())
                      .arg(xml.errorString());
        return p;
    }
    p.ok = true;
    return p;
}

const SiteEntry *findSite(const Parsed &p, const QString &name)
{
    for (const SiteEntry &s : p.sites)
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    return nullptr;
}

} // namespace

IisAnonymousIdentity anonymousIdentityFromApplicationHost(const QByteArray &xml, const QString &configPath)
{
    IisAnonymousIdentity id;
    const Parsed p = parse(xml);
    if (!p.ok) {
        id.error = KbError::make(QStringLiteral("iis.unexpectedOutput"), p.error);
        return id;
    }
    const QString path = normalizedPath(configPath);
    const QString siteName = configPath.trimmed().section(QLatin1Char('/'), 0, 0);
    const QString app = configPath.trimmed().section(QLatin1Char('/'), 1);
    const SiteEntry *site = findSite(p, siteName);
    bool appFound = app.isEmpty();
    if (site && !app.isEmpty())
        for (const QString &a : site->applications)
            appFound = appFound || normalizedPath(a) == normalizedPath(app);
    if (!site || !appFound) {
        id.error = KbError::make(QStringLiteral("iis.siteNotFound"),
                                 Tr::tr("applicationHost.config has no site or application \"%1\".").arg(configPath));
        return id;
    }
    Attributes effective = p.global;
    QStringList levels{normalizedPath(siteName)};
    if (!app.isEmpty())
        levels.append(path);
    for (const QString &level : levels) {
        const Attributes a = p.locations.value(level);
        for (auto it = a.cbegin(); it != a.cend(); ++it)
            effective.insert(it.key(), it.value());
    }
    id.enabled = effective.value(QStringLiteral("enabled"), QStringLiteral("true")).compare(QLatin1String("false"), Qt::CaseInsensitive) != 0;
    id.userName = effective.value(QStringLiteral("userName"));
    id.hasPassword = !effective.value(QStringLiteral("password")).isEmpty();
    QString section = QStringLiteral("<anonymousAuthentication enabled=\"%1\" userName=\"%2\"")
                          .arg(id.enabled ? QStringLiteral("true") : QStringLiteral("false"), id.userName.toHtmlEscaped());
    if (id.hasPassword)
        section += QStringLiteral(" password=\"x\"");
    id.rawSection = redactPasswordAttributes(section + QStringLiteral(" />"));
    return id;
}

IisSiteInfo siteFromApplicationHost(const QByteArray &xml, const QString &siteName)
{
    IisSiteInfo info;
    info.name = siteName;
    const Parsed p = parse(xml);
    if (!p.ok) {
        info.error = KbError::make(QStringLiteral("iis.unexpectedOutput"), p.error);
        return info;
    }
    const SiteEntry *site = findSite(p, siteName);
    if (!site)
        return info;
    info.found = true;
    info.name = site->name;
    info.id = site->id;
    info.logDirectory = !site->logDirectory.isEmpty()      ? site->logDirectory
                        : !p.defaultLogDirectory.isEmpty() ? p.defaultLogDirectory
                                                           : QStringLiteral("%SystemDrive%\\inetpub\\logs\\LogFiles");
    return info;
}

} // namespace kb
