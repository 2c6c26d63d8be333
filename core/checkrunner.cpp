#include "checkrunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace kb {

namespace {

// A pool of its own, never destroyed: a check hung in a system call must not make the
// application wait for it at exit.
QThreadPool *checkPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(32);
        p->setExpiryTimeout(5000);
        return p;
    }();
    return pool;
}

} // namespace

CheckRunner::CheckRunner(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<kb::CheckResult>();
}

CheckRunner::~CheckRunner()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

void CheckRunner::start(const QList<Item> &items, const CheckContext &context)
{
    if (m_cancelled)
        m_cancelled->store(true); // a previous run's checks stop; their results are ignored
    const quint64 generation = ++m_generation;
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    m_open.clear();
    m_total = int(items.size());
    m_pending = m_total;
    for (const Item &item : items)
        m_open.insert(item.stepId);

    if (items.isEmpty()) {
        QTimer::singleShot(0, this, &CheckRunner::finished);
        return;
    }
    Q_EMIT progress(0, m_total);

    for (const Item &item : items) {
        Q_EMIT stepStarted(item.stepId);
        CheckContext ctx = context;
        auto flag = m_cancelled;
        ctx.cancelled = flag.get();
        const CheckPtr check = item.check;
        auto *watcher = new QFutureWatcher<CheckResult>(this);
        const QString stepId = item.stepId;
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, stepId] {
            const CheckResult r = watcher->future().result();
            watcher->deleteLater();
            report(generation, stepId, r);
        });
        // `flag` is captured by value so the atomic outlives this runner's generation.
        watcher->setFuture(QtConcurrent::run(checkPool(), [ctx, check, flag]() {
            QElapsedTimer timer;
            timer.start();
            CheckResult r = check->run(ctx);
            r.durationMs = timer.elapsed();
            return r;
        }));
        const int timeout = m_timeoutOverrideMs > 0 ? m_timeoutOverrideMs : check->timeoutMs();
        QTimer::singleShot(timeout, this, [this, generation, stepId, timeout] {
            CheckResult r = CheckResult::make(
                Status::Error,
                QCoreApplication::translate("kb::CheckRunner",
                                            "The check did not finish within %1 seconds.")
                    .arg(timeout / 1000.0, 0, 'f', 1));
            r.durationMs = timeout;
            report(generation, stepId, r);
        });
    }
}

void CheckRunner::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
    const quint64 generation = m_generation;
    const QStringList open(m_open.cbegin(), m_open.cend());
    for (const QString &stepId : open)
        report(generation, stepId,
               CheckResult::make(Status::Error, QCoreApplication::translate(
                                                    "kb::CheckRunner", "Cancelled by the user.")));
}

void CheckRunner::report(quint64 generation, const QString &stepId, CheckResult result)
{
    if (generation != m_generation || !m_open.remove(stepId))
        return; // stale, or already reported (timed out / cancelled)
    --m_pending;
    Q_EMIT stepFinished(stepId, result);
    Q_EMIT progress(m_total - m_pending, m_total);
    if (m_pending == 0)
        Q_EMIT finished();
}

} // namespace kb
