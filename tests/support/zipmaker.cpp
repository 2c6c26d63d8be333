#include "zipmaker.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

namespace kb::test {

namespace {
// Reads a JSON list of entries on stdin, writes the zip to stdout.
const char *const kScript = R"PY(
import base64, io, json, sys, zipfile
items = json.load(sys.stdin)
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:
    for it in items:
        data = base64.b64decode(it["data"])
        zi = zipfile.ZipInfo(it["name"], date_time=(2024, 1, 2, 3, 4, 6))
        zi.create_system = 3
        if it["kind"] == "dir":
            zi.external_attr = (0o040755 << 16) | 0x10
        elif it["kind"] == "symlink":
            zi.external_attr = 0o120777 << 16
        else:
            zi.external_attr = 0o100644 << 16
        zi.compress_type = zipfile.ZIP_DEFLATED if it["deflate"] else zipfile.ZIP_STORED
        z.writestr(zi, data)
sys.stdout.buffer.write(buf.getvalue())
)PY";
} // namespace

QByteArray makeZip(const QList<ZipItem> &items)
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        qWarning("makeZip: python3 not found");
        return QByteArray();
    }
    QJsonArray list;
    for (const ZipItem &it : items) {
        list.append(QJsonObject{
            {QStringLiteral("name"), it.name},
            {QStringLiteral("data"), QString::fromLatin1(it.data.toBase64())},
            {QStringLiteral("kind"), it.kind == ZipItem::Kind::Dir       ? QStringLiteral("dir")
                                     : it.kind == ZipItem::Kind::Symlink ? QStringLiteral("symlink")
                                                                         : QStringLiteral("file")},
            {QStringLiteral("deflate"), it.deflate},
        });
    }
    QProcess p;
    p.start(python, {QStringLiteral("-c"), QString::fromLatin1(kScript)});
    if (!p.waitForStarted()) {
        qWarning("makeZip: python3 did not start");
        return QByteArray();
    }
    p.write(QJsonDocument(list).toJson(QJsonDocument::Compact));
    p.closeWriteChannel();
    p.waitForFinished(-1);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("makeZip: %s", p.readAllStandardError().constData());
        return QByteArray();
    }
    return p.readAllStandardOutput();
}

QMap<QString, QByteArray> snapshotFolder(const QString &dir)
{
    QMap<QString, QByteArray> out;
    const QDir root(dir);
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo fi = it.fileInfo();
        const QString rel = root.relativeFilePath(path);
        if (fi.isDir() && !fi.isSymLink()) {
            out.insert(rel + QLatin1Char('/'), QByteArray());
            continue;
        }
        QFile f(path);
        out.insert(rel, f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>"));
    }
    return out;
}

} // namespace kb::test
