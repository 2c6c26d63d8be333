#pragma once

#include "fixes/fix.h"

#include <QUrl>
#include <functional>

namespace kb {

struct HttpResult;

// The preparation of PatternDownloadFix, run by FixExecutor on its worker thread before any
// backup: reads <source>/server.ini, takes the wanted component entries (merge entries are not
// components), downloads each from the Server.1 base into a temporary folder with progress and
// cancel, checks size and digest where server.ini gives them, unpacks them there, and turns
// the unpacked pattern files into FileEdits for the pattern folder (createsFile for new
// files). Any failure (HTTP error, stall, partial download, wrong size, damaged archive, full
// disk, cancel) returns an error while the pattern folder is still untouched.
//
// What it trusts (security review H3, M4): only what the configured source's server.ini
// says, and only as far as it can be checked. Server.1 must be on the source's host (and https
// when the source is); a component path is a plain relative path; its size must be given and
// within maxDownloadBytes (all archives together); the download stops at the first byte past
// that size; a digest, where given, must match. Each archive must hold exactly one file, the
// pattern file of its component: patternFilter with "*" replaced by the component's version
// ("fup*.ptn" + 23517 = fup23517.ptn); any other name, folder or extra file refuses the
// download. Unpacked bytes (declared sizes, before writing, and every block while unpacking)
// count against maxUnpackedBytes. Nothing is held in memory whole: the download goes to a file,
// its digest is computed reading it in chunks, entries are unpacked block by block with their
// SHA-256 computed as they are written, and the edits are streamed ones (FileEdit::afterFile)
// that the executor and the backup copy in chunks, checking those digests.
// Trend's .sig signatures are in a format this program cannot check (README, limitations).
class PatternDownload final : public FixPreparation
{
public:
    // Caps of one pattern download (a pattern set is tens of MB).
    static constexpr qint64 kMaxDownloadBytes = qint64(256) * 1024 * 1024;
    static constexpr qint64 kMaxUnpackedBytes = qint64(256) * 1024 * 1024;

    struct Params
    {
        QUrl source;                 // update source; server.ini is <source>/server.ini
        QStringList componentIds;    // "P.48040033", "P.48040034"
        QString patternFolder;       // relative to PCCSRV
        QString patternFilter;       // e.g. "fup*.ptn": "*" is the component's version
        qint64 maxDownloadBytes = kMaxDownloadBytes; // all archives together
        qint64 maxUnpackedBytes = kMaxUnpackedBytes; // all unpacked files together
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
