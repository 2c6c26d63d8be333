#include "diagnosepage.h"

#include "messagebanner.h"
#include "report/redact.h"
#include "session.h"
#include "statuspresentation.h"
#include "articles/articles.h"

#include <QDir>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kb {

namespace {

enum EvidenceColumn { Ev_Where, Ev_Key, Ev_Found, Ev_Expected, Ev_Note, Ev_Count };

QString durationText(qint64 ms)
{
    if (ms < 1000)
        //: Duration of a check in milliseconds.
        return DiagnosePage::tr("%L1 ms").arg(ms);
    //: Duration of a check in seconds.
    return DiagnosePage::tr("%L1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
}

QString captioned(const QString &caption, const QString &text)
{
    return QStringLiteral("<b>%1</b> %2").arg(caption.toHtmlEscaped(),
                                              text.toHtmlEscaped().replace(QLatin1Char('\n'),
                                                                           QLatin1String("<br>")));
}

QLabel *detailLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

} // namespace

DiagnosePage::DiagnosePage(Session *session, QWidget *parent)
    : QWizardPage(parent), m_session(session)
{
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(this);
    m_cancelButton = new QPushButton(this);
    m_rerunButton = new QPushButton(this);

    m_errorPanel = new MessageBanner(this);
    m_errorPanel->setIcon(statusIcon(Status::Error));
    m_retryButton = new QPushButton;
    m_errorPanel->addButton(m_retryButton);

    // A fix interrupted by a crash or a power cut: said before anything else on the page.
    m_interruptedPanel = new MessageBanner(this);
    m_interruptedPanel->setIcon(statusIcon(Status::Warn));
    for (QPushButton *b : {m_cancelButton, m_rerunButton, m_retryButton})
        b->setAutoDefault(false);

    m_stepsLabel = new QLabel(this);
    m_steps = new QTreeWidget(this);
    m_steps->setColumnCount(Col_Count);
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->setAllColumnsShowFocus(true);
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(Col_Step, QHeaderView::Interactive);
    m_steps->header()->setSectionResizeMode(Col_Status, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(Col_Message, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(Col_Time, QHeaderView::ResizeToContents);
    m_steps->setColumnWidth(Col_Step, 240);
    m_stepsLabel->setBuddy(m_steps);

    auto *details = new QWidget;
    m_whyLabel = detailLabel(details);
    m_evidenceLabel = new QLabel(details);
    m_evidence = new QTableWidget(0, Ev_Count, details);
    m_evidence->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_evidence->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_evidence->setWordWrap(true);
    m_evidence->verticalHeader()->hide();
    m_evidence->horizontalHeader()->setStretchLastSection(true);
    m_evidence->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_evidence->setColumnWidth(Ev_Where, 220);
    m_evidence->setColumnWidth(Ev_Key, 150);
    m_evidence->setColumnWidth(Ev_Found, 130);
    m_evidence->setColumnWidth(Ev_Expected, 150);
    m_evidence->setMinimumHeight(90);
    m_evidenceLabel->setBuddy(m_evidence);
    m_manualLabel = detailLabel(details);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 6, 0, 0);
    detailsLayout->addWidget(m_whyLabel);
    detailsLayout->addWidget(m_evidenceLabel);
    detailsLayout->addWidget(m_evidence, 1);
    detailsLayout->addWidget(m_manualLabel);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_stepsLabel);
    topLayout->addWidget(m_steps);
    splitter->addWidget(top);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);
    progressRow->addWidget(m_rerunButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_interruptedPanel);
    layout->addWidget(m_summary);
    layout->addLayout(progressRow);
    layout->addWidget(m_errorPanel);
    layout->addWidget(splitter, 1);

    setTabOrder(m_cancelButton, m_rerunButton);
    setTabOrder(m_rerunButton, m_retryButton);
    setTabOrder(m_retryButton, m_steps);
    setTabOrder(m_steps, m_evidence);

    connect(m_cancelButton, &QPushButton::clicked, m_session, &Session::cancelDiagnosis);
    connect(m_rerunButton, &QPushButton::clicked, this, &DiagnosePage::start);
    connect(m_retryButton, &QPushButton::clicked, this, &DiagnosePage::start);
    connect(m_steps, &QTreeWidget::currentItemChanged, this, &DiagnosePage::showDetails);
    connect(m_session, &Session::stepFinished, this, &DiagnosePage::updateStep);
    connect(m_session, &Session::diagnosisProgress, this, &DiagnosePage::onProgress);
    connect(m_session, &Session::diagnosisFinished, this, &DiagnosePage::onFinished);
    // A fix replaces the step's result with its verification: keep the list truthful.
    connect(m_session, &Session::fixFinished, this, [this](const QString &stepId) {
        updateStep(stepId);
        updateSummary();
    });
    retranslateUi();
}

void DiagnosePage::retranslateUi()
{
    setTitle(tr("Diagnosis"));
    setSubTitle(tr("The wizard runs the article's checks. Nothing is changed on the server. "
                   "Select a step to see what was found."));
    m_progress->setAccessibleName(tr("Progress of the checks"));
    //: Progress bar text: %v checks done of %m.
    m_progress->setFormat(tr("%v of %m checks"));
    m_cancelButton->setText(tr("&Stop checks"));
    m_cancelButton->setAccessibleName(tr("Stop checks"));
    m_cancelButton->setAccessibleDescription(tr("Stops the checks still running; their steps are "
                                                "shown as cancelled."));
    m_rerunButton->setText(tr("&Run again"));
    m_rerunButton->setAccessibleName(tr("Run the checks again"));
    m_rerunButton->setAccessibleDescription(tr("Runs every check of the article again. Nothing on "
                                               "the server is changed."));
    m_retryButton->setText(tr("Retr&y"));
    m_retryButton->setAccessibleName(tr("Retry the checks"));
    m_retryButton->setAccessibleDescription(tr("Runs the checks again after an error."));
    m_stepsLabel->setText(tr("S&teps of the article:"));
    m_steps->setHeaderLabels({tr("Step"), tr("Status"), tr("Result"), tr("Time")});
    m_steps->setAccessibleName(tr("Steps of the article"));
    m_steps->setAccessibleDescription(tr("Each step with its status, result and duration"));
    m_evidenceLabel->setText(tr("&What was found:"));
    m_evidence->setHorizontalHeaderLabels({tr("Where"), tr("Key"), tr("Found"), tr("Expected"), tr("Note")});
    m_evidence->setAccessibleName(tr("What was found"));
    m_evidence->setAccessibleDescription(tr("Evidence of the selected step: where, key, value "
                                            "found, value expected, note"));
    if (m_session->article())
        rebuildSteps();
    updateSummary();
}

void DiagnosePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void DiagnosePage::initializePage()
{
    start();
}

void DiagnosePage::showInterruptedFixes()
{
    const QList<BackupSet> sets = m_session->interruptedFixes();
    QStringList which;
    for (const BackupSet &s : sets) {
        const Article *a = findArticle(m_session->articles(), s.articleId);
        const Step *step = a ? a->step(s.stepId) : nullptr;
        //: %1 = step title, %2 = date and time the fix started
        which << tr("%1, started %2").arg(step ? step->title : s.stepId,
                                          shortDateTime(s.created));
    }
    m_interruptedPanel->setMessage(sets.isEmpty() ? QString() :
        tr("%n fix(es) did not finish (KB Wizard was closed or the computer stopped during the "
           "fix): %1. The files may hold the old or the new content; each backup is kept, so undo "
           "it on the Fix page under \"Undo earlier changes\".",
           nullptr, int(sets.size()))
            .arg(which.join(QLatin1String("; "))));
    m_interruptedPanel->label()->setAccessibleName(m_interruptedPanel->message());
}

void DiagnosePage::cleanupPage()
{
    if (m_session->isDiagnosing())
        m_session->cancelDiagnosis();
    QWizardPage::cleanupPage();
}

void DiagnosePage::start()
{
    m_finished = false;
    m_running = m_session->article() != nullptr;
    m_errorPanel->hide();
    int checks = 0;
    if (const Article *a = m_session->article())
        for (const Step &s : a->steps)
            checks += s.check ? 1 : 0;
    m_progress->setRange(0, qMax(checks, 1));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    showInterruptedFixes();
    m_session->startDiagnosis(); // resets the run: every step starts as "not run"
    rebuildSteps();
    updateSummary();
    Q_EMIT completeChanged();
}

void DiagnosePage::rebuildSteps()
{
    const QString selected = m_steps->currentItem() ? m_steps->currentItem()->data(Col_Step, Qt::UserRole).toString()
                                                    : QString();
    m_steps->clear();
    const Article *a = m_session->article();
    const ArticleRun *run = m_session->currentRun();
    if (!a)
        return;
    for (const Step &s : a->steps) {
        auto *item = new QTreeWidgetItem(m_steps);
        item->setData(Col_Step, Qt::UserRole, s.id);
        fillRow(item, s, run ? run->step(s.id) : nullptr);
        if (s.id == selected)
            m_steps->setCurrentItem(item);
    }
    // The step titles in full where they fit (German ones are long), never more than about
    // two fifths of the table: the result column needs room too.
    m_steps->resizeColumnToContents(Col_Step);
    const int cap = qMax(200, m_steps->viewport()->width() * 2 / 5);
    if (m_steps->columnWidth(Col_Step) > cap)
        m_steps->setColumnWidth(Col_Step, cap);
    showDetails();
}

void DiagnosePage::fillRow(QTreeWidgetItem *item, const Step &step, const StepRun *run)
{
    const Status status = run ? run->result.status : Status::NotRun;
    item->setText(Col_Step, step.title);
    item->setToolTip(Col_Step, QStringLiteral("%1 (%2)").arg(step.title, step.id));
    item->setIcon(Col_Status, statusIcon(status));
    if (status == Status::NotRun && m_running)
        //: Status of a step whose check is still running.
        item->setText(Col_Status, tr("Checking..."));
    else
        item->setText(Col_Status, statusText(status));
    const QString message = run ? redactText(run->result.message) : QString();
    item->setText(Col_Message, message);
    item->setToolTip(Col_Message, message);
    item->setText(Col_Time, run && run->result.status != Status::NotRun && step.check
                                ? durationText(run->result.durationMs)
                                : QString());
}

void DiagnosePage::updateStep(const QString &stepId)
{
    const Article *a = m_session->article();
    const ArticleRun *run = m_session->currentRun();
    const Step *step = a ? a->step(stepId) : nullptr;
    if (!step)
        return;
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_steps->topLevelItem(i);
        if (item->data(Col_Step, Qt::UserRole).toString() == stepId)
            fillRow(item, *step, run ? run->step(stepId) : nullptr);
    }
    if (m_steps->currentItem() && m_steps->currentItem()->data(Col_Step, Qt::UserRole) == stepId)
        showDetails();
}

void DiagnosePage::showDetails()
{
    QTreeWidgetItem *item = m_steps->currentItem();
    const Article *a = m_session->article();
    const ArticleRun *run = m_session->currentRun();
    const QString stepId = item ? item->data(Col_Step, Qt::UserRole).toString() : QString();
    const Step *step = a ? a->step(stepId) : nullptr;
    const StepRun *sr = run ? run->step(stepId) : nullptr;
    m_evidence->setRowCount(0);
    if (!step) {
        m_whyLabel->setText(tr("Select a step to see why it matters and what was found."));
        m_evidenceLabel->hide();
        m_evidence->hide();
        m_manualLabel->hide();
        return;
    }
    QString text = captioned(tr("%1:").arg(step->title), step->why);
    if (sr && sr->result.status != Status::NotRun)
        text += QLatin1String("<br>") + captioned(tr("Result (%1):").arg(statusText(sr->result.status)),
                                                  redactText(sr->result.message));
    m_whyLabel->setText(text);

    const QList<EvidenceRow> rows = sr ? sr->result.evidence : QList<EvidenceRow>();
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_evidence->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const EvidenceRow e = redactEvidence(rows.at(r)); // the engine redacts too; the page never relies on it
        QString where = e.item;
        if (where.isEmpty()) {
            where = QDir::toNativeSeparators(e.file);
            if (!e.section.isEmpty())
                where += QStringLiteral(" [%1]").arg(e.section);
        }
        const QStringList cells = {where, e.key, e.found, e.expected, e.note};
        for (int c = 0; c < Ev_Count; ++c) {
            auto *cell = new QTableWidgetItem(cells.at(c));
            cell->setToolTip(cells.at(c));
            cell->setTextAlignment(Qt::AlignLeft | Qt::AlignTop); // a tall note must not float the rest
            if (c != Ev_Note)
                cell->setFont(mono);
            m_evidence->setItem(r, c, cell);
        }
    }
    m_evidence->resizeRowsToContents();
    m_evidenceLabel->setVisible(!rows.isEmpty());
    m_evidence->setVisible(!rows.isEmpty());

    // Manual steps say what to do; other steps may add what to do after their fix.
    m_manualLabel->setText(captioned(tr("What to do by hand:"), step->manual));
    m_manualLabel->setVisible(!step->manual.isEmpty());
}

void DiagnosePage::onProgress(int done, int total)
{
    m_progress->setRange(0, qMax(total, 1));
    m_progress->setValue(done);
}

void DiagnosePage::onFinished()
{
    if (!m_running)
        return;
    m_running = false;
    m_finished = true;
    m_progress->setValue(m_progress->maximum());
    rebuildSteps();
    updateSummary();

    // The first problem is what the user wants to read: select it.
    const ArticleRun *run = m_session->currentRun();
    if (run && !m_steps->currentItem()) {
        for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
            const StepRun *sr = run->step(m_steps->topLevelItem(i)->data(Col_Step, Qt::UserRole).toString());
            if (sr && (sr->result.status == Status::Fail || sr->result.status == Status::Error
                       || sr->result.status == Status::Warn)) {
                m_steps->setCurrentItem(m_steps->topLevelItem(i));
                break;
            }
        }
    }

    int errors = 0;
    QString firstReason;
    if (run)
        for (const StepRun &s : run->steps)
            if (s.result.status == Status::Error) {
                if (firstReason.isEmpty())
                    firstReason = redactText(s.result.message);
                ++errors;
            }
    m_errorPanel->setMessage(errors > 0 ? tr("%n check(s) could not run. First reason: %1", nullptr, errors).arg(firstReason)
                                        : QString());
    Q_EMIT completeChanged();
}

void DiagnosePage::updateSummary()
{
    m_cancelButton->setEnabled(m_running);
    m_rerunButton->setEnabled(!m_running && m_session->article());
    const Article *a = m_session->article();
    const ArticleRun *run = m_session->currentRun();
    if (!a) {
        m_summary->setText(tr("Choose a symptom first."));
        return;
    }
    const QString where = QDir::toNativeSeparators(m_session->target().pccsrv);
    if (m_running || !run) {
        m_summary->setText(tr("Checking \"%1\" on %2...").arg(a->title, where));
        return;
    }
    QStringList parts;
    for (Status s : {Status::Fail, Status::Error, Status::Warn, Status::Manual, Status::Pass}) {
        int n = 0;
        for (const StepRun &sr : run->steps)
            n += sr.result.status == s ? 1 : 0;
        if (n > 0)
            //: A status and how many steps have it, e.g. "Failed: 2".
            parts.append(tr("%1: %2").arg(statusText(s)).arg(n));
    }
    m_summary->setText(tr("Checked \"%1\" on %2. %3").arg(a->title, where, parts.join(QLatin1String(", "))));
}

bool DiagnosePage::isComplete() const
{
    return m_finished && !m_session->isDiagnosing();
}

} // namespace kb
