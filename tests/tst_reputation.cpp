// Article 004 on the OSCE demo tree: wrs-ini (flags, candidates, fix, undo), lwcs-service (Error
// 1053 explained), lwcs-status (200 / refused / stall / HTTP errors, no proxy) and isps-tool.
// The wcspatterns download has its own test (tst_wcspatterns).
#include "articles/articles.h"
#include "demofixture.h"
#include "host/demohost.h"
#include "fixes/fixexecutor.h"
#include "fixes/iniflagfix.h"
#include "checks/lwcsstatuscheck.h"
#include "net/netprobe.h"
#include "testhttpserver.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace kb;

namespace {
const QString kOfcserver = QStringLiteral("osce/OfficeScan/PCCSRV/Private/ofcserver.ini");
const QString kStatusDll = QStringLiteral("/lwcsstatus/isapiLWCSStatus.dll");
const QString kStatusDir = QStringLiteral("/lwcsstatus");

void setService(test::DemoFixture &demo, const QString &name, const QJsonObject &changes)
{
    QJsonObject o = QJsonDocument::fromJson(demo.read(QStringLiteral("host-state.json"))).object();
    QJsonObject services = o.value(QStringLiteral("services")).toObject();
    QJsonObject svc = services.value(name).toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        svc.insert(it.key(), it.value());
    services.insert(name, svc);
    o.insert(QStringLiteral("services"), services);
    demo.write(QStringLiteral("host-state.json"), QJsonDocument(o).toJson());
}

// ofcserver.ini with LWCS_Port pointing somewhere else (the file keeps CRLF and its other lines).
void setLwcsPort(test::DemoFixture &demo, const QByteArray &port)
{
    QByteArray ini = demo.read(kOfcserver);
    ini.replace("LWCS_Port=5274", "LWCS_Port=" + port);
    demo.write(kOfcserver, ini);
}

const EvidenceRow *rowWithKey(const CheckResult &r, const QString &key)
{
    for (const EvidenceRow &row : r.evidence)
        if (row.key == key)
            return &row;
    return nullptr;
}
} // namespace

class tst_Reputation : public QObject
{
    Q_OBJECT

    const Article m_article = articles::reputationReconnecting();

    const Step &step(const char *id) const { return *m_article.step(QLatin1String(id)); }
    static CheckContext context(const test::DemoFixture &demo, Host *host)
    {
        CheckContext ctx;
        ctx.target = demo.osce;
        ctx.host = host;
        return ctx;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The demo target is local: the status page is asked of "localhost". Pin it to the
        // loopback address the test server listens on; no other name resolves.
        NameResolver::setOverride({{QStringLiteral("localhost"), {QHostAddress(QHostAddress::LocalHost)}}});
    }
    void cleanupTestCase() { NameResolver::clearOverride(); }

    void articleDeclaresEveryStepAndFact()
    {
        QStringList ids;
        for (const Step &s : m_article.steps)
            ids.append(s.id);
        QCOMPARE(ids, (QStringList{QStringLiteral("wrs-ini"), QStringLiteral("lwcs-service"),
                                   QStringLiteral("lwcs-status"), QStringLiteral("isps-tool"),
                                   QStringLiteral("wcspatterns")}));
        QVERIFY(step("wrs-ini").fix && step("lwcs-service").fix && step("wcspatterns").fix);
        QVERIFY(!step("lwcs-status").fix && !step("isps-tool").fix);
        QStringList inferred;
        for (const Fact &f : m_article.facts)
            if (f.mark == QLatin1String("inferred"))
                inferred.append(f.value);
        QVERIFY(inferred.contains(QStringLiteral("WSS_Install")));
        QVERIFY(inferred.contains(QStringLiteral("WSS_Enable")));
        QVERIFY(inferred.join(QLatin1Char(' ')).contains(QStringLiteral("LWCS_Port")));
        QVERIFY(inferred.join(QLatin1Char(' ')).contains(QStringLiteral("LWCS_Update_Source")));
    }

    void demoShowsThePlantedProblems()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        setLwcsPort(demo, QByteArray::number(test::TestHttpServer::refusedPort()));
        DemoHost host(demo.sandbox);
        const CheckContext ctx = context(demo, &host);
        QCOMPARE(step("wrs-ini").check->run(ctx).status, Status::Fail);
        QCOMPARE(step("lwcs-service").check->run(ctx).status, Status::Fail);
        QCOMPARE(step("lwcs-status").check->run(ctx).status, Status::Fail);
        QCOMPARE(step("isps-tool").check->run(ctx).status, Status::Manual);
        QCOMPARE(step("wcspatterns").check->run(ctx).status, Status::Fail);
    }

    // ---- wrs-ini ------------------------------------------------------------------------------
    void wrsIniFailFixUndo()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        DemoHost host(demo.sandbox);
        const CheckContext ctx = context(demo, &host);
        const Step &s = step("wrs-ini");
        const CheckResult before = s.check->run(ctx);
        QCOMPARE(before.status, Status::Fail);
        const EvidenceRow *install = rowWithKey(before, QStringLiteral("WSS_Install"));
        const EvidenceRow *enable = rowWithKey(before, QStringLiteral("WSS_Enable"));
        QVERIFY(install && enable);
        QCOMPARE(install->found, QStringLiteral("1"));
        QCOMPARE(enable->found, QStringLiteral("0"));
        QCOMPARE(enable->expected, QStringLiteral("1"));
        QCOMPARE(enable->file, QStringLiteral("Private\\ofcserver.ini"));
        QCOMPARE(enable->section, QStringLiteral("INI_WSS_SECTION"));
        QVERIFY2(enable->note.contains(QStringLiteral("[inferred]")), qPrintable(enable->note));
        QVERIFY(enable->note.contains(QStringLiteral("line 12")));
        QCOMPARE(before.evidence.size(), 2); // LWCS_Port / LWCS_Update_Source are no candidates

        // The user confirms the key before anything is written.
        const QList<FixInput> inputs = s.fix->inputs(ctx);
        QCOMPARE(inputs.size(), 1);
        QCOMPARE(inputs.first().id, QStringLiteral("set:[INI_WSS_SECTION]WSS_Enable"));
        QCOMPARE(inputs.first().kind, FixInput::Kind::Choice);
        QCOMPARE(inputs.first().choices, (QStringList{QStringLiteral("1"), QStringLiteral("0")}));
        QCOMPARE(inputs.first().defaultValue, QStringLiteral("1"));

        const QByteArray original = demo.read(kOfcserver);
        const FixPlan plan = s.fix->plan(ctx, {{inputs.first().id, QStringLiteral("1")}});
        QVERIFY2(!plan.error, qPrintable(plan.error.toString()));
        QCOMPARE(plan.edits.size(), 1);
        QCOMPARE(plan.edits.first().after, QByteArray(original).replace("WSS_Enable=0\r\n", "WSS_Enable=1\r\n"));
        const QString preview = FixExecutor::preview(plan);
        QVERIFY(preview.contains(QStringLiteral("-WSS_Enable=0")));
        QVERIFY(preview.contains(QStringLiteral("+WSS_Enable=1")));
        QVERIFY(preview.contains(QStringLiteral("ofcservice")));
        QVERIFY(preview.contains(QStringLiteral("[inferred]")));

        const BackupStore store(demo.tmp.filePath(QStringLiteral("b")));
        const FixOutcome out = FixExecutor::apply(m_article.id, s, ctx, plan, store);
        QVERIFY2(out.succeeded(), qPrintable(out.error.toString()));
        QCOMPARE(out.after.status, Status::Pass);
        QCOMPARE(host.queryService(QStringLiteral("ofcservice")).state, ServiceState::Running);

        QVERIFY(!store.undo(out.backupSetId, demo.osce.pccsrv, false, &host));
        QCOMPARE(demo.read(kOfcserver), original);
        QCOMPARE(demo.read(kOfcserver), test::DemoFixture::bundled(QStringLiteral("osce/OfficeScan/PCCSRV/Private/ofcserver.ini")));
        QCOMPARE(s.check->run(ctx).status, Status::Fail);
    }

    void wrsIniLeavingTheKeyWritesNothing()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        DemoHost host(demo.sandbox);
        const CheckContext ctx = context(demo, &host);
        const FixPlan plan = step("wrs-ini").fix->plan(ctx, {{QStringLiteral("set:[INI_WSS_SECTION]WSS_Enable"), QStringLiteral("0")}});
        QCOMPARE(plan.error.code, QStringLiteral("fix.nothing"));
        QVERIFY(plan.edits.isEmpty());
    }

    void wrsIniCandidates_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<Status>("status");
        QTest::addColumn<QString>("candidateKey");
        QTest::addColumn<QString>("candidateNote");
        QTest::addColumn<QString>("defaultValue"); // of the candidate's input; "" = no input
        QTest::newRow("other-names-counted")
            << QByteArray("[INI_WSS_SECTION]\r\nLWCS_Install=1\r\nWRS_Enable=0\r\nLWCS_Port=5274\r\n")
            << Status::Fail << QStringLiteral("WRS_Enable") << QStringLiteral("asks before changing")
            << QStringLiteral("1");
        QTest::newRow("other-names-all-on")
            << QByteArray("[INI_WSS_SECTION]\r\nLWCS_Install=1\r\nWRS_Enable=1\r\n")
            << Status::Warn << QStringLiteral("WRS_Enable") << QStringLiteral("candidate") << QString();
        QTest::newRow("expected-present-lookalike-not-checked")
            << QByteArray("[INI_WSS_SECTION]\r\nWSS_Install=1\r\nWSS_Enable=1\r\n[Log]\r\nWSS_EnableTrace=0\r\n")
            << Status::Pass << QStringLiteral("WSS_EnableTrace") << QStringLiteral("not checked")
            << QStringLiteral("0");
        QTest::newRow("nothing-found")
            << QByteArray("[INI_SERVER_SECTION]\r\nProduct_Name=OfficeScan\r\n")
            << Status::Warn << QString() << QString() << QString();
    }
    void wrsIniCandidates()
    {
        QFETCH(QByteArray, ini);
        QFETCH(Status, status);
        QFETCH(QString, candidateKey);
        QFETCH(QString, candidateNote);
        QFETCH(QString, defaultValue);
        test::DemoFixture demo;
        QVERIFY(demo.create());
        demo.write(kOfcserver, ini);
        DemoHost host(demo.sandbox);
        const CheckContext ctx = context(demo, &host);
        const Step &s = step("wrs-ini");
        const CheckResult r = s.check->run(ctx);
        QCOMPARE(r.status, status);
        QVERIFY(!r.message.isEmpty());
        if (candidateKey.isEmpty()) {
            QVERIFY(r.message.contains(QStringLiteral("web console")));
            return;
        }
        const EvidenceRow *row = rowWithKey(r, candidateKey);
        QVERIFY(row);
        QVERIFY2(row->note.contains(candidateNote), qPrintable(row->note));
        QList<FixInput> inputs = s.fix->inputs(ctx);
        const FixInput *in = nullptr;
        for (const FixInput &i : inputs)
            if (i.id.endsWith(candidateKey))
                in = &i;
        QCOMPARE(in ? in->defaultValue : QString(), defaultValue);
        if (status != Status::Fail)
            return;
        // Confirmed: the candidate is set, and the check accepts the result (names unconfirmed).
        const FixPlan plan = s.fix->plan(ctx, {{in->id, QStringLiteral("1")}});
        QVERIFY(!plan.error);
        const FixOutcome out = FixExecutor::apply(m_article.id, s, ctx, plan,
                                                  BackupStore(demo.tmp.filePath(QStringLiteral("b"))));
        QVERIFY2(out.succeeded(), qPrintable(out.error.toString()));
        QCOMPARE(out.after.status, Status::Warn);
        QVERIFY(demo.read(kOfcserver).contains("WRS_Enable=1\r\n"));
        QVERIFY(demo.read(kOfcserver).contains("LWCS_Port=5274\r\n"));
    }

    // ---- lwcs-service -------------------------------------------------------------------------
    void lwcsService1053IsExplained()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        DemoHost host(demo.sandbox);
        const CheckContext ctx = context(demo, &host);
        const Step &s = step("lwcs-service");
        const CheckResult before = s.check->run(ctx);
        QCOMPARE(before.status, Status::Fail);
        QCOMPARE(before.evidence.first().item, QStringLiteral("service TMLWCSService"));
        QCOMPARE(before.evidence.first().found, QStringLiteral("STOPPED"));
        QVERIFY(s.manual.contains(QStringLiteral("1053")));

        const FixOutcome out = FixExecutor::apply(m_article.id, s, ctx, s.fix->plan(ctx, {}),
                                                  BackupStore(demo.tmp.filePath(QStringLiteral("b"))));
        QVERIFY(!out.succeeded());
        QVERIFY2(out.error.message.contains(QStringLiteral("Error 1053")), qPrintable(out.error.message));
        QVERIFY(out.error.message.contains(QStringLiteral("did not answer the start request in time")));
        QVERIFY(out.error.message.contains(QStringLiteral("ISPS tool (step isps-tool)")));
        QCOMPARE(out.after.status, Status::Fail);
        QCOMPARE(host.queryService(QStringLiteral("TMLWCSService")).state, ServiceState::Stopped);
    }

    void lwcsServiceNotInstalledPointsToIsps()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        setService(demo, QStringLiteral("TMLWCSService"), {{QStringLiteral("installed"), false}});
        DemoHost host(demo.sandbox);
        const CheckContext ctx = context(demo, &host);
        const Step &s = step("lwcs-service");
        const CheckResult r = s.check->run(ctx);
        QCOMPARE(r.status, Status::Fail);
        QVERIFY(r.evidence.first().found.contains(QStringLiteral("1060")));
        const FixOutcome out = FixExecutor::apply(m_article.id, s, ctx, s.fix->plan(ctx, {}),
                                                  BackupStore(demo.tmp.filePath(QStringLiteral("b"))));
        QVERIFY(!out.succeeded());
        QVERIFY2(out.error.message.contains(QStringLiteral("step isps-tool")), qPrintable(out.error.message));
    }

    void lwcsServiceStartsWhenHealthy()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        setService(demo, QStringLiteral("TMLWCSService"), {{QStringLiteral("startError"), 0}});
        DemoHost host(demo.sandbox);
        const CheckContext ctx = context(demo, &host);
        const Step &s = step("lwcs-service");
        const FixOutcome out = FixExecutor::apply(m_article.id, s, ctx, s.fix->plan(ctx, {}),
                                                  BackupStore(demo.tmp.filePath(QStringLiteral("b"))));
        QVERIFY2(out.succeeded(), qPrintable(out.error.toString()));
        QCOMPARE(out.after.status, Status::Pass);
        QCOMPARE(out.after.evidence.first().found, QStringLiteral("RUNNING"));
    }

    // ---- lwcs-status --------------------------------------------------------------------------
    void lwcsStatus_data()
    {
        QTest::addColumn<int>("dllStatus"); // 0 = stall, -1 = nothing listens
        QTest::addColumn<int>("dirStatus");
        QTest::addColumn<Status>("status");
        QTest::addColumn<QString>("found");   // in the first URL's row
        QTest::addColumn<QString>("message"); // in the result's message
        QTest::newRow("200") << 200 << 200 << Status::Pass << QStringLiteral("HTTP 200 OK") << QStringLiteral("answers");
        QTest::newRow("dll-404-dir-200") << 404 << 200 << Status::Pass << QStringLiteral("HTTP 404 Not Found") << QStringLiteral("answers");
        QTest::newRow("500") << 500 << 500 << Status::Fail << QStringLiteral("HTTP 500 Internal Server Error") << QStringLiteral("500");
        QTest::newRow("refused") << -1 << -1 << Status::Fail << QStringLiteral("connection refused") << QStringLiteral("Nothing listens");
        QTest::newRow("stall") << 0 << 0 << Status::Fail << QStringLiteral("no answer") << QStringLiteral("did not answer in time");
    }
    void lwcsStatus()
    {
        QFETCH(int, dllStatus);
        QFETCH(int, dirStatus);
        QFETCH(Status, status);
        QFETCH(QString, found);
        QFETCH(QString, message);
        test::TestHttpServer server;
        QVERIFY(server.start());
        const QByteArray page = "<html><head><title>LWCS</title><style>b{}</style></head>"
                                "<body><h1>Local Web Classification Server</h1><p>Status: OK &amp; "
                                "ready</p></body></html>";
        auto route = [&](int code) {
            test::TestHttpServer::Route r;
            r.stall = code == 0;
            r.status = code;
            r.body = code == 200 ? page : QByteArray("<html><body>Error ") + QByteArray::number(code) + "</body></html>";
            return r;
        };
        server.setRoute(kStatusDll, route(dllStatus));
        server.setRoute(kStatusDir, route(dirStatus));
        const quint16 port = dllStatus < 0 ? test::TestHttpServer::refusedPort() : server.port();

        test::DemoFixture demo;
        QVERIFY(demo.create());
        setLwcsPort(demo, QByteArray::number(port));
        DemoHost host(demo.sandbox);
        // The article's check with short waits, so the stalled server fails fast.
        LwcsStatusCheck::Options o = static_cast<const LwcsStatusCheck &>(*step("lwcs-status").check).options();
        o.stallTimeoutMs = 300;
        o.requestTimeoutMs = 3000;
        const CheckResult r = LwcsStatusCheck(o).run(context(demo, &host));

        QCOMPARE(r.status, status);
        QVERIFY2(r.message.contains(message), qPrintable(r.message));
        QCOMPARE(r.evidence.size(), 3);
        const EvidenceRow &portRow = r.evidence.at(0);
        QCOMPARE(portRow.key, QStringLiteral("LWCS_Port"));
        QCOMPARE(portRow.found, QString::number(port));
        QVERIFY(portRow.note.contains(QStringLiteral("[inferred]")));
        const EvidenceRow &dll = r.evidence.at(1);
        QCOMPARE(dll.item, QStringLiteral("GET http://localhost:%1/lwcsstatus/isapiLWCSStatus.dll (no proxy)").arg(port));
        QVERIFY2(dll.found.contains(found), qPrintable(dll.found));
        QCOMPARE(r.evidence.at(2).item, QStringLiteral("GET http://localhost:%1/lwcsstatus (no proxy)").arg(port));
        if (dirStatus == 200)
            QCOMPARE(r.evidence.at(2).note, QStringLiteral("page text: LWCS Local Web Classification Server Status: OK & ready"));
        if (dllStatus == 500)
            QCOMPARE(dll.note, QStringLiteral("page text: Error 500"));
        if (dllStatus >= 0) {
            // Both pages were asked for directly (origin-form request line: no proxy in between).
            QCOMPARE(server.hits(kStatusDll), 1);
            QCOMPARE(server.hits(kStatusDir), 1);
            for (const QByteArray &head : server.requestHeads())
                QVERIFY2(head.startsWith("GET /lwcsstatus"), head.constData());
        }
    }

    void lwcsStatusPortDefaultsTo5274()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        QByteArray ini = demo.read(kOfcserver);
        ini.replace("LWCS_Port=5274\r\n", "");
        demo.write(kOfcserver, ini);
        const LwcsStatusCheck &article = static_cast<const LwcsStatusCheck &>(*step("lwcs-status").check);
        LwcsStatusCheck::Options o = article.options();
        o.paths.clear(); // only the port lookup: nothing is fetched
        DemoHost host(demo.sandbox);
        const CheckResult r = LwcsStatusCheck(o).run(context(demo, &host));
        QCOMPARE(r.evidence.first().found, QStringLiteral("(absent); using 5274"));
        QVERIFY(r.evidence.first().note.contains(QStringLiteral("default 5274 [article]")));
        QCOMPARE(LwcsStatusCheck::hostFor(demo.osce), QStringLiteral("localhost"));
        Target remote = demo.osce;
        remote.serverName = QStringLiteral("OSCE-01");
        QCOMPARE(LwcsStatusCheck::hostFor(remote), QStringLiteral("OSCE-01"));
    }

    // ---- isps-tool ----------------------------------------------------------------------------
    void ispsToolNotFoundSaysHowToGetIt()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        DemoHost host(demo.sandbox);
        CheckResult r = step("isps-tool").check->run(context(demo, &host));
        QCOMPARE(r.status, Status::Manual);
        QVERIFY2(r.message.contains(QStringLiteral("OfficeScan 10.6 SP1 already includes the ISPS installer")),
                 qPrintable(r.message));
        QCOMPARE(r.evidence.size(), 3);
        QCOMPARE(r.evidence.at(0).file, QStringLiteral(".\\"));
        QCOMPARE(r.evidence.at(0).found, QStringLiteral("nothing matching"));
        QCOMPARE(r.evidence.at(1).file, QStringLiteral("Admin"));
        QCOMPARE(r.evidence.at(1).found, QStringLiteral("(folder absent)"));
        QCOMPARE(r.evidence.at(2).file, QStringLiteral("Admin\\Utility"));
        QCOMPARE(r.evidence.at(2).found, QStringLiteral("(folder absent)"));
        QVERIFY(r.evidence.at(2).note.contains(QStringLiteral("[inferred]")));

        // Look-alikes do not count.
        QDir(demo.osce.pccsrv).mkpath(QStringLiteral("Admin/Utility"));
        demo.write(QStringLiteral("osce/OfficeScan/PCCSRV/Admin/Utility/clientsps.exe"), "x");
        demo.write(QStringLiteral("osce/OfficeScan/PCCSRV/Admin/Utility/spsupport.exe"), "x");
        r = step("isps-tool").check->run(context(demo, &host));
        QCOMPARE(r.status, Status::Manual);
        QCOMPARE(r.evidence.at(2).found, QStringLiteral("nothing matching"));
    }

    void ispsToolFound_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("tool-in-utility-subfolder") << QStringLiteral("Admin/Utility/ISPS/ISPS_Tool.exe");
        QTest::newRow("installer") << QStringLiteral("Admin/Utility/iSPSInstaller.exe");
        QTest::newRow("zip-in-pccsrv") << QStringLiteral("OSCE_ISPS_hotfix.zip");
    }
    void ispsToolFound()
    {
        QFETCH(QString, file);
        test::DemoFixture demo;
        QVERIFY(demo.create());
        QDir(demo.osce.pccsrv).mkpath(QFileInfo(file).path());
        demo.write(QStringLiteral("osce/OfficeScan/PCCSRV/") + file, QByteArray(2048, 'x'));
        DemoHost host(demo.sandbox);
        const CheckResult r = step("isps-tool").check->run(context(demo, &host));
        QCOMPARE(r.status, Status::Pass);
        QCOMPARE(r.evidence.size(), 1);
        QCOMPARE(r.evidence.first().file, QString(file).replace(QLatin1Char('/'), QLatin1Char('\\')));
        QVERIFY(r.evidence.first().note.contains(QStringLiteral("[inferred]")));
        QVERIFY2(r.message.contains(r.evidence.first().file), qPrintable(r.message));
        QVERIFY(r.message.contains(QStringLiteral("reinstall")));
    }
};

QTEST_GUILESS_MAIN(tst_Reputation)
#include "tst_reputation.moc"
