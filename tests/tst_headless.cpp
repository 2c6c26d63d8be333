// The headless contract (kbwizard --headless ...) on a demo copy: options, exit codes, reports,
// previews without --yes, fixes with --yes, backups listed and undone.
#include "clirunner.h"
#include "archive/archivereader.h"
#include "demofixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace kb;
using test::runKbwizard;

namespace {

const QString kAucfg = QStringLiteral("wfbs/Security Server/PCCSRV/Admin/aucfg.ini");
const QString kComponent = QStringLiteral("wfbs/Security Server/PCCSRV/Private/component.ini");

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject stepOf(const QJsonObject &report, const QString &article, const QString &step)
{
    for (const QJsonValue &a : report.value(QStringLiteral("articles")).toArray())
        if (a.toObject().value(QStringLiteral("id")).toString() == article)
            for (const QJsonValue &s : a.toObject().value(QStringLiteral("steps")).toArray())
                if (s.toObject().value(QStringLiteral("id")).toString() == step)
                    return s.toObject();
    return {};
}

QStringList setIdsIn(const QString &listing)
{
    QStringList ids;
    static const QRegularExpression re(QStringLiteral("^\\s+(\\d{8}-\\d{6}-[\\w-]+)\\s"), QRegularExpression::MultilineOption);
    auto it = re.globalMatch(listing);
    while (it.hasNext())
        ids << it.next().captured(1);
    return ids;
}

} // namespace

class tst_Headless : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private Q_SLOTS:
    void badUsageExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no-target") << QStringList{QStringLiteral("--article"), QStringLiteral("all")} << QStringLiteral("--root");
        QTest::newRow("unknown-article") << QStringList{QStringLiteral("--demo"), QStringLiteral("--article"), QStringLiteral("nope")} << QStringLiteral("unknown article");
        QTest::newRow("unknown-step") << QStringList{QStringLiteral("--demo"), QStringLiteral("--article"), QStringLiteral("update-failure"), QStringLiteral("--fix"), QStringLiteral("no-such-step")} << QStringLiteral("no-such-step");
        QTest::newRow("yes-without-fix") << QStringList{QStringLiteral("--demo"), QStringLiteral("--article"), QStringLiteral("all"), QStringLiteral("--yes")} << QStringLiteral("--yes");
        QTest::newRow("bad-host") << QStringList{QStringLiteral("--demo"), QStringLiteral("--article"), QStringLiteral("all"), QStringLiteral("--host"), QStringLiteral("mars")} << QStringLiteral("mars");
        QTest::newRow("missing-root") << QStringList{QStringLiteral("--root"), QStringLiteral("/nonexistent/kbw"), QStringLiteral("--article"), QStringLiteral("all")} << QStringLiteral("/nonexistent/kbw");
        QTest::newRow("unknown-option") << QStringList{QStringLiteral("--demo"), QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
    }
    void badUsageExitsTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const auto r = runKbwizard(QStringList{QStringLiteral("--headless")} + args, m_home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void diagnoseAllReportsProblems()
    {
        QTemporaryDir tmp;
        const QString json = tmp.filePath(QStringLiteral("r.json"));
        const QString html = tmp.filePath(QStringLiteral("r.html"));
        const auto r = runKbwizard({QStringLiteral("--headless"), QStringLiteral("--demo"), tmp.filePath(QStringLiteral("demo")),
                                    QStringLiteral("--article"), QStringLiteral("all"),
                                    QStringLiteral("--json"), json, QStringLiteral("--html"), html},
                                   m_home.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(QStringLiteral("au-timeout")));
        const QJsonObject report = readJson(json);
        QCOMPARE(report.value(QStringLiteral("schema")).toString(), QStringLiteral("kbwizard-report/1"));
        QCOMPARE(report.value(QStringLiteral("articles")).toArray().size(), 3);
        const QJsonObject target = report.value(QStringLiteral("target")).toObject();
        QVERIFY(!target.value(QStringLiteral("root")).toString().isEmpty());
        QVERIFY(!target.value(QStringLiteral("product")).toString().isEmpty());
        QVERIFY(!target.value(QStringLiteral("version")).toString().isEmpty());
        const QJsonObject t = stepOf(report, QStringLiteral("update-failure"), QStringLiteral("au-timeout"));
        QCOMPARE(t.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        QVERIFY(t.value(QStringLiteral("durationMs")).isDouble());
        QVERIFY(!t.value(QStringLiteral("evidence")).toArray().isEmpty());
        QCOMPARE(t.value(QStringLiteral("fix")).toObject().value(QStringLiteral("available")).toBool(), true);
        QCOMPARE(t.value(QStringLiteral("fix")).toObject().value(QStringLiteral("applied")).toBool(), false);
        QVERIFY(t.value(QStringLiteral("fix")).toObject().value(QStringLiteral("backupSet")).isNull());
        const QJsonObject lwcs = stepOf(report, QStringLiteral("reputation-reconnecting"), QStringLiteral("lwcs-service"));
        QCOMPARE(lwcs.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        QFile h(html);
        QVERIFY(h.open(QIODevice::ReadOnly));
        const QByteArray page = h.readAll();
        QVERIFY(page.startsWith("<!DOCTYPE html>"));
        QVERIFY(page.contains("duplication-action"));
        QVERIFY(!page.contains("!CRYPT"));
    }

    // Issue 16: --headless without --pdf runs on a QCoreApplication: no platform plugin is
    // loaded, so a platform that does not exist cannot stop it. The same setting stops a --pdf
    // run (a QGuiApplication), which shows the setting really is in effect.
    void headlessNeedsNoPlatformPlugin()
    {
        QTemporaryDir tmp;
        QProcessEnvironment env;
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
        env.insert(QStringLiteral("QT_DEBUG_PLUGINS"), QStringLiteral("1"));
        const QString json = tmp.filePath(QStringLiteral("r.json"));
        const auto r = runKbwizard({QStringLiteral("--headless"), QStringLiteral("--demo"), tmp.filePath(QStringLiteral("demo")),
                                    QStringLiteral("--article"), QStringLiteral("all"), QStringLiteral("--json"), json,
                                    QStringLiteral("--html"), tmp.filePath(QStringLiteral("r.html")),
                                    QStringLiteral("--text"), tmp.filePath(QStringLiteral("r.txt"))},
                                   m_home.path(), env);
        QVERIFY2(!r.crashed && r.exitCode == 1, qPrintable(r.err));
        QCOMPARE(readJson(json).value(QStringLiteral("articles")).toArray().size(), 3);
        QVERIFY2(!r.err.contains(QStringLiteral("/platforms/")), qPrintable(r.err));
        QVERIFY(QFileInfo(tmp.filePath(QStringLiteral("r.txt"))).size() > 0);

        const auto pdf = runKbwizard({QStringLiteral("--headless"), QStringLiteral("--demo"), tmp.filePath(QStringLiteral("demo2")),
                                      QStringLiteral("--article"), QStringLiteral("session-timeout"),
                                      QStringLiteral("--pdf"), tmp.filePath(QStringLiteral("r.pdf"))},
                                     m_home.path(), env);
        QVERIFY2(pdf.crashed || (pdf.exitCode != 0 && pdf.exitCode != 1), qPrintable(pdf.err));
        QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("r.pdf"))));
    }

    // Issue 16, item 5: the program links the engine only; Qt Gui, Qt Widgets and Qt Print
    // Support come with the GUI library (kbwizard_gui), which --headless loads only for --pdf.
    // glibc's loader lists every library it maps, dlopen() included, under LD_DEBUG=files; the
    // --pdf run is the control that the listing does see the GUI half when it is loaded.
    void headlessLoadsNoGuiLibraries()
    {
#ifndef Q_OS_LINUX
        QSKIP("LD_DEBUG is glibc's; the Windows package's imports are checked by scripts/windows-build");
#else
        QTemporaryDir tmp;
        auto loaded = [&](const QStringList &args, const QString &tag) {
            QProcessEnvironment env;
            env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
            env.insert(QStringLiteral("LD_DEBUG_OUTPUT"), tmp.filePath(tag));
            const auto r = runKbwizard(QStringList{QStringLiteral("--headless"), QStringLiteral("--demo"),
                                                   tmp.filePath(tag + QStringLiteral("-demo")),
                                                   QStringLiteral("--article"), QStringLiteral("session-timeout")}
                                           + args,
                                       m_home.path(), env);
            QStringList names;
            if (r.crashed || r.exitCode > 1) {
                names << QStringLiteral("(run failed: %1)").arg(r.err);
                return names;
            }
            const QStringList logs = QDir(tmp.path()).entryList({tag + QStringLiteral(".*")}, QDir::Files);
            static const QRegularExpression mapped(QStringLiteral("file=(\\S+)"));
            for (const QString &log : logs) {
                QFile f(tmp.filePath(log));
                if (!f.open(QIODevice::ReadOnly))
                    continue;
                const QString text = QString::fromLocal8Bit(f.readAll());
                for (auto it = mapped.globalMatch(text); it.hasNext();)
                    names << QFileInfo(it.next().captured(1)).fileName();
            }
            names.removeDuplicates();
            return names;
        };
        auto gui = [](const QStringList &names) {
            QStringList out;
            for (const QString &n : names)
                if (n.startsWith(QLatin1String("libQt6Gui")) || n.startsWith(QLatin1String("libQt6Widgets"))
                    || n.startsWith(QLatin1String("libQt6PrintSupport")) || n.startsWith(QLatin1String("kbwizard_gui"))
                    || n.startsWith(QLatin1String("libfontconfig")))
                    out << n;
            return out;
        };
        const QStringList plain = loaded({QStringLiteral("--text"), tmp.filePath(QStringLiteral("r.txt"))},
                                         QStringLiteral("plain"));
        QVERIFY2(plain.contains(QStringLiteral("libQt6Core.so.6")), qPrintable(plain.join(QLatin1Char(' '))));
        QVERIFY2(gui(plain).isEmpty(), qPrintable(gui(plain).join(QLatin1Char(' '))));

        const QStringList withPdf = loaded({QStringLiteral("--pdf"), tmp.filePath(QStringLiteral("r.pdf"))},
                                           QStringLiteral("pdf"));
        QVERIFY2(withPdf.contains(QStringLiteral("kbwizard_gui.so")), qPrintable(withPdf.join(QLatin1Char(' '))));
        QVERIFY2(withPdf.contains(QStringLiteral("libQt6Gui.so.6")), qPrintable(withPdf.join(QLatin1Char(' '))));
        QVERIFY(QFileInfo(tmp.filePath(QStringLiteral("r.pdf"))).size() > 0);
#endif
    }

    void fixWithoutYesOnlyPreviews()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        const QByteArray before = demo.read(kAucfg);
        const auto r = runKbwizard({QStringLiteral("--headless"), QStringLiteral("--root"), demo.sandbox,
                                    QStringLiteral("--article"), QStringLiteral("update-failure"),
                                    QStringLiteral("--fix"), QStringLiteral("all")},
                                   m_home.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(QStringLiteral("+timeout=99999")));
        QVERIFY(r.out.contains(QStringLiteral("+DuplicationAction=0")));
        QVERIFY(r.out.contains(QStringLiteral("--yes")));
        QCOMPARE(demo.read(kAucfg), before);
        QVERIFY(!QFileInfo::exists(QDir(demo.sandbox).filePath(QStringLiteral("backups"))));
    }

    void fixApplyListUndo()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        const QByteArray aucfg = demo.read(kAucfg), component = demo.read(kComponent);
        const QString json = demo.tmp.filePath(QStringLiteral("after.json"));
        auto r = runKbwizard({QStringLiteral("--headless"), QStringLiteral("--root"), demo.sandbox,
                              QStringLiteral("--article"), QStringLiteral("update-failure"),
                              QStringLiteral("--fix"), QStringLiteral("au-timeout,duplication-action"),
                              QStringLiteral("--yes"), QStringLiteral("--json"), json},
                             m_home.path());
        // The exit code agrees with the report: 0 only when no step is left failing.
        const QJsonObject summary = readJson(json).value(QStringLiteral("summary")).toObject();
        const bool problemsLeft = summary.contains(QStringLiteral("fail")) || summary.contains(QStringLiteral("warn"))
                                  || summary.contains(QStringLiteral("error"));
        QVERIFY2(r.exitCode == (problemsLeft ? 1 : 0), qPrintable(r.out + r.err));
        QVERIFY(demo.read(kAucfg).contains("timeout=99999"));
        QVERIFY(!demo.read(kComponent).contains("=80"));
        const QJsonObject report = readJson(json);
        for (const QString &step : {QStringLiteral("au-timeout"), QStringLiteral("duplication-action")}) {
            const QJsonObject s = stepOf(report, QStringLiteral("update-failure"), step);
            QCOMPARE(s.value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
            const QJsonObject fix = s.value(QStringLiteral("fix")).toObject();
            QVERIFY(fix.value(QStringLiteral("applied")).toBool());
            QVERIFY(fix.value(QStringLiteral("verified")).toBool());
            QVERIFY(!fix.value(QStringLiteral("backupSet")).toString().isEmpty());
            QVERIFY(fix.value(QStringLiteral("undo")).toString().contains(fix.value(QStringLiteral("backupSet")).toString()));
        }

        // Listed after the process ended (a restart), and undone byte-identically.
        r = runKbwizard({QStringLiteral("--headless"), QStringLiteral("--root"), demo.sandbox, QStringLiteral("--list-backups")}, m_home.path());
        QCOMPARE(r.exitCode, 0);
        const QStringList ids = setIdsIn(r.out);
        QCOMPARE(ids.size(), 2);
        QVERIFY(r.out.contains(QStringLiteral("applied")));
        for (const QString &id : ids) {
            r = runKbwizard({QStringLiteral("--headless"), QStringLiteral("--root"), demo.sandbox, QStringLiteral("--undo"), id}, m_home.path());
            QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        }
        QCOMPARE(demo.read(kAucfg), aucfg);
        QCOMPARE(demo.read(kComponent), component);
        r = runKbwizard({QStringLiteral("--headless"), QStringLiteral("--root"), demo.sandbox, QStringLiteral("--undo"), ids.first()}, m_home.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("already undone")));
        r = runKbwizard({QStringLiteral("--headless"), QStringLiteral("--root"), demo.sandbox, QStringLiteral("--undo"), QStringLiteral("20990101-000000-x-1")}, m_home.path());
        QCOMPARE(r.exitCode, 2);
    }

    void undoRefusesChangedFileUnlessForced()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        const QByteArray original = demo.read(kAucfg);
        auto r = runKbwizard({QStringLiteral("--headless"), QStringLiteral("--root"), demo.sandbox,
                              QStringLiteral("--article"), QStringLiteral("update-failure"),
                              QStringLiteral("--fix"), QStringLiteral("au-timeout"), QStringLiteral("--yes")},
                             m_home.path());
        QCOMPARE(r.exitCode, 1); // other steps still fail
        r = runKbwizard({QStringLiteral("--headless"), QStringLiteral("--root"), demo.sandbox, QStringLiteral("--list-backups")}, m_home.path());
        const QStringList ids = setIdsIn(r.out);
        QCOMPARE(ids.size(), 1);
        demo.write(kAucfg, demo.read(kAucfg) + "; edited by hand\r\n");
        r = runKbwizard({QStringLiteral("--headless"), QStringLiteral("--root"), demo.sandbox, QStringLiteral("--undo"), ids.first()}, m_home.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("changed after the fix")), qPrintable(r.err));
        QVERIFY(demo.read(kAucfg).endsWith("; edited by hand\r\n"));
        r = runKbwizard({QStringLiteral("--headless"), QStringLiteral("--root"), demo.sandbox, QStringLiteral("--undo"), ids.first(), QStringLiteral("--force")}, m_home.path());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(demo.read(kAucfg), original);
    }

    void failedFixExitsThreeAndRollsBack()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        // ofcservice cannot start in this variant of the demo host.
        QJsonObject state = QJsonDocument::fromJson(demo.read(QStringLiteral("host-state.json"))).object();
        QJsonObject services = state.value(QStringLiteral("services")).toObject();
        QJsonObject svc = services.value(QStringLiteral("ofcservice")).toObject();
        svc.insert(QStringLiteral("startError"), 1053);
        services.insert(QStringLiteral("ofcservice"), svc);
        state.insert(QStringLiteral("services"), services);
        demo.write(QStringLiteral("host-state.json"), QJsonDocument(state).toJson());
        const QByteArray component = demo.read(kComponent);
        const auto r = runKbwizard({QStringLiteral("--headless"), QStringLiteral("--root"), demo.sandbox,
                                    QStringLiteral("--article"), QStringLiteral("update-failure"),
                                    QStringLiteral("--fix"), QStringLiteral("duplication-action"), QStringLiteral("--yes")},
                                   m_home.path());
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QStringLiteral("1053")));
        QCOMPARE(demo.read(kComponent), component);
    }

    void noHostBackendReportsErrorButFilesStillRun()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        const QString json = demo.tmp.filePath(QStringLiteral("r.json"));
        const auto r = runKbwizard({QStringLiteral("--headless"), QStringLiteral("--root"), demo.sandbox,
                                    QStringLiteral("--host"), QStringLiteral("none"),
                                    QStringLiteral("--article"), QStringLiteral("all"), QStringLiteral("--json"), json},
                                   m_home.path());
        QCOMPARE(r.exitCode, 1);
        const QJsonObject report = readJson(json);
        const QJsonObject services = stepOf(report, QStringLiteral("session-timeout"), QStringLiteral("restart-services"));
        QCOMPARE(services.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        QVERIFY(services.value(QStringLiteral("message")).toString().contains(QStringLiteral("host backend")));
        QCOMPARE(stepOf(report, QStringLiteral("update-failure"), QStringLiteral("au-timeout")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("fail"));
    }

    void wholeArticleFixedHeadlessOnTheDemo()
    {
        QTemporaryDir tmp;
        const QString inputs = tmp.filePath(QStringLiteral("inputs.json"));
        QFile f(inputs);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"proxy": {"type": "none"}})"); // the planted proxy does not exist: go direct
        f.close();
        const QString json = tmp.filePath(QStringLiteral("r.json"));
        const auto r = runKbwizard({QStringLiteral("--headless"), QStringLiteral("--demo"), tmp.filePath(QStringLiteral("demo")),
                                    QStringLiteral("--article"), QStringLiteral("update-failure"),
                                    QStringLiteral("--fix"), QStringLiteral("all"), QStringLiteral("--yes"),
                                    QStringLiteral("--inputs"), inputs, QStringLiteral("--json"), json},
                                   m_home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject report = readJson(json);
        int applied = 0;
        for (const QJsonValue &s : report.value(QStringLiteral("articles")).toArray().first().toObject().value(QStringLiteral("steps")).toArray()) {
            const QJsonObject step = s.toObject();
            const QString status = step.value(QStringLiteral("status")).toString();
            QVERIFY2(status == QLatin1String("pass") || status == QLatin1String("manual"),
                     qPrintable(step.value(QStringLiteral("id")).toString() + QLatin1Char('=') + status));
            applied += step.value(QStringLiteral("fix")).toObject().value(QStringLiteral("applied")).toBool();
        }
        QVERIFY(applied >= 5); // the re-diagnosis keeps the fixes' outcomes for the report
    }

    void inputsFileAnswersTheFixQuestions()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        demo.write(kAucfg, "[Common]\r\nA=1\r\n");
        const QString inputs = demo.tmp.filePath(QStringLiteral("inputs.json"));
        QFile f(inputs);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"au-timeout": {"section": "Common"}})");
        f.close();
        const auto r = runKbwizard({QStringLiteral("--headless"), QStringLiteral("--root"), demo.sandbox,
                                    QStringLiteral("--article"), QStringLiteral("update-failure"),
                                    QStringLiteral("--fix"), QStringLiteral("au-timeout"), QStringLiteral("--yes"),
                                    QStringLiteral("--inputs"), inputs},
                                   m_home.path());
        QVERIFY2(r.out.contains(QStringLiteral("au-timeout: fixed and verified")), qPrintable(r.out + r.err));
        QCOMPARE(demo.read(kAucfg), QByteArray("[Common]\r\nA=1\r\ntimeout=99999\r\n"));
    }

    void badInputsFileExitsTwoNamingFileAndLine()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        const QString inputs = demo.tmp.filePath(QStringLiteral("inputs.json"));
        QFile f(inputs);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"au-timeout\": {\"section\": \"Common\"\n  oops\n}\n");
        f.close();
        const auto r = runKbwizard({QStringLiteral("--headless"), QStringLiteral("--root"), demo.sandbox,
                                    QStringLiteral("--article"), QStringLiteral("update-failure"),
                                    QStringLiteral("--inputs"), inputs},
                                   m_home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("inputs.json:3")), qPrintable(r.err));
    }

    void supportBundleHasLogsAndNoSecrets()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        const QString zip = demo.tmp.filePath(QStringLiteral("bundle.zip"));
        const auto r = runKbwizard({QStringLiteral("--headless"), QStringLiteral("--root"), demo.sandbox,
                                    QStringLiteral("--article"), QStringLiteral("session-timeout"),
                                    QStringLiteral("--bundle"), zip},
                                   m_home.path());
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("Support bundle written")));
        QTemporaryDir unpacked;
        QStringList names;
        QVERIFY(!Archive::extractAll(zip, unpacked.path(), &names));
        QVERIFY2(names.contains(QStringLiteral("report.json")), qPrintable(names.join(QLatin1Char(','))));
        int logs = 0;
        for (const QString &n : names) {
            QFile f(QDir(unpacked.path()).filePath(n));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains("Secr3tDemo!"), qPrintable(n));
            if (n.endsWith(QLatin1String(".log"))) {
                ++logs;
                QVERIFY(bytes.startsWith("#Software"));
            }
        }
        QVERIFY(logs >= 2);
        QVERIFY(!r.out.contains(QStringLiteral("Secr3tDemo!")));
    }

    void unreadableInputExitsTwoNamingFileAndLine()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        demo.write(kAucfg, QByteArray("[Downloader]\r\nRetry=3\r\n\0\0\0binary\r\n", 30));
        const auto r = runKbwizard({QStringLiteral("--headless"), QStringLiteral("--root"), demo.sandbox,
                                    QStringLiteral("--article"), QStringLiteral("update-failure")},
                                   m_home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("aucfg.ini:3")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(tst_Headless)
#include "tst_headless.moc"
