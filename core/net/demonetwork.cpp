#include "net/demonetwork.h"

#include "backup/atomicfile.h"
#include "logging.h"
#include "net/netprobe.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

namespace kb::DemoNetwork {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::DemoNetwork)
};

struct State
{
    QMutex mutex;
    QString sitesDir;                 // <sandbox>/network/sites
    QHash<QString, QString> siteOf;   // host name (lower case) -> site folder
    QHash<QString, int> delayOf;      // host name (lower case) -> simulated answer time, ms
    struct Listener
    {
        QHostAddress address;
        quint16 port = 0;
        QString host;
        QString site;
    };
    QHash<QString, Listener> listeners; // by service name (lower case)
    QThread *thread = nullptr;
    QObject *anchor = nullptr;
    QTcpServer *server = nullptr;
    quint16 port = 0;
};

State &state()
{
    static State s;
    return s;
}

QByteArray response(int status, const QByteArray &reason, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
           + "\r\nServer: KB-Wizard-demo\r\nContent-Type: application/octet-stream\r\nContent-Length: "
           + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

// A site folder name from hosts.json: one plain path component.
bool isPlainName(const QString &name)
{
    return !name.isEmpty() && name != QLatin1String(".") && name != QLatin1String("..")
           && !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\'))
           && !name.contains(QLatin1Char(':'));
}

bool isInsideFolder(const QString &canonicalPath, const QString &canonicalRoot)
{
#ifdef Q_OS_WIN
    const Qt::CaseSensitivity cs = Qt::CaseInsensitive;
#else
    const Qt::CaseSensitivity cs = Qt::CaseSensitive;
#endif
    return !canonicalRoot.isEmpty() && canonicalPath.startsWith(canonicalRoot + QLatin1Char('/'), cs);
}

enum class Target { Serve, Refused, NotFound };

// Maps a request target (origin form "/a/b", or absolute form "http://host/a/b" as a proxy
// sends it) to a regular file inside `<sitesDir>/<site>`. Contract: the answer is a file whose
// canonical path lies inside the canonical site folder, or nothing. Refused: a target not
// starting with "/", and anything that could name another place once decoded: "." or ".."
// segments, ":" (drives, Qt resources, NTFS streams), backslashes, control characters, invalid
// UTF-8. A link inside the site is followed only if it stays inside the site.
Target siteFile(const QString &sitesDir, const QString &site, QByteArray target, QString *file)
{
    if (target.startsWith("http://")) {
        const int slash = target.indexOf('/', 7);
        if (slash < 0)
            return Target::Refused;
        target = target.mid(slash);
    }
    if (const int q = target.indexOf('?'); q >= 0)
        target.truncate(q);
    if (const int f = target.indexOf('#'); f >= 0)
        target.truncate(f);
    if (!target.startsWith('/'))
        return Target::Refused;
    const QByteArray decoded = QByteArray::fromPercentEncoding(target);
    const QString rel = QString::fromUtf8(decoded);
    if (rel.toUtf8() != decoded)
        return Target::Refused; // invalid UTF-8
    for (const QChar c : rel) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QLatin1Char('\\') || c == QLatin1Char(':'))
            return Target::Refused;
    }
    QStringList parts;
    for (const QString &part : rel.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String(".") || part == QLatin1String(".."))
            return Target::Refused;
        parts << part;
    }
    if (site.isEmpty() || !isPlainName(site) || sitesDir.startsWith(QLatin1Char(':')))
        return Target::NotFound;
    const QString root = QFileInfo(QDir(sitesDir).filePath(site)).canonicalFilePath();
    if (root.isEmpty() || !QDir::isAbsolutePath(root))
        return Target::NotFound;
    QString path = QDir(root).filePath(parts.join(QLatin1Char('/')));
    QFileInfo fi(path);
    if (fi.isDir() || parts.isEmpty())
        fi = QFileInfo(QDir(path).filePath(QStringLiteral("index.html")));
    if (!fi.exists() && !fi.isSymLink())
        return Target::NotFound;
    const QString canonical = fi.canonicalFilePath();
    if (canonical.isEmpty())
        return Target::NotFound; // a dangling link
    if (!isInsideFolder(canonical, root))
        return Target::Refused;
    if (!QFileInfo(canonical).isFile())
        return Target::NotFound;
    *file = canonical;
    return Target::Serve;
}

// One request per connection: read the head, answer from the site folder, close.
void serve(QTcpSocket *socket)
{
    QByteArray head = socket->property("head").toByteArray() + socket->readAll();
    socket->setProperty("head", head);
    const int end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() > 64 * 1024)
            socket->abort();
        return;
    }
    const QList<QByteArray> lines = head.left(end).split('\n');
    const QList<QByteArray> request = lines.value(0).trimmed().split(' ');
    QByteArray host;
    int hostHeaders = 0;
    for (const QByteArray &l : lines) {
        if (l.toLower().startsWith("host:")) {
            host = l.mid(5).trimmed().toLower();
            ++hostHeaders;
        }
    }
    if (const int colon = host.lastIndexOf(':'); colon > 0)
        host.truncate(colon);

    QString file;
    Target found = Target::NotFound;
    int delayMs = 0;
    {
        State &s = state();
        QMutexLocker lock(&s.mutex);
        delayMs = s.delayOf.value(QString::fromLatin1(host));
        // Exactly one Host header naming a demo host: anything else has no site.
        const QString site = hostHeaders == 1 ? s.siteOf.value(QString::fromLatin1(host)) : QString();
        found = siteFile(s.sitesDir, site, request.value(1), &file);
    }
    QByteArray out;
    if (request.value(0) != "GET" && request.value(0) != "HEAD") {
        out = response(405, "Method Not Allowed", QByteArray());
    } else if (found == Target::Refused) {
        out = response(403, "Forbidden", "<html><body>403 Forbidden</body></html>");
    } else if (found == Target::NotFound) {
        out = response(404, "Not Found", "<html><body>404 Not Found</body></html>");
    } else {
        QByteArray body;
        if (readWholeFile(file, &body, 64 * 1024 * 1024))
            out = response(404, "Not Found", "<html><body>404 Not Found</body></html>");
        else
            out = response(200, "OK", request.value(0) == "HEAD" ? QByteArray() : body);
    }
    // A real update server answers after a round trip or two, not at once. The timer runs on
    // the server thread's event loop, so other connections are served meanwhile.
    QTimer::singleShot(delayMs, socket, [socket, out] {
        socket->write(out);
        socket->disconnectFromHost();
    });
}

// Stops the server thread when the application object goes away.
void shutdown()
{
    State &s = state();
    if (!s.thread)
        return;
    s.anchor->deleteLater(); // runs on the server thread; takes the server and sockets along
    s.thread->quit();
    s.thread->wait();
    delete s.thread;
    s.thread = nullptr;
    s.anchor = nullptr;
    s.server = nullptr;
    s.port = 0;
}

} // namespace

KbError activate(const QString &sandbox)
{
    const QString hostsFile = QDir(sandbox).filePath(QStringLiteral("network/hosts.json"));
    QByteArray bytes;
    if (KbError e = readWholeFile(hostsFile, &bytes, 1024 * 1024))
        return e;
    QJsonParseError pe;
    const QJsonObject root = QJsonDocument::fromJson(bytes, &pe).object();
    const QJsonObject hosts = root.value(QLatin1String("hosts")).toObject();
    if (pe.error != QJsonParseError::NoError)
        return KbError::make(QStringLiteral("demo.network"), pe.errorString(), hostsFile,
                             int(bytes.left(pe.offset).count('\n')) + 1);

    State &s = state();
    if (!s.thread) {
        // The server lives on its own thread: the CLI applies fixes on the main thread and
        // checks block their worker threads while they wait for an answer.
        s.thread = new QThread;
        s.thread->setObjectName(QStringLiteral("kbwizard-demo-network"));
        s.thread->start();
        QTcpServer *server = nullptr;
        bool listening = false;
        // The server is parented to an object living on the thread, so one deleteLater there
        // takes everything down at exit (shutdown below).
        s.anchor = new QObject;
        s.anchor->moveToThread(s.thread);
        QObject *anchor = s.anchor;
        QMetaObject::invokeMethod(anchor, [&server, &listening, anchor] {
            server = new QTcpServer(anchor);
            listening = server->listen(QHostAddress::LocalHost, 0);
            QObject::connect(server, &QTcpServer::newConnection, server, [server] {
                while (QTcpSocket *socket = server->nextPendingConnection()) {
                    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] { serve(socket); });
                    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                }
            });
        }, Qt::BlockingQueuedConnection);
        if (!listening)
            return KbError::make(QStringLiteral("demo.network"),
                                 Tr::tr("The demo network could not listen on the loopback interface."));
        s.server = server;
        s.port = server->serverPort();
        qAddPostRoutine(shutdown);
    }

    QHash<QString, QList<QHostAddress>> map;
    QMutexLocker lock(&s.mutex);
    s.sitesDir = QDir(sandbox).filePath(QStringLiteral("network/sites"));
    s.siteOf.clear();
    s.delayOf.clear();
    NameResolver::clearConnectRedirects();
    for (auto it = hosts.begin(); it != hosts.end(); ++it) {
        const QJsonObject h = it.value().toObject();
        const QHostAddress address(h.value(QLatin1String("address")).toString());
        const QString site = h.value(QLatin1String("site")).toString();
        if (address.isNull())
            return KbError::make(QStringLiteral("demo.network"),
                                 Tr::tr("The host %1 has no valid address.").arg(it.key()), hostsFile);
        if (!site.isEmpty() && !isPlainName(site))
            return KbError::make(QStringLiteral("demo.network"),
                                 Tr::tr("The host %1 names a site that is not a folder name: %2.").arg(it.key(), site),
                                 hostsFile);
        if (site.isEmpty() && !address.isLoopback())
            return KbError::make(QStringLiteral("demo.network"),
                                 Tr::tr("The host %1 would be reached off this machine.").arg(it.key()),
                                 hostsFile);
        map[it.key().toLower()].append(address);
        if (!site.isEmpty()) {
            s.siteOf.insert(it.key().toLower(), site);
            s.delayOf.insert(it.key().toLower(), qBound(0, h.value(QLatin1String("delayMs")).toInt(), 10000));
            NameResolver::addConnectRedirect(address, QHostAddress(QHostAddress::LocalHost), s.port);
        }
    }
    s.listeners.clear();
    const QJsonObject services = root.value(QLatin1String("services")).toObject();
    for (auto it = services.begin(); it != services.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        const QString listen = o.value(QLatin1String("listen")).toString();
        State::Listener l;
        l.address = QHostAddress(listen.section(QLatin1Char(':'), 0, 0));
        l.port = quint16(listen.section(QLatin1Char(':'), 1, 1).toUInt());
        l.host = o.value(QLatin1String("host")).toString().toLower();
        l.site = o.value(QLatin1String("site")).toString();
        if (!l.address.isLoopback() || l.port == 0 || !isPlainName(l.site))
            return KbError::make(QStringLiteral("demo.network"),
                                 Tr::tr("The service %1 must listen on a loopback address and port.").arg(it.key()),
                                 hostsFile);
        s.listeners.insert(it.key().toLower(), l);
    }
    NameResolver::setOverride(map, root.value(QLatin1String("dnsDelayMs")).toInt());
    // Services that already run (per the demo host's state) listen from the start.
    QByteArray hostState;
    readWholeFile(QDir(sandbox).filePath(QStringLiteral("host-state.json")), &hostState, 8 * 1024 * 1024);
    const QJsonObject stateServices = QJsonDocument::fromJson(hostState).object().value(QLatin1String("services")).toObject();
    for (auto it = stateServices.begin(); it != stateServices.end(); ++it) {
        const auto l = s.listeners.constFind(it.key().toLower());
        if (l == s.listeners.cend())
            continue;
        const bool running = it.value().toObject().value(QLatin1String("state")).toString() == QLatin1String("RUNNING");
        if (running)
            s.siteOf.insert(l->host, l->site);
        NameResolver::setPortRedirect(l->address, l->port, QHostAddress(QHostAddress::LocalHost), s.port, running);
    }
    qCInfo(lcNet) << "demo network on port" << s.port << "with" << map.size() << "names";
    return {};
}

void setServiceRunning(const QString &service, bool running)
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    const auto l = s.listeners.constFind(service.toLower());
    if (l == s.listeners.cend())
        return;
    if (running)
        s.siteOf.insert(l->host, l->site);
    else
        s.siteOf.remove(l->host);
    NameResolver::setPortRedirect(l->address, l->port, QHostAddress(QHostAddress::LocalHost), s.port, running);
}

void deactivate()
{
    NameResolver::clearOverride();
    NameResolver::clearConnectRedirects();
    // Nothing is served any more (and isActive() says so): the loopback server keeps running
    // for a later activate(), but answers no site.
    State &s = state();
    QMutexLocker lock(&s.mutex);
    s.siteOf.clear();
}

bool isActive()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    return !s.siteOf.isEmpty();
}

quint16 port()
{
    return state().port;
}

} // namespace kb::DemoNetwork
