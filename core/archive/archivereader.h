#pragma once

#include "kberror.h"

#include <QString>
#include <QStringList>
#include <atomic>

namespace kb {

// Reading archives through libarchive (Debian's libarchive-dev): pattern archives.
namespace Archive {

// Extracts every regular file of `archivePath` into `destDir` (which must exist). Refuses
// entries that would land outside destDir (absolute paths, "..", links). Writes into a
// temporary folder first and moves the files only when the whole archive was read without
// error, so a truncated or corrupt archive leaves destDir untouched. `names` receives the
// extracted relative paths.
KbError extractAll(const QString &archivePath, const QString &destDir, QStringList *names,
                   const std::atomic<bool> *cancelled = nullptr);

// Lists the regular files in an archive (for tests and evidence).
QStringList list(const QString &archivePath, KbError *error);

} // namespace Archive

} // namespace kb
