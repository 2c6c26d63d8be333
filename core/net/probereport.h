#pragma once

#include "checkresult.h"
#include "net/netprobe.h"

namespace kb {

// Turns one httpGet() into evidence rows a technician can paste into a ticket: one row per
// stage (name resolution, TCP connect, proxy handshake, TLS, the GET itself) with its measured
// time, the failing stage marked, the stages after it "not reached". Never shows a password.
class ProbeReport
{
public:
    static QList<EvidenceRow> rows(const HttpRequest &request, const HttpResult &result);
    // "DNS 2 ms, connect 1 ms, first byte 4 ms, total 9 ms"
    static QString timings(const HttpResult &result);
    // The GET's URL for display (no user info).
    static QString displayUrl(const QUrl &url);
};

} // namespace kb
