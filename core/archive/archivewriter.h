#pragma once

#include "kberror.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace kb {

// Writing zip files through libarchive: support bundles.
namespace Archive {

struct Entry
{
    QString name;       // path inside the archive, '/' separators
    QByteArray data;
};

// Writes a zip file atomically (QSaveFile) with the given entries.
KbError writeZip(const QString &zipPath, const QList<Entry> &entries);

} // namespace Archive

} // namespace kb
