#include "fixes/inivaluefix.h"

#include "backup/atomicfile.h"
#include "ini/inidocument.h"
#include "checks/inivaluecheck.h"

#include <QCoreApplication>
#include <QMap>

namespace kb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::IniValueFix)
};
const QString kSectionInput = QStringLiteral("section");
} // namespace

QList<FixInput> IniValueFix::inputs(const CheckContext &ctx) const
{
    // Only asked when a key must be inserted and the offered section does not exist yet.
    for (const IniRule &rule : m_rules) {
        KbError err;
        const IniDocument doc = IniDocument::load(ctx.target.path(rule.file), &err);
        if (err || !rule.absentFails || !IniValueCheck::matches(rule, doc).isEmpty())
            continue;
        const QString section = rule.section.isEmpty() ? m_options.insertSection : rule.section;
        if (doc.hasSection(section))
            continue;
        FixInput in;
        in.id = kSectionInput;
        in.kind = FixInput::Kind::Choice;
        in.label = Tr::tr("Section of %1 to add %2=%3 to")
                       .arg(Target::displayPath(rule.file), rule.keys.value(0), rule.fixValue);
        in.choices = QStringList{section};
        for (const QString &s : doc.sections())
            if (!s.isEmpty() && !in.choices.contains(s, Qt::CaseInsensitive))
                in.choices.append(s);
        in.defaultValue = section;
        in.help = Tr::tr("The file has no [%1] section. The article only says to insert the line; "
                     "[%1] is where ActiveUpdate keeps its download settings.")
                      .arg(section);
        return {in};
    }
    return {};
}

FixPlan IniValueFix::plan(const CheckContext &ctx, const QVariantMap &inputValues) const
{
    FixPlan plan;
    QMap<QString, IniDocument> docs; // by relative file, in a stable order
    for (const IniRule &rule : m_rules) {
        if (!docs.contains(rule.file)) {
            KbError err;
            IniDocument doc = IniDocument::load(ctx.target.path(rule.file), &err);
            if (err) {
                plan.error = err;
                return plan;
            }
            docs.insert(rule.file, doc);
        }
        IniDocument &doc = docs[rule.file];
        const QList<IniValueCheck::Match> found = IniValueCheck::matches(rule, doc);
        if (found.isEmpty()) {
            if (!rule.absentFails)
                continue;
            QString section = rule.section.isEmpty() ? m_options.insertSection : rule.section;
            section = inputValues.value(kSectionInput, section).toString().trimmed();
            if (section.isEmpty()) {
                plan.error = KbError::make(QStringLiteral("fix.input"),
                                           Tr::tr("Choose the section to add %1 to.").arg(rule.keys.value(0)),
                                           ctx.target.path(rule.file));
                return plan;
            }
            doc.setValue(section, rule.keys.value(0), rule.fixValue, /*createSection=*/true);
            continue;
        }
        for (const IniValueCheck::Match &m : found)
            if (!m.ok)
                doc.setValueAtLine(m.entry.line, rule.fixValue);
    }
    for (auto it = docs.cbegin(); it != docs.cend(); ++it) {
        FileEdit edit;
        edit.path = ctx.target.path(it.key());
        edit.displayPath = Target::displayPath(it.key());
        if (KbError err = readWholeFile(edit.path, &edit.before)) {
            plan.error = err;
            return plan;
        }
        edit.after = it.value().serialize();
        if (edit.before != edit.after)
            plan.edits.append(edit);
    }
    if (plan.edits.isEmpty())
        return plan; // nothing breaks the rules: nothing to do
    if (!m_options.restartService.isEmpty()) {
        HostAction restart;
        restart.kind = HostAction::Kind::RestartService;
        restart.target = m_options.restartService;
        restart.timeoutMs = 120000;
        plan.actions.append(restart);
    }
    plan.notes = m_options.notes;
    return plan;
}

} // namespace kb
