// Unified diffs for fix previews.
#include "report/linediff.h"

#include <QtTest>

using namespace kb;

class tst_LineDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diff_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equal") << QByteArray("a\r\nb\r\n") << QByteArray("a\r\nb\r\n") << QString();
        QTest::newRow("replace-one-line")
            << QByteArray("[S]\r\nA=1\r\nD=80\r\nB=2\r\n") << QByteArray("[S]\r\nA=1\r\nD=0\r\nB=2\r\n")
            << QStringLiteral("--- a/f.ini\n+++ b/f.ini\n@@ -1,4 +1,4 @@\n [S]\n A=1\n-D=80\n+D=0\n B=2\n");
        QTest::newRow("insert")
            << QByteArray("[D]\nR=3\n[P]\n") << QByteArray("[D]\nR=3\ntimeout=99999\n[P]\n")
            << QStringLiteral("--- a/f.ini\n+++ b/f.ini\n@@ -1,3 +1,4 @@\n [D]\n R=3\n+timeout=99999\n [P]\n");
        QTest::newRow("utf16-decoded")
            << QByteArray("\xFF\xFEx\0=\0\x31\0", 8) << QByteArray("\xFF\xFEx\0=\0\x32\0", 8)
            << QStringLiteral("--- a/f.ini\n+++ b/f.ini\n@@ -1,1 +1,1 @@\n-x=1\n+x=2\n");
        QTest::newRow("from-empty") << QByteArray() << QByteArray("a\n")
                                    << QStringLiteral("--- a/f.ini\n+++ b/f.ini\n@@ -0,0 +1,1 @@\n+a\n");
    }
    void diff()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QFETCH(QString, expected);
        QCOMPARE(unifiedDiff(before, after, QStringLiteral("f.ini")), expected);
    }

    void distantChangesMakeTwoHunks()
    {
        QStringList a, b;
        for (int i = 0; i < 30; ++i)
            a << QStringLiteral("k%1=v").arg(i);
        b = a;
        b[2] = QStringLiteral("k2=changed");
        b[25] = QStringLiteral("k25=changed");
        const QString d = unifiedDiff(a, b, QStringLiteral("f"));
        QCOMPARE(d.count(QStringLiteral("@@ -")), 2);
        QVERIFY(d.contains(QStringLiteral("@@ -1,6 +1,6 @@")));
        QVERIFY(d.contains(QStringLiteral("@@ -23,7 +23,7 @@")));
        QVERIFY(!d.contains(QStringLiteral(" k12=v")));
    }

    void largeFilesStayLinear()
    {
        QStringList a;
        for (int i = 0; i < 200000; ++i)
            a << QStringLiteral("key%1=value").arg(i);
        QStringList b = a;
        b[100000] = QStringLiteral("key100000=new");
        const QString d = unifiedDiff(a, b, QStringLiteral("big.ini"));
        QCOMPARE(d.count(QLatin1Char('\n')), 2 + 1 + 7 + 1);
    }
};

QTEST_GUILESS_MAIN(tst_LineDiff)
#include "tst_linediff.moc"
