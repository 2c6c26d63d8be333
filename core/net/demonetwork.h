#pragma once

#include "kberror.h"

#include <QString>

namespace kb {

// The demo server's simulated network. `<sandbox>/network/hosts.json` lists the host names the
// demo knows:
//   { "dnsDelayMs": 40,
//     "hosts": { "<name>": { "address": "198.51.100.10", "site": "<folder>", "delayMs": 120 }, ... } }
// While the demo is the target, names resolve only from that list (any other name is "not
// found", so nothing reaches the internet), and connections to a listed address are answered
// by a loopback HTTP server that serves `<sandbox>/network/sites/<folder>/<path>` by the
// request's Host header (only files whose canonical path lies inside that site folder: a
// target not starting with "/", with "."/".." segments, ":", backslashes or control
// characters gets 403, a link leading out of the site too; anything else missing, 404), each answer after the host's "delayMs" (default 0; a real server's
// round trips, so the demo's checks take as long as they would on a WAN); every lookup of a
// name that is not a loopback name takes "dnsDelayMs" (default 0), found or not. A name without "site" resolves but is not redirected: it must then
// be a loopback address (e.g. localhost for the LWCS status page, where nothing listens while
// the service is stopped).
namespace DemoNetwork {

// Starts (once per process) or re-points the simulated network at `sandbox`.
// `hosts.json` may also list services that listen while they run:
//   "services": { "TMLWCSService": { "listen": "127.0.0.1:5274", "host": "localhost", "site": "lwcs" } }
// Their port is answered by the demo server only while the demo host says the service is
// RUNNING; otherwise nothing listens there (connection refused), as on a real server.
KbError activate(const QString &sandbox);
// Called by DemoHost when a service starts or stops.
void setServiceRunning(const QString &service, bool running);
void deactivate();
bool isActive();
quint16 port(); // the loopback server's port, 0 when inactive

} // namespace DemoNetwork

} // namespace kb
