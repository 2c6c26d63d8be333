// Regression tests for the network, archive and download findings of the security review
// (shared reviews/security-review.md, at 249947e): each test is named after its finding and
// plays the attack as the review describes it.
#include "archive/archivereader.h"
#include "articles/articles.h"
#include "backup/atomicfile.h"
#include "backup/backupstore.h"
#include "demofixture.h"
#include "fixes/elevationcheckedfix.h"
#include "fixes/fixexecutor.h"
#include "fixes/patterndownloadfix.h"
#include "host/demohost.h"
#include "net/demonetwork.h"
#include "net/nameresolver.h"
#include "net/netprobe.h"
#include "testhttpserver.h"
#include "zipmaker.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace kb;
using Route = test::TestHttpServer::Route;

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

const QString kOfcserver = QStringLiteral("osce/OfficeScan/PCCSRV/Private/ofcserver.ini");
const QString kSourceHost = QStringLiteral("au.source.example");
const QString kEvilHost = QStringLiteral("evil.example");
const QString kZip33 = QStringLiteral("/mirror/pattern/lwcs/fup_23517.zip");
const QString kZip34 = QStringLiteral("/mirror/pattern/lwcs/fup_23518.zip");
const QString kEvilZip = QStringLiteral("/evil/pattern/lwcs/fup_23518.zip");

Route body(const QByteArray &bytes)
{
    Route r;
    r.body = bytes;
    return r;
}

// Runs a python3 snippet that writes bytes to stdout (test archives of other formats).
QByteArray python(const QString &script, const QStringList &args = {})
{
    QProcess p;
    p.start(QStringLiteral("python3"), QStringList{QStringLiteral("-c"), script} + args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning("python3 failed: %s", p.readAllStandardError().constData());
        return QByteArray();
    }
    return p.readAllStandardOutput();
}

// Every file name below `dir`, recursively.
QStringList allFileNames(const QString &dir)
{
    QStringList names;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        names << QFileInfo(it.next()).fileName().toLower();
    return names;
}

// Fake decompressors on PATH: each one records that it ran (the review's H2 repro).
struct FakePrograms
{
    QTemporaryDir dir;
    QByteArray oldPath = qgetenv("PATH");
    bool install()
    {
        const QStringList names = {QStringLiteral("lrzip"), QStringLiteral("grzip"), QStringLiteral("lzop"),
                                   QStringLiteral("lz4"), QStringLiteral("zstd"), QStringLiteral("xz"),
                                   QStringLiteral("lzma"), QStringLiteral("gzip"), QStringLiteral("gunzip"),
                                   QStringLiteral("bzip2"), QStringLiteral("compress"), QStringLiteral("uncompress"),
                                   QStringLiteral("lzip"), QStringLiteral("unzip"), QStringLiteral("7z"),
                                   QStringLiteral("tar"), QStringLiteral("cabextract"), QStringLiteral("unrar")};
        for (const QString &n : names) {
            QFile f(dir.filePath(n));
            if (!f.open(QIODevice::WriteOnly))
                return false;
            f.write("#!/bin/sh\necho \"$0 $*\" >> '" + ranLog().toUtf8() + "'\ncat >/dev/null\n");
            f.close();
            f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        qputenv("PATH", QFile::encodeName(dir.path()) + ':' + oldPath);
        return true;
    }
    ~FakePrograms() { qputenv("PATH", oldPath); }
    QString ranLog() const { return dir.filePath(QStringLiteral("ran.log")); }
    QByteArray ran() const
    {
        QFile f(ranLog());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

// Non-zip data (and zips with other methods) to be served or read under a .zip name.
const char *const kArchives = R"PY(
import bz2, gzip, io, lzma, sys, tarfile, zipfile
def z(method=zipfile.ZIP_DEFLATED):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", method) as f: f.writestr("fup23518.ptn", b"TMPTN" * 200)
    return b.getvalue()
def t(mode):
    b = io.BytesIO()
    with tarfile.open(fileobj=b, mode=mode) as f:
        data = b"TMPTN" * 200
        i = tarfile.TarInfo("fup23518.ptn"); i.size = len(data); f.addfile(i, io.BytesIO(data))
    return b.getvalue()
pad = b"\0" * 256
kinds = {
    "lrzip": lambda: b"LRZI\x00\x06" + b"\x00" * 64,
    "grzip": lambda: b"GRZipII\x00\x02\x04:)" + pad,
    "lzop": lambda: b"\x89LZO\x00\r\n\x1a\n" + pad,
    "lz4": lambda: b"\x04\x22\x4d\x18\x64\x40\xa7" + pad,
    "zstd": lambda: b"\x28\xb5\x2f\xfd" + pad,
    "lzip": lambda: b"LZIP\x01\x0c" + pad,
    "compress": lambda: b"\x1f\x9d\x90" + pad,
    "gzip-wrapped zip": lambda: gzip.compress(z()),
    "bzip2-wrapped zip": lambda: bz2.compress(z()),
    "xz-wrapped zip": lambda: lzma.compress(z()),
    "lzma-wrapped zip": lambda: lzma.compress(z(), format=lzma.FORMAT_ALONE),
    "tar": lambda: t("w"),
    "tar.gz": lambda: t("w:gz"),
    "tar.xz": lambda: t("w:xz"),
    "7z": lambda: b"7z\xbc\xaf\x27\x1c\x00\x04" + pad,
    "cab": lambda: b"MSCF\x00\x00\x00\x00" + pad,
    "rar": lambda: b"Rar!\x1a\x07\x00" + pad,
    "zip with a bzip2 entry": lambda: z(zipfile.ZIP_BZIP2),
    "zip with an lzma entry": lambda: z(zipfile.ZIP_LZMA),
    "text": lambda: b"<html>not an archive</html>\n",
    "empty": lambda: b"",
}
sys.stdout.buffer.write(kinds[sys.argv[1]]())
)PY";

// Writes a zip holding one deflated entry `name` of `mib` MiB to `path` without ever holding the
// entry in memory (python3's zipfile, streamed), and prints "<sha256> <size>" of the entry. Each
// MiB differs (its index is in it), so a misplaced or repeated block changes the digest.
const char *const kBigZip = R"PY(
import hashlib, sys, zipfile
path, name, mib = sys.argv[1], sys.argv[2], int(sys.argv[3])
h = hashlib.sha256(); size = 0
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    with z.open(name, "w", force_zip64=False) as f:
        for i in range(mib):
            block = (b"TMPTN block %08d " % i).ljust(64, b".") * 16384
            f.write(block); h.update(block); size += len(block)
print(h.hexdigest(), size)
)PY";

// A zip whose one entry declares `declared` bytes (local header and central directory) but
// inflates to `actual` bytes: the entry lies about its size (a bomb that passes a header check).
const char *const kLyingZip = R"PY(
import io, struct, sys, zipfile
declared, actual = int(sys.argv[1]), int(sys.argv[2])
b = io.BytesIO()
with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("fup23518.ptn", b"\0" * actual)
data = bytearray(b.getvalue())
struct.pack_into("<I", data, 22, declared)                 # local header: uncompressed size
cd = data.rfind(b"PK\x01\x02")
struct.pack_into("<I", data, cd + 24, declared)            # central directory: uncompressed size
sys.stdout.buffer.write(bytes(data))
)PY";

// The peak resident memory of this process since the last reset, in KiB (Linux: VmHWM), and
// the reset (writing 5 to clear_refs). -1 / false where that does not exist.
qint64 peakRssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}
bool resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1 && f.flush();
}

// A demo server whose Integrated Server updates from a local ActiveUpdate source, reached by
// name (kSourceHost; kEvilHost is another name on the same loopback server).
struct PatternSource
{
    test::DemoFixture demo;
    test::TestHttpServer server;
    std::unique_ptr<DemoHost> host;
    QByteArray zip33, zip34;
    QString server1;
    QByteArray line33, line34; // component lines when not the default

    QString url(const QString &path, const QString &name = kSourceHost) const
    {
        return QStringLiteral("http://%1:%2%3").arg(name).arg(server.port()).arg(path);
    }

    bool create()
    {
        NameResolver::setOverride({{kSourceHost, {QHostAddress(QHostAddress::LocalHost)}},
                                   {kEvilHost, {QHostAddress(QHostAddress::LocalHost)}},
                                   {QStringLiteral("localhost"), {QHostAddress(QHostAddress::LocalHost)}}});
        if (!demo.create() || !server.start())
            return false;
        zip33 = test::makeZip({{QStringLiteral("fup23517.ptn"), QByteArray("TMPTN-23517 ").repeated(50)}});
        zip34 = test::makeZip({{QStringLiteral("fup23518.ptn"), QByteArray("TMPTN-23518 ").repeated(60)}});
        server1 = url(QStringLiteral("/mirror"));
        QByteArray ini = demo.read(kOfcserver);
        ini.replace("LWCS_Port=5274", "LWCS_Port=" + QByteArray::number(server.port()));
        ini.replace("LWCS_Update_Source=http://osce11-p.activeupdate.trendmicro.com/activeupdate",
                    "LWCS_Update_Source=" + url(QStringLiteral("/au")).toUtf8());
        demo.write(kOfcserver, ini);
        server.setRoute(QStringLiteral("/lwcsstatus/isapiLWCSStatus.dll"), body("<html><body>LWCS status: OK</body></html>"));
        // The service starts once both files are there (as after the ISPS reinstall).
        QJsonObject o = QJsonDocument::fromJson(demo.read(QStringLiteral("host-state.json"))).object();
        QJsonObject services = o.value(QStringLiteral("services")).toObject();
        QJsonObject svc = services.value(QStringLiteral("TMLWCSService")).toObject();
        svc.insert(QStringLiteral("startError"), 0);
        svc.remove(QStringLiteral("startErrorUnless"));
        services.insert(QStringLiteral("TMLWCSService"), svc);
        o.insert(QStringLiteral("services"), services);
        demo.write(QStringLiteral("host-state.json"), QJsonDocument(o).toJson());
        host = std::make_unique<DemoHost>(demo.sandbox);
        publish();
        return !zip33.isEmpty() && !zip34.isEmpty();
    }

    void publish()
    {
        server.setRoute(kZip33, body(zip33));
        server.setRoute(kZip34, body(zip34));
        QByteArray ini = "[Server]\r\nServer.1=" + server1.toUtf8() + "\r\n\r\n[PATTERN]\r\n";
        ini += (line33.isEmpty() ? "P.48040033=pattern/lwcs/fup_23517.zip,23517," + QByteArray::number(zip33.size())
                                 : line33) + "\r\n";
        ini += (line34.isEmpty() ? "P.48040034=pattern/lwcs/fup_23518.zip,23518," + QByteArray::number(zip34.size())
                                 : line34) + "\r\n";
        server.setRoute(QStringLiteral("/au/server.ini"), body(ini));
    }

    QString wcspatterns() const { return QDir(demo.osce.pccsrv).filePath(QStringLiteral("LWCS/wcspatterns")); }

    CheckContext context() const
    {
        CheckContext ctx;
        ctx.target = demo.osce;
        ctx.host = host.get();
        return ctx;
    }

    FixOutcome apply(const Step &step, CheckContext ctx)
    {
        const FixPlan plan = step.fix->plan(ctx, {});
        if (plan.error) {
            FixOutcome out;
            out.error = plan.error;
            return out;
        }
        return FixExecutor::apply(QStringLiteral("reputation-reconnecting"), step, ctx, plan,
                                  BackupStore(demo.tmp.filePath(QStringLiteral("backups"))));
    }
};

// An https server that answers every request with a redirect to `location` (M6: https ->
// http). Its certificate is made by openssl for the test and trusted for the test's duration.
class TlsRedirector
{
public:
    bool start(const QString &name, const QString &location)
    {
        if (!m_dir.isValid())
            return false;
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=") + name,
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:") + name,
                       QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("key.pem")),
                       QStringLiteral("-out"), m_dir.filePath(QStringLiteral("cert.pem"))});
        if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
            return false;
        QFile certFile(m_dir.filePath(QStringLiteral("cert.pem")));
        QFile keyFile(m_dir.filePath(QStringLiteral("key.pem")));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return false;
        const QSslCertificate cert(&certFile, QSsl::Pem);
        const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        if (cert.isNull() || key.isNull())
            return false;
        m_saved = QSslConfiguration::defaultConfiguration();
        m_restore = true;
        QSslConfiguration trusted = m_saved;
        trusted.addCaCertificate(cert);
        QSslConfiguration::setDefaultConfiguration(trusted);
        QSslConfiguration serverConfig = QSslConfiguration::defaultConfiguration();
        serverConfig.setLocalCertificate(cert);
        serverConfig.setPrivateKey(key);
        m_server.setSslConfiguration(serverConfig);
        const QByteArray answer = "HTTP/1.1 302 Found\r\nLocation: " + location.toUtf8()
                                  + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, &m_server, [this, answer] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                auto head = std::make_shared<QByteArray>();
                auto answered = std::make_shared<bool>(false);
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, head, answered, answer] {
                    *head += s->readAll();
                    if (*answered || !head->contains("\r\n\r\n"))
                        return;
                    *answered = true;
                    ++m_served;
                    s->write(answer);
                    s->disconnectFromHost();
                });
            }
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    ~TlsRedirector()
    {
        if (m_restore)
            QSslConfiguration::setDefaultConfiguration(m_saved);
    }
    quint16 port() const { return m_server.serverPort(); }
    int served() const { return m_served; }

private:
    QTemporaryDir m_dir;
    QSslServer m_server;
    QSslConfiguration m_saved;
    bool m_restore = false;
    int m_served = 0;
};

} // namespace

class tst_SecurityNet : public QObject
{
    Q_OBJECT

    test::DemoFixture m_demo;
    QString m_secret;       // a file outside the site, readable by this process
    QString m_siteRoot;     // the osce11 ActiveUpdate site
    QByteArray m_serverIni; // the site's real server.ini

    const Article m_article = articles::reputationReconnecting();
    const Step &step() const { return *m_article.step(QStringLiteral("wcspatterns")); }

    // The article's step with other fix options (lower caps).
    Step variant(const std::function<void(PatternDownloadFix::Options &)> &change) const
    {
        const auto &wrapper = dynamic_cast<const ElevationCheckedFix &>(*step().fix);
        PatternDownloadFix::Options o = dynamic_cast<const PatternDownloadFix &>(*wrapper.inner()).options();
        change(o);
        Step s = step();
        s.fix = std::make_shared<PatternDownloadFix>(o);
        return s;
    }

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

    // L2: with the demo's override on, an IP literal was resolved as itself and connected to
    // for real ("the demo never reaches the internet" was false). Now only loopback and the
    // demo's own addresses are taken.
    void L2_demoRefusesAddressesOffThisMachine()
    {
        QVERIFY(!DemoNetwork::activate(m_demo.sandbox));
        const auto get = [](const QString &url) {
            HttpRequest req;
            req.url = QUrl(url);
            req.timeoutMs = 3000;
            return httpGet(req);
        };
        for (const QString &url : {QStringLiteral("http://203.0.113.9/activeupdate/server.ini"),
                                   QStringLiteral("http://[2001:db8::9]/activeupdate/server.ini"),
                                   QStringLiteral("http://0.0.0.0:9/"), QStringLiteral("http://10.0.0.1/")}) {
            const HttpResult r = get(url);
            QCOMPARE(r.failedStage, HttpStage::Dns);
            QVERIFY2(r.error.contains(QStringLiteral("demo does not reach the network")), qPrintable(r.error));
            QCOMPARE(r.connectMs, qint64(-1));
        }
        // A listener on this machine's own non-loopback address gets no connection.
        QHostAddress own;
        for (const QHostAddress &a : QNetworkInterface::allAddresses())
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
                own = a;
        if (!own.isNull()) {
            QTcpServer listener;
            QVERIFY(listener.listen(own, 0));
            const HttpResult r = get(QStringLiteral("http://%1:%2/").arg(own.toString()).arg(listener.serverPort()));
            QCOMPARE(r.failedStage, HttpStage::Dns);
            QVERIFY(!listener.waitForNewConnection(300));
        } else {
            qInfo("no non-loopback IPv4 address here: the listener part did not run");
        }
        // The demo's own addresses and loopback are still reached.
        const HttpResult own198 = get(QStringLiteral("http://198.51.100.11/activeupdate/server.ini"));
        QCOMPARE(own198.failedStage, HttpStage::None); // answered by the demo server (404: no Host site)
        const HttpResult byName = get(QStringLiteral("http://osce11-p.activeupdate.trendmicro.com/activeupdate/server.ini"));
        QVERIFY2(byName.ok(), qPrintable(byName.error));
        DemoNetwork::deactivate();
    }

    // H2: the archive reader enabled every libarchive filter, and lrzip/grzip (and others when
    // built without their library) decompress by starting a program found on PATH. With fake
    // programs first on PATH, no archive of another format under a .zip name starts any of them;
    // each is refused with an error naming the file, and nothing is extracted.
    void H2_archiveReaderRunsNoProgramAndReadsOnlyZip_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char *k : {"lrzip", "grzip", "lzop", "lz4", "zstd", "lzip", "compress", "gzip-wrapped zip",
                              "bzip2-wrapped zip", "xz-wrapped zip", "lzma-wrapped zip", "tar", "tar.gz", "tar.xz",
                              "7z", "cab", "rar", "zip with a bzip2 entry", "zip with an lzma entry", "text", "empty"})
            QTest::newRow(k) << QString::fromLatin1(k);
    }

    void H2_archiveReaderRunsNoProgramAndReadsOnlyZip()
    {
        QFETCH(QString, kind);
        FakePrograms fakes;
        QVERIFY(fakes.install());
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("fup_23518.zip"));
        const QByteArray bytes = python(QString::fromLatin1(kArchives), {kind});
        QVERIFY(kind == QLatin1String("empty") || !bytes.isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        const QString dest = tmp.filePath(QStringLiteral("dest"));
        QVERIFY(QDir().mkpath(dest));

        QStringList names;
        const KbError e = Archive::extractAll(path, dest, &names);
        QVERIFY2(e, qPrintable(names.join(QLatin1Char(','))));
        QVERIFY2(e.code == QLatin1String("archive.format") || e.code == QLatin1String("archive.corrupt")
                     || e.code == QLatin1String("archive.method"),
                 qPrintable(e.toString()));
        QVERIFY2(e.message.contains(QStringLiteral("fup_23518.zip")), qPrintable(e.message));
        QCOMPARE(e.file, path);
        QVERIFY(names.isEmpty());
        QCOMPARE(QDir(dest).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
        if (e.code != QLatin1String("archive.method")) { // listing a zip's names decompresses nothing
            KbError listError;
            QVERIFY(Archive::list(path, &listError).isEmpty());
            QVERIFY(listError);
        }
        QCOMPARE(fakes.ran(), QByteArray()); // no program was started
    }

    // H2, end to end as in the review: an lrzip stream served as fup_23518.zip (server.ini's
    // size adjusted) with a fake lrzip on PATH: the fix fails naming the archive, the fake never
    // runs, the pattern folder is untouched.
    void H2_patternDownloadStartsNoDecompressor()
    {
        FakePrograms fakes;
        QVERIFY(fakes.install());
        PatternSource src;
        QVERIFY(src.create());
        src.zip34 = python(QString::fromLatin1(kArchives), {QStringLiteral("lrzip")});
        src.publish();
        const QMap<QString, QByteArray> before = test::snapshotFolder(src.wcspatterns());
        const FixOutcome out = src.apply(step(), src.context());
        QVERIFY(!out.succeeded());
        QCOMPARE(out.error.code, QStringLiteral("archive.format"));
        QVERIFY2(out.error.message.contains(QStringLiteral("fup_23518.zip")), qPrintable(out.error.message));
        QVERIFY2(out.error.message.contains(QStringLiteral("lrzip")), qPrintable(out.error.message));
        QCOMPARE(fakes.ran(), QByteArray());
        QCOMPARE(test::snapshotFolder(src.wcspatterns()), before);
    }

    // H3: the pattern download wrote every unpacked file (version.dll, desktop.ini, ...) into
    // LWCS\wcspatterns and took its download host from server.ini. Now only the fup<version>.ptn
    // server.ini names for each of the two ids is written, from the source's own host; every
    // other name, path or host is refused and the pattern folder stays as it was.
    void H3_patternDownloadWritesOnlyTheNamedPatternFiles_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("code"); // empty: the control row, which succeeds
        QTest::newRow("control: the two pattern files") << QStringLiteral("clean") << QString();
        QTest::newRow("version.dll and desktop.ini beside the pattern") << QStringLiteral("extras") << QStringLiteral("archive.unexpected");
        QTest::newRow("only version.dll") << QStringLiteral("dll") << QStringLiteral("archive.unexpected");
        QTest::newRow("only desktop.ini") << QStringLiteral("desktop") << QStringLiteral("archive.unexpected");
        QTest::newRow("pattern of another version") << QStringLiteral("other-version") << QStringLiteral("archive.unexpected");
        QTest::newRow("nested pattern") << QStringLiteral("nested") << QStringLiteral("archive.unexpected");
        QTest::newRow("absolute entry") << QStringLiteral("absolute") << QStringLiteral("archive.unsafe-path");
        QTest::newRow("entry with ..") << QStringLiteral("dotdot") << QStringLiteral("archive.unsafe-path");
        QTest::newRow("entry with ..\\") << QStringLiteral("backslash") << QStringLiteral("archive.unsafe-path");
        QTest::newRow("server.ini path leaves the base") << QStringLiteral("ini-dotdot") << QStringLiteral("au.component");
        QTest::newRow("server.ini path is absolute") << QStringLiteral("ini-absolute") << QStringLiteral("au.component");
        QTest::newRow("server.ini path is a URL") << QStringLiteral("ini-url") << QStringLiteral("au.component");
        QTest::newRow("server.ini version is not a number") << QStringLiteral("ini-version") << QStringLiteral("au.component");
        QTest::newRow("server.ini gives no size") << QStringLiteral("ini-nosize") << QStringLiteral("au.size");
        QTest::newRow("Server.1 on another host") << QStringLiteral("server1-host") << QStringLiteral("au.server-host");
        QTest::newRow("archive redirected to another host") << QStringLiteral("redirect-host") << QStringLiteral("download.failed");
    }

    void H3_patternDownloadWritesOnlyTheNamedPatternFiles()
    {
        QFETCH(QString, mode);
        QFETCH(QString, code);
        PatternSource src;
        QVERIFY(src.create());
        const QByteArray ptn = QByteArray("TMPTN-23518 ").repeated(60);
        static const char dllBytes[] = "MZ\x90\x00 not a pattern"; // an embedded NUL: size by sizeof
        const QByteArray dll(dllBytes, sizeof dllBytes - 1);
        const QByteArray hostile = test::makeZip({{QStringLiteral("fup23518.ptn"), ptn},
                                                  {QStringLiteral("version.dll"), dll},
                                                  {QStringLiteral("desktop.ini"), "[.ShellClassInfo]\r\n"}});
        // The other host serves the hostile archive at its own path.
        src.server.setRoute(kEvilZip, body(hostile));
        const QByteArray size = QByteArray::number(hostile.size());
        if (mode == QLatin1String("extras"))
            src.zip34 = hostile;
        else if (mode == QLatin1String("dll"))
            src.zip34 = test::makeZip({{QStringLiteral("version.dll"), dll}});
        else if (mode == QLatin1String("desktop"))
            src.zip34 = test::makeZip({{QStringLiteral("desktop.ini"), "[.ShellClassInfo]\r\n"}});
        else if (mode == QLatin1String("other-version"))
            src.zip34 = test::makeZip({{QStringLiteral("fup99999.ptn"), ptn}});
        else if (mode == QLatin1String("nested"))
            src.zip34 = test::makeZip({{QStringLiteral("sub/fup23518.ptn"), ptn}});
        else if (mode == QLatin1String("absolute"))
            src.zip34 = test::makeZip({{QStringLiteral("/fup23518.ptn"), ptn}});
        else if (mode == QLatin1String("dotdot"))
            src.zip34 = test::makeZip({{QStringLiteral("fup23518.ptn"), ptn}, {QStringLiteral("../version.dll"), dll}});
        else if (mode == QLatin1String("backslash"))
            src.zip34 = test::makeZip({{QStringLiteral("fup23518.ptn"), ptn}, {QStringLiteral("..\\version.dll"), dll}});
        else if (mode == QLatin1String("ini-dotdot"))
            src.line34 = "P.48040034=../evil/pattern/lwcs/fup_23518.zip,23518," + size;
        else if (mode == QLatin1String("ini-absolute"))
            src.line34 = "P.48040034=/evil/pattern/lwcs/fup_23518.zip,23518," + size;
        else if (mode == QLatin1String("ini-url"))
            src.line34 = "P.48040034=" + src.url(kEvilZip, kEvilHost).toUtf8() + ",23518," + size;
        else if (mode == QLatin1String("ini-version"))
            src.line34 = "P.48040034=pattern/lwcs/fup_23518.zip,../23518," + QByteArray::number(src.zip34.size());
        else if (mode == QLatin1String("ini-nosize"))
            src.line34 = "P.48040034=pattern/lwcs/fup_23518.zip,23518";
        else if (mode == QLatin1String("server1-host")) {
            src.server1 = src.url(QStringLiteral("/evil"), kEvilHost);
            src.server.setRoute(QStringLiteral("/evil/pattern/lwcs/fup_23517.zip"), body(src.zip33));
            src.zip34 = hostile; // what the other host serves under the size server.ini gives
        } else if (mode == QLatin1String("redirect-host")) {
            src.publish();
            src.zip34 = hostile;
            Route r;
            r.redirectTo = src.url(kEvilZip, kEvilHost);
            src.publish();
            src.server.setRoute(kZip34, r);
        }
        if (mode != QLatin1String("redirect-host"))
            src.publish();

        const QMap<QString, QByteArray> before = test::snapshotFolder(src.wcspatterns());
        const FixOutcome out = src.apply(step(), src.context());
        const QStringList written = allFileNames(src.demo.osce.pccsrv);
        if (code.isEmpty()) {
            QVERIFY2(out.succeeded(), qPrintable(out.error.toString()));
            QMap<QString, QByteArray> expected = before;
            expected.insert(QStringLiteral("fup23518.ptn"), ptn);
            expected.insert(QStringLiteral("fup23517.ptn"), QByteArray("TMPTN-23517 ").repeated(50));
            QCOMPARE(test::snapshotFolder(src.wcspatterns()), expected);
            return;
        }
        QVERIFY(!out.succeeded());
        QCOMPARE(out.error.code, code);
        QCOMPARE(test::snapshotFolder(src.wcspatterns()), before);
        QVERIFY(!written.contains(QStringLiteral("version.dll")));
        QVERIFY(!written.contains(QStringLiteral("desktop.ini")));
        QCOMPARE(src.server.hits(kEvilZip), 0); // the other host was never asked
        if (code == QLatin1String("archive.unexpected"))
            QVERIFY2(out.error.message.contains(QStringLiteral("only fup23518.ptn")), qPrintable(out.error.message));
        if (mode == QLatin1String("redirect-host"))
            QVERIFY2(out.error.message.contains(QStringLiteral("another host")), qPrintable(out.error.message));
    }

    // H3: the preview says that Trend's .sig cannot be checked and that an http source is not
    // authenticated; README's limitations say it too.
    void H3_previewSaysTheSignatureIsNotChecked()
    {
        PatternSource src;
        QVERIFY(src.create());
        const FixPlan plan = step().fix->plan(src.context(), {});
        QVERIFY2(!plan.error, qPrintable(plan.error.toString()));
        const QString preview = FixExecutor::preview(plan);
        QVERIFY2(preview.contains(QStringLiteral(".sig")) && preview.contains(QStringLiteral("cannot check")),
                 qPrintable(preview));
        QVERIFY2(preview.contains(QStringLiteral("unauthenticated")), qPrintable(preview));
        QFile readme(QStringLiteral(KB_SOURCE_DIR "/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QByteArray text = readme.readAll();
        const qsizetype limits = text.indexOf("## Limitations");
        QVERIFY(limits >= 0);
        QVERIFY(text.indexOf(".sig", limits) > limits);
    }

    // M4: the download was unbounded with a sink (checked only after the whole body arrived),
    // a sparse tar entry unpacked to 3 GiB under a 2 GiB cap, and a bomb was caught only after
    // it had been written. Now the download stops at the first byte past server.ini's size,
    // declared sizes count before anything is written, and non-zips are refused (H2).
    void M4_downloadAndUnpackAreCapped_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("code");
        QTest::newRow("body longer than server.ini's size, no length") << QStringLiteral("long-unannounced") << QStringLiteral("download.size");
        QTest::newRow("length announced beyond server.ini's size") << QStringLiteral("long-announced") << QStringLiteral("download.size");
        QTest::newRow("GNU sparse tar of 300 MiB as fup_23518.zip") << QStringLiteral("sparse-tar") << QStringLiteral("archive.format");
        QTest::newRow("zip entry declared beyond the unpacked cap") << QStringLiteral("bomb") << QStringLiteral("archive.too-large");
        QTest::newRow("server.ini sizes beyond the download cap") << QStringLiteral("ini-too-large") << QStringLiteral("au.size");
    }

    void M4_downloadAndUnpackAreCapped()
    {
        QFETCH(QString, mode);
        QFETCH(QString, code);
        PatternSource src;
        QVERIFY(src.create());
        Step s = step();
        const qint64 stated34 = src.zip34.size();
        if (mode == QLatin1String("long-unannounced") || mode == QLatin1String("long-announced")) {
            Route r = body(src.zip34 + QByteArray(8 << 20, 'J'));
            if (mode == QLatin1String("long-unannounced"))
                r.headers = {{"Transfer-Encoding", "identity"}}; // no length: ends when the server closes
            src.publish();
            src.server.setRoute(kZip34, r);
        } else if (mode == QLatin1String("sparse-tar")) {
            QTemporaryDir work;
            const QString ptn = work.filePath(QStringLiteral("fup23518.ptn"));
            QFile f(ptn);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(qint64(300) << 20));
            QVERIFY(f.seek(f.size()));
            f.write("X");
            f.close();
            QProcess tar;
            tar.setWorkingDirectory(work.path());
            tar.start(QStringLiteral("/usr/bin/tar"), {QStringLiteral("--sparse"), QStringLiteral("--format=gnu"),
                                                       QStringLiteral("-cf"), QStringLiteral("-"), QStringLiteral("fup23518.ptn")});
            QVERIFY(tar.waitForFinished(60000));
            src.zip34 = tar.readAllStandardOutput();
            QVERIFY(src.zip34.size() > 0 && src.zip34.size() < (1 << 20));
            src.publish();
        } else if (mode == QLatin1String("bomb")) {
            src.zip34 = test::makeZip({{QStringLiteral("fup23518.ptn"), QByteArray(8 << 20, '\0')}});
            QVERIFY(src.zip34.size() < (1 << 20));
            src.publish();
            s = variant([](PatternDownloadFix::Options &o) { o.maxUnpackedBytes = 1 << 20; });
        } else if (mode == QLatin1String("ini-too-large")) {
            src.line34 = "P.48040034=pattern/lwcs/fup_23518.zip,23518," + QByteArray::number(qint64(300) << 20);
            src.publish();
        }
        const QMap<QString, QByteArray> before = test::snapshotFolder(src.wcspatterns());
        qint64 mostReceived = 0;
        CheckContext ctx = src.context();
        ctx.progress = [&](qint64 done, qint64, const QString &what) {
            if (what == QLatin1String("fup_23518.zip"))
                mostReceived = qMax(mostReceived, done);
        };
        const FixOutcome out = src.apply(s, ctx);
        QVERIFY(!out.succeeded());
        QCOMPARE(out.error.code, code);
        QVERIFY2(out.error.message.contains(QStringLiteral("fup_23518.zip")) || code == QLatin1String("au.size"),
                 qPrintable(out.error.message));
        QCOMPARE(test::snapshotFolder(src.wcspatterns()), before);
        // Never more than server.ini's size was taken (the progress counts the body bytes).
        if (mode.startsWith(QLatin1String("long-")))
            QVERIFY2(mostReceived <= src.zip33.size() + stated34, qPrintable(QString::number(mostReceived)));
        if (mode == QLatin1String("ini-too-large"))
            QCOMPARE(src.server.hits(kZip34), 0);
    }

    // M4 at the archive level: a zip entry whose declared size is beyond the cap is refused
    // before anything is written, and the bytes of several entries count together.
    void M4_archiveCapCountsDeclaredSizes()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("bomb.zip"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(test::makeZip({{QStringLiteral("a.ptn"), QByteArray(600 << 10, '\0')},
                               {QStringLiteral("b.ptn"), QByteArray(600 << 10, '\0')}}));
        f.close();
        const QString dest = tmp.filePath(QStringLiteral("dest"));
        QVERIFY(QDir().mkpath(dest));
        const KbError e = Archive::extractAll(path, dest, nullptr, nullptr, 1 << 20);
        QCOMPARE(e.code, QStringLiteral("archive.too-large"));
        QVERIFY(e.message.contains(QStringLiteral("bomb.zip")));
        QCOMPARE(QDir(dest).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
        qint64 unpacked = -1;
        QVERIFY(!Archive::extractAll(path, dest, nullptr, nullptr, 2 << 20, &unpacked));
        QCOMPARE(unpacked, qint64(1200 << 10));
    }

    // M4 while unpacking: an entry whose header declares a small size but whose data inflates
    // far beyond it and beyond the cap is stopped while it streams (the per-block check), with a
    // clear error naming the archive, and no partial file is left anywhere under the destination.
    void M4_entryInflatingPastTheCapIsStoppedMidStream()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("fup_23518.zip"));
        const QByteArray zip = python(QString::fromLatin1(kLyingZip), {QStringLiteral("1024"), QString::number(16 << 20)});
        QVERIFY(!zip.isEmpty() && zip.size() < (1 << 20));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(zip);
        f.close();
        const QString dest = tmp.filePath(QStringLiteral("dest"));
        QVERIFY(QDir().mkpath(dest));
        qint64 unpacked = -1;
        const KbError e = Archive::extractAll(path, dest, nullptr, nullptr, 2 << 20, &unpacked);
        QVERIFY(e);
        QVERIFY2(e.code == QLatin1String("archive.corrupt") || e.code == QLatin1String("archive.too-large"),
                 qPrintable(e.toString()));
        QVERIFY2(e.message.contains(QStringLiteral("fup23518.ptn")) || e.message.contains(QStringLiteral("fup_23518.zip")),
                 qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("declared size")) || e.message.contains(QStringLiteral("more than")),
                 qPrintable(e.message));
        QCOMPARE(e.file, path);
        QCOMPARE(unpacked, qint64(0));
        // No partial file: not in the destination, not in a staging folder left behind.
        QCOMPARE(allFileNames(dest), QStringList());
        QCOMPARE(QDir(dest).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());

        // The same through the pattern download: the fix fails naming the archive and the
        // pattern folder and the system's temporary folder hold nothing of it.
        PatternSource src;
        QVERIFY(src.create());
        src.zip34 = python(QString::fromLatin1(kLyingZip), {QString::number(src.zip34.size()), QString::number(16 << 20)});
        src.publish();
        const QMap<QString, QByteArray> before = test::snapshotFolder(src.wcspatterns());
        const QStringList tempBefore = QDir::temp().entryList({QStringLiteral("kbwizard-patterns-*")}, QDir::Dirs);
        const Step s = variant([](PatternDownloadFix::Options &o) { o.maxUnpackedBytes = 2 << 20; });
        const FixOutcome out = src.apply(s, src.context());
        QVERIFY(!out.succeeded());
        QVERIFY2(out.error.message.contains(QStringLiteral("fup_23518.zip")), qPrintable(out.error.message));
        QCOMPARE(test::snapshotFolder(src.wcspatterns()), before);
        QCOMPARE(QDir::temp().entryList({QStringLiteral("kbwizard-patterns-*")}, QDir::Dirs), tempBefore);
    }

    // M4 "never whole files in memory": a 128 MiB pattern file (served as a small zip) is
    // unpacked, installed, backed up when it replaces one, and restored by undo, and no step
    // reads it whole. Two independent proofs, each of which fails on the whole-file code (which
    // read the unpacked file, the file it replaced, its backup and the restore into memory):
    // - the read log (FileReadLog notes every whole-file read on this thread) names no
    //   fup23518.ptn, staged or installed;
    // - on Linux, the process's peak resident memory grows by less than 48 MiB (the whole-file
    //   code holds the 128 MiB at least once). Not under ASan (its quarantine keeps freed
    //   buffers resident) and not where /proc/self/clear_refs cannot reset the peak.
    void M4_patternFilesAreStreamedNotHeldInMemory_data()
    {
        QTest::addColumn<bool>("replaces");
        QTest::newRow("new pattern file") << false;
        QTest::newRow("replaces an older fup23518.ptn, then undo") << true;
    }

    void M4_patternFilesAreStreamedNotHeldInMemory()
    {
        QFETCH(bool, replaces);
        const int mib = 128;
        PatternSource src;
        QVERIFY(src.create());
        const QString zipPath = src.demo.tmp.filePath(QStringLiteral("big.zip"));
        const QList<QByteArray> made = python(QString::fromLatin1(kBigZip),
                                              {zipPath, QStringLiteral("fup23518.ptn"), QString::number(mib)})
                                           .trimmed().split(' ');
        QCOMPARE(made.size(), 2);
        const QString expectedSha = QString::fromLatin1(made.at(0));
        const qint64 expectedSize = made.at(1).toLongLong();
        QCOMPARE(expectedSize, qint64(mib) << 20);
        QFile zipFile(zipPath);
        QVERIFY(zipFile.open(QIODevice::ReadOnly));
        src.zip34 = zipFile.readAll(); // the archive is small (the entry compresses well)
        QVERIFY(src.zip34.size() < (4 << 20));
        src.publish();

        const QString installed = QDir(src.wcspatterns()).filePath(QStringLiteral("fup23518.ptn"));
        QString oldSha;
        if (replaces) { // an older 32 MiB fup23518.ptn is there, written in pieces
            QFile old(installed);
            QVERIFY(old.open(QIODevice::WriteOnly));
            const QByteArray piece = QByteArray("OLD PATTERN ").repeated(1 << 16);
            for (int i = 0; i < 32 * (1 << 20) / piece.size() + 1; ++i)
                QVERIFY(old.write(piece) == piece.size());
            old.close();
            QVERIFY(!sha256OfFile(installed, &oldSha));
        }

        const bool measure = resetPeakRss();
        const qint64 peakBefore = peakRssKiB();
        FileReadLog log;
        const FixOutcome out = src.apply(step(), src.context());
        QVERIFY2(out.succeeded(), qPrintable(out.error.toString()));
        QString nowSha;
        qint64 nowSize = -1;
        QVERIFY(!sha256OfFile(installed, &nowSha, &nowSize));
        QCOMPARE(nowSize, expectedSize);
        QCOMPARE(nowSha, expectedSha);
        if (replaces) {
            const KbError undone = BackupStore(src.demo.tmp.filePath(QStringLiteral("backups")))
                                       .undo(out.backupSetId, src.demo.osce.pccsrv, false, src.host.get());
            QVERIFY2(!undone, qPrintable(undone.toString()));
            QVERIFY(!sha256OfFile(installed, &nowSha));
            QCOMPARE(nowSha, oldSha); // undo put the older file back, byte for byte
        }
        const qint64 peakAfter = peakRssKiB();
#if defined(__SANITIZE_ADDRESS__)
        Q_UNUSED(measure);
        Q_UNUSED(peakBefore);
        Q_UNUSED(peakAfter);
        qInfo("ASan build: the peak-memory half of this test does not run");
#else
        if (!measure || peakBefore < 0 || peakAfter < 0) {
            qInfo("the peak resident memory cannot be measured here: only the read log is checked");
        } else {
            const qint64 grewKiB = peakAfter - peakBefore;
            qInfo("peak resident memory grew by %lld KiB for a %d MiB pattern file", grewKiB, mib);
            QVERIFY2(grewKiB < 48 * 1024, qPrintable(QString::number(grewKiB)));
        }
#endif
        for (auto it = log.reads.cbegin(); it != log.reads.cend(); ++it)
            QVERIFY2(!it.key().endsWith(QLatin1String("fup23518.ptn"), Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("read whole: ") + it.key()));
    }

    // L4 (the part in the HTTP reader): a chunk-size line that never ends was buffered without
    // limit (and rescanned on every read) until the server closed or the timeout hit.
    void L4_chunkSizeLineIsBounded()
    {
        test::TestHttpServer server;
        QVERIFY(server.start());
        Route r = body(QByteArray(4 << 20, '1'));
        r.headers = {{"Transfer-Encoding", "chunked"}};
        server.setRoute(QStringLiteral("/chunks"), r);
        HttpRequest req;
        req.url = server.url(QStringLiteral("/chunks"));
        req.timeoutMs = 20000;
        req.maxBodyBytes = 64 << 20;
        const HttpResult res = httpGet(req);
        QCOMPARE(res.code, QStringLiteral("http.garbled"));
        QCOMPARE(res.bytes, qint64(0));
    }

    // M6: httpGet followed up to 5 redirects to any host and from https to http, for every
    // caller. Now: the same host only, never https -> http, at most 3.
    void M6_redirectsStayOnTheHostAndNeverDowngrade_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("code"); // empty: followed
        QTest::newRow("control: 3 redirects on the host") << QStringLiteral("three") << QString();
        QTest::newRow("4 redirects") << QStringLiteral("four") << QStringLiteral("redirect.loop");
        QTest::newRow("4 redirects, 10 allowed by the caller") << QStringLiteral("four-asked-ten") << QStringLiteral("redirect.loop");
        QTest::newRow("to another host") << QStringLiteral("host") << QStringLiteral("redirect.host");
        QTest::newRow("to another host, with user info") << QStringLiteral("host-userinfo") << QStringLiteral("redirect.host");
        QTest::newRow("to the same address under another name") << QStringLiteral("alias") << QStringLiteral("redirect.host");
        QTest::newRow("https to http") << QStringLiteral("downgrade") << QStringLiteral("redirect.downgrade");
    }

    void M6_redirectsStayOnTheHostAndNeverDowngrade()
    {
        QFETCH(QString, mode);
        QFETCH(QString, code);
        NameResolver::setOverride({{kSourceHost, {QHostAddress(QHostAddress::LocalHost)}},
                                   {kEvilHost, {QHostAddress(QHostAddress::LocalHost)}},
                                   {QStringLiteral("tls.source.example"), {QHostAddress(QHostAddress::LocalHost)}}});
        test::TestHttpServer server;
        QVERIFY(server.start());
        const auto at = [&](const QString &name, const QString &path) {
            return QStringLiteral("http://%1:%2%3").arg(name).arg(server.port()).arg(path);
        };
        server.setRoute(QStringLiteral("/end"), body("the end"));
        server.setRoute(QStringLiteral("/secret"), body("followed"));
        const auto hop = [&](const QString &path, const QString &to) {
            Route r;
            r.redirectTo = to;
            server.setRoute(path, r);
        };
        hop(QStringLiteral("/r1"), QStringLiteral("/r2"));
        hop(QStringLiteral("/r2"), QStringLiteral("/r3"));
        hop(QStringLiteral("/r3"), QStringLiteral("/r4"));
        hop(QStringLiteral("/r4"), QStringLiteral("/end"));
        hop(QStringLiteral("/away"), at(kEvilHost, QStringLiteral("/secret")));
        hop(QStringLiteral("/away-user"), QStringLiteral("http://bob:pw@%1:%2/secret").arg(kEvilHost).arg(server.port()));
        hop(QStringLiteral("/alias"), QStringLiteral("http://127.0.0.1:%1/secret").arg(server.port()));

        HttpRequest req;
        req.timeoutMs = 10000;
        QString path = QStringLiteral("/r1");
        if (mode == QLatin1String("three"))
            path = QStringLiteral("/r2");
        else if (mode == QLatin1String("four-asked-ten"))
            req.maxRedirects = 10;
        else if (mode == QLatin1String("host"))
            path = QStringLiteral("/away");
        else if (mode == QLatin1String("host-userinfo"))
            path = QStringLiteral("/away-user");
        else if (mode == QLatin1String("alias"))
            path = QStringLiteral("/alias");
        req.url = QUrl(at(kSourceHost, path));

        std::unique_ptr<TlsRedirector> tls;
        if (mode == QLatin1String("downgrade")) {
            tls = std::make_unique<TlsRedirector>();
            if (!tls->start(QStringLiteral("tls.source.example"), at(QStringLiteral("tls.source.example"), QStringLiteral("/secret"))))
                QSKIP("openssl could not make a test certificate");
            req.url = QUrl(QStringLiteral("https://tls.source.example:%1/au/server.ini").arg(tls->port()));
        }
        const HttpResult r = httpGet(req);
        if (code.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(r.error));
            QCOMPARE(r.body, QByteArray("the end"));
            return;
        }
        QCOMPARE(r.code, code);
        QCOMPARE(r.failedStage, HttpStage::RedirectLoop);
        QCOMPARE(server.hits(QStringLiteral("/secret")), 0);
        QCOMPARE(server.hits(QStringLiteral("/end")), 0);
        QVERIFY(!r.error.contains(QStringLiteral("pw@")));
        if (mode == QLatin1String("downgrade"))
            QCOMPARE(tls->served(), 1); // the https request itself was answered
    }
};

QTEST_GUILESS_MAIN(tst_SecurityNet)
#include "tst_security_net.moc"
