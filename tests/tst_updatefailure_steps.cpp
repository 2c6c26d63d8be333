// Article 000's network and cache steps (proxy, au-reachability, au-source, firewall,
// update-source-config, disk-cleaner) on the demo server and on variants of it, and the whole
// article end to end: diagnose, fix everything fixable, every check passes, undo restores the
// bundle byte for byte. The network goes only to the loopback test server: a resolver map is
// active in every test, so any name outside it fails as "not found".
#include "articles/articles.h"
#include "demofixture.h"
#include "host/demohost.h"
#include "checks/firewallcheck.h"
#include "fixes/fixexecutor.h"
#include "net/netprobe.h"
#include "report/redact.h"
#include "session.h"
#include "testhttpserver.h"

#include <QDirIterator>
#include <QtTest>

using namespace kb;
using kb::test::TestHttpServer;

namespace {
const QString kPccsrv = QStringLiteral("wfbs/Security Server/PCCSRV/");
const QString kOfcscan = kPccsrv + QStringLiteral("ofcscan.ini");
const QString kOfcserver = kPccsrv + QStringLiteral("Private/ofcserver.ini");
const QString kAuIni = kPccsrv + QStringLiteral("wss/AU.ini");
const QString kAucfg = kPccsrv + QStringLiteral("Admin/aucfg.ini");
const QString kCache = kPccsrv + QStringLiteral("Download/ActiveUpdate/");
const QString kSource100 = QStringLiteral("http://wfbs100-p.activeupdate.trendmicro.com/activeupdate");
const QString kSource95 = QStringLiteral("http://wfbs95-p.activeupdate.trendmicro.com/activeupdate");
const QString kHost100 = QStringLiteral("wfbs100-p.activeupdate.trendmicro.com");
const QString kMirror = QStringLiteral("mirror.corp.example");
const QHostAddress kLoopback(QHostAddress::LocalHost);
} // namespace

class tst_UpdateFailureSteps : public QObject
{
    Q_OBJECT

    TestHttpServer m_server;
    const Article m_article = articles::updateFailure();

    CheckContext context(const test::DemoFixture &demo, Host *host, const QString &version = QString()) const
    {
        CheckContext ctx;
        ctx.target = demo.wfbs;
        if (!version.isEmpty())
            ctx.target.version = version;
        ctx.host = host;
        return ctx;
    }
    CheckResult run(const QString &step, const CheckContext &ctx) const
    {
        return m_article.step(step)->check->run(ctx);
    }
    static QString allText(const CheckResult &r)
    {
        QString t = r.message + QLatin1Char('\n');
        for (const EvidenceRow &e : r.evidence)
            t += QStringList{e.item, e.file, e.section, e.key, e.found, e.expected, e.note}.join(QLatin1Char('|'))
                 + QLatin1Char('\n');
        return t;
    }
    static void replaceIn(test::DemoFixture &demo, const QString &file, const QByteArray &from, const QByteArray &to)
    {
        QByteArray b = demo.read(file);
        QVERIFY2(b.contains(from), qPrintable(file + QLatin1String(": ") + QString::fromLatin1(from)));
        demo.write(file, b.replace(from, to));
    }
    // The update source: the test server under a mapped name, no proxy.
    void directToServer(test::DemoFixture &demo, const QString &host = kHost100)
    {
        replaceIn(demo, kOfcscan, "Proxy_Enable=1", "Proxy_Enable=0");
        const QByteArray url = "http://" + host.toLatin1() + ':' + QByteArray::number(m_server.port()) + "/activeupdate";
        for (const QString &f : {kOfcscan, kOfcserver}) {
            QByteArray b = demo.read(f);
            demo.write(f, b.replace(kSource95.toLatin1(), url).replace(kSource100.toLatin1(), url));
        }
    }
    void setRoute(const QString &path, const TestHttpServer::Route &r) { m_server.setRoute(path, r); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        TestHttpServer::Route ini;
        ini.body = "[Server]\r\nServer.1=" + kSource100.toLatin1() + "\r\n\r\n[PATTERN]\r\nP.4=pattern/vsapi/lpt1723100.zip,17.231.00,1026\r\n";
        setRoute(QStringLiteral("/activeupdate/server.ini"), ini);
    }
    void init()
    {
        NameResolver::setOverride({{kHost100, {kLoopback}}, {kMirror, {kLoopback}},
                                   {QStringLiteral("licenseupdate.trendmicro.com"), {kLoopback}},
                                   {QStringLiteral("wfbs100.icrc.trendmicro.com"), {kLoopback}}});
    }
    void cleanupTestCase() { NameResolver::clearOverride(); }

    void articleHasEveryStepInOrder()
    {
        QStringList ids;
        for (const Step &s : m_article.steps)
            ids << s.id;
        QCOMPARE(ids, (QStringList{QStringLiteral("au-timeout"), QStringLiteral("proxy"), QStringLiteral("au-reachability"),
                                   QStringLiteral("au-source"), QStringLiteral("firewall"), QStringLiteral("update-source-config"),
                                   QStringLiteral("disk-cleaner"), QStringLiteral("duplication-action"),
                                   QStringLiteral("support-bundle")}));
        for (const Step &s : m_article.steps) {
            QVERIFY2(!s.title.isEmpty() && !s.why.isEmpty(), qPrintable(s.id));
            QVERIFY2(s.check || !s.manual.isEmpty(), qPrintable(s.id));
            QVERIFY2(s.fix || !s.manual.isEmpty() || s.id == QLatin1String("au-reachability"), qPrintable(s.id));
        }
        // The scheduled update runs as the service: the proxy step says so.
        QVERIFY(m_article.step(QStringLiteral("proxy"))->why.contains(QStringLiteral("not the browser's")));
        bool inferred = false;
        for (const Fact &f : m_article.facts)
            inferred = inferred || (f.mark == QLatin1String("inferred") && f.value.contains(QStringLiteral("Update_Source")));
        QVERIFY(inferred);
    }

    void demoShowsEveryPlantedProblem()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        DemoHost host(demo.sandbox);
        const CheckContext ctx = context(demo, &host);

        const CheckResult proxy = run(QStringLiteral("proxy"), ctx);
        QCOMPARE(proxy.status, Status::Fail);
        QVERIFY2(proxy.message.contains(QStringLiteral("proxy.sbs-demo.invalid does not resolve")), qPrintable(proxy.message));
        bool pwdRow = false;
        for (const EvidenceRow &e : proxy.evidence) {
            if (e.key == QLatin1String("Proxy_Pwd")) {
                pwdRow = true;
                QVERIFY(e.secret);
                QCOMPARE(e.found, kRedacted);
            }
            QVERIFY(!e.found.contains(QStringLiteral("CRYPTNG")));
        }
        QVERIFY(pwdRow);
        QVERIFY(allText(proxy).contains(QStringLiteral("Proxy_Addr|proxy.sbs-demo.invalid")));
        QVERIFY(allText(proxy).contains(QStringLiteral("checked in section INI_SERVER_SECTION of file ofcscan.ini; file, section and key [inferred]")));

        const CheckResult reach = run(QStringLiteral("au-reachability"), ctx);
        QCOMPARE(reach.status, Status::Fail);
        QVERIFY2(reach.message.contains(QStringLiteral("Failed at the proxy stage")), qPrintable(reach.message));
        QVERIFY(reach.message.contains(QStringLiteral("Fix: step proxy")));
        QVERIFY(allText(reach).contains(QStringLiteral("name lookup of the proxy proxy.sbs-demo.invalid|")));
        QVERIFY(allText(reach).contains(QStringLiteral("failed here")));
        QVERIFY(allText(reach).contains(QStringLiteral("(not reached)")));
        QVERIFY(allText(reach).contains(QStringLiteral("not set: assuming the default of 60 s")));

        const CheckResult source = run(QStringLiteral("au-source"), ctx);
        QCOMPARE(source.status, Status::Fail);
        QVERIFY2(source.message.contains(QStringLiteral("is the ActiveUpdate source for version 9.5, but this server is version 10.0")),
                 qPrintable(source.message));
        QVERIFY(allText(source).contains(QStringLiteral("Private\\ofcserver.ini|INI_SERVER_SECTION|Update_Source|") + kSource95
                                         + QLatin1Char('|') + kSource100));
        QVERIFY(allText(source).contains(QStringLiteral("[inferred]")));
        QVERIFY(allText(source).contains(QStringLiteral("Update_Source_Type|1|")));

        const CheckResult agree = run(QStringLiteral("update-source-config"), ctx);
        QCOMPARE(agree.status, Status::Fail);
        QVERIFY(agree.message.contains(QStringLiteral("Private\\ofcserver.ini Update_Source=") + kSource95));
        QVERIFY(agree.message.contains(QStringLiteral("ofcscan.ini ActiveUpdate_Source=") + kSource100));
        QVERIFY(agree.message.contains(QStringLiteral("wss\\AU.ini Source=") + kSource100));

        const CheckResult fw = run(QStringLiteral("firewall"), ctx);
        QCOMPARE(fw.status, Status::Warn); // the demo's proxy and its 9.5 source are not in the map
        QVERIFY(allText(fw).contains(QStringLiteral("DNS wfbs100-p.activeupdate.trendmicro.com||||127.0.0.1")));

        const CheckResult cache = run(QStringLiteral("disk-cleaner"), ctx);
        QCOMPARE(cache.status, Status::Fail);
        const QString c = allText(cache);
        QVERIFY2(c.contains(QStringLiteral("Download\\ActiveUpdate\\pattern\\vsapi\\lpt1723100.zip||P.4|0 bytes (empty)|1,026 bytes, MD5 d6b03e7fe000cad23bc00f28047de5f1")), qPrintable(c));
        QVERIFY(c.contains(QStringLiteral("ssaptn2871.zip||P.544|282 bytes: truncated or wrong size|846 bytes")));
        QVERIFY(c.contains(QStringLiteral("ioth1793100.zip||P.48020000|768 bytes, matches the index")));
        QVERIFY(c.contains(QStringLiteral("cache folder, index and checksum list [inferred]")));
        QVERIFY(cache.message.contains(QStringLiteral("2 component file(s)")));
        QVERIFY(cache.message.contains(QStringLiteral("Disk Cleaner (TMDiskCleaner.exe) is not at Admin\\Utility\\DiskCleaner\\TMDiskCleaner.exe")));
        QVERIFY(m_article.step(QStringLiteral("disk-cleaner"))->fix); // removes the damaged files (tst_downloadcachefix)
        QVERIFY(m_article.step(QStringLiteral("disk-cleaner"))->manual.contains(QStringLiteral("/hide /log")));
    }

    void reachabilityNamesTheFailingStage_data()
    {
        QTest::addColumn<QString>("sourceHost");
        QTest::addColumn<TestHttpServer::Route>("route");
        QTest::addColumn<QByteArray>("aucfgTimeout");
        QTest::addColumn<Status>("status");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<QString>("evidencePart");

        TestHttpServer::Route ok;
        ok.body = "[Server]\r\nServer.1=x\r\n";
        QTest::newRow("ok") << kHost100 << ok << QByteArray() << Status::Pass
                            << QStringLiteral("The update source answered") << QStringLiteral("HTTP 200 OK, 22 bytes; name lookup");
        QTest::newRow("dns-custom-source") << QStringLiteral("mirror.not-mapped.example") << ok << QByteArray() << Status::Fail
                                           << QStringLiteral("Failed at the name lookup (DNS) stage: The name mirror.not-mapped.example was not found. Fix: step au-source.")
                                           << QStringLiteral("name lookup of mirror.not-mapped.example||||The name mirror.not-mapped.example was not found.|resolves|failed here");
        TestHttpServer::Route r404;
        r404.status = 404;
        QTest::newRow("404") << kHost100 << r404 << QByteArray() << Status::Fail
                             << QStringLiteral("Failed at the HTTP status 404 stage: the source answered HTTP 404 Not Found. Fix: step au-source.")
                             << QStringLiteral("failed here: the server answered with an error status");
        TestHttpServer::Route r500;
        r500.status = 500;
        QTest::newRow("500") << kHost100 << r500 << QByteArray() << Status::Fail
                             << QStringLiteral("HTTP 500 Internal Server Error. Fix: step au-source.") << QStringLiteral("HTTP 500");
        TestHttpServer::Route slow;
        slow.body = QByteArray(4000, 'x');
        slow.chunkSize = 10;
        slow.chunkDelayMs = 50; // bytes keep coming, but for 20 s
        QTest::newRow("slower-than-configured-timeout") << kHost100 << slow << QByteArray("2") << Status::Fail
                                                        << QStringLiteral("did not finish within the configured download timeout of 2 s. Fix: step au-timeout")
                                                        << QStringLiteral("Admin\\aucfg.ini|Downloader|timeout|2|");
        TestHttpServer::Route stall;
        stall.stall = true;
        QTest::newRow("stall") << kHost100 << stall << QByteArray("2") << Status::Fail
                               << QStringLiteral("Failed at the transfer stalled stage") << QStringLiteral("sent nothing back for 1 s");
        TestHttpServer::Route reset;
        reset.body = QByteArray(5000, 'x');
        reset.resetAfterBytes = 100;
        QTest::newRow("reset-mid-body") << kHost100 << reset << QByteArray() << Status::Fail
                                        << QStringLiteral("connection cut stage: The connection was closed after 100 of 5,000 bytes. Fix: step firewall.")
                                        << QStringLiteral("failed here");
        TestHttpServer::Route loop;
        loop.redirectTo = QStringLiteral("/activeupdate/server.ini");
        QTest::newRow("redirect-loop") << kHost100 << loop << QByteArray() << Status::Fail
                                       << QStringLiteral("Fix: step au-source.") << QStringLiteral("More than 3 redirects");
    }
    void reachabilityNamesTheFailingStage()
    {
        QFETCH(QString, sourceHost);
        QFETCH(TestHttpServer::Route, route);
        QFETCH(QByteArray, aucfgTimeout);
        QFETCH(Status, status);
        QFETCH(QString, messagePart);
        QFETCH(QString, evidencePart);
        test::DemoFixture demo;
        QVERIFY(demo.create());
        directToServer(demo, sourceHost);
        if (!aucfgTimeout.isEmpty())
            replaceIn(demo, kAucfg, "ConnectTimeout=60", "ConnectTimeout=60\r\ntimeout=" + aucfgTimeout);
        setRoute(QStringLiteral("/activeupdate/server.ini"), route);
        DemoHost host(demo.sandbox);
        const CheckResult r = run(QStringLiteral("au-reachability"), context(demo, &host));
        QCOMPARE(statusId(r.status), statusId(status));
        QVERIFY2(r.message.contains(messagePart), qPrintable(r.message));
        QVERIFY2(allText(r).contains(evidencePart), qPrintable(allText(r)));
        QVERIFY(allText(r).contains(QStringLiteral("route||||direct (no proxy set for updates)")));
    }
    void reachabilityRefusedPort()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        replaceIn(demo, kOfcscan, "Proxy_Enable=1", "Proxy_Enable=0");
        const QByteArray url = "http://" + kHost100.toLatin1() + ':' + QByteArray::number(TestHttpServer::refusedPort()) + "/activeupdate";
        replaceIn(demo, kOfcserver, kSource95.toLatin1(), url);
        DemoHost host(demo.sandbox);
        const CheckResult r = run(QStringLiteral("au-reachability"), context(demo, &host));
        QCOMPARE(r.status, Status::Fail);
        QVERIFY2(r.message.contains(QStringLiteral("Failed at the TCP connect stage: Connection to wfbs100-p.activeupdate.trendmicro.com:")),
                 qPrintable(r.message));
        QVERIFY(r.message.contains(QStringLiteral("was refused")));
        QVERIFY(allText(r).contains(QStringLiteral("name lookup of wfbs100-p.activeupdate.trendmicro.com||||127.0.0.1 (")));
    }

    void restoreRoute()
    {
        TestHttpServer::Route ini;
        ini.body = "[Server]\r\nServer.1=" + kSource100.toLatin1() + "\r\n";
        setRoute(QStringLiteral("/activeupdate/server.ini"), ini);
    }

    void auSourcePerVersion_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("url");
        for (const auto &[v, code] : std::initializer_list<std::pair<const char *, const char *>>{
                 {"10.0", "100"}, {"9.5", "95"}, {"9.0", "90"}, {"8.0", "80"}, {"7.0", "70"}, {"6.0", "60"}})
            QTest::newRow(v) << QString::fromLatin1(v)
                             << QStringLiteral("http://wfbs%1-p.activeupdate.trendmicro.com/activeupdate").arg(QLatin1String(code));
    }
    void auSourcePerVersion()
    {
        QFETCH(QString, version);
        QFETCH(QString, url);
        test::DemoFixture demo;
        QVERIFY(demo.create());
        DemoHost host(demo.sandbox);
        const CheckContext ctx = context(demo, &host, version);
        const Step &step = *m_article.step(QStringLiteral("au-source"));
        const CheckResult before = step.check->run(ctx);
        QCOMPARE(before.status, version == QLatin1String("9.5") ? Status::Pass : Status::Fail);
        QVERIFY(allText(before).contains(QStringLiteral("ActiveUpdate source for version %1||||%2").arg(version, url)));
        if (version == QLatin1String("6.0"))
            QVERIFY(allText(before).contains(QStringLiteral("6.0 is not among the versions the article covers")));
        if (version == QLatin1String("9.5")) {
            QCOMPARE(step.fix->plan(ctx, {}).error.code, QStringLiteral("fix.nothing"));
            return;
        }
        const QList<FixInput> inputs = step.fix->inputs(ctx);
        QCOMPARE(inputs.first().id, QStringLiteral("source"));
        QCOMPARE(inputs.first().defaultValue, url);
        // au-source switches the primary line (the source the console shows)...
        const FixPlan plan = step.fix->plan(ctx, {});
        QVERIFY2(!plan.error, qPrintable(plan.error.toString()));
        QCOMPARE(plan.edits.size(), 1);
        QCOMPARE(plan.edits.first().displayPath, QStringLiteral("Private\\ofcserver.ini"));
        QCOMPARE(plan.edits.first().after, QByteArray(demo.read(kOfcserver)).replace(kSource95.toLatin1(), url.toLatin1()));
        const BackupStore store(demo.tmp.filePath(QStringLiteral("b")));
        const FixOutcome out = FixExecutor::apply(m_article.id, step, ctx, plan, store);
        QVERIFY2(out.succeeded(), qPrintable(out.error.toString()));
        QCOMPARE(out.after.status, Status::Pass);
        Status agreeAfter = Status::NotRun;
        for (const FollowUpResult &f : out.followUps)
            if (f.stepId == QLatin1String("update-source-config"))
                agreeAfter = f.result.status;
        // ...and update-source-config makes the other files follow (nothing left for 10.0).
        const Step &agree = *m_article.step(QStringLiteral("update-source-config"));
        QString agreeSet;
        if (version == QLatin1String("10.0")) {
            QCOMPARE(agreeAfter, Status::Pass);
            QCOMPARE(agree.fix->plan(ctx, {}).error.code, QStringLiteral("fix.nothing"));
        } else {
            QCOMPARE(agreeAfter, Status::Fail);
            const FixPlan rest = agree.fix->plan(ctx, {});
            QVERIFY2(!rest.error, qPrintable(rest.error.toString()));
            QCOMPARE(rest.edits.size(), 2);
            for (const FileEdit &e : rest.edits) {
                const QByteArray text = e.displayPath.endsWith(QLatin1String("AU.ini"))
                                            ? QString::fromUtf16(reinterpret_cast<const char16_t *>(e.after.constData() + 2),
                                                                 (e.after.size() - 2) / 2).toUtf8()
                                            : e.after;
                QVERIFY2(text.contains(url.toLatin1()) && !text.contains("wfbs100-p"), qPrintable(e.displayPath));
            }
            const FixOutcome second = FixExecutor::apply(m_article.id, agree, ctx, rest, store);
            QVERIFY2(second.succeeded(), qPrintable(second.error.toString()));
            agreeSet = second.backupSetId;
            QVERIFY(demo.read(kAuIni).startsWith("\xFF\xFE")); // UTF-16LE with BOM kept
        }
        QCOMPARE(step.check->run(ctx).status, Status::Pass);
        QCOMPARE(agree.check->run(ctx).status, Status::Pass);
        if (!agreeSet.isEmpty())
            QVERIFY(!store.undo(agreeSet, demo.wfbs.pccsrv, false, &host));
        QVERIFY(!store.undo(out.backupSetId, demo.wfbs.pccsrv, false, &host));
        for (const QString &f : {kOfcscan, kOfcserver, kAuIni})
            QCOMPARE(demo.read(f), test::DemoFixture::bundled(f));
    }

    void customSourceKeptUnlessAnotherIsPicked()
    {
        restoreRoute();
        test::DemoFixture demo;
        QVERIFY(demo.create());
        directToServer(demo, kMirror);
        DemoHost host(demo.sandbox);
        const CheckContext ctx = context(demo, &host);
        const Step &step = *m_article.step(QStringLiteral("au-source"));
        const CheckResult answering = step.check->run(ctx);
        QCOMPARE(answering.status, Status::Pass);
        QVERIFY2(answering.message.contains(QStringLiteral("custom source")), qPrintable(answering.message));
        QVERIFY(answering.message.contains(QStringLiteral("It is kept")));
        const QString custom = QStringLiteral("http://%1:%2/activeupdate").arg(kMirror).arg(m_server.port());
        QCOMPARE(step.fix->inputs(ctx).first().defaultValue, custom);
        QCOMPARE(step.fix->plan(ctx, {}).error.code, QStringLiteral("fix.nothing"));

        // The mirror stops answering: the check fails, the default still keeps it.
        NameResolver::setOverride({{kHost100, {kLoopback}}});
        const CheckResult dead = step.check->run(ctx);
        QCOMPARE(dead.status, Status::Fail);
        QVERIFY2(dead.message.contains(QStringLiteral("does not answer (The name mirror.corp.example was not found.)")),
                 qPrintable(dead.message));
        QVERIFY(dead.message.contains(kSource100));
        QCOMPARE(step.fix->plan(ctx, {}).error.code, QStringLiteral("fix.nothing"));
        // Picking the ActiveUpdate source, or typing another one, switches.
        const FixPlan toAu = step.fix->plan(ctx, {{QStringLiteral("source"), kSource100}});
        QVERIFY(!toAu.error);
        QVERIFY(toAu.edits.first().after.contains(kSource100.toLatin1()));
        const FixPlan typed = step.fix->plan(ctx, {{QStringLiteral("alternate"), QStringLiteral("http://au.intranet.example:8080/au")}});
        QVERIFY(!typed.error);
        QVERIFY(typed.edits.first().after.contains("http://au.intranet.example:8080/au"));
        QCOMPARE(step.fix->plan(ctx, {{QStringLiteral("alternate"), QStringLiteral("not a url")}}).error.code,
                 QStringLiteral("fix.input"));
    }

    void unknownSourceKeyNeedsConfirmation()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        // No known key holds the source; a line with another key names an ActiveUpdate server.
        replaceIn(demo, kOfcserver, "Update_Source=", "AU_Server_Url=");
        replaceIn(demo, kOfcscan, "ActiveUpdate_Source=", "AU_Backup=");
        QByteArray au = demo.read(kAuIni);
        demo.write(kAuIni, au.replace(QByteArray("S\0o\0u\0r\0c\0e\0=\0", 14), QByteArray("O\0r\0i\0g\0i\0n\0=\0", 14)));
        DemoHost host(demo.sandbox);
        const CheckContext ctx = context(demo, &host);
        const Step &step = *m_article.step(QStringLiteral("au-source"));
        const CheckResult r = step.check->run(ctx);
        QCOMPARE(r.status, Status::Warn);
        QVERIFY(r.message.contains(QStringLiteral("found by scanning")));
        const QString t = allText(r);
        QVERIFY2(t.contains(QStringLiteral("Private\\ofcserver.ini|INI_SERVER_SECTION|AU_Server_Url|") + kSource95), qPrintable(t));
        QVERIFY(t.contains(QStringLiteral("found by scanning for values containing \"activeupdate\"")));
        QVERIFY(t.contains(QStringLiteral("Private\\ofcserver.ini|INI_SERVER_SECTION|Update_Source|(absent)")));
        QVERIFY(t.contains(QStringLiteral("checked key Update_Source in section [INI_SERVER_SECTION] of file Private\\ofcserver.ini")));

        QList<FixInput> candidates;
        for (const FixInput &in : step.fix->inputs(ctx))
            if (in.id.startsWith(QLatin1String("candidate-")))
                candidates << in;
        QCOMPARE(candidates.size(), 3);
        QCOMPARE(candidates.first().defaultValue, QStringLiteral("no"));
        QVERIFY(candidates.first().label.contains(QStringLiteral("AU_Server_Url")));
        // Nothing is written until the user confirms a line.
        QCOMPARE(step.fix->plan(ctx, {{QStringLiteral("source"), kSource100}}).error.code, QStringLiteral("fix.nothing"));
        const FixPlan confirmed = step.fix->plan(ctx, {{QStringLiteral("source"), kSource100},
                                                       {candidates.first().id, QStringLiteral("yes")}});
        QVERIFY2(!confirmed.error, qPrintable(confirmed.error.toString()));
        QCOMPARE(confirmed.edits.size(), 1);
        QVERIFY(confirmed.edits.first().after.contains("AU_Server_Url=" + kSource100.toLatin1()));
    }

    void updateSourceConfigFixAndUndo()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        DemoHost host(demo.sandbox);
        const CheckContext ctx = context(demo, &host);
        const Step &step = *m_article.step(QStringLiteral("update-source-config"));
        const QList<FixInput> inputs = step.fix->inputs(ctx);
        QCOMPARE(inputs.first().defaultValue, kSource100);
        QVERIFY(inputs.first().choices.contains(kSource95));
        // On the demo only the primary line disagrees, and that line is au-source's: both fixes
        // can be planned together (as the Fix page does) without touching the same file.
        const FixPlan nothing = step.fix->plan(ctx, {});
        QCOMPARE(nothing.error.code, QStringLiteral("fix.nothing"));
        QVERIFY2(nothing.error.message.contains(QStringLiteral("Private\\ofcserver.ini Update_Source differs: the update source step switches it")),
                 qPrintable(nothing.error.message));
        const FixPlan source = m_article.step(QStringLiteral("au-source"))->fix->plan(ctx, {});
        QCOMPARE(source.edits.size(), 1);

        // Choosing the 9.5 source makes the two other files follow, UTF-16 AU.ini included.
        const FixPlan plan = step.fix->plan(ctx, {{QStringLiteral("source"), kSource95}});
        QVERIFY2(!plan.error, qPrintable(plan.error.toString()));
        QCOMPARE(plan.edits.size(), 2);
        for (const FileEdit &e : plan.edits) {
            QVERIFY(e.displayPath != QLatin1String("Private\\ofcserver.ini"));
            if (e.displayPath == QLatin1String("wss\\AU.ini")) {
                QVERIFY(e.after.startsWith("\xFF\xFE"));
                QCOMPARE(e.after.size(), e.before.size() - 2); // "100" -> "95", two UTF-16 bytes
            } else {
                QCOMPARE(e.after, QByteArray(e.before).replace(kSource100.toLatin1(), kSource95.toLatin1()));
            }
        }
        QVERIFY(FixExecutor::preview(plan).contains(QStringLiteral("Update_Source_Type=1 is left as it is")));
        const BackupStore store(demo.tmp.filePath(QStringLiteral("b")));
        const FixOutcome out = FixExecutor::apply(m_article.id, step, ctx, plan, store);
        QVERIFY2(out.succeeded(), qPrintable(out.error.toString()));
        QCOMPARE(out.after.status, Status::Pass);
        QVERIFY(allText(out.after).contains(QStringLiteral("wss\\AU.ini|ActiveUpdate|Source|") + kSource95));
        QVERIFY(!store.undo(out.backupSetId, demo.wfbs.pccsrv, false, &host));
        for (const QString &f : {kOfcscan, kAuIni})
            QCOMPARE(demo.read(f), test::DemoFixture::bundled(f));
        QCOMPARE(step.check->run(ctx).status, Status::Fail);
    }

    void diskCleanerVariants()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        DemoHost host(demo.sandbox);
        const CheckContext ctx = context(demo, &host);
        // The same size, other bytes: only the checksum tells.
        QByteArray icrc = demo.read(kCache + QStringLiteral("pattern/icrc/ioth1793100.zip"));
        icrc[icrc.size() - 1] = char(icrc.at(icrc.size() - 1) ^ 0x5a);
        demo.write(kCache + QStringLiteral("pattern/icrc/ioth1793100.zip"), icrc);
        // The tool is present now.
        QDir().mkpath(demo.wfbs.path(QStringLiteral("Admin/Utility/DiskCleaner")));
        demo.write(kPccsrv + QStringLiteral("Admin/Utility/DiskCleaner/TMDiskCleaner.exe"), "MZ");
        const CheckResult r = run(QStringLiteral("disk-cleaner"), ctx);
        QCOMPARE(r.status, Status::Fail);
        QVERIFY(allText(r).contains(QStringLiteral("768 bytes, MD5 ")));
        QVERIFY(allText(r).contains(QStringLiteral("checksum does not match")));
        QVERIFY(r.message.contains(QStringLiteral("3 component file(s)")));
        QVERIFY2(r.message.contains(QStringLiteral("TMDiskCleaner.exe\" /hide /log")), qPrintable(r.message));
        QVERIFY(allText(r).contains(QStringLiteral("Disk Cleaner|Admin\\Utility\\DiskCleaner\\TMDiskCleaner.exe|||present")));

        // What the technician does by hand: remove the damaged files; absent files are fine.
        for (const QString &f : {QStringLiteral("pattern/icrc/ioth1793100.zip"), QStringLiteral("pattern/vsapi/lpt1723100.zip"),
                                 QStringLiteral("pattern/ssaptn/ssaptn2871.zip")})
            QVERIFY(QFile::remove(QDir(demo.sandbox).filePath(kCache + f)));
        const CheckResult clean = run(QStringLiteral("disk-cleaner"), ctx);
        QCOMPARE(clean.status, Status::Pass);
        QVERIFY(allText(clean).contains(QStringLiteral("(not in the cache: not downloaded yet)")));
    }

    void firewallAllowList()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        replaceIn(demo, kOfcscan, "Proxy_Enable=1", "Proxy_Enable=0");
        NameResolver::setOverride({{kHost100, {QHostAddress(QStringLiteral("203.0.113.7")), QHostAddress(QStringLiteral("203.0.113.9"))}},
                                   {QStringLiteral("licenseupdate.trendmicro.com"), {QHostAddress(QStringLiteral("198.51.100.20"))}},
                                   {QStringLiteral("wfbs100.icrc.trendmicro.com"), {QHostAddress(QStringLiteral("192.0.2.44"))}},
                                   {QStringLiteral("wfbs95-p.activeupdate.trendmicro.com"), {QHostAddress(QStringLiteral("203.0.113.200"))}}});
        DemoHost host(demo.sandbox);
        const CheckResult r = run(QStringLiteral("firewall"), context(demo, &host));
        QCOMPARE(r.status, Status::Pass);
        const QString t = allText(r);
        QVERIFY2(t.contains(QStringLiteral("DNS wfbs100-p.activeupdate.trendmicro.com||||203.0.113.7, 203.0.113.9 (")), qPrintable(t));
        QVERIFY(t.contains(QStringLiteral("|allow 203.0.113.0\u2013203.0.113.255|")));
        QVERIFY(t.contains(QStringLiteral("|allow 198.51.100.0\u2013198.51.100.255|")));
        QString list;
        for (const EvidenceRow &e : r.evidence)
            if (e.item.startsWith(QLatin1String("allow-list")))
                list = e.found;
        QVERIFY(list.contains(QStringLiteral("  wfbs100-p.activeupdate.trendmicro.com   (ActiveUpdate")));
        QVERIFY(list.contains(QStringLiteral("  licenseupdate.trendmicro.com   (license update)")));
        QVERIFY(list.contains(QStringLiteral("  wfbs100.icrc.trendmicro.com   (Smart Scan")));
        QVERIFY(list.contains(QStringLiteral("  wfbs95-p.activeupdate.trendmicro.com   (update source set in Private\\ofcserver.ini)")));
        QCOMPARE(list.count(QStringLiteral("203.0.113.0-203.0.113.255   (203.0.113.0/24)")), 1); // one block for three addresses
        QVERIFY(list.contains(QStringLiteral("192.0.2.0-192.0.2.255   (192.0.2.0/24)")));
        QVERIFY(list.contains(QStringLiteral("Outbreak Prevention Policy (OPP) server")));
        QVERIFY(t.contains(QStringLiteral("(host name not known)")));

        // A name that does not resolve is shown, not hidden.
        NameResolver::setOverride({{kHost100, {QHostAddress(QStringLiteral("203.0.113.7"))}}});
        const CheckResult partial = run(QStringLiteral("firewall"), context(demo, &host));
        QCOMPARE(partial.status, Status::Warn);
        QVERIFY(partial.message.contains(QStringLiteral("3 of the names did not resolve")));
        QVERIFY(allText(partial).contains(QStringLiteral("DNS licenseupdate.trendmicro.com||||The name licenseupdate.trendmicro.com was not found.|resolves")));
        QCOMPARE(FirewallCheck::block(QHostAddress(QStringLiteral("10.1.2.3")), QStringLiteral("-")), QStringLiteral("10.1.2.0-10.1.2.255"));
    }

    void networkChecksRunInParallel()
    {
        // Three network checks each send a request the server never answers. All three requests
        // arrive before any of those checks finishes: they run at the same time, so the article
        // takes about as long as its slowest check, not the sum.
        test::DemoFixture demo;
        QVERIFY(demo.create());
        replaceIn(demo, kOfcscan, "Proxy_Addr=proxy.sbs-demo.invalid", "Proxy_Addr=127.0.0.1");
        replaceIn(demo, kOfcscan, "Proxy_Port=8080", "Proxy_Port=" + QByteArray::number(m_server.port()));
        replaceIn(demo, kOfcserver, kSource95.toLatin1(), "http://" + kMirror.toLatin1() + "/activeupdate");
        TestHttpServer::Route stall;
        stall.stall = true;
        setRoute(QStringLiteral("/activeupdate/server.ini"), stall);
        const int before = m_server.hits(QStringLiteral("/activeupdate/server.ini"));

        Session session;
        session.setTarget(demo.wfbs);
        session.setHost(std::make_unique<DemoHost>(demo.sandbox));
        session.setArticleId(QStringLiteral("update-failure"));
        QStringList finished;
        connect(&session, &Session::stepFinished, this, [&](const QString &id) { finished << id; });
        QSignalSpy done(&session, &Session::diagnosisFinished);
        session.startDiagnosis();
        QTRY_COMPARE_WITH_TIMEOUT(m_server.hits(QStringLiteral("/activeupdate/server.ini")) - before, 3, 10000);
        for (const QString &id : {QStringLiteral("proxy"), QStringLiteral("au-reachability"), QStringLiteral("au-source")})
            QVERIFY2(!finished.contains(id), qPrintable(id));
        session.cancelDiagnosis();
        QVERIFY(done.count() == 1 || done.wait(10000));
        restoreRoute();
    }

    void wholeArticleOnTheDemo()
    {
        restoreRoute();
        test::DemoFixture demo;
        QVERIFY(demo.create());
        Session session;
        session.setTarget(demo.wfbs);
        session.setHost(std::make_unique<DemoHost>(demo.sandbox));
        session.setArticleId(QStringLiteral("update-failure"));
        QSignalSpy done(&session, &Session::diagnosisFinished);
        auto diagnose = [&] {
            session.startDiagnosis();
            return done.wait(60000);
        };
        auto statusOf = [&](const QString &id) { return session.currentRun()->step(id)->result.status; };

        QVERIFY(diagnose());
        const QList<QPair<QString, Status>> expected{
            {QStringLiteral("au-timeout"), Status::Fail}, {QStringLiteral("proxy"), Status::Fail},
            {QStringLiteral("au-reachability"), Status::Fail}, {QStringLiteral("au-source"), Status::Fail},
            {QStringLiteral("firewall"), Status::Warn}, {QStringLiteral("update-source-config"), Status::Fail},
            {QStringLiteral("disk-cleaner"), Status::Fail}, {QStringLiteral("duplication-action"), Status::Fail},
            {QStringLiteral("support-bundle"), Status::Manual}};
        for (const auto &[id, status] : expected)
            QVERIFY2(statusOf(id) == status, qPrintable(id + QLatin1String(": ") + statusId(statusOf(id))
                                                       + QLatin1String(" ") + session.currentRun()->step(id)->result.message));
        for (const Step &s : m_article.steps)
            if (s.check)
                QVERIFY2(!session.currentRun()->step(s.id)->result.evidence.isEmpty(), qPrintable(s.id));

        // The proxy the technician types: the loopback test server, which also forwards.
        session.setFixInputs(QStringLiteral("proxy"), {{QStringLiteral("type"), QStringLiteral("HTTP")},
                                                       {QStringLiteral("address"), QStringLiteral("127.0.0.1")},
                                                       {QStringLiteral("port"), QString::number(m_server.port())}});
        QStringList applied, backupSets;
        for (int guard = 0; guard < 10; ++guard) {
            const QStringList fixable = session.fixableSteps();
            if (fixable.isEmpty())
                break;
            const QString id = fixable.first();
            const FixOutcome out = session.applyFixNow(id);
            QVERIFY2(out.succeeded(), qPrintable(id + QLatin1String(": ") + out.error.toString()));
            applied << id;
            backupSets << out.backupSetId;
        }
        // update-source-config passed after the au-source fix (its follow-up), so it was not applied twice.
        QCOMPARE(applied, (QStringList{QStringLiteral("au-timeout"), QStringLiteral("proxy"), QStringLiteral("au-source"),
                                       QStringLiteral("disk-cleaner"), QStringLiteral("duplication-action")}));
        // The disk-cleaner fix removed the damaged files and their .sig.
        for (const QString &f : {QStringLiteral("pattern/vsapi/lpt1723100.zip"), QStringLiteral("pattern/ssaptn/ssaptn2871.zip")}) {
            QVERIFY(!QFileInfo::exists(QDir(demo.sandbox).filePath(kCache + f)));
            QVERIFY(!QFileInfo::exists(QDir(demo.sandbox).filePath(kCache + f + QStringLiteral(".sig"))));
        }

        QVERIFY(diagnose());
        for (const Step &s : m_article.steps) {
            const Status st = statusOf(s.id);
            if (s.id == QLatin1String("support-bundle"))
                QCOMPARE(st, Status::Manual);
            else
                QVERIFY2(st == Status::Pass, qPrintable(s.id + QLatin1String(": ") + session.currentRun()->step(s.id)->result.message));
        }

        // Undo every fix, newest first: every file the wizard wrote (or removed) is the bundle's again.
        const BackupStore store = session.backupStore();
        for (qsizetype i = backupSets.size() - 1; i >= 0; --i)
            QVERIFY(!store.undo(backupSets.at(i), demo.wfbs.pccsrv, false, session.host()));
        for (const QString &f : {QStringLiteral("pattern/vsapi/lpt1723100.zip"), QStringLiteral("pattern/ssaptn/ssaptn2871.zip")}) {
            QVERIFY(QFileInfo::exists(QDir(demo.sandbox).filePath(kCache + f)));
            QVERIFY(QFileInfo::exists(QDir(demo.sandbox).filePath(kCache + f + QStringLiteral(".sig"))));
        }
        QDirIterator it(QDir(demo.sandbox).filePath(QStringLiteral("wfbs")), QDir::Files, QDirIterator::Subdirectories);
        int compared = 0;
        while (it.hasNext()) {
            const QString rel = QDir(demo.sandbox).relativeFilePath(it.next());
            QCOMPARE(demo.read(rel), test::DemoFixture::bundled(rel));
            ++compared;
        }
        QVERIFY(compared > 10);
    }
};

QTEST_GUILESS_MAIN(tst_UpdateFailureSteps)
#include "tst_updatefailure_steps.moc"
