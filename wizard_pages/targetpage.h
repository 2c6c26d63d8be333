#pragma once

#include "kberror.h"
#include "target.h"

#include <QFutureWatcher>
#include <QList>
#include <QWizardPage>

#include <functional>

class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace kb {

class MessageBanner;

class Session;

// Page 1: which server installation to repair. Lists what was found (registry, a folder, a
// remote server by name, the demo), lets the user add a folder, a server or the demo server,
// and shows where backups will go and whether the wizard has administrator rights there.
// Searching and the rights check run off the UI thread: a folder on a slow share or a server
// that does not answer must not freeze the window.
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

    // While a demo sandbox is the target nothing may reach the internet: the host factory starts
    // the demo's simulated network for the demo backend; for any other backend on a demo target
    // (--host none) this does the same, and choosing a real target again switches it off.
    static void keepDemoOffline(const QString &sandbox);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Search
    {
        QList<Target> targets;
        KbError error;
        QString server; // set when a server was asked by name
    };
    struct Elevation
    {
        QString pccsrv;           // the installation it was asked for
        bool notElevated = false; // false with a text: the wizard could not tell
        QString text;             // elevationWarningFor(); "" = elevated or no backend
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
    void connectServer();
    QString hostKindFor(const Target &target) const;
    void startElevationCheck();
    void elevationChecked();

    Session *m_session;
    QString m_hostKind;
    QList<Target> m_targets;
    int m_preferred = -1; // index to select after a rebuild
    QFutureWatcher<Search> m_watcher;
    QFutureWatcher<Elevation> m_elevationWatcher;

    QLabel *m_listLabel;
    QTreeWidget *m_list;
    QGroupBox *m_selectedBox;
    QFormLayout *m_selectedForm;
    QLabel *m_details; // shown when nothing is selected
    QList<QLabel *> m_rowLabels;
    QLabel *m_productValue;
    QLabel *m_versionValue;
    QLabel *m_evidenceValue;
    QLabel *m_folderValue;
    QLabel *m_backupLabel;
    QGroupBox *m_otherBox;
    QLabel *m_folderLabel;
    QLineEdit *m_pathEdit;
    QPushButton *m_useButton;
    QPushButton *m_browseButton;
    QPushButton *m_demoButton;
    QPushButton *m_lastDemoButton;
    QLabel *m_serverLabel;
    QLineEdit *m_serverEdit;
    QPushButton *m_connectButton;
    MessageBanner *m_elevationBanner;
    QLabel *m_busyLabel;
    MessageBanner *m_errorPanel;
};

} // namespace kb
