#include "reportpage.h"

#include "backup/atomicfile.h"
#include "report/report.h"
#include "report/reportsummary.h"
#include "reportprinter.h"
#include "session.h"
#include "statuspresentation.h"
#include "report/supportbundle.h"

#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHideEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QTextBrowser>
#include <QTextOption>
#include <QVBoxLayout>
#include <QWizard>
#include <QtConcurrent/QtConcurrentRun>

namespace kb {

ReportPage::ReportPage(Session *session, QWidget *parent)
    : QWizardPage(parent), m_session(session)
{
    m_summaryRow = new QWidget(this);
    m_summaryLayout = new QHBoxLayout(m_summaryRow);
    m_summaryLayout->setContentsMargins(0, 0, 0, 0);
    m_summaryMore = new QLabel(this);
    m_summaryMore->setWordWrap(true);

    m_browserLabel = new QLabel(this);
    m_browser = new QTextBrowser(this);
    m_browser->setOpenLinks(false); // the report is self-contained; nothing to follow
    QTextOption wrap = m_browser->document()->defaultTextOption();
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // long paths wrap, never hide
    m_browser->document()->setDefaultTextOption(wrap);
    m_browserLabel->setBuddy(m_browser);

    m_printButton = new QPushButton(this);
    m_previewButton = new QPushButton(this);
    m_savePdfButton = new QPushButton(this);
    m_saveHtmlButton = new QPushButton(this);
    m_saveTextButton = new QPushButton(this);
    m_saveJsonButton = new QPushButton(this);
    m_copyButton = new QPushButton(this);
    m_bundleButton = new QPushButton(this);
    const QList<QPushButton *> all{m_printButton, m_previewButton, m_savePdfButton, m_saveHtmlButton,
                                   m_saveTextButton, m_saveJsonButton, m_copyButton, m_bundleButton};
    for (QPushButton *b : all)
        b->setAutoDefault(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Two rows: paper and files, then clipboard and support.
    auto *buttons = new QGridLayout;
    for (int i = 0; i < all.size(); ++i)
        buttons->addWidget(all.at(i), i / 4, i % 4);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryRow);
    layout->addWidget(m_summaryMore);
    layout->addWidget(m_browserLabel);
    layout->addWidget(m_browser, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_printButton, &QPushButton::clicked, this, &ReportPage::print);
    connect(m_previewButton, &QPushButton::clicked, this, &ReportPage::printPreview);
    connect(m_savePdfButton, &QPushButton::clicked, this, [this] { askAndSave(QStringLiteral("pdf")); });
    connect(m_saveHtmlButton, &QPushButton::clicked, this, [this] { askAndSave(QStringLiteral("html")); });
    connect(m_saveTextButton, &QPushButton::clicked, this, [this] { askAndSave(QStringLiteral("txt")); });
    connect(m_saveJsonButton, &QPushButton::clicked, this, [this] { askAndSave(QStringLiteral("json")); });
    connect(m_copyButton, &QPushButton::clicked, this, &ReportPage::copySummary);
    connect(m_bundleButton, &QPushButton::clicked, this, &ReportPage::askAndSaveBundle);
    connect(&m_bundleWatcher, &QFutureWatcher<KbError>::finished, this, [this] {
        const KbError e = m_bundleWatcher.result();
        setBusy(false);
        if (e)
            m_status->setText(tr("The support bundle was not saved: %1").arg(e.toString()));
        else
            m_status->setText(tr("Support bundle saved to %1. Attach it to your support case.")
                                  .arg(QDir::toNativeSeparators(m_bundlePath)));
        emit bundleFinished(m_bundlePath, !e);
    });
    retranslateUi();
}

ReportPage::~ReportPage()
{
    waitForBundle();
}

void ReportPage::retranslateUi()
{
    setTitle(tr("Report"));
    setSubTitle(tr("What was checked, what was found and what was changed. Passwords and other "
                   "secrets never appear in it."));
    m_browserLabel->setText(tr("R&eport:"));
    m_browser->setAccessibleName(tr("Report"));
    m_browser->setAccessibleDescription(tr("The whole report: the summary, the manual steps still "
                                           "open, and each step with what was found and fixed."));
    m_printButton->setText(tr("&Print..."));
    m_printButton->setAccessibleName(tr("Print the report"));
    m_printButton->setAccessibleDescription(tr("Prints the report on one of this computer's printers."));
    m_previewButton->setText(tr("Print pre&view..."));
    m_previewButton->setAccessibleName(tr("Show the printed pages before printing"));
    m_previewButton->setAccessibleDescription(tr("Opens a preview of the printed pages, with page "
                                                 "numbers, from which they can be printed."));
    m_savePdfButton->setText(tr("Save P&DF..."));
    m_savePdfButton->setAccessibleName(tr("Save the report as PDF"));
    m_savePdfButton->setAccessibleDescription(tr("Saves the report as a PDF file for a ticket; "
                                                 "passwords are never in it."));
    m_saveHtmlButton->setText(tr("Save H&TML..."));
    m_saveHtmlButton->setAccessibleName(tr("Save the report as HTML"));
    m_saveHtmlButton->setAccessibleDescription(tr("Saves the report as a web page that opens in "
                                                  "any browser; passwords are never in it."));
    m_saveTextButton->setText(tr("Save te&xt..."));
    m_saveTextButton->setAccessibleName(tr("Save the report as plain text"));
    m_saveTextButton->setAccessibleDescription(tr("Saves the report as a text file, for tickets "
                                                  "and e-mail; passwords are never in it."));
    m_saveJsonButton->setText(tr("Save &JSON..."));
    m_saveJsonButton->setAccessibleName(tr("Save the report as JSON"));
    m_saveJsonButton->setAccessibleDescription(tr("Saves the report as JSON for scripts and "
                                                  "ticket systems; passwords are never in it."));
    m_copyButton->setText(tr("&Copy summary"));
    m_copyButton->setAccessibleName(tr("Copy the summary to the clipboard"));
    m_copyButton->setToolTip(tr("Copies the report as plain text, ready to paste into a support ticket."));
    m_bundleButton->setText(tr("Save &support bundle..."));
    m_bundleButton->setAccessibleName(tr("Save a support bundle for Trend Micro"));
    m_bundleButton->setToolTip(tr("A zip with this report and the newest IIS logs of the console, "
                                  "passwords masked, to attach to a support case."));
    if (!m_report.isEmpty())
        rebuild(); // the report's own texts are translated when it is built
}

void ReportPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ReportPage::initializePage()
{
    m_status->clear();
    rebuild();
}

void ReportPage::cleanupPage()
{
    waitForBundle(); // Back may change the session the bundle is reading
    QWizardPage::cleanupPage();
}

void ReportPage::hideEvent(QHideEvent *event)
{
    if (!event->spontaneous())
        waitForBundle(); // closing the wizard destroys the session
    QWizardPage::hideEvent(event);
}

void ReportPage::rebuild()
{
    m_report = Report::build(*m_session);
    m_browser->setHtml(Report::toHtml(m_report));
    rebuildSummary();
}

void ReportPage::rebuildSummary()
{
    while (QLayoutItem *item = m_summaryLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    const QJsonObject counts = Report::statusCounts(m_report);
    m_summaryLayout->addWidget(new QLabel(tr("Steps:"), m_summaryRow));
    QStringList spoken;
    for (Status s : {Status::Fail, Status::Error, Status::Warn, Status::Manual, Status::Pass, Status::NotRun}) {
        const int n = counts.value(statusId(s)).toInt();
        if (n == 0)
            continue;
        auto *icon = new QLabel(m_summaryRow);
        icon->setPixmap(statusIcon(s).pixmap(iconSize, iconSize));
        //: A status and how many steps have it, e.g. "Failed: 2".
        const QString text = tr("%1: %2").arg(statusText(s)).arg(n);
        m_summaryLayout->addWidget(icon);
        m_summaryLayout->addWidget(new QLabel(text, m_summaryRow));
        m_summaryLayout->addSpacing(12);
        spoken.append(text);
    }
    QStringList more;
    int fixed = 0;
    for (const QJsonValue &a : m_report.value(QLatin1String("articles")).toArray())
        for (const QJsonValue &s : a.toObject().value(QLatin1String("steps")).toArray()) {
            const QJsonObject fix = s.toObject().value(QLatin1String("fix")).toObject();
            fixed += fix.value(QLatin1String("state")).toString()
                     == fixOutcomeStateId(FixOutcome::State::Verified);
        }
    if (fixed > 0) {
        const QString text = tr("%n fix(es) applied and verified", nullptr, fixed);
        more.append(text);
        spoken.append(text);
    }
    const int open = Report::openManualSteps(m_report).size();
    if (open > 0) {
        const QString text = tr("%n thing(s) still to do by hand (see the report)", nullptr, open);
        more.append(text);
        spoken.append(text);
    }
    m_summaryLayout->addStretch(1);
    //: Separates "4 fixes applied and verified" from "5 manual steps still open"
    m_summaryMore->setText(more.join(tr("; ")));
    m_summaryMore->setVisible(!more.isEmpty());
    m_summaryRow->setAccessibleName(tr("Summary: %1").arg(spoken.join(QLatin1String(", "))));
}

QString ReportPage::suggestedFileName(const QString &suffix) const
{
    const QString article = m_session->articleId().isEmpty() ? QStringLiteral("session") : m_session->articleId();
    const QString name = QStringLiteral("kbwizard-report-%1-%2.%3")
                             .arg(article, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")), suffix);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name);
}

void ReportPage::askAndSave(const QString &format)
{
    QString title, filter;
    if (format == QLatin1String("pdf")) {
        title = tr("Save the report as PDF");
        filter = tr("PDF files (*.pdf)");
    } else if (format == QLatin1String("html")) {
        title = tr("Save the report as HTML");
        filter = tr("HTML files (*.html)");
    } else if (format == QLatin1String("txt")) {
        title = tr("Save the report as plain text");
        filter = tr("Text files (*.txt)");
    } else {
        title = tr("Save the report as JSON");
        filter = tr("JSON files (*.json)");
    }
    const QString path = QFileDialog::getSaveFileName(this, title, suggestedFileName(format), filter);
    if (!path.isEmpty())
        saveTo(format, path);
}

bool ReportPage::saveTo(const QString &format, const QString &path)
{
    KbError e;
    if (format == QLatin1String("pdf"))
        e = ReportPrinter::writePdf(m_report, path,
                                    ReportPrinter::pageSizeFor(QLocale::system()));
    else if (format == QLatin1String("html"))
        e = writeFileAtomically(path, Report::toHtml(m_report).toUtf8());
    else if (format == QLatin1String("txt"))
        e = writeFileAtomically(path, Report::toText(m_report).toUtf8());
    else
        e = writeFileAtomically(path, QJsonDocument(m_report).toJson(QJsonDocument::Indented));
    if (e)
        m_status->setText(tr("The report was not saved: %1").arg(e.toString()));
    else
        m_status->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
    emit saved(path, !e);
    return !e;
}

void ReportPage::askAndSaveBundle()
{
    const QString article = m_session->articleId().isEmpty() ? QStringLiteral("session") : m_session->articleId();
    const QString name = QStringLiteral("kbwizard-support-%1-%2.zip")
                             .arg(article, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save a support bundle"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name),
        tr("Zip files (*.zip)"));
    if (!path.isEmpty())
        saveBundleTo(path);
}

void ReportPage::saveBundleTo(const QString &path)
{
    if (isWritingBundle())
        return;
    m_bundlePath = path;
    setBusy(true);
    m_status->setText(tr("Writing the support bundle..."));
    const Session *session = m_session;
    // The session is only read; the page keeps it unchanged (buttons off, Back waits) until done.
    m_bundleWatcher.setFuture(QtConcurrent::run([session, path] { return SupportBundle::write(*session, path); }));
}

bool ReportPage::isWritingBundle() const
{
    return m_bundleWatcher.isRunning();
}

void ReportPage::waitForBundle()
{
    if (m_bundleWatcher.isRunning())
        m_bundleWatcher.waitForFinished();
}

void ReportPage::setBusy(bool busy)
{
    m_bundleButton->setEnabled(!busy);
    if (QWizard *w = wizard())
        w->button(QWizard::BackButton)->setEnabled(!busy);
}

QPrinter *ReportPage::printer()
{
    if (!m_printer) {
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        m_printer->setPageLayout(QPageLayout(ReportPrinter::pageSizeFor(QLocale::system()), QPageLayout::Portrait,
                                             QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        m_printer->setDocName(Report::headerLine(m_report));
    }
    return m_printer.get();
}

void ReportPage::print()
{
    auto *dialog = new QPrintDialog(printer(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        if (ReportPrinter::print(m_report, printer()) > 0)
            m_status->setText(tr("The report was sent to the printer."));
        else
            m_status->setText(tr("The report could not be printed."));
    });
    dialog->open();
}

void ReportPage::printPreview()
{
    auto *dialog = new QPrintPreviewDialog(printer(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print preview"));
    connect(dialog, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *p) { ReportPrinter::print(m_report, p); });
    dialog->open();
}

void ReportPage::copySummary()
{
    // The first page of the report: verdicts, changes, backup sets, manual steps, versions.
    QGuiApplication::clipboard()->setText(Report::summaryText(m_report));
    m_status->setText(tr("The summary is on the clipboard."));
}

} // namespace kb
