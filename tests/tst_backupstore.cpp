// BackupStore: verified backup -> atomic apply -> undo, byte-identical; refusals; restarts.
#include "backup/atomicfile.h"
#include "backup/backupstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace kb;

class tst_BackupStore : public QObject
{
    Q_OBJECT

private:
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }
    static void write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    // Backs up `path`, writes `after` as FixExecutor does, marks the set applied.
    static BackupSet applyEdit(const BackupStore &store, const QString &path, const QByteArray &after)
    {
        FileEdit edit{path, QStringLiteral("Admin\\aucfg.ini"), read(path), after};
        BackupSet set;
        const KbError e = store.createSet(QStringLiteral("update-failure"), QStringLiteral("au-timeout"),
                                          QFileInfo(path).path(), {edit}, &set);
        if (e)
            qWarning() << e.toString();
        writeFileAtomically(path, after);
        store.setState(set, BackupSet::State::Applied);
        return set;
    }

private Q_SLOTS:
    void undoRestoresBytes_data()
    {
        QTest::addColumn<QByteArray>("original");
        QTest::addColumn<QByteArray>("changed");
        QTest::newRow("crlf-ansi") << QByteArray("[Downloader]\r\nRetry=3\r\n") << QByteArray("[Downloader]\r\nRetry=3\r\ntimeout=99999\r\n");
        QTest::newRow("utf16le-bom") << QByteArray("\xFF\xFE[\0A\0]\0\r\0\n\0", 12) << QByteArray("\xFF\xFE[\0B\0]\0\r\0\n\0", 12);
        QTest::newRow("no-final-newline") << QByteArray("a=80") << QByteArray("a=0");
        QTest::newRow("binary-bytes") << QByteArray("\x00\x01\x02\xff", 4) << QByteArray("x");
    }
    void undoRestoresBytes()
    {
        QFETCH(QByteArray, original);
        QFETCH(QByteArray, changed);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("aucfg.ini"));
        write(file, original);
        const BackupStore store(dir.filePath(QStringLiteral("backups")));
        const BackupSet set = applyEdit(store, file, changed);
        QVERIFY(set.isValid());
        QCOMPARE(read(file), changed);

        // The manifest records both hashes; the copy is the original.
        QCOMPARE(set.items.size(), 1);
        QCOMPARE(set.items.first().sha256Before, BackupStore::sha256Hex(original));
        QCOMPARE(set.items.first().sha256After, BackupStore::sha256Hex(changed));
        QCOMPARE(read(QDir(set.dir).filePath(set.items.first().backupFile)), original);

        QStringList messages;
        QVERIFY(!store.undo(set.id, dir.path(), false, nullptr, &messages));
        QCOMPARE(read(file), original);
        KbError e;
        QCOMPARE(store.load(set.id, &e).state, BackupSet::State::Undone);
        QVERIFY(!e);
    }

    void undoSurvivesRestart()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("component.ini"));
        write(file, "[A]\r\nDuplicationAction=80\r\n");
        QString id;
        {
            const BackupStore store(dir.filePath(QStringLiteral("backups")));
            id = applyEdit(store, file, "[A]\r\nDuplicationAction=0\r\n").id;
        }
        // A new store object, as after a restart of the tool, finds and lists the set.
        const BackupStore again(dir.filePath(QStringLiteral("backups")));
        const QList<BackupSet> sets = again.list();
        QCOMPARE(sets.size(), 1);
        QCOMPARE(sets.first().id, id);
        QCOMPARE(sets.first().state, BackupSet::State::Applied);
        QCOMPARE(sets.first().stepId, QStringLiteral("au-timeout"));
        QVERIFY(!again.undo(id, dir.path(), false, nullptr));
        QCOMPARE(read(file), QByteArray("[A]\r\nDuplicationAction=80\r\n"));
    }

    void undoRefusesWhenChangedSinceFix()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("aucfg.ini"));
        write(file, "timeout=30\r\n");
        const BackupStore store(dir.filePath(QStringLiteral("backups")));
        const BackupSet set = applyEdit(store, file, "timeout=99999\r\n");
        write(file, "timeout=12345\r\n"); // someone edited it afterwards

        const KbError refused = store.undo(set.id, dir.path(), false, nullptr);
        QCOMPARE(refused.code, QStringLiteral("backup.changed-since"));
        QCOMPARE(refused.file, file);
        QVERIFY(refused.message.contains(QStringLiteral("--force")));
        QCOMPARE(read(file), QByteArray("timeout=12345\r\n")); // untouched

        QVERIFY(!store.undo(set.id, dir.path(), true, nullptr)); // explicit force
        QCOMPARE(read(file), QByteArray("timeout=30\r\n"));
        QCOMPARE(store.undo(set.id, dir.path(), false, nullptr).code, QStringLiteral("backup.already-undone"));
    }

    void undoRefusesCorruptBackup()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("aucfg.ini"));
        write(file, "timeout=30\r\n");
        const BackupStore store(dir.filePath(QStringLiteral("backups")));
        const BackupSet set = applyEdit(store, file, "timeout=99999\r\n");
        write(QDir(set.dir).filePath(set.items.first().backupFile), "tampered");
        QCOMPARE(store.undo(set.id, dir.path(), false, nullptr).code, QStringLiteral("backup.corrupt"));
        QCOMPARE(store.undo(set.id, dir.path(), true, nullptr).code, QStringLiteral("backup.corrupt"));
        QCOMPARE(read(file), QByteArray("timeout=99999\r\n"));
    }

    void createSetRefusesStalePlan()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("aucfg.ini"));
        write(file, "now\r\n");
        const BackupStore store(dir.filePath(QStringLiteral("backups")));
        FileEdit edit{file, QStringLiteral("aucfg.ini"), QByteArray("when previewed\r\n"), QByteArray("new\r\n")};
        BackupSet set;
        QCOMPARE(store.createSet(QStringLiteral("a"), QStringLiteral("s"), dir.path(), {edit}, &set).code,
                 QStringLiteral("backup.changed"));
        QCOMPARE(read(file), QByteArray("now\r\n"));
    }

    void unknownAndDamagedSets()
    {
        QTemporaryDir dir;
        const BackupStore store(dir.path());
        KbError e;
        store.load(QStringLiteral("nope"), &e);
        QCOMPARE(e.code, QStringLiteral("backup.unknown"));
        store.load(QStringLiteral("../etc"), &e);
        QCOMPARE(e.code, QStringLiteral("backup.unknown"));

        QDir(dir.path()).mkpath(QStringLiteral("broken"));
        write(dir.filePath(QStringLiteral("broken/manifest.json")), "{\n  \"schema\": \n");
        e = KbError();
        store.load(QStringLiteral("broken"), &e);
        QCOMPARE(e.code, QStringLiteral("backup.manifest"));
        QVERIFY(e.file.endsWith(QStringLiteral("manifest.json")));
        QVERIFY(e.line >= 2);
        QList<KbError> problems;
        QVERIFY(store.list(&problems).isEmpty());
        QCOMPARE(problems.size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_BackupStore)
#include "tst_backupstore.moc"
