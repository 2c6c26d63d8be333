#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>
#include <QThread>
#include <QUrl>

class QTcpServer;

namespace kb::test {

// A scripted HTTP/1.1 server on 127.0.0.1:<random port>, running on its own thread so tests
// may call blocking clients from the test thread. It plays the ActiveUpdate source, the LWCS
// status page and broken servers.
class TestHttpServer
{
public:
    struct Route
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers; // extra headers
        int delayMs = 0;             // wait before sending anything
        int chunkSize = 0;           // >0: send the body in chunks of this size...
        int chunkDelayMs = 0;        // ...with this pause between them (a slow body)
        qint64 resetAfterBytes = -1; // close the connection after this many body bytes
        bool stall = false;          // read the request, never answer
        qint64 contentLength = -1;   // announce this length instead of body.size()
        QString redirectTo;          // 302 to this path or URL
    };

    TestHttpServer();
    ~TestHttpServer();

    bool start();                    // false if it could not listen
    quint16 port() const;
    QUrl url(const QString &path) const; // http://127.0.0.1:<port><path>
    void setRoute(const QString &path, const Route &route); // unknown paths answer 404
    int hits(const QString &path) const;
    QList<QByteArray> requestHeads() const; // raw request lines + headers received

    // A loopback port with nothing listening (connection refused).
    static quint16 refusedPort();

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker = nullptr;
};

} // namespace kb::test
