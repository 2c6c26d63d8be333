#include "backup/privatefolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#include <aclapi.h>
#include <sddl.h>
#include <shlobj.h>
#else
#include <unistd.h>
#endif

namespace kb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::BackupStore)
};

KbError privateError(const QString &dir, const QString &why)
{
    return KbError::make(QStringLiteral("backup.private"),
                         Tr::tr("Cannot make the backup folder private to administrators: %1").arg(why),
                         dir);
}

#ifdef Q_OS_WIN
QString win32Message(DWORD code)
{
    return QStringLiteral("Windows error %1").arg(code);
}

// One folder: created with the private DACL when missing (no window in which it is open),
// then owner and protected DACL set explicitly (a folder someone else created first is taken
// over; when that fails the folder is refused).
KbError privatizeOne(const QString &dir)
{
    PSECURITY_DESCRIPTOR sd = nullptr;
    if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(
            L"O:BAD:P(A;OICI;FA;;;BA)(A;OICI;FA;;;SY)", SDDL_REVISION_1, &sd, nullptr))
        return privateError(dir, win32Message(GetLastError()));
    const QString native = QDir::toNativeSeparators(QDir::cleanPath(dir));
    std::wstring path = native.toStdWString();
    KbError result;
    if (!QFileInfo(dir).isDir()) {
        SECURITY_ATTRIBUTES sa{sizeof(SECURITY_ATTRIBUTES), sd, FALSE};
        if (!CreateDirectoryW(path.c_str(), &sa) && GetLastError() != ERROR_ALREADY_EXISTS)
            result = privateError(dir, win32Message(GetLastError()));
    }
    if (!result) {
        BOOL present = FALSE, defaulted = FALSE;
        PACL dacl = nullptr;
        PSID owner = nullptr;
        GetSecurityDescriptorDacl(sd, &present, &dacl, &defaulted);
        GetSecurityDescriptorOwner(sd, &owner, &defaulted);
        const DWORD rc = SetNamedSecurityInfoW(&path[0], SE_FILE_OBJECT,
                                               OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION
                                                   | PROTECTED_DACL_SECURITY_INFORMATION,
                                               owner, nullptr, dacl, nullptr);
        if (rc != ERROR_SUCCESS)
            result = privateError(dir, win32Message(rc));
    }
    LocalFree(sd);
    return result;
}
#endif

} // namespace

KbError makePrivateFolder(const QString &dir, const QString &top)
{
#ifdef Q_OS_WIN
    // From the topmost folder down, so no level can be swapped by whoever owns its parent.
    QStringList chain;
    QString d = QDir::cleanPath(QDir(dir).absolutePath());
    const QString t = top.isEmpty() ? QString() : QDir::cleanPath(QDir(top).absolutePath());
    chain.prepend(d);
    while (!t.isEmpty() && d.compare(t, Qt::CaseInsensitive) != 0
           && d.startsWith(t + QLatin1Char('/'), Qt::CaseInsensitive)) {
        d = QFileInfo(d).path();
        chain.prepend(d);
    }
    if (!QDir().mkpath(QFileInfo(chain.first()).path()))
        return privateError(dir, Tr::tr("cannot create the folder"));
    for (const QString &level : std::as_const(chain))
        if (KbError e = privatizeOne(level))
            return e;
    return {};
#else
    Q_UNUSED(top);
    if (!QDir().mkpath(dir))
        return privateError(dir, Tr::tr("cannot create the folder"));
    const QFileInfo fi(dir);
    if (fi.ownerId() != uint(::geteuid()))
        return {}; // someone else's folder (a shared KBWIZARD_BACKUP_DIR): the set folders are still 0700
    if (!QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return privateError(dir, Tr::tr("cannot change its permissions"));
    return {};
#endif
}

void privateFile(const QString &path)
{
#ifndef Q_OS_WIN
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#else
    Q_UNUSED(path);
#endif
}

QString machineBackupTop()
{
#ifdef Q_OS_WIN
    wchar_t buf[MAX_PATH] = {};
    if (FAILED(SHGetFolderPathW(nullptr, CSIDL_COMMON_APPDATA, nullptr, SHGFP_TYPE_CURRENT, buf)))
        return QString();
    return QDir::fromNativeSeparators(QString::fromWCharArray(buf)) + QStringLiteral("/KBWizard");
#else
    return QString();
#endif
}

QString machineBackupBase()
{
    const QString top = machineBackupTop();
    return top.isEmpty() ? QString() : top + QStringLiteral("/backups");
}

} // namespace kb
