#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace kb {

class MessageBanner;

class Session;
struct Step;
struct StepRun;

// Page 3: runs the article's checks (Session::startDiagnosis, on worker threads) and shows each
// step's status live. Selecting a step shows why it matters, its evidence (secrets redacted) and
// any manual instructions. Complete once the diagnosis has finished.
class DiagnosePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DiagnosePage(Session *session, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    enum Column { Col_Step, Col_Status, Col_Message, Col_Time, Col_Count };

protected:
    void changeEvent(QEvent *event) override;

private:
    void showInterruptedFixes();
    void retranslateUi();
    void start();
    void rebuildSteps();
    void updateStep(const QString &stepId);
    void fillRow(QTreeWidgetItem *item, const Step &step, const StepRun *run);
    void showDetails();
    void onProgress(int done, int total);
    void onFinished();
    void updateSummary();

    Session *m_session;
    bool m_running = false;
    bool m_finished = false;

    QLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QPushButton *m_rerunButton;
    MessageBanner *m_errorPanel;
    MessageBanner *m_interruptedPanel; // a fix that never finished: offered for undo
    QPushButton *m_retryButton;
    QLabel *m_stepsLabel;
    QTreeWidget *m_steps;
    QLabel *m_whyLabel;
    QLabel *m_evidenceLabel;
    QTableWidget *m_evidence;
    QLabel *m_manualLabel;
};

} // namespace kb
