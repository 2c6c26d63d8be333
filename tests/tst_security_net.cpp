// Regression tests for the network, archive and download findings of the security review
// (shared reviews/security-review.md, at 249947e): each test is named after its finding and
// plays the attack as the review describes it.
#include "demofixture.h"
#include "net/demonetwork.h"

#include <QDir>
#include <QFile>
#include <QTcpSocket>
#include <QtTest>

using namespace kb;

namespace {

const QByteArray kSecret = "KBWIZARD-SECRET-3f9a1c-not-for-the-demo-server";
const QByteArray kOsceHost = "osce11-p.activeupdate.trendmicro.com";

// One raw HTTP exchange with the running demo server over a real loopback socket.
QByteArray rawExchange(const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, DemoNetwork::port());
    if (!socket.waitForConnected(5000))
        return QByteArray("no connection");
    socket.write(request);
    socket.waitForBytesWritten(5000);
    QByteArray answer;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
        answer += socket.readAll();
    return answer + socket.readAll();
}

int statusOf(const QByteArray &answer)
{
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : -1;
}

bool makeLink(const QString &target, const QString &link)
{
    return QFile::link(target, link);
}

} // namespace

class tst_SecurityNet : public QObject
{
    Q_OBJECT

    test::DemoFixture m_demo;
    QString m_secret;       // a file outside the site, readable by this process
    QString m_siteRoot;     // the osce11 ActiveUpdate site
    QByteArray m_serverIni; // the site's real server.ini

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_demo.create());
        // No simulated WAN delay: the hostile tables are long.
        QByteArray hosts = m_demo.read(QStringLiteral("network/hosts.json"));
        hosts.replace("\"delayMs\": 180", "\"delayMs\": 0").replace("\"delayMs\": 120", "\"delayMs\": 0");
        m_demo.write(QStringLiteral("network/hosts.json"), hosts);
        m_secret = m_demo.tmp.filePath(QStringLiteral("secret.txt"));
        QFile secret(m_secret);
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write(kSecret + '\n');
        secret.close();
        m_siteRoot = QDir(m_demo.sandbox).filePath(QStringLiteral("network/sites/activeupdate-osce11"));
        m_serverIni = m_demo.read(QStringLiteral("network/sites/activeupdate-osce11/activeupdate/server.ini"));
        QVERIFY(!m_serverIni.isEmpty());
        // Links planted in the site: one to the secret, one to the folder holding it, one that
        // stays inside the site (allowed).
        QVERIFY(makeLink(m_secret, QDir(m_siteRoot).filePath(QStringLiteral("activeupdate/leak.txt"))));
        QVERIFY(makeLink(m_demo.tmp.path(), QDir(m_siteRoot).filePath(QStringLiteral("outside"))));
        QVERIFY(makeLink(QDir(m_siteRoot).filePath(QStringLiteral("activeupdate/server.ini")),
                         QDir(m_siteRoot).filePath(QStringLiteral("activeupdate/inside.ini"))));
        QVERIFY(!DemoNetwork::activate(m_demo.sandbox));
        QVERIFY(DemoNetwork::port() != 0);
    }

    void cleanupTestCase()
    {
        DemoNetwork::deactivate();
    }

    // H1: the demo's loopback server served any file the process could read (`GET x/etc/passwd`
    // with a demo Host header). Every hostile target, under the real Host header and under
    // hostile Host headers, gets 403 or 404 and not one byte of the secret; the site itself is
    // still served (control rows).
    void H1_demoServerServesOnlyItsSite_data()
    {
        QTest::addColumn<QByteArray>("host");   // the Host header line's value; "-" = no header
        QTest::addColumn<QByteArray>("target"); // %S = the secret's absolute path, %R = relative from the site
        QTest::addColumn<int>("expected");      // 200 for the control rows, else 0 (403 or 404)

        QTest::newRow("control: server.ini") << kOsceHost << QByteArray("/activeupdate/server.ini") << 200;
        QTest::newRow("control: link inside the site") << kOsceHost << QByteArray("/activeupdate/inside.ini") << 200;
        QTest::newRow("control: absolute form") << kOsceHost
            << QByteArray("http://" + kOsceHost + "/activeupdate/server.ini") << 200;

        const QList<QByteArray> targets = {
            "x%S", "x/etc/passwd", "%S", "//%S", "x//%S", "/%R", "%R", "/activeupdate/../%R",
            "/./%R", "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/secret.txt", "%2e%2e/%2e%2e/%2e%2e/%2e%2e/secret.txt",
            "/%2E%2E%2F%2E%2E%2F%2E%2E%2F%2E%2E%2Fsecret.txt", "/..%2f..%2f..%2f..%2fsecret.txt",
            "x%2F..%2F..%2F..%2F..%2Fsecret.txt", "C:/Windows/win.ini", "/C:/Windows/win.ini",
            "xC:/Windows/win.ini", "/C%3A/Windows/win.ini", "x:/demo/network/hosts.json",
            ":/demo/network/hosts.json", "/:/demo/network/hosts.json", "qrc:/demo/network/hosts.json",
            "/qrc:/demo/network/hosts.json", "\\..\\..\\..\\..\\secret.txt",
            "/..\\..\\..\\..\\secret.txt", "/%5c..%5c..%5c..%5c..%5csecret.txt",
            "/activeupdate/leak.txt", "/outside/secret.txt", "/outside/./secret.txt",
            "/activeupdate/server.ini%00/%R", "/%R%00.ini", "/secret.txt::$DATA",
            "http://" + kOsceHost + "/../../../../secret.txt", "http://" + kOsceHost + "x%S",
            "http://" + kOsceHost, "http:x%S", "/%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/secret.txt",
            "*", "",
        };
        const QList<QByteArray> hosts = {
            kOsceHost, kOsceHost + ":80", "-", "", "localhost", "../../..", kOsceHost + "/../../..",
            kOsceHost + ":80/../..", "C:", ":/demo", "\\..\\..", "activeupdate-osce11",
            kOsceHost + "\r\nHost: evil.example",
        };
        for (const QByteArray &h : hosts) {
            for (const QByteArray &t : targets)
                QTest::newRow(("Host " + QByteArray(h).replace("\r\n", "\\r\\n") + " GET " + t).constData()) << h << t << 0;
        }
    }

    void H1_demoServerServesOnlyItsSite()
    {
        QFETCH(QByteArray, host);
        QFETCH(QByteArray, target);
        QFETCH(int, expected);
        const QByteArray relative = QDir(m_siteRoot).relativeFilePath(m_secret).toUtf8();
        QVERIFY(relative.startsWith("../"));
        target.replace("%S", m_secret.toUtf8()).replace("%R", relative);

        for (const QByteArray &method : {QByteArray("GET"), QByteArray("HEAD")}) {
            QByteArray request = method + ' ' + target + " HTTP/1.1\r\n";
            if (host != "-")
                request += "Host: " + host + "\r\n";
            const QByteArray answer = rawExchange(request + "Connection: close\r\n\r\n");
            const int status = statusOf(answer);
            if (expected == 200) {
                QCOMPARE(status, 200);
                if (method == "GET")
                    QVERIFY(answer.endsWith(m_serverIni));
                continue;
            }
            QVERIFY2(status == 403 || status == 404, answer.left(200).constData());
            QVERIFY2(!answer.contains(kSecret), "the secret file was served");
            QVERIFY2(!answer.contains("root:x:0:0"), "/etc/passwd was served");
            QVERIFY2(!answer.contains("dnsDelayMs"), "a bundled resource was served");
            QVERIFY2(answer.size() < 300, answer.constData()); // only the short error page
        }
    }
};

QTEST_GUILESS_MAIN(tst_SecurityNet)
#include "tst_security_net.moc"
