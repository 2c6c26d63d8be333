// Archive::writeZip (libarchive): what it writes, read back by an independent reader (python3's
// zipfile, with its CRC check) and by our own Archive::extractAll; names that could escape a
// folder are refused; a failed write leaves nothing behind.
#include "archive/archivereader.h"
#include "archive/archivewriter.h"
#include "zipreader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace kb;

namespace {

QByteArray noise(int n)
{
    QByteArray b;
    b.reserve(n);
    quint32 x = 12345;
    for (int i = 0; i < n; ++i) {
        x = x * 1103515245u + 12345u;
        b.append(char(x >> 24));
    }
    return b;
}

} // namespace

class tst_ArchiveWrite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir tmp;
        const QString zip = tmp.filePath(QStringLiteral("bundle.zip"));
        const QList<Archive::Entry> entries{
            {QStringLiteral("README.txt"), QByteArray("bundle\r\n")},
            {QStringLiteral("iis-logs/W3SVC1/ex261124.log"), QByteArray("#Fields: date time\r\n").repeated(2000)},
            {QStringLiteral("empty.txt"), QByteArray()},
            {QStringLiteral("binary.bin"), noise(300000)},
            {QStringLiteral("unicode/Übersicht.txt"), QStringLiteral("NT-AUTORITÄT\\SYSTEM").toUtf8()},
        };
        const KbError e = Archive::writeZip(zip, entries);
        QVERIFY2(!e, qPrintable(e.toString()));
        QVERIFY(QFileInfo(zip).size() < 320000); // the repeated log line was compressed

        QString error;
        const QMap<QString, QByteArray> read = test::readZip(zip, &error);
        QVERIFY2(!read.isEmpty(), qPrintable(error));
        QCOMPARE(read.size(), entries.size());
        for (const Archive::Entry &entry : entries)
            QCOMPARE(read.value(entry.name), entry.data);

        const QString dest = tmp.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(dest));
        QStringList names;
        const KbError x = Archive::extractAll(zip, dest, &names);
        QVERIFY2(!x, qPrintable(x.toString()));
        QFile log(QDir(dest).filePath(QStringLiteral("iis-logs/W3SVC1/ex261124.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QCOMPARE(log.readAll(), entries.at(1).data);
    }

    void emptyZipIsValid()
    {
        QTemporaryDir tmp;
        const QString zip = tmp.filePath(QStringLiteral("empty.zip"));
        QVERIFY(!Archive::writeZip(zip, {}));
        QVERIFY(QFileInfo(zip).isFile());
        QString error;
        QVERIFY(test::readZip(zip, &error).isEmpty());
        QVERIFY2(error.isEmpty(), qPrintable(error)); // read fine, just nothing inside
    }

    void unsafeNamesRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("parent") << QStringLiteral("../evil.txt");
        QTest::newRow("inner-parent") << QStringLiteral("logs/../../evil.txt");
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
        QTest::newRow("drive") << QStringLiteral("C:/Windows/evil.txt");
        QTest::newRow("backslash") << QStringLiteral("logs\\evil.txt");
        QTest::newRow("empty") << QString();
        QTest::newRow("empty-part") << QStringLiteral("logs//x.txt");
    }
    void unsafeNamesRefused()
    {
        QFETCH(QString, name);
        QTemporaryDir tmp;
        const QString zip = tmp.filePath(QStringLiteral("x.zip"));
        const KbError e = Archive::writeZip(zip, {{QStringLiteral("ok.txt"), "a"}, {name, "b"}});
        QCOMPARE(e.code, QStringLiteral("archive.name"));
        QVERIFY(!QFileInfo::exists(zip));
    }

    void unwritableLeavesNothing()
    {
        QTemporaryDir tmp;
        const QString zip = tmp.filePath(QStringLiteral("no/such/folder/x.zip"));
        const KbError e = Archive::writeZip(zip, {{QStringLiteral("a.txt"), "a"}});
        QCOMPARE(e.code, QStringLiteral("archive.write"));
        QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
    }

    void replacesAtomically()
    {
        QTemporaryDir tmp;
        const QString zip = tmp.filePath(QStringLiteral("x.zip"));
        QVERIFY(!Archive::writeZip(zip, {{QStringLiteral("first.txt"), "1"}}));
        QVERIFY(Archive::writeZip(zip, {{QStringLiteral("../bad"), "2"}})); // refused
        QCOMPARE(test::readZip(zip).keys(), QStringList{QStringLiteral("first.txt")});
        QVERIFY(!Archive::writeZip(zip, {{QStringLiteral("second.txt"), "2"}}));
        QCOMPARE(test::readZip(zip).keys(), QStringList{QStringLiteral("second.txt")});
    }
};

QTEST_GUILESS_MAIN(tst_ArchiveWrite)
#include "tst_archivewrite.moc"
