#include "host/toolrunner.h"
#include "fakewindowstools.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace kb;

namespace {

QMutex g_logMutex;
QStringList g_log;

void captureMessages(QtMsgType, const QMessageLogContext &, const QString &msg)
{
    QMutexLocker lock(&g_logMutex);
    g_log << msg;
}

void writeScript(const QString &path, const QByteArray &body)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(body);
    f.close();
    f.setPermissions(f.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeUser);
}

} // namespace

class tst_ToolRunner : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void notAllowed_data();
    void notAllowed();
    void resolveOrder();
    void missingTool();
    void exitCodeAndOutput();
    void stdinReachesTool();
    void secretRefusedAsArgument();
    void secretRedacted();
    void outputFilter();
    void timeoutKills();
    void startFailedAndCrash();
    void workerThreads();
    void decode();

private:

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::FakeWindowsTools> m_fakes;
};

void tst_ToolRunner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_fakes = std::make_unique<test::FakeWindowsTools>(m_dir->path());
}

void tst_ToolRunner::cleanup()
{
    m_fakes.reset();
    m_dir.reset();
}

void tst_ToolRunner::notAllowed_data()
{
    QTest::addColumn<QString>("tool");
    QTest::newRow("cmd") << QStringLiteral("cmd");
    QTest::newRow("powershell") << QStringLiteral("powershell");
    QTest::newRow("path-traversal") << QStringLiteral("../fakes/sc");
    QTest::newRow("with-exe") << QStringLiteral("sc.exe");
    QTest::newRow("upper-case") << QStringLiteral("SC");
    QTest::newRow("empty") << QString();
}

void tst_ToolRunner::notAllowed()
{
    QFETCH(QString, tool);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refused, not an allowed tool")));
    const ToolResult r = ToolRunner().run(tool, {QStringLiteral("query")});
    QCOMPARE(r.error.code, QStringLiteral("tool.notAllowed"));
    QVERIFY(!r.finished());
    QVERIFY(ToolRunner::resolve(tool).isEmpty());
    QVERIFY(m_fakes->calls().isEmpty()); // nothing ran
}

void tst_ToolRunner::resolveOrder()
{
    const QString fakes = QDir(QStringLiteral(KB_TEST_FAKES_DIR)).absolutePath();
    QCOMPARE(ToolRunner::resolve(QStringLiteral("sc")), fakes + QStringLiteral("/sc.exe"));

    // <dir>/<tool> without .exe is the second choice in KBWIZARD_TOOLS.
    QDir other(m_dir->filePath(QStringLiteral("tools")));
    QVERIFY(other.mkpath(QStringLiteral(".")));
    writeScript(other.filePath(QStringLiteral("reg")), "#!/bin/sh\necho plain-reg\n");
    qputenv("KBWIZARD_TOOLS", QFile::encodeName(other.path()));
    QCOMPARE(ToolRunner::resolve(QStringLiteral("reg")), other.filePath(QStringLiteral("reg")));
    const ToolResult r = ToolRunner().run(QStringLiteral("reg"), {});
    QCOMPARE(r.stdOut, QStringLiteral("plain-reg\n"));

    // Not in KBWIZARD_TOOLS: PATH, <tool>.exe first.
    QDir path(m_dir->filePath(QStringLiteral("path")));
    QVERIFY(path.mkpath(QStringLiteral(".")));
    writeScript(path.filePath(QStringLiteral("icacls")), "#!/bin/sh\necho path-icacls\n");
    qputenv("PATH", QFile::encodeName(path.path()));
    QCOMPARE(ToolRunner::resolve(QStringLiteral("icacls")), path.filePath(QStringLiteral("icacls")));
    writeScript(path.filePath(QStringLiteral("icacls.exe")), "#!/bin/sh\necho path-icacls-exe\n");
    QCOMPARE(ToolRunner::resolve(QStringLiteral("icacls")), path.filePath(QStringLiteral("icacls.exe")));
}

void tst_ToolRunner::missingTool()
{
    QDir empty(m_dir->filePath(QStringLiteral("empty")));
    QVERIFY(empty.mkpath(QStringLiteral(".")));
    qputenv("KBWIZARD_TOOLS", QFile::encodeName(empty.path()));
    qputenv("PATH", QFile::encodeName(empty.path()));
    QStringList searched;
    QVERIFY(ToolRunner::resolve(QStringLiteral("appcmd"), &searched).isEmpty());
    QVERIFY(searched.contains(empty.filePath(QStringLiteral("appcmd.exe"))));
    QVERIFY(searched.contains(QStringLiteral("PATH")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not found: \"appcmd\"")));
    const ToolResult r = ToolRunner().run(QStringLiteral("appcmd"), {QStringLiteral("list")});
    QCOMPARE(r.error.code, QStringLiteral("tool.missing"));
    QVERIFY2(r.error.message.contains(QLatin1String("\"appcmd\"")), qPrintable(r.error.message));
    QCOMPARE(r.exitCode, -1);
}

void tst_ToolRunner::exitCodeAndOutput()
{
    m_fakes->writeState(QJsonObject{{QStringLiteral("registry"),
                            QJsonObject{{QStringLiteral("HKEY_LOCAL_MACHINE\\SOFTWARE\\X"),
                                         QJsonObject{{QStringLiteral("V"),
                                                      QJsonArray{QStringLiteral("REG_SZ"), QStringLiteral("data")}}}}}}});
    const ToolRunner runner;
    const ToolResult ok = runner.run(QStringLiteral("reg"), {QStringLiteral("query"), QStringLiteral("HKLM\\SOFTWARE\\X"),
                                                             QStringLiteral("/v"), QStringLiteral("V")});
    QVERIFY(ok.finished());
    QCOMPARE(ok.exitCode, 0);
    QCOMPARE(ok.stdOut, QStringLiteral("\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\X\r\n    V    REG_SZ    data\r\n\r\n"));
    QVERIFY(ok.stdErr.isEmpty());

    const ToolResult missing = runner.run(QStringLiteral("reg"), {QStringLiteral("query"), QStringLiteral("HKLM\\SOFTWARE\\Y"),
                                                                  QStringLiteral("/v"), QStringLiteral("V")});
    QVERIFY(missing.finished());
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.stdOut.isEmpty());
    QCOMPARE(missing.stdErr, QStringLiteral("ERROR: The system was unable to find the specified registry key or value.\r\n"));
    QCOMPARE(missing.combinedOutput(), missing.stdErr);

    // Arguments travel as a list: spaces, quotes and shell characters arrive untouched.
    const QStringList tricky{QStringLiteral("query"), QStringLiteral("HKLM\\A B \"C\" $(D) ; E")};
    runner.run(QStringLiteral("reg"), tricky);
    const QList<QJsonObject> log = m_fakes->calls();
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.last().value(QStringLiteral("argv")).toVariant().toStringList(), tricky);
}

void tst_ToolRunner::stdinReachesTool()
{
    const QByteArray input = "<appcmd>\n  <CONFIG/>\n</appcmd>\n\xc3\xa9";
    ToolRunner().run(QStringLiteral("sc"), {QStringLiteral("query"), QStringLiteral("x")}, input);
    const QList<QJsonObject> log = m_fakes->calls();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().value(QStringLiteral("stdin")).toString(), QString::fromUtf8(input));
    // Without stdin data the tool sees an empty, closed standard input (no hang).
    ToolRunner().run(QStringLiteral("sc"), {QStringLiteral("query"), QStringLiteral("x")});
    QCOMPARE(m_fakes->calls().last().value(QStringLiteral("stdin")).toString(), QString());
}

void tst_ToolRunner::secretRefusedAsArgument()
{
    // The warning shows the command with the secret masked.
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QRegularExpression::escape(
                                 QStringLiteral("a secret is on the command line: \"appcmd set config /password:")
                                 + ToolRunner::mask() + QLatin1Char('"'))));
    const ToolResult r = ToolRunner().run(QStringLiteral("appcmd"),
                                          {QStringLiteral("set"), QStringLiteral("config"),
                                           QStringLiteral("/password:Hunter2!")},
                                          QByteArray(), 5000, {QStringLiteral("Hunter2!")});
    QCOMPARE(r.error.code, QStringLiteral("tool.secretInArgument"));
    QVERIFY(!r.error.message.contains(QLatin1String("Hunter2!")));
    QVERIFY(m_fakes->calls().isEmpty());
}

void tst_ToolRunner::secretRedacted()
{
    m_fakes->writeState(QJsonObject{{QStringLiteral("registry"),
                            QJsonObject{{QStringLiteral("HKEY_LOCAL_MACHINE\\SOFTWARE\\X"),
                                         QJsonObject{{QStringLiteral("Pw"),
                                                      QJsonArray{QStringLiteral("REG_SZ"), QStringLiteral("xxHunter2!yy")}}}}}}});
    g_log.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("kbwizard.tools.debug=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
    const ToolResult r = ToolRunner().run(QStringLiteral("reg"),
                                          {QStringLiteral("query"), QStringLiteral("HKLM\\SOFTWARE\\X"),
                                           QStringLiteral("/v"), QStringLiteral("Pw")},
                                          QByteArray(), 10000, {QStringLiteral("Hunter2!"), QString()});
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QStringLiteral("kbwizard.tools.debug=false"));

    QVERIFY(r.finished());
    QVERIFY(!r.stdOut.contains(QLatin1String("Hunter2!")));
    QVERIFY(r.stdOut.contains(QStringLiteral("xx") + ToolRunner::mask() + QStringLiteral("yy")));
    QVERIFY(!g_log.isEmpty()); // logging was on, so the check below means something
    QVERIFY(g_log.join(QLatin1Char('\n')).contains(QLatin1String("REG_SZ")));
    for (const QString &line : std::as_const(g_log))
        QVERIFY2(!line.contains(QLatin1String("Hunter2!")), qPrintable(line));
    QCOMPARE(ToolRunner::redact(QStringLiteral("a-s-a"), {QStringLiteral("s"), QString()}),
             QStringLiteral("a-") + ToolRunner::mask() + QStringLiteral("-a"));
}

void tst_ToolRunner::outputFilter()
{
    ToolRequest req;
    req.tool = QStringLiteral("sc");
    req.args = {QStringLiteral("query"), QStringLiteral("nosuch")};
    req.outputFilter = [](const QString &s) { return QString(s).replace(QLatin1String("FAILED"), QLatin1String("X")); };
    const ToolResult r = ToolRunner().run(req);
    QVERIFY(r.stdOut.startsWith(QLatin1String("[SC] EnumQueryServicesStatus:OpenService X 1060:")));
}

void tst_ToolRunner::timeoutKills()
{
    m_fakes->writeState(QJsonObject{{QStringLiteral("hang"), QJsonObject{{QStringLiteral("reg"), 30}}}});
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("reg query HKLM.X -> tool.timeout")));
    const ToolResult r = ToolRunner().run(QStringLiteral("reg"), {QStringLiteral("query"), QStringLiteral("HKLM\\X")},
                                          // long enough for the Python fake to start and log its call
                                          // (python3 alone takes ~0.8 s on a busy 2-core machine),
                                          // far shorter than its 30 s hang
                                          QByteArray(), 5000);
    QVERIFY(r.timedOut);
    QCOMPARE(r.error.code, QStringLiteral("tool.timeout"));
    QVERIFY2(r.error.message.contains(QLatin1String("reg")), qPrintable(r.error.message));
    QCOMPARE(m_fakes->calls().size(), 1); // it did start, and was stopped
}

void tst_ToolRunner::startFailedAndCrash()
{
    QDir tools(m_dir->filePath(QStringLiteral("tools")));
    QVERIFY(tools.mkpath(QStringLiteral(".")));
    writeScript(tools.filePath(QStringLiteral("sc.exe")), "#!/nonexistent/interpreter\n");
    writeScript(tools.filePath(QStringLiteral("reg.exe")), "#!/bin/sh\necho partial\nkill -9 $$\n");
    qputenv("KBWIZARD_TOOLS", QFile::encodeName(tools.path()));

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("could not start sc")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("reg query -> tool.crashed")));
    const ToolResult bad = ToolRunner().run(QStringLiteral("sc"), {QStringLiteral("query")});
    QCOMPARE(bad.error.code, QStringLiteral("tool.startFailed"));
    const ToolResult crashed = ToolRunner().run(QStringLiteral("reg"), {QStringLiteral("query")});
    QCOMPARE(crashed.error.code, QStringLiteral("tool.crashed"));
    QCOMPARE(crashed.stdOut, QStringLiteral("partial\n"));
}

void tst_ToolRunner::workerThreads()
{
    m_fakes->writeState(QJsonObject{{QStringLiteral("services"),
                            QJsonObject{{QStringLiteral("w3svc"),
                                         QJsonObject{{QStringLiteral("state"), QStringLiteral("RUNNING")}}}}}});
    const ToolRunner runner;
    QList<ToolResult> results(4);
    QList<QThread *> threads;
    for (int i = 0; i < 4; ++i) {
        threads << QThread::create([&runner, &results, i] {
            results[i] = runner.run(QStringLiteral("sc"), {QStringLiteral("query"), QStringLiteral("w3svc")});
        });
        threads.last()->start();
    }
    for (QThread *t : std::as_const(threads)) {
        QVERIFY(t->wait(30000));
        delete t;
    }
    for (const ToolResult &r : std::as_const(results)) {
        QVERIFY2(r.finished(), qPrintable(r.error.message));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.stdOut.contains(QLatin1String("4  RUNNING")));
    }
    QCOMPARE(m_fakes->calls().size(), 4);
}

void tst_ToolRunner::decode()
{
    QCOMPARE(ToolRunner::decodeOutput("NT-AUTORIT\xc3\x84T\\SYSTEM"), QStringLiteral("NT-AUTORIT\u00c4T\\SYSTEM"));
    QCOMPARE(ToolRunner::decodeOutput(QByteArray()), QString());
    QVERIFY(!ToolRunner::decodeOutput("caf\xe9").isEmpty()); // not UTF-8: local 8-bit, never dropped
}

QTEST_GUILESS_MAIN(tst_ToolRunner)
#include "tst_toolrunner.moc"
