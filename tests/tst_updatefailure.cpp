// Article 000's au-timeout and duplication-action steps on the demo server: check, preview,
// apply (backup, atomic write, restart, verify), undo.
#include "articles/articles.h"
#include "demofixture.h"
#include "host/demohost.h"
#include "fixes/fixexecutor.h"
#include "host/host.h"
#include "ini/inidocument.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace kb;

namespace {
const QString kAucfg = QStringLiteral("wfbs/Security Server/PCCSRV/Admin/aucfg.ini");
const QString kComponent = QStringLiteral("wfbs/Security Server/PCCSRV/Private/component.ini");
} // namespace

class tst_UpdateFailure : public QObject
{
    Q_OBJECT

    const Article m_article = articles::updateFailure();

    CheckContext context(test::DemoFixture &demo, Host *host) const
    {
        CheckContext ctx;
        ctx.target = demo.wfbs;
        ctx.host = host;
        return ctx;
    }

private Q_SLOTS:
    void demoHasBothProblems()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        DemoHost host(demo.sandbox);
        const CheckResult t = m_article.step(QStringLiteral("au-timeout"))->check->run(context(demo, &host));
        QCOMPARE(t.status, Status::Fail);
        QCOMPARE(t.evidence.size(), 1);
        QCOMPARE(t.evidence.first().file, QStringLiteral("Admin\\aucfg.ini"));
        QCOMPARE(t.evidence.first().key, QStringLiteral("timeout"));
        QCOMPARE(t.evidence.first().found, QStringLiteral("(absent)"));
        QVERIFY(t.evidence.first().note.contains(QStringLiteral("[inferred]")));

        const CheckResult d = m_article.step(QStringLiteral("duplication-action"))->check->run(context(demo, &host));
        QCOMPARE(d.status, Status::Fail);
        int eighty = 0, spellings = 0;
        for (const EvidenceRow &row : d.evidence) {
            QCOMPARE(row.file, QStringLiteral("Private\\component.ini"));
            eighty += row.found == QLatin1String("80");
            spellings += row.key == QLatin1String("DuplicateAction");
            QVERIFY(!row.section.isEmpty());
        }
        QVERIFY(eighty >= 5);
        QVERIFY(spellings >= 2);
    }

    void auTimeoutRaisedWhereItIs_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<Status>("before");
        QTest::newRow("small-value-kept-in-place")
            << QByteArray("[Common]\r\nA=1\r\n[Patch]\r\nTimeOut = 300\r\n")
            << QByteArray("[Common]\r\nA=1\r\n[Patch]\r\nTimeOut = 99999\r\n") << Status::Fail;
        QTest::newRow("absent-added-to-downloader")
            << QByteArray("[Downloader]\nRetry=3\n[Other]\nX=1\n")
            << QByteArray("[Downloader]\nRetry=3\ntimeout=99999\n[Other]\nX=1\n") << Status::Fail;
        QTest::newRow("utf16-kept")
            << QByteArray("\xFF\xFE[\0D\0o\0w\0n\0l\0o\0a\0d\0e\0r\0]\0\r\0\n\0t\0i\0m\0e\0o\0u\0t\0=\0\x31\0\r\0\n\0", 52)
            << QByteArray("\xFF\xFE[\0D\0o\0w\0n\0l\0o\0a\0d\0e\0r\0]\0\r\0\n\0t\0i\0m\0e\0o\0u\0t\0=\0\x39\0\x39\0\x39\0\x39\0\x39\0\r\0\n\0", 60)
            << Status::Fail;
    }
    void auTimeoutRaisedWhereItIs()
    {
        QFETCH(QByteArray, file);
        QFETCH(QByteArray, expected);
        QFETCH(Status, before);
        test::DemoFixture demo;
        QVERIFY(demo.create());
        demo.write(kAucfg, file);
        DemoHost host(demo.sandbox);
        const Step &step = *m_article.step(QStringLiteral("au-timeout"));
        const CheckContext ctx = context(demo, &host);
        QCOMPARE(step.check->run(ctx).status, before);
        QVERIFY(step.fix->inputs(ctx).isEmpty());
        const FixPlan plan = step.fix->plan(ctx, {});
        QVERIFY2(!plan.error, qPrintable(plan.error.toString()));
        QCOMPARE(plan.edits.size(), 1);
        QCOMPARE(plan.edits.first().after, expected);
        QVERIFY(plan.actions.isEmpty());

        const FixOutcome out = FixExecutor::apply(m_article.id, step, ctx, plan,
                                                  BackupStore(demo.tmp.filePath(QStringLiteral("b"))));
        QVERIFY2(out.succeeded(), qPrintable(out.error.toString()));
        QCOMPARE(demo.read(kAucfg), expected);
        QCOMPARE(out.after.status, Status::Pass);
        QVERIFY(!BackupStore(demo.tmp.filePath(QStringLiteral("b"))).undo(out.backupSetId, demo.wfbs.pccsrv, false, &host));
        QCOMPARE(demo.read(kAucfg), file);
    }

    void auTimeoutAsksForSectionWhenNoDownloader()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        demo.write(kAucfg, "[Common]\r\nA=1\r\n");
        const Step &step = *m_article.step(QStringLiteral("au-timeout"));
        DemoHost host(demo.sandbox);
        const CheckContext ctx = context(demo, &host);
        const QList<FixInput> inputs = step.fix->inputs(ctx);
        QCOMPARE(inputs.size(), 1);
        QCOMPARE(inputs.first().defaultValue, QStringLiteral("Downloader"));
        QVERIFY(inputs.first().choices.contains(QStringLiteral("Common")));
        const FixPlan common = step.fix->plan(ctx, {{QStringLiteral("section"), QStringLiteral("Common")}});
        QCOMPARE(common.edits.first().after, QByteArray("[Common]\r\nA=1\r\ntimeout=99999\r\n"));
        const FixPlan fresh = step.fix->plan(ctx, {{QStringLiteral("section"), QStringLiteral("Downloader")}});
        QCOMPARE(fresh.edits.first().after, QByteArray("[Common]\r\nA=1\r\n[Downloader]\r\ntimeout=99999\r\n"));
    }

    void duplicationActionKeepsSpellingAndRestarts()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        DemoHost host(demo.sandbox);
        const Step &step = *m_article.step(QStringLiteral("duplication-action"));
        const CheckContext ctx = context(demo, &host);
        const QByteArray original = demo.read(kComponent);
        const FixPlan plan = step.fix->plan(ctx, {});
        QVERIFY(!plan.error);
        QCOMPARE(plan.actions.size(), 1);
        QCOMPARE(plan.actions.first().target, QStringLiteral("ofcservice"));
        QVERIFY(!plan.notes.isEmpty());
        QVERIFY(plan.notes.first().contains(QStringLiteral("bandwidth")));

        const QString preview = FixExecutor::preview(plan);
        QVERIFY(preview.contains(QStringLiteral("-DuplicateAction=80")));
        QVERIFY(preview.contains(QStringLiteral("+DuplicateAction=0")));
        QVERIFY(preview.contains(QStringLiteral("+DuplicationAction = 0")));
        QVERIFY(preview.contains(QStringLiteral("+duplicationaction=0")));
        QVERIFY(preview.contains(QStringLiteral("ofcservice")));

        // The edit changes only the lines that held 80, nothing else (line endings included).
        const QList<QByteArray> before = original.split('\n'), after = plan.edits.first().after.split('\n');
        QCOMPARE(after.size(), before.size());
        int changed = 0;
        for (int i = 0; i < before.size(); ++i) {
            if (before.at(i) == after.at(i))
                continue;
            ++changed;
            QVERIFY(before.at(i).trimmed().endsWith("80"));
            QCOMPARE(after.at(i), QByteArray(before.at(i)).replace("80", "0"));
        }
        QVERIFY(changed >= 5);

        QCOMPARE(host.queryService(QStringLiteral("ofcservice")).state, ServiceState::Stopped);
        const BackupStore store(demo.tmp.filePath(QStringLiteral("b")));
        const FixOutcome out = FixExecutor::apply(m_article.id, step, ctx, plan, store);
        QVERIFY2(out.succeeded(), qPrintable(out.error.toString()));
        QCOMPARE(host.queryService(QStringLiteral("ofcservice")).state, ServiceState::Running);
        QCOMPARE(step.check->run(ctx).status, Status::Pass);
        KbError e;
        QCOMPARE(store.load(out.backupSetId, &e).services, QStringList{QStringLiteral("ofcservice")});

        QVERIFY(!store.undo(out.backupSetId, demo.wfbs.pccsrv, false, &host));
        QCOMPARE(demo.read(kComponent), original);
        QCOMPARE(demo.read(kComponent), test::DemoFixture::bundled(QStringLiteral("wfbs/Security Server/PCCSRV/Private/component.ini")));
    }

    void failedRestartRollsBack()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        // The master service cannot start: the fix must not stay half-done.
        QByteArray state = demo.read(QStringLiteral("host-state.json"));
        QJsonObject o = QJsonDocument::fromJson(state).object();
        QJsonObject services = o.value(QStringLiteral("services")).toObject();
        QJsonObject svc = services.value(QStringLiteral("ofcservice")).toObject();
        svc.insert(QStringLiteral("startError"), 1053);
        services.insert(QStringLiteral("ofcservice"), svc);
        o.insert(QStringLiteral("services"), services);
        demo.write(QStringLiteral("host-state.json"), QJsonDocument(o).toJson());

        DemoHost host(demo.sandbox);
        const Step &step = *m_article.step(QStringLiteral("duplication-action"));
        const CheckContext ctx = context(demo, &host);
        const QByteArray original = demo.read(kComponent);
        const FixOutcome out = FixExecutor::apply(m_article.id, step, ctx, step.fix->plan(ctx, {}),
                                                  BackupStore(demo.tmp.filePath(QStringLiteral("b"))));
        QVERIFY(!out.succeeded());
        QVERIFY(out.rolledBack);
        QVERIFY(out.error.message.contains(QStringLiteral("1053")));
        QCOMPARE(demo.read(kComponent), original);
        KbError e;
        QCOMPARE(BackupStore(demo.tmp.filePath(QStringLiteral("b"))).load(out.backupSetId, &e).state,
                 BackupSet::State::RolledBack);
    }

    void hostActionsNeedABackend()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        NullHost none;
        const Step &step = *m_article.step(QStringLiteral("duplication-action"));
        const CheckContext ctx = context(demo, &none);
        const QByteArray original = demo.read(kComponent);
        const FixOutcome out = FixExecutor::apply(m_article.id, step, ctx, step.fix->plan(ctx, {}),
                                                  BackupStore(demo.tmp.filePath(QStringLiteral("b"))));
        QCOMPARE(out.error.code, QStringLiteral("host.none"));
        QCOMPARE(demo.read(kComponent), original);
        // The file-based check itself still runs without a host.
        QCOMPARE(step.check->run(ctx).status, Status::Fail);
    }

    void unreadableIniIsAnErrorNamingFileAndLine()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        demo.write(kAucfg, QByteArray("[Downloader]\r\nRetry=3\r\nbad\0line\r\n", 29));
        DemoHost host(demo.sandbox);
        const Step &step = *m_article.step(QStringLiteral("au-timeout"));
        const CheckResult r = step.check->run(context(demo, &host));
        QCOMPARE(r.status, Status::Error);
        QVERIFY2(r.message.contains(QStringLiteral("aucfg.ini:3")), qPrintable(r.message));
        const FixPlan plan = step.fix->plan(context(demo, &host), {});
        QVERIFY(plan.error);
        QCOMPARE(plan.error.line, 3);
    }
};

QTEST_GUILESS_MAIN(tst_UpdateFailure)
#include "tst_updatefailure.moc"
