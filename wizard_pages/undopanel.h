#pragma once

#include "kberror.h"

#include <QFutureWatcher>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace kb {

class Session;

// The Fix page's "Undo earlier changes" tab: the backup sets of the current installation and an
// Undo button. Undo runs Session::undo() on a worker thread (it may restart services for
// minutes); Session::undo() records the undo on the step whose fix made the set, so the report
// says "applied, then undone". A set whose files changed after the fix is undone only after the
// user confirms ("Undo anyway").
class UndoPanel : public QWidget
{
    Q_OBJECT
public:
    explicit UndoPanel(Session *session, QWidget *parent = nullptr);
    ~UndoPanel() override;

    bool isBusy() const { return m_watcher.isRunning(); }
    void waitForFinished() { m_watcher.waitForFinished(); }
    // While the fixes are applied the panel offers no undo.
    void setApplying(bool applying);
    void clearMessage() { m_message.clear(); }
    void refresh(); // reads the backup sets again
    void retranslateUi();

Q_SIGNALS:
    void busyChanged(bool busy);
    // A backup set was restored; the steps whose fix made it are marked undone in the Session.
    void undone(const QString &setId);

private:
    struct Result
    {
        QString setId;
        bool force = false;
        KbError error;
        QStringList messages;
    };

    void updateButtons();
    void startUndo(const QString &setId, bool force);
    void undoFinished();

    Session *m_session;
    bool m_applying = false;
    QString m_message; // outcome of the last undo, shown above the list's own notes
    QFutureWatcher<Result> m_watcher;

    QLabel *m_intro;
    QTreeWidget *m_backups;
    QPushButton *m_undoButton;
    QPushButton *m_reloadButton;
    QLabel *m_status;
};

} // namespace kb
