#pragma once

#include "repair/repairplan.h"

#include <QGroupBox>

class QLabel;
class QPlainTextEdit;
class QProgressBar;

namespace kb {

class FixInputForm;
class Session;

// One fix on the Fix page: a checkable box titled with the step, what the fix does, the inputs
// it needs (FixInputForm), its notes (trade-offs), the exact preview, the progress of long work
// inside the fix (a download) and, once applied, its outcome.
class FixBox : public QGroupBox
{
    Q_OBJECT
public:
    // Ready: a plan to apply. Empty: nothing to change (skipped, never blocks). Blocked: the plan
    // has an error or the password entries differ (blocks the apply while checked).
    enum class State { Ready, Empty, Blocked };

    FixBox(Session *session, const QString &stepId, QWidget *parent = nullptr);

    QString stepId() const { return m_stepId; }
    State state() const { return m_state; }
    bool isSelected() const { return m_selected; } // chosen when the apply started

    // Plans the fix again from the inputs and shows the preview; planned() is what it shows.
    void refreshPreview();
    const PlannedStep &planned() const { return m_planned; }
    // The apply starts: the box is no longer a choice; it waits, or says why it is not applied.
    void beginApply(bool selected);
    void showStarted();
    void showProgress(qint64 done, qint64 total, const QString &what);
    void showOutcome(const FixOutcome &outcome);
    void showStoppedBefore(); // the batch was stopped before this fix
    void showUndone();

Q_SIGNALS:
    // The inputs changed (the preview was made again) or the box was ticked or cleared.
    void changed();

private:
    void inputsChanged();
    QString withoutSecrets(const QString &text) const;

    Session *m_session;
    QString m_stepId;
    FixInputForm *m_form = nullptr; // null when the fix needs no input
    QLabel *m_notes;
    QPlainTextEdit *m_preview;
    QProgressBar *m_progress;   // long work inside the fix (a download)
    QLabel *m_progressText;     // what it works on, how far
    QLabel *m_outcomeIcon;
    QLabel *m_outcome;
    PlannedStep m_planned;
    State m_state = State::Blocked;
    bool m_selected = false;
};

} // namespace kb
