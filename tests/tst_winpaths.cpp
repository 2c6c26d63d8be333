// Files on Windows file-system semantics (scripts/windows-test runs it under Wine, whose file
// sharing rules follow NTFS': a rename over a file fails while another handle lacks
// FILE_SHARE_DELETE): UTF-16 and ANSI INI edits in folders with spaces, parentheses and
// non-ASCII letters, the atomic replace, a fix with its verified backup and the undo, and a
// target file that another process holds open (tests/windows/holdopen.exe):
//   - with no sharing at all (dwShareMode 0), and
//   - with read/write sharing but no delete sharing (as fopen does): it could be opened for
//     writing, but not replaced; the fix used to back it up and then fail at the rename.
// Both are refused before the backup, naming the file, with nothing changed.
#include "backup/atomicfile.h"
#include "backup/backupstore.h"
#include "clirunner.h"
#include "demofixture.h"
#include "ini/inidocument.h"
#include "installation.h"
#include "tooldoubles.h"
#include "treesnapshot.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kb;

namespace {

const QString kPccsrv = QStringLiteral("wfbs/Security Server/PCCSRV");
const QString kComponent = kPccsrv + QStringLiteral("/Private/component.ini");

QStringList headlessFix(const QString &sandbox, const QString &step)
{
    return {QStringLiteral("--headless"), QStringLiteral("--root"), sandbox, QStringLiteral("--article"),
            QStringLiteral("update-failure"), QStringLiteral("--fix"), step, QStringLiteral("--yes")};
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Another program holding `path` open until release() (or destruction).
class Holder
{
public:
    bool hold(const QString &path, const QString &share)
    {
        m_process.start(test::ToolDoubles::program(QStringLiteral("holdopen")),
                        {QDir::toNativeSeparators(path), share});
        // Wine starts a process slowly on a busy machine.
        while (m_process.waitForReadyRead(60000)) {
            m_output += m_process.readAllStandardOutput();
            if (m_output.contains("held"))
                return true;
            if (m_output.contains("error"))
                break;
        }
        return false;
    }
    QByteArray output() const { return m_output; }
    void release()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(60000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
    ~Holder() { release(); }

private:
    QProcess m_process;
    QByteArray m_output;
};

} // namespace

class tst_WinPaths : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void win32NamespacePaths_data();
    void win32NamespacePaths();
    void iniUtf16AndAnsiEdits_data();
    void iniUtf16AndAnsiEdits();
    void fixBackupAndUndo();
    void heldTargetIsRefusedBeforeTheBackup_data();
    void heldTargetIsRefusedBeforeTheBackup();
    void atomicReplaceOfAHeldFile_data();
    void atomicReplaceOfAHeldFile();

private:
    QTemporaryDir m_home;
    QString m_root; // C:\kbwizard-test-<pid>\Program Files (x86)\Trend Micro\Sécurité Server
};

// Every test but win32NamespacePaths needs Windows.
#ifdef Q_OS_WIN
#  define WINDOWS_ONLY()
#else
#  define WINDOWS_ONLY()                                                                          \
      QSKIP("Windows only: file sharing (CreateFile dwShareMode) and the rename over a held "      \
            "file are Windows semantics; scripts/windows-test runs it under Wine. Linux has "       \
            "tst_faults.")
#endif

void tst_WinPaths::initTestCase()
{
    QVERIFY(m_home.isValid());
#ifdef Q_OS_WIN
    QVERIFY2(!test::ToolDoubles::program(QStringLiteral("holdopen")).isEmpty(),
             "holdopen.exe missing beside the test (tests/windows/CMakeLists.txt builds it)");
    m_root = QStringLiteral("C:/kbwizard-test-%1/Program Files (x86)/Trend Micro/Sécurité Server")
                 .arg(QCoreApplication::applicationPid());
    QVERIFY(QDir().mkpath(m_root));
#endif
}

// Security review L6: the Win32 namespace prefixes are not server names (a "?" server made the
// backup folder name invalid on Windows and sent sc/reg to \\?). Runs everywhere.
void tst_WinPaths::cleanupTestCase()
{
    if (!m_root.isEmpty())
        QDir(m_root.section(QLatin1Char('/'), 0, 1)).removeRecursively(); // C:/kbwizard-test-<pid>
}

void tst_WinPaths::win32NamespacePaths_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("pccsrv");
    QTest::addColumn<QString>("server");
    QTest::newRow("long path") << QStringLiteral("\\\\?\\C:\\Program Files (x86)\\Trend Micro\\Security Server\\PCCSRV")
                               << QStringLiteral("C:/Program Files (x86)/Trend Micro/Security Server/PCCSRV") << QString();
    QTest::newRow("device path") << QStringLiteral("\\\\.\\D:\\PCCSRV") << QStringLiteral("D:/PCCSRV") << QString();
    QTest::newRow("forward slashes") << QStringLiteral("//?/C:/OfficeScan/PCCSRV") << QStringLiteral("C:/OfficeScan/PCCSRV") << QString();
    QTest::newRow("long UNC") << QStringLiteral("\\\\?\\UNC\\SBS01\\C$\\Trend Micro\\PCCSRV")
                              << QStringLiteral("//SBS01/C$/Trend Micro/PCCSRV") << QStringLiteral("SBS01");
    QTest::newRow("UNC") << QStringLiteral("\\\\SBS01\\C$\\Trend Micro\\PCCSRV")
                         << QStringLiteral("//SBS01/C$/Trend Micro/PCCSRV") << QStringLiteral("SBS01");
}

void tst_WinPaths::win32NamespacePaths()
{
    QFETCH(QString, given);
    QFETCH(QString, pccsrv);
    QFETCH(QString, server);
    const Target t = Installation::describe(given, QStringLiteral("folder"));
    QCOMPARE(t.serverName, server);
    QCOMPARE(QString(t.pccsrv).replace(QLatin1Char('\\'), QLatin1Char('/')), pccsrv);
    const QString backups = Installation::backupRootFor(t);
    QVERIFY2(!backups.contains(QLatin1Char('?')), qPrintable(backups));
}

void tst_WinPaths::iniUtf16AndAnsiEdits_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("expected");

    // UTF-16 LE with BOM and CRLF, as the Security Server writes wss\AU.ini.
    const QString utf16Text = QStringLiteral("[ActiveUpdate]\r\nSource=http://old\r\nName=トレンド\r\n");
    QByteArray utf16("\xFF\xFE", 2);
    utf16.append(reinterpret_cast<const char *>(utf16Text.utf16()), utf16Text.size() * 2);
    const QString utf16After = QStringLiteral("[ActiveUpdate]\r\nSource=http://新しい\r\nName=トレンド\r\n");
    QByteArray utf16Expected("\xFF\xFE", 2);
    utf16Expected.append(reinterpret_cast<const char *>(utf16After.utf16()), utf16After.size() * 2);
    QTest::newRow("UTF-16 LE") << utf16 << QStringLiteral("http://新しい") << utf16Expected;

    // ANSI (Windows-1252) with an umlaut elsewhere in the file: it stays the byte 0xFC.
    QTest::newRow("ANSI")
        << QByteArray("[ActiveUpdate]\r\nSource=http://old\r\nComment=Gr\xFC\xDF" "e\r\n")
        << QStringLiteral("http://süd")
        << QByteArray("[ActiveUpdate]\r\nSource=http://s\xFC" "d\r\nComment=Gr\xFC\xDF" "e\r\n");
}

void tst_WinPaths::iniUtf16AndAnsiEdits()
{
    WINDOWS_ONLY();
    QFETCH(QByteArray, bytes);
    QFETCH(QString, value);
    QFETCH(QByteArray, expected);
    const QString dir = m_root + QStringLiteral("/PCCSRV/wss");
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + QStringLiteral("/AU.ini");
    QFile::remove(path);
    QVERIFY(!writeFileAtomically(path, bytes));

    KbError e;
    IniDocument doc = IniDocument::load(QDir::toNativeSeparators(path), &e);
    QVERIFY2(!e, qPrintable(e.toString()));
    QVERIFY(doc.setValue(QStringLiteral("ActiveUpdate"), QStringLiteral("Source"), value));
    const QStringList before = QDir(dir).entryList(QDir::Files | QDir::Hidden);
    QVERIFY(!writeFileAtomically(QDir::toNativeSeparators(path), doc.serialize()));
    QCOMPARE(readBytes(path), expected);
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), before); // no temporary file left
    QCOMPARE(IniDocument::load(path, &e).value(QStringLiteral("ActiveUpdate"), QStringLiteral("Source")), value);
}

void tst_WinPaths::fixBackupAndUndo()
{
    WINDOWS_ONLY();
    test::DemoFixture demo;
    QVERIFY(demo.create());
    const QString path = QDir(demo.sandbox).filePath(kComponent);
    const QByteArray original = readBytes(path);
    const auto r = test::runKbwizard(headlessFix(demo.sandbox, QStringLiteral("duplication-action")), m_home.path());
    QVERIFY2(r.out.contains(QStringLiteral("duplication-action: fixed and verified")), qPrintable(r.out + r.err));
    QVERIFY(readBytes(path) != original);

    const QList<BackupSet> sets = BackupStore(QDir(demo.sandbox).filePath(QStringLiteral("backups"))).list();
    QCOMPARE(sets.size(), 1);
    const auto undo = test::runKbwizard({QStringLiteral("--headless"), QStringLiteral("--root"), demo.sandbox,
                                         QStringLiteral("--undo"), sets.first().id},
                                        m_home.path());
    QVERIFY2(undo.exitCode == 0, qPrintable(QString::number(undo.exitCode) + undo.out + undo.err));
    QCOMPARE(readBytes(path), original);
}

void tst_WinPaths::heldTargetIsRefusedBeforeTheBackup_data()
{
    QTest::addColumn<QString>("share");
    QTest::newRow("no sharing") << QStringLiteral("none");
    QTest::newRow("read-write sharing, no delete sharing") << QStringLiteral("rw");
}

void tst_WinPaths::heldTargetIsRefusedBeforeTheBackup()
{
    WINDOWS_ONLY();
    QFETCH(QString, share);
    test::DemoFixture demo;
    QVERIFY(demo.create());
    const QString path = QDir(demo.sandbox).filePath(kComponent);
    const auto before = test::treeSnapshot(QDir(demo.sandbox).filePath(kPccsrv));

    Holder holder;
    QVERIFY2(holder.hold(path, share), holder.output().constData());
    const auto r = test::runKbwizard(headlessFix(demo.sandbox, QStringLiteral("duplication-action")), m_home.path());
    holder.release();

    QVERIFY2(r.exitCode == 3, qPrintable(QString::number(r.exitCode) + r.out + r.err));
    QVERIFY2(r.err.contains(QDir::toNativeSeparators(path) + QStringLiteral(": The file cannot be opened for writing")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("Nothing was changed")), qPrintable(r.err));
    QCOMPARE(test::treeSnapshot(QDir(demo.sandbox).filePath(kPccsrv)), before);
    QCOMPARE(BackupStore(QDir(demo.sandbox).filePath(QStringLiteral("backups"))).list().size(), 0);

    // Released, the same fix goes through.
    const auto again = test::runKbwizard(headlessFix(demo.sandbox, QStringLiteral("duplication-action")), m_home.path());
    QVERIFY2(again.out.contains(QStringLiteral("duplication-action: fixed and verified")), qPrintable(again.out + again.err));
}

void tst_WinPaths::atomicReplaceOfAHeldFile_data()
{
    heldTargetIsRefusedBeforeTheBackup_data();
}

void tst_WinPaths::atomicReplaceOfAHeldFile()
{
    WINDOWS_ONLY();
    // The last line of defence, should a program open the file between the check and the
    // replace: the rename fails, the original is untouched, the temporary file is gone, and
    // the error names the file.
    QFETCH(QString, share);
    const QString dir = m_root + QStringLiteral("/PCCSRV/Private");
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + QStringLiteral("/component.ini");
    const QByteArray original("[Engine_VSAPI]\r\nDuplicationAction=0\r\n");
    QFile::remove(path);
    QVERIFY(!writeFileAtomically(path, original));
    const QStringList files = QDir(dir).entryList(QDir::Files | QDir::Hidden);

    Holder holder;
    QVERIFY2(holder.hold(path, share), holder.output().constData());
    const KbError e = writeFileAtomically(QDir::toNativeSeparators(path), QByteArray("[Engine_VSAPI]\r\nDuplicationAction=1\r\n"));
    QVERIFY(e);
    QVERIFY2(e.code == QStringLiteral("file.commit") || e.code == QStringLiteral("file.write"), qPrintable(e.toString()));
    QVERIFY2(e.toString().contains(QDir::toNativeSeparators(path), Qt::CaseInsensitive), qPrintable(e.toString()));
    holder.release();
    QCOMPARE(readBytes(path), original);
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), files);
}

QTEST_GUILESS_MAIN(tst_WinPaths)
#include "tst_winpaths.moc"
