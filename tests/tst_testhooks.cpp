// L1 (security review): the test-only KBWIZARD_* environment hooks must not exist in the packaged
// program. This test binary is linked with core/testhooks.cpp compiled WITHOUT
// KBWIZARD_TEST_HOOKS (tests/CMakeLists.txt adds it to this target only; the linker then never
// takes the hooks-on copy from libkbwizard_core.a), so the real engine code below (ToolRunner,
// NameResolver, faultPoint, Installation::backupRootFor) runs exactly as in a hooks-off build.
// The source scan proves that those call sites are the only way the program reads a KBWIZARD_*
// variable. Against 249947e every L1_* row fails: the hooks were read unconditionally.
#include "backup/atomicfile.h"
#include "clirunner.h"
#include "demofixture.h"
#include "host/toolrunner.h"
#include "installation.h"
#include "net/nameresolver.h"
#include "target.h"
#include "testhooks.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace kb;

class tst_TestHooks : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void L1_thisBinaryIsAHooksOffBuild();
    void L1_hooksOffIgnoresTools();
    void L1_hooksOffIgnoresHostsMap();
    void L1_hooksOffIgnoresFault();
    void L1_hooksOffIgnoresBackupDir();
    void L1_everyHookIsReadThroughTestHook();
    void L1_packagedProgramIgnoresHooks_data();
    void L1_packagedProgramIgnoresHooks();

private:
    QTemporaryDir m_dir;
};

void tst_TestHooks::init()
{
    QVERIFY(m_dir.isValid());
}

void tst_TestHooks::cleanup()
{
    for (TestHook h : {TestHook::Tools, TestHook::HostsMap, TestHook::Fault, TestHook::BackupDir,
                       TestHook::ScreenshotDir, TestHook::Autopilot, TestHook::FirstPaint})
        qunsetenv(testHookName(h));
}

void tst_TestHooks::L1_thisBinaryIsAHooksOffBuild()
{
    QVERIFY(!testHooksEnabled());
    for (TestHook h : {TestHook::Tools, TestHook::HostsMap, TestHook::Fault, TestHook::BackupDir,
                       TestHook::ScreenshotDir, TestHook::Autopilot, TestHook::FirstPaint}) {
        qputenv(testHookName(h), "set-by-the-attacker");
        QCOMPARE(testHook(h), QString());
    }
}

void tst_TestHooks::L1_hooksOffIgnoresTools()
{
    // A planted "sc" in the folder KBWIZARD_TOOLS names is never chosen.
    QDir dir(m_dir.filePath(QStringLiteral("tools")));
    QVERIFY(dir.mkpath(QStringLiteral(".")));
    for (const QString &name : {QStringLiteral("sc"), QStringLiteral("sc.exe")}) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\necho planted\n");
        f.close();
        QVERIFY(f.setPermissions(f.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeUser));
    }
    qputenv("KBWIZARD_TOOLS", QFile::encodeName(dir.path()));
    QStringList searched;
    const QString found = ToolRunner::resolve(QStringLiteral("sc"), &searched);
    QVERIFY2(!found.startsWith(dir.path()), qPrintable(found));
    for (const QString &s : searched)
        QVERIFY2(!s.startsWith(dir.path()), qPrintable(s));
}

void tst_TestHooks::L1_hooksOffIgnoresHostsMap()
{
    // With the hook, "localhost" would resolve to 127.0.0.9 from the planted map.
    const QString map = m_dir.filePath(QStringLiteral("hosts"));
    QFile f(map);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("127.0.0.9 localhost\n");
    f.close();
    qputenv("KBWIZARD_HOSTS_MAP", QFile::encodeName(map));
    const NameResolver::Result r = NameResolver::resolve(QStringLiteral("localhost"), 5000);
    QVERIFY(!r.addresses.contains(QHostAddress(QStringLiteral("127.0.0.9"))));
}

void tst_TestHooks::L1_hooksOffIgnoresFault()
{
    // With the hook this call ends the process at once (exit 86): the test would crash.
    qputenv("KBWIZARD_FAULT", "probe");
    faultPoint("probe");
    const QString path = m_dir.filePath(QStringLiteral("f.txt"));
    QVERIFY(!writeFileAtomically(path, "0123456789", "probe").isError());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("0123456789"));
}

void tst_TestHooks::L1_hooksOffIgnoresBackupDir()
{
    const QString planted = m_dir.filePath(QStringLiteral("attacker-backups"));
    qputenv("KBWIZARD_BACKUP_DIR", QFile::encodeName(planted));
    Target t;
    t.pccsrv = m_dir.filePath(QStringLiteral("PCCSRV"));
    const QString root = Installation::backupRootFor(t);
    QVERIFY(!root.isEmpty());
    QVERIFY2(!root.startsWith(planted), qPrintable(root));
}

void tst_TestHooks::L1_everyHookIsReadThroughTestHook()
{
    // No other source reads a KBWIZARD_* variable: a string literal naming one appears only in
    // core/testhooks.cpp and its header's comments (KBWIZARD_VERSION is a macro, not a string).
    const QRegularExpression literal(QStringLiteral("\"KBWIZARD_[A-Z_]+\""));
    int scanned = 0;
    for (const char *folder : {"core", "app", "wizard_pages"}) {
        QDirIterator it(QStringLiteral(KB_SOURCE_DIR "/") + QLatin1String(folder),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(QLatin1String("/core/testhooks.cpp")) || path.endsWith(QLatin1String("/core/testhooks.h")))
                continue;
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            ++scanned;
            const auto m = literal.match(text);
            QVERIFY2(!m.hasMatch(), qPrintable(path + QStringLiteral(": ") + m.captured()));
        }
    }
    QVERIFY(scanned > 50);
}

void tst_TestHooks::L1_packagedProgramIgnoresHooks_data()
{
    QTest::addColumn<bool>("packaged");
    // The developer build (the suite's kbwizard) obeys the hooks: that row proves the attack
    // below is real. The shipped program (app/CMakeLists.txt: package/kbwizard, the one the
    // Windows zip carries and `cmake --install` installs) must ignore them.
    QTest::newRow("developer build obeys") << false;
    QTest::newRow("packaged program ignores") << true;
}

void tst_TestHooks::L1_packagedProgramIgnoresHooks()
{
    QFETCH(bool, packaged);
    test::DemoFixture demo;
    QVERIFY(demo.create());
    const QString component = QStringLiteral("wfbs/Security Server/PCCSRV/Private/component.ini");
    const QByteArray before = demo.read(component);
    QTemporaryDir home;
    const QString planted = m_dir.filePath(QStringLiteral("attacker-backups"));
    QVERIFY(QDir().mkpath(planted));

    // A local attacker's environment: kill the fix at its first step and send the backup (a copy
    // of the server's files) to a folder the attacker reads.
    QProcessEnvironment env;
    env.insert(QStringLiteral("KBWIZARD_FAULT"), QStringLiteral("before-backup"));
    env.insert(QStringLiteral("KBWIZARD_BACKUP_DIR"), planted);
    env.insert(QStringLiteral("KBWIZARD_PACKAGE_BIN"), QStringLiteral(KBWIZARD_PACKAGE_BIN));
    QStringList wrapper;
    if (packaged) // run package/kbwizard in place of the suite's kbwizard, same arguments
        wrapper = {QStringLiteral("sh"), QStringLiteral("-c"),
                   QStringLiteral("shift; exec \"$KBWIZARD_PACKAGE_BIN\" \"$@\""), QStringLiteral("sh")};
    const auto r = test::runKbwizard({QStringLiteral("--headless"), QStringLiteral("--root"), demo.sandbox,
                                      QStringLiteral("--article"), QStringLiteral("update-failure"),
                                      QStringLiteral("--fix"), QStringLiteral("duplication-action"),
                                      QStringLiteral("--yes")},
                                     home.path(), env, wrapper);
    QVERIFY2(!r.crashed, qPrintable(r.err));
    if (!packaged) {
        QCOMPARE(r.exitCode, 86); // died at the planted fault point
        QCOMPARE(demo.read(component), before);
        return;
    }
    // The fix ran to the end (exit 1: the demo's other planted problems remain, README).
    QVERIFY2(r.exitCode == 1, qPrintable(QString::number(r.exitCode) + QLatin1Char(' ') + r.err));
    QByteArray fixed = before;
    fixed.replace("=80", "=0").replace("= 80", "= 0");
    QCOMPARE(demo.read(component), fixed);
    QCOMPARE(QDir(planted).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

QTEST_GUILESS_MAIN(tst_TestHooks)
#include "tst_testhooks.moc"
