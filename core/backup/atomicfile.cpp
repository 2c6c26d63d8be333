#include "backup/atomicfile.h"
#include "testhooks.h"

#include <QCoreApplication>
#include <QFile>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdlib>

#ifdef Q_OS_WIN
#  ifndef NOMINMAX
#    define NOMINMAX
#  endif
#  include <QDir>
#  include <windows.h>
#endif

namespace kb {

void faultPoint(const char *phase)
{
    const QString wanted = testHook(TestHook::Fault);
    if (!wanted.isEmpty() && wanted == QLatin1String(phase))
        std::_Exit(86);
}

KbError writeFileAtomically(const QString &path, const QByteArray &bytes, const char *faultPhase)
{
    auto writeError = [&](const QString &why) {
        return KbError::make(QStringLiteral("file.write"),
                             QCoreApplication::translate("kb::Files", "Cannot write: %1").arg(why), path);
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(file.errorString());
    // Written in two halves so a fault point can stop the process with a half-written
    // temporary file beside an untouched original.
    //
    // Every write is flushed and checked before commit(): Qt 6.4's QSaveFile buffers writes and
    // commit() renames the temporary file over the original even when flushing that buffer
    // failed (a full disk leaves an empty file in the original's place; see tst_faults).
    const qint64 half = bytes.size() / 2;
    bool ok = file.write(bytes.constData(), half) == half && file.flush();
    if (ok) {
        if (faultPhase)
            faultPoint(faultPhase);
        ok = file.write(bytes.constData() + half, bytes.size() - half) == bytes.size() - half
             && file.flush();
    }
    if (!ok || file.error() != QFileDevice::NoError) {
        const QString why = file.errorString();
        file.cancelWriting();
        file.commit(); // removes the temporary file; the original is untouched
        return writeError(why);
    }
    if (!file.commit())
        return KbError::make(QStringLiteral("file.commit"),
                             QCoreApplication::translate("kb::Files",
                                                         "Cannot replace the file: %1")
                                 .arg(file.errorString()),
                             path);
    // What is on disk now must be what was meant (a network share may report a failure late).
    QFile check(path);
    if (!check.open(QIODevice::ReadOnly) || check.readAll() != bytes)
        return KbError::make(QStringLiteral("file.verify"),
                             QCoreApplication::translate("kb::Files",
                                                         "The file on disk does not hold what was "
                                                         "written (read back: %L1 bytes of %L2).")
                                 .arg(check.size())
                                 .arg(bytes.size()),
                             path);
    return {};
}

// Whether writeFileAtomically could replace the existing file `path` (declared where it is used,
// in fixes/fixexecutor.cpp). On Windows the replace is a rename over it, which needs DELETE
// access: it fails while another program holds the file open without FILE_SHARE_DELETE, even
// when that program lets others read and write it. Elsewhere (and for a file that does not
// exist) true. `why` receives the system's reason.
bool canReplaceFile(const QString &path, QString *why)
{
#ifdef Q_OS_WIN
    const QString native = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    const HANDLE h = CreateFileW(reinterpret_cast<const wchar_t *>(native.utf16()), DELETE,
                                 FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                                 OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE) {
        const DWORD error = GetLastError();
        if (error == ERROR_FILE_NOT_FOUND || error == ERROR_PATH_NOT_FOUND)
            return true;
        if (why)
            *why = qt_error_string(int(error));
        return false;
    }
    CloseHandle(h);
#else
    Q_UNUSED(path);
    Q_UNUSED(why);
#endif
    return true;
}

KbError readWholeFile(const QString &path, QByteArray *bytes, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) // a folder, a device, a pipe: never read as a file
        return KbError::make(QStringLiteral("file.read"),
                             QCoreApplication::translate("kb::Files",
                                                         "This is not a regular file."),
                             path);
    QFile file(path);
    if (!info.exists())
        FileReadLog::note(path, nullptr);
    if (!file.open(QIODevice::ReadOnly))
        return KbError::make(QStringLiteral("file.read"),
                             QCoreApplication::translate("kb::Files", "Cannot read: %1")
                                 .arg(file.errorString()),
                             path);
    if (file.size() > maxBytes)
        return KbError::make(QStringLiteral("file.too-large"),
                             QCoreApplication::translate("kb::Files",
                                                         "The file is too large (%L1 bytes).")
                                 .arg(file.size()),
                             path);
    *bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return KbError::make(QStringLiteral("file.read"),
                             QCoreApplication::translate("kb::Files", "Cannot read: %1")
                                 .arg(file.errorString()),
                             path);
    FileReadLog::note(path, bytes);
    return {};
}

namespace {
thread_local FileReadLog *t_readLog = nullptr;
}

FileReadLog::FileReadLog() : m_outer(t_readLog)
{
    t_readLog = this;
}

FileReadLog::~FileReadLog()
{
    t_readLog = m_outer;
}

void FileReadLog::note(const QString &path, const QByteArray *bytes)
{
    if (!t_readLog)
        return;
    const QString abs = QFileInfo(path).absoluteFilePath();
    if (!bytes) {
        t_readLog->reads.insert(abs, QString());
        return;
    }
    // The first read counts: a plan reads a file before it computes from it.
    if (!t_readLog->reads.contains(abs))
        t_readLog->reads.insert(abs, QString::fromLatin1(
                                         QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex()));
}

} // namespace kb
