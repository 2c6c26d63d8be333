#include "checks/iniflagcheck.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace kb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::IniFlagCheck)
};
} // namespace

QList<IniFlag> IniFlagCheck::scan(const IniFlagRule &rule, const IniDocument &doc)
{
    QList<IniFlag> flags;
    bool allExpectedPresent = true;
    for (const QString &key : rule.keys) {
        IniFlag f;
        f.expected = true;
        const QList<IniDocument::Entry> found = doc.find(rule.section, key);
        if (found.isEmpty()) {
            f.entry.section = rule.section;
            f.entry.key = key;
            allExpectedPresent = false;
        } else {
            f.entry = found.first(); // the one Windows reads
        }
        f.ok = f.entry.line > 0 && f.entry.value.compare(rule.value, Qt::CaseInsensitive) == 0;
        flags.append(f);
    }
    for (const IniDocument::Entry &e : doc.entries()) {
        bool isExpected = false;
        for (const IniFlag &f : std::as_const(flags))
            isExpected = isExpected || (f.expected && f.entry.line == e.line);
        if (isExpected || !rule.candidates.match(e.key).hasMatch())
            continue;
        IniFlag f;
        f.entry = e;
        f.ok = e.value.compare(rule.value, Qt::CaseInsensitive) == 0;
        flags.append(f);
    }
    for (IniFlag &f : flags)
        f.counts = f.expected ? f.entry.line > 0 : !allExpectedPresent;
    return flags;
}

CheckResult IniFlagCheck::run(const CheckContext &ctx) const
{
    CheckResult result;
    const QString display = Target::displayPath(m_rule.file);
    const QString path = ctx.target.path(m_rule.file);
    KbError err;
    const IniDocument doc = QFileInfo::exists(path) ? IniDocument::load(path, &err) : IniDocument();
    if (!QFileInfo::exists(path) || err) {
        result.status = Status::Error;
        result.inputError = err;
        result.message = err ? Tr::tr("%1 could not be read: %2").arg(display, err.toString())
                             : Tr::tr("%1 does not exist.").arg(display);
        result.evidence.append({QString(), display, m_rule.section, m_rule.keys.join(QLatin1Char('/')),
                                err ? err.toString() : Tr::tr("(file missing)"), m_rule.value, m_rule.note});
        return result;
    }
    const QList<IniFlag> flags = scan(m_rule, doc);
    int expectedMissing = 0, failing = 0, candidates = 0;
    for (const IniFlag &f : flags) {
        EvidenceRow row{QString(), display, f.entry.section, f.entry.key, QString(), m_rule.value, QString()};
        if (f.expected && f.entry.line == 0) {
            ++expectedMissing;
            row.found = Tr::tr("(absent)");
            row.note = m_rule.note;
        } else if (f.expected) {
            row.found = f.entry.value;
            row.note = Tr::tr("line %1; %2").arg(f.entry.line).arg(m_rule.note);
        } else {
            ++candidates;
            row.found = f.entry.value;
            row.note = f.counts ? Tr::tr("line %1; candidate found by scanning (name matches %2); the "
                                     "fix asks before changing it").arg(f.entry.line).arg(m_rule.candidateText)
                                : Tr::tr("line %1; similar name (matches %2), not checked: the "
                                     "expected keys are present").arg(f.entry.line).arg(m_rule.candidateText);
        }
        result.evidence.append(row);
        if (f.counts && !f.ok)
            ++failing;
    }
    if (failing > 0) {
        result.status = Status::Fail;
        result.message = Tr::tr("%n entry(ies) are not set to the value the article requires.", nullptr, failing)
                         + (expectedMissing > 0 ? QLatin1Char(' ') + Tr::tr("The expected key names were not "
                                                                        "all found; confirm the candidates "
                                                                        "before the fix changes them.")
                                                : QString());
    } else if (expectedMissing > 0 && candidates == 0) {
        result.status = Status::Warn;
        result.message = Tr::tr("None of the expected entries (%1 in [%2]) is in %3, and no similar key was "
                            "found. Check the Integrated Smart Protection Server settings in the web "
                            "console.").arg(m_rule.keys.join(QStringLiteral(", ")), m_rule.section, display);
    } else if (expectedMissing > 0) {
        result.status = Status::Warn;
        result.message = Tr::tr("The expected key names were not all found; the similar keys listed all "
                            "hold %1.").arg(m_rule.value);
    } else {
        result.status = Status::Pass;
        result.message = Tr::tr("Every entry is set as the article requires.");
    }
    return result;
}

} // namespace kb
