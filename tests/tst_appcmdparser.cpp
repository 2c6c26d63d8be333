#include "host/appcmdparser.h"
#include "windowsoutputs.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace kb;

namespace {

using test::fixture;
using test::kVariants;
using test::variant;
const QString kMask = QStringLiteral("\u2022\u2022\u2022\u2022");

} // namespace

class tst_AppcmdParser : public QObject
{
    Q_OBJECT

private slots:
    void anonymous_data();
    void anonymous();
    void passwordNeverKept();
    void setResult_data();
    void setResult();
    void redaction_data();
    void redaction();
    void inputXml();
};

void tst_AppcmdParser::anonymous_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("userName");
    QTest::addColumn<bool>("hasPassword");
    QTest::addColumn<QString>("errorCode");

    struct Row
    {
        const char *file;
        int exitCode;
        bool enabled;
        QString user;
        bool hasPassword;
        const char *error;
    };
    const QList<Row> rows{
            {"appcmd_anon_iusr_php.txt", 0, true, QStringLiteral("IUSR"), false, ""},
            {"appcmd_anon_apppool.txt", 0, true, QString(), false, ""},
            {"appcmd_anon_custom_password.txt", 0, true, QStringLiteral("CORP\\svc_osce"), true, ""},
            {"appcmd_anon_xml_mode.txt", 0, true, QStringLiteral("CORP\\svc_osce"), true, ""},
            {"appcmd_anon_disabled_encrypted.txt", 0, false, QStringLiteral("User1"), true, ""},
            {"appcmd_error_site_not_found.txt", 1, true, QString(), false, "iis.error"},
            {"appcmd_error_collection.txt", 0, true, QString(), false, "iis.error"},
    };
    for (const Row &r : rows) {
        const QString text = fixture(QString::fromLatin1(r.file));
        for (const QString &v : kVariants) {
            QTest::addRow("%s-%s", r.file, qPrintable(v)) << variant(text, v) << r.exitCode << r.enabled << r.user
                                                          << r.hasPassword << QString::fromLatin1(r.error);
        }
    }
    // enabled absent: schema default true; userName absent: application pool identity.
    QTest::newRow("no-attributes") << QStringLiteral("<system.webServer>\r\n  <security>\r\n    <authentication>\r\n"
                                                     "      <anonymousAuthentication />\r\n    </authentication>\r\n"
                                                     "  </security>\r\n</system.webServer>\r\n")
                                   << 0 << true << QString() << false << QString();
    QTest::newRow("empty-password") << QStringLiteral("<anonymousAuthentication enabled=\"true\" password=\"\" userName=\"IUSR\"/>")
                                    << 0 << true << QStringLiteral("IUSR") << false << QString();
    QTest::newRow("section-missing") << QStringLiteral("<system.webServer>\r\n</system.webServer>\r\n") << 0 << true
                                     << QString() << false << QStringLiteral("iis.unexpectedOutput");
    QTest::newRow("exit-code-only") << QString() << 5 << true << QString() << false << QStringLiteral("iis.accessDenied");
    QTest::newRow("hresult-denied")
            << QStringLiteral("ERROR ( hresult:80070005, message:Command execution failed.\r\nAccess is denied.\r\n )\r\n")
            << 5 << true << QString() << false << QStringLiteral("iis.accessDenied");
}

void tst_AppcmdParser::anonymous()
{
    QFETCH(QString, text);
    QFETCH(int, exitCode);
    const IisAnonymousIdentity id = parseAppcmdAnonymousAuth(text, exitCode);
    QTEST(id.error.code, "errorCode");
    if (id.error)
        return;
    QTEST(id.enabled, "enabled");
    QTEST(id.userName, "userName");
    QTEST(id.hasPassword, "hasPassword");
    QVERIFY(id.rawSection.contains(QLatin1String("anonymousAuthentication")));
}

void tst_AppcmdParser::passwordNeverKept()
{
    for (const char *file : {"appcmd_anon_custom_password.txt", "appcmd_anon_xml_mode.txt"}) {
        const QString text = fixture(QString::fromLatin1(file));
        QVERIFY(text.contains(QLatin1String("Secr3t!")));
        const IisAnonymousIdentity id = parseAppcmdAnonymousAuth(text);
        QVERIFY(!id.rawSection.contains(QLatin1String("Secr3t!")));
        QVERIFY(id.rawSection.contains(QStringLiteral("password=\"") + kMask + QLatin1Char('"')));
        QVERIFY(id.rawSection.contains(QLatin1String("userName=\"CORP\\svc_osce\"")));
    }
    // Even when appcmd fails, whatever it echoed is redacted.
    const IisAnonymousIdentity failed = parseAppcmdAnonymousAuth(
            QStringLiteral("<anonymousAuthentication password=\"Secr3t!\"\r\nERROR ( message:broken )"), 13);
    QVERIFY(failed.error);
    QVERIFY(!failed.rawSection.contains(QLatin1String("Secr3t!")));
}

void tst_AppcmdParser::setResult_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("configPath");
    QTest::addColumn<QString>("commitPath");
    QTest::addColumn<QString>("errorMessage");

    const QString apphost = fixture(QStringLiteral("appcmd_set_success_apphost.txt"));
    const QString site = fixture(QStringLiteral("appcmd_set_success_site.txt"));
    for (const QString &v : kVariants) {
        QTest::addRow("apphost-%s", qPrintable(v))
                << variant(apphost, v) << 0 << true
                << QStringLiteral("system.webServer/security/authentication/anonymousAuthentication")
                << QStringLiteral("MACHINE/WEBROOT/APPHOST") << QStringLiteral("MACHINE/WEBROOT/APPHOST") << QString();
        QTest::addRow("site-%s", qPrintable(v))
                << variant(site, v) << 0 << true << QStringLiteral("system.webServer/security/requestFiltering")
                << QStringLiteral("MACHINE/WEBROOT/APPHOST/Default Web Site")
                << QStringLiteral("MACHINE/WEBROOT/APPHOST/Default Web Site") << QString();
    }
    QTest::newRow("iis7-config-object") << fixture(QStringLiteral("appcmd_set_success_config_object.txt")) << 0 << true
                                        << QString() << QString() << QString() << QString();
    QTest::newRow("error-collection") << fixture(QStringLiteral("appcmd_error_collection.txt")) << 4312 << false
                                      << QString() << QString() << QString()
                                      << QStringLiteral("Cannot find requested collection element.");
    QTest::newRow("error-site") << fixture(QStringLiteral("appcmd_error_site_not_found.txt")) << 1168 << false
                                << QString() << QString() << QString()
                                << QStringLiteral("Site \"MyWebsite\" could not be found.");
    QTest::newRow("error-exit0") << fixture(QStringLiteral("appcmd_error_collection.txt")) << 0 << false << QString()
                                 << QString() << QString() << QStringLiteral("Cannot find requested collection element.");
    QTest::newRow("multiline-error")
            << QStringLiteral("ERROR ( message:Configuration error \r\nFilename: \\\\?\\C:\\inetpub\\wwwroot\\web.config\r\n"
                              "Line Number: 0\r\nDescription: This configuration section cannot be used at this path.\r\n. )\r\n")
            << 13 << false << QString() << QString() << QString()
            << QStringLiteral("Configuration error Filename: \\\\?\\C:\\inetpub\\wwwroot\\web.config Line Number: 0 "
                              "Description: This configuration section cannot be used at this path. .");
}

void tst_AppcmdParser::setResult()
{
    QFETCH(QString, text);
    QFETCH(int, exitCode);
    QFETCH(bool, ok);
    QFETCH(QString, errorMessage);
    const AppcmdSetResult r = parseAppcmdSetResult(text, exitCode);
    QCOMPARE(r.ok, ok);
    QCOMPARE(r.error.isError(), !ok);
    QTEST(r.section, "section");
    QTEST(r.configPath, "configPath");
    QTEST(r.commitPath, "commitPath");
    QCOMPARE(appcmdErrorMessage(text), errorMessage);
    if (!ok)
        QVERIFY2(r.error.message.contains(errorMessage), qPrintable(r.error.message));
}

void tst_AppcmdParser::redaction_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("double") << QStringLiteral("<a userName=\"u\" password=\"p@ss w0rd\" />")
                            << QStringLiteral("<a userName=\"u\" password=\"") + kMask + QStringLiteral("\" />");
    QTest::newRow("single-and-dotted")
            << QStringLiteral("<x processModel.password='a' Password = \"b\"/>")
            << QStringLiteral("<x processModel.password='") + kMask + QStringLiteral("' Password = \"") + kMask
                    + QStringLiteral("\"/>");
    QTest::newRow("appcmd-text-form") << QStringLiteral("password:\"secret\"")
                                      << QStringLiteral("password:\"") + kMask + QLatin1Char('"');
    QTest::newRow("nothing") << QStringLiteral("<a userName=\"password\" />") << QStringLiteral("<a userName=\"password\" />");
    // Output cut off inside the value (found by fuzzing): masked to the end, nothing survives.
    QTest::newRow("cut-off") << QStringLiteral("<a userName=\"CORP\\svc\" password=\"Sec  m ")
                             << QStringLiteral("<a userName=\"CORP\\svc\" password=\"") + kMask + QLatin1Char('"');
    QTest::newRow("cut-off-multiline") << QStringLiteral("<a password='Se\ncret")
                                       << QStringLiteral("<a password='") + kMask + QLatin1Char('\'');
    QTest::newRow("unquoted") << QStringLiteral("password: Secret1 userName: u")
                              << QStringLiteral("password: ") + kMask + QStringLiteral(" userName: u");
    QTest::newRow("empty") << QStringLiteral("<a password=\"\" />") << QStringLiteral("<a password=\"") + kMask + QStringLiteral("\" />");
}

void tst_AppcmdParser::redaction()
{
    QFETCH(QString, in);
    QTEST(redactPasswordAttributes(in), "out");
}

void tst_AppcmdParser::inputXml()
{
    const QString password = QStringLiteral("p<&>\"'\u00e9 1");
    const QByteArray xml = anonymousAuthInputXml(QStringLiteral("Default Web Site/OfficeScan"),
                                                 QStringLiteral("CORP\\svc_osce"), password);
    QVERIFY(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    QXmlStreamReader r(xml);
    QString section, path, user, pass;
    bool sawSection = false;
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (r.name() == QLatin1String("CONFIG")) {
            section = r.attributes().value(QLatin1String("CONFIG.SECTION")).toString();
            path = r.attributes().value(QLatin1String("path")).toString();
        } else if (r.name() == QLatin1String("system.webServer-security-authentication-anonymousAuthentication")) {
            sawSection = true;
            user = r.attributes().value(QLatin1String("userName")).toString();
            pass = r.attributes().value(QLatin1String("password")).toString();
        }
    }
    QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
    QVERIFY(sawSection);
    QCOMPARE(section, QStringLiteral("system.webServer/security/authentication/anonymousAuthentication"));
    QCOMPARE(path, QStringLiteral("MACHINE/WEBROOT/APPHOST/Default Web Site/OfficeScan"));
    QCOMPARE(user, QStringLiteral("CORP\\svc_osce"));
    QCOMPARE(pass, password);

    // The app-pool identity: empty userName and password, both present.
    const QByteArray pool = anonymousAuthInputXml(QStringLiteral("Default Web Site"), QString(), QString());
    QVERIFY(pool.contains("userName=\"\""));
    QVERIFY(pool.contains("password=\"\""));
}

QTEST_GUILESS_MAIN(tst_AppcmdParser)
#include "tst_appcmdparser.moc"
