#pragma once

#include "host/iislogfinder.h"
#include "kberror.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace kb {

class Session;

// The zip a user sends to Trend Micro support: the session's report and the newest IIS logs of
// the console site, with secrets masked. The GUI's "Save support bundle" and the CLI's
// `--bundle FILE` both call write().
namespace SupportBundle {

struct Options
{
    int newestLogs = -1;                       // -1: as the step's rule says (IisLogRule::newest)
    qint64 maxLogBytes = 32 * 1024 * 1024;     // a larger log contributes only its last bytes
};

struct Contents
{
    QStringList entries;        // names inside the zip, in order
    QList<IisLogFile> logs;     // the logs packed
    QStringList truncated;      // display paths of logs cut to their last maxLogBytes
    QStringList skipped;        // display paths of logs not packed: links (never followed)
};

// Writes `zipPath` (atomically) with:
//   README.txt                      what is inside, what was masked, the Case Diagnostic Tool step
//   report.json, report.txt,        Report::build(session) and its renderings (already redacted)
//   report.html
//   iis-logs/W3SVC<id>/<file>.log   the newest IIS logs found by the IisLogsCheck of the
//                                   current article, else of the first diagnosed article that
//                                   has one (article 002), on that run's installation; none
//                                   when no diagnosed article has one
// Every line of every entry passes through redactText() with the session's secrets (the
// values of fix inputs whose names are secret, e.g. a password typed for the IIS fix).
KbError write(const Session &session, const QString &zipPath, Contents *contents = nullptr,
              const Options &options = Options());

// A log's bytes with every line passed through redactText(line, secrets); CRLF kept. Lines
// under a W3C "#Fields:" directive are redacted field by field: cookie fields (cs(Cookie))
// whole, cs-uri-query as a query string. Text that is not valid UTF-8 is read as Latin-1 (W3C
// logs are ASCII, query strings percent-encoded).
QByteArray redactLog(const QByteArray &bytes, const QStringList &secrets);

// The values of the session's fix inputs whose names are secret (isSecretKey).
QStringList sessionSecrets(const Session &session);

} // namespace SupportBundle

} // namespace kb
