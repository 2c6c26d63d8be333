#include "fixes/iniflagfix.h"

#include "backup/atomicfile.h"

#include <QCoreApplication>

namespace kb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::IniFlagFix)
};
} // namespace

QString IniFlagFix::inputId(const IniDocument::Entry &entry)
{
    return QStringLiteral("set:[%1]%2").arg(entry.section, entry.key);
}

QList<FixInput> IniFlagFix::inputs(const CheckContext &ctx) const
{
    KbError err;
    const IniDocument doc = IniDocument::load(ctx.target.path(m_rule.file), &err);
    if (err)
        return {};
    QList<FixInput> list;
    for (const IniFlag &f : IniFlagCheck::scan(m_rule, doc)) {
        if (f.entry.line == 0 || f.ok)
            continue;
        FixInput in;
        in.id = inputId(f.entry);
        in.kind = FixInput::Kind::Choice;
        //: %1 section, %2 key, %3 file, %4 current value
        in.label = Tr::tr("[%1] %2 in %3 is \"%4\". New value:")
                       .arg(f.entry.section, f.entry.key, Target::displayPath(m_rule.file), f.entry.value);
        in.choices = QStringList{m_rule.value, f.entry.value};
        in.defaultValue = f.counts ? m_rule.value : f.entry.value;
        in.help = f.expected
                      ? Tr::tr("The article says both entries must be %1. This key's name is the wizard's "
                           "best reading (%2); choose \"%3\" to keep it unchanged.")
                            .arg(m_rule.value, m_rule.note, f.entry.value)
                      : Tr::tr("This key was found by scanning the file for names matching %1; it may be one "
                           "of the two entries the article means. Choose \"%2\" to change it, \"%3\" "
                           "to leave it.")
                            .arg(m_rule.candidateText, m_rule.value, f.entry.value);
        list.append(in);
    }
    return list;
}

FixPlan IniFlagFix::plan(const CheckContext &ctx, const QVariantMap &inputValues) const
{
    FixPlan plan;
    FileEdit edit;
    edit.path = ctx.target.path(m_rule.file);
    edit.displayPath = Target::displayPath(m_rule.file);
    if (KbError err = readWholeFile(edit.path, &edit.before)) {
        plan.error = err;
        return plan;
    }
    KbError err;
    IniDocument doc = IniDocument::parse(edit.before, edit.path, &err);
    if (err) {
        plan.error = err;
        return plan;
    }
    QStringList left;
    for (const IniFlag &f : IniFlagCheck::scan(m_rule, doc)) {
        if (f.entry.line == 0 || f.ok)
            continue;
        const QString chosen = inputValues.value(inputId(f.entry),
                                                 f.counts ? m_rule.value : f.entry.value).toString().trimmed();
        if (chosen.compare(m_rule.value, Qt::CaseInsensitive) != 0) {
            left.append(QStringLiteral("[%1] %2=%3").arg(f.entry.section, f.entry.key, f.entry.value));
            continue;
        }
        doc.setValueAtLine(f.entry.line, m_rule.value);
    }
    edit.after = doc.serialize();
    if (edit.after == edit.before) {
        plan.error = KbError::make(QStringLiteral("fix.nothing"),
                                   Tr::tr("No entry was chosen to be changed."), edit.path);
        return plan;
    }
    plan.edits.append(edit);
    if (!m_restartService.isEmpty()) {
        HostAction restart;
        restart.kind = HostAction::Kind::RestartService;
        restart.target = m_restartService;
        restart.timeoutMs = 120000;
        plan.actions.append(restart);
    }
    plan.notes.append(Tr::tr("The key names are not confirmed from a real installation (%1); the "
                         "preview shows exactly which lines change.").arg(m_rule.note));
    if (!left.isEmpty())
        plan.notes.append(Tr::tr("Left unchanged as chosen: %1").arg(left.join(QStringLiteral(", "))));
    return plan;
}

} // namespace kb
