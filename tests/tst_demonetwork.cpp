// The demo's simulated network: only the demo's names resolve, their addresses are answered by
// the loopback demo server, the LWCS port listens only while the service runs, and article 004
// can be fixed end to end on the demo without reaching the internet.
#include "demofixture.h"
#include "host/demohost.h"
#include "net/demonetwork.h"
#include "host/hostfactory.h"
#include "net/netprobe.h"
#include "session.h"

#include <QSignalSpy>
#include <QtTest>

using namespace kb;

class tst_DemoNetwork : public QObject
{
    Q_OBJECT

    static HttpResult get(const QString &url)
    {
        HttpRequest req;
        req.url = QUrl(url);
        req.timeoutMs = 5000;
        return httpGet(req);
    }

private Q_SLOTS:
    void cleanup()
    {
        DemoNetwork::deactivate();
    }

    void onlyTheDemosNamesResolve()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        QVERIFY(!DemoNetwork::activate(demo.sandbox));
        QVERIFY(DemoNetwork::port() != 0);

        const HttpResult ok = get(QStringLiteral("http://osce11-p.activeupdate.trendmicro.com/activeupdate/server.ini"));
        QVERIFY2(ok.ok(), qPrintable(ok.error));
        QVERIFY(ok.body.contains("P.48040033="));
        QCOMPARE(ok.addresses.value(0), QHostAddress(QStringLiteral("198.51.100.11")));

        QCOMPARE(get(QStringLiteral("http://osce11-p.activeupdate.trendmicro.com/activeupdate/nothing")).status, 404);
        QCOMPARE(get(QStringLiteral("http://wfbs95-p.activeupdate.trendmicro.com/activeupdate/server.ini")).failedStage, HttpStage::Dns);
        QCOMPARE(get(QStringLiteral("http://www.example.com/")).failedStage, HttpStage::Dns);
        QCOMPARE(get(QStringLiteral("http://proxy.sbs-demo.invalid:8080/")).failedStage, HttpStage::Dns);
    }

    // A host's delayMs holds its answer back (a WAN's round trips): a request with a shorter
    // timeout than the delay times out waiting for the first byte, one with a longer timeout
    // gets the file. (No time is measured: the timeouts decide.)
    void hostsAnswerAfterTheirDelay()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        QByteArray hosts = demo.read(QStringLiteral("network/hosts.json"));
        QVERIFY(hosts.contains("\"delayMs\": 180"));
        hosts.replace("\"delayMs\": 180", "\"delayMs\": 3000");
        demo.write(QStringLiteral("network/hosts.json"), hosts);
        QVERIFY(!DemoNetwork::activate(demo.sandbox));

        HttpRequest req;
        req.url = QUrl(QStringLiteral("http://osce11-p.activeupdate.trendmicro.com/activeupdate/server.ini"));
        req.timeoutMs = 600;
        const HttpResult early = httpGet(req);
        QCOMPARE(early.status, 0);
        QVERIFY2(early.failedStage != HttpStage::None && early.failedStage != HttpStage::Dns
                     && early.failedStage != HttpStage::Connect,
                 qPrintable(early.error)); // resolved and connected, then no answer in time
        req.timeoutMs = 10000;
        const HttpResult late = httpGet(req);
        QVERIFY2(late.ok(), qPrintable(late.error));
        QVERIFY(late.body.contains("P.48040033="));
    }

    // dnsDelayMs: every lookup of a non-loopback name takes that long, found or not; a lookup
    // allowed less time times out, loopback names answer at once. (The timeouts decide.)
    void lookupsTakeTheirDnsDelay()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        QByteArray hosts = demo.read(QStringLiteral("network/hosts.json"));
        QVERIFY(hosts.contains("\"dnsDelayMs\": 40"));
        hosts.replace("\"dnsDelayMs\": 40", "\"dnsDelayMs\": 3000");
        demo.write(QStringLiteral("network/hosts.json"), hosts);
        QVERIFY(!DemoNetwork::activate(demo.sandbox));

        const QString name = QStringLiteral("osce11-p.activeupdate.trendmicro.com");
        NameResolver::Result r = NameResolver::resolve(name, 300);
        QVERIFY(r.addresses.isEmpty());
        QVERIFY2(r.error.contains(QStringLiteral("took longer than 300 ms")), qPrintable(r.error));
        r = NameResolver::resolve(QStringLiteral("www.example.com"), 300); // not found takes as long
        QVERIFY2(r.error.contains(QStringLiteral("took longer")), qPrintable(r.error));
        r = NameResolver::resolve(QStringLiteral("localhost"), 1);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        r = NameResolver::resolve(name, 10000);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.addresses.value(0), QHostAddress(QStringLiteral("198.51.100.11")));
    }

    void lwcsPortListensOnlyWhileTheServiceRuns()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        // Choosing the demo installation switches the demo's simulated network on.
        Session session;
        session.setRequestedHostKind(HostKind::Demo);
        const KbError e = session.useInstallation(demo.osce);
        QVERIFY2(!e, qPrintable(e.toString()));
        Host *host = session.host();
        QCOMPARE(host->kind(), HostKind::Demo);
        const QString status = QStringLiteral("http://localhost:5274/lwcsstatus/isapiLWCSStatus.dll");
        QCOMPARE(get(status).failedStage, HttpStage::Connect);

        // 1053 while wcspatterns misses a pattern file...
        const ServiceControlResult fails = host->startService(QStringLiteral("TMLWCSService"), 2000);
        QCOMPARE(fails.win32Error, 1053u);
        // ...and a clean start once both are there; then the status page answers.
        demo.write(QStringLiteral("osce/OfficeScan/PCCSRV/LWCS/wcspatterns/fup99999.ptn"), "TMPTN");
        QVERIFY(host->startService(QStringLiteral("TMLWCSService"), 2000).ok);
        const HttpResult up = get(status);
        QVERIFY2(up.ok(), qPrintable(up.error));
        QVERIFY(up.body.contains("Status: OK"));
        QVERIFY(host->stopService(QStringLiteral("TMLWCSService"), 2000).ok);
        QCOMPARE(get(status).failedStage, HttpStage::Connect);
    }

    void article004FixedEndToEndOnTheDemo()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        Session session;
        const KbError e = session.useInstallation(demo.osce);
        QVERIFY2(!e, qPrintable(e.toString()));
        QCOMPARE(session.host()->kind(), HostKind::Demo);
        session.setArticleId(QStringLiteral("reputation-reconnecting"));
        QSignalSpy done(&session, &Session::diagnosisFinished);
        session.startDiagnosis();
        QVERIFY(done.wait(20000));
        const QStringList fixable = session.fixableSteps();
        QVERIFY2(fixable.contains(QStringLiteral("wrs-ini")) && fixable.contains(QStringLiteral("wcspatterns")),
                 qPrintable(fixable.join(QLatin1Char(','))));

        // The user confirms every WRS entry the fix offers to set to 1.
        QVariantMap wrs;
        for (const FixInput &in : session.fixInputSpecs(QStringLiteral("wrs-ini")))
            wrs.insert(in.id, QStringLiteral("1"));
        session.setFixInputs(QStringLiteral("wrs-ini"), wrs);

        // The article's order: the settings, then the patterns (which also start the service).
        for (const QString &step : {QStringLiteral("wrs-ini"), QStringLiteral("wcspatterns")}) {
            const FixOutcome out = session.applyFixNow(step);
            QVERIFY2(out.succeeded(), qPrintable(step + QStringLiteral(": ") + out.error.toString()));
        }
        session.startDiagnosis();
        QVERIFY(done.wait(20000));
        for (const StepRun &s : session.currentRun()->steps) {
            if (s.stepId == QLatin1String("isps-tool"))
                continue; // a manual step: the installer is not on the demo
            QVERIFY2(s.result.status == Status::Pass, qPrintable(s.stepId + QStringLiteral(": ") + s.result.message));
        }
        QCOMPARE(demo.read(QStringLiteral("osce/OfficeScan/PCCSRV/LWCS/wcspatterns/fup23518.ptn")).left(5), QByteArray("TMPTN"));
    }

    void article000FixedEndToEndOnTheDemo()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        Session session;
        const KbError e = session.useInstallation(demo.wfbs);
        QVERIFY2(!e, qPrintable(e.toString()));
        session.setArticleId(QStringLiteral("update-failure"));
        QSignalSpy done(&session, &Session::diagnosisFinished);
        session.startDiagnosis();
        QVERIFY(done.wait(30000));
        QStringList before;
        for (const StepRun &s : session.currentRun()->steps)
            before << s.stepId + QLatin1Char('=') + statusId(s.result.status);
        qInfo() << "before:" << before.join(QLatin1Char(' '));

        // The planted proxy does not exist: the admin switches the server to a direct connection.
        session.setFixInputs(QStringLiteral("proxy"), {{QStringLiteral("type"), QStringLiteral("none")}});
        for (const QString &step : session.fixableSteps()) {
            const FixOutcome out = session.applyFixNow(step);
            QVERIFY2(out.succeeded() || out.error.code == QLatin1String("fix.nothing"),
                     qPrintable(step + QStringLiteral(": ") + out.error.toString()));
        }
        session.startDiagnosis();
        QVERIFY(done.wait(30000));
        for (const StepRun &s : session.currentRun()->steps) {
            if (s.stepId == QLatin1String("disk-cleaner") || s.stepId == QLatin1String("support-bundle"))
                continue; // manual steps
            QVERIFY2(s.result.status == Status::Pass || s.result.status == Status::Warn,
                     qPrintable(s.stepId + QStringLiteral(": ") + statusId(s.result.status) + QStringLiteral(" ") + s.result.message));
        }
    }
};

QTEST_GUILESS_MAIN(tst_DemoNetwork)
#include "tst_demonetwork.moc"
