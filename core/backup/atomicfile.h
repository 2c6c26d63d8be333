#pragma once

#include "kberror.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace kb {

// Writes `bytes` to `path` through QSaveFile: the file holds either its old or its new content,
// never a mix, whatever happens to the process. Returns an error naming the file.
// `faultPhase`: the fault point (see faultPoint) reached after half of the bytes are written.
KbError writeFileAtomically(const QString &path, const QByteArray &bytes,
                            const char *faultPhase = nullptr);
// Reads a whole file; an error names the file.
KbError readWholeFile(const QString &path, QByteArray *bytes, qint64 maxBytes = 256 * 1024 * 1024);

// While a FileReadLog lives on a thread, every file read there through readWholeFile (and
// IniDocument::load) is noted with the SHA-256 of the bytes read ("" when it does not exist):
// the repair plan records what a fix's plan read (core/repair/). Logs nest; the innermost notes.
class FileReadLog
{
public:
    FileReadLog();
    ~FileReadLog();
    FileReadLog(const FileReadLog &) = delete;
    FileReadLog &operator=(const FileReadLog &) = delete;

    QHash<QString, QString> reads; // absolute path -> sha256 hex of what was read, "" = absent
    // Notes a read on this thread's log, if any; `bytes` null: the file does not exist.
    static void note(const QString &path, const QByteArray *bytes);

private:
    FileReadLog *m_outer;
};

// Fault injection for tests of crash safety: when the environment variable
// KBWIZARD_FAULT equals `phase`, the process dies at once (as a power cut or a kill would),
// without unwinding or flushing anything. Phases: "before-backup", "after-backup", "mid-write",
// "before-verify".
void faultPoint(const char *phase);

} // namespace kb
