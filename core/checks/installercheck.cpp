#include "checks/installercheck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace kb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::InstallerCheck)
};

// Breadth-first, depth- and size-limited, never following links.
void scan(const QString &dir, int depth, const QRegularExpression &name, int *budget,
          QStringList *hits)
{
    const QFileInfoList entries = QDir(dir).entryInfoList(
        QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name | QDir::DirsLast);
    QStringList subdirs;
    for (const QFileInfo &fi : entries) {
        if (--*budget < 0)
            return;
        if (fi.isSymLink())
            continue;
        if (fi.isDir())
            subdirs.append(fi.absoluteFilePath());
        else if (name.match(fi.fileName()).hasMatch())
            hits->append(fi.absoluteFilePath());
    }
    if (depth > 0)
        for (const QString &sub : std::as_const(subdirs))
            scan(sub, depth - 1, name, budget, hits);
}

} // namespace

CheckResult InstallerCheck::run(const CheckContext &ctx) const
{
    CheckResult result;
    const QDir pccsrv(ctx.target.pccsrv);
    QStringList hits;
    int budget = m_options.maxEntries;
    for (const Folder &f : m_options.folders) {
        const QString dir = QDir::cleanPath(pccsrv.filePath(f.path));
        if (!QFileInfo(dir).isDir())
            continue;
        QStringList found;
        scan(dir, f.depth, m_options.name, &budget, &found);
        for (const QString &h : std::as_const(found))
            if (!hits.contains(h))
                hits.append(h);
        if (ctx.isCancelled())
            break;
    }
    const QLocale locale;
    for (const QString &h : std::as_const(hits)) {
        const QFileInfo fi(h);
        EvidenceRow row;
        row.file = Target::displayPath(pccsrv.relativeFilePath(h));
        row.found = Tr::tr("%1, %2").arg(locale.formattedDataSize(fi.size()),
                                     locale.toString(fi.lastModified(), QLocale::ShortFormat));
        row.expected = m_options.nameText;
        row.note = m_options.note;
        result.evidence.append(row);
    }
    if (!hits.isEmpty()) {
        result.status = Status::Pass;
        result.message = m_options.foundAdvice.arg(result.evidence.first().file);
        return result;
    }
    for (const Folder &f : m_options.folders) {
        EvidenceRow row;
        const QString rel = QDir::cleanPath(f.path);
        row.file = rel == QLatin1String(".") ? QStringLiteral(".\\") : Target::displayPath(rel);
        row.found = QFileInfo(QDir::cleanPath(pccsrv.filePath(f.path))).isDir()
                        ? Tr::tr("nothing matching")
                        : Tr::tr("(folder absent)");
        row.expected = m_options.nameText;
        row.note = f.depth > 0 ? Tr::tr("searched %n level(s) of subfolders; %1", nullptr, f.depth).arg(m_options.note)
                               : m_options.note;
        result.evidence.append(row);
    }
    if (budget < 0)
        result.evidence.append({QString(), QString(), QString(), QString(),
                                Tr::tr("search stopped after %1 entries").arg(m_options.maxEntries),
                                QString(), QString()});
    result.status = Status::Manual;
    result.message = m_options.howToGet;
    return result;
}

} // namespace kb
