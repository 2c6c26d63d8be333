// ActiveUpdateIni: the ActiveUpdate server.ini layout (FACTS.md "ActiveUpdate server.ini").
#include "ini/activeupdateini.h"

#include <QtTest>

using namespace kb;

namespace {
// The public shape: [Server] with mirrors, [PATTERN] component lines, merge entries beside them.
const QByteArray kServerIni =
    "; ActiveUpdate server.ini\r\n"
    "[Server]\r\n"
    "AvailableServer=2\r\n"
    "Server.1=http://osce11-p.activeupdate.trendmicro.com/activeupdate\r\n"
    "Server.10=http://mirror10.example.invalid/au\r\n"
    "Server.2=http://mirror2.example.invalid/au/\r\n"
    "\r\n"
    "[PATTERN]\r\n"
    "P.48020000=pattern/icrc/ioth1667900.zip,1667900,21493610\r\n"
    "P.48020000.Merge.1=pattern/icrc/ioth_1674300.1674500,1674300,2063\r\n"
    "P.48040033=pattern/lwcs/fup_23517.zip,23517,1234\r\n"
    "P.48040033.merge.2=pattern/lwcs/fup_23516.23517,23516,99\r\n"
    "P.48040034 = /pattern/lwcs/fup_23518.zip , 23518 , 4321 , 0123456789ABCDEF0123456789abcdef\r\n"
    "P.99=pattern\\win\\style.zip,1\r\n"
    "\r\n"
    "[ENGINE]\r\n"
    "E.1=engine/vsapi/lpt$vpn.zip,9.950.1006,987654\r\n";
} // namespace

class tst_ActiveUpdateIni : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesServersComponentsAndMerges()
    {
        KbError e;
        const ActiveUpdateIni ini = ActiveUpdateIni::parse(kServerIni, QStringLiteral("server.ini"), &e);
        QVERIFY2(!e, qPrintable(e.toString()));
        QCOMPARE(ini.servers.size(), 3);
        QCOMPARE(ini.servers.at(0), QUrl(QStringLiteral("http://osce11-p.activeupdate.trendmicro.com/activeupdate")));
        QCOMPARE(ini.servers.at(1).host(), QStringLiteral("mirror2.example.invalid")); // by number, not text
        QCOMPARE(ini.servers.at(2).host(), QStringLiteral("mirror10.example.invalid"));
        QCOMPARE(ini.mergeEntries, 2);
        QCOMPARE(ini.components.size(), 5);

        const ActiveUpdateIni::Component *a = ini.component(QStringLiteral("P.48040033"));
        QVERIFY(a);
        QCOMPARE(a->path, QStringLiteral("pattern/lwcs/fup_23517.zip"));
        QCOMPARE(a->version, QStringLiteral("23517"));
        QCOMPARE(a->size, 1234);
        QCOMPARE(a->section, QStringLiteral("PATTERN"));
        QCOMPARE(a->line, 11);
        QVERIFY(a->hash.isEmpty());
        QCOMPARE(ini.downloadUrl(*a),
                 QUrl(QStringLiteral("http://osce11-p.activeupdate.trendmicro.com/activeupdate/pattern/lwcs/fup_23517.zip")));

        const ActiveUpdateIni::Component *b = ini.component(QStringLiteral("p.48040034"));
        QVERIFY(b);
        QCOMPARE(b->path, QStringLiteral("/pattern/lwcs/fup_23518.zip"));
        QCOMPARE(b->size, 4321);
        QCOMPARE(b->hash, QStringLiteral("0123456789abcdef0123456789abcdef"));
        QCOMPARE(ini.downloadUrl(*b).toString(),
                 QStringLiteral("http://osce11-p.activeupdate.trendmicro.com/activeupdate/pattern/lwcs/fup_23518.zip"));

        const ActiveUpdateIni::Component *noSize = ini.component(QStringLiteral("P.99"));
        QVERIFY(noSize);
        QCOMPARE(noSize->size, -1);
        QCOMPARE(ini.downloadUrl(*noSize).path(), QStringLiteral("/activeupdate/pattern/win/style.zip"));
        QVERIFY(ini.component(QStringLiteral("E.1")));
        QVERIFY(!ini.component(QStringLiteral("P.48040033.Merge.2")));
        QVERIFY(!ini.component(QStringLiteral("P.1")));
    }

    void firstDuplicateWins()
    {
        KbError e;
        const ActiveUpdateIni ini = ActiveUpdateIni::parse(
            "[Server]\nServer.1=http://a.invalid/au\nServer.1=http://b.invalid/au\n[PATTERN]\n"
            "P.1=first.zip,1,10\nP.1=second.zip,2,20\n",
            QStringLiteral("server.ini"), &e);
        QVERIFY(!e);
        QCOMPARE(ini.servers, QList<QUrl>{QUrl(QStringLiteral("http://a.invalid/au"))});
        QCOMPARE(ini.component(QStringLiteral("P.1"))->path, QStringLiteral("first.zip"));
    }

    void errorsNameFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("line");
        QTest::newRow("size-not-a-number") << QByteArray("[Server]\r\nServer.1=http://a.invalid/au\r\n[PATTERN]\r\nP.48040033=p/f.zip,1,12kB\r\n")
                                           << QStringLiteral("au.size") << 4;
        QTest::newRow("negative-size") << QByteArray("[Server]\nServer.1=http://a.invalid/au\n[P]\nP.1=p/f.zip,1,-5\n")
                                       << QStringLiteral("au.size") << 4;
        QTest::newRow("no-path") << QByteArray("[Server]\nServer.1=http://a.invalid/au\n[P]\nP.1=,1,5\n")
                                 << QStringLiteral("au.component") << 4;
        QTest::newRow("server-not-http") << QByteArray("[Server]\nServer.1=ftp://a.invalid/au\n")
                                         << QStringLiteral("au.server") << 2;
        QTest::newRow("server-garbage") << QByteArray("[Server]\nServer.1=not a url\n")
                                        << QStringLiteral("au.server") << 2;
        QTest::newRow("html-error-page") << QByteArray("<html>\n<body>Error 404: Not Found</body>\n</html>\n")
                                         << QStringLiteral("au.not-server-ini") << 0;
        QTest::newRow("binary") << QByteArray("PK\x03\x04\x00\x00" "binary\x00" "data", 17)
                                << QStringLiteral("ini.binary") << 1;
    }
    void errorsNameFileAndLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        QFETCH(int, line);
        KbError e;
        const ActiveUpdateIni ini = ActiveUpdateIni::parse(bytes, QStringLiteral("server.ini"), &e);
        QCOMPARE(e.code, code);
        QCOMPARE(e.file, QStringLiteral("server.ini"));
        QCOMPARE(e.line, line);
        QVERIFY(!e.message.isEmpty());
        QVERIFY(ini.servers.isEmpty());
        QVERIFY(ini.components.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ActiveUpdateIni)
#include "tst_activeupdateini.moc"
