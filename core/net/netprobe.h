#pragma once

#include "net/httptypes.h"
#include "net/nameresolver.h"

namespace kb {

// A blocking GET for worker threads (never call it on the UI thread): resolves through
// NameResolver, connects (timed), then sends the request (timed to first byte and to the end),
// following redirects. Honours `cancelled` within ~50 ms.
HttpResult httpGet(const HttpRequest &request);

} // namespace kb
