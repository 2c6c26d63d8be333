#include "testhttpserver.h"

#include <QHostAddress>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

namespace kb::test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 307: return "Temporary Redirect";
    case 400: return "Bad Request";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 407: return "Proxy Authentication Required";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

bool hasHeader(const TestHttpServer::Route &route, const QByteArray &name)
{
    for (const auto &h : route.headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

// Lives on the server thread; everything it owns is touched only there, except the route table,
// hit counts and request log, which the test thread reads and writes under m_mutex.
class TestHttpServer::Worker : public QObject
{
public:
    bool listen()
    {
        m_server = new QTcpServer(this);
        QObject::connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server->nextPendingConnection())
                accept(s);
        });
        return m_server->listen(QHostAddress::LocalHost, 0);
    }

    mutable QMutex m_mutex;
    QHash<QString, Route> m_routes;
    QHash<QString, int> m_hits;
    QList<QByteArray> m_heads;
    QTcpServer *m_server = nullptr;

private:
    struct Conn
    {
        QByteArray in;
        Route route;
        qint64 sent = 0;   // body bytes written
        qint64 limit = 0;  // body bytes to write before closing (or resetting)
        bool answered = false;
    };

    void accept(QTcpSocket *s)
    {
        auto conn = std::make_shared<Conn>();
        QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, conn] {
            conn->in += s->readAll();
            const qsizetype end = conn->in.indexOf("\r\n\r\n");
            if (conn->answered || end < 0)
                return;
            conn->answered = true;
            respond(s, conn, conn->in.left(end + 4));
        });
    }

    void respond(QTcpSocket *s, const std::shared_ptr<Conn> &conn, const QByteArray &head)
    {
        QByteArray target = head.left(head.indexOf("\r\n")).split(' ').value(1);
        if (target.startsWith("http://")) // absolute form, as a proxy would forward it
            target = target.mid(target.indexOf('/', 7));
        const QString full = QString::fromLatin1(target);
        const QString path = full.section(QLatin1Char('?'), 0, 0);
        {
            QMutexLocker lock(&m_mutex);
            m_heads.append(head);
            const QString key = m_routes.contains(full) ? full : path;
            m_hits[key] += 1;
            if (m_routes.contains(key)) {
                conn->route = m_routes.value(key);
            } else {
                conn->route.status = 404;
                conn->route.body = "not found\n";
            }
        }
        if (conn->route.stall)
            return; // read the request, never answer
        const QPointer<QTcpSocket> guard(s);
        QTimer::singleShot(qMax(0, conn->route.delayMs), s, [this, guard, conn] {
            if (guard)
                sendHead(guard, conn);
        });
    }

    void sendHead(QTcpSocket *s, const std::shared_ptr<Conn> &conn)
    {
        const Route &r = conn->route;
        int status = r.status;
        QByteArray out;
        if (!r.redirectTo.isEmpty() && (status < 300 || status >= 400))
            status = 302;
        out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
        if (!r.redirectTo.isEmpty())
            out += "Location: " + r.redirectTo.toUtf8() + "\r\n";
        if (!hasHeader(r, "Content-Length") && !hasHeader(r, "Transfer-Encoding"))
            out += "Content-Length: " + QByteArray::number(r.contentLength >= 0 ? r.contentLength : r.body.size())
                   + "\r\n";
        for (const auto &h : r.headers)
            out += h.first + ": " + h.second + "\r\n";
        out += "Connection: close\r\n\r\n";
        s->write(out);
        conn->limit = r.resetAfterBytes >= 0 ? qMin<qint64>(r.resetAfterBytes, r.body.size()) : r.body.size();
        QObject::connect(s, &QTcpSocket::bytesWritten, s, [this, s, conn] {
            if (conn->route.chunkSize <= 0)
                pump(s, conn);
        });
        pump(s, conn);
    }

    // Writes the next piece of the body; at the end closes gracefully or, for resetAfterBytes,
    // drops the connection once the bytes so far have left.
    void pump(QTcpSocket *s, const std::shared_ptr<Conn> &conn)
    {
        if (s->state() != QAbstractSocket::ConnectedState)
            return;
        const Route &r = conn->route;
        if (conn->sent >= conn->limit) {
            if (s->bytesToWrite() > 0)
                return; // bytesWritten brings us back
            if (r.resetAfterBytes >= 0)
                s->abort();
            else
                s->disconnectFromHost();
            return;
        }
        if (r.chunkSize > 0) {
            const QByteArray piece = r.body.mid(conn->sent, qMin<qint64>(r.chunkSize, conn->limit - conn->sent));
            conn->sent += piece.size();
            s->write(piece);
            const QPointer<QTcpSocket> guard(s);
            QTimer::singleShot(conn->sent >= conn->limit ? 0 : qMax(0, r.chunkDelayMs), s, [this, guard, conn] {
                if (guard)
                    pump(guard, conn);
            });
            return;
        }
        while (conn->sent < conn->limit && s->bytesToWrite() < 1024 * 1024) {
            const QByteArray piece = r.body.mid(conn->sent, qMin<qint64>(64 * 1024, conn->limit - conn->sent));
            conn->sent += piece.size();
            s->write(piece);
        }
        if (conn->sent >= conn->limit && s->bytesToWrite() == 0)
            pump(s, conn);
    }
};

TestHttpServer::TestHttpServer()
{
    m_thread.setObjectName(QStringLiteral("TestHttpServer"));
    m_thread.start();
    m_worker = new Worker;
    m_worker->moveToThread(&m_thread);
}

TestHttpServer::~TestHttpServer()
{
    Worker *w = m_worker;
    QMetaObject::invokeMethod(w, [w] { delete w; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool TestHttpServer::start()
{
    bool ok = false;
    Worker *w = m_worker;
    QMetaObject::invokeMethod(w, [w] { return w->listen(); }, Qt::BlockingQueuedConnection, &ok);
    return ok;
}

quint16 TestHttpServer::port() const
{
    quint16 port = 0;
    Worker *w = m_worker;
    QMetaObject::invokeMethod(w, [w] { return w->m_server ? w->m_server->serverPort() : quint16(0); },
                              Qt::BlockingQueuedConnection, &port);
    return port;
}

QUrl TestHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
}

void TestHttpServer::setRoute(const QString &path, const Route &route)
{
    QMutexLocker lock(&m_worker->m_mutex);
    m_worker->m_routes.insert(path, route);
}

int TestHttpServer::hits(const QString &path) const
{
    QMutexLocker lock(&m_worker->m_mutex);
    return m_worker->m_hits.value(path);
}

QList<QByteArray> TestHttpServer::requestHeads() const
{
    QMutexLocker lock(&m_worker->m_mutex);
    return m_worker->m_heads;
}

quint16 TestHttpServer::refusedPort()
{
    // Listen on a free port and close it again: nothing listens there afterwards.
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 1;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace kb::test
