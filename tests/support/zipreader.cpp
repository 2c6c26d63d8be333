#include "zipreader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

namespace kb::test {

namespace {

const char kScript[] = R"PY(
import base64, json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    bad = z.testzip()
    if bad:
        sys.stderr.write("bad CRC: %s" % bad)
        sys.exit(3)
    json.dump({n: base64.b64encode(z.read(n)).decode("ascii") for n in z.namelist()}, sys.stdout)
)PY";

} // namespace

QMap<QString, QByteArray> readZip(const QString &zipPath, QString *error)
{
    QMap<QString, QByteArray> out;
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        if (error)
            *error = QStringLiteral("python3 not found");
        return out;
    }
    QProcess p;
    p.start(python, {QStringLiteral("-c"), QString::fromLatin1(kScript), zipPath});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        if (error)
            *error = QString::fromUtf8(p.readAllStandardError());
        return out;
    }
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), QByteArray::fromBase64(it.value().toString().toLatin1()));
    return out;
}

} // namespace kb::test
