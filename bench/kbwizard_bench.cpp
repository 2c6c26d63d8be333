// The benchmark of issue #8. A QTest program (not a test: it is not registered with ctest and
// never fails on a time); each function measures one thing, reports it to QTest as its
// benchmark result and adds a row to the table printed at the end. See bench/README.md.
//
//   kbwizard_bench [-runs N] [QTest options]
#include "articles/articles.h"
#include "demosandbox.h"
#include "host/hostfactory.h"
#include "installation.h"
#include "report/report.h"
#include "reportprinter.h"
#include "session.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

int g_runs = 5;

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2;
}

// A fresh, never used folder under the bench's temporary directory.
QString freshPath(const QTemporaryDir &tmp, const QString &stem)
{
    static int counter = 0;
    return tmp.filePath(QStringLiteral("%1-%2").arg(stem).arg(++counter));
}

QString fmt(double v, int decimals = 1) { return QString::number(v, 'f', decimals); }

QString listOf(const QList<double> &v, int decimals = 0)
{
    QStringList parts;
    for (double d : v)
        parts << fmt(d, decimals);
    return parts.join(QLatin1Char(' '));
}

struct Row
{
    QString what;
    QString value;
    QString note;
};
QList<Row> g_rows;

void addRow(const QString &what, const QString &value, const QString &note = QString())
{
    g_rows.append({what, value, note});
    std::printf("  %s: %s%s\n", qPrintable(what), qPrintable(value),
                note.isEmpty() ? "" : qPrintable(QStringLiteral("  (%1)").arg(note)));
    std::fflush(stdout);
}

// ---- child processes ----------------------------------------------------------------------
// posix_spawn + wait4, so the child's own peak memory (ru_maxrss) is known.

struct ChildRun
{
    double msToMarker = -1;  // process start -> the marker line on stdout, or the file appeared
    double msToMarker2 = -1; // process start -> the second marker line on stdout
    double msTotal = -1;     // process start -> exit (or kill)
    long maxRssKb = 0;       // the child's peak resident set (ru_maxrss)
    int status = -1;
    QByteArray out;
    bool ok() const { return WIFEXITED(status) && WEXITSTATUS(status) == 0; }
};

// Runs `argv` with stdout on a pipe and stderr to /dev/null. Stops waiting for the marker once
// the line `marker` appears on stdout or a *.png appears in `pngDir` (then the child is killed
// unless it exits by itself), or after `timeoutMs`.
ChildRun runChild(const QStringList &argv, const QByteArray &marker, const QString &pngDir = QString(),
                  int timeoutMs = 120000, const QByteArray &marker2 = QByteArray())
{
    ChildRun r;
    int fds[2];
    if (pipe(fds) != 0)
        return r;
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, fds[1], 1);
    posix_spawn_file_actions_addclose(&fa, fds[0]);
    posix_spawn_file_actions_addclose(&fa, fds[1]);
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    QList<QByteArray> args;
    for (const QString &a : argv)
        args << QFile::encodeName(a);
    QList<char *> cargs;
    for (QByteArray &a : args)
        cargs << a.data();
    cargs << nullptr;

    QElapsedTimer clock;
    clock.start();
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, cargs.at(0), &fa, nullptr, cargs.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    close(fds[1]);
    if (rc != 0) {
        close(fds[0]);
        std::fprintf(stderr, "cannot start %s: %s\n", cargs.at(0), std::strerror(rc));
        return r;
    }
    bool eof = false, killed = false;
    while (!eof) {
        pollfd p{fds[0], POLLIN, 0};
        const int n = poll(&p, 1, pngDir.isEmpty() ? 100 : 5);
        if (n > 0) {
            char buf[4096];
            const ssize_t got = read(fds[0], buf, sizeof buf);
            if (got <= 0) {
                eof = true;
            } else {
                r.out.append(buf, got);
                if (r.msToMarker < 0 && !marker.isEmpty() && r.out.contains(marker + '\n'))
                    r.msToMarker = clock.nsecsElapsed() / 1e6;
                if (r.msToMarker2 < 0 && !marker2.isEmpty() && r.out.contains(marker2 + '\n'))
                    r.msToMarker2 = clock.nsecsElapsed() / 1e6;
            }
        }
        if (r.msToMarker < 0 && !pngDir.isEmpty()
            && !QDir(pngDir).entryList({QStringLiteral("*.png")}, QDir::Files).isEmpty()) {
            r.msToMarker = clock.nsecsElapsed() / 1e6;
            kill(pid, SIGKILL);
            killed = true;
        }
        if (!killed && clock.elapsed() > timeoutMs) {
            kill(pid, SIGKILL);
            killed = true;
        }
    }
    close(fds[0]);
    rusage ru{};
    while (wait4(pid, &r.status, 0, &ru) < 0 && errno == EINTR) { }
    r.msTotal = clock.nsecsElapsed() / 1e6;
    r.maxRssKb = ru.ru_maxrss;
    return r;
}

QString binDir() { return QStringLiteral(KBWIZARD_BENCH_BIN_DIR); }
QString appBin() { return QStringLiteral(KBWIZARD_BENCH_APP_BIN); }

// ---- in-process diagnosis ----------------------------------------------------------------

struct DiagRun
{
    double wallMs = 0;
    double slowestMs = 0;
    QString slowestStep;
    int steps = 0;
};

bool targetFor(const QList<kb::Target> &targets, const kb::Article &article, kb::Target *out)
{
    for (const kb::Target &t : targets)
        if (article.appliesTo(t.product)) {
            *out = t;
            return true;
        }
    return false;
}

// Diagnoses `articleId` on `session` (whose installations are set) with the demo host.
DiagRun diagnose(kb::Session &session, const QString &articleId)
{
    DiagRun d;
    const kb::Article *article = kb::findArticle(session.articles(), articleId);
    kb::Target target;
    if (!article || !targetFor(session.installations(), *article, &target))
        return d;
    session.setRequestedHostKind(kb::HostKind::Demo);
    if (const kb::KbError error = session.useInstallation(target, session.installations()))
        qFatal("useInstallation: %s", qPrintable(error.toString()));
    session.setArticleId(articleId);
    QEventLoop loop;
    QObject::connect(&session, &kb::Session::diagnosisFinished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    session.startDiagnosis();
    if (session.isDiagnosing())
        loop.exec();
    d.wallMs = clock.nsecsElapsed() / 1e6;
    if (const kb::ArticleRun *run = session.currentRun()) {
        d.steps = int(run->steps.size());
        for (const kb::StepRun &s : run->steps)
            if (s.result.durationMs >= d.slowestMs) {
                d.slowestMs = double(s.result.durationMs);
                d.slowestStep = s.stepId;
            }
    }
    return d;
}

QList<kb::Target> freshDemo(const QString &dir, kb::Session &session)
{
    kb::KbError error;
    const QString root = kb::DemoSandbox::create(dir, &error);
    if (error)
        qFatal("DemoSandbox::create: %s", qPrintable(error.toString()));
    const QList<kb::Target> targets = kb::Installation::findUnder(root, &error);
    if (error)
        qFatal("findUnder: %s", qPrintable(error.toString()));
    session.setDemoSandbox(root);
    session.setInstallations(targets);
    return targets;
}

} // namespace

class KbWizardBench : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        std::printf("kbwizard_bench: %d runs per measurement, QT_QPA_PLATFORM=%s\n", g_runs,
                    qgetenv("QT_QPA_PLATFORM").constData());
    }

    // 1. Cold start: process start -> first page painted, the real kbwizard binary (its
    // KBWIZARD_FIRST_PAINT hook prints "painted" from the wizard's first paint event and "ready"
    // once the demo is copied and its installations listed) vs. a bare QWizard.
    void coldStart()
    {
        const QString bare = binDir() + QStringLiteral("/bare_wizard");
        QVERIFY(QFileInfo::exists(bare));
        QVERIFY(QFileInfo::exists(appBin()));
        QList<double> tBare, tKb, tReady, rssBare, rssKb;
        qputenv("KBWIZARD_FIRST_PAINT", "1");
        for (int i = -1; i < g_runs; ++i) { // run -1 warms the page cache and is discarded
            const ChildRun b = runChild({bare}, "shown");
            const QString demo = freshPath(m_tmp, QStringLiteral("cold"));
            const ChildRun k = runChild({appBin(), QStringLiteral("--demo-dir"), demo}, "painted", QString(),
                                        120000, "ready");
            QVERIFY2(b.msToMarker > 0, "bare_wizard did not show its page");
            QVERIFY2(k.msToMarker > 0 && k.msToMarker2 > 0, "kbwizard did not show its page");
            if (i < 0)
                continue;
            tBare << b.msToMarker;
            tKb << k.msToMarker;
            tReady << k.msToMarker2;
            rssBare << b.maxRssKb / 1024.0;
            rssKb << k.maxRssKb / 1024.0;
        }
        qunsetenv("KBWIZARD_FIRST_PAINT");
        const double mb = median(tBare), mk = median(tKb);
        addRow(QStringLiteral("cold start, bare QWizard (ms)"), fmt(mb), listOf(tBare));
        addRow(QStringLiteral("cold start, kbwizard --demo-dir: first page painted (ms)"), fmt(mk), listOf(tKb));
        addRow(QStringLiteral("cold start ratio KB Wizard / bare (target <= 1.5)"), fmt(mk / mb, 2));
        addRow(QStringLiteral("kbwizard --demo-dir: demo copied, installations listed (ms)"), fmt(median(tReady)),
               QStringLiteral("ratio to bare %1; %2").arg(fmt(median(tReady) / mb, 2), listOf(tReady)));
        addRow(QStringLiteral("peak RSS at first page, bare / KB Wizard (MiB)"),
               fmt(median(rssBare)) + QStringLiteral(" / ") + fmt(median(rssKb)));
    }

    // 2. Diagnosis of each article vs. its slowest single check (checks run in parallel).
    void diagnosis()
    {
        kb::Session probe;
        QStringList ids;
        for (const kb::Article &a : probe.articles())
            ids << a.id;
        QCOMPARE(ids.size(), 3);
        for (const QString &id : ids) {
            QList<double> wall, slowest, ratio;
            QString slowStep;
            int steps = 0;
            for (int i = 0; i < g_runs; ++i) {
                kb::Session session;
                freshDemo(freshPath(m_tmp, QStringLiteral("diag-") + id), session);
                const DiagRun d = diagnose(session, id);
                QVERIFY2(d.steps > 0, qPrintable(id));
                wall << d.wallMs;
                slowest << d.slowestMs;
                if (d.slowestMs > 0) // durationMs is whole milliseconds
                    ratio << d.wallMs / d.slowestMs;
                slowStep = d.slowestStep;
                steps = d.steps;
            }
            const double r = median(ratio);
            addRow(QStringLiteral("diagnosis %1: wall / slowest check (ms)").arg(id),
                   fmt(median(wall)) + QStringLiteral(" / ") + fmt(median(slowest), 0),
                   QStringLiteral("%1 steps, slowest %2").arg(steps).arg(slowStep));
            addRow(QStringLiteral("diagnosis %1: ratio (target <= 1.2)").arg(id),
                   ratio.isEmpty() ? QStringLiteral("n/a") : fmt(r, 2),
                   ratio.isEmpty() ? QStringLiteral("every check took < 1 ms (durationMs 0)")
                                   : QStringLiteral("runs: %1").arg(listOf(ratio, 2)));
        }

        // All three back to back on one sandbox, as `--article all` does.
        QList<double> sum, slowestAll;
        for (int i = 0; i < g_runs; ++i) {
            kb::Session session;
            freshDemo(freshPath(m_tmp, QStringLiteral("diag-all")), session);
            double s = 0, slow = 0;
            for (const QString &id : ids) {
                const DiagRun d = diagnose(session, id);
                s += d.wallMs;
                slow = std::max(slow, d.slowestMs);
            }
            sum << s;
            slowestAll << slow;
        }
        addRow(QStringLiteral("diagnosis, all three back to back (ms)"), fmt(median(sum)),
               QStringLiteral("slowest single check %1 ms; runs %2")
                   .arg(fmt(median(slowestAll), 0), listOf(sum)));
    }

    // 2b. The full diagnosis of all three articles at once (one Session per article on one
    // sandbox, all started together) vs. the slowest single check among them: the engine's
    // overhead over the one check nobody can make faster. Target <= 1.2.
    void diagnosisAllAtOnce()
    {
        QList<double> wall, slowestAll, ratio;
        QString slowStep;
        for (int i = 0; i < g_runs; ++i) {
            const QString dir = freshPath(m_tmp, QStringLiteral("diag-once"));
            std::vector<std::unique_ptr<kb::Session>> sessions;
            QList<kb::Target> targets;
            for (int a = 0; a < 3; ++a) {
                sessions.push_back(std::make_unique<kb::Session>());
                if (a == 0) {
                    targets = freshDemo(dir, *sessions.back());
                } else {
                    sessions.back()->setDemoSandbox(sessions.front()->demoSandbox());
                    sessions.back()->setInstallations(targets);
                }
            }
            int running = 0;
            QEventLoop loop;
            QElapsedTimer clock;
            clock.start();
            for (int a = 0; a < 3; ++a) {
                kb::Session &s = *sessions[size_t(a)];
                const kb::Article &article = s.articles().at(a);
                kb::Target target;
                QVERIFY(targetFor(s.installations(), article, &target));
                s.setRequestedHostKind(kb::HostKind::Demo);
                const kb::KbError error = s.useInstallation(target, s.installations());
                QVERIFY2(!error, qPrintable(error.toString()));
                s.setArticleId(article.id);
                QObject::connect(&s, &kb::Session::diagnosisFinished, &loop, [&] {
                    if (--running == 0)
                        loop.quit();
                });
                ++running;
                s.startDiagnosis();
            }
            if (running > 0)
                loop.exec();
            const double w = clock.nsecsElapsed() / 1e6;
            double slow = 0;
            for (const auto &s : sessions)
                for (const kb::StepRun &st : s->currentRun()->steps)
                    if (st.result.durationMs >= slow) {
                        slow = double(st.result.durationMs);
                        slowStep = s->articleId() + QLatin1Char('/') + st.stepId;
                    }
            wall << w;
            slowestAll << slow;
            if (slow > 0)
                ratio << w / slow;
        }
        addRow(QStringLiteral("diagnosis, all three at once: wall / slowest check (ms)"),
               fmt(median(wall)) + QStringLiteral(" / ") + fmt(median(slowestAll), 0),
               QStringLiteral("slowest %1").arg(slowStep));
        addRow(QStringLiteral("diagnosis, all three at once: ratio (target <= 1.2)"),
               ratio.isEmpty() ? QStringLiteral("n/a") : fmt(median(ratio), 2),
               QStringLiteral("runs: %1").arg(listOf(ratio, 2)));
    }

    // 3. PDF export of the full report (all three articles diagnosed).
    void pdfExport()
    {
        kb::Session session;
        freshDemo(freshPath(m_tmp, QStringLiteral("pdf-demo")), session);
        for (const kb::Article &a : QList<kb::Article>(session.articles()))
            QVERIFY(diagnose(session, a.id).steps > 0);
        QElapsedTimer clock;
        clock.start();
        const QJsonObject report = kb::Report::build(session);
        const double buildMs = clock.nsecsElapsed() / 1e6;
        QList<double> t;
        int pages = 0;
        qint64 bytes = 0;
        for (int i = -1; i < g_runs; ++i) { // run -1 loads fonts and is discarded
            const QString path = m_tmp.filePath(QStringLiteral("report-%1.pdf").arg(i + 1));
            clock.restart();
            const kb::KbError e = kb::ReportPrinter::writePdf(report, path, QPageSize(QPageSize::A4), &pages);
            const double ms = clock.nsecsElapsed() / 1e6;
            QVERIFY2(!e, qPrintable(e.toString()));
            bytes = QFileInfo(path).size();
            if (i >= 0)
                t << ms;
        }
        addRow(QStringLiteral("PDF export, full report (ms)"), fmt(median(t)),
               QStringLiteral("A4, %1 pages, %2 KiB; Report::build %3 ms; runs %4")
                   .arg(pages).arg(bytes / 1024).arg(fmt(buildMs)).arg(listOf(t)));
    }

    // 5. Time to a verdict on a broken network (issue 16). The demo's update servers black-holed
    // (its loopback server accepts the connection and never answers) or its name server silent
    // (every lookup of a non-loopback name never answers): the whole update-failure diagnosis,
    // wall time against the longest configured network timeout, and which stage each hanging
    // step named.
    void brokenNetwork()
    {
        // The article's network timeouts (core/articles/updatefailure.cpp, the checks' defaults):
        // the server.ini probe up to 15 s (ReachabilityCheck maxProbeMs), the update-source and
        // proxy probes 12 s each, the firewall step's name lookups 5 s each; all run at once.
        const double configuredMs = 15000;
        for (const QString &scenario : {QStringLiteral("black-holed update server"), QStringLiteral("silent name server")}) {
            kb::Session session;
            freshDemo(freshPath(m_tmp, QStringLiteral("broken")), session);
            const QString hostsPath = session.demoSandbox() + QStringLiteral("/network/hosts.json");
            QFile f(hostsPath);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
            f.close();
            if (scenario.startsWith(QLatin1String("silent"))) {
                root.insert(QStringLiteral("dnsDelayMs"), 3600 * 1000);
            } else {
                QJsonObject hosts = root.value(QStringLiteral("hosts")).toObject();
                // The demo's planted wrong names (the old source, the proxy) resolve too, so
                // every request reaches the black hole instead of failing at the name.
                for (const char *name : {"wfbs95-p.activeupdate.trendmicro.com", "proxy.sbs-demo.invalid"})
                    hosts.insert(QLatin1String(name), QJsonObject{{QStringLiteral("address"), QStringLiteral("198.51.100.99")},
                                                                  {QStringLiteral("site"), QStringLiteral("activeupdate-wfbs100")}});
                for (auto it = hosts.begin(); it != hosts.end(); ++it) {
                    QJsonObject h = it.value().toObject();
                    if (h.contains(QStringLiteral("site")))
                        h.insert(QStringLiteral("delayMs"), 3600 * 1000);
                    it.value() = h;
                }
                root.insert(QStringLiteral("hosts"), hosts);
            }
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QJsonDocument(root).toJson());
            f.close();
            const DiagRun d = diagnose(session, QStringLiteral("update-failure"));
            QStringList hung;
            if (const kb::ArticleRun *run = session.currentRun())
                for (const kb::StepRun &sr : run->steps) {
                    QString all = sr.result.message;
                    for (const kb::EvidenceRow &e : sr.result.evidence)
                        all += QLatin1Char('\n') + e.found;
                    static const QRegularExpression stage(QStringLiteral("It hung (at the|at|while) ([^:.]+)"));
                    auto m = stage.match(all);
                    if (m.hasMatch())
                        hung << QStringLiteral("%1: %2").arg(sr.stepId, m.captured(2));
                }
            addRow(QStringLiteral("broken network, %1: wall / configured timeout (ms)").arg(scenario),
                   QStringLiteral("%1 / %2").arg(fmt(d.wallMs, 0), fmt(configuredMs, 0)),
                   QStringLiteral("ratio %1 (target <= 1.10); hung: %2").arg(fmt(d.wallMs / configuredMs, 2), hung.join(QStringLiteral(", "))));
        }
    }

    // 4. Peak memory of a GUI and a headless run, each a process of its own; the headless run
    // (no --pdf: a QCoreApplication, no platform plugin, no fonts) against a bare
    // QCoreApplication program that reads every file of the same installation folder.
    // ru_maxrss of a posix_spawn'ed child also counts the pages of this (large) bench process
    // it shared until its exec; /usr/bin/time forks the program from its own small process, so
    // its %M is the program's own peak.
    static double peakMiB(const QStringList &argv, const QString &out, ChildRun *run)
    {
        *run = runChild(QStringList{QStringLiteral("/usr/bin/time"), QStringLiteral("-f"), QStringLiteral("%M"),
                                    QStringLiteral("-o"), out} + argv, QByteArray());
        QFile f(out);
        return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().split('\n').last().toDouble() / 1024.0 : -1;
    }

    void peakMemory()
    {
        QList<double> gui, headless, bare;
        kb::KbError error;
        const QString sandbox = kb::DemoSandbox::create(freshPath(m_tmp, QStringLiteral("mem-root")), &error);
        QVERIFY2(!error, qPrintable(error.toString()));
        for (int i = 0; i < 3; ++i) {
            const QString out = freshPath(m_tmp, QStringLiteral("time"));
            ChildRun g, h, b;
            gui << peakMiB({binDir() + QStringLiteral("/kbwizard_coldstart"), QStringLiteral("--diagnose"),
                            freshPath(m_tmp, QStringLiteral("mem-gui"))}, out + QStringLiteral("-g"), &g);
            QVERIFY2(g.ok() && g.out.contains("diagnosed 3"), g.out.constData());
            headless << peakMiB({appBin(), QStringLiteral("--headless"), QStringLiteral("--root"), sandbox,
                                 QStringLiteral("--article"), QStringLiteral("all")}, out + QStringLiteral("-h"), &h);
            // Exit 0 = no problems, 1 = problems found (the demo is broken on purpose).
            QVERIFY2(WIFEXITED(h.status) && WEXITSTATUS(h.status) <= 1, h.out.constData());
            bare << peakMiB({binDir() + QStringLiteral("/bare_core"), sandbox}, out + QStringLiteral("-b"), &b);
            QVERIFY2(b.ok() && b.out.startsWith("read "), b.out.constData());
        }
        addRow(QStringLiteral("peak RSS, GUI: wizard shown + all three diagnosed (MiB)"), fmt(median(gui)),
               QStringLiteral("runs %1").arg(listOf(gui, 1)));
        addRow(QStringLiteral("peak RSS, headless --article all / bare QCoreApplication (MiB)"),
               QStringLiteral("%1 / %2").arg(fmt(median(headless)), fmt(median(bare))),
               QStringLiteral("headless runs %1; bare runs %2").arg(listOf(headless, 1), listOf(bare, 1)));
        addRow(QStringLiteral("peak RSS ratio headless / bare QCoreApplication (target <= 1.3)"),
               fmt(median(headless) / median(bare), 2));
    }

    void cleanupTestCase()
    {
        int w = 0;
        for (const Row &r : std::as_const(g_rows))
            w = std::max(w, int(r.what.size()));
        std::printf("\n%-*s  %s\n", w, "measurement", "median");
        for (const Row &r : std::as_const(g_rows))
            std::printf("%-*s  %-12s %s\n", w, qPrintable(r.what), qPrintable(r.value), qPrintable(r.note));
        std::fflush(stdout);
    }

private:
    QTemporaryDir m_tmp;
};

int main(int argc, char *argv[])
{
    // Offscreen unless told otherwise: the same numbers with or without a display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Strip our own option before QTest sees the arguments.
    QList<char *> args;
    for (int i = 0; i < argc; ++i) {
        if (std::strcmp(argv[i], "-runs") == 0 && i + 1 < argc) {
            g_runs = std::max(1, std::atoi(argv[++i]));
            continue;
        }
        args << argv[i];
    }
    int n = int(args.size());
    args << nullptr;
    QApplication app(n, args.data());
    KbWizardBench bench;
    return QTest::qExec(&bench, n, args.data());
}

#include "kbwizard_bench.moc"
