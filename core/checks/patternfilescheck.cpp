#include "checks/patternfilescheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace kb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::PatternFilesCheck)
};
} // namespace

CheckResult PatternFilesCheck::run(const CheckContext &ctx) const
{
    CheckResult result;
    const QString folder = ctx.target.path(m_options.folder);
    const QString display = Target::displayPath(m_options.folder);
    const QString expected = Tr::tr("at least %n non-empty %1 file(s)", nullptr, m_options.minCount).arg(m_options.nameFilter);
    if (!QFileInfo(folder).isDir()) {
        result.status = Status::Fail;
        result.message = Tr::tr("The folder %1 is missing.").arg(display);
        result.evidence.append({QString(), display, QString(), QString(), Tr::tr("(folder missing)"),
                                expected, m_options.note});
        return result;
    }
    QDir dir(folder);
    dir.setNameFilters({m_options.nameFilter});
    dir.setFilter(QDir::Files | QDir::Hidden);
    dir.setSorting(QDir::Name);
    int usable = 0;
    QList<EvidenceRow> files;
    for (const QFileInfo &fi : dir.entryInfoList()) {
        EvidenceRow row;
        row.file = Target::displayPath(m_options.folder + QLatin1Char('/') + fi.fileName());
        row.found = Tr::tr("%n byte(s)", nullptr, int(qMin<qint64>(fi.size(), INT_MAX)));
        row.expected = Tr::tr("not empty");
        if (fi.size() == 0)
            row.note = Tr::tr("empty: does not count");
        else
            ++usable;
        files.append(row);
    }
    result.evidence.append({QString(), display, QString(), QString(),
                            Tr::tr("%n usable file(s)", nullptr, usable), expected, m_options.note});
    result.evidence.append(files);
    if (usable >= m_options.minCount) {
        result.status = Status::Pass;
        result.message = Tr::tr("%1 holds %n pattern file(s).", nullptr, usable).arg(display);
    } else {
        result.status = Status::Fail;
        result.message = Tr::tr("%1 holds %2 of the %n pattern file(s) the article expects.", nullptr, m_options.minCount)
                             .arg(display)
                             .arg(usable);
    }
    return result;
}

} // namespace kb
