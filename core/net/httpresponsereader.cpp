#include "net/httpresponsereader.h"

#include "net/netsocket.h"
#include "net/proxytunnel.h"

#include <QCoreApplication>
#include <QIODevice>

namespace kb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::NetProbe)
};

// A chunk-size line is a hex number and perhaps an extension; nothing real comes near this.
constexpr qsizetype kMaxChunkLine = 1024;

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'f', ms % 1000 ? 1 : 0);
}

} // namespace

HttpResponseReader::HttpResponseReader(NetSocket &socket, const HttpRequest &request,
                                       const QElapsedTimer &clock, bool viaHttpProxy)
    : m_socket(socket), m_request(request), m_clock(clock), m_viaHttpProxy(viaHttpProxy)
{
}

bool HttpResponseReader::failWait(HttpResult &r, int wait, bool inBody)
{
    const auto w = NetSocket::Wait(wait);
    const bool nothingYet = r.firstByteMs < 0;
    switch (w) {
    case NetSocket::Wait::Cancelled:
        r.failedStage = HttpStage::Cancelled;
        r.code = QStringLiteral("cancelled");
        r.error = Tr::tr("Cancelled.");
        break;
    case NetSocket::Wait::Timeout:
        r.hungAt = nothingYet ? QStringLiteral("first-byte") : QStringLiteral("body");
        r.failedStage = HttpStage::Timeout;
        r.code = QStringLiteral("timeout");
        //: %1 = seconds, %2 = byte count
        r.error = Tr::tr("The request took longer than the %L1 s allowed (%L2 bytes of the answer had arrived).")
                      .arg(seconds(m_request.timeoutMs)).arg(r.bytes);
        break;
    case NetSocket::Wait::Stalled:
        r.hungAt = nothingYet ? (m_viaHttpProxy ? QStringLiteral("proxy") : QStringLiteral("first-byte"))
                              : QStringLiteral("body");
        if (nothingYet && m_viaHttpProxy) {
            r.failedStage = HttpStage::Proxy;
            r.code = QStringLiteral("proxy.silent");
            //: %1 = proxy description, %2 = seconds
            r.error = Tr::tr("The %1 accepted the request but sent nothing back for %L2 s.")
                          .arg(m_request.proxy.describe(), seconds(m_request.stallTimeoutMs));
        } else {
            r.failedStage = HttpStage::Stalled;
            r.code = QStringLiteral("stalled");
            r.error = inBody
                          //: %1 = seconds, %2 = byte count
                          ? Tr::tr("The download stalled: no byte arrived for %L1 s after %L2 bytes.")
                                .arg(seconds(m_request.stallTimeoutMs)).arg(r.bytes)
                          : Tr::tr("The server accepted the request but sent nothing back for %L1 s.")
                                .arg(seconds(m_request.stallTimeoutMs));
        }
        break;
    case NetSocket::Wait::Closed:
    case NetSocket::Wait::Ok:
        r.failedStage = HttpStage::Reset;
        r.code = QStringLiteral("reset");
        if (!inBody)
            r.error = Tr::tr("The connection was closed before a complete answer arrived.");
        else if (r.contentLength >= 0)
            //: %1 = bytes received, %2 = bytes announced
            r.error = Tr::tr("The connection was closed after %L1 of %L2 bytes.").arg(r.bytes).arg(r.contentLength);
        else
            r.error = Tr::tr("The connection was closed after %L1 bytes, before the end of the answer.")
                          .arg(r.bytes);
        break;
    }
    return false;
}

bool HttpResponseReader::readHead(HttpResult &r, qint64 sentAt, QString *location)
{
    QByteArray head;
    for (;;) { // loops over interim 1xx answers
        qsizetype end = -1;
        while ((end = m_buffer.indexOf("\r\n\r\n")) < 0) {
            if (m_buffer.size() > 64 * 1024)
                break;
            const NetSocket::Wait w = m_socket.readSome(m_buffer);
            if (w != NetSocket::Wait::Ok)
                return failWait(r, int(w), false);
            if (r.firstByteMs < 0)
                r.firstByteMs = m_clock.elapsed() - sentAt;
        }
        QString reason;
        const int status = end < 0 ? -1 : parseStatusLine(m_buffer, &reason);
        if (status < 0) {
            r.failedStage = HttpStage::Reset;
            r.code = QStringLiteral("http.garbled");
            r.error = Tr::tr("The answer is not HTTP.");
            return false;
        }
        head = m_buffer.left(end + 2);
        m_buffer.remove(0, end + 4);
        if (status >= 200 || status == 101) {
            r.status = status;
            r.reason = reason;
            break;
        }
    }

    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            if (ok && n >= 0)
                r.contentLength = n;
        } else if (name == "transfer-encoding") {
            m_chunked = value.toLower().contains("chunked");
        } else if (name == "location" && location) {
            *location = QString::fromUtf8(value);
        }
    }
    if (m_chunked)
        r.contentLength = -1;
    m_noBody = r.status == 204 || r.status == 304 || (r.status >= 100 && r.status < 200);

    if (m_viaHttpProxy && r.status == 407) {
        r.failedStage = HttpStage::ProxyAuth;
        r.code = QStringLiteral("proxy.auth");
        r.error = m_request.proxy.user.isEmpty()
                      ? Tr::tr("The %1 requires a user name and password (HTTP 407).").arg(m_request.proxy.describe())
                      : Tr::tr("The %1 rejected the user name or password (HTTP 407).").arg(m_request.proxy.describe());
        return false;
    }
    return true;
}

bool HttpResponseReader::deliver(HttpResult &r, const QByteArray &data)
{
    if (data.isEmpty())
        return true;
    if (r.bytes + data.size() > m_request.maxBodyBytes) {
        r.failedStage = HttpStage::TooLarge;
        r.code = QStringLiteral("toolarge");
        r.error = m_request.sink
                      //: %1 = byte limit
                      ? Tr::tr("The download is larger than the %L1 bytes expected; stopped.").arg(m_request.maxBodyBytes)
                      //: %1 = byte limit
                      : Tr::tr("The answer is larger than the %L1 bytes this check reads.").arg(m_request.maxBodyBytes);
        return false;
    }
    r.bytes += data.size();
    if (m_request.sink) {
        if (m_request.sink->write(data) != data.size()) {
            r.failedStage = HttpStage::Cancelled;
            r.code = QStringLiteral("sink.write");
            //: %1 = the system's error text
            r.error = Tr::tr("The download could not be written to disk: %1").arg(m_request.sink->errorString());
            return false;
        }
    } else {
        r.body += data;
    }
    if (m_request.progress)
        m_request.progress(r.bytes, r.contentLength);
    return true;
}

bool HttpResponseReader::readChunked(HttpResult &r)
{
    for (;;) {
        qsizetype eol;
        while ((eol = m_buffer.indexOf("\r\n")) < 0) {
            if (m_buffer.size() > kMaxChunkLine) { // a size line, not a body: stop here
                r.failedStage = HttpStage::Reset;
                r.code = QStringLiteral("http.garbled");
                r.error = Tr::tr("The answer's chunked body is damaged.");
                return false;
            }
            const NetSocket::Wait w = m_socket.readSome(m_buffer, kMaxChunkLine + 2 - m_buffer.size());
            if (w != NetSocket::Wait::Ok)
                return failWait(r, int(w), true);
        }
        QByteArray sizeLine = m_buffer.left(eol);
        const qsizetype semi = sizeLine.indexOf(';');
        if (semi >= 0)
            sizeLine.truncate(semi);
        bool ok = false;
        const qint64 size = sizeLine.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0) {
            r.failedStage = HttpStage::Reset;
            r.code = QStringLiteral("http.garbled");
            r.error = Tr::tr("The answer's chunked body is damaged.");
            return false;
        }
        m_buffer.remove(0, eol + 2);
        if (size == 0)
            return true; // trailers are ignored: Connection: close ends the exchange
        qint64 left = size;
        while (left > 0) {
            if (m_buffer.isEmpty()) {
                const NetSocket::Wait w = m_socket.readSome(m_buffer);
                if (w != NetSocket::Wait::Ok)
                    return failWait(r, int(w), true);
            }
            const QByteArray piece = m_buffer.left(left);
            m_buffer.remove(0, piece.size());
            left -= piece.size();
            if (!deliver(r, piece))
                return false;
        }
        while (m_buffer.size() < 2) {
            const NetSocket::Wait w = m_socket.readSome(m_buffer);
            if (w != NetSocket::Wait::Ok)
                return failWait(r, int(w), true);
        }
        m_buffer.remove(0, 2);
    }
}

bool HttpResponseReader::readBody(HttpResult &r)
{
    if (m_noBody)
        return true;
    if (r.contentLength > m_request.maxBodyBytes) {
        r.failedStage = HttpStage::TooLarge;
        r.code = QStringLiteral("toolarge");
        r.error = m_request.sink
                      //: %1 = announced size, %2 = byte limit
                      ? Tr::tr("The download announces %L1 bytes, more than the %L2 bytes expected.")
                            .arg(r.contentLength).arg(m_request.maxBodyBytes)
                      //: %1 = announced size, %2 = byte limit
                      : Tr::tr("The answer announces %L1 bytes, more than the %L2 bytes this check reads.")
                            .arg(r.contentLength).arg(m_request.maxBodyBytes);
        return false;
    }
    if (m_chunked)
        return readChunked(r);
    for (;;) {
        QByteArray data = m_buffer;
        m_buffer.clear();
        if (r.contentLength >= 0 && r.bytes + data.size() > r.contentLength)
            data.truncate(r.contentLength - r.bytes);
        if (!deliver(r, data))
            return false;
        if (r.contentLength >= 0 && r.bytes >= r.contentLength)
            return true;
        const NetSocket::Wait w = m_socket.readSome(m_buffer);
        if (w == NetSocket::Wait::Closed && r.contentLength < 0)
            return true; // no length: the server ends the body by closing
        if (w != NetSocket::Wait::Ok)
            return failWait(r, int(w), true);
    }
}

} // namespace kb
