// A table of hostile files in the place of a settings file the wizard reads and fixes
// (Private\component.ini, step duplication-action), run through the real binary with
// `--fix … --yes`: each gives a clear error naming the file (and the line, where there is one),
// exit code 2, no crash, no fix, and not one byte written anywhere in the sandbox. A path with
// non-ASCII characters is not hostile: there the whole fix and its undo must simply work.
// (Links that lead out of the installation are in tst_faults.)
#include "backup/backupstore.h"
#include "clirunner.h"
#include "demofixture.h"
#include "treesnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtTest>

#include <sys/stat.h>

using namespace kb;
using test::runKbwizard;

namespace {
const QString kComponent = QStringLiteral("wfbs/Security Server/PCCSRV/Private/component.ini");

QByteArray utf16le(const QString &s)
{
    QByteArray b;
    for (QChar c : s) {
        b.append(char(c.unicode() & 0xFF));
        b.append(char(c.unicode() >> 8));
    }
    return b;
}

QByteArray randomBytes(qsizetype n, quint32 seed, bool withNul)
{
    QRandomGenerator gen(seed);
    QByteArray b(n, Qt::Uninitialized);
    for (char &c : b)
        c = char(withNul ? gen.bounded(256) : gen.bounded(1, 256));
    return b;
}

const QByteArray kHead = "[Component]\r\nDuplicationAction=80\r\n";
} // namespace

class tst_HostileInputs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private Q_SLOTS:
    void hostileFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");   // the file's content (ignored for "special")
        QTest::addColumn<QString>("special");    // "", "dev-zero" (a link to it) or "fifo"
        QTest::addColumn<int>("line");           // the line the error names; 0: none; -1: any
        QTest::addColumn<QString>("message");    // part of the error's text

        QTest::newRow("binary (random bytes)") << randomBytes(64 * 1024, 7, true) << QString() << -1
                                               << QStringLiteral("NUL bytes");
        QTest::newRow("binary without NUL bytes") << randomBytes(64 * 1024, 11, false) << QString() << -1
                                                  << QStringLiteral("control character");
        QByteArray big = kHead;
        const QByteArray filler = "; padding to make this settings file absurdly large\r\n";
        while (big.size() < 50 * 1024 * 1024)
            big += filler;
        QTest::newRow("50 MB INI") << big << QString() << 0 << QStringLiteral("52,428,8");
        big.clear();
        QTest::newRow("1 MB single line") << (kHead + "Note=" + QByteArray(1024 * 1024, 'x') + "\r\n") << QString()
                                          << 3 << QStringLiteral("longer than 65,536 characters");
        QTest::newRow("1 MB without any line break") << QByteArray(1024 * 1024, 'x') << QString() << 1
                                                     << QStringLiteral("longer than 65,536 characters");
        QTest::newRow("NUL bytes") << (kHead + QByteArray("Key=a\0b\r\n", 9)) << QString() << 3
                                   << QStringLiteral("NUL bytes");
        QTest::newRow("UTF-16 without BOM") << utf16le(QString::fromLatin1(kHead)) << QString() << 1
                                            << QStringLiteral("NUL bytes");
        QTest::newRow("invalid UTF-16 (lone surrogate)")
            << (QByteArray("\xFF\xFE") + utf16le(QString::fromLatin1(kHead) + QStringLiteral("Key="))
                + QByteArray("\x00\xD8", 2) + utf16le(QStringLiteral("x\r\n")))
            << QString() << 3 << QStringLiteral("surrogate");
        QTest::newRow("truncated UTF-16 (odd length)")
            << (QByteArray("\xFF\xFE") + utf16le(QString::fromLatin1(kHead)) + "x") << QString() << 3
            << QStringLiteral("odd number of bytes");
        QTest::newRow("link to /dev/zero") << QByteArray() << QStringLiteral("dev-zero") << 0
                                           << QStringLiteral("not a regular file");
        QTest::newRow("named pipe") << QByteArray() << QStringLiteral("fifo") << 0
                                    << QStringLiteral("not a regular file");
    }
    void hostileFile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, special);
        QFETCH(int, line);
        QFETCH(QString, message);

        test::DemoFixture demo;
        QVERIFY(demo.create());
        const QString path = QDir(demo.sandbox).filePath(kComponent);
        if (special.isEmpty()) {
            demo.write(kComponent, bytes);
        } else {
            QVERIFY(QFile::remove(path));
            if (special == QLatin1String("fifo"))
                QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0644), 0);
            else
                QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path));
        }
        const auto before = test::treeSnapshot(demo.sandbox);
        const QString json = QDir(m_home.path()).filePath(QStringLiteral("report.json"));

        const auto r = runKbwizard({QStringLiteral("--headless"), QStringLiteral("--root"), demo.sandbox,
                                    QStringLiteral("--article"), QStringLiteral("update-failure"),
                                    QStringLiteral("--fix"), QStringLiteral("duplication-action"),
                                    QStringLiteral("--yes"), QStringLiteral("--json"), json},
                                   m_home.path());
        QVERIFY2(!r.crashed, qPrintable(r.err));
        QVERIFY2(r.exitCode == 2, qPrintable(QString::number(r.exitCode) + r.err));

        // "kbwizard: error: <file>:<line>: <why>" (or "<file>: <why>" when there is no line).
        const QString where = line > 0    ? QStringLiteral("%1:%2: ").arg(QRegularExpression::escape(path)).arg(line)
                              : line < 0 ? QRegularExpression::escape(path) + QStringLiteral(":\\d+: ")
                                         : QRegularExpression::escape(path) + QStringLiteral(": ");
        const QRegularExpression shape(QStringLiteral("kbwizard: error: ") + where + QStringLiteral(".*")
                                       + QRegularExpression::escape(message));
        QVERIFY2(shape.match(r.err).hasMatch(), qPrintable(shape.pattern() + QLatin1Char('\n') + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("duplication-action: not fixed: its check could not read")),
                 qPrintable(r.out));

        // The report says the same, in the step.
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray steps = QJsonDocument::fromJson(f.readAll())
                                     .object()[QStringLiteral("articles")].toArray().first()
                                     .toObject()[QStringLiteral("steps")].toArray();
        bool seen = false;
        for (const QJsonValue &v : steps) {
            const QJsonObject s = v.toObject();
            if (s[QStringLiteral("id")].toString() != QLatin1String("duplication-action"))
                continue;
            seen = true;
            QCOMPARE(s[QStringLiteral("status")].toString(), QStringLiteral("error"));
            QVERIFY2(s[QStringLiteral("message")].toString().contains(message), qPrintable(s[QStringLiteral("message")].toString()));
            QCOMPARE(s[QStringLiteral("fix")].toObject()[QStringLiteral("applied")].toBool(), false);
        }
        QVERIFY(seen);

        // Not a byte written: not the file, not a backup, nothing else in the sandbox.
        QCOMPARE(test::treeSnapshot(demo.sandbox), before);
        QCOMPARE(BackupStore(QDir(demo.sandbox).filePath(QStringLiteral("backups"))).list().size(), 0);
    }

    // Non-ASCII folder names (a German umlaut, Japanese, a dash) are ordinary on real servers:
    // the fix, the report and the undo all work and keep the path intact.
    void nonAsciiInstallPath()
    {
        QTemporaryDir tmp;
        const QString sandbox = tmp.filePath(QStringLiteral("Trend Micro – Prüfung 日本語/sandbox"));
        const QString json = tmp.filePath(QStringLiteral("report.json"));
        auto r = runKbwizard({QStringLiteral("--headless"), QStringLiteral("--demo"), sandbox,
                              QStringLiteral("--article"), QStringLiteral("update-failure"),
                              QStringLiteral("--fix"), QStringLiteral("duplication-action"),
                              QStringLiteral("--yes"), QStringLiteral("--json"), json},
                             m_home.path());
        QVERIFY2(r.exitCode == 1, qPrintable(QString::number(r.exitCode) + r.out + r.err)); // other steps still fail
        QVERIFY2(r.out.contains(QStringLiteral("duplication-action: fixed and verified")), qPrintable(r.out + r.err));
        const QString component = QDir(sandbox).filePath(kComponent);
        QFile c(component);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QByteArray fixed = c.readAll();
        QVERIFY(!fixed.contains("=80") && !fixed.contains("= 80"));

        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray report = f.readAll();
        QVERIFY2(report.contains(QStringLiteral("Trend Micro – Prüfung 日本語").toUtf8()), report.left(2000).constData());

        const BackupStore store(QDir(sandbox).filePath(QStringLiteral("backups")));
        const QList<BackupSet> sets = store.list();
        QCOMPARE(sets.size(), 1);
        r = runKbwizard({QStringLiteral("--headless"), QStringLiteral("--root"), sandbox, QStringLiteral("--undo"),
                         sets.first().id},
                        m_home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        c.close();
        QVERIFY(c.open(QIODevice::ReadOnly));
        QCOMPARE(c.readAll(), test::DemoFixture::bundled(QStringLiteral("wfbs/Security Server/PCCSRV/Private/component.ini")));
    }
};

QTEST_GUILESS_MAIN(tst_HostileInputs)
#include "tst_hostileinputs.moc"
