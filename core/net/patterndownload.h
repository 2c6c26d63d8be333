#pragma once

#include "fixes/fix.h"

#include <QUrl>
#include <functional>

namespace kb {

struct HttpResult;

// The preparation of PatternDownloadFix, run by FixExecutor on its worker thread before any
// backup: reads <source>/server.ini, takes the wanted component entries (merge entries are not
// components), downloads each from the Server.1 base into a temporary folder with progress and
// cancel, checks size (and digest) where server.ini gives them, unpacks them there, and turns
// every unpacked file into a FileEdit for the pattern folder (createsFile for new files). Any
// failure (HTTP error, stall, partial download, wrong size, damaged archive, full disk,
// cancel) returns an error while the pattern folder is still untouched.
class PatternDownload final : public FixPreparation
{
public:
    struct Params
    {
        QUrl source;                 // update source; server.ini is <source>/server.ini
        QStringList componentIds;    // "P.48040033", "P.48040034"
        QString patternFolder;       // relative to PCCSRV
        QString patternFilter;       // at least one unpacked file must match, e.g. "fup*.ptn"
        int timeoutMs = 15 * 60 * 1000; // per request
        int stallTimeoutMs = 60000;
        // Free bytes on the volume holding `path` (tests simulate a full disk); null: QStorageInfo.
        std::function<qint64(const QString &path)> freeBytes;
    };

    explicit PatternDownload(Params params) : m_params(std::move(params)) {}
    QString describe() const override;
    KbError run(const CheckContext &ctx, QList<FileEdit> *edits, QStringList *messages) const override;

    // "HTTP 404 Not Found" / "no data for 60 s (stalled)" / ...: why a GET failed, one line.
    static QString failureText(const HttpResult &r);

private:
    KbError download(const CheckContext &ctx, const QUrl &url, const QString &file,
                     qint64 expectedSize, qint64 doneBefore, qint64 total, qint64 *received) const;
    qint64 freeBytes(const QString &path) const;

    Params m_params;
};

} // namespace kb
