// The Windows halves of the backup security fixes (security review M2, M5; issue 13), on Windows
// (scripts/windows-test runs it under Wine):
//   - a real server's backups go to %ProgramData%\KBWizard\backups\<server>-<hash>, never the
//     user's profile, and every folder from %ProgramData%\KBWizard down is owned by
//     Administrators with a protected DACL for Administrators and SYSTEM only, inherited by the
//     copies made inside (a set written by BackupStore is checked);
//   - a junction (a name-surrogate reparse point) inside the installation that leads out of it is
//     refused by the path guard, and a fix's write through it is refused.
// Wine keeps a file's security descriptor (in an extended attribute of the Unix file) but does
// not enforce it: that another user is kept out is NOT checked here, only what the DACL says.
#include "backup/backupstore.h"
#include "backup/pathguard.h"
#include "backup/privatefolder.h"
#include "fixes/fix.h"
#include "installation.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#include <aclapi.h>
#include <sddl.h>
#include <shlobj.h>
#include <winioctl.h>
#endif

using namespace kb;

namespace {

#ifdef Q_OS_WIN
QString sidString(PSID sid)
{
    LPWSTR s = nullptr;
    if (!sid || !ConvertSidToStringSidW(sid, &s))
        return QString();
    const QString out = QString::fromWCharArray(s);
    LocalFree(s);
    return out;
}

struct Acl
{
    QString error;
    QString owner;
    bool protectedDacl = false;
    QStringList aces; // "<sid> <mask hex> <flags hex>" of every allow ACE; "deny ..." for others
};

Acl aclOf(const QString &path)
{
    Acl a;
    std::wstring p = QDir::toNativeSeparators(path).toStdWString();
    PSID owner = nullptr;
    PACL dacl = nullptr;
    PSECURITY_DESCRIPTOR sd = nullptr;
    const DWORD rc = GetNamedSecurityInfoW(&p[0], SE_FILE_OBJECT,
                                           OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION,
                                           &owner, nullptr, &dacl, nullptr, &sd);
    if (rc != ERROR_SUCCESS) {
        a.error = QStringLiteral("GetNamedSecurityInfoW(%1): error %2").arg(path).arg(rc);
        return a;
    }
    a.owner = sidString(owner);
    SECURITY_DESCRIPTOR_CONTROL control = 0;
    DWORD revision = 0;
    GetSecurityDescriptorControl(sd, &control, &revision);
    a.protectedDacl = control & SE_DACL_PROTECTED;
    for (DWORD i = 0; dacl && i < dacl->AceCount; ++i) {
        void *ace = nullptr;
        if (!GetAce(dacl, i, &ace))
            continue;
        const auto *header = static_cast<ACE_HEADER *>(ace);
        if (header->AceType == ACCESS_ALLOWED_ACE_TYPE) {
            auto *allowed = static_cast<ACCESS_ALLOWED_ACE *>(ace);
            a.aces << QStringLiteral("%1 %2 %3")
                          .arg(sidString(&allowed->SidStart))
                          .arg(allowed->Mask, 0, 16)
                          .arg(header->AceFlags & ~INHERITED_ACE, 0, 16);
        } else {
            a.aces << QStringLiteral("type %1").arg(header->AceType);
        }
    }
    LocalFree(sd);
    a.aces.sort();
    return a;
}

// A junction at `link` to the folder `to` (what `mklink /J` makes): FSCTL_SET_REPARSE_POINT with
// IO_REPARSE_TAG_MOUNT_POINT. Returns "" or what failed.
QString makeJunction(const QString &link, const QString &to)
{
    if (!QDir().mkpath(link))
        return QStringLiteral("cannot create %1").arg(link);
    const std::wstring l = QDir::toNativeSeparators(link).toStdWString();
    const HANDLE h = CreateFileW(l.c_str(), GENERIC_WRITE, 0, nullptr, OPEN_EXISTING,
                                 FILE_FLAG_BACKUP_SEMANTICS | FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return QStringLiteral("CreateFileW: error %1").arg(GetLastError());
    const std::wstring target = L"\\??\\" + QDir::toNativeSeparators(to).toStdWString();
    const std::wstring print = QDir::toNativeSeparators(to).toStdWString();
    // REPARSE_DATA_BUFFER's MountPointReparseBuffer, laid out by hand (mingw's headers lack it).
    QByteArray buf(8 + 8 + int((target.size() + 1 + print.size() + 1) * sizeof(wchar_t)), '\0');
    auto *u32 = reinterpret_cast<quint32 *>(buf.data());
    auto *u16 = reinterpret_cast<quint16 *>(buf.data());
    u32[0] = IO_REPARSE_TAG_MOUNT_POINT;
    u16[2] = quint16(buf.size() - 8); // ReparseDataLength
    u16[4] = 0;                                             // SubstituteNameOffset
    u16[5] = quint16(target.size() * sizeof(wchar_t));      // SubstituteNameLength
    u16[6] = quint16((target.size() + 1) * sizeof(wchar_t)); // PrintNameOffset
    u16[7] = quint16(print.size() * sizeof(wchar_t));       // PrintNameLength
    memcpy(buf.data() + 16, target.c_str(), target.size() * sizeof(wchar_t));
    memcpy(buf.data() + 16 + (target.size() + 1) * sizeof(wchar_t), print.c_str(), print.size() * sizeof(wchar_t));
    DWORD returned = 0;
    const BOOL ok = DeviceIoControl(h, FSCTL_SET_REPARSE_POINT, buf.data(), DWORD(buf.size()), nullptr, 0,
                                    &returned, nullptr);
    const DWORD error = GetLastError();
    CloseHandle(h);
    return ok ? QString() : QStringLiteral("FSCTL_SET_REPARSE_POINT: error %1").arg(error);
}

bool underWine()
{
    return GetProcAddress(GetModuleHandleW(L"ntdll.dll"), "wine_get_version") != nullptr;
}

const QString kAdministrators = QStringLiteral("S-1-5-32-544");
const QString kSystem = QStringLiteral("S-1-5-18");
#endif

} // namespace

class tst_WinSecurity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void backupsOfARealServerAreInProgramData();
    void backupFoldersArePrivateToAdministratorsAndSystem();
    void junctionOutOfTheInstallationIsRefused();

private:
    QTemporaryDir m_tmp;
};

void tst_WinSecurity::initTestCase()
{
#ifndef Q_OS_WIN
    QSKIP("Windows only: DACLs and reparse points through the Win32 API; scripts/windows-test runs "
          "it under Wine. The POSIX halves are in tst_security_backup.");
#else
    QVERIFY(m_tmp.isValid());
    qunsetenv("KBWIZARD_BACKUP_DIR");
#endif
}

void tst_WinSecurity::backupsOfARealServerAreInProgramData()
{
#ifdef Q_OS_WIN
    wchar_t buf[MAX_PATH] = {};
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(SUCCEEDED(SHGetFolderPathW(nullptr, CSIDL_COMMON_APPDATA, nullptr, SHGFP_TYPE_CURRENT, buf)));
    const QString programData = QDir::fromNativeSeparators(QString::fromWCharArray(buf));
    QVERIFY(!programData.isEmpty());
    Target t;
    t.pccsrv = QStringLiteral("C:/Program Files (x86)/Trend Micro/Security Server/PCCSRV");
    const QString root = Installation::backupRootFor(t);
    QVERIFY2(root.startsWith(programData + QStringLiteral("/KBWizard/backups/local-"), Qt::CaseInsensitive),
             qPrintable(root));
    QVERIFY2(!root.startsWith(appData, Qt::CaseInsensitive), qPrintable(root));
    // A remote server by name: its own folder, still on this machine's ProgramData.
    t.serverName = QStringLiteral("SBS2011");
    QVERIFY2(Installation::backupRootFor(t).startsWith(programData + QStringLiteral("/KBWizard/backups/SBS2011-"),
                                                        Qt::CaseInsensitive),
             qPrintable(Installation::backupRootFor(t)));
#endif
}

void tst_WinSecurity::backupFoldersArePrivateToAdministratorsAndSystem()
{
#ifdef Q_OS_WIN
    // The real %ProgramData%\KBWizard: under Wine a fresh prefix; on a real Windows this needs
    // an elevated test run (only administrators may create it there).
    Target t;
    t.pccsrv = QDir(m_tmp.path()).filePath(QStringLiteral("PCCSRV"));
    QVERIFY(QDir().mkpath(t.pccsrv));
    const QString ini = QDir(t.pccsrv).filePath(QStringLiteral("ofcscan.ini"));
    QFile f(ini);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[INI_SERVER_SECTION]\r\nProxy_Enable=0\r\n");
    f.close();
    const QString root = Installation::backupRootFor(t);
    BackupStore store(root);
    FileEdit edit;
    edit.path = ini;
    edit.displayPath = QStringLiteral("ofcscan.ini");
    edit.before = "[INI_SERVER_SECTION]\r\nProxy_Enable=0\r\n";
    edit.after = "[INI_SERVER_SECTION]\r\nProxy_Enable=1\r\n";
    BackupSet set;
    const KbError e = store.createSet(QStringLiteral("update-failure"), QStringLiteral("proxy"), t.pccsrv, {edit}, &set);
    QVERIFY2(!e, qPrintable(e.toString()));

    const QString top = machineBackupTop();
    QVERIFY2(root.startsWith(top + QLatin1Char('/'), Qt::CaseInsensitive), qPrintable(root + QStringLiteral(" / ") + top));
    const QStringList expected = {
        // FILE_ALL_ACCESS, inherited by subfolders and files (OBJECT_INHERIT | CONTAINER_INHERIT)
        QStringLiteral("%1 1f01ff 3").arg(kSystem),
        QStringLiteral("%1 1f01ff 3").arg(kAdministrators),
    };
    QStringList sortedExpected = expected;
    sortedExpected.sort();
    for (const QString &dir : {top, QFileInfo(root).path(), root, set.dir}) {
        const Acl a = aclOf(dir);
        QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
        if (underWine() && a.aces.join(QLatin1Char(' ')).contains(QStringLiteral("S-1-1-0 ")))
            QSKIP("Wine 8.0 did not store the folder's security descriptor (no user.wine.sd extended "
                  "attribute on the Unix folder): GetNamedSecurityInfoW answers with a DACL made from "
                  "the Unix mode bits (Everyone, the user, SYSTEM), so the private DACL cannot be "
                  "checked under Wine; the folders were made in %ProgramData%\\KBWizard (above)");
        QCOMPARE(a.aces.join(QStringLiteral(", ")), sortedExpected.join(QStringLiteral(", ")));
        // Wine 8 keeps the DACL's entries but drops SE_DACL_PROTECTED from the stored descriptor.
        if (underWine() && !a.protectedDacl)
            QEXPECT_FAIL("", "Wine 8 does not keep SE_DACL_PROTECTED (the entries above are checked)", Continue);
        QVERIFY2(a.protectedDacl, qPrintable(dir + QStringLiteral(": the DACL inherits from its parent")));
        // Wine 8 stores the DACL but keeps the creating user as the owner (SetNamedSecurityInfoW
        // with OWNER_SECURITY_INFORMATION succeeds without changing it); Windows makes
        // Administrators the owner for an elevated caller.
        if (underWine() && a.owner != kAdministrators)
            QEXPECT_FAIL("", "Wine 8 does not change a file's owner (SetNamedSecurityInfoW)", Continue);
        QCOMPARE(a.owner, kAdministrators);
    }
    // The copy inside the set inherits exactly that: nobody else may read ofcscan.ini's copy.
    const QStringList copies = QDir(set.dir).entryList(QDir::Files);
    QVERIFY(!copies.isEmpty());
    for (const QString &c : copies) {
        const Acl a = aclOf(QDir(set.dir).filePath(c));
        QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
        QStringList sids;
        for (const QString &ace : a.aces)
            sids << ace.section(QLatin1Char(' '), 0, 0);
        sids.removeDuplicates();
        sids.sort();
        QCOMPARE(sids, (QStringList{kSystem, kAdministrators}));
    }
#endif
}

void tst_WinSecurity::junctionOutOfTheInstallationIsRefused()
{
#ifdef Q_OS_WIN
    const QString root = QDir(m_tmp.path()).filePath(QStringLiteral("junction/PCCSRV"));
    const QString outside = QDir(m_tmp.path()).filePath(QStringLiteral("junction/elsewhere"));
    QVERIFY(QDir().mkpath(root));
    QVERIFY(QDir().mkpath(outside));
    QFile victim(QDir(outside).filePath(QStringLiteral("ofcscan.ini")));
    QVERIFY(victim.open(QIODevice::WriteOnly));
    victim.write("[INI_SERVER_SECTION]\r\n");
    victim.close();
    const QString link = QDir(root).filePath(QStringLiteral("Private"));
    const QString failed = makeJunction(link, outside);
    if (!failed.isEmpty())
        QSKIP(qPrintable(QStringLiteral("Wine cannot make a junction here (%1); on Windows this is "
                                        "what mklink /J does").arg(failed)));
    QVERIFY2(isLinkOrReparsePoint(link), "the junction is not seen as a reparse point");
    const KbError through = checkPathInsideRoot(QDir(link).filePath(QStringLiteral("ofcscan.ini")), root);
    QCOMPARE(through.code, QStringLiteral("file.link"));
    const KbError itself = checkPathInsideRoot(link, root);
    QCOMPARE(itself.code, QStringLiteral("file.link"));
    // An ordinary folder beside it passes: the refusal is about the link.
    QVERIFY(QDir().mkpath(QDir(root).filePath(QStringLiteral("Admin"))));
    QVERIFY(!checkPathInsideRoot(QDir(root).filePath(QStringLiteral("Admin/aucfg.ini")), root));
#endif
}

QTEST_MAIN(tst_WinSecurity)
#include "tst_winsecurity.moc"
