// Article 004's wcspatterns fix against a local ActiveUpdate source: server.ini, the two pattern
// archives (and the status page) come from a TestHttpServer. Success extracts both fup*.ptn
// files, restarts the service and re-checks lwcs-status; every broken variant (404, truncated
// archive, wrong size, partial download, stall, bad digest, full disk, cancel, a service that
// cannot start) leaves LWCS\wcspatterns byte-identical.
#include "articles/articles.h"
#include "demofixture.h"
#include "host/demohost.h"
#include "fixes/elevationcheckedfix.h"
#include "fixes/fixexecutor.h"
#include "net/netprobe.h"
#include "fixes/patterndownloadfix.h"
#include "session.h"
#include "testhttpserver.h"
#include "zipmaker.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using namespace kb;
using Route = test::TestHttpServer::Route;

namespace {

const QString kOfcserver = QStringLiteral("osce/OfficeScan/PCCSRV/Private/ofcserver.ini");
const QString kServerIni = QStringLiteral("/au/server.ini");
const QString kZip33 = QStringLiteral("/mirror/pattern/lwcs/fup_23517.zip");
const QString kZip34 = QStringLiteral("/mirror/pattern/lwcs/fup_23518.zip");
const QString kMerge33 = QStringLiteral("/mirror/pattern/lwcs/fup_23516.23517");
const QString kStatusDll = QStringLiteral("/lwcsstatus/isapiLWCSStatus.dll");

QByteArray filler(int n, char seed)
{
    QByteArray b;
    b.reserve(n);
    quint32 x = quint32(seed) * 2654435761u + 7;
    for (int i = 0; i < n; ++i) {
        x = x * 1103515245u + 12345u;
        b.append(char(x >> 24));
    }
    return b;
}

Route body(const QByteArray &bytes)
{
    Route r;
    r.body = bytes;
    return r;
}

// One demo server with its own ActiveUpdate source and status page.
struct Rig
{
    test::DemoFixture demo;
    test::TestHttpServer server;
    std::unique_ptr<DemoHost> host;
    QByteArray zip33, zip34, ptn33, ptn34;
    qint64 size33 = -1, size34 = -1; // as server.ini states them
    QString md5of34;                 // 4th field of P.48040034

    bool create(bool serviceStarts)
    {
        if (!demo.create() || !server.start())
            return false;
        ptn33 = filler(30000, 'a');
        ptn34 = filler(50000, 'b');
        zip33 = test::makeZip({{QStringLiteral("fup23517.ptn"), ptn33}});
        zip34 = test::makeZip({{QStringLiteral("fup23518.ptn"), ptn34}});
        size33 = zip33.size();
        size34 = zip34.size();
        md5of34 = QString::fromLatin1(QCryptographicHash::hash(zip34, QCryptographicHash::Md5).toHex());
        server.setRoute(kZip33, body(zip33));
        server.setRoute(kZip34, body(zip34));
        server.setRoute(kStatusDll, body("<html><body>LWCS status: OK</body></html>"));
        publishServerIni();

        QByteArray ini = demo.read(kOfcserver);
        ini.replace("LWCS_Port=5274", "LWCS_Port=" + QByteArray::number(server.port()));
        ini.replace("LWCS_Update_Source=http://osce11-p.activeupdate.trendmicro.com/activeupdate",
                    "LWCS_Update_Source=" + server.url(QStringLiteral("/au")).toString().toUtf8());
        demo.write(kOfcserver, ini);
        if (serviceStarts)
            setLwcsStartError(0); // as after the ISPS reinstall the article does first
        host = std::make_unique<DemoHost>(demo.sandbox);
        return !zip33.isEmpty() && !zip34.isEmpty();
    }

    void publishServerIni(bool with34 = true)
    {
        QByteArray ini = "[Server]\r\nAvailableServer=1\r\nServer.1="
                         + server.url(QStringLiteral("/mirror")).toString().toUtf8() + "\r\n\r\n[PATTERN]\r\n"
                         "P.48040000=pattern/lwcs/other.zip,1,10\r\n"
                         "P.48040033=pattern/lwcs/fup_23517.zip,23517," + QByteArray::number(size33) + "\r\n"
                         "P.48040033.Merge.1=pattern/lwcs/fup_23516.23517,23516,99\r\n";
        if (with34)
            ini += "P.48040034=pattern/lwcs/fup_23518.zip,23518," + QByteArray::number(size34) + ","
                   + md5of34.toLatin1() + "\r\n";
        ini += "P.48040034.Merge.1=pattern/lwcs/fup_23517.23518,23517,77\r\n";
        server.setRoute(kServerIni, body(ini));
    }

    void setLwcsStartError(int code)
    {
        QJsonObject o = QJsonDocument::fromJson(demo.read(QStringLiteral("host-state.json"))).object();
        QJsonObject services = o.value(QStringLiteral("services")).toObject();
        QJsonObject svc = services.value(QStringLiteral("TMLWCSService")).toObject();
        svc.insert(QStringLiteral("startError"), code);
        // Unconditional: the demo's own 1053 clears once wcspatterns is complete.
        svc.remove(QStringLiteral("startErrorUnless"));
        services.insert(QStringLiteral("TMLWCSService"), svc);
        o.insert(QStringLiteral("services"), services);
        demo.write(QStringLiteral("host-state.json"), QJsonDocument(o).toJson());
    }

    QString wcspatterns() const { return QDir(demo.osce.pccsrv).filePath(QStringLiteral("LWCS/wcspatterns")); }
    BackupStore store() const { return BackupStore(demo.tmp.filePath(QStringLiteral("backups"))); }
    CheckContext context() const
    {
        CheckContext ctx;
        ctx.target = demo.osce;
        ctx.host = host.get();
        return ctx;
    }
};

} // namespace

class tst_WcsPatterns : public QObject
{
    Q_OBJECT

    const Article m_article = articles::reputationReconnecting();
    const Step &step() const { return *m_article.step(QStringLiteral("wcspatterns")); }

    // The article's step with other fix options (short stall timeout, a full disk).
    Step variant(const std::function<void(PatternDownloadFix::Options &)> &change) const
    {
        const auto &wrapper = dynamic_cast<const ElevationCheckedFix &>(*step().fix);
        PatternDownloadFix::Options o = dynamic_cast<const PatternDownloadFix &>(*wrapper.inner()).options();
        change(o);
        Step s = step();
        s.fix = std::make_shared<PatternDownloadFix>(o);
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        NameResolver::setOverride({{QStringLiteral("localhost"), {QHostAddress(QHostAddress::LocalHost)}}});
    }
    void cleanupTestCase() { NameResolver::clearOverride(); }

    void downloadsExtractsRestartsAndRechecks()
    {
        Rig rig;
        QVERIFY(rig.create(true));
        const CheckContext base = rig.context();
        const QMap<QString, QByteArray> before = test::snapshotFolder(rig.wcspatterns());
        QCOMPARE(before.keys(), QStringList{QStringLiteral("fup23516.ptn")});

        const CheckResult failing = step().check->run(base);
        QCOMPARE(failing.status, Status::Fail);
        QCOMPARE(failing.evidence.first().found, QStringLiteral("1 usable file(s)"));
        QCOMPARE(failing.evidence.at(1).file, QStringLiteral("LWCS\\wcspatterns\\fup23516.ptn"));

        // The update source comes from the server's configuration, confirmed by the user.
        const QList<FixInput> inputs = step().fix->inputs(base);
        QCOMPARE(inputs.size(), 1);
        QCOMPARE(inputs.first().defaultValue, rig.server.url(QStringLiteral("/au")).toString());
        QVERIFY(inputs.first().help.contains(QStringLiteral("LWCS_Update_Source")));
        QVERIFY(inputs.first().help.contains(QStringLiteral("[inferred]")));

        // Planning and previewing read nothing from the network.
        const FixPlan plan = step().fix->plan(base, {});
        QVERIFY2(!plan.error, qPrintable(plan.error.toString()));
        QVERIFY(plan.prepare);
        QCOMPARE(plan.actions.size(), 1);
        QCOMPARE(plan.actions.first().target, QStringLiteral("TMLWCSService"));
        QCOMPARE(plan.followUps.size(), 1);
        QCOMPARE(plan.followUps.first().stepId, QStringLiteral("lwcs-status"));
        const QString preview = FixExecutor::preview(plan);
        QVERIFY(preview.contains(QStringLiteral("P.48040033, P.48040034")));
        QVERIFY(preview.contains(QStringLiteral("lwcs-status")));
        QCOMPARE(rig.server.hits(kServerIni), 0);

        QList<std::tuple<qint64, qint64, QString>> progress;
        CheckContext ctx = base;
        ctx.progress = [&](qint64 done, qint64 total, const QString &what) { progress.append({done, total, what}); };
        const FixOutcome out = FixExecutor::apply(m_article.id, step(), ctx, plan, rig.store());
        QVERIFY2(out.succeeded(), qPrintable(out.error.toString() + QLatin1Char('\n') + out.messages.join(QLatin1Char('\n'))));
        QCOMPARE(out.after.status, Status::Pass);

        QMap<QString, QByteArray> expected = before;
        expected.insert(QStringLiteral("fup23517.ptn"), rig.ptn33);
        expected.insert(QStringLiteral("fup23518.ptn"), rig.ptn34);
        QCOMPARE(test::snapshotFolder(rig.wcspatterns()), expected);
        QCOMPARE(rig.host->queryService(QStringLiteral("TMLWCSService")).state, ServiceState::Running);
        QCOMPARE(out.followUps.size(), 1);
        QCOMPARE(out.followUps.first().stepId, QStringLiteral("lwcs-status"));
        QCOMPARE(out.followUps.first().result.status, Status::Pass);
        const QString log = out.messages.join(QLatin1Char('\n'));
        QVERIFY2(log.contains(QStringLiteral("Ignored 2 merge entry(ies)")), qPrintable(log));
        QVERIFY(log.contains(QStringLiteral("digest matches")));
        QVERIFY(log.contains(QStringLiteral("Recorded 2 new file(s)")));
        QCOMPARE(rig.server.hits(kServerIni), 1);
        QCOMPARE(rig.server.hits(kMerge33), 0);
        QCOMPARE(rig.server.hits(QStringLiteral("/mirror/pattern/lwcs/other.zip")), 0);

        // Progress: one total for the whole download, never going backwards, ending complete.
        const qint64 total = rig.size33 + rig.size34;
        QVERIFY(progress.size() >= 3);
        qint64 last = -1;
        for (const auto &[done, all, what] : std::as_const(progress)) {
            if (what == QLatin1String("server.ini"))
                continue;
            QCOMPARE(all, total);
            QVERIFY(done >= last);
            last = done;
        }
        QCOMPARE(last, total);
        QCOMPARE(std::get<2>(progress.last()), QStringLiteral("fup_23518.zip"));

        // Undo removes exactly the two new files.
        QStringList undoLog;
        QVERIFY(!rig.store().undo(out.backupSetId, rig.demo.osce.pccsrv, false, rig.host.get(), &undoLog));
        QCOMPARE(test::snapshotFolder(rig.wcspatterns()), before);
        QVERIFY(undoLog.join(QLatin1Char('\n')).contains(QStringLiteral("fup23518.ptn, which the fix had added")));
    }

    void undoKeepsAFileChangedSinceTheFix()
    {
        Rig rig;
        QVERIFY(rig.create(true));
        const QMap<QString, QByteArray> before = test::snapshotFolder(rig.wcspatterns());
        const CheckContext ctx = rig.context();
        const FixOutcome out = FixExecutor::apply(m_article.id, step(), ctx, step().fix->plan(ctx, {}), rig.store());
        QVERIFY2(out.succeeded(), qPrintable(out.error.toString()));
        const QString changed = QDir(rig.wcspatterns()).filePath(QStringLiteral("fup23518.ptn"));
        QFile f(changed);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a newer pattern the server downloaded itself");
        f.close();

        const KbError refused = rig.store().undo(out.backupSetId, rig.demo.osce.pccsrv, false, rig.host.get());
        QCOMPARE(refused.code, QStringLiteral("backup.changed-since"));
        QVERIFY(refused.message.contains(QStringLiteral("fup23518.ptn")));
        QVERIFY(QFileInfo::exists(QDir(rig.wcspatterns()).filePath(QStringLiteral("fup23517.ptn"))));
        QVERIFY(!rig.store().undo(out.backupSetId, rig.demo.osce.pccsrv, true, rig.host.get()));
        QCOMPARE(test::snapshotFolder(rig.wcspatterns()), before);
    }

    void failuresLeaveWcspatternsAsItWas_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("server-ini-404") << QStringLiteral("server-ini-404") << QStringLiteral("download.server-ini") << QStringLiteral("HTTP 404 Not Found");
        QTest::newRow("server-ini-is-html") << QStringLiteral("server-ini-html") << QStringLiteral("au.not-server-ini") << QStringLiteral("not an ActiveUpdate server.ini");
        QTest::newRow("entry-missing-only-merge") << QStringLiteral("entry-missing") << QStringLiteral("au.missing") << QStringLiteral("P.48040034");
        QTest::newRow("archive-404") << QStringLiteral("archive-404") << QStringLiteral("download.http") << QStringLiteral("HTTP 404 Not Found");
        QTest::newRow("truncated-archive") << QStringLiteral("truncated") << QStringLiteral("archive.corrupt") << QStringLiteral("fup_23518.zip cannot be unpacked");
        QTest::newRow("wrong-size") << QStringLiteral("wrong-size") << QStringLiteral("download.size") << QStringLiteral("server.ini gives its size as");
        QTest::newRow("partial-download") << QStringLiteral("partial") << QStringLiteral("download.failed") << QStringLiteral("partial download");
        QTest::newRow("stall-before-answer") << QStringLiteral("stall") << QStringLiteral("download.failed") << QStringLiteral("stalled");
        QTest::newRow("stall-mid-body") << QStringLiteral("stall-mid-body") << QStringLiteral("download.failed") << QStringLiteral("stalled");
        QTest::newRow("digest-mismatch") << QStringLiteral("digest") << QStringLiteral("download.hash") << QStringLiteral("digest in server.ini");
        QTest::newRow("full-disk") << QStringLiteral("full-disk") << QStringLiteral("disk.full") << QStringLiteral("Not enough free disk space");
        QTest::newRow("archive-without-pattern") << QStringLiteral("no-pattern") << QStringLiteral("archive.unexpected") << QStringLiteral("holds notes.txt; only fup23517.ptn");
        QTest::newRow("archive-with-escape") << QStringLiteral("escape") << QStringLiteral("archive.unsafe-path") << QStringLiteral("../fup23518.ptn");
        QTest::newRow("service-1053-rolls-back") << QStringLiteral("1053") << QStringLiteral("service.start") << QStringLiteral("step isps-tool");
    }
    void failuresLeaveWcspatternsAsItWas()
    {
        QFETCH(QString, mode);
        QFETCH(QString, code);
        QFETCH(QString, messagePart);
        Rig rig;
        QVERIFY(rig.create(mode != QLatin1String("1053")));
        if (mode == QLatin1String("1053"))
            rig.setLwcsStartError(1053); // stays even with both patterns (a corrupted service)
        Step s = step();
        if (mode == QLatin1String("server-ini-404")) {
            rig.server.setRoute(kServerIni, [] { Route r; r.status = 404; r.body = "Not Found"; return r; }());
        } else if (mode == QLatin1String("server-ini-html")) {
            rig.server.setRoute(kServerIni, body("<html><body>Welcome to the proxy portal</body></html>\r\n"));
        } else if (mode == QLatin1String("entry-missing")) {
            rig.publishServerIni(false);
        } else if (mode == QLatin1String("archive-404")) {
            rig.server.setRoute(kZip34, [] { Route r; r.status = 404; r.body = "Not Found"; return r; }());
        } else if (mode == QLatin1String("truncated")) {
            rig.zip34 = rig.zip34.left(rig.zip34.size() / 2); // server.ini agrees: only the archive knows
            rig.size34 = rig.zip34.size();
            rig.md5of34.clear();
            rig.server.setRoute(kZip34, body(rig.zip34));
            rig.publishServerIni();
        } else if (mode == QLatin1String("wrong-size")) {
            rig.size34 += 10;
            rig.publishServerIni();
        } else if (mode == QLatin1String("partial")) {
            Route r = body(rig.zip34);
            r.resetAfterBytes = rig.zip34.size() / 2;
            rig.server.setRoute(kZip34, r);
        } else if (mode == QLatin1String("stall") || mode == QLatin1String("stall-mid-body")) {
            Route r = body(rig.zip34);
            if (mode == QLatin1String("stall")) {
                r.stall = true;
            } else {
                r.chunkSize = 4096;
                r.chunkDelayMs = 600000; // the rest never comes while the test runs
            }
            rig.server.setRoute(kZip34, r);
            s = variant([](PatternDownloadFix::Options &o) { o.stallTimeoutMs = 300; });
        } else if (mode == QLatin1String("digest")) {
            rig.md5of34 = QStringLiteral("0123456789abcdef0123456789abcdef");
            rig.publishServerIni();
        } else if (mode == QLatin1String("full-disk")) {
            s = variant([](PatternDownloadFix::Options &o) { o.freeBytes = [](const QString &) { return qint64(1000); }; });
        } else if (mode == QLatin1String("no-pattern") || mode == QLatin1String("escape")) {
            const bool escape = mode == QLatin1String("escape");
            rig.zip34 = test::makeZip({{escape ? QStringLiteral("../fup23518.ptn") : QStringLiteral("readme.txt"),
                                        rig.ptn34}});
            rig.size34 = rig.zip34.size();
            rig.md5of34.clear();
            rig.server.setRoute(kZip34, body(rig.zip34));
            if (!escape) { // neither archive holds a pattern file
                rig.zip33 = test::makeZip({{QStringLiteral("notes.txt"), rig.ptn33}});
                rig.size33 = rig.zip33.size();
                rig.server.setRoute(kZip33, body(rig.zip33));
            }
            rig.publishServerIni();
        }
        const QMap<QString, QByteArray> before = test::snapshotFolder(rig.wcspatterns());
        const CheckContext ctx = rig.context();
        const FixPlan plan = s.fix->plan(ctx, {});
        QVERIFY2(!plan.error, qPrintable(plan.error.toString()));
        const FixOutcome out = FixExecutor::apply(m_article.id, s, ctx, plan, rig.store());

        QVERIFY(!out.succeeded());
        QCOMPARE(out.error.code, code);
        QVERIFY2(out.error.message.contains(messagePart), qPrintable(out.error.message));
        QCOMPARE(test::snapshotFolder(rig.wcspatterns()), before);
        QCOMPARE(out.after.status, Status::Fail);
        QCOMPARE(out.after.evidence.first().found, QStringLiteral("1 usable file(s)"));
        if (mode == QLatin1String("1053")) {
            // Written, then the service failed: rolled back, with the article's explanation.
            QVERIFY(out.rolledBack);
            QVERIFY(out.error.message.contains(QStringLiteral("Error 1053")));
            KbError e;
            QCOMPARE(rig.store().load(out.backupSetId, &e).state, BackupSet::State::RolledBack);
        } else {
            // Stopped before the backup: no backup set, and the log says nothing changed.
            QVERIFY(!out.rolledBack);
            QVERIFY(out.backupSetId.isEmpty());
            QVERIFY(rig.store().list().isEmpty());
            QCOMPARE(out.messages.last(), QStringLiteral("Nothing was changed."));
        }
    }

    void cancelDuringDownloadChangesNothing()
    {
        Rig rig;
        QVERIFY(rig.create(true));
        Route slow = body(rig.zip33);
        slow.chunkSize = 2048;
        slow.chunkDelayMs = 20;
        rig.server.setRoute(kZip33, slow);
        const QMap<QString, QByteArray> before = test::snapshotFolder(rig.wcspatterns());
        std::atomic<bool> cancelled{false};
        CheckContext ctx = rig.context();
        ctx.cancelled = &cancelled;
        ctx.progress = [&](qint64 done, qint64, const QString &what) {
            if (done > 0 && what == QLatin1String("fup_23517.zip"))
                cancelled = true; // the user presses Cancel while the first archive arrives
        };
        const FixOutcome out = FixExecutor::apply(m_article.id, step(), ctx, step().fix->plan(ctx, {}), rig.store());
        QCOMPARE(out.error.code, QStringLiteral("fix.cancelled"));
        QVERIFY(!out.succeeded());
        QCOMPARE(test::snapshotFolder(rig.wcspatterns()), before);
        QVERIFY(rig.store().list().isEmpty());
        QCOMPARE(rig.server.hits(kZip34), 0);
        QCOMPARE(rig.host->queryService(QStringLiteral("TMLWCSService")).state, ServiceState::Stopped);
    }

    void sessionReportsProgressAndFollowUp()
    {
        Rig rig;
        QVERIFY(rig.create(true));
        rig.server.setRoute(kStatusDll, [] { Route r; r.status = 503; r.body = "busy"; return r; }());
        rig.server.setRoute(QStringLiteral("/lwcsstatus"), [] { Route r; r.status = 503; r.body = "busy"; return r; }());
        Session session;
        session.setTarget(rig.demo.osce);
        session.setHost(std::make_unique<DemoHost>(rig.demo.sandbox));
        session.setArticleId(m_article.id);
        QSignalSpy diagnosed(&session, &Session::diagnosisFinished);
        session.startDiagnosis();
        QVERIFY(diagnosed.wait(60000));
        QCOMPARE(session.currentRun()->step(QStringLiteral("lwcs-status"))->result.status, Status::Fail);
        QVERIFY(session.fixableSteps().contains(QStringLiteral("wcspatterns")));

        rig.server.setRoute(kStatusDll, body("<html><body>LWCS status: OK</body></html>"));
        QSignalSpy progress(&session, &Session::fixProgress);
        QSignalSpy finished(&session, &Session::fixFinished);
        QSignalSpy done(&session, &Session::fixesFinished);
        session.applyFixes({QStringLiteral("wcspatterns")});
        QVERIFY(done.wait(60000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).toBool(), true);
        const ArticleRun *run = session.currentRun();
        QVERIFY(run->step(QStringLiteral("wcspatterns"))->outcome->succeeded());
        QCOMPARE(run->step(QStringLiteral("wcspatterns"))->result.status, Status::Pass);
        QCOMPARE(run->step(QStringLiteral("lwcs-status"))->result.status, Status::Pass); // follow-up
        QVERIFY(progress.size() >= 2);
        const QList<QVariant> last = progress.last();
        QCOMPARE(last.at(0).toString(), QStringLiteral("wcspatterns"));
        QCOMPARE(last.at(1).toLongLong(), rig.size33 + rig.size34);
        QCOMPARE(last.at(2).toLongLong(), rig.size33 + rig.size34);
        QCOMPARE(last.at(3).toString(), QStringLiteral("fup_23518.zip"));
    }

    void sessionCancelStopsTheDownload()
    {
        Rig rig;
        QVERIFY(rig.create(true));
        Route slow = body(rig.zip33);
        slow.chunkSize = 2048;
        slow.chunkDelayMs = 30;
        rig.server.setRoute(kZip33, slow);
        const QMap<QString, QByteArray> before = test::snapshotFolder(rig.wcspatterns());
        Session session;
        session.setTarget(rig.demo.osce);
        session.setHost(std::make_unique<DemoHost>(rig.demo.sandbox));
        session.setArticleId(m_article.id);
        connect(&session, &Session::fixProgress, &session,
                [&session](const QString &, qint64 done, qint64, const QString &what) {
                    if (done > 0 && what == QLatin1String("fup_23517.zip"))
                        session.cancelFixes(); // the Cancel button
                });
        QSignalSpy finished(&session, &Session::fixFinished);
        QSignalSpy done(&session, &Session::fixesFinished);
        session.applyFixes({QStringLiteral("wcspatterns")});
        QVERIFY(done.wait(60000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).toBool(), false);
        QCOMPARE(test::snapshotFolder(rig.wcspatterns()), before);
        QCOMPARE(rig.server.hits(kZip34), 0);
    }
};

QTEST_GUILESS_MAIN(tst_WcsPatterns)
#include "tst_wcspatterns.moc"
