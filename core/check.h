#pragma once

#include "checkresult.h"
#include "target.h"

#include <QCoreApplication>
#include <atomic>
#include <functional>
#include <memory>

namespace kb {

class Host;
class NetworkEnvironment;

// What a check (or a fix) may use. Checks run on worker threads: everything here is either
// immutable or thread-safe (Host implementations are).
struct CheckContext
{
    Target target;
    Host *host = nullptr;
    // Keeps `host` alive for a check or fix that outlives the session's choice of host (a
    // cancelled check still running, the wizard closing during an apply).
    std::shared_ptr<Host> hostOwner;
    const std::atomic<bool> *cancelled = nullptr; // poll in long loops; may be null
    // Progress of long work inside a fix (a download), called on the worker thread; may be
    // empty. `total` is -1 when unknown; `what` names the item being worked on.
    std::function<void(qint64 done, qint64 total, const QString &what)> progress;

    bool isCancelled() const { return cancelled && cancelled->load(); }
    void reportProgress(qint64 done, qint64 total, const QString &what) const
    {
        if (progress)
            progress(done, total, what);
    }
};

// A diagnostic. run() is synchronous and is called on a worker thread by CheckRunner; it must
// not touch widgets and must not modify anything.
class Check
{
public:
    virtual ~Check() = default;
    virtual CheckResult run(const CheckContext &ctx) const = 0;
    // Upper bound the runner allows before it reports "timed out" (the late result is dropped).
    virtual int timeoutMs() const { return 15000; }
    // True when the check needs the host backend (services, ACLs, IIS, registry).
    virtual bool needsHost() const { return false; }
};

using CheckPtr = std::shared_ptr<const Check>;

} // namespace kb
