// Faults while a fix runs, each provoked for real (a full file system, a read-only mount, a
// read-only file, links out of the installation): every one ends with a clear message naming the
// file, exit code 3, the installation's files byte-identical and no half-made backup set.
//
// The full disk is a small tmpfs mounted in a private mount namespace (`unshare --user
// --map-root-user --mount`), so the test needs no privileges; where user namespaces are not
// allowed, the rows that need them are skipped and a file-size limit (`ulimit -f`, the kernel
// refusing the write with EFBIG) stands in for the full disk.
#include "backup/backupstore.h"
#include "clirunner.h"
#include "demofixture.h"
#include "treesnapshot.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace kb;
using test::runKbwizard;

namespace {
const QString kPccsrv = QStringLiteral("wfbs/Security Server/PCCSRV");
const QString kComponent = kPccsrv + QStringLiteral("/Private/component.ini");

QStringList headlessFix(const QString &sandbox, const QString &step)
{
    return {QStringLiteral("--headless"), QStringLiteral("--root"), sandbox, QStringLiteral("--article"),
            QStringLiteral("update-failure"), QStringLiteral("--fix"), step, QStringLiteral("--yes")};
}

// Runs `script` as `sh -c script` inside a private user and mount namespace; kbwizard and its
// arguments follow as "$@".
QStringList inNamespace(const QString &script)
{
    return {QStringLiteral("unshare"), QStringLiteral("--user"), QStringLiteral("--map-root-user"),
            QStringLiteral("--mount"), QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh")};
}

bool namespacesWork()
{
    static const bool ok = [] {
        QTemporaryDir dir;
        QProcess p;
        p.start(QStringLiteral("unshare"),
                inNamespace(QStringLiteral("mount -t tmpfs -o size=64k tmpfs \"$1\"")) << dir.path());
        return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }();
    return ok;
}
} // namespace

class tst_Faults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private Q_SLOTS:
    // The backup cannot be written: the fix stops before the original is touched, and the
    // half-made set is gone (nothing that undo could be offered for).
    void diskFullWhileWritingBackup_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("step");
        QTest::addColumn<int>("freeKiB");
        QTest::addColumn<QString>("reason"); // part of the message the kernel's refusal gives
        // duplication-action backs up one file; disk-cleaner two: with room for one copy the
        // second fails after the first was written.
        QTest::newRow("tmpfs full, first copy") << QStringLiteral("tmpfs") << QStringLiteral("duplication-action")
                                                << 0 << QStringLiteral("No space left on device");
        QTest::newRow("tmpfs full, second copy") << QStringLiteral("tmpfs") << QStringLiteral("disk-cleaner")
                                                 << 4 << QStringLiteral("No space left on device");
        QTest::newRow("file size limit") << QStringLiteral("ulimit") << QStringLiteral("duplication-action")
                                         << 0 << QStringLiteral("File too large");
    }
    void diskFullWhileWritingBackup()
    {
        QFETCH(QString, how);
        QFETCH(QString, step);
        QFETCH(int, freeKiB);
        QFETCH(QString, reason);
        if (how == QLatin1String("tmpfs") && !namespacesWork())
            QSKIP("user namespaces are not available here (unshare --user --mount failed)");

        test::DemoFixture demo;
        QVERIFY(demo.create());
        const QString pccsrv = QDir(demo.sandbox).filePath(kPccsrv);
        const auto before = test::treeSnapshot(pccsrv);
        QTemporaryDir work;
        const QString mnt = work.filePath(QStringLiteral("mnt"));
        const QString listing = work.filePath(QStringLiteral("after.txt"));
        QVERIFY(QDir().mkpath(mnt));

        QProcessEnvironment env;
        env.insert(QStringLiteral("KBWIZARD_BACKUP_DIR"), mnt + QStringLiteral("/backups"));
        env.insert(QStringLiteral("MNT"), mnt);
        env.insert(QStringLiteral("FREE_KIB"), QString::number(freeKiB));
        env.insert(QStringLiteral("LISTING"), listing);
        QStringList wrapper;
        if (how == QLatin1String("tmpfs")) {
            // Fill the file system completely, then give back exactly FREE_KIB.
            wrapper = inNamespace(QStringLiteral(
                "mount -t tmpfs -o size=256k tmpfs \"$MNT\" || exit 90\n"
                "mkdir -p \"$MNT/backups\"\n"
                "cat /dev/zero > \"$MNT/filler\" 2>/dev/null\n"
                "truncate -s -\"${FREE_KIB}\"K \"$MNT/filler\" || exit 91\n"
                "\"$@\"; rc=$?\n"
                "(cd \"$MNT/backups\" && find . -mindepth 1) > \"$LISTING\"\n"
                "exit $rc"));
        } else {
            wrapper = {QStringLiteral("sh"), QStringLiteral("-c"),
                       QStringLiteral("mkdir -p \"$MNT/backups\"\n"
                                      "(trap '' XFSZ; ulimit -f 0; \"$@\"); rc=$?\n"
                                      "(cd \"$MNT/backups\" && find . -mindepth 1) > \"$LISTING\"\n"
                                      "exit $rc"),
                       QStringLiteral("sh")};
        }
        const auto r = runKbwizard(headlessFix(demo.sandbox, step), m_home.path(), env, wrapper);
        QVERIFY2(!r.crashed, qPrintable(r.err));
        QVERIFY2(r.exitCode == 3, qPrintable(QString::number(r.exitCode) + r.out + r.err));
        // A clear message: which step, that the backup failed and nothing changed, and why.
        QVERIFY2(r.err.contains(step + QStringLiteral(": the fix failed")), qPrintable(r.err));
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("The backup could not be made, so nothing was changed.")),
                 qPrintable(r.out));
        // The originals are untouched, and no half-made backup set is left to be listed.
        QCOMPARE(test::treeSnapshot(pccsrv), before);
        QFile list(listing);
        QVERIFY(list.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(list.readAll()).trimmed(), QString());
    }

    // The installation's own disk is full (the backups live elsewhere): writing the new file
    // fails, and the original must still be there, whole, afterwards (Qt's QSaveFile alone
    // would have put an empty file in its place).
    void diskFullWhileWritingTarget()
    {
        if (!namespacesWork())
            QSKIP("user namespaces are not available here (unshare --user --mount failed)");
        test::DemoFixture demo;
        QVERIFY(demo.create());
        const QString pccsrvRel = kPccsrv;
        const auto before = test::treeSnapshot(QDir(demo.sandbox).filePath(pccsrvRel));
        QTemporaryDir work;
        const QString mnt = work.filePath(QStringLiteral("mnt"));
        const QString after = work.filePath(QStringLiteral("after"));
        QVERIFY(QDir().mkpath(mnt));
        QProcessEnvironment env;
        env.insert(QStringLiteral("KBWIZARD_BACKUP_DIR"), work.filePath(QStringLiteral("backups")));
        env.insert(QStringLiteral("MNT"), mnt);
        env.insert(QStringLiteral("SRC"), demo.sandbox);
        env.insert(QStringLiteral("AFTER"), after);
        const QString inMount = mnt + QStringLiteral("/sandbox");
        // The copy is the same sandbox (same marker): recorded as the user's own, as a demo
        // sandbox must be (M7), where the binary looks for the record.
        const QJsonObject marker = QJsonDocument::fromJson(demo.read(QStringLiteral("kbwizard-demo.json"))).object();
        env.insert(QStringLiteral("REGISTRY"), QDir(m_home.path()).filePath(QStringLiteral(".local/share/KBWizard/kbwizard/demo-sandboxes.json")));
        env.insert(QStringLiteral("REGISTRY_JSON"),
                   QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("sandboxes"),
                                                                QJsonArray{QJsonObject{{QStringLiteral("path"), QFileInfo(mnt).canonicalFilePath() + QStringLiteral("/sandbox")},
                                                                                       {QStringLiteral("nonce"), marker.value(QStringLiteral("nonce"))}}}}})
                                         .toJson(QJsonDocument::Compact)));
        const auto r = runKbwizard(headlessFix(inMount, QStringLiteral("duplication-action")), m_home.path(), env,
                                   inNamespace(QStringLiteral(
                                       "mount -t tmpfs -o size=4m tmpfs \"$MNT\" || exit 90\n"
                                       "cp -a \"$SRC\" \"$MNT/sandbox\" || exit 91\n"
                                       "mkdir -p \"$(dirname \"$REGISTRY\")\" && printf '%s' \"$REGISTRY_JSON\" > \"$REGISTRY\"\n"
                                       "cat /dev/zero > \"$MNT/filler\" 2>/dev/null\n"
                                       "\"$@\"; rc=$?\n"
                                       "cp -a \"$MNT/sandbox\" \"$AFTER\"\n"
                                       "exit $rc")));
        QVERIFY2(r.exitCode == 3, qPrintable(QString::number(r.exitCode) + r.out + r.err));
        QVERIFY2(r.err.contains(QStringLiteral("component.ini: Cannot write: No space left on device")),
                 qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Rolled back")), qPrintable(r.out));
        // Every file as it was, and no temporary file left beside them.
        QCOMPARE(test::treeSnapshot(QDir(after).filePath(pccsrvRel)), before);
        const QList<BackupSet> sets = BackupStore(work.filePath(QStringLiteral("backups"))).list();
        QCOMPARE(sets.size(), 1);
        QCOMPARE(sets.first().state, BackupSet::State::RolledBack);
    }

    // A file another program holds open for writing cannot be replaced on Windows; here the
    // kernel refuses the same way for a read-only mount. The fix is refused before any backup.
    void targetOnReadOnlyMount()
    {
        if (!namespacesWork())
            QSKIP("user namespaces are not available here (unshare --user --mount failed)");
        test::DemoFixture demo;
        QVERIFY(demo.create());
        const QString pccsrv = QDir(demo.sandbox).filePath(kPccsrv);
        const auto before = test::treeSnapshot(pccsrv);
        QProcessEnvironment env;
        env.insert(QStringLiteral("RO_DIR"), QDir(pccsrv).filePath(QStringLiteral("Private")));
        const auto r = runKbwizard(headlessFix(demo.sandbox, QStringLiteral("duplication-action")),
                                   m_home.path(), env,
                                   inNamespace(QStringLiteral("mount --bind -o ro \"$RO_DIR\" \"$RO_DIR\" || exit 90\n"
                                                              "exec \"$@\"")));
        QVERIFY2(r.exitCode == 3, qPrintable(QString::number(r.exitCode) + r.out + r.err));
        QVERIFY2(r.err.contains(QStringLiteral("component.ini")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("cannot be opened for writing: Read-only file system")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Nothing was changed.")), qPrintable(r.err));
        QCOMPARE(test::treeSnapshot(pccsrv), before);
        QCOMPARE(BackupStore(QDir(demo.sandbox).filePath(QStringLiteral("backups"))).list().size(), 0);
    }

    // The read-only attribute (no write permission) is honoured even by an administrator (root
    // here): the wizard says so instead of silently replacing the file.
    void readOnlyTargetFile()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        const QString path = QDir(demo.sandbox).filePath(kComponent);
        const QFile::Permissions readOnly = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
        QVERIFY(QFile::setPermissions(path, readOnly));
        const auto before = test::treeSnapshot(QDir(demo.sandbox).filePath(kPccsrv));

        const auto r = runKbwizard(headlessFix(demo.sandbox, QStringLiteral("duplication-action")), m_home.path());
        QVERIFY2(r.exitCode == 3, qPrintable(QString::number(r.exitCode) + r.out + r.err));
        QVERIFY2(r.err.contains(QDir::toNativeSeparators(path) + QStringLiteral(": The file is read-only.")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Clear its read-only attribute")), qPrintable(r.err));
        QCOMPARE(test::treeSnapshot(QDir(demo.sandbox).filePath(kPccsrv)), before);
        QVERIFY(!(QFileInfo(path).permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther)));
        QCOMPARE(BackupStore(QDir(demo.sandbox).filePath(QStringLiteral("backups"))).list().size(), 0);

        // With the attribute cleared, the same fix goes through.
        QVERIFY(QFile::setPermissions(path, readOnly | QFile::WriteOwner));
        const auto again = runKbwizard(headlessFix(demo.sandbox, QStringLiteral("duplication-action")), m_home.path());
        QVERIFY2(again.out.contains(QStringLiteral("duplication-action: fixed and verified")), qPrintable(again.out + again.err));
    }

    // A link in the installation that leads out of it: diagnosis may read through it, a fix
    // never writes through it, and the file outside is left exactly as it was.
    void linkOutOfTheInstallation_data()
    {
        QTest::addColumn<bool>("linkTheFolder"); // Private -> outside, or component.ini -> outside
        QTest::addColumn<QString>("code");
        QTest::newRow("file link") << false << QStringLiteral("is a link");
        QTest::newRow("folder link") << true << QStringLiteral("leads outside the installation folder");
    }
    void linkOutOfTheInstallation()
    {
        QFETCH(bool, linkTheFolder);
        QFETCH(QString, code);
        test::DemoFixture demo;
        QVERIFY(demo.create());
        QTemporaryDir outside;
        const QString pccsrv = QDir(demo.sandbox).filePath(kPccsrv);
        const QString component = QDir(demo.sandbox).filePath(kComponent);
        const QByteArray broken = demo.read(kComponent); // DuplicationAction=80: the check fails
        QVERIFY(broken.contains("80"));
        QString linkPath;
        if (linkTheFolder) {
            const QString privateDir = QDir(pccsrv).filePath(QStringLiteral("Private"));
            QVERIFY(QDir().rename(privateDir, outside.filePath(QStringLiteral("Private"))));
            QVERIFY(QFile::link(outside.filePath(QStringLiteral("Private")), privateDir));
        } else {
            QFile::remove(component);
            QFile out(outside.filePath(QStringLiteral("component.ini")));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(broken);
            out.close();
            QVERIFY(QFile::link(out.fileName(), component));
        }
        const auto outsideBefore = test::treeSnapshot(outside.path());
        const auto treeBefore = test::treeSnapshot(pccsrv);

        const auto r = runKbwizard(headlessFix(demo.sandbox, QStringLiteral("duplication-action")), m_home.path());
        QVERIFY2(r.exitCode == 3, qPrintable(QString::number(r.exitCode) + r.out + r.err));
        QVERIFY2(r.err.contains(QStringLiteral("component.ini")), qPrintable(r.err));
        QVERIFY2(r.err.contains(code), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Nothing was changed.")), qPrintable(r.err));
        // The diagnosis did read through the link: the broken value is reported.
        QVERIFY2(r.out.contains(QStringLiteral("[FAILED] duplication-action")), qPrintable(r.out));
        QCOMPARE(test::treeSnapshot(outside.path()), outsideBefore);
        QCOMPARE(test::treeSnapshot(pccsrv), treeBefore);
        QCOMPARE(BackupStore(QDir(demo.sandbox).filePath(QStringLiteral("backups"))).list().size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_Faults)
#include "tst_faults.moc"
