#pragma once

#include "fixes/fix.h"
#include "kberror.h"
#include "repair/repairplan.h"

#include "fixes/elevationcheckedfix.h"

#include <QList>
#include <QStringList>
#include <QWizardPage>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QVBoxLayout;

namespace kb {

class FixBox;
class MessageBanner;

class Session;
class UndoPanel;

// Page 4, the commit page. Tab "Changes to make": every fixable step in the article's order, one
// FixBox each (a checkbox, what the fix does, the inputs it needs in a FixInputForm, its notes and
// the exact preview), all before anything changes; optional advice starts unticked. The boxes'
// previews together are the repair plan (shownPlan()), which "Apply selected" applies as it is,
// "Save plan..." writes and "Open plan..." reads back (fixpageplans.cpp). Tab "Undo earlier changes": the backup sets of this installation (UndoPanel).
// Above both, when the wizard lacks administrator rights for this installation, the engine's
// warning (elevationWarningFor), with a warning icon.
//
// Design: the apply is started by the wizard's own commit button ("Apply selected").
// validatePage() starts Session::applyPlan(shownPlan()) and returns false, so the page stays and shows
// each step's outcome (applied / verified / rolled back, backup set) as it arrives. When the
// fixes are done the same button reads "Continue to the report" and validatePage() returns
// true. One button, in the place Next always is, does the one thing the page is about; the
// user reads the outcomes before moving on, and until then can still go back and run the
// diagnosis again to confirm. While fixes (or an undo) run, Back, the button and the inputs are
// disabled, and the wizard refuses to close.
class FixPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FixPage(Session *session, QWidget *parent = nullptr);
    ~FixPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The plan the page shows: the ticked boxes that have something to apply, exactly as
    // previewed. Applying uses it; "Save plan..." writes it (docs/plan-schema.md).
    RepairPlan shownPlan() const;
    KbError savePlan(const QString &path) const;
    // Opens a saved plan for this installation and article: validated like --apply (digest,
    // every file it read unchanged, the fixes still plan the same); then the boxes show it,
    // exactly its steps ticked. A password the plan needs (plans never hold one) and that is not
    // typed in its box yet is asked for through the secret prompt; cancelled, the plan is not
    // opened ("plan.secret"). On an error nothing on the page changes.
    KbError openPlan(const QString &path);
    // Asks for one password: the step's title and the input's label; returns "" when cancelled.
    // Default (none set): a password dialog over the page. Tests set their own.
    using SecretPrompt = std::function<QString(const QString &stepTitle, const QString &inputLabel)>;
    void setSecretPrompt(SecretPrompt prompt) { m_secretPrompt = std::move(prompt); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuildFixes();
    FixBox *box(const QString &stepId) const;
    QStringList stepsToApply() const; // checked and Ready
    void updateButtons();
    void updateSubTitle();
    void startApply();
    void onFixStarted(const QString &stepId);
    void onFixProgress(const QString &stepId, qint64 done, qint64 total, const QString &what);
    void onFixFinished(const QString &stepId);
    void onFixesFinished();
    void onUndone();
    void startElevationCheck();
    void savePlanClicked();
    void openPlanClicked();
    QString askSecret(const QString &stepTitle, const QString &label);
    void showPlanMessage(const QString &text, bool problem);
    void elevationChecked(const ElevationNotice &notice);

    Session *m_session;
    SecretPrompt m_secretPrompt;
    QList<FixBox *> m_fixes;
    bool m_applying = false;
    bool m_applied = false;
    int m_checkedNotApplied = 0; // boxes left checked that had nothing to apply or were blocked
    int m_done = 0;

    MessageBanner *m_elevationBanner;
    QTabWidget *m_tabs;
    QLabel *m_intro;
    QPushButton *m_savePlan;
    QPushButton *m_openPlan;
    MessageBanner *m_planBanner;
    RepairPlan m_planHeader; // article, target, host of the plan the boxes show
    QWidget *m_fixList;
    QVBoxLayout *m_fixLayout;
    QProgressBar *m_progress;
    QPushButton *m_stopButton;
    QLabel *m_applyStatus;
    UndoPanel *m_undo;
};

} // namespace kb
