#include "fixpage.h"

#include "fixbox.h"
#include "fixes/elevationcheckedfix.h"
#include "messagebanner.h"
#include "session.h"
#include "undopanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTabWidget>
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

} // namespace

FixPage::FixPage(Session *session, QWidget *parent) : QWizardPage(parent), m_session(session)
{
    setCommitPage(true);

    // Above the tabs: the administrator-rights warning, an icon and the engine's words.
    m_elevationBanner = new MessageBanner(this);

    // Tab 1: the changes to make.
    auto *fixTab = new QWidget;
    m_intro = wrappingLabel(fixTab);
    // A plan can be saved for review (change management) and opened again to apply it.
    m_savePlan = new QPushButton(fixTab);
    m_savePlan->setAutoDefault(false);
    m_openPlan = new QPushButton(fixTab);
    m_openPlan->setAutoDefault(false);
    m_planBanner = new MessageBanner(fixTab);
    auto *planRow = new QHBoxLayout;
    planRow->addStretch(1);
    planRow->addWidget(m_savePlan);
    planRow->addWidget(m_openPlan);
    m_fixList = new QWidget;
    m_fixLayout = new QVBoxLayout(m_fixList);
    m_fixLayout->addStretch(1);
    auto *scroll = new QScrollArea(fixTab);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // everything wraps instead
    scroll->setWidget(m_fixList);
    m_progress = new QProgressBar(fixTab);
    m_stopButton = new QPushButton(fixTab);
    m_stopButton->setAutoDefault(false);
    m_applyStatus = wrappingLabel(fixTab);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_stopButton);
    auto *fixLayout = new QVBoxLayout(fixTab);
    fixLayout->addWidget(m_intro);
    fixLayout->addWidget(scroll, 1);
    fixLayout->addLayout(planRow); // below the list, and after it in the Tab order (rebuildFixes)
    fixLayout->addWidget(m_planBanner);
    fixLayout->addLayout(progressRow);
    fixLayout->addWidget(m_applyStatus);
    m_progress->hide();
    m_stopButton->hide();
    m_applyStatus->hide();

    // Tab 2: undo.
    m_undo = new UndoPanel(m_session);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("fixTabs")); // found by the screenshot hook
    m_tabs->addTab(fixTab, QString());
    m_tabs->addTab(m_undo, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_elevationBanner);
    layout->addWidget(m_tabs);

    connect(m_stopButton, &QPushButton::clicked, this, [this] {
        m_session->cancelFixes();
        m_stopButton->setEnabled(false);
        m_applyStatus->setText(tr("Stopping after the current step; nothing half-done is kept."));
    });
    connect(m_savePlan, &QPushButton::clicked, this, &FixPage::savePlanClicked);
    connect(m_openPlan, &QPushButton::clicked, this, &FixPage::openPlanClicked);
    connect(m_undo, &UndoPanel::busyChanged, this, &FixPage::updateButtons);
    connect(m_undo, &UndoPanel::undone, this, &FixPage::onUndone);
    connect(m_session, &Session::fixStarted, this, &FixPage::onFixStarted);
    connect(m_session, &Session::fixProgress, this, &FixPage::onFixProgress);
    connect(m_session, &Session::fixFinished, this, &FixPage::onFixFinished);
    connect(m_session, &Session::fixesFinished, this, &FixPage::onFixesFinished);
    connect(m_session, &Session::elevationKnown, this, &FixPage::elevationChecked);
    retranslateUi();
}

FixPage::~FixPage()
{
}

void FixPage::retranslateUi()
{
    setTitle(tr("Fix"));
    updateSubTitle();
    m_tabs->setTabText(0, tr("Changes to &make"));
    m_tabs->setTabText(1, tr("Undo &earlier changes"));
    m_tabs->setAccessibleName(tr("Fixes and undo"));
    m_elevationBanner->setAccessibleName(tr("Administrator rights"));
    m_progress->setAccessibleName(tr("Progress of the fixes"));
    //: Progress bar text: %v fixes done of %m.
    m_progress->setFormat(tr("%v of %m fixes"));
    //: Button shown while fixes are applied: stop after the fix that is running.
    m_stopButton->setText(tr("&Stop"));
    m_stopButton->setAccessibleName(tr("Stop applying fixes"));
    m_stopButton->setToolTip(tr("Stops after the current step; nothing half-done is kept."));
    m_savePlan->setText(tr("Sa&ve plan..."));
    m_savePlan->setAccessibleName(tr("Save the plan"));
    m_savePlan->setToolTip(tr("Saves the ticked changes with their exact differences as a plan file, "
                              "to review and apply later (kbwizard --headless --apply PLAN). "
                              "Passwords are not saved."));
    m_openPlan->setText(tr("&Open plan..."));
    m_openPlan->setAccessibleName(tr("Open a saved plan"));
    m_openPlan->setToolTip(tr("Opens a saved plan for this server; it is used only if nothing it "
                              "read has changed since it was made."));
    if (!m_applying && !m_applied) // keep the outcomes on screen
        rebuildFixes();
    m_undo->retranslateUi();
    if (m_session->target().isValid())
        startElevationCheck(); // the engine's text is translated too
}

void FixPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void FixPage::initializePage()
{
    m_applied = false;
    m_tabs->setCurrentIndex(0);
    m_progress->hide();
    m_stopButton->hide();
    m_applyStatus->hide();
    m_undo->clearMessage();
    m_planBanner->setMessage(QString());
    rebuildFixes();
    m_undo->refresh();
    startElevationCheck();
}

void FixPage::startElevationCheck()
{
    m_session->probeElevation(m_session->target()); // off the UI thread: may be a remote `reg query`
}

void FixPage::elevationChecked(const ElevationNotice &notice)
{
    if (notice.pccsrv != m_session->target().pccsrv)
        return; // the Target page's question about another installation
    const QIcon icon = style()->standardIcon(notice.notElevated ? QStyle::SP_MessageBoxWarning
                                                                : QStyle::SP_MessageBoxInformation);
    m_elevationBanner->setIcon(icon);
    m_elevationBanner->setMessage(notice.text);
}

void FixPage::rebuildFixes()
{
    qDeleteAll(m_fixes);
    m_fixes.clear();
    const QStringList steps = m_session->fixableSteps();
    for (const QString &stepId : steps) {
        auto *box = new FixBox(m_session, stepId, m_fixList);
        connect(box, &FixBox::changed, this, &FixPage::updateButtons);
        m_fixes.append(box);
        m_fixLayout->insertWidget(m_fixLayout->count() - 1, box);
        box->refreshPreview();
    }
    m_planHeader = m_session->makePlan({});
    // The boxes join the end of the focus chain when made: put the plan buttons after the last
    // of them again, so Tab keeps the reading order (list, then the buttons below it).
    QWidget *lastInList = nullptr;
    QWidget *w = m_savePlan;
    for (int i = 0; i < 2000 && (w = w->nextInFocusChain()) != m_savePlan;)
        if (m_fixList->isAncestorOf(w))
            lastInList = w, ++i;
        else
            ++i;
    if (lastInList) {
        setTabOrder(lastInList, m_savePlan);
        setTabOrder(m_savePlan, m_openPlan);
    }

    if (!steps.isEmpty()) {
        QString intro = tr("%n change(s) can be made. Clear the box of any you do not want.", nullptr,
                           int(steps.size()));
        const QStringList later = m_session->heldBackSteps();
        if (!later.isEmpty())
            //: %1 = step ids. The article takes these steps only if the problem persists.
            intro += QLatin1Char(' ') + tr("%n more step(s) follow only if the problem persists after "
                                           "these fixes (%1): run the diagnosis again after applying.",
                                           nullptr, int(later.size()))
                                            .arg(later.join(QStringLiteral(", ")));
        m_intro->setText(intro);
    } else {
        int problems = 0;
        if (const ArticleRun *run = m_session->currentRun())
            for (const StepRun &s : run->steps)
                problems += (s.result.status == Status::Fail || s.result.status == Status::Warn
                             || s.result.status == Status::Error)
                                ? 1
                                : 0;
        m_intro->setText(problems == 0
                             ? tr("Nothing to fix: no check found a problem that KB Wizard can "
                                  "repair. Manual steps are listed in the report.")
                             : tr("Nothing to fix automatically. %n problem(s) need work by hand "
                                  "or could not be checked: see the diagnosis and the report.",
                                  nullptr, problems));
    }
    updateButtons();
}

FixBox *FixPage::box(const QString &stepId) const
{
    for (FixBox *b : m_fixes)
        if (b->stepId() == stepId)
            return b;
    return nullptr;
}

QStringList FixPage::stepsToApply() const
{
    QStringList ids;
    for (const FixBox *b : m_fixes)
        if (b->isChecked() && b->state() == FixBox::State::Ready)
            ids.append(b->stepId());
    return ids;
}

// The subtitle says where the user stands: before, while and after the fixes are applied.
void FixPage::updateSubTitle()
{
    if (m_applied)
        setSubTitle(tr("The fixes were applied, and each step was checked again. Every change can "
                       "be undone under \"Undo earlier changes\"."));
    else if (m_applying)
        setSubTitle(tr("Applying the fixes: each file is backed up first; a fix that fails is "
                       "rolled back."));
    else
        setSubTitle(tr("Review the changes. Nothing is changed until you press \"Apply selected\"; "
                       "every file is backed up first and checked again afterwards."));
}

void FixPage::updateButtons()
{
    updateSubTitle();
    const bool busy = m_applying || m_undo->isBusy();
    QString text;
    if (m_applied || m_fixes.isEmpty())
        text = tr("Continue to the &report");
    else if (stepsToApply().isEmpty())
        text = tr("Continue &without fixing");
    else
        text = tr("&Apply selected");
    setButtonText(QWizard::CommitButton, text);
    m_savePlan->setEnabled(!busy && !m_applied && !stepsToApply().isEmpty());
    m_openPlan->setEnabled(!busy && !m_applied);
    m_undo->setApplying(m_applying);
    Q_EMIT completeChanged();
    // QWizard re-enables Back on every completeChanged(); nothing may go back while the engine
    // writes (the Session's host and target must stay as they are).
    if (busy && wizard())
        if (QAbstractButton *back = wizard()->button(QWizard::BackButton))
            back->setEnabled(false);
}

bool FixPage::isComplete() const
{
    if (m_applying || m_undo->isBusy())
        return false;
    if (m_applied)
        return true;
    for (const FixBox *b : m_fixes)
        if (b->isChecked() && b->state() == FixBox::State::Blocked)
            return false;
    return true;
}

bool FixPage::validatePage()
{
    if (m_applied || stepsToApply().isEmpty())
        return true;
    if (!m_applying)
        startApply();
    return false; // stay and show the outcomes; the button then reads "Continue to the report"
}

void FixPage::startApply()
{
    const QStringList ids = stepsToApply();
    const RepairPlan plan = shownPlan(); // before the boxes stop being choices
    m_applying = true;
    m_done = 0;
    m_checkedNotApplied = 0;
    for (FixBox *b : std::as_const(m_fixes)) {
        const bool selected = ids.contains(b->stepId());
        if (b->isChecked() && !selected)
            ++m_checkedNotApplied; // nothing to change, or an input missing: its box says which
        b->beginApply(selected);
    }
    m_progress->setRange(0, int(ids.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_stopButton->setEnabled(true);
    m_stopButton->show();
    m_applyStatus->setText(tr("Applying the fixes. Each file is backed up first."));
    m_applyStatus->show();
    m_session->applyPlan(plan);
    updateButtons();
}

void FixPage::onFixStarted(const QString &stepId)
{
    if (FixBox *b = box(stepId))
        b->showStarted();
}

void FixPage::onFixProgress(const QString &stepId, qint64 done, qint64 total, const QString &what)
{
    if (FixBox *b = box(stepId))
        b->showProgress(done, total, what);
}

void FixPage::onFixFinished(const QString &stepId)
{
    m_progress->setValue(++m_done);
    const ArticleRun *run = m_session->currentRun();
    const StepRun *sr = run ? run->step(stepId) : nullptr;
    if (FixBox *b = box(stepId); b && sr && sr->outcome)
        b->showOutcome(*sr->outcome);
}

void FixPage::onFixesFinished()
{
    if (!m_applying)
        return;
    m_applying = false;
    m_applied = true;
    int ok = 0, attempted = 0;
    for (FixBox *b : std::as_const(m_fixes)) {
        if (!b->isSelected())
            continue;
        const ArticleRun *run = m_session->currentRun();
        const StepRun *sr = run ? run->step(b->stepId()) : nullptr;
        if (sr && sr->outcome) {
            ++attempted;
            ok += sr->outcome->succeeded() ? 1 : 0;
        } else {
            b->showStoppedBefore();
        }
    }
    m_stopButton->hide();
    m_intro->setText(tr("The result of each fix is shown with it. The \"Undo earlier changes\" tab "
                        "puts the saved files back if needed."));
    QString status = tr("%1 of %n fix(es) applied and verified. The report lists every "
                        "change and its backup set.", nullptr, attempted).arg(ok);
    if (m_checkedNotApplied > 0)
        status += QLatin1Char(' ')
                  + tr("%n other checked change(s) could not be applied; each says why.", nullptr,
                       m_checkedNotApplied);
    m_applyStatus->setText(status);
    m_undo->refresh();
    updateButtons();
}

void FixPage::onUndone()
{
    // Session::undo() marked the steps whose fix made the set; their results need a new
    // diagnosis, and the box says so instead of the outcome that no longer holds.
    const ArticleRun *run = m_session->currentRun();
    for (FixBox *b : std::as_const(m_fixes)) {
        const StepRun *sr = run ? run->step(b->stepId()) : nullptr;
        if (sr && sr->outcome && sr->outcome->undone)
            b->showUndone();
    }
    updateButtons();
}

} // namespace kb
