#include "fixbox.h"

#include "fixinputform.h"
#include "report/redact.h"
#include "session.h"
#include "statuspresentation.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScrollBar>
#include <QStyle>
#include <QVBoxLayout>

namespace kb {

namespace {

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QPixmap smallIcon(const QWidget *w, const QIcon &icon)
{
    const int size = w->style()->pixelMetric(QStyle::PM_SmallIconSize);
    return icon.pixmap(size, size);
}

} // namespace

FixBox::FixBox(Session *session, const QString &stepId, QWidget *parent)
    : QGroupBox(parent), m_session(session), m_stepId(stepId)
{
    const Article *article = m_session->article();
    const Step *step = article ? article->step(stepId) : nullptr;
    setTitle(step ? step->title : stepId);
    setCheckable(true);
    // Advice the article gives as optional ("you may ...") starts unticked.
    setChecked(!step || RepairPlan::isTickedByDefault(*step));
    setAccessibleName(step ? step->title : stepId);
    setAccessibleDescription(step && step->fix ? tr("When checked, this fix is applied: %1")
                                                     .arg(step->fix->description())
                                               : QString());
    auto *layout = new QVBoxLayout(this);

    auto *description = wrappingLabel(this);
    description->setText(step && step->fix ? step->fix->description() : QString());
    layout->addWidget(description);
    if (step && !step->reachNote.isEmpty()) { // the article's own condition for this step
        auto *reach = wrappingLabel(this);
        reach->setText(step->reachNote);
        layout->addWidget(reach);
    }
    const QList<FixInput> specs = m_session->fixInputSpecs(stepId);
    if (!specs.isEmpty()) {
        m_form = new FixInputForm(specs, m_session->fixInputs(stepId), title(), this);
        layout->addWidget(m_form);
        connect(m_form, &FixInputForm::changed, this, &FixBox::inputsChanged);
    }

    m_notes = wrappingLabel(this);
    layout->addWidget(m_notes);
    auto *previewLabel = new QLabel(tr("Preview of the changes:"), this);
    m_preview = new QPlainTextEdit(this);
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setTabChangesFocus(true);
    m_preview->setAccessibleName(tr("Preview of the changes: %1").arg(title()));
    m_preview->setAccessibleDescription(tr("Each changed file as a difference: lines starting "
                                           "with a minus are removed, lines starting with a plus "
                                           "are added. Then the other actions of the fix."));
    previewLabel->setBuddy(m_preview);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview);

    // Long work inside the fix (a download): a bar of its own and what it works on.
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Progress: %1").arg(title()));
    m_progressText = wrappingLabel(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
    m_progress->hide();
    m_progressText->hide();

    auto *outcomeRow = new QHBoxLayout;
    m_outcomeIcon = new QLabel(this);
    m_outcomeIcon->setAlignment(Qt::AlignTop);
    m_outcome = wrappingLabel(this);
    outcomeRow->addWidget(m_outcomeIcon);
    outcomeRow->addWidget(m_outcome, 1);
    layout->addLayout(outcomeRow);
    m_outcomeIcon->hide();
    m_outcome->hide();

    connect(this, &QGroupBox::toggled, this, &FixBox::changed);
}

QString FixBox::withoutSecrets(const QString &text) const
{
    return m_form ? m_form->withoutSecrets(text) : text;
}

void FixBox::inputsChanged()
{
    m_session->setFixInputs(m_stepId, m_form->values());
    refreshPreview();
    Q_EMIT changed();
}

void FixBox::refreshPreview()
{
    m_planned = m_session->planStep(m_stepId);
    FixPlan plan = m_planned.fix;
    const bool passwordsMatch = !m_form || m_form->passwordsMatch();
    const bool nothing = m_planned.isNothingToDo();
    m_state = nothing                           ? State::Empty
              : (plan.error || !passwordsMatch) ? State::Blocked
                                                : State::Ready;
    // Notes (trade-offs) get their own label, in the body font, so they are read before the diff.
    m_notes->setText(withoutSecrets(redactText(plan.notes.join(QLatin1Char('\n')))));
    m_notes->setVisible(!plan.notes.isEmpty());
    plan.notes.clear();
    QString text;
    if (nothing)
        text = tr("There is nothing to change.") + (plan.error ? QLatin1Char('\n') + redactText(plan.error.message) : QString());
    else if (plan.error)
        text = tr("This fix cannot be prepared yet:\n%1").arg(redactText(plan.error.toString()));
    else
        text = redactText(FixExecutor::preview(plan)); // context lines may hold encrypted blobs
    text = withoutSecrets(text);
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    m_preview->setPlainText(text);
    // As tall as the preview (up to 14 lines), so short diffs need no scrolling.
    const QFontMetrics fm(m_preview->font());
    const QStringList lines = text.split(QLatin1Char('\n'));
    int widest = 0;
    for (const QString &line : lines)
        widest = qMax(widest, fm.horizontalAdvance(line));
    const int wide = qMax(m_preview->viewport()->width(), 600);
    // One spare line covers the editor's inner margins, whatever the style.
    m_preview->setFixedHeight((qBound(3, int(lines.size()), 14) + 1) * fm.lineSpacing()
                              + 2 * m_preview->frameWidth()
                              + (widest > wide ? m_preview->horizontalScrollBar()->sizeHint().height() : 0));
}

void FixBox::beginApply(bool selected)
{
    m_selected = selected;
    const bool empty = isChecked() && m_state == State::Empty;
    setCheckable(false); // the outcome replaces the choice; keeps the text readable
    if (m_form)
        m_form->setInputsEnabled(false);
    m_outcomeIcon->setVisible(true);
    m_outcome->setVisible(true);
    m_outcomeIcon->setPixmap(smallIcon(this, statusIcon(Status::NotRun)));
    m_outcome->setText(selected ? tr("Waiting...")
                       : empty  ? tr("Not applied: there is nothing to change.")
                                : tr("Not applied: not selected."));
}

void FixBox::showStarted()
{
    m_outcome->setText(tr("Applying: backing up, writing, then checking again..."));
}

void FixBox::showProgress(qint64 done, qint64 total, const QString &what)
{
    const QLocale locale;
    if (total < 0) {
        m_progress->setRange(0, 0); // busy indicator: the size is not known
        //: Download progress: %1 = item (a file name), %2 = amount received so far.
        m_progressText->setText(tr("%1: %2 so far").arg(what, locale.formattedDataSize(done)));
    } else {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(qBound(qint64(0), done * 1000 / total, qint64(1000))) : 1000);
        //: Download progress: %1 = item (a file name), %2 = done, %3 = total (e.g. "4.2 MB").
        m_progressText->setText(tr("%1: %2 of %3")
                                    .arg(what, locale.formattedDataSize(done), locale.formattedDataSize(total)));
    }
    m_progress->show();
    m_progressText->show();
}

void FixBox::showOutcome(const FixOutcome &o)
{
    m_progress->hide();
    m_progressText->hide();
    Status shown = Status::Fail;
    QString text;
    switch (o.state()) {
    case FixOutcome::State::Verified:
        shown = Status::Pass;
        text = tr("Applied and verified: the check passes now. Backup set: %1").arg(o.backupSetId);
        break;
    case FixOutcome::State::RolledBack:
        text = tr("Not fixed, rolled back: %1 The original files were put back (backup set %2).")
                   .arg(redactText(o.error.toString()), o.backupSetId);
        break;
    case FixOutcome::State::AppliedUnverified:
        shown = Status::Warn;
        text = tr("Applied, but not verified: %1 Backup set: %2")
                   .arg(redactText(o.error ? o.error.toString() : o.after.message), o.backupSetId);
        break;
    case FixOutcome::State::NothingToDo:
        shown = o.verified ? Status::Pass : Status::Warn;
        //: %1 says why, e.g. "an earlier fix in this batch already resolved it".
        text = tr("Nothing to change: %1").arg(redactText(o.error.message));
        break;
    case FixOutcome::State::Undone:
        showUndone();
        return;
    case FixOutcome::State::NotApplied:
        text = tr("Not applied: %1").arg(redactText(o.error.toString()));
        break;
    }
    m_outcomeIcon->setPixmap(smallIcon(this, statusIcon(shown)));
    //: %1 is a status word (Passed, Failed...), %2 what happened.
    m_outcome->setText(withoutSecrets(tr("%1 - %2").arg(statusText(shown), text)));
    m_outcome->setToolTip(withoutSecrets(redactText(o.messages.join(QLatin1Char('\n')))));
}

void FixBox::showStoppedBefore()
{
    m_outcome->setText(tr("Not applied: stopped before this fix."));
}

void FixBox::showUndone()
{
    m_outcomeIcon->setPixmap(smallIcon(this, statusIcon(Status::NotRun)));
    m_outcomeIcon->show();
    //: The fix of this step was undone from the Undo tab.
    m_outcome->setText(tr("Undone – run the diagnosis again"));
    m_outcome->setToolTip(QString());
    m_outcome->show();
}

} // namespace kb
