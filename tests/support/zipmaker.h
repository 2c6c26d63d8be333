#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace kb::test {

// One entry of a test archive.
struct ZipItem
{
    enum class Kind { File, Dir, Symlink };
    QString name;       // stored exactly as given ("../x" and "/abs" included)
    QByteArray data;    // File: the content; Symlink: the link target
    Kind kind = Kind::File;
    bool deflate = true;
};

// Builds a zip with python3's zipfile module, a writer independent of the code under test.
// Returns an empty array (and warns) when python3 is missing or fails.
QByteArray makeZip(const QList<ZipItem> &items);

// Every file below `dir` (hidden ones too) by relative path, with its bytes; folders appear
// as "<path>/" with empty bytes. Two snapshots compare equal only when the trees are identical.
QMap<QString, QByteArray> snapshotFolder(const QString &dir);

} // namespace kb::test
