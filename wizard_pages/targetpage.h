#pragma once

#include "kberror.h"
#include "target.h"

#include <QFutureWatcher>
#include <QList>
#include <QWizardPage>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace kb {

class Session;

// Page 1: which server installation to repair. Lists what was found (registry, a folder, the
// demo), lets the user add a folder or the demo server, and shows where backups will go.
// Searching runs off the UI thread: a folder on a slow share must not freeze the window.
class TargetPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit TargetPage(Session *session, QWidget *parent = nullptr);
    ~TargetPage() override;

    // The host backend the wizard was started with ("" = default for each target).
    void setRequestedHostKind(const QString &kind) { m_hostKind = kind; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Search
    {
        QList<Target> targets;
        KbError error;
    };

    void retranslateUi();
    void rebuildList();
    void addTargets(const QList<Target> &targets);
    int selectedIndex() const;
    void updateDetails();
    void showError(const QString &text);
    void startSearch(const QString &busyText, std::function<Search()> work);
    void searchFinished();
    void useTypedFolder();
    void chooseFolder();
    void useDemo(bool latest);

    Session *m_session;
    QString m_hostKind;
    QList<Target> m_targets;
    int m_preferred = -1; // index to select after a rebuild
    QFutureWatcher<Search> m_watcher;

    QLabel *m_listLabel;
    QTreeWidget *m_list;
    QLabel *m_details;
    QLabel *m_folderLabel;
    QLineEdit *m_pathEdit;
    QPushButton *m_useButton;
    QPushButton *m_browseButton;
    QPushButton *m_demoButton;
    QPushButton *m_lastDemoButton;
    QLabel *m_busyLabel;
    QWidget *m_errorPanel;
    QLabel *m_errorLabel;
    QLabel *m_backupLabel;
};

} // namespace kb
