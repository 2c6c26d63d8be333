#include "checks/sourceagreementcheck.h"

#include "ini/updateconfig.h"

#include <QCoreApplication>

namespace kb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::SourceAgreementCheck)
};
} // namespace

CheckResult SourceAgreementCheck::run(const CheckContext &ctx) const
{
    const UpdateConfig cfg = UpdateConfig::read(ctx, m_layout);
    CheckResult result;
    result.evidence = cfg.sourceEvidence;
    QStringList distinct;     // normalised
    QStringList shown;        // as written, one per distinct value
    QStringList where;        // "file: value"
    int present = 0;
    for (const UpdateConfig::SourceLine &l : cfg.sources) {
        if (!l.known || l.entry.line == 0)
            continue;
        ++present;
        const QString n = UpdateConfig::normalized(l.entry.value);
        if (!distinct.contains(n)) {
            distinct.append(n);
            shown.append(l.entry.value);
        }
        where.append(QStringLiteral("%1 %2=%3").arg(Target::displayPath(l.location.file), l.entry.key, l.entry.value));
    }
    const QString same = Tr::tr("the same source in every file");
    for (qsizetype i = 0; i < m_layout.sourceLocations.size() && i < result.evidence.size(); ++i)
        result.evidence[i].expected = same;
    if (present == 0) {
        result.status = Status::Warn;
        result.message = Tr::tr("None of the files holds the update source under a known key; the lines found "
                            "by scanning are shown.");
    } else if (distinct.size() == 1) {
        result.status = Status::Pass;
        result.message = Tr::tr("%n file(s) name the same update source, %1.", nullptr, present).arg(shown.first());
    } else {
        result.status = Status::Fail;
        //: %1 = list "file key=value; file key=value"
        result.message = Tr::tr("The update-source settings disagree: %1.").arg(where.join(QLatin1String("; ")));
    }
    return result;
}

} // namespace kb
