#include "backup/atomicfile.h"
#include "testhooks.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cstdlib>
#include <functional>

#ifdef Q_OS_WIN
#include <io.h>
#include <qt_windows.h>
#else
#include <cerrno>
#include <cstring>
#include <cstdio>
#include <unistd.h>
#endif

namespace kb {

namespace {

const char *const kTempMark = ".kbwizard-";
const char *const kTempSuffix = ".tmp";

// What a write to `path` really replaces: the target of a symbolic link, as QSaveFile did.
// (Files on the server never get here through a link: pathguard.h refuses them first.)
QString resolvedTarget(const QString &path)
{
    const QFileInfo fi(path);
    if (fi.isSymLink()) {
        const QString t = fi.symLinkTarget();
        if (!t.isEmpty())
            return t;
    }
    return fi.absoluteFilePath();
}

bool replaceFile(const QString &tmp, const QString &target, QString *why)
{
#ifdef Q_OS_WIN
    const std::wstring t = QDir::toNativeSeparators(target).toStdWString();
    const std::wstring n = QDir::toNativeSeparators(tmp).toStdWString();
    if (QFileInfo::exists(target)) {
        // ReplaceFileW keeps the replaced file's DACL, owner, streams and hard links
        // (MoveFileEx would give it the temporary file's inherited DACL). NOT TESTED on Windows.
        if (ReplaceFileW(t.c_str(), n.c_str(), nullptr, REPLACEFILE_IGNORE_MERGE_ERRORS, nullptr, nullptr))
            return true;
        const DWORD err = GetLastError();
        // 1176: the original is gone and the new file still has its temporary name: finish.
        if (err != ERROR_UNABLE_TO_MOVE_REPLACEMENT) {
            *why = QStringLiteral("ReplaceFile: Windows error %1").arg(err);
            return false;
        }
    }
    if (MoveFileExW(n.c_str(), t.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return true;
    *why = QStringLiteral("MoveFileEx: Windows error %1").arg(GetLastError());
    return false;
#else
    if (::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(target).constData()) == 0)
        return true;
    *why = QString::fromLocal8Bit(strerror(errno));
    return false;
#endif
}

} // namespace

void faultPoint(const char *phase)
{
    const QString wanted = testHook(TestHook::Fault);
    if (!wanted.isEmpty() && wanted == QLatin1String(phase))
        std::_Exit(86);
}

bool isAtomicWriteTemporary(const QString &fileName)
{
    return fileName.startsWith(QLatin1Char('.')) && fileName.contains(QLatin1String(kTempMark))
           && fileName.endsWith(QLatin1String(kTempSuffix));
}

void removeStaleTemporaries(const QString &path)
{
    const QFileInfo target(resolvedTarget(path));
    const QString prefix = QLatin1Char('.') + target.fileName() + QLatin1String(kTempMark);
    const QDir dir = target.absoluteDir();
    const QStringList names = dir.entryList({prefix + QLatin1Char('*') + QLatin1String(kTempSuffix)},
                                            QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names)
        if (name.startsWith(prefix)) // the name filter is case-insensitive on Windows only
            QFile::remove(dir.filePath(name));
}

namespace {

// Bytes are copied in pieces of this size when a file is streamed (copyFileAtomically,
// sha256OfFile): a pattern file of any size never has to fit in memory.
constexpr qint64 kChunk = 1024 * 1024;

KbError writeError(const QString &path, const QString &why)
{
    return KbError::make(QStringLiteral("file.write"), QCoreApplication::translate("kb::Files", "Cannot write: %1").arg(why), path);
}

// The common part of writeFileAtomically and copyFileAtomically: a new temporary file beside the
// target, filled by `fill` (which returns an error text, or an empty string), flushed, synced,
// renamed over the target, then checked by `verify`. `fill` gets the open temporary file; when it
// fails (or the digest it computes is not the expected one: it returns a KbError through
// `refused`), the temporary file is removed and the original is untouched.
KbError writeThroughTemporary(const QString &path, const std::function<QString(QFile &, KbError *)> &fill,
                              const std::function<KbError()> &verify)
{
    const QString target = resolvedTarget(path);
    const QFileInfo targetInfo(target);
    if (targetInfo.isDir())
        return writeError(path, QCoreApplication::translate("kb::Files", "This is not a regular file."));
    removeStaleTemporaries(target);

    QFile file;
    QString tmp;
    for (int attempt = 0; attempt < 16; ++attempt) {
        tmp = targetInfo.absoluteDir().filePath(
            QLatin1Char('.') + targetInfo.fileName() + QLatin1String(kTempMark)
            + QString::number(QRandomGenerator::global()->generate64(), 16) + QLatin1String(kTempSuffix));
        file.setFileName(tmp);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            break;
        if (QFileInfo::exists(tmp))
            continue; // a name clash: another name
        return writeError(path, file.errorString());
    }
    if (!file.isOpen())
        return writeError(path, file.errorString());
    // The replacement keeps the permissions of the file it replaces (as QSaveFile did).
    if (targetInfo.exists())
        file.setPermissions(targetInfo.permissions());

    KbError refused;
    const QString why = fill(file, &refused);
    if (!why.isEmpty() || refused || file.error() != QFileDevice::NoError) {
        const QString reason = why.isEmpty() ? file.errorString() : why;
        file.close();
        QFile::remove(tmp); // the original is untouched
        return refused ? refused : writeError(path, reason);
    }
#ifdef Q_OS_WIN
    if (!FlushFileBuffers(reinterpret_cast<HANDLE>(_get_osfhandle(file.handle())))) {
        const DWORD err = GetLastError();
        file.close();
        QFile::remove(tmp);
        return writeError(path, QStringLiteral("FlushFileBuffers: Windows error %1").arg(err));
    }
#else
    if (::fsync(file.handle()) != 0) {
        const QString err = QString::fromLocal8Bit(strerror(errno));
        file.close();
        QFile::remove(tmp);
        return writeError(path, err);
    }
#endif
    file.close();
    if (file.error() != QFileDevice::NoError) {
        QFile::remove(tmp);
        return writeError(path, file.errorString());
    }
    QString replaceWhy;
    if (!replaceFile(tmp, target, &replaceWhy)) {
        QFile::remove(tmp);
        return KbError::make(QStringLiteral("file.commit"), QCoreApplication::translate("kb::Files", "Cannot replace the file: %1").arg(replaceWhy), path);
    }
    return verify();
}

} // namespace

KbError writeFileAtomically(const QString &path, const QByteArray &bytes, const char *faultPhase)
{
    const auto fill = [&](QFile &file, KbError *) {
        // Written in two halves so a fault point can stop the process with a half-written
        // temporary file beside an untouched original. Every write is flushed and checked, and
        // the data synced to the disk, before the rename.
        const qint64 half = bytes.size() / 2;
        bool ok = file.write(bytes.constData(), half) == half && file.flush();
        if (ok) {
            if (faultPhase)
                faultPoint(faultPhase);
            ok = file.write(bytes.constData() + half, bytes.size() - half) == bytes.size() - half
                 && file.flush();
        }
        return ok ? QString() : file.errorString();
    };
    const auto verify = [&]() -> KbError {
        // What is on disk now must be what was meant (a network share may report a failure late).
        QFile check(path);
        if (!check.open(QIODevice::ReadOnly) || check.readAll() != bytes)
            return KbError::make(QStringLiteral("file.verify"),
                                 QCoreApplication::translate("kb::Files", "The file on disk does not hold what was written (read back: %L1 "
                                    "bytes of %L2).")
                                     .arg(check.size())
                                     .arg(bytes.size()),
                                 path);
        return {};
    };
    return writeThroughTemporary(path, fill, verify);
}

KbError copyFileAtomically(const QString &path, const QString &source, const QString &expectedSha256,
                           const char *faultPhase, QString *copiedSha256)
{
    QFile in(source);
    const QFileInfo sourceInfo(source);
    if (!sourceInfo.isFile() || !in.open(QIODevice::ReadOnly))
        return KbError::make(QStringLiteral("file.read"),
                             QCoreApplication::translate("kb::Files", "Cannot read: %1")
                                 .arg(sourceInfo.exists() && !sourceInfo.isFile()
                                          ? QCoreApplication::translate("kb::Files", "This is not a regular file.")
                                          : in.errorString()),
                             source);
    QString digest;
    qint64 copied = 0;
    const auto fill = [&](QFile &file, KbError *refused) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QByteArray buffer(int(kChunk), Qt::Uninitialized);
        const qint64 half = in.size() / 2;
        bool faulted = faultPhase == nullptr;
        for (;;) {
            const qint64 n = in.read(buffer.data(), buffer.size());
            if (n < 0)
                return QCoreApplication::translate("kb::Files", "Cannot read %1: %2")
                    .arg(QDir::toNativeSeparators(source), in.errorString());
            if (n == 0)
                break;
            hash.addData(QByteArrayView(buffer.constData(), n));
            if (file.write(buffer.constData(), n) != n || !file.flush())
                return file.errorString();
            copied += n;
            if (!faulted && copied >= half) {
                faulted = true;
                faultPoint(faultPhase);
            }
        }
        digest = QString::fromLatin1(hash.result().toHex());
        if (!expectedSha256.isEmpty() && digest.compare(expectedSha256, Qt::CaseInsensitive) != 0)
            *refused = KbError::make(QStringLiteral("file.digest"),
                                     QCoreApplication::translate("kb::Files", "%1 is not the file that was checked (its SHA-256 "
                                                                 "changed); nothing was written.")
                                         .arg(QDir::toNativeSeparators(source)),
                                     path);
        return QString();
    };
    const auto verify = [&]() -> KbError {
        QString now;
        qint64 size = -1;
        if (sha256OfFile(path, &now, &size) || now != digest)
            return KbError::make(QStringLiteral("file.verify"),
                                 QCoreApplication::translate("kb::Files", "The file on disk does not hold what was written (read back: %L1 "
                                    "bytes of %L2).")
                                     .arg(size)
                                     .arg(copied),
                                 path);
        return {};
    };
    if (KbError e = writeThroughTemporary(path, fill, verify))
        return e;
    if (copiedSha256)
        *copiedSha256 = digest;
    return {};
}

KbError sha256OfFile(const QString &path, QString *hex, qint64 *size)
{
    QFile f(path);
    if (!QFileInfo(path).isFile() || !f.open(QIODevice::ReadOnly))
        return KbError::make(QStringLiteral("file.read"),
                             QCoreApplication::translate("kb::Files", "Cannot read: %1")
                                 .arg(QFileInfo(path).exists() && !QFileInfo(path).isFile()
                                          ? QCoreApplication::translate("kb::Files", "This is not a regular file.")
                                          : f.errorString()),
                             path);
    QCryptographicHash h(QCryptographicHash::Sha256);
    QByteArray buffer(int(kChunk), Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 n = f.read(buffer.data(), buffer.size());
        if (n < 0)
            return KbError::make(QStringLiteral("file.read"),
                                 QCoreApplication::translate("kb::Files", "Cannot read: %1").arg(f.errorString()), path);
        if (n == 0)
            break;
        h.addData(QByteArrayView(buffer.constData(), n));
        total += n;
    }
    *hex = QString::fromLatin1(h.result().toHex());
    if (size)
        *size = total;
    return {};
}

// Whether writeFileAtomically could replace the existing file `path` (declared where it is used,
// in fixes/fixexecutor.cpp). On Windows the replace is a rename over it, which needs DELETE
// access (ReplaceFileW too): it fails while another program holds the file open without FILE_SHARE_DELETE, even
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
