#pragma once

#include "net/httptypes.h"

#include <QElapsedTimer>

namespace kb {

class NetSocket;

// Reads one HTTP/1.1 response (head, then a Content-Length, chunked or until-close body) from a
// socket after httpGet() sent the request, filling `result` (status, reason, body or sink,
// bytes, contentLength, firstByteMs) and classifying failures (Stalled, Timeout, Reset,
// TooLarge, Cancelled; Proxy / ProxyAuth when `viaHttpProxy` and the proxy answered itself).
class HttpResponseReader
{
public:
    HttpResponseReader(NetSocket &socket, const HttpRequest &request, const QElapsedTimer &clock,
                       bool viaHttpProxy);

    // Returns false when the exchange failed (result.failedStage says where). On success
    // `location` holds the Location header of a redirect status, if any.
    bool readHead(HttpResult &result, qint64 requestSentAtMs, QString *location);
    bool readBody(HttpResult &result);

private:
    bool deliver(HttpResult &result, const QByteArray &data);
    bool failWait(HttpResult &result, int wait, bool inBody);
    bool readChunked(HttpResult &result);

    NetSocket &m_socket;
    const HttpRequest &m_request;
    const QElapsedTimer &m_clock;
    bool m_viaHttpProxy;
    QByteArray m_buffer; // bytes read past the head
    bool m_chunked = false;
    bool m_noBody = false;
};

} // namespace kb
