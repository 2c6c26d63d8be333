#pragma once

#include "fixes/fix.h"
#include "kberror.h"

#include <QFutureWatcher>
#include <QList>
#include <QStringList>
#include <QWizardPage>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QVBoxLayout;

namespace kb {

class MessageBanner;

class Session;
class UndoPanel;

// Page 4, the commit page. Tab "Changes to make": every fixable step with a checkbox, what the
// fix does, the inputs it needs, its notes (trade-offs) and the exact preview, all before
// anything changes. Tab "Undo earlier changes": the backup sets of this installation (UndoPanel).
// Above both, when the wizard lacks administrator rights for this installation, the engine's
// warning (elevationWarningFor), with a warning icon.
//
// Design: the apply is started by the wizard's own commit button ("Apply selected").
// validatePage() starts Session::applyFixes() and returns false, so the page stays and shows
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

protected:
    void changeEvent(QEvent *event) override;

private:
    struct InputUi
    {
        FixInput spec;
        QComboBox *combo = nullptr;    // Choice
        QLineEdit *edit = nullptr;     // Text, Password
        QLineEdit *confirm = nullptr;  // Password, unless the fix asks for its own confirmation
        QLabel *mismatch = nullptr;    // with `confirm`
    };
    struct FixUi
    {
        QString stepId;
        QGroupBox *box = nullptr;
        QList<InputUi> inputs;
        QLabel *notes = nullptr;
        QPlainTextEdit *preview = nullptr;
        QProgressBar *progress = nullptr; // long work inside the fix (a download)
        QLabel *progressText = nullptr;   // what it works on, how far
        QLabel *outcomeIcon = nullptr;
        QLabel *outcome = nullptr;
        // Ready: a plan to apply. Empty: nothing to change (skipped, never blocks). Blocked:
        // the plan has an error or the password entries differ (blocks the apply while checked).
        enum class State { Ready, Empty, Blocked } state = State::Blocked;
        bool selected = false;         // chosen when the apply started
    };
    struct Elevation
    {
        bool notElevated = false; // false with a text: the wizard could not tell
        QString text;             // elevationWarningFor(); "" = elevated or no backend
    };

    void retranslateUi();
    void rebuildFixes();
    FixUi makeFixUi(const QString &stepId);
    void addInputs(FixUi &ui, int index, QVBoxLayout *layout);
    QString withoutSecrets(const FixUi &ui, QString text) const;
    void inputsChanged(int index);
    void refreshPreview(int index);
    QStringList stepsToApply() const; // checked and Ready
    void updateButtons();
    void updateSubTitle();
    void startApply();
    void onFixStarted(const QString &stepId);
    void onFixProgress(const QString &stepId, qint64 done, qint64 total, const QString &what);
    void onFixFinished(const QString &stepId);
    void onFixesFinished();
    void showOutcome(FixUi &ui, const QString &stepId);
    void onUndone();
    void startElevationCheck();
    void elevationChecked();

    Session *m_session;
    QList<FixUi> m_fixes;
    bool m_applying = false;
    bool m_applied = false;
    int m_checkedNotApplied = 0; // boxes left checked that had nothing to apply or were blocked
    int m_done = 0;
    QFutureWatcher<Elevation> m_elevationWatcher;

    MessageBanner *m_elevationBanner;
    QTabWidget *m_tabs;
    QLabel *m_intro;
    QWidget *m_fixList;
    QVBoxLayout *m_fixLayout;
    QProgressBar *m_progress;
    QPushButton *m_stopButton;
    QLabel *m_applyStatus;
    UndoPanel *m_undo;
};

} // namespace kb
