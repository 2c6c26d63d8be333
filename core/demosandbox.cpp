#include "demosandbox.h"

#include "backup/atomicfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace kb::DemoSandbox {

namespace {

const char *const kMarker = "kbwizard-demo.json";

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::DemoSandbox)
};

QString canonical(const QString &dir)
{
    const QString c = QFileInfo(dir).canonicalFilePath();
    return c.isEmpty() ? QDir::cleanPath(QDir(dir).absolutePath()) : c;
}

QString markerNonce(const QString &dir)
{
    QByteArray bytes;
    if (readWholeFile(QDir(dir).filePath(QLatin1String(kMarker)), &bytes, 64 * 1024))
        return QString();
    return QJsonDocument::fromJson(bytes).object().value(QLatin1String("nonce")).toString();
}

QJsonArray readRegistry(const QString &registry)
{
    QByteArray bytes;
    if (!QFileInfo::exists(registry) || readWholeFile(registry, &bytes, 4 * 1024 * 1024))
        return {};
    return QJsonDocument::fromJson(bytes).object().value(QLatin1String("sandboxes")).toArray();
}

} // namespace

QString registryFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("demo-sandboxes.json"));
}

KbError record(const QString &dir, const QString &registryPath)
{
    const QString registry = registryPath.isEmpty() ? registryFile() : registryPath;
    const QString path = canonical(dir);
    const QString nonce = markerNonce(dir);
    if (nonce.isEmpty())
        return KbError::make(QStringLiteral("demo.marker"),
                             Tr::tr("The folder holds no demo server created by this program."), dir);
    QJsonArray kept;
    for (const QJsonValue &v : readRegistry(registry)) {
        const QString p = v.toObject().value(QLatin1String("path")).toString();
        if (p != path && QFileInfo(p).isDir())
            kept.append(v);
    }
    kept.append(QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("nonce"), nonce}});
    if (!QDir().mkpath(QFileInfo(registry).absolutePath()))
        return KbError::make(QStringLiteral("demo.mkdir"), Tr::tr("Cannot create the folder."),
                             QFileInfo(registry).absolutePath());
    return writeFileAtomically(registry, QJsonDocument(QJsonObject{{QStringLiteral("sandboxes"), kept}}).toJson());
}

QStringList recorded(const QString &registryPath)
{
    QStringList out;
    for (const QJsonValue &v : readRegistry(registryPath.isEmpty() ? registryFile() : registryPath)) {
        const QString p = v.toObject().value(QLatin1String("path")).toString();
        if (!p.isEmpty() && QFileInfo(p).isDir())
            out.append(p);
    }
    return out;
}

QString defaultParent()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("demo-sandboxes"));
}

QString create(const QString &requested, KbError *error)
{
    QString dir = requested;
    if (dir.isEmpty()) {
        const QString base = QDir(defaultParent())
                                 .filePath(QDateTime::currentDateTime().toString(
                                     QStringLiteral("yyyyMMdd-HHmmss")));
        dir = base;
        for (int n = 2; QFileInfo::exists(dir); ++n)
            dir = base + QLatin1Char('-') + QString::number(n);
    }
    dir = QDir::cleanPath(QDir(dir).absolutePath());
    if (QFileInfo(dir).isDir() && !QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        *error = KbError::make(QStringLiteral("demo.not-empty"),
                               Tr::tr("The folder for the demo server must be empty or not exist yet."),
                               dir);
        return QString();
    }
    if (!QDir().mkpath(dir)) {
        *error = KbError::make(QStringLiteral("demo.mkdir"), Tr::tr("Cannot create the folder."), dir);
        return QString();
    }
    int files = 0;
    QDirIterator it(QStringLiteral(":/demo"), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString rel = src.mid(int(qstrlen(":/demo/")));
        const QString dst = QDir(dir).filePath(rel);
        QByteArray bytes;
        if (KbError e = readWholeFile(src, &bytes)) {
            *error = e;
            return QString();
        }
        QDir().mkpath(QFileInfo(dst).absolutePath());
        // A fresh folder: no original to protect, so a plain write (checked) rather than an
        // atomic one, which syncs every file to disk and was most of the wizard's start
        // (issue 16). The marker below is written last and atomically: a sandbox without it
        // is no sandbox.
        QFile out(dst);
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly) || out.write(bytes) != bytes.size() || !out.flush()) {
            *error = KbError::make(QStringLiteral("demo.write"), out.errorString(), dst);
            return QString();
        }
        out.close();
        ++files;
    }
    if (files == 0) {
        *error = KbError::make(QStringLiteral("demo.missing"),
                               Tr::tr("This build contains no demo server."));
        return QString();
    }
    quint64 nonce[2];
    QRandomGenerator::system()->fillRange(nonce);
    const QJsonObject marker{
        {QStringLiteral("schema"), QStringLiteral("kbwizard-demo/1")},
        {QStringLiteral("created"), QDateTime::currentDateTime().toString(Qt::ISODate)},
        {QStringLiteral("toolVersion"), QStringLiteral(KBWIZARD_VERSION)},
        {QStringLiteral("nonce"), QString::number(nonce[0], 16) + QString::number(nonce[1], 16)},
    };
    if (KbError e = writeFileAtomically(QDir(dir).filePath(QLatin1String(kMarker)),
                                        QJsonDocument(marker).toJson())) {
        *error = e;
        return QString();
    }
    if (KbError e = record(dir)) {
        *error = e;
        return QString();
    }
    return dir;
}

bool isSandbox(const QString &dir)
{
    if (!QFileInfo::exists(QDir(dir).filePath(QLatin1String(kMarker))))
        return false;
    const QString nonce = markerNonce(dir);
    const QString path = canonical(dir);
    if (nonce.isEmpty())
        return false;
    for (const QJsonValue &v : readRegistry(registryFile())) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("path")).toString() == path
            && o.value(QLatin1String("nonce")).toString() == nonce)
            return true;
    }
    return false;
}

QString sandboxRootOf(const QString &path)
{
    QDir d(QFileInfo(path).absoluteFilePath());
    for (int depth = 0; depth < 12; ++depth) {
        if (isSandbox(d.path()))
            return QDir::cleanPath(d.path());
        if (!d.cdUp())
            break;
    }
    return QString();
}

QString latest()
{
    const QStringList names = QDir(defaultParent()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (auto it = names.crbegin(); it != names.crend(); ++it) {
        const QString d = QDir(defaultParent()).filePath(*it);
        if (isSandbox(d))
            return d;
    }
    return QString();
}

} // namespace kb::DemoSandbox
