#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QSslSocket>
#include <QTcpSocket>
#include <memory>
#include <atomic>
#include <functional>

namespace kb {

// A blocking socket for netprobe's worker-thread client: every wait spins a local event loop
// until its condition holds, the request's overall deadline passes, the line goes silent for
// the stall limit, or `cancelled` is set (polled every 10 ms). Internal to httpGet().
class NetSocket
{
public:
    enum class Wait { Ok, Timeout, Stalled, Cancelled, Closed };

    // `tls`: the connection will be encrypted (startTls). Only then is the socket a QSslSocket:
    // creating one loads the TLS backend and OpenSSL (several MiB), which a plain http:// check
    // does not need (issue 16: a headless run's memory).
    NetSocket(qint64 deadlineMs, int stallMs, const std::atomic<bool> *cancelled,
              const QElapsedTimer &clock, bool tls);

    QTcpSocket &socket() { return m_socket; }
    QSslSocket *sslSocket() { return m_tls; } // null without tls

    // Connects to one address; waits at most `limitMs` (Stalled when that limit is hit first).
    Wait connectTo(const QHostAddress &address, quint16 port, int limitMs);
    Wait writeAll(const QByteArray &bytes);
    // Appends whatever arrives (at least one byte) to `buffer`.
    Wait readSome(QByteArray &buffer, qint64 maxBytes = 64 * 1024);
    // Reads until `buffer` holds at least `n` bytes.
    Wait readAtLeast(QByteArray &buffer, qint64 n);
    Wait startTls(const QString &peerName);

    QAbstractSocket::SocketError error() const { return m_socket.error(); }
    QString errorString() const { return m_socket.errorString(); }

private:
    Wait spin(const std::function<bool()> &done, qint64 limitMs);

    std::unique_ptr<QTcpSocket> m_owned;
    QSslSocket *m_tls = nullptr;
    QTcpSocket &m_socket;
    qint64 m_deadlineMs;
    int m_stallMs;
    const std::atomic<bool> *m_cancelled;
    const QElapsedTimer &m_clock;
};

} // namespace kb
