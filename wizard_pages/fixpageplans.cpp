#include "fixpage.h"

// The Fix page's plan files: save the plan it shows, open a saved one (issue 15).

#include "backup/atomicfile.h"
#include "fixbox.h"
#include "messagebanner.h"
#include "session.h"

#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLineEdit>
#include <QStyle>

namespace kb {

RepairPlan FixPage::shownPlan() const
{
    RepairPlan plan = m_planHeader;
    plan.steps.clear();
    for (const FixBox *b : m_fixes)
        if (b->isChecked() && b->state() == FixBox::State::Ready)
            plan.steps.append(b->planned());
    return plan;
}

KbError FixPage::savePlan(const QString &path) const
{
    const RepairPlan plan = shownPlan();
    if (plan.isEmpty())
        return KbError::make(QStringLiteral("plan.empty"), tr("No change is ticked, so there is no plan to save."));
    return writeFileAtomically(path, QJsonDocument(plan.toJson()).toJson(QJsonDocument::Indented));
}

QString FixPage::askSecret(const QString &stepTitle, const QString &label)
{
    bool ok = false;
    //: Title of the dialog that asks for a password a saved plan needs (plans never hold one)
    const QString value = QInputDialog::getText(this, tr("Password for the saved plan"),
                                                stepTitle + QLatin1Char('\n') + label,
                                                QLineEdit::Password, QString(), &ok);
    return ok ? value : QString();
}

KbError FixPage::openPlan(const QString &path)
{
    QByteArray bytes;
    if (KbError e = readWholeFile(path, &bytes, 16 * 1024 * 1024))
        return e;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return KbError::make(QStringLiteral("plan.json"),
                             pe.error != QJsonParseError::NoError ? pe.errorString()
                                                                  : tr("expected a JSON object."),
                             path, int(bytes.left(pe.offset).count('\n')) + 1);
    KbError e;
    RepairPlan plan = RepairPlan::fromJson(doc.object(), path, &e);
    if (e)
        return e;
    const Article *article = m_session->article();
    if (!article || plan.articleId != article->id
        || QDir::cleanPath(plan.target.pccsrv) != QDir::cleanPath(m_session->target().pccsrv))
        return KbError::make(QStringLiteral("plan.target"),
                             tr("This plan is for %1 on %2; the wizard works on %3 on %4.")
                                 .arg(plan.articleId, QDir::toNativeSeparators(plan.target.pccsrv),
                                      article ? article->id : QString(),
                                      QDir::toNativeSeparators(m_session->target().pccsrv)),
                             path);
    const QStringList offered = m_session->fixableSteps();
    QHash<QString, QVariantMap> secrets;
    for (const PlannedStep &s : plan.steps) {
        if (!offered.contains(s.stepId))
            return KbError::make(QStringLiteral("plan.differs"),
                                 tr("The plan fixes %1, which needs no fix now; run the diagnosis "
                                    "again or make a new plan.").arg(s.stepId),
                                 path);
        // Passwords typed in the box, or asked for now: the plan names which it needs.
        QVariantMap typed = m_session->fixInputs(s.stepId);
        for (const QString &id : s.secretIds) {
            if (!typed.value(id).toString().isEmpty())
                continue;
            QString label = id;
            for (const FixInput &in : m_session->fixInputSpecs(s.stepId))
                if (in.id == id)
                    label = in.label;
            const QString value = m_secretPrompt ? m_secretPrompt(s.title, label) : askSecret(s.title, label);
            if (value.isEmpty())
                //: %1 = step title, %2 = the password field's label
                return KbError::make(QStringLiteral("plan.secret"),
                                     tr("The step \"%1\" needs \"%2\", which a plan never holds; it is "
                                        "opened only when that is given.").arg(s.title, label),
                                     path);
            typed.insert(id, value);
        }
        secrets.insert(s.stepId, typed);
    }
    if (KbError bindError = plan.bind(*article, m_session->context(), secrets))
        return bindError;
    for (const PlannedStep &s : plan.steps) {
        QVariantMap values = secrets.value(s.stepId);
        for (auto it = s.inputs.cbegin(); it != s.inputs.cend(); ++it)
            values.insert(it.key(), it.value());
        m_session->setFixInputs(s.stepId, values);
    }
    rebuildFixes();
    for (FixBox *b : std::as_const(m_fixes))
        b->setChecked(plan.step(b->stepId()) != nullptr);
    updateButtons();
    return {};
}

void FixPage::showPlanMessage(const QString &text, bool problem)
{
    m_planBanner->setIcon(style()->standardIcon(problem ? QStyle::SP_MessageBoxWarning
                                                        : QStyle::SP_MessageBoxInformation));
    m_planBanner->setMessage(text);
}

void FixPage::savePlanClicked()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the plan"), QString(),
                                                      tr("Repair plans (*.json)"));
    if (path.isEmpty())
        return;
    if (KbError e = savePlan(path))
        showPlanMessage(tr("The plan was not saved: %1").arg(e.toString()), true);
    else
        showPlanMessage(tr("Plan saved to %1. Apply it later with the wizard (Open plan) or with "
                           "kbwizard --headless --apply PLAN --yes.").arg(QDir::toNativeSeparators(path)),
                        false);
}

void FixPage::openPlanClicked()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a saved plan"), QString(),
                                                      tr("Repair plans (*.json)"));
    if (path.isEmpty())
        return;
    if (KbError e = openPlan(path))
        showPlanMessage(tr("The plan was not opened: %1").arg(e.toString()), true);
    else
        showPlanMessage(tr("Opened the plan %1: nothing it read has changed, and its fixes still "
                           "plan the same. The ticked changes are exactly the plan's.")
                            .arg(QDir::toNativeSeparators(path)),
                        false);
}

} // namespace kb
