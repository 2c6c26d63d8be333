#pragma once

#include "host/hostkind.h"
#include "installationsearch.h"

#include <QFutureWatcher>
#include <QGroupBox>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kb {

// The Target page's "Another installation" box: a folder typed or chosen, a remote server by
// name, the demo server (a fresh copy or the last one). Each starts an InstallationSearch off the
// UI thread (a slow share or a server that does not answer must not freeze the window);
// searchStarted() and searchDone() tell the page, which lists what was found. Its strings keep
// the Target page's translation context.
class InstallationSearchBox : public QGroupBox
{
    Q_OBJECT
public:
    // `requestedHostKind`: asked when a server is searched (the host kind the user asked for).
    explicit InstallationSearchBox(std::function<HostKind()> requestedHostKind, QWidget *parent = nullptr);
    ~InstallationSearchBox() override;

    bool isSearching() const { return m_watcher.isRunning(); }
    // The first of the box's fields in the Tab order (the page chains its list to it).
    QWidget *firstInTabOrder() const;
    // Shows "Continue the last demo" only when there is a last demo.
    void refreshLastDemo();

Q_SIGNALS:
    void searchStarted(const QString &busyText);
    void searchDone(const kb::InstallationSearch &result);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void startSearch(const QString &busyText, std::function<InstallationSearch()> work);
    void finished();
    void useTypedFolder();
    void chooseFolder();
    void useDemo(bool latest);
    void connectServer();

    std::function<HostKind()> m_requestedHostKind;
    QFutureWatcher<InstallationSearch> m_watcher;
    QLabel *m_folderLabel;
    QLineEdit *m_pathEdit;
    QPushButton *m_useButton;
    QPushButton *m_browseButton;
    QPushButton *m_demoButton;
    QPushButton *m_lastDemoButton;
    QLabel *m_serverLabel;
    QLineEdit *m_serverEdit;
    QPushButton *m_connectButton;
};

} // namespace kb
