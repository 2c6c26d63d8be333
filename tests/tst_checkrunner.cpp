// CheckRunner: concurrent, per-check timeout, cancel, a hung check never delays the others.
#include "checkrunner.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

using namespace kb;

namespace {

// Blocks until released (or cancelled), records the thread it ran on.
class GateCheck : public Check
{
public:
    explicit GateCheck(Status s, QSemaphore *gate = nullptr, int timeoutMs = 10000)
        : m_status(s), m_gate(gate), m_timeout(timeoutMs) {}
    CheckResult run(const CheckContext &ctx) const override
    {
        thread = QThread::currentThread();
        if (m_gate) {
            while (!m_gate->tryAcquire(1, 10))
                if (ctx.isCancelled())
                    return CheckResult::make(Status::Error, QStringLiteral("stopped"));
        }
        return CheckResult::make(m_status, QStringLiteral("done"));
    }
    int timeoutMs() const override { return m_timeout; }
    mutable QThread *thread = nullptr;

private:
    Status m_status;
    QSemaphore *m_gate;
    int m_timeout;
};

// Never returns by itself (a hung system call), only when the test lets it go.
class HungCheck : public Check
{
public:
    explicit HungCheck(QSemaphore *release) : m_release(release) {}
    CheckResult run(const CheckContext &) const override
    {
        m_release->acquire();
        return CheckResult::make(Status::Pass, QStringLiteral("late"));
    }
    int timeoutMs() const override { return 300; }

private:
    QSemaphore *m_release;
};

QHash<QString, CheckResult> collect(const QSignalSpy &spy)
{
    QHash<QString, CheckResult> out;
    for (const QList<QVariant> &args : spy)
        out.insert(args.at(0).toString(), args.at(1).value<CheckResult>());
    return out;
}

} // namespace

class tst_CheckRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsOffTheUiThreadAndReportsAll()
    {
        CheckRunner runner;
        QSignalSpy finished(&runner, &CheckRunner::stepFinished);
        QSignalSpy done(&runner, &CheckRunner::finished);
        QSignalSpy progress(&runner, &CheckRunner::progress);
        auto a = std::make_shared<GateCheck>(Status::Pass);
        auto b = std::make_shared<GateCheck>(Status::Fail);
        runner.start({{QStringLiteral("a"), a}, {QStringLiteral("b"), b}}, CheckContext());
        QVERIFY(runner.isRunning());
        QVERIFY(done.wait(5000));
        QCOMPARE(finished.count(), 2);
        const auto results = collect(finished);
        QCOMPARE(results.value(QStringLiteral("a")).status, Status::Pass);
        QCOMPARE(results.value(QStringLiteral("b")).status, Status::Fail);
        QVERIFY(a->thread && a->thread != QThread::currentThread());
        QCOMPARE(progress.last().at(0).toInt(), 2);
        QCOMPARE(progress.last().at(1).toInt(), 2);
        QVERIFY(!runner.isRunning());
    }

    void checksRunConcurrently()
    {
        // Both checks wait for the same gate, which is released only once both are inside:
        // sequential execution would never get there and would hit the timeout instead.
        CheckRunner runner;
        QSemaphore gate, inside;
        struct Rendezvous : Check
        {
            QSemaphore *gate, *inside;
            CheckResult run(const CheckContext &) const override
            {
                inside->release();
                return gate->tryAcquire(1, 5000) ? CheckResult::make(Status::Pass, QString())
                                                 : CheckResult::make(Status::Fail, QString());
            }
        };
        auto c1 = std::make_shared<Rendezvous>();
        auto c2 = std::make_shared<Rendezvous>();
        c1->gate = c2->gate = &gate;
        c1->inside = c2->inside = &inside;
        QSignalSpy finished(&runner, &CheckRunner::stepFinished);
        QSignalSpy done(&runner, &CheckRunner::finished);
        runner.start({{QStringLiteral("1"), c1}, {QStringLiteral("2"), c2}}, CheckContext());
        QVERIFY(inside.tryAcquire(2, 5000)); // both are running at the same time
        gate.release(2);
        QVERIFY(done.wait(5000));
        for (const CheckResult &r : collect(finished))
            QCOMPARE(r.status, Status::Pass);
    }

    void hungCheckTimesOutWithoutDelayingOthers()
    {
        CheckRunner runner;
        QSemaphore release;
        QSignalSpy finished(&runner, &CheckRunner::stepFinished);
        QSignalSpy done(&runner, &CheckRunner::finished);
        runner.start({{QStringLiteral("hung"), std::make_shared<HungCheck>(&release)},
                      {QStringLiteral("quick"), std::make_shared<GateCheck>(Status::Pass)}},
                     CheckContext());
        // The quick one is reported while the hung one is still blocked.
        QTRY_VERIFY(collect(finished).contains(QStringLiteral("quick")));
        QVERIFY(!collect(finished).contains(QStringLiteral("hung")));
        QVERIFY(done.wait(5000));
        const CheckResult hung = collect(finished).value(QStringLiteral("hung"));
        QCOMPARE(hung.status, Status::Error);
        QVERIFY(hung.message.contains(QStringLiteral("did not finish")));
        // Its late result is dropped.
        release.release();
        QTest::qWait(50);
        QCOMPARE(finished.count(), 2);
    }

    void cancelReportsOpenChecksAtOnce()
    {
        CheckRunner runner;
        QSemaphore never;
        auto slow = std::make_shared<GateCheck>(Status::Pass, &never);
        QSignalSpy finished(&runner, &CheckRunner::stepFinished);
        QSignalSpy done(&runner, &CheckRunner::finished);
        runner.start({{QStringLiteral("slow"), slow}}, CheckContext());
        runner.cancel();
        QCOMPARE(done.count(), 1);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(collect(finished).value(QStringLiteral("slow")).status, Status::Error);
        QVERIFY(collect(finished).value(QStringLiteral("slow")).message.contains(QStringLiteral("Cancelled")));
        QTest::qWait(50); // the worker saw the flag and stopped; nothing more is reported
        QCOMPARE(finished.count(), 1);
    }

    void restartDropsTheOldGeneration()
    {
        CheckRunner runner;
        QSemaphore gate;
        QSignalSpy finished(&runner, &CheckRunner::stepFinished);
        runner.start({{QStringLiteral("old"), std::make_shared<GateCheck>(Status::Fail, &gate)}}, CheckContext());
        QSignalSpy done(&runner, &CheckRunner::finished);
        runner.start({{QStringLiteral("new"), std::make_shared<GateCheck>(Status::Pass)}}, CheckContext());
        gate.release();
        QVERIFY(done.wait(5000));
        QTest::qWait(50);
        const auto results = collect(finished);
        QVERIFY(results.contains(QStringLiteral("new")));
        QVERIFY(!results.contains(QStringLiteral("old")));
    }
};

QTEST_GUILESS_MAIN(tst_CheckRunner)
#include "tst_checkrunner.moc"
