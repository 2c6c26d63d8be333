// The Windows host backend driving real Windows programs, on Windows (scripts/windows-test
// runs it under Wine): Wine's own reg.exe and sc.exe, and the mingw-built doubles of
// tests/windows for icacls.exe and appcmd.exe printing recorded outputs (German ones too).
// Also: how CreateProcess delivers the arguments (spaces, parentheses, non-ASCII letters,
// drive letters, \\server\share, \\?\ paths), where the tools are run from (security review
// L1), and the elevation check.
//
// Where Wine differs from Windows, the test says so (and README lists it).
#include "host/toolrunner.h"
#include "host/windowshost.h"
#include "tooldoubles.h"
#include "windowsoutputs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_WIN
#  ifndef NOMINMAX
#    define NOMINMAX
#  endif
#  include <windows.h>
#endif

using namespace kb;
using kb::test::ToolDoubles;

namespace {

#ifdef Q_OS_WIN
bool underWine()
{
    const HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    return ntdll && GetProcAddress(ntdll, "wine_get_version");
}
#endif

// Runs the system's reg.exe (not through the wizard) for planting test data.
int systemReg(const QStringList &args, QString *output = nullptr)
{
    QProcess p;
    p.start(ToolRunner::resolve(QStringLiteral("reg")), args);
    p.waitForFinished(60000);
    if (output)
        *output = ToolRunner::decodeOutput(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

struct EnvBackup
{
    explicit EnvBackup(const QList<QByteArray> &names)
    {
        for (const QByteArray &n : names)
            saved.append({n, qgetenv(n.constData()), qEnvironmentVariableIsSet(n.constData())});
    }
    ~EnvBackup()
    {
        for (const auto &s : saved) {
            if (s.set)
                qputenv(s.name.constData(), s.value);
            else
                qunsetenv(s.name.constData());
        }
    }
    struct Saved
    {
        QByteArray name, value;
        bool set;
    };
    QList<Saved> saved;
};

} // namespace

class tst_WinHost : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void wineRegReadsTheRealRegistry();
    void wineScQueriesARealService();
    void wineScMissingService();
    void wineIcaclsIsADummy();

    void icaclsDoubleGermanListing();
    void icaclsDoubleGermanDenied();
    void appcmdDoubleReadAndSetOverStdin();

    void argumentQuoting_data();
    void argumentQuoting();
    void quotingOfTheOtherArguments();

    void L1_toolsOnlyFromTheSystemFolder();

    void elevationLocalToken();
    void elevationRemoteThroughReg();

private:
    QTemporaryDir m_dir;
};

void tst_WinHost::initTestCase()
{
#ifndef Q_OS_WIN
    QSKIP("Windows only: drives real Windows programs (reg.exe, sc.exe and the mingw-built doubles "
          "of tests/windows); scripts/windows-test runs it under Wine.");
#else
    QVERIFY(m_dir.isValid());
    QVERIFY2(!ToolDoubles::program(QStringLiteral("tooldouble")).isEmpty(),
             "tooldouble.exe missing beside the test (tests/windows/CMakeLists.txt builds it)");
    qunsetenv("KBWIZARD_TOOLS");
    qInfo("running %s", underWine() ? "under Wine" : "on Windows");
#endif
}

// --- Wine's own reg.exe and sc.exe, no double --------------------------------------------------

void tst_WinHost::wineRegReadsTheRealRegistry()
{
    WindowsHost host;
    const RegistryValue v = host.readRegistry(QStringLiteral("HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion"),
                                              QStringLiteral("CurrentVersion"));
    QVERIFY2(!v.error, qPrintable(v.error.toString()));
    QVERIFY(v.found);
    QCOMPARE(v.type, QStringLiteral("REG_SZ"));
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d+\\.\\d+$")).match(v.data).hasMatch(), qPrintable(v.data));
    QVERIFY(host.windowsVersion().isKnown());

    // A value planted with reg.exe comes back exactly: spaces, parentheses, umlauts (reg prints
    // in the OEM code page; ToolRunner decodes it) and the trailing backslash (QProcess must
    // double it before the closing quote, or reg would read \" as a quote).
    const QString key = QStringLiteral("HKCU\\Software\\KbWizardTest\\Quoting");
    const QString data = QStringLiteral("C:\\Program Files (x86)\\Trend Micro\\Grüße & Söhne\\");
    QCOMPARE(systemReg({QStringLiteral("add"), key, QStringLiteral("/v"), QStringLiteral("Local Path"),
                        QStringLiteral("/t"), QStringLiteral("REG_SZ"), QStringLiteral("/d"), data,
                        QStringLiteral("/f")}),
             0);
    const RegistryValue planted = host.readRegistry(key, QStringLiteral("Local Path"));
    QVERIFY2(!planted.error, qPrintable(planted.error.toString()));
    QVERIFY(planted.found);
    QCOMPARE(planted.data, data);

    const RegistryValue missing = host.readRegistry(key, QStringLiteral("NoSuchValue"));
    QVERIFY2(!missing.error, qPrintable(missing.error.toString()));
    QVERIFY(!missing.found);
    const RegistryValue missingKey = host.readRegistry(key + QStringLiteral("\\Nope"), QStringLiteral("x"));
    QVERIFY(!missingKey.found);
    systemReg({QStringLiteral("delete"), QStringLiteral("HKCU\\Software\\KbWizardTest"), QStringLiteral("/f")});
}

void tst_WinHost::wineScQueriesARealService()
{
    // RpcSs runs in every Windows and in every Wine prefix.
    WindowsHost host;
    const ServiceStatus st = host.queryService(QStringLiteral("RpcSs"));
    QVERIFY2(!st.error, qPrintable(st.error.toString()));
    QVERIFY(st.exists);
    QCOMPARE(st.state, ServiceState::Running);
    QCOMPARE(st.name, QStringLiteral("RpcSs"));
#ifdef Q_OS_WIN
    if (underWine()) {
        // Wine 8's sc.exe has no `queryex` (it prints nothing and exits 1): WindowsHost falls
        // back to `sc query`, which has no PID line. Windows prints the PID.
        QCOMPARE(st.pid, 0u);
    } else {
        QVERIFY(st.pid > 0);
    }
#endif
}

void tst_WinHost::wineScMissingService()
{
    WindowsHost host;
    const ServiceStatus st = host.queryService(QStringLiteral("KbWizardNoSuchService"));
    QVERIFY(st.state == ServiceState::Unknown);
#ifdef Q_OS_WIN
    if (underWine()) {
        // Wine differs: its sc.exe prints nothing for a missing service and exits 1, where
        // Windows prints "[SC] EnumQueryServicesStatus:OpenService FAILED 1060" and exits 1060.
        // So under Wine the wizard cannot tell "not installed" from "failed": an error, not absent.
        QVERIFY(st.error);
        return;
    }
#endif
    QVERIFY2(!st.error, qPrintable(st.error.toString()));
    QVERIFY(!st.exists);
}

void tst_WinHost::wineIcaclsIsADummy()
{
    WindowsHost host;
    const AclListing l = host.readAcl(QStringLiteral("C:\\Windows"));
#ifdef Q_OS_WIN
    if (underWine()) {
        // Wine differs: its icacls.exe is a dummy ("not performing ACL manipulations") that
        // prints nothing and exits 0. The wizard must not read that as "no one has access":
        // it is unreadable output. The real icacls is stood in for by the doubles below.
        QCOMPARE(l.error.code, QStringLiteral("acl.unexpectedOutput"));
        QVERIFY(l.entries.isEmpty());
        return;
    }
#endif
    QVERIFY2(!l.error, qPrintable(l.error.toString()));
    QVERIFY(!l.entries.isEmpty());
}

// --- doubles: recorded outputs through a real CreateProcess and pipe ---------------------------

void tst_WinHost::icaclsDoubleGermanListing()
{
    ToolDoubles doubles(m_dir.filePath(QStringLiteral("icacls-de")), {QStringLiteral("icacls")});
    QVERIFY2(doubles.isReady(), qPrintable(doubles.error()));
    doubles.script(QStringLiteral("icacls"), 0, test::fixture(QStringLiteral("icacls_listing_de.txt")));

    WindowsHost host;
    const AclListing l = host.readAcl(QStringLiteral("C:\\daten\\.env"));
    QVERIFY2(!l.error, qPrintable(l.error.toString()));
    QCOMPARE(l.entries.size(), 3);
    QCOMPARE(l.entries.at(0).principal, QStringLiteral("Jeder"));
    QCOMPARE(l.entries.at(1).principal, QStringLiteral("VORDEFINIERT\\Benutzer"));
    // Ä went through the OEM code page (0x8E in 850 and 437) and came back.
    QCOMPARE(l.entries.at(2).principal, QStringLiteral("NT-AUTORITÄT\\SYSTEM"));
    QCOMPARE(l.entries.at(2).rights, QStringList{QStringLiteral("F")});
    QVERIFY(l.entries.at(2).inherited);
    QCOMPARE(doubles.argvs(QStringLiteral("icacls")), (QList<QStringList>{{QStringLiteral("C:\\daten\\.env")}}));
}

void tst_WinHost::icaclsDoubleGermanDenied()
{
    ToolDoubles doubles(m_dir.filePath(QStringLiteral("icacls-denied")), {QStringLiteral("icacls")});
    QVERIFY2(doubles.isReady(), qPrintable(doubles.error()));
    doubles.script(QStringLiteral("icacls"), 0, test::fixture(QStringLiteral("icacls_error_denied_de.txt")), 5);
    WindowsHost host;
    const QString path = QStringLiteral("C:\\ProgramData\\EagleEye\\certs");
    const KbError e = host.grantAcl(path, QStringLiteral("NT AUTHORITY\\NETWORK SERVICE"), QStringLiteral("(OI)(CI)(M)"));
    QVERIFY(e);
    QCOMPARE(e.code, QStringLiteral("acl.accessDenied"));
    QVERIFY2(e.message.contains(QStringLiteral("Zugriff verweigert")), qPrintable(e.message));
    QCOMPARE(doubles.argvs(QStringLiteral("icacls")).value(0),
             (QStringList{path, QStringLiteral("/grant"), QStringLiteral("NT AUTHORITY\\NETWORK SERVICE:(OI)(CI)(M)")}));
}

void tst_WinHost::appcmdDoubleReadAndSetOverStdin()
{
    ToolDoubles doubles(m_dir.filePath(QStringLiteral("appcmd")), {QStringLiteral("appcmd")});
    QVERIFY2(doubles.isReady(), qPrintable(doubles.error()));
    const QString site = QStringLiteral("Default Web Site/OfficeScan");
    doubles.script(QStringLiteral("appcmd"), 1, test::fixture(QStringLiteral("appcmd_anon_iusr_php.txt")));
    doubles.script(QStringLiteral("appcmd"), 2, test::fixture(QStringLiteral("appcmd_set_success_apphost.txt")));

    WindowsHost host;
    const IisAnonymousIdentity id = host.iisAnonymousIdentity(site);
    QVERIFY2(!id.error, qPrintable(id.error.toString()));
    QCOMPARE(id.userName, QStringLiteral("IUSR"));
    QVERIFY(id.enabled);

    const QString password = QStringLiteral("Pä$$ \"wört\" (x86)&<");
    const KbError e = host.setIisAnonymousIdentity(site, QStringLiteral("CORP\\svc_osce"), password);
    QVERIFY2(!e, qPrintable(e.toString()));
    const QList<QJsonObject> calls = doubles.calls(QStringLiteral("appcmd"));
    QCOMPARE(calls.size(), 2);
    const QStringList setArgs = doubles.argvs(QStringLiteral("appcmd")).at(1);
    QCOMPARE(setArgs.value(2), site); // one argument, spaces and all
    QCOMPARE(setArgs.last(), QStringLiteral("-in"));
    // The password reached appcmd on standard input only: not in the raw command line.
    const QString cmdline = calls.at(1).value(QStringLiteral("cmdline")).toString();
    QVERIFY2(!cmdline.contains(QStringLiteral("wört")), qPrintable(cmdline));
    const QString stdinText = calls.at(1).value(QStringLiteral("stdin")).toString();
    QVERIFY2(stdinText.contains(QStringLiteral("CORP\\svc_osce")), qPrintable(stdinText));
    QVERIFY2(stdinText.contains(QStringLiteral("P\u00e4$$ &quot;w\u00f6rt&quot; (x86)&amp;&lt;")), qPrintable(stdinText));
}

// --- what CreateProcess delivers ---------------------------------------------------------------

void tst_WinHost::argumentQuoting_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("spaces and parentheses")
        << QStringLiteral("C:\\Program Files (x86)\\Trend Micro\\Security Server\\PCCSRV\\Temp");
    QTest::newRow("trailing backslash after a space")
        << QStringLiteral("C:\\Program Files (x86)\\Trend Micro\\Security Server\\PCCSRV\\");
    QTest::newRow("two trailing backslashes") << QStringLiteral("C:\\Trend Micro\\PCCSRV\\\\");
    QTest::newRow("non-ASCII") << QStringLiteral("C:\\Programme\\Trend Micro\\Sécurité Straße\\PCCSRV");
    QTest::newRow("Japanese") << QStringLiteral("C:\\トレンドマイクロ\\Security Server\\PCCSRV");
    QTest::newRow("drive letter") << QStringLiteral("D:\\PCCSRV");
    QTest::newRow("drive root") << QStringLiteral("E:\\");
    QTest::newRow("UNC") << QStringLiteral("\\\\SBS01\\C$\\Program Files (x86)\\Trend Micro\\Security Server\\PCCSRV");
    QTest::newRow("long path prefix") << QStringLiteral("\\\\?\\C:\\Program Files (x86)\\Trend Micro\\OfficeScan\\PCCSRV");
    QTest::newRow("long UNC prefix") << QStringLiteral("\\\\?\\UNC\\SBS01\\share\\PCCSRV");
    QTest::newRow("shell characters") << QStringLiteral("C:\\a&b|c^d<e>f %PATH% !x!\\PCCSRV");
    QTest::newRow("quote and backslash inside") << QStringLiteral("C:\\odd\\\"quoted\\\" \\name");
    QTest::newRow("tab") << QStringLiteral("C:\\tab\there");
}

void tst_WinHost::argumentQuoting()
{
    QFETCH(QString, path);
    ToolDoubles doubles(m_dir.filePath(QStringLiteral("quoting-") + QString::number(qHash(path))),
                        {QStringLiteral("icacls")});
    QVERIFY2(doubles.isReady(), qPrintable(doubles.error()));
    doubles.script(QStringLiteral("icacls"), 0, test::fixture(QStringLiteral("icacls_users.txt")));
    WindowsHost host;
    host.readAcl(path);
    const QList<QStringList> argvs = doubles.argvs(QStringLiteral("icacls"));
    QCOMPARE(argvs.size(), 1);
    // What CommandLineToArgvW (the MSVC runtime's rules, as icacls reads them) makes of it.
    QCOMPARE(argvs.first(), QStringList{path});
}

void tst_WinHost::quotingOfTheOtherArguments()
{
    ToolDoubles doubles(m_dir.filePath(QStringLiteral("quoting-other")),
                        {QStringLiteral("icacls"), QStringLiteral("sc"), QStringLiteral("reg")});
    QVERIFY2(doubles.isReady(), qPrintable(doubles.error()));
    doubles.script(QStringLiteral("icacls"), 0, test::fixture(QStringLiteral("icacls_grant_processed.txt")));
    doubles.script(QStringLiteral("sc"), 0, test::fixture(QStringLiteral("sc_queryex_running.txt")));
    doubles.script(QStringLiteral("reg"), 0, test::fixture(QStringLiteral("reg_trend_local_path.txt")));

    const QString temp = QStringLiteral("C:\\Program Files (x86)\\Trend Micro\\Security Server\\PCCSRV\\Temp");
    WindowsHost local;
    QVERIFY(!local.grantAcl(temp, QStringLiteral("IIS AppPool\\Default App Pool"), QStringLiteral("(OI)(CI)(M)")));
    QVERIFY(!local.restoreAcl(temp, QStringLiteral("C:\\Users\\Admin\\AppData\\Local\\kbwizard\\backups\\acl (1).txt")));
    QCOMPARE(doubles.argvs(QStringLiteral("icacls")),
             (QList<QStringList>{
                 {temp, QStringLiteral("/grant"), QStringLiteral("IIS AppPool\\Default App Pool:(OI)(CI)(M)")},
                 {QStringLiteral("C:\\Program Files (x86)\\Trend Micro\\Security Server\\PCCSRV"),
                  QStringLiteral("/restore"),
                  QStringLiteral("C:\\Users\\Admin\\AppData\\Local\\kbwizard\\backups\\acl (1).txt")}}));

    WindowsHost remote(QStringLiteral("SBS01"));
    remote.queryService(QStringLiteral("ofcservice"));
    remote.readRegistry(QStringLiteral("HKLM\\SOFTWARE\\WOW6432Node\\TrendMicro\\OfficeScan\\service\\Information"),
                        QStringLiteral("Local_Path"));
    QCOMPARE(doubles.argvs(QStringLiteral("sc")).value(0),
             (QStringList{QStringLiteral("\\\\SBS01"), QStringLiteral("queryex"), QStringLiteral("ofcservice")}));
    QCOMPARE(doubles.argvs(QStringLiteral("reg")).value(0),
             (QStringList{QStringLiteral("query"),
                          QStringLiteral("\\\\SBS01\\HKLM\\SOFTWARE\\WOW6432Node\\TrendMicro\\OfficeScan\\service\\Information"),
                          QStringLiteral("/v"), QStringLiteral("Local_Path")}));
}

// --- L1: the tools come from the system folder only ------------------------------------------

void tst_WinHost::L1_toolsOnlyFromTheSystemFolder()
{
#ifdef Q_OS_WIN
    // A planted appcmd.exe / reg.exe on PATH, in the current folder and under a %windir% that the
    // environment points elsewhere must never run. Wine, like a WFBS server with Apache instead
    // of IIS, has no System32\inetsrv\appcmd.exe: so appcmd is missing.
    const EnvBackup env({"PATH", "windir", "SystemRoot", "KBWIZARD_TOOLS"});
    const QString planted = m_dir.filePath(QStringLiteral("l1"));
    ToolDoubles doubles(planted, {QStringLiteral("appcmd"), QStringLiteral("reg"), QStringLiteral("sc")});
    QVERIFY2(doubles.isReady(), qPrintable(doubles.error()));
    qunsetenv("KBWIZARD_TOOLS"); // the doubles stay planted, only the test hook is gone
    QDir(planted).mkpath(QStringLiteral("fakewin/System32/inetsrv"));
    QVERIFY(QFile::copy(ToolDoubles::program(QStringLiteral("tooldouble")),
                        planted + QStringLiteral("/fakewin/System32/inetsrv/appcmd.exe")));
    QVERIFY(QFile::copy(ToolDoubles::program(QStringLiteral("tooldouble")),
                        planted + QStringLiteral("/fakewin/System32/reg.exe")));
    const QString bin = QDir::toNativeSeparators(doubles.binDir());
    qputenv("PATH", QFile::encodeName(bin + QLatin1Char(';') + qEnvironmentVariable("PATH")));
    qputenv("windir", QFile::encodeName(QDir::toNativeSeparators(planted + QStringLiteral("/fakewin"))));
    qputenv("SystemRoot", qgetenv("windir"));
    // The planted copies in the current folder too (restored however the test ends: fixtures
    // are read through Z:\ paths relative to the current drive).
    struct Cwd
    {
        QString previous = QDir::currentPath();
        ~Cwd() { QDir::setCurrent(previous); }
    } cwd;
    QDir::setCurrent(doubles.binDir());

    wchar_t buf[MAX_PATH + 1] = {};
    const UINT n = GetSystemWindowsDirectoryW(buf, MAX_PATH);
    const QString windows = QString::fromWCharArray(buf, int(n));

    QStringList searched;
    const QString reg = ToolRunner::resolve(QStringLiteral("reg"), &searched);
    QCOMPARE(QDir::toNativeSeparators(reg).toLower(), (windows + QStringLiteral("\\System32\\reg.exe")).toLower());
    QVERIFY(!searched.contains(QStringLiteral("PATH")));

    const bool hasIis = QFileInfo::exists(windows + QStringLiteral("\\System32\\inetsrv\\appcmd.exe"));
    if (!hasIis) {
        const QString appcmd = ToolRunner::resolve(QStringLiteral("appcmd"), &searched);
        QVERIFY2(appcmd.isEmpty(), qPrintable(appcmd));
        QCOMPARE(searched, QStringList{windows + QStringLiteral("\\System32\\inetsrv\\appcmd.exe")});
        const ToolResult t = ToolRunner().run(QStringLiteral("appcmd"), {QStringLiteral("list"), QStringLiteral("site")});
        QCOMPARE(t.error.code, QStringLiteral("tool.missing"));
        WindowsHost host;
        QCOMPARE(host.iisSite(QStringLiteral("Default Web Site")).error.code, QStringLiteral("tool.missing"));
    }
    // The real reg.exe answered, and no planted copy ever ran.
    WindowsHost host;
    QVERIFY(host.readRegistry(QStringLiteral("HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion"),
                              QStringLiteral("CurrentVersion")).found);
    QCOMPARE(doubles.calls().size(), 0);
    if (hasIis)
        QSKIP("IIS is installed here: the missing-appcmd half of L1 was not checked");
#endif
}

// --- elevation ---------------------------------------------------------------------------------

void tst_WinHost::elevationLocalToken()
{
#ifdef Q_OS_WIN
    WindowsHost host;
    const ElevationStatus s = host.elevation();
    QVERIFY2(!s.error, qPrintable(s.error.toString()));
    QVERIFY2(s.how.contains(QStringLiteral("CheckTokenMembership")), qPrintable(s.how));
    // Cross-check through another API: the Administrators group enabled in the token.
    HANDLE token = nullptr;
    QVERIFY(OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token));
    DWORD len = 0;
    GetTokenInformation(token, TokenGroups, nullptr, 0, &len);
    QByteArray buf(int(len), 0);
    QVERIFY(GetTokenInformation(token, TokenGroups, buf.data(), len, &len));
    CloseHandle(token);
    const auto *groups = reinterpret_cast<const TOKEN_GROUPS *>(buf.constData());
    SID_IDENTIFIER_AUTHORITY nt = SECURITY_NT_AUTHORITY;
    PSID admins = nullptr;
    QVERIFY(AllocateAndInitializeSid(&nt, 2, SECURITY_BUILTIN_DOMAIN_RID, DOMAIN_ALIAS_RID_ADMINS, 0, 0, 0, 0, 0, 0, &admins));
    bool enabledAdmin = false;
    for (DWORD i = 0; i < groups->GroupCount; ++i)
        if (EqualSid(groups->Groups[i].Sid, admins) && (groups->Groups[i].Attributes & SE_GROUP_ENABLED))
            enabledAdmin = true;
    FreeSid(admins);
    QCOMPARE(s.isElevated(), enabledAdmin);
    if (underWine()) {
        // Wine runs every program as an administrator with a full token: elevated.
        QVERIFY(s.isElevated());
        // And why the check is not `reg query HKU\S-1-5-19` locally any more: Wine has no
        // LocalService hive, so that query fails and called every Wine user "not elevated".
        QVERIFY(systemReg({QStringLiteral("query"), QStringLiteral("HKU\\S-1-5-19")}) != 0);
    }
#endif
}

void tst_WinHost::elevationRemoteThroughReg()
{
    ToolDoubles doubles(m_dir.filePath(QStringLiteral("elevation-remote")), {QStringLiteral("reg")});
    QVERIFY2(doubles.isReady(), qPrintable(doubles.error()));
    doubles.script(QStringLiteral("reg"), 0, QString(), 1, QStringLiteral("ERROR: Zugriff verweigert\r\n"));
    WindowsHost host(QStringLiteral("SBS01"));
    const ElevationStatus s = host.elevation();
    QCOMPARE(s.state, ElevationStatus::State::NotElevated);
    QVERIFY2(s.how.contains(QStringLiteral("Zugriff verweigert")), qPrintable(s.how));
    QCOMPARE(doubles.argvs(QStringLiteral("reg")),
             (QList<QStringList>{{QStringLiteral("query"), QStringLiteral("\\\\SBS01\\HKU\\S-1-5-19")}}));
}

QTEST_GUILESS_MAIN(tst_WinHost)
#include "tst_winhost.moc"
