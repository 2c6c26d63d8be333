#include "host/icaclsparser.h"
#include "fakewindowstools.h"
#include "host/toolrunner.h"
#include "host/windowshost.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace kb;

namespace {

QMutex g_logMutex;
QStringList g_log;

void captureMessages(QtMsgType, const QMessageLogContext &, const QString &msg)
{
    QMutexLocker lock(&g_logMutex);
    g_log << msg;
}

const QString kSection = QStringLiteral("system.webServer/security/authentication/anonymousAuthentication");
const QString kSite = QStringLiteral("Default Web Site/OfficeScan");
const QString kTemp = QStringLiteral("C:\\Program Files (x86)\\Trend Micro\\OfficeScan\\PCCSRV\\Temp");

QJsonObject service(const QString &state, int pendingPolls = 1)
{
    return QJsonObject{{QStringLiteral("state"), state},
                       {QStringLiteral("pid"), 4312},
                       {QStringLiteral("pendingPolls"), pendingPolls}};
}

} // namespace

class tst_WindowsHost : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void queryService_data();
    void queryService();
    void startPollsUntilRunning();
    void startFails_data();
    void startFails();
    void startTimesOut();
    void stopAccessDenied();
    void restartSequence();
    void restartStopped();
    void restartMissing();
    void remoteServer();
    void aclRoundTrip();
    void aclErrors();
    void parentPath_data();
    void parentPath();
    void iisRead();
    void iisSetPasswordOnlyOnStdin();
    void registry();
    void elevation_data();
    void elevation();
    void windowsVersionAndComputerName();
    void iisSite();
    void hostPathLocal();
    void toolMissing();
    void toolHangs();
    void notAllowedTool();

private:

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::FakeWindowsTools> m_fakes;
};

void tst_WindowsHost::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_fakes = std::make_unique<test::FakeWindowsTools>(m_dir->path());
}

void tst_WindowsHost::cleanup()
{
    m_fakes.reset();
    m_dir.reset();
}

// --- services --------------------------------------------------------------------------------

void tst_WindowsHost::queryService_data()
{
    QTest::addColumn<QJsonObject>("svc");
    QTest::addColumn<bool>("exists");
    QTest::addColumn<int>("state");
    QTest::addColumn<uint>("pid");
    QTest::addColumn<QString>("errorCode");

    QTest::newRow("running") << service(QStringLiteral("RUNNING")) << true << int(ServiceState::Running) << 4312u
                             << QString();
    QTest::newRow("stopped") << service(QStringLiteral("STOPPED")) << true << int(ServiceState::Stopped) << 0u
                             << QString();
    QTest::newRow("missing") << QJsonObject() << false << int(ServiceState::Unknown) << 0u << QString();
    QJsonObject denied = service(QStringLiteral("RUNNING"));
    denied.insert(QStringLiteral("accessDenied"), true);
    QTest::newRow("access-denied") << denied << true << int(ServiceState::Unknown) << 0u
                                   << QStringLiteral("service.accessDenied");
}

void tst_WindowsHost::queryService()
{
    QFETCH(QJsonObject, svc);
    QJsonObject services;
    if (!svc.isEmpty())
        services.insert(QStringLiteral("ofcservice"), svc);
    m_fakes->writeState(QJsonObject{{QStringLiteral("services"), services}});

    WindowsHost host;
    QCOMPARE(host.kind(), HostKind::Windows);
    const ServiceStatus st = host.queryService(QStringLiteral("ofcservice"));
    QTEST(st.exists, "exists");
    QTEST(int(st.state), "state");
    QTEST(uint(st.pid), "pid");
    QTEST(st.error.code, "errorCode");
    QCOMPARE(st.name, QStringLiteral("ofcservice"));
    QCOMPARE(m_fakes->argvs(QStringLiteral("sc")), (QList<QStringList>{{QStringLiteral("queryex"), QStringLiteral("ofcservice")}}));
}

void tst_WindowsHost::startPollsUntilRunning()
{
    m_fakes->writeState(QJsonObject{{QStringLiteral("services"),
                            QJsonObject{{QStringLiteral("ofcservice"), service(QStringLiteral("STOPPED"), 2)}}}});
    WindowsHost host;
    host.setMinPollIntervalMs(5);
    const ServiceControlResult r = host.startService(QStringLiteral("ofcservice"), 20000);
    QVERIFY2(r.ok, qPrintable(r.error.message));
    QCOMPARE(r.win32Error, 0u);
    QCOMPARE(r.finalState, ServiceState::Running);
    const QStringList start{QStringLiteral("start"), QStringLiteral("ofcservice")};
    const QStringList query{QStringLiteral("query"), QStringLiteral("ofcservice")};
    QCOMPARE(m_fakes->argvs(QStringLiteral("sc")), (QList<QStringList>{start, query, query, query}));
    QCOMPARE(m_fakes->state()[QStringLiteral("services")][QStringLiteral("ofcservice")][QStringLiteral("state")].toString(),
             QStringLiteral("RUNNING"));
}

void tst_WindowsHost::startFails_data()
{
    QTest::addColumn<QJsonObject>("svc");
    QTest::addColumn<uint>("win32Error");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<int>("finalState");
    QTest::addColumn<int>("scCalls");

    QJsonObject hangs = service(QStringLiteral("STOPPED"));
    hangs.insert(QStringLiteral("failStart"), 1053);
    QTest::newRow("1053") << hangs << 1053u << QStringLiteral("service.timeout") << int(ServiceState::Unknown) << 1;
    QJsonObject disabled = service(QStringLiteral("STOPPED"));
    disabled.insert(QStringLiteral("failStart"), 1058);
    QTest::newRow("1058-disabled") << disabled << 1058u << QStringLiteral("service.disabled")
                                   << int(ServiceState::Unknown) << 1;
    QTest::newRow("1056-already-running") << service(QStringLiteral("RUNNING")) << 1056u
                                          << QStringLiteral("service.alreadyRunning") << int(ServiceState::Running) << 1;
    QJsonObject denied = service(QStringLiteral("STOPPED"));
    denied.insert(QStringLiteral("accessDenied"), true);
    QTest::newRow("5-denied") << denied << 5u << QStringLiteral("service.accessDenied") << int(ServiceState::Unknown)
                              << 1;
    QJsonObject crashes = service(QStringLiteral("STOPPED"), 1);
    crashes.insert(QStringLiteral("stopsDuringStart"), 1067);
    QTest::newRow("stops-while-starting") << crashes << 1067u << QStringLiteral("service.stoppedDuringStart")
                                          << int(ServiceState::Stopped) << 3;
    QTest::newRow("1060-missing") << QJsonObject() << 1060u << QStringLiteral("service.notFound")
                                  << int(ServiceState::Unknown) << 1;
}

void tst_WindowsHost::startFails()
{
    QFETCH(QJsonObject, svc);
    QJsonObject services;
    if (!svc.isEmpty())
        services.insert(QStringLiteral("ofcservice"), svc);
    m_fakes->writeState(QJsonObject{{QStringLiteral("services"), services}});
    WindowsHost host;
    host.setMinPollIntervalMs(5);
    const ServiceControlResult r = host.startService(QStringLiteral("ofcservice"), 20000);
    QVERIFY(!r.ok);
    QTEST(uint(r.win32Error), "win32Error");
    QTEST(r.error.code, "errorCode");
    QTEST(int(r.finalState), "finalState");
    QTEST(int(m_fakes->argvs(QStringLiteral("sc")).size()), "scCalls");
    QVERIFY(r.error.message.contains(QLatin1String("ofcservice")));
}

void tst_WindowsHost::startTimesOut()
{
    m_fakes->writeState(QJsonObject{{QStringLiteral("services"),
                            QJsonObject{{QStringLiteral("ofcservice"), service(QStringLiteral("STOPPED"), 100000)}}}});
    WindowsHost host;
    host.setMinPollIntervalMs(50);
    const ServiceControlResult r = host.startService(QStringLiteral("ofcservice"), 1200);
    QVERIFY(!r.ok);
    QCOMPARE(r.win32Error, 1053u);
    QCOMPARE(r.error.code, QStringLiteral("service.timeout"));
    QCOMPARE(r.finalState, ServiceState::StartPending);
    QVERIFY(m_fakes->argvs(QStringLiteral("sc")).size() >= 2); // started, then polled at least once
}

void tst_WindowsHost::stopAccessDenied()
{
    QJsonObject denied = service(QStringLiteral("RUNNING"));
    denied.insert(QStringLiteral("accessDenied"), true);
    m_fakes->writeState(QJsonObject{{QStringLiteral("services"), QJsonObject{{QStringLiteral("ofcservice"), denied}}}});
    const ServiceControlResult r = WindowsHost().stopService(QStringLiteral("ofcservice"), 5000);
    QVERIFY(!r.ok);
    QCOMPARE(r.win32Error, 5u);
    QCOMPARE(r.error.code, QStringLiteral("service.accessDenied"));
    QCOMPARE(m_fakes->argvs(QStringLiteral("sc")), (QList<QStringList>{{QStringLiteral("stop"), QStringLiteral("ofcservice")}}));
}

void tst_WindowsHost::restartSequence()
{
    m_fakes->writeState(QJsonObject{{QStringLiteral("services"),
                            QJsonObject{{QStringLiteral("ofcservice"), service(QStringLiteral("RUNNING"), 1)}}}});
    WindowsHost host;
    host.setMinPollIntervalMs(5);
    const ServiceControlResult r = host.restartService(QStringLiteral("ofcservice"), 30000);
    QVERIFY2(r.ok, qPrintable(r.error.message));
    QCOMPARE(r.finalState, ServiceState::Running);
    auto sc = [](const char *verb) { return QStringList{QString::fromLatin1(verb), QStringLiteral("ofcservice")}; };
    // Query, stop, poll (STOP_PENDING, STOPPED), start, poll (START_PENDING, RUNNING).
    QCOMPARE(m_fakes->argvs(QStringLiteral("sc")), (QList<QStringList>{sc("queryex"), sc("stop"), sc("query"), sc("query"),
                                                             sc("start"), sc("query"), sc("query")}));
}

void tst_WindowsHost::restartStopped()
{
    m_fakes->writeState(QJsonObject{{QStringLiteral("services"),
                            QJsonObject{{QStringLiteral("ofcservice"), service(QStringLiteral("STOPPED"), 0)}}}});
    WindowsHost host;
    host.setMinPollIntervalMs(5);
    const ServiceControlResult r = host.restartService(QStringLiteral("ofcservice"), 30000);
    QVERIFY2(r.ok, qPrintable(r.error.message));
    auto sc = [](const char *verb) { return QStringList{QString::fromLatin1(verb), QStringLiteral("ofcservice")}; };
    QCOMPARE(m_fakes->argvs(QStringLiteral("sc")), (QList<QStringList>{sc("queryex"), sc("start"), sc("query")}));
}

void tst_WindowsHost::restartMissing()
{
    const ServiceControlResult r = WindowsHost().restartService(QStringLiteral("nosuch"), 5000);
    QVERIFY(!r.ok);
    QCOMPARE(r.win32Error, 1060u);
    QCOMPARE(r.error.code, QStringLiteral("service.notFound"));
    QCOMPARE(m_fakes->argvs(QStringLiteral("sc")).size(), 1); // no stop/start attempted
}

void tst_WindowsHost::remoteServer()
{
    m_fakes->writeState(QJsonObject{
            {QStringLiteral("servers"), QJsonArray{QStringLiteral("WS01")}},
            {QStringLiteral("services"), QJsonObject{{QStringLiteral("ofcservice"), service(QStringLiteral("RUNNING"), 0)}}},
            {QStringLiteral("registry"),
             QJsonObject{{QStringLiteral("HKEY_LOCAL_MACHINE\\SOFTWARE\\X"),
                          QJsonObject{{QStringLiteral("V"), QJsonArray{QStringLiteral("REG_SZ"), QStringLiteral("1")}}}}}}});
    WindowsHost host(QStringLiteral("WS01"));
    host.setMinPollIntervalMs(5);
    QCOMPARE(host.remoteServer(), QStringLiteral("\\\\WS01"));
    QCOMPARE(host.queryService(QStringLiteral("ofcservice")).state, ServiceState::Running);
    QVERIFY(host.restartService(QStringLiteral("ofcservice"), 30000).ok);
    const QList<QStringList> sc = m_fakes->argvs(QStringLiteral("sc"));
    QCOMPARE(sc.first(), (QStringList{QStringLiteral("\\\\WS01"), QStringLiteral("queryex"), QStringLiteral("ofcservice")}));
    for (const QStringList &argv : sc)
        QCOMPARE(argv.first(), QStringLiteral("\\\\WS01"));
    QCOMPARE(sc.at(2), (QStringList{QStringLiteral("\\\\WS01"), QStringLiteral("stop"), QStringLiteral("ofcservice")}));

    const RegistryValue v = host.readRegistry(QStringLiteral("HKLM\\SOFTWARE\\X"), QStringLiteral("V"));
    QVERIFY(v.found);
    QCOMPARE(m_fakes->argvs(QStringLiteral("reg")).last().at(1), QStringLiteral("\\\\WS01\\HKLM\\SOFTWARE\\X"));

    QCOMPARE(host.iisAnonymousIdentity(kSite).error.code, QStringLiteral("iis.remoteUnsupported"));
    QVERIFY(m_fakes->argvs(QStringLiteral("appcmd")).isEmpty());

    // An unreachable server: sc's RPC error surfaces as a service error with its code.
    WindowsHost other(QStringLiteral("\\\\NOPE"));
    const ServiceStatus st = other.queryService(QStringLiteral("ofcservice"));
    QCOMPARE(st.error.code, QStringLiteral("service.failed"));
    QVERIFY(st.error.message.contains(QLatin1String("1722")));
}

// --- ACLs ------------------------------------------------------------------------------------

void tst_WindowsHost::aclRoundTrip()
{
    const QStringList original{QStringLiteral("NT AUTHORITY\\SYSTEM:(I)(OI)(CI)(F)"),
                               QStringLiteral("BUILTIN\\Administrators:(I)(OI)(CI)(F)"),
                               QStringLiteral("BUILTIN\\Users:(I)(OI)(CI)(RX)"),
                               QStringLiteral("CREATOR OWNER:(I)(OI)(CI)(IO)(F)")};
    m_fakes->writeState(QJsonObject{{QStringLiteral("acls"),
                            QJsonObject{{kTemp, QJsonObject{{QStringLiteral("entries"), QJsonArray::fromStringList(original)}}}}}});
    WindowsHost host;
    auto formattedAcl = [&host] {
        QStringList out;
        const AclListing l = host.readAcl(kTemp);
        if (l.error)
            qWarning("%s", qPrintable(l.error.message));
        for (const AclEntry &e : l.entries)
            out << formatAclEntry(e);
        return out;
    };

    const AclListing before = host.readAcl(kTemp);
    QVERIFY2(!before.error, qPrintable(before.error.message));
    QCOMPARE(before.path, kTemp);
    QCOMPARE(evaluateReadWrite(before, iisIusrsAliases()).result, AclVerdict::Missing);

    const QString saveFile = m_dir->filePath(QStringLiteral("temp acl.bak"));
    const KbError saved = host.saveAcl(kTemp, saveFile);
    QVERIFY2(!saved, qPrintable(saved.message));
    QFile f(saveFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString saveText = QString::fromUtf16(reinterpret_cast<const char16_t *>(f.readAll().constData()),
                                                qsizetype(f.size() / 2));
    QVERIFY2(saveText.startsWith(QLatin1String("Temp\r\nD:AI(A;OICIID;FA;;;SY)")), qPrintable(saveText));

    const KbError granted = host.grantAcl(kTemp, QStringLiteral("IIS_IUSRS"), QStringLiteral("(OI)(CI)(M)"));
    QVERIFY2(!granted, qPrintable(granted.message));
    const AclListing after = host.readAcl(kTemp);
    QCOMPARE(formatAclEntry(after.entries.first()), QStringLiteral("BUILTIN\\IIS_IUSRS:(OI)(CI)(M)"));
    QCOMPARE(evaluateReadWrite(after, iisIusrsAliases()).result, AclVerdict::Allowed);

    const KbError restored = host.restoreAcl(kTemp, saveFile);
    QVERIFY2(!restored, qPrintable(restored.message));
    QCOMPARE(formattedAcl(), original);

    const QString parent = QStringLiteral("C:\\Program Files (x86)\\Trend Micro\\OfficeScan\\PCCSRV");
    QCOMPARE(m_fakes->argvs(QStringLiteral("icacls")),
             (QList<QStringList>{{kTemp},
                                 {kTemp, QStringLiteral("/save"), saveFile},
                                 {kTemp, QStringLiteral("/grant"), QStringLiteral("IIS_IUSRS:(OI)(CI)(M)")},
                                 {kTemp},
                                 {parent, QStringLiteral("/restore"), saveFile},
                                 {kTemp}}));
}

void tst_WindowsHost::aclErrors()
{
    m_fakes->writeState(QJsonObject{{QStringLiteral("acls"),
                            QJsonObject{{QStringLiteral("C:\\locked"),
                                         QJsonObject{{QStringLiteral("entries"),
                                                      QJsonArray{QStringLiteral("BUILTIN\\Administrators:(F)")}},
                                                     {QStringLiteral("denied"), true}}},
                                        {QStringLiteral("C:\\ok"),
                                         QJsonObject{{QStringLiteral("entries"),
                                                      QJsonArray{QStringLiteral("BUILTIN\\Administrators:(F)")}}}}}}});
    WindowsHost host;
    QCOMPARE(host.readAcl(QStringLiteral("C:\\locked")).error.code, QStringLiteral("acl.accessDenied"));
    QCOMPARE(host.readAcl(QStringLiteral("C:\\nope")).error.code, QStringLiteral("acl.notFound"));
    QCOMPARE(host.grantAcl(QStringLiteral("C:\\locked"), QStringLiteral("IIS_IUSRS"), QStringLiteral("(M)")).code,
             QStringLiteral("acl.accessDenied"));
    QCOMPARE(host.grantAcl(QStringLiteral("C:\\ok"), QStringLiteral("NoSuchUser"), QStringLiteral("(OI)(CI)(M)")).code,
             QStringLiteral("acl.unknownPrincipal"));
    QCOMPARE(host.saveAcl(QStringLiteral("C:\\nope"), m_dir->filePath(QStringLiteral("x.acl"))).code,
             QStringLiteral("acl.notFound"));
    const int before = int(m_fakes->calls().size());
    // Refused before anything runs: no rights, or a deny given to grant.
    QCOMPARE(host.grantAcl(QStringLiteral("C:\\ok"), QStringLiteral("IIS_IUSRS"), QStringLiteral("(OI)(CI)")).code,
             QStringLiteral("acl.invalidRights"));
    QCOMPARE(host.grantAcl(QStringLiteral("C:\\ok"), QString(), QStringLiteral("(M)")).code,
             QStringLiteral("acl.invalidRights"));
    QCOMPARE(host.grantAcl(QStringLiteral("C:\\ok"), QStringLiteral("IIS_IUSRS"), QStringLiteral("(DENY)(W)")).code,
             QStringLiteral("acl.invalidRights"));
    QCOMPARE(int(m_fakes->calls().size()), before);
    QCOMPARE(host.restoreAcl(QStringLiteral("C:\\"), m_dir->filePath(QStringLiteral("x.acl"))).code,
             QStringLiteral("acl.noParent"));
}

void tst_WindowsHost::parentPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("parent");
    QTest::newRow("plain") << QStringLiteral("C:\\a\\b") << QStringLiteral("C:\\a");
    QTest::newRow("trailing") << QStringLiteral("C:\\a\\b\\") << QStringLiteral("C:\\a");
    QTest::newRow("drive-child") << QStringLiteral("C:\\a") << QStringLiteral("C:\\");
    QTest::newRow("drive-root") << QStringLiteral("C:\\") << QString();
    QTest::newRow("unc") << QStringLiteral("\\\\srv\\share\\dir") << QStringLiteral("\\\\srv\\share");
    QTest::newRow("unc-root") << QStringLiteral("\\\\srv\\share") << QString();
    QTest::newRow("spaces") << kTemp << QStringLiteral("C:\\Program Files (x86)\\Trend Micro\\OfficeScan\\PCCSRV");
    QTest::newRow("relative") << QStringLiteral("Temp") << QStringLiteral(".");
    QTest::newRow("posix") << QStringLiteral("/srv/a/b/") << QStringLiteral("/srv/a");
    QTest::newRow("posix-top") << QStringLiteral("/srv") << QStringLiteral("/");
}

void tst_WindowsHost::parentPath()
{
    QFETCH(QString, path);
    QTEST(WindowsHost::parentPath(path), "parent");
}

// --- IIS -------------------------------------------------------------------------------------

void tst_WindowsHost::iisRead()
{
    m_fakes->writeState(QJsonObject{{QStringLiteral("iis"),
                            QJsonObject{{kSite, QJsonObject{{QStringLiteral("enabled"), QStringLiteral("true")},
                                                            {QStringLiteral("userName"), QStringLiteral("CORP\\svc_osce")},
                                                            {QStringLiteral("password"), QStringLiteral("Old-Pa55")}}},
                                        {QStringLiteral("Default Web Site"),
                                         QJsonObject{{QStringLiteral("userName"), QString()}}}}}});
    WindowsHost host;
    const IisAnonymousIdentity id = host.iisAnonymousIdentity(kSite);
    QVERIFY2(!id.error, qPrintable(id.error.message));
    QVERIFY(id.enabled);
    QCOMPARE(id.userName, QStringLiteral("CORP\\svc_osce"));
    QVERIFY(id.hasPassword);
    QVERIFY(!id.rawSection.contains(QLatin1String("Old-Pa55")));
    QVERIFY(id.rawSection.contains(QStringLiteral("password=\"") + ToolRunner::mask()));
    QCOMPARE(m_fakes->argvs(QStringLiteral("appcmd")).first(),
             (QStringList{QStringLiteral("list"), QStringLiteral("config"), kSite, QStringLiteral("-section:") + kSection}));

    const IisAnonymousIdentity pool = host.iisAnonymousIdentity(QStringLiteral("Default Web Site"));
    QVERIFY(!pool.error);
    QVERIFY(pool.userName.isEmpty());
    QVERIFY(!pool.hasPassword);

    const IisAnonymousIdentity missing = host.iisAnonymousIdentity(QStringLiteral("No Such Site"));
    QCOMPARE(missing.error.code, QStringLiteral("iis.error"));
    QVERIFY(missing.error.message.contains(QLatin1String("No Such Site")));
}

void tst_WindowsHost::iisSetPasswordOnlyOnStdin()
{
    const QString password = QStringLiteral("N3w&<Secret\"Pw");
    m_fakes->writeState(QJsonObject{{QStringLiteral("iis"),
                            QJsonObject{{kSite, QJsonObject{{QStringLiteral("enabled"), QStringLiteral("true")},
                                                            {QStringLiteral("userName"), QStringLiteral("IUSR")}}}}}});
    g_log.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("kbwizard.*.debug=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
    WindowsHost host;
    const KbError e = host.setIisAnonymousIdentity(kSite, QStringLiteral("CORP\\svc_osce"), password);
    const IisAnonymousIdentity id = host.iisAnonymousIdentity(kSite);
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QStringLiteral("kbwizard.*.debug=false"));

    QVERIFY2(!e, qPrintable(e.message));
    // The exact command line, and no password on any command line.
    const QList<QStringList> appcmd = m_fakes->argvs(QStringLiteral("appcmd"));
    QCOMPARE(appcmd.first(), (QStringList{QStringLiteral("set"), QStringLiteral("config"), kSite,
                                          QStringLiteral("-section:") + kSection, QStringLiteral("/commit:apphost"),
                                          QStringLiteral("-in")}));
    for (const QStringList &argv : m_fakes->argvs(QString())) {
        for (const QString &arg : argv) {
            QVERIFY2(!arg.contains(password), qPrintable(arg));
            QVERIFY2(!arg.contains(QLatin1String("N3w")), qPrintable(arg));
        }
    }
    // It reached appcmd on standard input, in the `list config /xml` document shape.
    const QString stdinText = m_fakes->calls().first().value(QStringLiteral("stdin")).toString();
    QXmlStreamReader xml(stdinText);
    QString sent, user, path;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("CONFIG"))
            path = xml.attributes().value(QLatin1String("path")).toString();
        if (xml.name() == QLatin1String("system.webServer-security-authentication-anonymousAuthentication")) {
            sent = xml.attributes().value(QLatin1String("password")).toString();
            user = xml.attributes().value(QLatin1String("userName")).toString();
        }
    }
    QCOMPARE(sent, password);
    QCOMPARE(user, QStringLiteral("CORP\\svc_osce"));
    QCOMPARE(path, QStringLiteral("MACHINE/WEBROOT/APPHOST/") + kSite);
    QCOMPARE(m_fakes->state()[QStringLiteral("iis")][kSite][QStringLiteral("password")].toString(), password);

    // Read back: the stored password is known to exist, its value is nowhere.
    QVERIFY(!id.error);
    QCOMPARE(id.userName, QStringLiteral("CORP\\svc_osce"));
    QVERIFY(id.hasPassword);
    QVERIFY(!id.rawSection.contains(QLatin1String("N3w")));

    // Logging was on (the log mentions appcmd), and no log line carries the password.
    QVERIFY(!g_log.isEmpty());
    QVERIFY(g_log.join(QLatin1Char('\n')).contains(QLatin1String("appcmd")));
    for (const QString &line : std::as_const(g_log)) {
        QVERIFY2(!line.contains(QLatin1String("N3w")), qPrintable(line));
        QVERIFY2(!line.contains(password.toHtmlEscaped()), qPrintable(line));
    }
}

// --- registry --------------------------------------------------------------------------------

void tst_WindowsHost::registry()
{
    const QString key = QStringLiteral("HKLM\\SOFTWARE\\WOW6432Node\\TrendMicro\\OfficeScan\\service\\Information");
    m_fakes->writeState(QJsonObject{{QStringLiteral("registry"),
                            QJsonObject{{QStringLiteral("HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\TrendMicro\\OfficeScan\\service\\Information"),
                                         QJsonObject{{QStringLiteral("Local_Path"),
                                                      QJsonArray{QStringLiteral("REG_SZ"),
                                                                 QStringLiteral("C:\\Program Files (x86)\\Trend Micro\\Security Server\\PCCSRV\\")}},
                                                     {QStringLiteral("Server_Version"),
                                                      QJsonArray{QStringLiteral("REG_DWORD"), QStringLiteral("0xe")}}}}}}});
    WindowsHost host;
    const RegistryValue path = host.readRegistry(key, QStringLiteral("Local_Path"));
    QVERIFY2(!path.error, qPrintable(path.error.message));
    QVERIFY(path.found);
    QCOMPARE(path.type, QStringLiteral("REG_SZ"));
    QCOMPARE(path.data, QStringLiteral("C:\\Program Files (x86)\\Trend Micro\\Security Server\\PCCSRV\\"));
    QCOMPARE(m_fakes->argvs(QStringLiteral("reg")).first(),
             (QStringList{QStringLiteral("query"), key, QStringLiteral("/v"), QStringLiteral("Local_Path")}));

    const RegistryValue missingValue = host.readRegistry(key, QStringLiteral("NoSuchValue"));
    QVERIFY(!missingValue.found);
    QVERIFY(!missingValue.error);
    const RegistryValue missingKey = host.readRegistry(QStringLiteral("HKLM\\SOFTWARE\\Nope"), QStringLiteral("X"));
    QVERIFY(!missingKey.found);
    QVERIFY(!missingKey.error);
}

// --- facts about the host --------------------------------------------------------------------

void tst_WindowsHost::elevation_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<bool>("elevated");
    QTest::addColumn<int>("state");
    QTest::addColumn<QStringList>("argv");
    QTest::newRow("local-elevated") << QString() << true << int(ElevationStatus::State::Elevated)
                                    << QStringList{QStringLiteral("query"), QStringLiteral("HKU\\S-1-5-19")};
    QTest::newRow("local-not-elevated") << QString() << false << int(ElevationStatus::State::NotElevated)
                                        << QStringList{QStringLiteral("query"), QStringLiteral("HKU\\S-1-5-19")};
    QTest::newRow("remote-admin") << QStringLiteral("WS01") << true << int(ElevationStatus::State::Elevated)
                                  << QStringList{QStringLiteral("query"), QStringLiteral("\\\\WS01\\HKU\\S-1-5-19")};
    QTest::newRow("remote-denied") << QStringLiteral("WS01") << false << int(ElevationStatus::State::NotElevated)
                                   << QStringList{QStringLiteral("query"), QStringLiteral("\\\\WS01\\HKU\\S-1-5-19")};
}

void tst_WindowsHost::elevation()
{
    QFETCH(QString, server);
    QFETCH(bool, elevated);
    QFETCH(int, state);
    QFETCH(QStringList, argv);
    m_fakes->writeState(QJsonObject{{QStringLiteral("elevated"), elevated}});
    WindowsHost host(server);
    const ElevationStatus s = host.elevation();
    QCOMPARE(int(s.state), state);
    QVERIFY(!s.error);
    QVERIFY2(s.how.contains(argv.last()), qPrintable(s.how));
    QCOMPARE(elevationWarning(s, host.remoteServer()).isEmpty(), elevated);
    if (!elevated && !server.isEmpty())
        QVERIFY(elevationWarning(s, host.remoteServer()).contains(QStringLiteral("\\\\WS01")));
    QCOMPARE(int(host.elevation().state), state); // cached: asked once
    QCOMPARE(m_fakes->argvs(QStringLiteral("reg")), QList<QStringList>{argv});
}

void tst_WindowsHost::windowsVersionAndComputerName()
{
    m_fakes->writeState(QJsonObject{{QStringLiteral("registry"),
                            QJsonObject{{QStringLiteral("HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion"),
                                         QJsonObject{{QStringLiteral("ProductName"), QJsonArray{QStringLiteral("REG_SZ"), QStringLiteral("Microsoft Windows Server 2003")}},
                                                     {QStringLiteral("CurrentVersion"), QJsonArray{QStringLiteral("REG_SZ"), QStringLiteral("5.2")}},
                                                     {QStringLiteral("CurrentBuild"), QJsonArray{QStringLiteral("REG_SZ"), QStringLiteral("3790")}}}},
                                        {QStringLiteral("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\ComputerName\\ComputerName"),
                                         QJsonObject{{QStringLiteral("ComputerName"), QJsonArray{QStringLiteral("REG_SZ"), QStringLiteral("SBS03")}}}}}}});
    const QByteArray savedName = qgetenv("COMPUTERNAME");
    qunsetenv("COMPUTERNAME");
    WindowsHost host;
    const WindowsVersion v = host.windowsVersion();
    QCOMPARE(v.majorVersion(), 5);
    QCOMPARE(v.minorVersion(), 2);
    QCOMPARE(v.display(), QStringLiteral("Microsoft Windows Server 2003 (5.2, build 3790)"));
    QCOMPARE(host.computerName(), QStringLiteral("SBS03"));
    qputenv("COMPUTERNAME", "FROMENV");
    QCOMPARE(host.computerName(), QStringLiteral("FROMENV"));
    QCOMPARE(WindowsHost(QStringLiteral("\\\\WS01")).computerName(), QStringLiteral("WS01"));
    if (savedName.isNull())
        qunsetenv("COMPUTERNAME");
    else
        qputenv("COMPUTERNAME", savedName);
    m_fakes->writeState(QJsonObject());
    QVERIFY(!WindowsHost().windowsVersion().isKnown());
    QCOMPARE(WindowsHost().windowsVersion().error.code, QStringLiteral("host.windowsVersion"));
}

void tst_WindowsHost::iisSite()
{
    m_fakes->writeState(QJsonObject{{QStringLiteral("sites"),
                            QJsonObject{{QStringLiteral("OfficeScan"),
                                         QJsonObject{{QStringLiteral("id"), 3},
                                                     {QStringLiteral("bindings"), QStringLiteral("https/*:4343:")},
                                                     {QStringLiteral("logDirectory"), QStringLiteral("D:\\Logs\\IIS")}}}}}});
    WindowsHost host;
    const IisSiteInfo site = host.iisSite(QStringLiteral("OfficeScan"));
    QVERIFY2(!site.error, qPrintable(site.error.message));
    QVERIFY(site.found);
    QCOMPARE(site.id, 3u);
    QCOMPARE(site.logDirectory, QStringLiteral("D:\\Logs\\IIS"));
    QCOMPARE(m_fakes->argvs(QStringLiteral("appcmd")),
             (QList<QStringList>{{QStringLiteral("list"), QStringLiteral("site"), QStringLiteral("OfficeScan")},
                                 {QStringLiteral("list"), QStringLiteral("site"), QStringLiteral("OfficeScan"),
                                  QStringLiteral("/text:logFile.directory")}}));
    const IisSiteInfo missing = host.iisSite(QStringLiteral("Nope"));
    QVERIFY(!missing.found);
    QCOMPARE(missing.error.code, QStringLiteral("iis.error"));
    QVERIFY(missing.error.message.contains(QStringLiteral("Cannot find SITE object")));
    QCOMPARE(WindowsHost(QStringLiteral("WS01")).iisSite(QStringLiteral("OfficeScan")).error.code,
             QStringLiteral("iis.remoteUnsupported"));
}

void tst_WindowsHost::hostPathLocal()
{
    const QByteArray drive = qgetenv("SystemDrive"), windir = qgetenv("windir"), root = qgetenv("SystemRoot");
    qputenv("SystemDrive", "/srv/c");
    qputenv("windir", "/srv/c/Windows");
    qunsetenv("SystemRoot");
    WindowsHost host;
#ifdef Q_OS_WIN
    const QString sep = QStringLiteral("\\");
#else
    const QString sep = QStringLiteral("/");
#endif
    QCOMPARE(host.hostPath(QStringLiteral("%SystemDrive%\\inetpub\\logs\\LogFiles")),
             QStringLiteral("/srv/c%1inetpub%1logs%1LogFiles").arg(sep));
    QCOMPARE(host.hostPath(QStringLiteral("%SystemRoot%\\System32\\LogFiles")),
             QStringLiteral("/srv/c/Windows%1System32%1LogFiles").arg(sep));
    QVERIFY(host.hostPath(QStringLiteral("%NoSuchVariableKbw%\\x")).isEmpty());
    qunsetenv("SystemDrive");
    qunsetenv("windir");
    QCOMPARE(host.hostPath(QStringLiteral("%systemdrive%\\inetpub")), QStringLiteral("C:%1inetpub").arg(sep));
    QCOMPARE(host.hostPath(QStringLiteral("%windir%\\System32")), QStringLiteral("C:%1Windows%1System32").arg(sep));
    for (const auto &[name, value] : {std::pair{"SystemDrive", drive}, std::pair{"windir", windir}, std::pair{"SystemRoot", root}}) {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
}

// --- the door itself -------------------------------------------------------------------------

void tst_WindowsHost::toolMissing()
{
    QDir empty(m_dir->filePath(QStringLiteral("empty")));
    QVERIFY(empty.mkpath(QStringLiteral(".")));
    qputenv("KBWIZARD_TOOLS", QFile::encodeName(empty.path()));
    qputenv("PATH", QFile::encodeName(empty.path()));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not found: \"sc\"")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not found: \"icacls\"")));
    WindowsHost host;
    const ServiceStatus st = host.queryService(QStringLiteral("ofcservice"));
    QCOMPARE(st.error.code, QStringLiteral("tool.missing"));
    QVERIFY2(st.error.message.contains(QLatin1String("\"sc\"")), qPrintable(st.error.message));
    const AclListing acl = host.readAcl(kTemp);
    QCOMPARE(acl.error.code, QStringLiteral("tool.missing"));
    QVERIFY2(acl.error.message.contains(QLatin1String("\"icacls\"")), qPrintable(acl.error.message));
}

void tst_WindowsHost::toolHangs()
{
    m_fakes->writeState(QJsonObject{{QStringLiteral("hang"), QJsonObject{{QStringLiteral("reg"), 30}}}});
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("tool.timeout")));
    WindowsHost host;
    host.setToolTimeoutMs(600);
    const RegistryValue v = host.readRegistry(QStringLiteral("HKLM\\SOFTWARE\\X"), QStringLiteral("V"));
    QCOMPARE(v.error.code, QStringLiteral("tool.timeout"));
    QVERIFY(!v.found);
}

void tst_WindowsHost::notAllowedTool()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not an allowed tool")));
    const ToolResult r = ToolRunner().run(QStringLiteral("cmd"), {QStringLiteral("/c"), QStringLiteral("sc query")});
    QCOMPARE(r.error.code, QStringLiteral("tool.notAllowed"));
    QVERIFY(m_fakes->calls().isEmpty());
}

QTEST_GUILESS_MAIN(tst_WindowsHost)
#include "tst_windowshost.moc"
