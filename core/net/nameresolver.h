#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

namespace kb {

// Name resolution used by every network check. Tests point it at a local map (or set
// KBWIZARD_HOSTS_MAP to a hosts-style file: "address name [name...]" per line, '#' comments);
// while a map is active, names not in it fail as "not found", so no test ever reaches real DNS.
class NameResolver
{
public:
    struct Result
    {
        QList<QHostAddress> addresses;
        QString error;       // empty on success
        qint64 elapsedMs = 0;
        bool timedOut = false; // no answer within the timeout (a name server that never answers)
    };
    static Result resolve(const QString &host, int timeoutMs);
    // Names resolve only from `map` (the demo's simulated network, tests). `lookupDelayMs`: how
    // long each lookup of a name that is not a loopback name takes, found or not (a DNS round
    // trip); a lookup with a shorter timeout then times out.
    static void setOverride(const QHash<QString, QList<QHostAddress>> &map, int lookupDelayMs = 0);
    static void clearOverride();
    static bool isOverridden();
    // False while an override (the demo) is on and `address` is neither loopback nor one of the
    // override's own addresses: the demo never sends a packet off this machine (IP literals
    // typed by the user or found in an INI included).
    static bool mayConnect(const QHostAddress &address);

    // Connections to `from` (any port) go to `to`:`toPort` instead. The demo server uses this
    // to serve its simulated Trend Micro hosts (resolved to documentation addresses) from a
    // loopback server, so the demo never sends a packet off this machine.
    static void addConnectRedirect(const QHostAddress &from, const QHostAddress &to, quint16 toPort);
    // The same for one port only (a simulated service that listens while it runs).
    static void setPortRedirect(const QHostAddress &from, quint16 fromPort, const QHostAddress &to,
                                quint16 toPort, bool enabled);
    static void clearConnectRedirects();
    // Where a connection to address:port really goes.
    static QPair<QHostAddress, quint16> connectTarget(const QHostAddress &address, quint16 port);
};

} // namespace kb
