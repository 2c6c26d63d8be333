#pragma once

#include "check.h"

#include <QStringList>

namespace kb {

struct HttpResult;

// The Local Web Classification Server's status page, fetched as the article does it from a
// browser without a proxy: GET http://<server>:<port><path> for each path. Passes when one of
// them answers HTTP 200. Evidence: where the port came from, then per URL the status code and
// the page's text, or what failed (refused, no answer, name not resolved, HTTP error).
class LwcsStatusCheck final : public Check
{
public:
    struct Options
    {
        QString portFile;        // relative to PCCSRV, e.g. "Private/ofcserver.ini"
        QString portSection;
        QString portKey;
        QString portNote;        // e.g. "key [inferred]"
        quint16 defaultPort = 0; // used when the key is absent or not a port number
        QString defaultNote;     // e.g. "default 5274 [article]"
        QStringList paths;       // "/lwcsstatus/isapiLWCSStatus.dll", "/lwcsstatus"
        int requestTimeoutMs = 10000; // per URL
        int stallTimeoutMs = 8000;
    };

    explicit LwcsStatusCheck(Options options) : m_options(std::move(options)) {}
    CheckResult run(const CheckContext &ctx) const override;
    int timeoutMs() const override;
    const Options &options() const { return m_options; }

    // The host the status page is asked for: the target's server, or "localhost" when the
    // target is on this machine.
    static QString hostFor(const Target &target);
    // "HTTP 200 OK" / "connection refused: ..." / "no answer within 8 s" ...: one line.
    static QString describeResult(const HttpResult &r, int stallTimeoutMs);
    // The visible text of an HTML page, whitespace collapsed, at most `maxChars` characters.
    static QString pageText(const QByteArray &body, int maxChars = 300);

private:
    Options m_options;
};

} // namespace kb
