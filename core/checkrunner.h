#pragma once

#include "check.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <atomic>
#include <memory>

namespace kb {

// Runs checks concurrently on worker threads and reports on the thread the runner lives in.
// Each check has its own timeout: a check that does not answer in time is reported as an error
// at once (its late result is dropped), so one hung check never delays the others. cancel()
// reports every unfinished check as cancelled immediately and asks the running ones to stop.
class CheckRunner : public QObject
{
    Q_OBJECT
public:
    struct Item
    {
        QString stepId;
        CheckPtr check;
    };

    explicit CheckRunner(QObject *parent = nullptr);
    ~CheckRunner() override;

    void start(const QList<Item> &items, const CheckContext &context);
    void cancel();
    bool isRunning() const { return m_pending > 0; }
    // Scale every check's timeout (tests use small timeouts); 0 = use each check's own.
    void setTimeoutOverrideMs(int ms) { m_timeoutOverrideMs = ms; }

Q_SIGNALS:
    void stepStarted(const QString &stepId);
    void stepFinished(const QString &stepId, const kb::CheckResult &result);
    void progress(int done, int total);
    void finished();

private:
    void report(quint64 generation, const QString &stepId, CheckResult result);

    quint64 m_generation = 0;
    QSet<QString> m_open;     // steps of the current generation not reported yet
    int m_total = 0;
    int m_pending = 0;
    int m_timeoutOverrideMs = 0;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
};

} // namespace kb
