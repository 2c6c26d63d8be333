// Session owns where we repair: the host backend chosen for a target (HostKind), the host kept
// for the same installation, the installations an article may switch to, the demo's simulated
// network switched on and off with the target, and the article's own installation.
#include "demofixture.h"
#include "host/hostkind.h"
#include "net/demonetwork.h"
#include "net/nameresolver.h"
#include "session.h"

#include <QSignalSpy>
#include <QtTest>

using namespace kb;

class tst_SessionTarget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostKindIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("known");
        QTest::addColumn<int>("kind");
        QTest::newRow("empty = auto") << QString() << true << int(HostKind::Auto);
        QTest::newRow("windows") << QStringLiteral("windows") << true << int(HostKind::Windows);
        QTest::newRow("demo") << QStringLiteral("demo") << true << int(HostKind::Demo);
        QTest::newRow("none") << QStringLiteral("none") << true << int(HostKind::None);
        QTest::newRow("case matters") << QStringLiteral("Windows") << false << int(HostKind::Auto);
        QTest::newRow("unknown") << QStringLiteral("linux") << false << int(HostKind::Auto);
    }
    void hostKindIds()
    {
        QFETCH(QString, id);
        QFETCH(bool, known);
        QFETCH(int, kind);
        HostKind parsed = HostKind::Auto;
        QCOMPARE(parseHostKind(id, &parsed), known);
        QCOMPARE(int(parsed), kind);
        if (known)
            QCOMPARE(hostKindId(parsed), id);
    }

    void remoteServerIsReachedThroughTheWindowsTools()
    {
        Session session;
        Target local;
        local.pccsrv = QStringLiteral("/srv/PCCSRV");
        Target remote = local;
        remote.serverName = QStringLiteral("SBS01");
        QCOMPARE(session.hostKindFor(remote), HostKind::Windows);
        QCOMPARE(session.hostKindFor(local), HostKind::Auto);
        session.setRequestedHostKind(HostKind::None); // asked for: kept, also for a server
        QCOMPARE(session.hostKindFor(remote), HostKind::None);
    }

    void demoInstallationSwitchesTheSimulatedNetworkOnAndOff()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        Session session;
        QVERIFY(!session.useInstallation(demo.wfbs, {demo.wfbs, demo.osce}));
        QCOMPARE(session.host()->kind(), HostKind::Demo);
        QCOMPARE(session.demoSandbox(), demo.sandbox);
        QVERIFY(DemoNetwork::isActive());
        QVERIFY(NameResolver::isOverridden());
        QCOMPARE(session.installations().size(), 2);

        // A real (non-demo) installation: the network is the real one again.
        QTemporaryDir real;
        Target outside;
        outside.pccsrv = real.path();
        outside.product = Product::Wfbs;
        QVERIFY(!session.useInstallation(outside, {outside, demo.osce}));
        QVERIFY(!DemoNetwork::isActive());
        // The demo's names no longer lead to its simulated hosts (under ctest the test hosts map
        // keeps every name unresolved; elsewhere there is no network: either way not the demo).
        const NameResolver::Result gone =
            NameResolver::resolve(QStringLiteral("wfbs100-p.activeupdate.trendmicro.com"), 2000);
        for (const QHostAddress &a : gone.addresses)
            QVERIFY2(!a.toString().startsWith(QLatin1String("198.51.100.")), qPrintable(a.toString()));
        QVERIFY(session.demoSandbox().isEmpty());
        // Only installations found in the same place (outside any sandbox) are related.
        QCOMPARE(session.installations().size(), 1);
        QCOMPARE(session.installations().constFirst().pccsrv, outside.pccsrv);

        // And the demo again: offline again (before, a second activation was skipped because
        // the network still counted as active after being switched off).
        QVERIFY(!session.useInstallation(demo.osce, {demo.wfbs, demo.osce}));
        QVERIFY(DemoNetwork::isActive());
        QVERIFY(NameResolver::isOverridden());
        QVERIFY(!NameResolver::resolve(QStringLiteral("www.example.com"), 2000).error.isEmpty());
    }

    void sameInstallationKeepsItsHost()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        Session session;
        QVERIFY(!session.useInstallation(demo.wfbs, {demo.wfbs, demo.osce}));
        const Host *first = session.host();
        QVERIFY(!session.useInstallation(demo.wfbs, {demo.wfbs, demo.osce}));
        QCOMPARE(session.host(), first); // checks cancelled by Back may still use it
        QVERIFY(!session.useInstallation(demo.osce, {demo.wfbs, demo.osce}));
        QVERIFY(session.host() != first);
    }

    void failedChoiceChangesNothing()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        Session session;
        QVERIFY(!session.useInstallation(demo.wfbs, {demo.wfbs}));
        const Host *host = session.host();
        QTemporaryDir real;
        Target outside;
        outside.pccsrv = real.path();
        session.setRequestedHostKind(HostKind::Demo); // the demo backend needs a sandbox
        const KbError e = session.useInstallation(outside, {outside});
        QCOMPARE(e.code, QStringLiteral("host.demo"));
        QCOMPARE(session.target().pccsrv, demo.wfbs.pccsrv);
        QCOMPARE(session.host(), host);
        QVERIFY(DemoNetwork::isActive());
    }

    void articleSwitchesToItsProductsInstallation()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        Session session;
        QVERIFY(!session.useInstallation(demo.wfbs, {demo.wfbs, demo.osce}));
        QVERIFY(!session.chooseArticle(QStringLiteral("reputation-reconnecting"))); // OfficeScan
        QCOMPARE(session.articleId(), QStringLiteral("reputation-reconnecting"));
        QCOMPARE(session.target().pccsrv, demo.osce.pccsrv);
        QCOMPARE(session.host()->kind(), HostKind::Demo);
        QVERIFY(!session.chooseArticle(QStringLiteral("update-failure"))); // back to WFBS
        QCOMPARE(session.target().pccsrv, demo.wfbs.pccsrv);
        const KbError e = session.chooseArticle(QStringLiteral("no-such-article"));
        QCOMPARE(e.code, QStringLiteral("usage.article"));
        QCOMPARE(session.articleId(), QStringLiteral("update-failure"));
    }

    void elevationIsProbedOffTheUiThread()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        Session session;
        QVERIFY(!session.useInstallation(demo.wfbs, {demo.wfbs}));
        QSignalSpy known(&session, &Session::elevationKnown);
        session.probeElevation(demo.osce); // not the current target: a host of its own
        QVERIFY(known.wait(10000));
        const auto notice = known.constFirst().constFirst().value<ElevationNotice>();
        QCOMPARE(notice.pccsrv, demo.osce.pccsrv);
    }
};

QTEST_GUILESS_MAIN(tst_SessionTarget)
#include "tst_sessiontarget.moc"
