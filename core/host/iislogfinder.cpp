#include "host/iislogfinder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace kb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::IisLogFinder)
};

QString nameDigits(const QString &fileName)
{
    static const QRegularExpression digits(QStringLiteral("(\\d{6,})"));
    return digits.match(fileName).captured(1);
}

QString windowsJoin(const QString &base, const QString &name)
{
    return base.endsWith(QLatin1Char('\\')) ? base + name : base + QLatin1Char('\\') + name;
}

} // namespace

IisLogSearch findIisLogs(Host &host, const QString &siteName, const QList<IisLogLocation> &locations,
                         const QStringList &patterns, const QString &patternsMark)
{
    IisLogSearch search;
    search.siteName = siteName;
    QList<IisLogLocation> roots;
    const IisSiteInfo info = host.iisSite(siteName);
    EvidenceRow siteRow;
    siteRow.item = Tr::tr("IIS site \"%1\"").arg(siteName);
    if (info.found && info.id > 0) {
        search.siteId = info.id;
        siteRow.found = Tr::tr("site id %1: logs in W3SVC%1").arg(info.id);
        if (!info.logDirectory.isEmpty())
            roots.append({info.logDirectory, Tr::tr("the site's log folder in the IIS configuration"), QString()});
    } else {
        siteRow.found = info.error ? Tr::tr("site id unknown (%1)").arg(info.error.message)
                                   : Tr::tr("site id unknown");
        siteRow.note = Tr::tr("every W3SVC<n> folder is searched");
    }
    siteRow.expected = Tr::tr("the W3SVC<site id> folder");
    search.evidence.append(siteRow);
    roots += locations;

    QSet<QString> seen;
    const QRegularExpression w3svc(QStringLiteral("^W3SVC(\\d+)$"), QRegularExpression::CaseInsensitiveOption);
    for (const IisLogLocation &root : std::as_const(roots)) {
        const QString local = host.hostPath(root.windowsPath);
        EvidenceRow row;
        row.item = Tr::tr("IIS log folder %1").arg(root.windowsPath);
        row.note = root.mark.isEmpty() ? root.label : QStringLiteral("%1 [%2]").arg(root.label, root.mark);
        row.expected = Tr::tr("%1 [%2]").arg(patterns.join(QStringLiteral(", ")), patternsMark);
        if (local.isEmpty()) {
            row.found = Tr::tr("cannot be reached from here");
            search.evidence.append(row);
            continue;
        }
        const QString key = QDir::cleanPath(local).toCaseFolded();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        const QDir dir(local);
        if (!dir.exists()) {
            row.found = Tr::tr("folder not found");
            search.evidence.append(row);
            continue;
        }
        QStringList folders;
        if (search.siteId > 0) {
            const QString name = QStringLiteral("W3SVC%1").arg(search.siteId);
            for (const QString &d : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
                if (d.compare(name, Qt::CaseInsensitive) == 0)
                    folders << d;
        } else {
            for (const QString &d : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
                if (w3svc.match(d).hasMatch())
                    folders << d;
        }
        int count = 0;
        for (const QString &folder : std::as_const(folders)) {
            const QDir logs(dir.filePath(folder));
            const QFileInfoList entries = logs.entryInfoList(patterns, QDir::Files, QDir::Name);
            for (const QFileInfo &fi : entries) {
                IisLogFile f;
                f.path = fi.absoluteFilePath();
                f.displayPath = windowsJoin(windowsJoin(root.windowsPath, folder), fi.fileName());
                f.folder = folder;
                f.size = fi.size();
                f.modified = fi.lastModified();
                search.files.append(f);
                ++count;
            }
        }
        if (folders.isEmpty())
            row.found = search.siteId > 0 ? Tr::tr("no W3SVC%1 folder").arg(search.siteId) : Tr::tr("no W3SVC folder");
        else
            row.found = QCoreApplication::translate("kb::IisLogFinder", "%1: %n log file(s)", nullptr, count)
                            .arg(folders.join(QStringLiteral(", ")));
        search.evidence.append(row);
    }
    std::stable_sort(search.files.begin(), search.files.end(), [](const IisLogFile &a, const IisLogFile &b) {
        const QString da = nameDigits(QFileInfo(a.path).fileName());
        const QString db = nameDigits(QFileInfo(b.path).fileName());
        if (da != db)
            return da > db;
        return a.modified > b.modified;
    });
    return search;
}

} // namespace kb
