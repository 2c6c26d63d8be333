#include "checks/downloadcachecheck.h"

#include "ini/activeupdateini.h"
#include "backup/atomicfile.h"
#include "ini/inidocument.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>


namespace kb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::DownloadCacheCheck)
};

QString join(const QString &dir, const QString &rel)
{
    return dir.isEmpty() ? rel : dir + QLatin1Char('/') + rel;
}

QByteArray digestOf(const QString &path, QCryptographicHash::Algorithm algorithm)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash h(algorithm);
    h.addData(&f);
    return h.result().toHex();
}

} // namespace

DownloadCacheCheck::Scan DownloadCacheCheck::scan(const CheckContext &ctx) const
{
    Scan scan;
    const QString indexRel = join(m_layout.cacheDir, m_layout.indexFile);
    const QString indexPath = ctx.target.path(indexRel);
    scan.toolPath = QDir::toNativeSeparators(ctx.target.path(m_layout.toolPath));
    scan.toolPresent = !m_layout.toolPath.isEmpty() && QFileInfo(ctx.target.path(m_layout.toolPath)).isFile();
    scan.indexPresent = QFileInfo::exists(indexPath);
    if (!scan.indexPresent)
        return scan;
    QByteArray bytes;
    KbError err = readWholeFile(indexPath, &bytes, 16 << 20);
    ActiveUpdateIni index;
    if (!err)
        index = ActiveUpdateIni::parse(bytes, Target::displayPath(indexRel), &err);
    if (err) {
        scan.error = err;
        return scan;
    }

    // The cache's checksum list: relative path -> hex digest, algorithm from [Info] Algorithm.
    QHash<QString, QByteArray> digests;
    QCryptographicHash::Algorithm algorithm = QCryptographicHash::Md5;
    QString algorithmName = QStringLiteral("MD5");
    if (!m_layout.checksumFile.isEmpty()) {
        const QString sumPath = ctx.target.path(join(m_layout.cacheDir, m_layout.checksumFile));
        if (QFileInfo::exists(sumPath)) {
            KbError sumErr;
            const IniDocument sums = IniDocument::load(sumPath, &sumErr);
            if (!sumErr) {
                const QString name = sums.value(QStringLiteral("Info"), QStringLiteral("Algorithm"),
                                                QStringLiteral("MD5")).trimmed().toUpper();
                algorithmName = name;
                algorithm = name == QLatin1String("SHA1")     ? QCryptographicHash::Sha1
                            : name == QLatin1String("SHA256") ? QCryptographicHash::Sha256
                                                              : QCryptographicHash::Md5;
                for (const IniDocument::Entry &e : sums.entries())
                    if (e.section.compare(m_layout.checksumSection, Qt::CaseInsensitive) == 0)
                        digests.insert(QDir::fromNativeSeparators(e.key).toLower(), e.value.trimmed().toLower().toLatin1());
            }
        }
    }

    for (const ActiveUpdateIni::Component &c : index.components) {
        if (ctx.isCancelled())
            break;
        const QString rel = join(m_layout.cacheDir, c.path);
        const QFileInfo fi(ctx.target.path(rel));
        EvidenceRow row;
        row.file = Target::displayPath(rel);
        row.key = c.id;
        const QByteArray want = digests.value(QDir::fromNativeSeparators(c.path).toLower());
        row.expected = c.size >= 0 ? Tr::tr("%L1 bytes").arg(c.size) : Tr::tr("any size");
        if (!want.isEmpty())
            row.expected += QStringLiteral(", %1 %2").arg(algorithmName, QString::fromLatin1(want));
        row.note = Tr::tr("index %1 line %2").arg(Target::displayPath(indexRel)).arg(c.line)
                   + (m_layout.note.isEmpty() ? QString() : QStringLiteral("; ") + m_layout.note);
        if (!fi.exists()) {
            ++scan.absent;
            row.found = Tr::tr("(not in the cache: not downloaded yet)");
            scan.rows.append(row);
            continue;
        }
        ++scan.checked;
        QString problem;
        if (fi.size() == 0) {
            problem = Tr::tr("0 bytes (empty)");
        } else if (c.size >= 0 && fi.size() != c.size) {
            problem = Tr::tr("%L1 bytes: truncated or wrong size").arg(fi.size());
        } else if (!want.isEmpty()) {
            const QByteArray got = digestOf(fi.absoluteFilePath(), algorithm);
            if (got != want)
                problem = Tr::tr("%L1 bytes, %2 %3: checksum does not match").arg(fi.size()).arg(algorithmName, QString::fromLatin1(got));
        }
        if (problem.isEmpty()) {
            row.found = Tr::tr("%L1 bytes, matches the index").arg(fi.size());
        } else {
            row.found = problem;
            scan.damaged.append({QDir::fromNativeSeparators(rel), fi.size(), problem});
        }
        scan.rows.append(row);
    }
    return scan;
}

CheckResult DownloadCacheCheck::run(const CheckContext &ctx) const
{
    CheckResult result;
    const QString indexRel = join(m_layout.cacheDir, m_layout.indexFile);
    const Scan s = scan(ctx);
    EvidenceRow tool;
    tool.item = Tr::tr("Disk Cleaner");
    tool.file = Target::displayPath(m_layout.toolPath);
    tool.found = s.toolPresent ? Tr::tr("present") : Tr::tr("(absent)");
    tool.note = m_layout.toolNote;

    if (!s.indexPresent) {
        result.status = Status::Pass;
        result.message = Tr::tr("There is no download cache index (%1): nothing downloaded is kept to check.")
                             .arg(Target::displayPath(indexRel));
        result.evidence = {{QString(), Target::displayPath(indexRel), QString(), QString(), Tr::tr("(absent)"),
                            QString(), m_layout.note},
                           tool};
        return result;
    }
    if (s.error) {
        result.status = Status::Error;
        result.inputError = s.error;
        result.message = Tr::tr("The download cache index could not be read: %1").arg(s.error.toString());
        return result;
    }
    result.evidence = s.rows;
    result.evidence.append(tool);

    if (s.damaged.isEmpty()) {
        result.status = Status::Pass;
        result.message = Tr::tr("The %n cached component file(s) match the cache's index.", nullptr, s.checked);
        return result;
    }
    QStringList damagedFiles;
    for (const Damage &d : s.damaged)
        damagedFiles << Target::displayPath(d.relativePath);
    result.status = Status::Fail;
    const QString how = s.toolPresent
        //: %1 = the tool's path, %2 = its arguments
        ? Tr::tr("Run Disk Cleaner on the server: \"%1\" %2, then start a manual update.")
              .arg(s.toolPath, m_layout.toolArguments)
        : Tr::tr("Disk Cleaner (TMDiskCleaner.exe) is not at %1: download it from Trend Micro (KB 1055066) "
             "and run it with %2, or delete the damaged files (and the .sig file beside each) so that "
             "the next update downloads them again; then start a manual update.")
              .arg(Target::displayPath(m_layout.toolPath), m_layout.toolArguments);
    result.message = Tr::tr("%n component file(s) in the download cache are damaged: %1. ", nullptr, int(s.damaged.size()))
                         .arg(damagedFiles.join(QLatin1String(", ")))
                     + how;
    return result;
}

} // namespace kb
