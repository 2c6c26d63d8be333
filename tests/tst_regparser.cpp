#include "host/regparser.h"
#include "windowsoutputs.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace kb;

namespace {

using test::fixture;
using test::kVariants;
using test::variant;

} // namespace

class tst_RegParser : public QObject
{
    Q_OBJECT

private slots:
    void value_data();
    void value();
    void trailingSeparatorOfEmptyData();
    void failures_data();
    void failures();
    void numeric();
};

void tst_RegParser::value_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("valueName");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("data");

    struct Row
    {
        const char *file, *name, *type;
        QString data;
    };
    const QList<Row> rows{
            {"reg_productname.txt", "ProductName", "REG_SZ", QStringLiteral("Windows 10 Pro")},
            {"reg_productname.txt", "productname", "REG_SZ", QStringLiteral("Windows 10 Pro")},
            {"reg_currentversion.txt", "CurrentVersion", "REG_SZ", QStringLiteral("6.3")},
            {"reg_kitsroot.txt", "KitsRoot10", "REG_SZ", QStringLiteral("C:\\Program Files (x86)\\Windows Kits\\10\\")},
            {"reg_empty_data.txt", "EditionSubManufacturer", "REG_SZ", QString()},
            {"reg_dword.txt", "CurrentMajorVersionNumber", "REG_DWORD", QStringLiteral("0xa")},
            {"reg_trend_local_path.txt", "Local_Path", "REG_SZ",
             QStringLiteral("C:\\Program Files (x86)\\Trend Micro\\Security Server\\PCCSRV\\")},
            {"reg_trend_local_path.txt", "", "REG_SZ",
             QStringLiteral("C:\\Program Files (x86)\\Trend Micro\\Security Server\\PCCSRV\\")},
    };
    for (const Row &r : rows) {
        const QString text = fixture(QString::fromLatin1(r.file));
        for (const QString &v : kVariants) {
            QTest::addRow("%s-%s-%s", r.file, r.name, qPrintable(v))
                    << variant(text, v) << QString::fromLatin1(r.name) << QString::fromLatin1(r.type) << r.data;
        }
    }
    QTest::newRow("xp-tabs") << QStringLiteral("\r\n! REG.EXE VERSION 3.0\r\n\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\X\r\n"
                                               "    ProductName\tREG_SZ\tMicrosoft Windows XP\r\n\r\n")
                             << QStringLiteral("ProductName") << QStringLiteral("REG_SZ")
                             << QStringLiteral("Microsoft Windows XP");
    QTest::newRow("data-with-4-spaces") << QStringLiteral("\r\nHKEY_LOCAL_MACHINE\\X\r\n    Cmd    REG_EXPAND_SZ    a    b\r\n\r\n")
                                        << QStringLiteral("Cmd") << QStringLiteral("REG_EXPAND_SZ")
                                        << QStringLiteral("a    b");
}

void tst_RegParser::value()
{
    QFETCH(QString, text);
    QFETCH(QString, valueName);
    const RegistryValue v = parseRegQuery(text, QString(), 0, valueName);
    QVERIFY2(!v.error, qPrintable(v.error.message));
    QVERIFY(v.found);
    QTEST(v.type, "type");
    QTEST(v.data, "data");
}

void tst_RegParser::trailingSeparatorOfEmptyData()
{
    // reg.exe prints name, type and (empty) data separated by 4 spaces: the line may end with them.
    const RegistryValue v = parseRegQuery(
            QStringLiteral("\r\nHKEY_LOCAL_MACHINE\\X\r\n    EditionSubstring    REG_SZ    \r\n\r\n"), QString(), 0,
            QStringLiteral("EditionSubstring"));
    QVERIFY(v.found);
    QCOMPARE(v.type, QStringLiteral("REG_SZ"));
    QCOMPARE(v.data, QString());
}

void tst_RegParser::failures_data()
{
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("err");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("errorCode");

    const QString notFound = fixture(QStringLiteral("reg_notfound_stderr.txt"));
    for (const QString &v : kVariants)
        QTest::addRow("not-found-%s", qPrintable(v)) << QString() << variant(notFound, v) << 1 << QString();
    QTest::newRow("not-found-localized") << QString()
                                         << QStringLiteral("FEHLER: Der angegebene Registrierungsschl\u00fcssel oder Wert wurde nicht gefunden.\r\n")
                                         << 1 << QString();
    QTest::newRow("access-denied") << QString() << QStringLiteral("ERROR: Access is denied.\r\n") << 1
                                   << QStringLiteral("registry.accessDenied");
    QTest::newRow("other-exit") << QString() << QStringLiteral("ERROR: Invalid syntax.\r\n") << 2
                                << QStringLiteral("registry.failed");
    QTest::newRow("value-not-in-output") << fixture(QStringLiteral("reg_productname.txt")) << QString() << 0
                                         << QStringLiteral("registry.unexpectedOutput");
}

void tst_RegParser::failures()
{
    QFETCH(QString, out);
    QFETCH(QString, err);
    QFETCH(int, exitCode);
    const RegistryValue v = parseRegQuery(out, err, exitCode, QStringLiteral("NoSuchValue"));
    QVERIFY(!v.found);
    QTEST(v.error.code, "errorCode");
}

void tst_RegParser::numeric()
{
    const RegistryValue v = parseRegQuery(fixture(QStringLiteral("reg_dword.txt")), QString(), 0,
                                          QStringLiteral("CurrentMajorVersionNumber"));
    quint64 n = 0;
    QVERIFY(regNumericValue(v, &n));
    QCOMPARE(n, quint64(10));
    const RegistryValue s = parseRegQuery(fixture(QStringLiteral("reg_productname.txt")), QString(), 0,
                                          QStringLiteral("ProductName"));
    QVERIFY(!regNumericValue(s, &n));
}

QTEST_GUILESS_MAIN(tst_RegParser)
#include "tst_regparser.moc"
