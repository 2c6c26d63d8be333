#pragma once

#include "kberror.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <atomic>

namespace kb {

// Archives through libarchive (Debian's libarchive-dev): zip (and the other formats
// libarchive reads) for pattern files, zip for support bundles.
namespace Archive {

struct Entry
{
    QString name;       // path inside the archive, '/' separators
    QByteArray data;
};

// Extracts every regular file of `archivePath` into `destDir` (which must exist). Refuses
// entries that would land outside destDir (absolute paths, "..", links). Writes into a
// temporary folder first and moves the files only when the whole archive was read without
// error, so a truncated or corrupt archive leaves destDir untouched. `names` receives the
// extracted relative paths.
KbError extractAll(const QString &archivePath, const QString &destDir, QStringList *names,
                   const std::atomic<bool> *cancelled = nullptr);

// Writes a zip file atomically (QSaveFile) with the given entries.
KbError writeZip(const QString &zipPath, const QList<Entry> &entries);

// Lists the regular files in an archive (for tests and evidence).
QStringList list(const QString &archivePath, KbError *error);

} // namespace Archive

} // namespace kb
