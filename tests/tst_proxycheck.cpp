// The proxy step against REAL proxies on loopback: tinyproxy (HTTP, Basic authentication) and
// microsocks (SOCKS5, user/password), both from Debian's packages (scripts/test installs them;
// a missing binary fails the test). A working proxy, a wrong password, no password, a refused
// port, a silent proxy and a proxy name that does not resolve are each told apart, and the
// password appears in no result text, evidence, preview, note, report or log line.
#include "articles/articles.h"
#include "demofixture.h"
#include "host/demohost.h"
#include "fixes/fixexecutor.h"
#include "localproxy.h"
#include "net/netprobe.h"
#include "checks/proxycheck.h"
#include "fixes/proxyfix.h"
#include "report/report.h"
#include "session.h"
#include "testhttpserver.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QTcpServer>
#include <QtTest>

using namespace kb;
using kb::test::LocalProxy;
using kb::test::TestHttpServer;

namespace {

const QString kUser = QStringLiteral("wfbs-proxy");
const QString kPassword = QStringLiteral("S3cr3t-Pr0xy-Pw");
const QString kWrong = QStringLiteral("Wr0ng-Pw-Typed");
const QString kSourceHost = QStringLiteral("wfbs100-p.activeupdate.trendmicro.com");
const QString kOfcscan = QStringLiteral("wfbs/Security Server/PCCSRV/ofcscan.ini");
const QString kOfcserver = QStringLiteral("wfbs/Security Server/PCCSRV/Private/ofcserver.ini");

QMutex s_logMutex;
QStringList s_log;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &msg)
{
    QMutexLocker lock(&s_logMutex);
    s_log.append(msg);
}

} // namespace

class tst_ProxyCheck : public QObject
{
    Q_OBJECT

    TestHttpServer m_source;
    const Article m_article = articles::updateFailure();
    QtMessageHandler m_previousHandler = nullptr;

    // The demo's proxy settings pointed at `host:port` (type as stored) and its update source
    // at the loopback test server under its real name.
    void pointDemo(test::DemoFixture &demo, const QString &type, const QString &host, quint16 port,
                   const QString &user = kUser)
    {
        QByteArray ini = demo.read(kOfcscan);
        ini.replace("Proxy_Type=HTTP", "Proxy_Type=" + type.toLatin1());
        ini.replace("Proxy_Addr=proxy.sbs-demo.invalid", "Proxy_Addr=" + host.toLatin1());
        ini.replace("Proxy_Port=8080", "Proxy_Port=" + QByteArray::number(port));
        ini.replace("Proxy_User=SBSDEMO\\svc-wfbs-proxy", "Proxy_User=" + user.toLatin1());
        demo.write(kOfcscan, ini);
        QByteArray server = demo.read(kOfcserver);
        server.replace("http://wfbs95-p.activeupdate.trendmicro.com/activeupdate",
                       "http://" + kSourceHost.toLatin1() + ':' + QByteArray::number(m_source.port()) + "/activeupdate");
        demo.write(kOfcserver, server);
    }

    CheckContext context(test::DemoFixture &demo, Host *host) const
    {
        CheckContext ctx;
        ctx.target = demo.wfbs;
        ctx.host = host;
        return ctx;
    }

    static void assertNoSecret(const CheckResult &r)
    {
        QVERIFY2(!r.message.contains(kPassword) && !r.message.contains(kWrong), qPrintable(r.message));
        for (const EvidenceRow &row : r.evidence)
            for (const QString &text : {row.item, row.found, row.expected, row.note, row.key})
                QVERIFY2(!text.contains(kPassword) && !text.contains(kWrong), qPrintable(text));
    }

    HttpRequest viaProxy(ProxySettings::Type type, quint16 port, const QString &password) const
    {
        HttpRequest r;
        r.url = QUrl(QStringLiteral("http://%1:%2/activeupdate/server.ini").arg(kSourceHost).arg(m_source.port()));
        r.proxy.type = type;
        r.proxy.host = QStringLiteral("127.0.0.1");
        r.proxy.port = port;
        r.proxy.user = password.isNull() ? QString() : kUser;
        r.proxy.password = password;
        r.timeoutMs = 10000;
        r.stallTimeoutMs = 1000;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_source.start());
        TestHttpServer::Route ini;
        ini.body = "[Server]\r\nServer.1=http://wfbs100-p.activeupdate.trendmicro.com/activeupdate\r\n";
        m_source.setRoute(QStringLiteral("/activeupdate/server.ini"), ini);
        NameResolver::setOverride({{kSourceHost, {QHostAddress(QHostAddress::LocalHost)}}});
        // Everything the engine logs, debug included, is captured and searched for the password.
        QLoggingCategory::setFilterRules(QStringLiteral("kbwizard.*.debug=true"));
        m_previousHandler = qInstallMessageHandler(captureLog);
    }
    void cleanupTestCase()
    {
        qInstallMessageHandler(m_previousHandler);
        NameResolver::clearOverride();
        QMutexLocker lock(&s_logMutex);
        QVERIFY(!s_log.isEmpty()); // the probes did log
        for (const QString &line : std::as_const(s_log))
            QVERIFY2(!line.contains(kPassword) && !line.contains(kWrong), qPrintable(line));
    }

    void probeThroughRealProxies_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("stage");
        QTest::addColumn<QString>("code");
        QTest::newRow("tinyproxy-open") << int(LocalProxy::Kind::Tinyproxy) << QStringLiteral("open") << int(HttpStage::None) << QString();
        QTest::newRow("microsocks-open") << int(LocalProxy::Kind::Microsocks) << QStringLiteral("open") << int(HttpStage::None) << QString();
        QTest::newRow("tinyproxy-ok") << int(LocalProxy::Kind::Tinyproxy) << kPassword << int(HttpStage::None) << QString();
        QTest::newRow("tinyproxy-wrong-password") << int(LocalProxy::Kind::Tinyproxy) << kWrong
                                                  << int(HttpStage::ProxyAuth) << QStringLiteral("proxy.auth");
        QTest::newRow("tinyproxy-no-credentials") << int(LocalProxy::Kind::Tinyproxy) << QString()
                                                  << int(HttpStage::ProxyAuth) << QStringLiteral("proxy.auth");
        QTest::newRow("microsocks-ok") << int(LocalProxy::Kind::Microsocks) << kPassword << int(HttpStage::None) << QString();
        QTest::newRow("microsocks-wrong-password") << int(LocalProxy::Kind::Microsocks) << kWrong
                                                   << int(HttpStage::ProxyAuth) << QStringLiteral("proxy.auth");
        QTest::newRow("microsocks-no-credentials") << int(LocalProxy::Kind::Microsocks) << QString()
                                                   << int(HttpStage::ProxyAuth) << QStringLiteral("proxy.auth-required");
    }
    void probeThroughRealProxies()
    {
        QFETCH(int, kind);
        QFETCH(QString, password);
        QFETCH(int, stage);
        QFETCH(QString, code);
        // "open": a proxy without authentication, asked without credentials.
        const bool open = password == QLatin1String("open");
        LocalProxy proxy(LocalProxy::Kind(kind), open ? QString() : kUser, open ? QString() : kPassword);
        QVERIFY2(proxy.start(), qPrintable(proxy.error()));
        if (open)
            password = QString();
        const auto type = LocalProxy::Kind(kind) == LocalProxy::Kind::Tinyproxy ? ProxySettings::Type::Http
                                                                                 : ProxySettings::Type::Socks5;
        const int hitsBefore = m_source.hits(QStringLiteral("/activeupdate/server.ini"));
        const HttpResult r = httpGet(viaProxy(type, proxy.port(), password));
        QCOMPARE(httpStageId(r.failedStage), httpStageId(HttpStage(stage)));
        QCOMPARE(r.code, code);
        QVERIFY(r.viaProxy);
        QVERIFY(!r.error.contains(kPassword) && !r.error.contains(kWrong));
        if (stage == int(HttpStage::None)) {
            QCOMPARE(r.status, 200);
            QVERIFY(r.body.startsWith("[Server]"));
            QCOMPARE(m_source.hits(QStringLiteral("/activeupdate/server.ini")), hitsBefore + 1);
            // Through SOCKS the source sees its own name in the Host header. An HTTP proxy builds
            // the Host header from the request line, which carries the mapped address (a real
            // run, without a test map, sends the name).
            if (type == ProxySettings::Type::Socks5)
                QVERIFY(m_source.requestHeads().constLast().contains("Host: " + kSourceHost.toLatin1()));
        } else {
            QCOMPARE(m_source.hits(QStringLiteral("/activeupdate/server.ini")), hitsBefore);
            // tinyproxy 1.11 answers a wrong password with 401 (and a missing one with 407); the
            // probe confirms it was the proxy by asking again without credentials.
            if (type == ProxySettings::Type::Http)
                QCOMPARE(r.status, password.isNull() ? 407 : 401);
            if (type == ProxySettings::Type::Http && !password.isNull())
                QVERIFY2(r.error.contains(QStringLiteral("HTTP 401")), qPrintable(r.error));
        }
    }

    void refusedAndSilentProxies_data()
    {
        QTest::addColumn<int>("type");
        QTest::newRow("http") << int(ProxySettings::Type::Http);
        QTest::newRow("socks5") << int(ProxySettings::Type::Socks5);
        QTest::newRow("socks4") << int(ProxySettings::Type::Socks4);
    }
    void refusedAndSilentProxies()
    {
        QFETCH(int, type);
        const HttpResult refused = httpGet(viaProxy(ProxySettings::Type(type), TestHttpServer::refusedPort(), kPassword));
        QCOMPARE(refused.failedStage, HttpStage::Proxy);
        QCOMPARE(refused.code, QStringLiteral("proxy.refused"));
        QVERIFY(refused.error.contains(QStringLiteral("refused")));

        QTcpServer silent; // accepts connections (kernel backlog) and never says a word
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        silent.pauseAccepting();
        const HttpResult quiet = httpGet(viaProxy(ProxySettings::Type(type), silent.serverPort(), kPassword));
        QCOMPARE(quiet.failedStage, HttpStage::Proxy);
        QCOMPARE(quiet.code, QStringLiteral("proxy.silent"));
        QVERIFY(quiet.error.contains(QStringLiteral("never answered")) || quiet.error.contains(QStringLiteral("sent nothing back")));
        QVERIFY(!quiet.error.contains(kPassword));
    }

    void proxyStepTellsCasesApart_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<Status>("status");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("demo-name-does-not-resolve") << QStringLiteral("demo") << QString() << Status::Fail
                                                    << QStringLiteral("proxy.sbs-demo.invalid does not resolve");
        QTest::newRow("tinyproxy-right-password") << QStringLiteral("tinyproxy") << kPassword << Status::Pass
                                                  << QStringLiteral("forwarded the request");
        QTest::newRow("tinyproxy-wrong-password") << QStringLiteral("tinyproxy") << kWrong << Status::Fail
                                                  << QStringLiteral("rejected the user name or the password");
        QTest::newRow("tinyproxy-password-not-typed") << QStringLiteral("tinyproxy") << QString() << Status::Warn
                                                      << QStringLiteral("stored password is encrypted");
        QTest::newRow("microsocks-right-password") << QStringLiteral("microsocks") << kPassword << Status::Pass
                                                   << QStringLiteral("forwarded the request");
        QTest::newRow("microsocks-wrong-password") << QStringLiteral("microsocks") << kWrong << Status::Fail
                                                   << QStringLiteral("rejected the user name or the password");
        QTest::newRow("refused-port") << QStringLiteral("refused") << kPassword << Status::Fail
                                      << QStringLiteral("Nothing accepts connections at 127.0.0.1:");
        QTest::newRow("silent-proxy") << QStringLiteral("silent") << kPassword << Status::Fail
                                      << QStringLiteral("does not answer");
        QTest::newRow("switched-off") << QStringLiteral("off") << QString() << Status::Pass
                                      << QStringLiteral("No proxy is set for updates");
    }
    void proxyStepTellsCasesApart()
    {
        QFETCH(QString, setup);
        QFETCH(QString, typed);
        QFETCH(Status, status);
        QFETCH(QString, messagePart);
        test::DemoFixture demo;
        QVERIFY(demo.create());
        std::unique_ptr<LocalProxy> proxy;
        QTcpServer silent;
        if (setup == QLatin1String("tinyproxy") || setup == QLatin1String("microsocks")) {
            const bool tiny = setup == QLatin1String("tinyproxy");
            proxy = std::make_unique<LocalProxy>(tiny ? LocalProxy::Kind::Tinyproxy : LocalProxy::Kind::Microsocks,
                                                 kUser, kPassword);
            QVERIFY2(proxy->start(), qPrintable(proxy->error()));
            pointDemo(demo, tiny ? QStringLiteral("HTTP") : QStringLiteral("SOCKS5"), QStringLiteral("127.0.0.1"), proxy->port());
        } else if (setup == QLatin1String("refused")) {
            pointDemo(demo, QStringLiteral("HTTP"), QStringLiteral("127.0.0.1"), TestHttpServer::refusedPort());
        } else if (setup == QLatin1String("silent")) {
            QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
            silent.pauseAccepting();
            pointDemo(demo, QStringLiteral("SOCKS5"), QStringLiteral("127.0.0.1"), silent.serverPort());
        } else if (setup == QLatin1String("off")) {
            QByteArray ini = demo.read(kOfcscan);
            demo.write(kOfcscan, ini.replace("Proxy_Enable=1", "Proxy_Enable=0"));
        }
        // The password typed into the proxy form reaches the checks the way the GUI and the CLI
        // pass it: through the fix's inputs (the file already holds these settings, so the plan
        // itself has nothing to write). Every row sets it, so no row inherits another's.
        const Step &step = *m_article.step(QStringLiteral("proxy"));
        DemoHost demoHost(demo.sandbox);
        const CheckContext ctx = context(demo, &demoHost);
        QVariantMap form;
        for (const FixInput &i : step.fix->inputs(ctx))
            form.insert(i.id, i.defaultValue);
        form.insert(QStringLiteral("password"), typed);
        const FixPlan unchanged = step.fix->plan(ctx, form);
        QVERIFY(unchanged.edits.isEmpty());
        const CheckResult r = step.check->run(ctx);
        QCOMPARE(statusId(r.status), statusId(status));
        QVERIFY2(r.message.contains(messagePart), qPrintable(r.message));
        assertNoSecret(r);
        // The stored (encrypted) password is never shown either.
        for (const EvidenceRow &row : r.evidence)
            QVERIFY2(!row.found.contains(QStringLiteral("CRYPTNG")), qPrintable(row.found));
        // Evidence names the file, section and key it read, with the [inferred] mark.
        bool sawKey = false;
        for (const EvidenceRow &row : r.evidence)
            sawKey = sawKey || (row.key == QLatin1String("Proxy_Addr") && row.note.contains(QStringLiteral("[inferred]")));
        QVERIFY(sawKey);
    }

    void proxyFormWritesSettingsNeverThePassword()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        LocalProxy socks(LocalProxy::Kind::Microsocks, kUser, kPassword);
        QVERIFY2(socks.start(), qPrintable(socks.error()));
        QByteArray server = demo.read(kOfcserver);
        server.replace("http://wfbs95-p.activeupdate.trendmicro.com/activeupdate",
                       "http://" + kSourceHost.toLatin1() + ':' + QByteArray::number(m_source.port()) + "/activeupdate");
        demo.write(kOfcserver, server);
        const QByteArray original = demo.read(kOfcscan);

        DemoHost host(demo.sandbox);
        const CheckContext ctx = context(demo, &host);
        const Step &step = *m_article.step(QStringLiteral("proxy"));
        QCOMPARE(step.check->run(ctx).status, Status::Fail); // the demo's proxy name never resolves

        const QList<FixInput> inputs = step.fix->inputs(ctx);
        QStringList ids;
        for (const FixInput &i : inputs) {
            ids << i.id;
            if (i.id == QLatin1String("password")) {
                QCOMPARE(i.kind, FixInput::Kind::Password);
                QVERIFY(i.defaultValue.isEmpty()); // the stored blob is never offered back
            }
            if (i.id == QLatin1String("address"))
                QCOMPARE(i.defaultValue, QStringLiteral("proxy.sbs-demo.invalid"));
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("type"), QStringLiteral("address"), QStringLiteral("port"),
                                   QStringLiteral("user"), QStringLiteral("password")}));

        const QVariantMap form{{QStringLiteral("type"), QStringLiteral("SOCKS5")},
                               {QStringLiteral("address"), QStringLiteral("127.0.0.1")},
                               {QStringLiteral("port"), QString::number(socks.port())},
                               {QStringLiteral("user"), kUser},
                               {QStringLiteral("password"), kPassword}};
        const FixPlan plan = step.fix->plan(ctx, form);
        QVERIFY2(!plan.error, qPrintable(plan.error.toString()));
        QCOMPARE(plan.edits.size(), 1);
        const QByteArray after = plan.edits.first().after;
        QVERIFY(after.contains("Proxy_Type=SOCKS5\r\n"));
        QVERIFY(after.contains("Proxy_Addr=127.0.0.1\r\n"));
        QVERIFY(after.contains("Proxy_Port=" + QByteArray::number(socks.port()) + "\r\n"));
        QVERIFY(after.contains("Proxy_User=" + kUser.toLatin1() + "\r\n"));
        QVERIFY(after.contains("Proxy_Pwd=!CRYPTNG!54EA18CCBA202487D261E10AE9FC6C76E8\r\n")); // kept as is
        QVERIFY(!after.contains(kPassword.toLatin1()));
        const QString preview = FixExecutor::preview(plan);
        QVERIFY(!preview.contains(kPassword));
        QVERIFY(preview.contains(QStringLiteral("Administration > Global Settings > Proxy")));
        QVERIFY(!step.fix->description().contains(kPassword));

        const BackupStore store(demo.tmp.filePath(QStringLiteral("b")));
        const FixOutcome out = FixExecutor::apply(m_article.id, step, ctx, plan, store);
        QVERIFY2(out.succeeded(), qPrintable(out.error.toString() + out.after.message));
        QCOMPARE(out.after.status, Status::Pass); // tested through microsocks with the typed password
        assertNoSecret(out.after);
        for (const QString &m : out.messages)
            QVERIFY(!m.contains(kPassword));
        for (const FollowUpResult &f : out.followUps)
            assertNoSecret(f.result);
        // Nothing on disk holds the password: the target tree and the backups.
        QDirIterator it(demo.tmp.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(kPassword.toUtf8()), qPrintable(f.fileName()));
        }

        QVERIFY(!store.undo(out.backupSetId, demo.wfbs.pccsrv, false, &host));
        QCOMPARE(demo.read(kOfcscan), original);
    }

    void wrongPasswordRollsTheFormBack()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        LocalProxy tiny(LocalProxy::Kind::Tinyproxy, kUser, kPassword);
        QVERIFY2(tiny.start(), qPrintable(tiny.error()));
        QByteArray server = demo.read(kOfcserver);
        server.replace("http://wfbs95-p.activeupdate.trendmicro.com/activeupdate",
                       "http://" + kSourceHost.toLatin1() + ':' + QByteArray::number(m_source.port()) + "/activeupdate");
        demo.write(kOfcserver, server);
        const QByteArray original = demo.read(kOfcscan);
        DemoHost host(demo.sandbox);
        const CheckContext ctx = context(demo, &host);
        const Step &step = *m_article.step(QStringLiteral("proxy"));
        const FixPlan plan = step.fix->plan(ctx, {{QStringLiteral("type"), QStringLiteral("HTTP")},
                                                  {QStringLiteral("address"), QStringLiteral("127.0.0.1")},
                                                  {QStringLiteral("port"), QString::number(tiny.port())},
                                                  {QStringLiteral("user"), kUser},
                                                  {QStringLiteral("password"), kWrong}});
        QVERIFY(!plan.error);
        const FixOutcome out = FixExecutor::apply(m_article.id, step, ctx, plan,
                                                  BackupStore(demo.tmp.filePath(QStringLiteral("b"))));
        QVERIFY(!out.succeeded());
        QVERIFY(out.rolledBack);
        QCOMPARE(out.after.status, Status::Fail); // the demo's own (unresolvable) proxy again
        QVERIFY(!out.error.message.contains(kWrong));
        QVERIFY(out.error.message.contains(QStringLiteral("rejected")));
        QCOMPARE(demo.read(kOfcscan), original);
    }

    void reportAndSessionNeverShowThePassword()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        LocalProxy tiny(LocalProxy::Kind::Tinyproxy, kUser, kPassword);
        QVERIFY2(tiny.start(), qPrintable(tiny.error()));
        QByteArray server = demo.read(kOfcserver);
        server.replace("http://wfbs95-p.activeupdate.trendmicro.com/activeupdate",
                       "http://" + kSourceHost.toLatin1() + ':' + QByteArray::number(m_source.port()) + "/activeupdate");
        demo.write(kOfcserver, server);

        Session session;
        session.setTarget(demo.wfbs);
        session.setHost(std::make_unique<DemoHost>(demo.sandbox));
        session.setArticleId(QStringLiteral("update-failure"));
        session.setFixInputs(QStringLiteral("proxy"), {{QStringLiteral("type"), QStringLiteral("HTTP")},
                                                       {QStringLiteral("address"), QStringLiteral("127.0.0.1")},
                                                       {QStringLiteral("port"), QString::number(tiny.port())},
                                                       {QStringLiteral("user"), kUser},
                                                       {QStringLiteral("password"), kPassword}});
        QSignalSpy done(&session, &Session::diagnosisFinished);
        session.startDiagnosis();
        QVERIFY(done.wait(60000));
        QVERIFY(session.fixableSteps().contains(QStringLiteral("proxy")));
        const FixOutcome out = session.applyFixNow(QStringLiteral("proxy"));
        QVERIFY2(out.succeeded(), qPrintable(out.error.toString() + out.after.message));
        QCOMPARE(out.after.status, Status::Pass);
        session.startDiagnosis();
        QVERIFY(done.wait(60000));
        QCOMPARE(session.currentRun()->step(QStringLiteral("proxy"))->result.status, Status::Pass);
        QCOMPARE(session.currentRun()->step(QStringLiteral("au-reachability"))->result.status, Status::Pass);

        const QJsonObject report = Report::build(session);
        const QString json = QString::fromUtf8(QJsonDocument(report).toJson());
        QVERIFY(json.contains(QStringLiteral("Proxy_Addr")));
        for (const QString &text : {json, Report::toHtml(report), Report::toText(report)}) {
            QVERIFY(!text.contains(kPassword));
            QVERIFY(!text.contains(QStringLiteral("54EA18CCBA202487D261E10AE9FC6C76E8"))); // the stored blob
        }
    }

    void invalidFormInputs_data()
    {
        QTest::addColumn<QVariantMap>("form");
        QTest::addColumn<QString>("error");
        QTest::newRow("bad-port") << QVariantMap{{QStringLiteral("type"), QStringLiteral("HTTP")},
                                                 {QStringLiteral("address"), QStringLiteral("proxy.corp")},
                                                 {QStringLiteral("port"), QStringLiteral("80800")}}
                                  << QStringLiteral("1 to 65535");
        QTest::newRow("url-not-host") << QVariantMap{{QStringLiteral("type"), QStringLiteral("HTTP")},
                                                     {QStringLiteral("address"), QStringLiteral("http://proxy.corp/")},
                                                     {QStringLiteral("port"), QStringLiteral("8080")}}
                                      << QStringLiteral("no \"http://\"");
        QTest::newRow("unknown-type") << QVariantMap{{QStringLiteral("type"), QStringLiteral("FTP")},
                                                     {QStringLiteral("address"), QStringLiteral("proxy.corp")},
                                                     {QStringLiteral("port"), QStringLiteral("8080")}}
                                      << QStringLiteral("SOCKS5");
    }
    void invalidFormInputs()
    {
        QFETCH(QVariantMap, form);
        QFETCH(QString, error);
        test::DemoFixture demo;
        QVERIFY(demo.create());
        DemoHost host(demo.sandbox);
        const FixPlan plan = m_article.step(QStringLiteral("proxy"))->fix->plan(context(demo, &host), form);
        QCOMPARE(plan.error.code, QStringLiteral("fix.input"));
        QVERIFY2(plan.error.message.contains(error), qPrintable(plan.error.message));
        QVERIFY(plan.edits.isEmpty());
    }

    void switchOffKeepsEverythingElse()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        DemoHost host(demo.sandbox);
        const CheckContext ctx = context(demo, &host);
        const QByteArray original = demo.read(kOfcscan);
        const FixPlan plan = m_article.step(QStringLiteral("proxy"))->fix->plan(ctx, {{QStringLiteral("type"), ProxyFix::kNone}});
        QVERIFY2(!plan.error, qPrintable(plan.error.toString()));
        QCOMPARE(plan.edits.first().after, QByteArray(original).replace("Proxy_Enable=1", "Proxy_Enable=0"));
    }
};

QTEST_GUILESS_MAIN(tst_ProxyCheck)
#include "tst_proxycheck.moc"
