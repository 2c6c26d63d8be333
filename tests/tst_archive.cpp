// Archive::extractAll and Archive::list (libarchive): good archives are extracted completely;
// every damaged, hostile or cancelled archive is refused and leaves the destination untouched.
#include "archive/archivereader.h"
#include "zipmaker.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace kb;
using test::ZipItem;

namespace {

QByteArray filler(int n, char seed)
{
    QByteArray b;
    b.reserve(n);
    quint32 x = quint32(seed) * 2654435761u + 1;
    for (int i = 0; i < n; ++i) {
        x = x * 1103515245u + 12345u; // not compressible to nothing, so truncation hits data
        b.append(char(x >> 24));
    }
    return b;
}

QByteArray goodZip()
{
    return test::makeZip({
        {QStringLiteral("fup23517.ptn"), filler(40000, 'a')},
        {QStringLiteral("sub/"), {}, ZipItem::Kind::Dir},
        {QStringLiteral("sub/readme.txt"), QByteArray("pattern notes\r\n"), ZipItem::Kind::File, false},
    });
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class tst_Archive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!goodZip().isEmpty(), "python3 with zipfile is needed to build test archives");
    }

    void extractsEveryFile()
    {
        QTemporaryDir tmp;
        const QString zip = tmp.filePath(QStringLiteral("good.zip"));
        QVERIFY(writeFile(zip, goodZip()));
        const QString dest = tmp.filePath(QStringLiteral("dest"));
        QVERIFY(QDir().mkpath(dest));
        // An existing file of the same name is replaced; an unrelated one is kept.
        QVERIFY(writeFile(QDir(dest).filePath(QStringLiteral("fup23517.ptn")), "old"));
        QVERIFY(writeFile(QDir(dest).filePath(QStringLiteral("fup23516.ptn")), "keep"));

        QStringList names;
        const KbError e = Archive::extractAll(zip, dest, &names);
        QVERIFY2(!e, qPrintable(e.toString()));
        QCOMPARE(names, (QStringList{QStringLiteral("fup23517.ptn"), QStringLiteral("sub/readme.txt")}));
        const QMap<QString, QByteArray> after = test::snapshotFolder(dest);
        QCOMPARE(after.keys(), (QStringList{QStringLiteral("fup23516.ptn"), QStringLiteral("fup23517.ptn"),
                                            QStringLiteral("sub/"), QStringLiteral("sub/readme.txt")}));
        QCOMPARE(after.value(QStringLiteral("fup23517.ptn")), filler(40000, 'a'));
        QCOMPARE(after.value(QStringLiteral("fup23516.ptn")), QByteArray("keep"));
        QCOMPARE(after.value(QStringLiteral("sub/readme.txt")), QByteArray("pattern notes\r\n"));

        KbError le;
        QCOMPARE(Archive::list(zip, &le), names);
        QVERIFY(!le);
    }

    void refusedArchivesLeaveDestinationUntouched_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messagePart");
        const QByteArray good = goodZip();

        QTest::newRow("truncated-half") << good.left(good.size() / 2) << QStringLiteral("archive.corrupt") << QString();
        QTest::newRow("truncated-end-record") << good.left(good.size() - 10) << QStringLiteral("archive.corrupt") << QString();
        QTest::newRow("truncated-in-data") << good.left(30000) << QStringLiteral("archive.corrupt") << QString();
        QByteArray flipped = good;
        for (int i = 200; i < 260; ++i) // inside fup23517.ptn's deflated data
            flipped[i] = char(~flipped.at(i));
        QTest::newRow("corrupt-data") << flipped << QStringLiteral("archive.corrupt") << QString();
        QTest::newRow("not-an-archive") << QByteArray("<html><body>404 Not Found</body></html>\n")
                                        << QStringLiteral("archive.corrupt") << QString();
        QTest::newRow("empty-file") << QByteArray() << QStringLiteral("archive.corrupt") << QString();
        QTest::newRow("path-traversal")
            << test::makeZip({{QStringLiteral("ok.ptn"), "fine"}, {QStringLiteral("../x"), "escape"}})
            << QStringLiteral("archive.unsafe-path") << QStringLiteral("../x");
        QTest::newRow("path-traversal-inner")
            << test::makeZip({{QStringLiteral("a/../../x"), "escape"}})
            << QStringLiteral("archive.unsafe-path") << QStringLiteral("a/../../x");
        QTest::newRow("absolute-path")
            << test::makeZip({{QStringLiteral("/tmp/kbwizard-abs"), "escape"}})
            << QStringLiteral("archive.unsafe-path") << QStringLiteral("/tmp/kbwizard-abs");
        QTest::newRow("drive-letter")
            << test::makeZip({{QStringLiteral("C:/Windows/x"), "escape"}})
            << QStringLiteral("archive.unsafe-path") << QString();
        QTest::newRow("backslash-traversal")
            << test::makeZip({{QStringLiteral("..\\x"), "escape"}})
            << QStringLiteral("archive.unsafe-path") << QString();
        QTest::newRow("symlink")
            << test::makeZip({{QStringLiteral("ok.ptn"), "fine"},
                              {QStringLiteral("link.ptn"), "/etc/passwd", ZipItem::Kind::Symlink}})
            << QStringLiteral("archive.link") << QStringLiteral("link.ptn");
    }
    void refusedArchivesLeaveDestinationUntouched()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        QFETCH(QString, messagePart);
        QTemporaryDir tmp;
        const QString zip = tmp.filePath(QStringLiteral("in/archive.zip"));
        QVERIFY(QDir().mkpath(tmp.filePath(QStringLiteral("in"))));
        QVERIFY(writeFile(zip, bytes));
        const QString dest = tmp.filePath(QStringLiteral("in/dest"));
        QVERIFY(QDir().mkpath(dest));
        QVERIFY(writeFile(QDir(dest).filePath(QStringLiteral("fup23516.ptn")), "original"));
        QVERIFY(writeFile(QDir(dest).filePath(QStringLiteral("fup23517.ptn")), "older"));
        const QMap<QString, QByteArray> before = test::snapshotFolder(dest);
        const QMap<QString, QByteArray> outside = test::snapshotFolder(tmp.path());

        QStringList names{QStringLiteral("stale")};
        const KbError e = Archive::extractAll(zip, dest, &names);
        QCOMPARE(e.code, code);
        QCOMPARE(e.file, zip);
        QVERIFY(!e.message.isEmpty());
        if (!messagePart.isEmpty())
            QVERIFY2(e.message.contains(messagePart), qPrintable(e.message));
        QVERIFY(names.isEmpty());
        QCOMPARE(test::snapshotFolder(dest), before);
        QCOMPARE(test::snapshotFolder(tmp.path()), outside); // nothing escaped either
        QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/kbwizard-abs")));
    }

    void cancelledLeavesDestinationUntouched()
    {
        QTemporaryDir tmp;
        const QString zip = tmp.filePath(QStringLiteral("good.zip"));
        QVERIFY(writeFile(zip, goodZip()));
        const QString dest = tmp.filePath(QStringLiteral("dest"));
        QVERIFY(QDir().mkpath(dest));
        QVERIFY(writeFile(QDir(dest).filePath(QStringLiteral("fup23517.ptn")), "older"));
        const QMap<QString, QByteArray> before = test::snapshotFolder(dest);
        const std::atomic<bool> cancelled{true};
        QStringList names;
        const KbError e = Archive::extractAll(zip, dest, &names, &cancelled);
        QCOMPARE(e.code, QStringLiteral("archive.cancelled"));
        QCOMPARE(test::snapshotFolder(dest), before);
        QVERIFY(names.isEmpty());
    }

    void missingInputs()
    {
        QTemporaryDir tmp;
        const QString zip = tmp.filePath(QStringLiteral("good.zip"));
        QVERIFY(writeFile(zip, goodZip()));
        KbError e = Archive::extractAll(zip, tmp.filePath(QStringLiteral("no-such-dir")), nullptr);
        QCOMPARE(e.code, QStringLiteral("archive.dest"));
        QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("no-such-dir"))));
        e = Archive::extractAll(tmp.filePath(QStringLiteral("missing.zip")), tmp.path(), nullptr);
        QCOMPARE(e.code, QStringLiteral("archive.open"));
        QVERIFY(e.file.endsWith(QStringLiteral("missing.zip")));
    }

    void listReportsDamage()
    {
        QTemporaryDir tmp;
        const QByteArray good = goodZip();
        const QString zip = tmp.filePath(QStringLiteral("t.zip"));
        QVERIFY(writeFile(zip, good.left(good.size() / 2)));
        KbError e;
        QVERIFY(Archive::list(zip, &e).isEmpty());
        QCOMPARE(e.code, QStringLiteral("archive.corrupt"));
    }
};

QTEST_GUILESS_MAIN(tst_Archive)
#include "tst_archive.moc"
