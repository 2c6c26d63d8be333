#include "undopanel.h"

#include "article.h"
#include "backup/backupstore.h"
#include "backup/undoscope.h"
#include "report/redact.h"
#include "session.h"
#include "statuspresentation.h"
#include "articles/articles.h"

#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace kb {

namespace {

// What a person looks for first (the step, whether it is applied, when, which files) comes
// first; the set's id, which only `kbwizard --headless --undo ID` needs, comes last.
enum BackupColumn { Bk_Step, Bk_State, Bk_Date, Bk_Files, Bk_Id, Bk_Count };

QString stateText(BackupSet::State s)
{
    switch (s) {
    //: State of a backup set: the fix was interrupted before it finished.
    case BackupSet::State::Prepared: return UndoPanel::tr("Interrupted");
    case BackupSet::State::Applied: return UndoPanel::tr("Applied");
    case BackupSet::State::RolledBack: return UndoPanel::tr("Rolled back");
    case BackupSet::State::Undone: return UndoPanel::tr("Undone");
    }
    return QString();
}

} // namespace

UndoPanel::UndoPanel(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_backups = new QTreeWidget(this);
    m_backups->setColumnCount(Bk_Count);
    m_backups->setRootIsDecorated(false);
    m_backups->setAllColumnsShowFocus(true);
    m_backups->header()->setStretchLastSection(true);
    m_undoButton = new QPushButton(this);
    m_reloadButton = new QPushButton(this);
    m_undoButton->setAutoDefault(false);
    m_reloadButton->setAutoDefault(false);
    m_undoButton->setEnabled(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_undoButton);
    buttons->addWidget(m_reloadButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_backups, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_backups, &QTreeWidget::currentItemChanged, this, &UndoPanel::updateButtons);
    connect(m_undoButton, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_backups->currentItem())
            startUndo(item->data(Bk_Id, Qt::UserRole).toString(), false);
    });
    connect(m_reloadButton, &QPushButton::clicked, this, &UndoPanel::refresh);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &UndoPanel::undoFinished);
    retranslateUi();
}

UndoPanel::~UndoPanel()
{
    // The worker uses the Session: the wizard waits for it before the Session goes (see
    // KbWizard::~KbWizard); this covers a panel destroyed on its own.
    m_watcher.waitForFinished();
}

void UndoPanel::retranslateUi()
{
    m_intro->setText(tr("Every fix saved the files it changed in a backup set. Undo puts the "
                        "saved files back byte for byte and restarts the services the fix "
                        "restarted."));
    m_backups->setHeaderLabels({tr("Step"), tr("State"), tr("Date"), tr("Files"), tr("Backup set")});
    m_backups->setAccessibleName(tr("Backup sets"));
    m_backups->setAccessibleDescription(tr("Earlier fixes of this installation that can be undone"));
    m_undoButton->setText(tr("&Undo..."));
    m_undoButton->setAccessibleName(tr("Undo the selected backup set"));
    m_reloadButton->setText(tr("Re&load list"));
    m_reloadButton->setAccessibleName(tr("Reload the list of backup sets"));
    refresh();
}

void UndoPanel::setApplying(bool applying)
{
    m_applying = applying;
    updateButtons();
}

void UndoPanel::refresh()
{
    const QString keep = m_backups->currentItem() ? m_backups->currentItem()->data(Bk_Id, Qt::UserRole).toString()
                                                  : QString();
    m_backups->clear();
    if (!m_session->target().isValid()) {
        m_status->setText(m_message);
        updateButtons();
        return;
    }
    QList<KbError> problems;
    const QList<BackupSet> sets = m_session->backupStore().list(&problems);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const BackupSet &s : sets) {
        auto *item = new QTreeWidgetItem(m_backups);
        QStringList files;
        for (const BackupItem &i : s.items) // the real path, not the manifest's label (review M1)
            files.append(trustedDisplay(i, m_session->target().pccsrv));
        item->setText(Bk_Id, s.id);
        item->setData(Bk_Id, Qt::UserRole, s.id);
        item->setFont(Bk_Id, mono);
        // The step's title in the current language; its id stays in the tooltip.
        const Article *article = findArticle(m_session->articles(), s.articleId);
        const Step *step = article ? article->step(s.stepId) : nullptr;
        item->setText(Bk_Step, step ? step->title : s.stepId);
        item->setToolTip(Bk_Step, s.articleId + QLatin1Char('/') + s.stepId);
        item->setText(Bk_State, stateText(s.state));
        item->setData(Bk_State, Qt::UserRole, int(s.state));
        item->setText(Bk_Date, shortDateTime(s.created));
        item->setText(Bk_Files, files.join(QLatin1String(", ")));
        item->setToolTip(Bk_Files, files.join(QLatin1Char('\n')));
        if (s.id == keep)
            m_backups->setCurrentItem(item);
    }
    // Fitted to their contents plus a gap, so neighbouring columns never touch.
    const int gap = m_backups->fontMetrics().horizontalAdvance(QStringLiteral("MM"));
    for (int c = 0; c < Bk_Id; ++c) {
        m_backups->resizeColumnToContents(c);
        m_backups->setColumnWidth(c, m_backups->columnWidth(c) + gap);
    }
    // A long list of files (the tooltip has them all) leaves room for the id.
    const int filesCap = qMax(160, m_backups->viewport()->width() / 3);
    if (m_backups->columnWidth(Bk_Files) > filesCap)
        m_backups->setColumnWidth(Bk_Files, filesCap);
    if (!m_backups->currentItem() && m_backups->topLevelItemCount() > 0)
        m_backups->setCurrentItem(m_backups->topLevelItem(0));
    QStringList text;
    if (!m_message.isEmpty())
        text << m_message;
    if (sets.isEmpty())
        text << tr("No backup sets yet for this installation. They are kept in %1.")
                    .arg(QDir::toNativeSeparators(m_session->backupRoot()));
    for (const KbError &p : problems)
        text << tr("A backup set could not be read: %1").arg(p.toString());
    m_status->setText(text.join(QLatin1Char('\n')));
    updateButtons();
}

void UndoPanel::updateButtons()
{
    const bool busy = m_applying || isBusy();
    QTreeWidgetItem *set = m_backups->currentItem();
    const auto state = set ? BackupSet::State(set->data(Bk_State, Qt::UserRole).toInt())
                           : BackupSet::State::Undone;
    m_undoButton->setEnabled(!busy && set
                             && (state == BackupSet::State::Applied || state == BackupSet::State::Prepared));
    m_reloadButton->setEnabled(!busy);
}

void UndoPanel::startUndo(const QString &setId, bool force)
{
    if (m_applying || isBusy() || setId.isEmpty())
        return;
    m_message = tr("Undoing backup set %1...").arg(setId);
    m_status->setText(m_message);
    // Undo may restart services (minutes on a busy server): never on the UI thread. While it
    // runs the wizard keeps Back, the commit button and Close disabled, so nothing else changes
    // the Session's target, host or runs.
    Session *session = m_session;
    m_watcher.setFuture(QtConcurrent::run([session, setId, force] {
        Result r;
        r.setId = setId;
        r.force = force;
        r.error = session->undo(setId, force, &r.messages);
        return r;
    }));
    updateButtons();
    Q_EMIT busyChanged(true);
}

void UndoPanel::undoFinished()
{
    const Result r = m_watcher.result();
    updateButtons();
    Q_EMIT busyChanged(false);
    if (r.error.code == QLatin1String("backup.changed-since") && !r.force) {
        QMessageBox box(QMessageBox::Warning, tr("Undo"),
                        tr("Files of backup set %1 changed after the fix.").arg(r.setId), QMessageBox::Cancel, this);
        box.setInformativeText(tr("%1\n\nUndo anyway puts the saved files back and loses those later "
                                  "changes.").arg(r.error.toString()));
        QPushButton *anyway = box.addButton(tr("Undo &anyway"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() == anyway) {
            startUndo(r.setId, true);
            return;
        }
        m_message = tr("Nothing was changed.");
    } else if (r.error) {
        m_message = tr("Undo failed: %1").arg(redactText(r.error.toString()));
    } else {
        QStringList lines{tr("Backup set %1 was restored. Run the diagnosis again to confirm "
                             "(Back, then Run again).").arg(r.setId)};
        lines << r.messages;
        m_message = redactText(lines.join(QLatin1Char('\n')));
    }
    refresh();
    if (!r.error)
        Q_EMIT undone(r.setId);
}

} // namespace kb
