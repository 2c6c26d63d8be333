#include "net/netsocket.h"

#include "net/nameresolver.h"

#include <QEventLoop>
#include <QNetworkProxy>
#include <QTimer>
#include <optional>

namespace kb {

namespace {
std::unique_ptr<QTcpSocket> makeSocket(bool tls)
{
    if (tls)
        return std::make_unique<QSslSocket>();
    return std::make_unique<QTcpSocket>();
}
} // namespace

NetSocket::NetSocket(qint64 deadlineMs, int stallMs, const std::atomic<bool> *cancelled,
                     const QElapsedTimer &clock, bool tls)
    : m_owned(makeSocket(tls)), m_tls(tls ? static_cast<QSslSocket *>(m_owned.get()) : nullptr),
      m_socket(*m_owned), m_deadlineMs(deadlineMs), m_stallMs(stallMs), m_cancelled(cancelled), m_clock(clock)
{
    // Never the application or system proxy: httpGet() speaks to proxies itself.
    m_socket.setProxy(QNetworkProxy::NoProxy);
}

NetSocket::Wait NetSocket::spin(const std::function<bool()> &done, qint64 limitMs)
{
    const qint64 start = m_clock.elapsed();
    const qint64 stallAt = start + (limitMs >= 0 ? limitMs : m_stallMs);
    const auto verdict = [&]() -> std::optional<Wait> {
        if (done())
            return Wait::Ok;
        if (m_cancelled && m_cancelled->load())
            return Wait::Cancelled;
        const qint64 now = m_clock.elapsed();
        if (now >= m_deadlineMs)
            return Wait::Timeout;
        if (now >= stallAt)
            return Wait::Stalled;
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            return Wait::Closed;
        return std::nullopt;
    };
    if (auto v = verdict())
        return *v;

    QEventLoop loop;
    std::optional<Wait> result;
    const auto check = [&] {
        if (result)
            return;
        result = verdict();
        if (result)
            loop.quit();
    };
    QTimer tick;
    tick.setInterval(10);
    QObject::connect(&tick, &QTimer::timeout, &loop, check);
    QObject::connect(&m_socket, &QIODevice::readyRead, &loop, check);
    QObject::connect(&m_socket, &QIODevice::bytesWritten, &loop, check);
    QObject::connect(&m_socket, &QAbstractSocket::connected, &loop, check);
    QObject::connect(&m_socket, &QAbstractSocket::disconnected, &loop, check);
    QObject::connect(&m_socket, &QAbstractSocket::errorOccurred, &loop, check);
    if (m_tls)
        QObject::connect(m_tls, &QSslSocket::encrypted, &loop, check);
    tick.start();
    loop.exec();
    return result.value_or(Wait::Closed);
}

NetSocket::Wait NetSocket::connectTo(const QHostAddress &address, quint16 port, int limitMs)
{
    m_socket.abort();
    const QPair<QHostAddress, quint16> target = NameResolver::connectTarget(address, port);
    if (!NameResolver::mayConnect(address) || !NameResolver::mayConnect(target.first))
        return Wait::Closed; // the demo's isolation; the resolver already said why
    m_socket.connectToHost(target.first, target.second);
    return spin([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, limitMs);
}

NetSocket::Wait NetSocket::writeAll(const QByteArray &bytes)
{
    if (m_socket.write(bytes) != bytes.size())
        return Wait::Closed;
    return spin([this] { return m_socket.bytesToWrite() == 0; }, -1);
}

NetSocket::Wait NetSocket::readSome(QByteArray &buffer, qint64 maxBytes)
{
    const Wait w = spin([this] { return m_socket.bytesAvailable() > 0; }, -1);
    if (w == Wait::Ok)
        buffer += m_socket.read(maxBytes);
    return w;
}

NetSocket::Wait NetSocket::readAtLeast(QByteArray &buffer, qint64 n)
{
    while (buffer.size() < n) {
        const Wait w = readSome(buffer, n - buffer.size());
        if (w != Wait::Ok)
            return w;
    }
    return Wait::Ok;
}

NetSocket::Wait NetSocket::startTls(const QString &peerName)
{
    if (!m_tls)
        return Wait::Closed; // constructed without tls: a caller's mistake, never a hang
    m_tls->setPeerVerifyName(peerName);
    m_tls->startClientEncryption();
    return spin([this] { return m_tls->isEncrypted(); }, -1);
}

} // namespace kb
