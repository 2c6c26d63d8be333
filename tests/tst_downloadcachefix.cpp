// Article 000 `disk-cleaner`, the automatic fix: the damaged files of the ActiveUpdate download
// cache (and the .sig beside each) are backed up, then removed; the check passes; undo puts them
// back byte for byte, and refuses (unless forced) when an update has written a new file there.
// Also: FileEdit::deletesFile in the backup store (manifest, inspect, rollback) and a process
// killed at every fault phase of the fix (this test binary runs itself as the child).
#include "articles/articles.h"
#include "backup/atomicfile.h"
#include "backup/backupstore.h"
#include "demofixture.h"
#include "checks/downloadcachecheck.h"
#include "fixes/downloadcachefix.h"
#include "fixes/fixexecutor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace kb;

namespace {
const QString kPccsrv = QStringLiteral("wfbs/Security Server/PCCSRV/");
const QString kCache = kPccsrv + QStringLiteral("Download/ActiveUpdate/");
const QString kEmpty = QStringLiteral("pattern/vsapi/lpt1723100.zip");   // 0 bytes in the demo
const QString kTruncated = QStringLiteral("pattern/ssaptn/ssaptn2871.zip"); // 282 of 846 bytes
const QStringList kGood{QStringLiteral("pattern/icrc/ioth1793100.zip"), QStringLiteral("pattern/vctptn/vct1637.zip")};
// What the fix removes on the demo: the two damaged files and their .sig, in index order.
const QStringList kRemoved{kEmpty, kEmpty + QStringLiteral(".sig"), kTruncated, kTruncated + QStringLiteral(".sig")};

const char *const kChildPccsrv = "KB_DCFIX_CHILD_PCCSRV";
const char *const kChildBackups = "KB_DCFIX_CHILD_BACKUPS";

QString display(const QString &cacheRelative)
{
    return Target::displayPath(QStringLiteral("Download/ActiveUpdate/") + cacheRelative);
}

// A check that never passes: makes the executor's verification fail, so it rolls back.
class AlwaysFails final : public Check
{
public:
    CheckResult run(const CheckContext &) const override
    {
        CheckResult r;
        r.status = Status::Fail;
        r.message = QStringLiteral("still broken (test)");
        return r;
    }
};

// The child process of killedDuringFix: applies the demo's disk-cleaner fix; KBWIZARD_FAULT
// (set by the parent) ends it at the chosen phase.
int runChild()
{
    Target t;
    t.pccsrv = qEnvironmentVariable(kChildPccsrv);
    t.product = Product::Wfbs;
    t.version = QStringLiteral("10.0");
    CheckContext ctx;
    ctx.target = t;
    const Article article = articles::updateFailure();
    const Step *step = article.step(QStringLiteral("disk-cleaner"));
    const FixPlan plan = step->fix->plan(ctx, {});
    const FixOutcome out = FixExecutor::apply(article.id, *step, ctx, plan,
                                              BackupStore(qEnvironmentVariable(kChildBackups)));
    return out.succeeded() ? 0 : 1;
}
} // namespace

class tst_DownloadCacheFix : public QObject
{
    Q_OBJECT

    const Article m_article = articles::updateFailure();

    const Step &step() const { return *m_article.step(QStringLiteral("disk-cleaner")); }
    static CheckContext context(const test::DemoFixture &demo)
    {
        CheckContext ctx;
        ctx.target = demo.wfbs;
        return ctx;
    }
    static QString cachePath(const test::DemoFixture &demo, const QString &rel)
    {
        return QDir(demo.sandbox).filePath(kCache + rel);
    }
    static QStringList displays(const FixPlan &plan)
    {
        QStringList out;
        for (const FileEdit &e : plan.edits)
            out << e.displayPath;
        return out;
    }
    static QStringList removedDisplays()
    {
        QStringList out;
        for (const QString &f : kRemoved)
            out << display(f);
        return out;
    }
    // Every cache file (and its .sig) holds the bundled bytes.
    static void verifyCacheIsBundled(const test::DemoFixture &demo)
    {
        for (const QString &f : kRemoved + kGood + QStringList{kGood.at(0) + QStringLiteral(".sig"),
                                                                QStringLiteral("server.ini"), QStringLiteral("checksum.ini")}) {
            QVERIFY2(QFileInfo(cachePath(demo, f)).isFile(), qPrintable(f));
            QCOMPARE(demo.read(kCache + f), test::DemoFixture::bundled(kCache + f));
        }
    }
    FixOutcome applyOnDemo(const test::DemoFixture &demo, const BackupStore &store) const
    {
        const CheckContext ctx = context(demo);
        return FixExecutor::apply(m_article.id, step(), ctx, step().fix->plan(ctx, {}), store);
    }

private Q_SLOTS:
    void planListsExactlyTheDamagedFiles()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        const CheckContext ctx = context(demo);
        QCOMPARE(step().check->run(ctx).status, Status::Fail);
        QVERIFY(step().fix);
        QVERIFY(!step().fix->description().isEmpty());
        QVERIFY(step().fix->inputs(ctx).isEmpty());

        const FixPlan plan = step().fix->plan(ctx, {});
        QVERIFY2(!plan.error, qPrintable(plan.error.toString()));
        QCOMPARE(displays(plan), removedDisplays());
        QVERIFY(plan.actions.isEmpty()); // nothing is run: no Disk Cleaner, no service
        QVERIFY(!plan.prepare);
        for (int i = 0; i < plan.edits.size(); ++i) {
            const FileEdit &e = plan.edits.at(i);
            QVERIFY(e.deletesFile);
            QVERIFY(!e.createsFile);
            QCOMPARE(e.before, test::DemoFixture::bundled(kCache + kRemoved.at(i)));
            QCOMPARE(QDir::cleanPath(e.path), QDir::cleanPath(cachePath(demo, kRemoved.at(i))));
            QVERIFY(QDir::cleanPath(e.path).startsWith(QDir::cleanPath(demo.wfbs.path(QStringLiteral("Download/ActiveUpdate"))) + QLatin1Char('/')));
        }
        QVERIFY(plan.notes.contains(QStringLiteral("The damaged files are removed from the download cache (backed up "
                                                   "first); the next update downloads them again.")));
        QVERIFY(!plan.notes.join(QLatin1Char(' ')).contains(QStringLiteral("TMDiskCleaner"))); // not on the demo

        const QString preview = FixExecutor::preview(plan);
        QVERIFY2(preview.contains(QStringLiteral("Delete Download\\ActiveUpdate\\pattern\\vsapi\\lpt1723100.zip (0 bytes; backed up first)\n")),
                 qPrintable(preview));
        QVERIFY(preview.contains(QStringLiteral("Delete Download\\ActiveUpdate\\pattern\\ssaptn\\ssaptn2871.zip (282 bytes; backed up first)\n")));
        QVERIFY(preview.contains(QStringLiteral("Delete Download\\ActiveUpdate\\pattern\\ssaptn\\ssaptn2871.zip.sig (128 bytes; backed up first)\n")));
        QVERIFY(!preview.contains(QStringLiteral("@@"))); // no diff of binary content
        QVERIFY(!preview.contains(QStringLiteral("ioth1793100")));

        // Planning changed nothing.
        verifyCacheIsBundled(demo);
    }

    void toolPresentAddsItsCommandAsANote()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        QVERIFY(QDir().mkpath(demo.wfbs.path(QStringLiteral("Admin/Utility/DiskCleaner"))));
        demo.write(kPccsrv + QStringLiteral("Admin/Utility/DiskCleaner/TMDiskCleaner.exe"), "MZ");
        const FixPlan plan = step().fix->plan(context(demo), {});
        QVERIFY(!plan.error);
        const QString exe = QDir::toNativeSeparators(demo.wfbs.path(QStringLiteral("Admin/Utility/DiskCleaner/TMDiskCleaner.exe")));
        const QString notes = plan.notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QLatin1Char('"') + exe + QStringLiteral("\" /hide /log")), qPrintable(notes));
        QVERIFY(notes.contains(QStringLiteral("The wizard does not run it.")));
        QVERIFY(plan.actions.isEmpty());
        QCOMPARE(displays(plan), removedDisplays()); // the tool itself is never planned
    }

    void nothingDamagedPlansNothing()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        for (const QString &f : {kEmpty, kTruncated})
            QVERIFY(QFile::remove(cachePath(demo, f)));
        const FixPlan plan = step().fix->plan(context(demo), {});
        QVERIFY(!plan.error);
        QVERIFY(plan.isEmpty());
    }

    void applyVerifyUndo()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        const CheckContext ctx = context(demo);
        const BackupStore store(demo.tmp.filePath(QStringLiteral("backups")));
        const FixOutcome out = applyOnDemo(demo, store);
        QVERIFY2(out.succeeded(), qPrintable(out.error.toString() + QLatin1Char('\n') + out.messages.join(QLatin1Char('\n'))));
        QCOMPARE(out.after.status, Status::Pass);
        QVERIFY(out.messages.join(QLatin1Char('\n')).contains(QStringLiteral("Removed Download\\ActiveUpdate\\pattern\\vsapi\\lpt1723100.zip.")));
        for (const QString &f : kRemoved)
            QVERIFY2(!QFileInfo::exists(cachePath(demo, f)), qPrintable(f));
        for (const QString &f : kGood) // untouched
            QCOMPARE(demo.read(kCache + f), test::DemoFixture::bundled(kCache + f));
        QCOMPARE(step().check->run(ctx).status, Status::Pass);

        // The backup set holds every removed file, verified, marked deleted.
        KbError e;
        const BackupSet set = store.load(out.backupSetId, &e);
        QVERIFY2(!e, qPrintable(e.toString()));
        QCOMPARE(set.state, BackupSet::State::Applied);
        QCOMPARE(set.items.size(), kRemoved.size());
        for (int i = 0; i < set.items.size(); ++i) {
            const BackupItem &item = set.items.at(i);
            QCOMPARE(item.displayPath, display(kRemoved.at(i)));
            QVERIFY(item.deleted);
            QVERIFY(!item.created);
            QVERIFY(item.sha256After.isEmpty());
            const QByteArray original = test::DemoFixture::bundled(kCache + kRemoved.at(i));
            QCOMPARE(item.sha256Before, BackupStore::sha256Hex(original));
            QFile copy(QDir(set.dir).filePath(item.backupFile));
            QVERIFY(copy.open(QIODevice::ReadOnly));
            QCOMPARE(copy.readAll(), original);
        }
        QFile manifest(QDir(set.dir).filePath(QStringLiteral("manifest.json")));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        const QJsonArray items = QJsonDocument::fromJson(manifest.readAll()).object().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), kRemoved.size());
        for (const QJsonValue &v : items)
            QCOMPARE(v.toObject().value(QStringLiteral("deleted")).toBool(), true);
        for (const UndoFileState &st : store.inspect(set))
            QCOMPARE(st.verdict, UndoFileState::Verdict::Restorable);

        // Undo: byte-identical again, and the check finds the damage again.
        QStringList messages;
        e = store.undo(out.backupSetId, demo.wfbs.pccsrv, false, nullptr, &messages);
        QVERIFY2(!e, qPrintable(e.toString()));
        QVERIFY(messages.contains(QStringLiteral("Restored Download\\ActiveUpdate\\pattern\\vsapi\\lpt1723100.zip, which the fix had removed.")));
        verifyCacheIsBundled(demo);
        QCOMPARE(QFileInfo(cachePath(demo, kEmpty)).size(), 0);
        QCOMPARE(step().check->run(ctx).status, Status::Fail);
        QCOMPARE(store.load(out.backupSetId, &e).state, BackupSet::State::Undone);
    }

    void undoRestoresAMissingFolder()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        const BackupStore store(demo.tmp.filePath(QStringLiteral("backups")));
        const FixOutcome out = applyOnDemo(demo, store);
        QVERIFY(out.succeeded());
        // Someone removed the now empty folder of lpt1723100.zip.
        QVERIFY(QDir(cachePath(demo, QStringLiteral("pattern/vsapi"))).removeRecursively());
        const KbError e = store.undo(out.backupSetId, demo.wfbs.pccsrv, false, nullptr);
        QVERIFY2(!e, qPrintable(e.toString()));
        verifyCacheIsBundled(demo);
    }

    void undoRefusedWhenANewFileIsThere()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        const CheckContext ctx = context(demo);
        const BackupStore store(demo.tmp.filePath(QStringLiteral("backups")));
        const FixOutcome out = applyOnDemo(demo, store);
        QVERIFY(out.succeeded());
        // The next update downloaded a new lpt1723100.zip.
        const QByteArray fresh(1026, 'n');
        demo.write(kCache + kEmpty, fresh);

        KbError e;
        const BackupSet set = store.load(out.backupSetId, &e);
        const QList<UndoFileState> states = store.inspect(set);
        QCOMPARE(states.at(0).verdict, UndoFileState::Verdict::ChangedSinceFix);
        QCOMPARE(states.at(0).currentSha256, BackupStore::sha256Hex(fresh));
        QCOMPARE(states.at(2).verdict, UndoFileState::Verdict::Restorable);

        e = store.undo(out.backupSetId, demo.wfbs.pccsrv, false, nullptr);
        QVERIFY(e);
        QCOMPARE(e.code, QStringLiteral("backup.changed-since"));
        QVERIFY2(e.message.contains(QStringLiteral("Download\\ActiveUpdate\\pattern\\vsapi\\lpt1723100.zip")), qPrintable(e.message));
        QVERIFY(e.message.contains(QStringLiteral("--force")));
        // The refusal touched nothing: the new file stays, the other removed files stay removed.
        QCOMPARE(demo.read(kCache + kEmpty), fresh);
        for (const QString &f : kRemoved.mid(1))
            QVERIFY2(!QFileInfo::exists(cachePath(demo, f)), qPrintable(f));
        QCOMPARE(store.load(out.backupSetId, &e).state, BackupSet::State::Applied);

        // --force restores the backup regardless.
        e = store.undo(out.backupSetId, demo.wfbs.pccsrv, true, nullptr);
        QVERIFY2(!e, qPrintable(e.toString()));
        verifyCacheIsBundled(demo);
        QCOMPARE(step().check->run(ctx).status, Status::Fail);
    }

    void undoAcceptsTheOriginalPutBack()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        const BackupStore store(demo.tmp.filePath(QStringLiteral("backups")));
        const FixOutcome out = applyOnDemo(demo, store);
        QVERIFY(out.succeeded());
        demo.write(kCache + kTruncated, test::DemoFixture::bundled(kCache + kTruncated)); // put back by hand
        KbError e;
        const QList<UndoFileState> states = store.inspect(store.load(out.backupSetId, &e));
        QCOMPARE(states.at(2).verdict, UndoFileState::Verdict::AlreadyOriginal);
        QStringList messages;
        e = store.undo(out.backupSetId, demo.wfbs.pccsrv, false, nullptr, &messages);
        QVERIFY2(!e, qPrintable(e.toString()));
        QVERIFY(messages.contains(QStringLiteral("Download\\ActiveUpdate\\pattern\\ssaptn\\ssaptn2871.zip already holds its original content.")));
        verifyCacheIsBundled(demo);
    }

    void failedVerificationRollsBack()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        const CheckContext ctx = context(demo);
        const BackupStore store(demo.tmp.filePath(QStringLiteral("backups")));
        Step failing = step();
        failing.check = std::make_shared<AlwaysFails>();
        const FixOutcome out = FixExecutor::apply(m_article.id, failing, ctx, step().fix->plan(ctx, {}), store);
        QVERIFY(!out.succeeded());
        QCOMPARE(out.error.code, QStringLiteral("fix.verify"));
        QVERIFY(out.rolledBack);
        verifyCacheIsBundled(demo);
        KbError e;
        QCOMPARE(store.load(out.backupSetId, &e).state, BackupSet::State::RolledBack);
    }

    void fileChangedAfterThePreviewIsRefused()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        const CheckContext ctx = context(demo);
        const BackupStore store(demo.tmp.filePath(QStringLiteral("backups")));
        const FixPlan plan = step().fix->plan(ctx, {});
        demo.write(kCache + kTruncated, QByteArray(846, 'x')); // an update wrote it meanwhile
        const FixOutcome out = FixExecutor::apply(m_article.id, step(), ctx, plan, store);
        QVERIFY(!out.succeeded());
        QCOMPARE(out.error.code, QStringLiteral("backup.changed"));
        QVERIFY(QFileInfo::exists(cachePath(demo, kEmpty))); // nothing removed
        QCOMPARE(demo.read(kCache + kTruncated), QByteArray(846, 'x'));
    }

    void neverOutsideTheCacheNorItsIndex()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        // An index that names files outside the cache and the index files themselves, each with
        // a size that does not match, so the check calls them damaged.
        const QByteArray index = demo.read(kCache + QStringLiteral("server.ini"))
                                 + "P.900=../../Private/ofcserver.ini,1.0,1\r\n"
                                   "P.901=server.ini,1.0,1\r\n"
                                   "P.902=CHECKSUM.INI,1.0,1\r\n";
        demo.write(kCache + QStringLiteral("server.ini"), index);
        const CheckContext ctx = context(demo);
        const CheckResult r = step().check->run(ctx);
        QCOMPARE(r.status, Status::Fail);
        QVERIFY2(r.message.contains(QStringLiteral("ofcserver.ini")), qPrintable(r.message));

        const FixPlan plan = step().fix->plan(ctx, {});
        QVERIFY(!plan.error);
        QCOMPARE(displays(plan), removedDisplays());
        const QString notes = plan.notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QStringLiteral("Left alone")), qPrintable(notes));
        QVERIFY(notes.contains(QStringLiteral("ofcserver.ini")));

        // Only unsafe entries left: the fix refuses instead of planning nothing silently.
        for (const QString &f : {kEmpty, kTruncated})
            QVERIFY(QFile::remove(cachePath(demo, f)));
        const FixPlan unsafe = step().fix->plan(ctx, {});
        QVERIFY(unsafe.error);
        QCOMPARE(unsafe.error.code, QStringLiteral("fix.unsafe"));
        QVERIFY(unsafe.edits.isEmpty());
    }

    void symlinkedFileIsLeftAlone()
    {
#ifdef Q_OS_UNIX
        test::DemoFixture demo;
        QVERIFY(demo.create());
        const QString outside = demo.tmp.filePath(QStringLiteral("outside.zip"));
        {
            QFile f(outside);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("precious");
        }
        QVERIFY(QFile::remove(cachePath(demo, kEmpty)));
        QVERIFY(QFile::link(outside, cachePath(demo, kEmpty)));
        const FixPlan plan = step().fix->plan(context(demo), {});
        QVERIFY(!plan.error);
        QCOMPARE(displays(plan), (QStringList{display(kTruncated), display(kTruncated + QStringLiteral(".sig"))}));
        QVERIFY(plan.notes.join(QLatin1Char('\n')).contains(QStringLiteral("not a plain file")));
#else
        QSKIP("symbolic links: Unix only here");
#endif
    }

    void manifestWithoutDeletedReadsFalse()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("a.ini"));
        QVERIFY(!writeFileAtomically(file, "a=1\r\n"));
        const BackupStore store(dir.filePath(QStringLiteral("backups")));
        BackupSet set;
        QVERIFY(!store.createSet(QStringLiteral("a"), QStringLiteral("s"), dir.path(),
                                 {FileEdit{file, QStringLiteral("a.ini"), "a=1\r\n", "a=2\r\n"}}, &set));
        const QString manifest = QDir(set.dir).filePath(QStringLiteral("manifest.json"));
        QByteArray bytes;
        QVERIFY(!readWholeFile(manifest, &bytes));
        QJsonObject o = QJsonDocument::fromJson(bytes).object();
        QJsonArray items = o.value(QStringLiteral("items")).toArray();
        QJsonObject item = items.at(0).toObject();
        QCOMPARE(item.value(QStringLiteral("deleted")).toBool(true), false);
        item.remove(QStringLiteral("deleted")); // as an older version wrote it
        items.replace(0, item);
        o.insert(QStringLiteral("items"), items);
        QVERIFY(!writeFileAtomically(manifest, QJsonDocument(o).toJson()));
        KbError e;
        const BackupSet loaded = store.load(set.id, &e);
        QVERIFY(!e);
        QVERIFY(!loaded.items.at(0).deleted);
        QCOMPARE(store.inspect(loaded).at(0).verdict, UndoFileState::Verdict::AlreadyOriginal);
    }

    void createAndDeleteAtOnceIsRefused()
    {
        QTemporaryDir dir;
        const BackupStore store(dir.filePath(QStringLiteral("backups")));
        FileEdit edit{dir.filePath(QStringLiteral("x")), QStringLiteral("x"), {}, {}};
        edit.createsFile = edit.deletesFile = true;
        BackupSet set;
        QVERIFY(store.createSet(QStringLiteral("a"), QStringLiteral("s"), dir.path(), {edit}, &set));
    }

    // A process killed at each phase: the files are either all there or removed one by one,
    // never half-written, and the set it leaves (if any) undoes to the bundled bytes.
    void killedDuringFix_data()
    {
        QTest::addColumn<QString>("phase");
        QTest::addColumn<int>("expectRemoved"); // files of kRemoved gone after the kill
        QTest::addColumn<bool>("expectSet");
        QTest::newRow("before-backup") << QStringLiteral("before-backup") << 0 << false;
        QTest::newRow("after-backup") << QStringLiteral("after-backup") << 0 << true;
        QTest::newRow("mid-write") << QStringLiteral("mid-write") << 1 << true; // after the first removal
        QTest::newRow("before-verify") << QStringLiteral("before-verify") << int(kRemoved.size()) << true;
    }
    void killedDuringFix()
    {
        QFETCH(QString, phase);
        QFETCH(int, expectRemoved);
        QFETCH(bool, expectSet);
        test::DemoFixture demo;
        QVERIFY(demo.create());
        const QString backups = demo.tmp.filePath(QStringLiteral("backups"));
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kChildPccsrv), demo.wfbs.pccsrv);
        env.insert(QString::fromLatin1(kChildBackups), backups);
        env.insert(QStringLiteral("KBWIZARD_FAULT"), phase);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(120000));
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QVERIFY2(child.exitCode() == 86, qPrintable(QString::fromLocal8Bit(child.readAllStandardError())));

        int removed = 0;
        for (const QString &f : kRemoved) {
            if (!QFileInfo::exists(cachePath(demo, f)))
                ++removed;
            else
                QCOMPARE(demo.read(kCache + f), test::DemoFixture::bundled(kCache + f));
        }
        QCOMPARE(removed, expectRemoved);

        const BackupStore store(backups);
        const QList<BackupSet> sets = store.list();
        QCOMPARE(sets.size(), expectSet ? 1 : 0);
        if (!expectSet)
            return;
        QCOMPARE(sets.first().items.size(), kRemoved.size()); // the manifest lists every removal up front
        const KbError e = store.undo(sets.first().id, demo.wfbs.pccsrv, false, nullptr);
        QVERIFY2(!e, qPrintable(e.toString()));
        verifyCacheIsBundled(demo);
    }
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet(kChildPccsrv)) {
        QCoreApplication app(argc, argv);
        return runChild();
    }
    QCoreApplication app(argc, argv);
    tst_DownloadCacheFix tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_downloadcachefix.moc"
