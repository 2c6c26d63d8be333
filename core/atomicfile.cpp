#include "atomicfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdlib>

namespace kb {

void faultPoint(const char *phase)
{
    const QByteArray wanted = qgetenv("KBWIZARD_FAULT");
    if (!wanted.isEmpty() && wanted == phase)
        std::_Exit(86);
}

KbError writeFileAtomically(const QString &path, const QByteArray &bytes, const char *faultPhase)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return KbError::make(QStringLiteral("file.write"),
                             QCoreApplication::translate("kb::Files", "Cannot write: %1")
                                 .arg(file.errorString()),
                             path);
    // Written in two halves so a fault point can stop the process with a half-written
    // temporary file beside an untouched original.
    const qint64 half = bytes.size() / 2;
    bool ok = file.write(bytes.constData(), half) == half;
    if (ok) {
        file.flush();
        if (faultPhase)
            faultPoint(faultPhase);
        ok = file.write(bytes.constData() + half, bytes.size() - half) == bytes.size() - half;
    }
    if (!ok) {
        const QString why = file.errorString();
        file.cancelWriting();
        file.commit();
        return KbError::make(QStringLiteral("file.write"),
                             QCoreApplication::translate("kb::Files", "Cannot write: %1").arg(why),
                             path);
    }
    if (!file.commit())
        return KbError::make(QStringLiteral("file.commit"),
                             QCoreApplication::translate("kb::Files",
                                                         "Cannot replace the file: %1")
                                 .arg(file.errorString()),
                             path);
    return {};
}

KbError readWholeFile(const QString &path, QByteArray *bytes, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return KbError::make(QStringLiteral("file.read"),
                             QCoreApplication::translate("kb::Files", "Cannot read: %1")
                                 .arg(file.errorString()),
                             path);
    if (file.size() > maxBytes)
        return KbError::make(QStringLiteral("file.too-large"),
                             QCoreApplication::translate("kb::Files",
                                                         "The file is too large (%1 bytes).")
                                 .arg(file.size()),
                             path);
    *bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return KbError::make(QStringLiteral("file.read"),
                             QCoreApplication::translate("kb::Files", "Cannot read: %1")
                                 .arg(file.errorString()),
                             path);
    return {};
}

} // namespace kb
