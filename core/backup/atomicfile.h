#pragma once

#include "kberror.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace kb {

// Writes `bytes` to `path` atomically: the file holds either its old or its new content, never
// a mix, whatever happens to the process. The new content goes to a temporary file beside it,
// named recognizably ".<name>.kbwizard-<random>.tmp", flushed and synced, then renamed over
// the original (POSIX rename; on Windows ReplaceFileW when the file exists, which keeps its
// DACL, owner, alternate data streams and hard links, MoveFileExW otherwise), then read back.
// A process killed mid-write leaves such a temporary file; the next write of the same file
// (or removeStaleTemporaries, which undo calls) removes it. Returns an error naming the file.
// `faultPhase`: the fault point (see faultPoint) reached after half of the bytes are written.
KbError writeFileAtomically(const QString &path, const QByteArray &bytes,
                            const char *faultPhase = nullptr);
// The same, streamed: copies the file `source` to `path` in chunks of 1 MiB (never the whole file
// in memory), through the same temporary file, sync and rename. The SHA-256 of the bytes copied
// is computed while copying; when `expectedSha256` (hex) is given and differs, nothing is
// replaced (error "file.digest"). The result is read back in chunks and its digest compared.
// `copiedSha256` (if given) receives the digest. `faultPhase`: as above, after half the bytes.
KbError copyFileAtomically(const QString &path, const QString &source, const QString &expectedSha256,
                           const char *faultPhase = nullptr, QString *copiedSha256 = nullptr);
// The SHA-256 (hex) of a regular file, read in chunks; `size` (if given) gets its length.
KbError sha256OfFile(const QString &path, QString *hex, qint64 *size = nullptr);
// Removes the temporary files a killed writeFileAtomically(path, ...) left beside `path`.
void removeStaleTemporaries(const QString &path);
// True for a name writeFileAtomically gives its temporary files.
bool isAtomicWriteTemporary(const QString &fileName);
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
