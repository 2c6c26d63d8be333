#include "checks/inivaluecheck.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

namespace kb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::IniValueCheck)
};
} // namespace

QList<IniValueCheck::Match> IniValueCheck::matches(const IniRule &rule, const IniDocument &doc)
{
    QList<Match> out;
    for (const IniDocument::Entry &e : doc.entries()) {
        if (!rule.section.isEmpty() && e.section.trimmed().compare(rule.section, Qt::CaseInsensitive) != 0)
            continue;
        bool keyMatches = false;
        for (const QString &k : rule.keys)
            keyMatches = keyMatches || e.key.compare(k, Qt::CaseInsensitive) == 0;
        if (keyMatches)
            out.append({&rule, e, rule.accepts(e.value)});
    }
    return out;
}

CheckResult IniValueCheck::run(const CheckContext &ctx) const
{
    CheckResult result;
    result.status = Status::Pass;
    QHash<QString, IniDocument> docs;
    int failing = 0;
    for (const IniRule &rule : m_rules) {
        const QString display = Target::displayPath(rule.file);
        if (!docs.contains(rule.file)) {
            const QString path = ctx.target.path(rule.file);
            if (!QFileInfo::exists(path)) {
                result.status = Status::Error;
                result.message = Tr::tr("%1 does not exist.").arg(display);
                result.evidence.append({QString(), display, QString(), QString(),
                                        Tr::tr("(file missing)"), rule.expectedText, rule.note});
                return result;
            }
            KbError err;
            IniDocument doc = IniDocument::load(path, &err);
            if (err) {
                result.status = Status::Error;
                result.inputError = err;
                result.message = Tr::tr("%1 could not be read: %2")
                                     .arg(display, err.toString());
                result.evidence.append({QString(), display, QString(), QString(),
                                        err.toString(), rule.expectedText, rule.note});
                return result;
            }
            docs.insert(rule.file, doc);
        }
        const QList<Match> found = matches(rule, docs.value(rule.file));
        if (found.isEmpty()) {
            result.evidence.append({QString(), display,
                                    rule.section,
                                    rule.keys.join(QLatin1Char('/')), Tr::tr("(absent)"),
                                    rule.expectedText, rule.note});
            if (rule.absentFails)
                ++failing;
            continue;
        }
        for (const Match &m : found) {
            EvidenceRow row{QString(), display, m.entry.section, m.entry.key, m.entry.value,
                            rule.expectedText,
                            Tr::tr("line %1").arg(m.entry.line)
                                + (rule.note.isEmpty() ? QString() : QStringLiteral("; ") + rule.note)};
            result.evidence.append(row);
            if (!m.ok)
                ++failing;
        }
    }
    if (failing > 0) {
        result.status = Status::Fail;
        result.message = Tr::tr("%n setting(s) differ from what the article requires.", nullptr, failing);
    } else {
        result.message = Tr::tr("All settings are as the article requires.");
    }
    return result;
}

} // namespace kb
