#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace kb::test {

// Every file under `dir` (hidden ones too), by relative path, with the SHA-256 of its bytes;
// links and other special files are listed as "special:<link target>" and never read. Two equal
// snapshots mean not a byte changed, appeared or vanished.
QMap<QString, QByteArray> treeSnapshot(const QString &dir);

} // namespace kb::test
