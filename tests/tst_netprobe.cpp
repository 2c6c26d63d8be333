// httpGet() and NameResolver against the scripted loopback server: every stage a request can
// fail in, classified and explained. Nothing here reaches the internet: a resolver map is active
// for every test, so any name not in it fails as "not found".
#include "net/netprobe.h"
#include "testhttpserver.h"

#include <QBuffer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>
#include <thread>

using namespace kb;
using kb::test::TestHttpServer;

namespace {
const QString kSource = QStringLiteral("wfbs100-p.activeupdate.trendmicro.com");
const QByteArray kServerIni = "[Server]\r\nServer.1=http://wfbs100-p.activeupdate.trendmicro.com/activeupdate\r\n";
} // namespace

class tst_NetProbe : public QObject
{
    Q_OBJECT

    TestHttpServer m_server;

    HttpRequest request(const QString &path) const
    {
        HttpRequest r;
        r.url = m_server.url(path);
        r.timeoutMs = 5000;
        r.stallTimeoutMs = 300;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        NameResolver::setOverride({{kSource, {QHostAddress(QHostAddress::LocalHost)}}});
    }
    void cleanupTestCase() { NameResolver::clearOverride(); }

    void okWithTimings()
    {
        TestHttpServer::Route route;
        route.body = kServerIni;
        m_server.setRoute(QStringLiteral("/activeupdate/server.ini"), route);
        HttpRequest req = request(QString());
        req.url = QUrl(QStringLiteral("http://%1:%2/activeupdate/server.ini").arg(kSource).arg(m_server.port()));
        const HttpResult r = httpGet(req);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, kServerIni);
        QCOMPARE(r.bytes, qint64(kServerIni.size()));
        QCOMPARE(r.contentLength, qint64(kServerIni.size()));
        QCOMPARE(r.addresses, QList<QHostAddress>{QHostAddress(QHostAddress::LocalHost)});
        QVERIFY(r.dnsMs >= 0 && r.connectMs >= 0 && r.firstByteMs >= 0 && r.totalMs >= 0);
        QCOMPARE(r.tlsMs, qint64(-1));
        // The mapped name reached the loopback server with its own Host header.
        const QByteArray head = m_server.requestHeads().constLast();
        QVERIFY(head.startsWith("GET /activeupdate/server.ini HTTP/1.1\r\n"));
        QVERIFY(head.contains("\r\nHost: " + kSource.toLatin1() + ':' + QByteArray::number(m_server.port()) + "\r\n"));
    }

    void failures_data()
    {
        QTest::addColumn<TestHttpServer::Route>("route");
        QTest::addColumn<int>("stage");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorPart");

        TestHttpServer::Route r;
        r.status = 404;
        r.body = "missing";
        QTest::newRow("404") << r << int(HttpStage::None) << QString() << 404 << QString();
        r = {};
        r.status = 500;
        QTest::newRow("500") << r << int(HttpStage::None) << QString() << 500 << QString();
        r = {};
        r.stall = true;
        QTest::newRow("stall") << r << int(HttpStage::Stalled) << QStringLiteral("stalled") << 0
                               << QStringLiteral("sent nothing back");
        r = {};
        r.body = QByteArray(4000, 'x');
        r.resetAfterBytes = 1000;
        QTest::newRow("reset-mid-body") << r << int(HttpStage::Reset) << QStringLiteral("reset") << 200
                                        << QStringLiteral("after 1,000 of 4,000 bytes");
        r = {};
        r.body = QByteArray(1000, 'x');
        r.chunkSize = 100;
        r.chunkDelayMs = 2000; // one piece, then silence longer than the stall limit
        QTest::newRow("slow-body-stalls") << r << int(HttpStage::Stalled) << QStringLiteral("stalled") << 200
                                          << QStringLiteral("after 100 bytes");
        r = {};
        r.redirectTo = QStringLiteral("/loop");
        QTest::newRow("redirect-loop") << r << int(HttpStage::RedirectLoop) << QStringLiteral("redirect.loop")
                                       << 302 << QStringLiteral("More than 3 redirects");
        r = {};
        r.body = QByteArray(10, 'x');
        r.contentLength = 100 << 20;
        QTest::newRow("announced-too-large") << r << int(HttpStage::TooLarge) << QStringLiteral("toolarge")
                                             << 200 << QStringLiteral("announces 104,857,600 bytes");
        r = {};
        r.body = "zz\r\nnot hex\r\n";
        r.headers = {{"Transfer-Encoding", "chunked"}};
        QTest::newRow("garbled-chunks") << r << int(HttpStage::Reset) << QStringLiteral("http.garbled") << 200
                                        << QStringLiteral("chunked body is damaged");
    }
    void failures()
    {
        QFETCH(TestHttpServer::Route, route);
        QFETCH(int, stage);
        QFETCH(QString, code);
        QFETCH(int, status);
        QFETCH(QString, errorPart);
        const QString path = QStringLiteral("/") + QString::fromLatin1(QTest::currentDataTag());
        if (!route.redirectTo.isEmpty())
            m_server.setRoute(QStringLiteral("/loop"), route);
        m_server.setRoute(path, route);
        const HttpResult r = httpGet(request(path));
        QCOMPARE(httpStageId(r.failedStage), httpStageId(HttpStage(stage)));
        QCOMPARE(r.code, code);
        QCOMPARE(r.status, status);
        QVERIFY2(r.error.contains(errorPart), qPrintable(r.error));
        QVERIFY(!httpStageText(r.failedStage).isEmpty());
        QVERIFY(!r.ok());
    }

    void chunkedBody()
    {
        TestHttpServer::Route route;
        route.body = "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n";
        route.headers = {{"Transfer-Encoding", "chunked"}};
        m_server.setRoute(QStringLiteral("/chunked"), route);
        const HttpResult r = httpGet(request(QStringLiteral("/chunked")));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.body, QByteArray("hello world"));
    }

    void redirectFollowed()
    {
        TestHttpServer::Route hop;
        hop.redirectTo = QStringLiteral("/final");
        TestHttpServer::Route final;
        final.body = "done";
        m_server.setRoute(QStringLiteral("/hop"), hop);
        m_server.setRoute(QStringLiteral("/final"), final);
        const HttpResult r = httpGet(request(QStringLiteral("/hop")));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.body, QByteArray("done"));
        QCOMPARE(r.finalUrl.path(), QStringLiteral("/final"));
    }

    void bodyLargerThanLimit()
    {
        // 100 MB without an announced length stops at the limit instead of filling memory.
        TestHttpServer::Route route;
        route.body = QByteArray(100 << 20, 'p');
        route.headers = {{"Content-Length", QByteArray::number(100 << 20)}};
        m_server.setRoute(QStringLiteral("/big"), route);
        HttpRequest req = request(QStringLiteral("/big"));
        req.maxBodyBytes = 64 * 1024;
        m_server.setRoute(QStringLiteral("/big-unannounced"), [] {
            TestHttpServer::Route r;
            r.body = QByteArray(100 << 20, 'p');
            r.headers = {{"Transfer-Encoding", "identity"}}; // no Content-Length: read until close
            return r;
        }());
        req.url = m_server.url(QStringLiteral("/big-unannounced"));
        const HttpResult r = httpGet(req);
        QCOMPARE(r.failedStage, HttpStage::TooLarge);
        QCOMPARE(r.code, QStringLiteral("toolarge"));
        QVERIFY(r.body.size() <= req.maxBodyBytes);
        QVERIFY2(r.error.contains(QStringLiteral("65,536")), qPrintable(r.error));
    }

    void sinkReceivesBody()
    {
        TestHttpServer::Route route;
        route.body = QByteArray(300 * 1024, 'z');
        m_server.setRoute(QStringLiteral("/file.zip"), route);
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        HttpRequest req = request(QStringLiteral("/file.zip"));
        req.sink = &sink;
        req.maxBodyBytes = 300 * 1024; // the sink's cap too (security review M4): exactly the size is fine
        qint64 lastProgress = 0;
        req.progress = [&](qint64 received, qint64 total) {
            lastProgress = received;
            QCOMPARE(total, qint64(300 * 1024));
        };
        const HttpResult r = httpGet(req);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.body.isEmpty());
        QCOMPARE(sink.data(), route.body);
        QCOMPARE(lastProgress, qint64(300 * 1024));

        // One byte less allowed: refused by the announced length, before a byte is written.
        QBuffer small;
        small.open(QIODevice::WriteOnly);
        req.sink = &small;
        req.maxBodyBytes = 300 * 1024 - 1;
        const HttpResult tooLarge = httpGet(req);
        QCOMPARE(tooLarge.failedStage, HttpStage::TooLarge);
        QVERIFY(small.data().isEmpty());
    }

    void dnsNotInMap()
    {
        HttpRequest req = request(QString());
        req.url = QUrl(QStringLiteral("http://wfbs95-p.activeupdate.trendmicro.com/activeupdate/server.ini"));
        const HttpResult r = httpGet(req);
        QCOMPARE(r.failedStage, HttpStage::Dns);
        QCOMPARE(r.code, QStringLiteral("dns"));
        QVERIFY2(r.error.contains(QStringLiteral("wfbs95-p.activeupdate.trendmicro.com was not found")), qPrintable(r.error));
        QVERIFY(r.addresses.isEmpty());
        QCOMPARE(r.connectMs, qint64(-1));
    }

    void connectionRefused()
    {
        HttpRequest req = request(QString());
        req.url = QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(TestHttpServer::refusedPort()));
        const HttpResult r = httpGet(req);
        QCOMPARE(r.failedStage, HttpStage::Connect);
        QCOMPARE(r.code, QStringLiteral("connect.refused"));
        QVERIFY2(r.error.contains(QStringLiteral("was refused")), qPrintable(r.error));
    }

    void slowerThanTimeout()
    {
        // Bytes keep coming (no stall), but the whole download outlasts the request's timeout.
        TestHttpServer::Route route;
        route.body = QByteArray(100000, 'x');
        route.chunkSize = 10;
        route.chunkDelayMs = 20;
        m_server.setRoute(QStringLiteral("/slow"), route);
        HttpRequest req = request(QStringLiteral("/slow"));
        req.timeoutMs = 400;
        req.stallTimeoutMs = 5000;
        const HttpResult r = httpGet(req);
        QCOMPARE(r.failedStage, HttpStage::Timeout);
        QCOMPARE(r.code, QStringLiteral("timeout"));
        QVERIFY(r.bytes > 0 && r.bytes < route.body.size());
        QVERIFY2(r.error.contains(QStringLiteral("longer than the 0.4 s allowed")), qPrintable(r.error));
    }

    void cancel()
    {
        TestHttpServer::Route route;
        route.stall = true;
        m_server.setRoute(QStringLiteral("/cancel"), route);
        std::atomic<bool> cancelled{false};
        HttpRequest req = request(QStringLiteral("/cancel"));
        req.stallTimeoutMs = 60000;
        req.timeoutMs = 60000;
        req.cancelled = &cancelled;
        HttpResult r;
        // A thread not started by Qt, as a caller outside the check pool might use.
        std::thread worker([&] { r = httpGet(req); });
        auto join = qScopeGuard([&] {
            cancelled = true;
            worker.join();
        });
        QTRY_COMPARE(m_server.hits(QStringLiteral("/cancel")), 1);
        join.dismiss();
        cancelled = true;
        worker.join();

        QCOMPARE(r.failedStage, HttpStage::Cancelled);
        QCOMPARE(r.code, QStringLiteral("cancelled"));
    }

    void silentServerOnConnect()
    {
        // A listener that never accepts: the TCP handshake completes in the kernel backlog, the
        // request goes out, nothing ever answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        silent.pauseAccepting();
        HttpRequest req = request(QString());
        req.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(silent.serverPort()));
        const HttpResult r = httpGet(req);
        QCOMPARE(r.failedStage, HttpStage::Stalled);
    }

    // Issue 16: a black-holed update server and a name server that never answers. Each hang
    // names its stage (the texts, never the times).
    void hangStages_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<bool>("silentDns");
        QTest::addColumn<QString>("hungAt");
        QTest::addColumn<QString>("text");
        QTest::newRow("dns") << QStringLiteral("http") << true << QStringLiteral("dns")
                             << QStringLiteral("It hung at the DNS stage: the name server did not answer.");
        QTest::newRow("first-byte") << QStringLiteral("http") << false << QStringLiteral("first-byte")
                                    << QStringLiteral("It hung at the first byte: the request was sent and no answer came.");
        QTest::newRow("tls") << QStringLiteral("https") << false << QStringLiteral("tls")
                             << QStringLiteral("It hung at the TLS stage: the secure handshake got no answer.");
    }
    void hangStages()
    {
        QFETCH(QString, scheme);
        QFETCH(bool, silentDns);
        QFETCH(QString, hungAt);
        QFETCH(QString, text);
        // Accepts (in the kernel's backlog) and never answers.
        QTcpServer blackHole;
        QVERIFY(blackHole.listen(QHostAddress::LocalHost, 0));
        blackHole.pauseAccepting();
        const QString name = QStringLiteral("blackhole.example");
        // A documentation address redirected to the black hole: the lookup is not of a loopback
        // name, so the simulated name server's delay applies to it.
        const QHostAddress address(QStringLiteral("192.0.2.7"));
        NameResolver::setOverride({{kSource, {QHostAddress(QHostAddress::LocalHost)}}, {name, {address}}},
                                  silentDns ? 3600 * 1000 : 0);
        NameResolver::addConnectRedirect(address, QHostAddress(QHostAddress::LocalHost), blackHole.serverPort());
        auto restore = qScopeGuard([] {
            NameResolver::clearConnectRedirects();
            NameResolver::setOverride({{kSource, {QHostAddress(QHostAddress::LocalHost)}}});
        });
        HttpRequest req = request(QString());
        req.url = QUrl(QStringLiteral("%1://%2/activeupdate/server.ini").arg(scheme, name));
        req.timeoutMs = 600;
        req.stallTimeoutMs = 300;
        const HttpResult r = httpGet(req);
        QCOMPARE(r.hungAt, hungAt);
        QVERIFY2(r.error.endsWith(text), qPrintable(r.error));
        QCOMPARE(httpHangText(hungAt), text);
    }

    void refusalIsNoHang()
    {
        HttpRequest req = request(QString());
        req.url = QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(TestHttpServer::refusedPort()));
        const HttpResult r = httpGet(req);
        QCOMPARE(r.failedStage, HttpStage::Connect);
        QVERIFY(r.hungAt.isEmpty());
        QVERIFY(!r.error.contains(QStringLiteral("It hung")));
    }

    void tlsHandshakeFails()
    {
        // https:// to a server that only speaks plain HTTP: the handshake gets no answer.
        HttpRequest req = request(QString());
        req.url = QUrl(QStringLiteral("https://%1:%2/activeupdate/server.ini").arg(kSource).arg(m_server.port()));
        const HttpResult r = httpGet(req);
        QCOMPARE(r.failedStage, HttpStage::Tls);
        QCOMPARE(r.code, QStringLiteral("tls"));
        QVERIFY2(r.error.startsWith(QStringLiteral("The TLS handshake with %1 failed").arg(kSource)), qPrintable(r.error));
        QVERIFY(r.connectMs >= 0);
        QVERIFY(r.tlsMs >= 0);
        QCOMPARE(r.status, 0);
    }

    void hostsMapFromEnvironment()
    {
        NameResolver::clearOverride();
        QTemporaryFile hosts;
        QVERIFY(hosts.open());
        hosts.write("# test map\n127.0.0.1  licenseupdate.trendmicro.com  other.example\n10.1.2.3 ten.example\n");
        hosts.close();
        qputenv("KBWIZARD_HOSTS_MAP", hosts.fileName().toLocal8Bit());
        QVERIFY(NameResolver::isOverridden());
        const NameResolver::Result a = NameResolver::resolve(QStringLiteral("LicenseUpdate.trendmicro.com"), 1000);
        QCOMPARE(a.addresses, QList<QHostAddress>{QHostAddress(QHostAddress::LocalHost)});
        const NameResolver::Result b = NameResolver::resolve(QStringLiteral("not.mapped.example"), 1000);
        QVERIFY(b.addresses.isEmpty());
        QVERIFY(b.error.contains(QStringLiteral("not.mapped.example")));
        qunsetenv("KBWIZARD_HOSTS_MAP");
        NameResolver::setOverride({{kSource, {QHostAddress(QHostAddress::LocalHost)}}});
    }
};

QTEST_GUILESS_MAIN(tst_NetProbe)
#include "tst_netprobe.moc"
