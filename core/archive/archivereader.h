#pragma once

#include "kberror.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <atomic>

namespace kb {

// Reading archives through libarchive (Debian's libarchive-dev): pattern archives.
// Only zip archives whose entries are stored or deflated are read; no other format, no
// decompression filter and never an external program (other formats: error "archive.format",
// naming the file and what it looks like).
namespace Archive {

// The default cap on the bytes one extraction may unpack (a pattern set is tens of MB).
constexpr qint64 kDefaultMaxUnpackedBytes = qint64(1) << 30;

// Extracts every regular file of `archivePath` into `destDir` (which must exist). Refuses
// entries that would land outside destDir (absolute paths, "..", links), encrypted entries,
// compression methods other than stored/deflate, and an archive whose entries unpack (by their
// declared sizes, checked before anything is written, and by the bytes actually read) to more
// than `maxUnpackedBytes` in all. Writes into a temporary folder first and moves the files
// only when the whole archive was read without error, so a truncated or corrupt archive
// leaves destDir untouched. `names` receives the extracted relative paths; `unpackedBytes` (if
// given) the bytes written. Entries are streamed to disk block by block (never a whole entry in
// memory) and the cap is checked on every block, so an entry that inflates beyond its declared
// size or the cap is stopped mid-stream, and nothing of it is left. `sha256` (if given) receives,
// per extracted name, the SHA-256 (hex) of its bytes, computed while they were written.
KbError extractAll(const QString &archivePath, const QString &destDir, QStringList *names,
                   const std::atomic<bool> *cancelled = nullptr,
                   qint64 maxUnpackedBytes = kDefaultMaxUnpackedBytes, qint64 *unpackedBytes = nullptr,
                   QHash<QString, QString> *sha256 = nullptr);

// Lists the regular files in an archive (for tests and evidence).
QStringList list(const QString &archivePath, KbError *error);

} // namespace Archive

} // namespace kb
