#include "demosandbox.h"

#include "backup/atomicfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace kb::DemoSandbox {

namespace {

const char *const kMarker = "kbwizard-demo.json";

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::DemoSandbox)
};

} // namespace

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
    const QJsonObject marker{
        {QStringLiteral("schema"), QStringLiteral("kbwizard-demo/1")},
        {QStringLiteral("created"), QDateTime::currentDateTime().toString(Qt::ISODate)},
        {QStringLiteral("toolVersion"), QStringLiteral(KBWIZARD_VERSION)},
    };
    if (KbError e = writeFileAtomically(QDir(dir).filePath(QLatin1String(kMarker)),
                                        QJsonDocument(marker).toJson())) {
        *error = e;
        return QString();
    }
    return dir;
}

bool isSandbox(const QString &dir)
{
    return QFileInfo::exists(QDir(dir).filePath(QLatin1String(kMarker)));
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
