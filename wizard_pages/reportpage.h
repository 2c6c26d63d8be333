#pragma once

#include "kberror.h"

#include <QFutureWatcher>
#include <QJsonObject>
#include <QWizardPage>

#include <memory>

class QHBoxLayout;
class QLabel;
class QPrinter;
class QPushButton;
class QTextBrowser;

namespace kb {

class Session;

// Page 5, the last: the session's report (Report::build) as a status summary and the HTML
// report, with Print, Print preview, Save PDF/HTML/text/JSON, Copy summary and Save support
// bundle. Files are written atomically; the support bundle is written off the UI thread.
class ReportPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ReportPage(Session *session, QWidget *parent = nullptr);
    ~ReportPage() override;

    void initializePage() override;
    void cleanupPage() override;

    // The report in `format` ("pdf", "html", "txt", "json") to `path`; emits saved().
    bool saveTo(const QString &format, const QString &path);
    // Starts writing the support bundle to `path`; bundleFinished() follows.
    void saveBundleTo(const QString &path);
    bool isWritingBundle() const;
    // The printer Print and Print preview use (its page size follows the locale at first).
    QPrinter *printer();
    QJsonObject report() const { return m_report; }

Q_SIGNALS:
    void saved(const QString &path, bool ok);
    void bundleFinished(const QString &path, bool ok);

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    void rebuildSummary();
    void askAndSave(const QString &format);
    void askAndSaveBundle();
    void print();
    void printPreview();
    void copySummary();
    void waitForBundle();
    void setBusy(bool busy);
    QString suggestedFileName(const QString &suffix) const;

    Session *m_session;
    QJsonObject m_report;
    std::unique_ptr<QPrinter> m_printer;
    QFutureWatcher<KbError> m_bundleWatcher;
    QString m_bundlePath;

    QWidget *m_summaryRow;
    QHBoxLayout *m_summaryLayout;
    QLabel *m_summaryMore; // fixes applied, manual steps open: wraps (long in German)
    QLabel *m_browserLabel;
    QTextBrowser *m_browser;
    QPushButton *m_printButton;
    QPushButton *m_previewButton;
    QPushButton *m_savePdfButton;
    QPushButton *m_saveHtmlButton;
    QPushButton *m_saveTextButton;
    QPushButton *m_saveJsonButton;
    QPushButton *m_copyButton;
    QPushButton *m_bundleButton;
    QLabel *m_status;
};

} // namespace kb
