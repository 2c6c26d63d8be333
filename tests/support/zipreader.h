#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace kb::test {

// Reads every file of a zip with python3's zipfile module (a reader independent of the code
// under test, which writes with libarchive); also runs zipfile's CRC check (testzip). Returns
// name -> bytes; empty with `error` set when python3 is missing or the zip is bad.
QMap<QString, QByteArray> readZip(const QString &zipPath, QString *error = nullptr);

} // namespace kb::test
