#include "host/scparser.h"
#include "windowsoutputs.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace kb;

namespace {

using test::fixture;
using test::kVariants;
using test::variant;

} // namespace

class tst_ScParser : public QObject
{
    Q_OBJECT

private slots:
    void fixturesUseCrlf();
    void query_data();
    void query();
    void tabsAndNumericFlags();
    void failure_data();
    void failure();
    void qc_data();
    void qc();
    void qcLocalizedLabelsAndDependencies();
    void serviceStatus_data();
    void serviceStatus();
    void stateFromSc();
};

void tst_ScParser::fixturesUseCrlf()
{
    const QString text = fixture(QStringLiteral("sc_query_running_bits.txt"));
    QVERIFY(text.contains(QLatin1String("\r\n")));
    QVERIFY(!text.contains(QRegularExpression(QStringLiteral("[^\\r]\\n"))));
}

void tst_ScParser::query_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("state");
    QTest::addColumn<uint>("type");
    QTest::addColumn<QString>("typeName");
    QTest::addColumn<bool>("interactive");
    QTest::addColumn<uint>("waitHint");
    QTest::addColumn<bool>("hasPid");
    QTest::addColumn<uint>("pid");
    QTest::addColumn<uint>("win32ExitCode");
    QTest::addColumn<QStringList>("controls");

    struct Row
    {
        const char *file;
        const char *name;
        ServiceState state;
        uint type;
        const char *typeName;
        bool interactive;
        uint waitHint;
        bool hasPid;
        uint pid;
        uint exitCode;
        QStringList controls;
    };
    const QList<Row> rows{
            {"sc_query_running_bits.txt", "bits", ServiceState::Running, 0x30, "WIN32", false, 0, false, 0, 0,
             {QStringLiteral("STOPPABLE"), QStringLiteral("NOT_PAUSABLE"), QStringLiteral("ACCEPTS_PRESHUTDOWN")}},
            {"sc_query_running_ownprocess.txt", "RosaInvestmentEngine", ServiceState::Running, 0x10,
             "WIN32_OWN_PROCESS", false, 0, false, 0, 0,
             {QStringLiteral("STOPPABLE"), QStringLiteral("NOT_PAUSABLE"), QStringLiteral("IGNORES_SHUTDOWN")}},
            {"sc_query_stopped_remote.txt", "wuauserv", ServiceState::Stopped, 0x20, "WIN32_SHARE_PROCESS",
             false, 0, false, 0, 0, {}},
            {"sc_stop_running_interactive.txt", "AdvancedSystemCareService9", ServiceState::Running, 0x110,
             "WIN32_OWN_PROCESS", true, 0, false, 0, 0,
             {QStringLiteral("STOPPABLE"), QStringLiteral("PAUSABLE"), QStringLiteral("ACCEPTS_SHUTDOWN")}},
            {"sc_start_pending_interactive.txt", "AdvancedSystemCareService9", ServiceState::StartPending,
             0x110, "WIN32_OWN_PROCESS", true, 2000, true, 3220, 0,
             {QStringLiteral("NOT_STOPPABLE"), QStringLiteral("NOT_PAUSABLE"), QStringLiteral("IGNORES_SHUTDOWN")}},
            {"sc_queryex_running.txt", "W3SVC", ServiceState::Running, 0x30, "WIN32", false, 0, true, 4312, 0,
             {QStringLiteral("STOPPABLE"), QStringLiteral("PAUSABLE"), QStringLiteral("ACCEPTS_SHUTDOWN")}},
            {"sc_queryex_stopped.txt", "OfficeScanNT", ServiceState::Stopped, 0x10, "WIN32_OWN_PROCESS", false,
             0, true, 0, 0, {}},
            // Portuguese labels, code-page damage, STATE constant still English.
            {"sc_query_localized_pt.txt", "wuauserv", ServiceState::Stopped, 0x20, "WIN32_SHARE_PROCESS", false,
             0, false, 0, 1077, {}},
            {"sc_query_state_fr.txt", "", ServiceState::Running, 0, "", false, 0, false, 0, 0, {}},
            {"sc_query_state_de.txt", "", ServiceState::Running, 0, "", false, 0, false, 0, 0, {}},
    };
    for (const Row &r : rows) {
        const QString text = fixture(QString::fromLatin1(r.file));
        for (const QString &v : kVariants) {
            QTest::addRow("%s-%s", r.file, qPrintable(v))
                    << variant(text, v) << QString::fromLatin1(r.name) << int(r.state) << r.type
                    << QString::fromLatin1(r.typeName) << r.interactive << r.waitHint << r.hasPid << r.pid
                    << r.exitCode << r.controls;
        }
    }
}

void tst_ScParser::query()
{
    QFETCH(QString, text);
    const ScQueryResult r = parseScQuery(text);
    QVERIFY(!r.failure.failed);
    QVERIFY(r.service.valid);
    QTEST(r.service.name, "name");
    QTEST(int(r.service.state), "state");
    QTEST(uint(r.service.type), "type");
    QTEST(r.service.typeName, "typeName");
    QTEST(r.service.interactive, "interactive");
    QTEST(uint(r.service.waitHintMs), "waitHint");
    QTEST(r.service.hasPid, "hasPid");
    QTEST(uint(r.service.pid), "pid");
    QTEST(uint(r.service.win32ExitCode), "win32ExitCode");
    QTEST(r.service.controls, "controls");
}

void tst_ScParser::tabsAndNumericFlags()
{
    // ReactOS' sc indents with tabs; queryex prints FLAGS as a number there.
    QString text = fixture(QStringLiteral("sc_queryex_running.txt"));
    text.replace(QLatin1String("FLAGS              :"), QLatin1String("FLAGS              : 0"));
    text.replace(QRegularExpression(QStringLiteral("^ {8}"), QRegularExpression::MultilineOption),
                 QStringLiteral("\t"));
    QVERIFY(text.contains(QLatin1String("\tFLAGS")));
    const ScQueryResult r = parseScQuery(text);
    QCOMPARE(r.service.name, QStringLiteral("W3SVC"));
    QCOMPARE(r.service.state, ServiceState::Running);
    QCOMPARE(r.service.pid, 4312u);
    QCOMPARE(r.service.flags, QStringLiteral("0"));
    QCOMPARE(r.service.controls.size(), 3);

    // A failed start shows up as STOPPED with a non-zero exit code.
    QString failed = fixture(QStringLiteral("sc_query_stopped_remote.txt"));
    failed.replace(QLatin1String("WIN32_EXIT_CODE    : 0  (0x0)"),
                   QLatin1String("WIN32_EXIT_CODE    : 1066  (0x42a)"));
    failed.replace(QLatin1String("SERVICE_EXIT_CODE  : 0  (0x0)"),
                   QLatin1String("SERVICE_EXIT_CODE  : 2  (0x2)"));
    const ScQueryResult f = parseScQuery(failed);
    QCOMPARE(f.service.win32ExitCode, 1066u);
    QCOMPARE(f.service.serviceExitCode, 2u);
}

void tst_ScParser::failure_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("api");
    QTest::addColumn<uint>("code");
    QTest::addColumn<QString>("messageStart");
    QTest::addColumn<QString>("errorCode");

    struct Row
    {
        const char *file, *api;
        uint code;
        const char *message, *errorCode;
    };
    const QList<Row> rows{
            {"sc_error_1060.txt", "EnumQueryServicesStatus:OpenService", 1060, "The specified service does not exist",
             "service.notFound"},
            {"sc_error_1053.txt", "StartService", 1053, "The service did not respond", "service.timeout"},
            {"sc_error_5.txt", "OpenService", 5, "Access is denied.", "service.accessDenied"},
            {"sc_error_1056.txt", "StartService", 1056, "An instance of the service", "service.alreadyRunning"},
            {"sc_error_1058.txt", "StartService", 1058, "The service cannot be started", "service.disabled"},
            {"sc_error_1062.txt", "ControlService", 1062, "The service has not been started", "service.notStarted"},
            // pt-BR prints FALHOU instead of FAILED and a translated message.
            {"sc_error_1060_ptbr.txt", "EnumQueryServicesStatus:OpenService", 1060, "O servi", "service.notFound"},
    };
    for (const Row &r : rows) {
        const QString text = fixture(QString::fromLatin1(r.file));
        for (const QString &v : kVariants) {
            QTest::addRow("%s-%s", r.file, qPrintable(v))
                    << variant(text, v) << QString::fromLatin1(r.api) << r.code << QString::fromUtf8(r.message)
                    << QString::fromLatin1(r.errorCode);
        }
    }
}

void tst_ScParser::failure()
{
    QFETCH(QString, text);
    QFETCH(QString, messageStart);
    QFETCH(QString, errorCode);
    QFETCH(uint, code);
    const ScFailure f = parseScFailure(text);
    QVERIFY(f.failed);
    QTEST(f.api, "api");
    QCOMPARE(uint(f.code), code);
    QVERIFY2(f.message.startsWith(messageStart), qPrintable(f.message));

    const ScQueryResult q = parseScQuery(text);
    QVERIFY(q.failure.failed);
    QVERIFY(!q.service.valid);

    const KbError e = scError(f.code, QStringLiteral("ofcservice"), f.message);
    QCOMPARE(e.code, errorCode);
    QVERIFY(e.message.contains(QLatin1String("ofcservice")));
    QVERIFY(e.message.contains(QString::number(code)));
}

void tst_ScParser::qc_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("startType");
    QTest::addColumn<QString>("startTypeName");
    QTest::addColumn<bool>("delayed");
    QTest::addColumn<QString>("binaryPath");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("account");

    const QString app = fixture(QStringLiteral("sc_qc_appreadiness.txt"));
    const QString sense = fixture(QStringLiteral("sc_qc_sense_delayed.txt"));
    for (const QString &v : kVariants) {
        QTest::addRow("appreadiness-%s", qPrintable(v))
                << variant(app, v) << QStringLiteral("AppReadiness") << 3 << QStringLiteral("DEMAND_START") << false
                << QStringLiteral("C:\\Windows\\System32\\svchost.exe -k AppReadiness -p")
                << QStringLiteral("App Readiness") << QStringLiteral("LocalSystem");
        QTest::addRow("sense-delayed-%s", qPrintable(v))
                << variant(sense, v) << QStringLiteral("sense") << 2 << QStringLiteral("AUTO_START") << true
                << QStringLiteral("\"C:\\Program Files\\Windows Defender Advanced Threat Protection\\MsSense.exe\"")
                << QStringLiteral("Windows Defender Advanced Threat Protection Service")
                << QStringLiteral("LocalSystem");
    }
}

void tst_ScParser::qc()
{
    QFETCH(QString, text);
    const ScServiceConfig c = parseScQc(text);
    QVERIFY(c.valid);
    QVERIFY(!c.failure.failed);
    QTEST(c.name, "name");
    QTEST(c.startType, "startType");
    QTEST(c.startTypeName, "startTypeName");
    QTEST(c.delayedStart, "delayed");
    QTEST(c.binaryPath, "binaryPath");
    QTEST(c.displayName, "displayName");
    QTEST(c.account, "account");
    QCOMPARE(c.errorControl, 1);
    QVERIFY(c.dependencies.isEmpty());
    QVERIFY(c.loadOrderGroup.isEmpty());
}

void tst_ScParser::qcLocalizedLabelsAndDependencies()
{
    // German labels (DIENSTNAME, STARTTYP seen in public tests); values and order unchanged.
    QString text = fixture(QStringLiteral("sc_qc_appreadiness.txt"));
    text.replace(QLatin1String("SERVICE_NAME"), QLatin1String("DIENSTNAME"));
    text.replace(QLatin1String("START_TYPE        "), QLatin1String("STARTTYP          "));
    text.replace(QLatin1String("DISPLAY_NAME      "), QLatin1String("ANZEIGENAME       "));
    text.replace(QLatin1String("SERVICE_START_NAME"), QLatin1String("DIENSTSTARTNAME   "));
    text.replace(QLatin1String("DEPENDENCIES       :"),
                 QLatin1String("ABH\u00c4NGIGKEITEN    : RPCSS\r\n                           : HTTP"));
    const ScServiceConfig c = parseScQc(text);
    QCOMPARE(c.name, QStringLiteral("AppReadiness"));
    QCOMPARE(c.startType, 3);
    QCOMPARE(c.displayName, QStringLiteral("App Readiness"));
    QCOMPARE(c.account, QStringLiteral("LocalSystem"));
    QCOMPARE(c.dependencies, (QStringList{QStringLiteral("RPCSS"), QStringLiteral("HTTP")}));

    const ScServiceConfig missing = parseScQc(fixture(QStringLiteral("sc_error_1060.txt")));
    QVERIFY(!missing.valid);
    QCOMPARE(missing.failure.code, 1060u);
}

void tst_ScParser::serviceStatus_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("exists");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<uint>("pid");

    QTest::newRow("running") << fixture(QStringLiteral("sc_queryex_running.txt")) << 0 << true
                             << int(ServiceState::Running) << QString() << 4312u;
    QTest::newRow("stopped") << fixture(QStringLiteral("sc_query_stopped_remote.txt")) << 0 << true
                             << int(ServiceState::Stopped) << QString() << 0u;
    QTest::newRow("missing-1060") << fixture(QStringLiteral("sc_error_1060.txt")) << 1060 << false
                                  << int(ServiceState::Unknown) << QString() << 0u;
    // POSIX and Windows 11 truncate the exit code (1060 & 0xff = 36): the printed code wins.
    QTest::newRow("missing-truncated-exit") << fixture(QStringLiteral("sc_error_1060.txt")) << 36 << false
                                            << int(ServiceState::Unknown) << QString() << 0u;
    QTest::newRow("access-denied") << fixture(QStringLiteral("sc_error_5.txt")) << 5 << true
                                   << int(ServiceState::Unknown) << QStringLiteral("service.accessDenied") << 0u;
    QTest::newRow("exit-code-only") << QString() << 1722 << true << int(ServiceState::Unknown)
                                    << QStringLiteral("service.failed") << 0u;
    QTest::newRow("garbage") << QStringLiteral("hello\r\n") << 0 << false << int(ServiceState::Unknown)
                             << QStringLiteral("service.unexpectedOutput") << 0u;
}

void tst_ScParser::serviceStatus()
{
    QFETCH(QString, text);
    QFETCH(int, exitCode);
    const ServiceStatus st = serviceStatusFromSc(QStringLiteral("svc"), text, exitCode);
    QTEST(st.exists, "exists");
    QTEST(int(st.state), "state");
    QTEST(st.error.code, "errorCode");
    QTEST(uint(st.pid), "pid");
}

void tst_ScParser::stateFromSc()
{
    QCOMPARE(serviceStateFromSc(QStringLiteral("RUNNING")), ServiceState::Running);
    QCOMPARE(serviceStateFromSc(QStringLiteral("stop_pending")), ServiceState::StopPending);
    QCOMPARE(serviceStateFromSc(QStringLiteral("7")), ServiceState::Paused);
    QCOMPARE(serviceStateFromSc(QStringLiteral("8")), ServiceState::Unknown);
    QCOMPARE(serviceStateFromSc(QStringLiteral("LAUFEND")), ServiceState::Unknown);
}

QTEST_GUILESS_MAIN(tst_ScParser)
#include "tst_scparser.moc"
