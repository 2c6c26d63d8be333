// Saved repair plans through the real binary (issue 15): `--plan-out` writes the plan and
// changes nothing; `--apply PLAN --yes` applies exactly that plan; it refuses with exit 3, before
// any backup, when a file the plan read changed (naming it) or the plan was edited by hand; a
// plan never holds a password (it comes from --inputs when applying).
#include "clirunner.h"
#include "demofixture.h"
#include "treesnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace kb;
using test::runKbwizard;

namespace {

const QString kAucfg = QStringLiteral("wfbs/Security Server/PCCSRV/Admin/aucfg.ini");
const QString kSecret = QStringLiteral("Plan-Secret-Pw#77");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

QJsonObject stepOf(const QJsonObject &report, const QString &step)
{
    for (const QJsonValue &a : report.value(QStringLiteral("articles")).toArray())
        for (const QJsonValue &s : a.toObject().value(QStringLiteral("steps")).toArray())
            if (s.toObject().value(QStringLiteral("id")).toString() == step)
                return s.toObject();
    return {};
}

} // namespace

class tst_PlanFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    test::CliResult planOut(const test::DemoFixture &demo, const QString &article, const QString &fix,
                            const QString &plan, const QStringList &more = {})
    {
        return runKbwizard(QStringList{QStringLiteral("--headless"), QStringLiteral("--root"), demo.sandbox,
                                       QStringLiteral("--article"), article, QStringLiteral("--fix"), fix,
                                       QStringLiteral("--plan-out"), plan}
                               + more,
                           m_home.path());
    }

private Q_SLOTS:
    void planOutChangesNothing()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        const auto before = test::treeSnapshot(demo.sandbox);
        const QString plan = demo.tmp.filePath(QStringLiteral("plan.json"));
        const auto r = planOut(demo, QStringLiteral("update-failure"), QStringLiteral("all"), plan);
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err)); // problems found, nothing fixed
        QCOMPARE(test::treeSnapshot(demo.sandbox), before);
        const QByteArray bytes = readFile(plan);
        const QJsonObject json = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("kbwizard-repair-plan"));
        QCOMPARE(json.value(QStringLiteral("article")).toString(), QStringLiteral("update-failure"));
        QCOMPARE(json.value(QStringLiteral("digest")).toString().size(), 64);
        QVERIFY(bytes.contains("+timeout=99999")); // the diff is in the plan
        QVERIFY(r.out.contains(QStringLiteral("+timeout=99999"))); // and was printed
        // Every step lists the files it read, with their SHA-256.
        bool readsAucfg = false;
        for (const QJsonValue &s : json.value(QStringLiteral("steps")).toArray())
            for (const QJsonValue &read : s.toObject().value(QStringLiteral("content")).toObject()
                                              .value(QStringLiteral("reads")).toArray())
                readsAucfg = readsAucfg
                             || (read.toObject().value(QStringLiteral("path")).toString() == QStringLiteral("Admin\\aucfg.ini")
                                 && read.toObject().value(QStringLiteral("sha256")).toString().size() == 64);
        QVERIFY(readsAucfg);
    }

    void applyAppliesThePlan()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        const QString plan = demo.tmp.filePath(QStringLiteral("plan.json"));
        auto r = planOut(demo, QStringLiteral("update-failure"), QStringLiteral("au-timeout,duplication-action"), plan);
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        const QString json = demo.tmp.filePath(QStringLiteral("after.json"));
        r = runKbwizard({QStringLiteral("--headless"), QStringLiteral("--apply"), plan, QStringLiteral("--yes"),
                         QStringLiteral("--json"), json},
                        m_home.path());
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.out + r.err));
        QVERIFY(demo.read(kAucfg).contains("timeout=99999"));
        const QJsonObject report = QJsonDocument::fromJson(readFile(json)).object();
        for (const QString &step : {QStringLiteral("au-timeout"), QStringLiteral("duplication-action")}) {
            const QJsonObject fix = stepOf(report, step).value(QStringLiteral("fix")).toObject();
            QCOMPARE(fix.value(QStringLiteral("state")).toString(), QStringLiteral("verified"));
            QVERIFY(fix.value(QStringLiteral("applied")).toBool()); // the old fields stay
        }
        // A plan is applied once: after that, what it read has changed.
        r = runKbwizard({QStringLiteral("--headless"), QStringLiteral("--apply"), plan, QStringLiteral("--yes")},
                        m_home.path());
        QCOMPARE(r.exitCode, 3);
    }

    void applyRefusesWhenAFileItReadChanged()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        const QString plan = demo.tmp.filePath(QStringLiteral("plan.json"));
        auto r = planOut(demo, QStringLiteral("update-failure"), QStringLiteral("au-timeout"), plan);
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        demo.write(kAucfg, demo.read(kAucfg) + "; changed after the plan\r\n");
        const auto before = test::treeSnapshot(demo.sandbox);
        r = runKbwizard({QStringLiteral("--headless"), QStringLiteral("--apply"), plan, QStringLiteral("--yes")},
                        m_home.path());
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("aucfg.ini")), qPrintable(r.err));
        QCOMPARE(test::treeSnapshot(demo.sandbox), before); // nothing changed, not even a backup
    }

    void applyRefusesAHandEditedPlan()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        const QString plan = demo.tmp.filePath(QStringLiteral("plan.json"));
        auto r = planOut(demo, QStringLiteral("update-failure"), QStringLiteral("au-timeout"), plan);
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        QByteArray bytes = readFile(plan);
        QVERIFY(bytes.contains("99999"));
        bytes.replace("99999", "12345");
        writeFile(plan, bytes);
        const auto before = test::treeSnapshot(demo.sandbox);
        r = runKbwizard({QStringLiteral("--headless"), QStringLiteral("--apply"), plan, QStringLiteral("--yes")},
                        m_home.path());
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("digest")), qPrintable(r.err));
        QCOMPARE(test::treeSnapshot(demo.sandbox), before);
    }

    void passwordsNeverInThePlan()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        const QString inputs = demo.tmp.filePath(QStringLiteral("inputs.json"));
        writeFile(inputs, QJsonDocument(QJsonObject{{QStringLiteral("iis-anonymous"),
                                                     QJsonObject{{QStringLiteral("userName"), QStringLiteral("SBS-DEMO01\\wfbs_web")},
                                                                 {QStringLiteral("password"), kSecret},
                                                                 {QStringLiteral("confirmPassword"), kSecret}}}})
                              .toJson());
        const QString plan = demo.tmp.filePath(QStringLiteral("plan.json"));
        auto r = planOut(demo, QStringLiteral("session-timeout"), QStringLiteral("iis-anonymous"), plan,
                         {QStringLiteral("--inputs"), inputs});
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        const QByteArray bytes = readFile(plan);
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains(kSecret.toUtf8()));
        QVERIFY(!r.out.contains(kSecret) && !r.err.contains(kSecret));
        QVERIFY(bytes.contains("secretInputs"));
        QVERIFY(bytes.contains("wfbs_web"));

        // Without the password the plan is not applied (a usage error, nothing changed).
        const auto before = test::treeSnapshot(demo.sandbox);
        r = runKbwizard({QStringLiteral("--headless"), QStringLiteral("--apply"), plan, QStringLiteral("--yes")},
                        m_home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("password")), qPrintable(r.err));
        QCOMPARE(test::treeSnapshot(demo.sandbox), before);

        // With it, the plan is applied.
        const QString json = demo.tmp.filePath(QStringLiteral("after.json"));
        r = runKbwizard({QStringLiteral("--headless"), QStringLiteral("--apply"), plan, QStringLiteral("--yes"),
                         QStringLiteral("--inputs"), inputs, QStringLiteral("--json"), json},
                        m_home.path());
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.out + r.err));
        const QJsonObject fix = stepOf(QJsonDocument::fromJson(readFile(json)).object(), QStringLiteral("iis-anonymous"))
                                    .value(QStringLiteral("fix")).toObject();
        QCOMPARE(fix.value(QStringLiteral("state")).toString(), QStringLiteral("verified"));
        QVERIFY(!readFile(json).contains(kSecret.toUtf8()));
    }

    void badPlanUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("needle");
        QTest::newRow("apply-without-yes") << QStringList{QStringLiteral("--apply"), QStringLiteral("p.json")} << QStringLiteral("--yes");
        QTest::newRow("apply-with-root") << QStringList{QStringLiteral("--apply"), QStringLiteral("p.json"), QStringLiteral("--yes"), QStringLiteral("--root"), QStringLiteral("/tmp")} << QStringLiteral("--root");
        QTest::newRow("plan-out-with-yes") << QStringList{QStringLiteral("--demo"), QStringLiteral("--article"), QStringLiteral("update-failure"), QStringLiteral("--fix"), QStringLiteral("all"), QStringLiteral("--yes"), QStringLiteral("--plan-out"), QStringLiteral("p.json")} << QStringLiteral("--plan-out");
        QTest::newRow("plan-out-without-fix") << QStringList{QStringLiteral("--demo"), QStringLiteral("--article"), QStringLiteral("update-failure"), QStringLiteral("--plan-out"), QStringLiteral("p.json")} << QStringLiteral("--fix");
        QTest::newRow("apply-missing-file") << QStringList{QStringLiteral("--apply"), QStringLiteral("/nonexistent/p.json"), QStringLiteral("--yes")} << QStringLiteral("p.json");
    }
    void badPlanUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, needle);
        const auto r = runKbwizard(QStringList{QStringLiteral("--headless")} + args, m_home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(needle), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(tst_PlanFile)
#include "tst_planfile.moc"
