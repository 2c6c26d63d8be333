#include "host/icaclsparser.h"
#include "windowsoutputs.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace kb;

namespace {

using test::fixture;
using test::kVariants;
using test::variant;

QStringList formatted(const QList<AclEntry> &entries)
{
    QStringList out;
    for (const AclEntry &e : entries)
        out << formatAclEntry(e);
    return out;
}

AclListing listingOf(const QStringList &aces)
{
    AclListing l;
    l.path = QStringLiteral("C:\\x");
    for (const QString &a : aces) {
        AclEntry e;
        if (!parseAclEntry(a, &e))
            qFatal("bad ACE in test: %s", qPrintable(a));
        l.entries << e;
    }
    return l;
}

} // namespace

class tst_IcaclsParser : public QObject
{
    Q_OBJECT

private slots:
    void listing_data();
    void listing();
    void listingRoundTrip_data();
    void listingRoundTrip();
    void pathInferred_data();
    void pathInferred();
    void errors_data();
    void errors();
    void summary_data();
    void summary();
    void changeError_data();
    void changeError();
    void entry_data();
    void entry();
    void evaluate_data();
    void evaluate();
    void evaluateFixtures();
    void aliases();
};

void tst_IcaclsParser::listing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("entries");

    struct Row
    {
        const char *file;
        QString path;
        QStringList entries;
    };
    const QList<Row> rows{
            {"icacls_tempperms.txt", QStringLiteral("c:\\tempperms"),
             {QStringLiteral("BUILTIN\\Administrators:(OI)(CI)(F)"), QStringLiteral("BUILTIN\\Users:(OI)(CI)(RX)"),
              QStringLiteral("NT AUTHORITY\\SYSTEM:(OI)(CI)(F)"), QStringLiteral("BUILTIN\\Users:(CI)(AD)"),
              QStringLiteral("CREATOR OWNER:(OI)(CI)(IO)(F)")}},
            {"icacls_unifi_inherited.txt", QStringLiteral("unifi-video"),
             {QStringLiteral("NT AUTHORITY\\SYSTEM:(I)(OI)(CI)(F)"),
              QStringLiteral("BUILTIN\\Administrators:(I)(OI)(CI)(F)"),
              QStringLiteral("CREATOR OWNER:(I)(OI)(CI)(IO)(F)"), QStringLiteral("BUILTIN\\Users:(I)(OI)(CI)(RX)"),
              QStringLiteral("BUILTIN\\Users:(I)(CI)(WD,AD,WEA,WA)")}},
            {"icacls_deny_root.txt", QStringLiteral("root.txt"),
             {QStringLiteral("HTB\\Backup_Admins:(DENY)(R)"), QStringLiteral("NT AUTHORITY\\SYSTEM:(F)"),
              QStringLiteral("HTB\\Administrator:(RX)"), QStringLiteral("BUILTIN\\Administrators:(RX)")}},
            {"icacls_deny_sid.txt", QStringLiteral("E:\\GT-KB\\.codex"),
             {QStringLiteral("S-1-5-21-2908765920-875073000-2352713335-4168283502:(DENY)(W,D,Rc,DC)"),
              QStringLiteral("S-1-5-21-2908765920-875073000-2352713335-4168283502:(OI)(CI)(IO)(DENY)(W,D,Rc,GW,DC)")}},
            {"icacls_listing_de.txt", QStringLiteral("C:\\daten\\.env"),
             {QStringLiteral("Jeder:(R)"), QStringLiteral("VORDEFINIERT\\Benutzer:(I)(RX)"),
              QStringLiteral("NT-AUTORIT\u00c4T\\SYSTEM:(I)(F)")}},
            // The path has no space here, but the principal "LAB\jdupont" follows one.
            {"icacls_listing_fr.txt", QStringLiteral("C:\\Data"),
             {QStringLiteral("LAB\\jdupont:(OI)(CI)(DENY)(W)"), QStringLiteral("LAB\\GG_Compta:(OI)(CI)(M)"),
              QStringLiteral("BUILTIN\\Administrateurs:(I)(OI)(CI)(F)"),
              QStringLiteral("AUTORITE NT\\Syst\u00e8me:(I)(OI)(CI)(F)")}},
            {"icacls_path_spaces.txt", QStringLiteral("C:\\Program Files (x86)\\Trend Micro\\OfficeScan\\PCCSRV\\Temp"),
             {QStringLiteral("BUILTIN\\IIS_IUSRS:(OI)(CI)(M)"), QStringLiteral("NT AUTHORITY\\SYSTEM:(I)(OI)(CI)(F)"),
              QStringLiteral("BUILTIN\\Administrators:(I)(OI)(CI)(F)"),
              QStringLiteral("BUILTIN\\Users:(I)(OI)(CI)(RX)"), QStringLiteral("CREATOR OWNER:(I)(OI)(CI)(IO)(F)")}},
    };
    for (const Row &r : rows) {
        const QString text = fixture(QString::fromLatin1(r.file));
        for (const QString &v : kVariants)
            QTest::addRow("%s-%s", r.file, qPrintable(v)) << variant(text, v) << r.path << r.entries;
    }
}

void tst_IcaclsParser::listing()
{
    QFETCH(QString, text);
    QFETCH(QString, path);
    QFETCH(QStringList, entries);
    const AclListing l = parseIcaclsListing(text, path, 0);
    QVERIFY2(!l.error, qPrintable(l.error.message));
    QCOMPARE(l.path, path);
    QCOMPARE(formatted(l.entries), entries);
}

void tst_IcaclsParser::listingRoundTrip_data()
{
    QTest::addColumn<QString>("file");
    for (const char *f : {"icacls_tempperms.txt", "icacls_users.txt", "icacls_unifi_inherited.txt",
                          "icacls_deny_root.txt", "icacls_deny_sid.txt", "icacls_wwwroot.txt",
                          "icacls_share_deny_n.txt", "icacls_listing_de.txt", "icacls_listing_fr.txt",
                          "icacls_path_spaces.txt"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void tst_IcaclsParser::listingRoundTrip()
{
    // Every ACE line of every capture parses, and formats back to exactly what icacls printed.
    QFETCH(QString, file);
    const QString text = variant(fixture(file), QStringLiteral("lf"));
    const AclListing l = parseIcaclsListing(text);
    QVERIFY2(!l.error, qPrintable(l.error.message));
    QStringList printed;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String(":(")))
            printed << line.mid(l.path.size() + 1);
    }
    QCOMPARE(formatted(l.entries), printed);
}

void tst_IcaclsParser::pathInferred_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("count");
    QTest::newRow("tempperms") << QStringLiteral("icacls_tempperms.txt") << QStringLiteral("c:\\tempperms") << 5;
    QTest::newRow("users") << QStringLiteral("icacls_users.txt") << QStringLiteral("c:\\users") << 5;
    QTest::newRow("wwwroot") << QStringLiteral("icacls_wwwroot.txt") << QStringLiteral("wwwroot") << 12;
    QTest::newRow("share") << QStringLiteral("icacls_share_deny_n.txt") << QStringLiteral("C:\\share") << 10;
    QTest::newRow("french") << QStringLiteral("icacls_listing_fr.txt") << QStringLiteral("C:\\Data") << 4;
    QTest::newRow("spaces") << QStringLiteral("icacls_path_spaces.txt")
                            << QStringLiteral("C:\\Program Files (x86)\\Trend Micro\\OfficeScan\\PCCSRV\\Temp") << 5;
}

void tst_IcaclsParser::pathInferred()
{
    QFETCH(QString, file);
    for (const QString &v : kVariants) {
        const AclListing l = parseIcaclsListing(variant(fixture(file), v));
        QVERIFY2(!l.error, qPrintable(l.error.message));
        QTEST(l.path, "path");
        QTEST(int(l.entries.size()), "count");
    }
}

void tst_IcaclsParser::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("messagePart");

    const QString deniedEn = fixture(QStringLiteral("icacls_error_denied_en.txt"));
    const QString deniedDe = fixture(QStringLiteral("icacls_error_denied_de.txt"));
    const QString notFound = fixture(QStringLiteral("icacls_error_notfound.txt"));
    for (const QString &v : kVariants) {
        QTest::addRow("denied-en-%s", qPrintable(v))
                << variant(deniedEn, v) << QStringLiteral("c:\\Users\\Administrator\\Desktop\\flag.txt") << 5
                << QStringLiteral("acl.accessDenied") << QStringLiteral("Access is denied.");
        QTest::addRow("denied-de-%s", qPrintable(v))
                << variant(deniedDe, v) << QStringLiteral("C:\\ProgramData\\EagleEye\\certs") << 5
                << QStringLiteral("acl.accessDenied") << QStringLiteral("Zugriff verweigert");
        // icacls has been seen exiting 0 after a failure: the error line still counts.
        QTest::addRow("denied-de-exit0-nopath-%s", qPrintable(v))
                << variant(deniedDe, v) << QString() << 0 << QStringLiteral("acl.accessDenied")
                << QStringLiteral("Zugriff verweigert");
        QTest::addRow("notfound-%s", qPrintable(v))
                << variant(notFound, v) << QStringLiteral("C:\\nope") << 2 << QStringLiteral("acl.notFound")
                << QStringLiteral("cannot find the file");
    }
    QTest::newRow("exit-code-no-text") << QString() << QStringLiteral("C:\\x") << 1 << QStringLiteral("acl.failed")
                                       << QString();
    QTest::newRow("only-summary") << QStringLiteral("Successfully processed 1 files; Failed processing 0 files\r\n")
                                  << QStringLiteral("C:\\x") << 0 << QStringLiteral("acl.unexpectedOutput")
                                  << QString();
}

void tst_IcaclsParser::errors()
{
    QFETCH(QString, text);
    QFETCH(QString, path);
    QFETCH(int, exitCode);
    QFETCH(QString, messagePart);
    const AclListing l = parseIcaclsListing(text, path, exitCode);
    QTEST(l.error.code, "errorCode");
    QVERIFY(l.entries.isEmpty());
    QVERIFY2(l.error.message.contains(messagePart), qPrintable(l.error.message));
}

void tst_IcaclsParser::summary_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("found");
    QTest::addColumn<int>("succeeded");
    QTest::addColumn<int>("failed");
    QTest::newRow("en") << fixture(QStringLiteral("icacls_users.txt")) << true << 1 << 0;
    QTest::newRow("en-failed") << fixture(QStringLiteral("icacls_error_denied_en.txt")) << true << 0 << 1;
    QTest::newRow("de-failed") << fixture(QStringLiteral("icacls_error_denied_de.txt")) << true << 0 << 1;
    QTest::newRow("de-ok") << fixture(QStringLiteral("icacls_listing_de.txt")) << true << 1 << 0;
    QTest::newRow("fr-ok") << fixture(QStringLiteral("icacls_listing_fr.txt")) << true << 1 << 0;
    QTest::newRow("fr-nbsp") << QStringLiteral("3 fichiers correctement trait\u00e9s\u00a0; \u00e9chec du traitement de 2 fichiers")
                             << true << 3 << 2;
    QTest::newRow("none") << fixture(QStringLiteral("icacls_wwwroot.txt")) << false << 0 << 0;
}

void tst_IcaclsParser::summary()
{
    QFETCH(QString, text);
    const IcaclsSummary s = parseIcaclsSummary(text);
    QTEST(s.found, "found");
    QTEST(s.succeeded, "succeeded");
    QTEST(s.failed, "failed");
}

void tst_IcaclsParser::changeError_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("grant-ok") << fixture(QStringLiteral("icacls_grant_processed.txt")) << 0 << QString();
    QTest::newRow("denied") << fixture(QStringLiteral("icacls_error_denied_en.txt")) << 5
                            << QStringLiteral("acl.accessDenied");
    // Exit 0 but "Failed processing 1 files": still a failure.
    QTest::newRow("exit0-failed-summary") << fixture(QStringLiteral("icacls_error_denied_en.txt")) << 0
                                          << QStringLiteral("acl.accessDenied");
    QTest::newRow("unknown-account")
            << QStringLiteral("Successfully processed 0 files; Failed processing 1 files\r\n"
                              "NoSuchUser: No mapping between account names and security IDs was done.\r\n")
            << 1332 << QStringLiteral("acl.unknownPrincipal");
    // The same with the exit code a POSIX fake delivers (1332 & 0xff): the text decides.
    QTest::newRow("unknown-account-truncated")
            << QStringLiteral("Successfully processed 0 files; Failed processing 1 files\r\n"
                              "NoSuchUser: No mapping between account names and security IDs was done.\r\n")
            << 52 << QStringLiteral("acl.unknownPrincipal");
    QTest::newRow("invalid-parameter") << QStringLiteral("Invalid parameter \"NT SERVICE\\Yagura\"\r\n") << 87
                                       << QStringLiteral("acl.invalidParameter");
}

void tst_IcaclsParser::changeError()
{
    QFETCH(QString, text);
    QFETCH(int, exitCode);
    const KbError e = icaclsChangeError(text, exitCode, QStringLiteral("c:\\Users\\Administrator\\Desktop\\flag.txt"));
    QTEST(e.code, "errorCode");
}

void tst_IcaclsParser::entry_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("principal");
    QTest::addColumn<bool>("deny");
    QTest::addColumn<bool>("inherited");
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QStringList>("rights");
    QTest::addColumn<QString>("formatted");

    QTest::newRow("simple") << QStringLiteral("BUILTIN\\IIS_IUSRS:(OI)(CI)(M)") << true
                            << QStringLiteral("BUILTIN\\IIS_IUSRS") << false << false
                            << QStringList{QStringLiteral("OI"), QStringLiteral("CI")} << QStringList{QStringLiteral("M")}
                            << QStringLiteral("BUILTIN\\IIS_IUSRS:(OI)(CI)(M)");
    QTest::newRow("flags-any-order") << QStringLiteral("X:(CI)(DENY)(OI)(I)(R)") << true << QStringLiteral("X")
                                     << true << true << QStringList{QStringLiteral("OI"), QStringLiteral("CI")}
                                     << QStringList{QStringLiteral("R")} << QStringLiteral("X:(I)(OI)(CI)(DENY)(R)");
    QTest::newRow("deny-first") << QStringLiteral("Everyone:(DENY)(OI)(CI)(W)") << true << QStringLiteral("Everyone")
                                << true << false << QStringList{QStringLiteral("OI"), QStringLiteral("CI")}
                                << QStringList{QStringLiteral("W")} << QStringLiteral("Everyone:(OI)(CI)(DENY)(W)");
    QTest::newRow("specific") << QStringLiteral("BUILTIN\\Users:(I)(CI)(WD,AD,WEA,WA)") << true
                              << QStringLiteral("BUILTIN\\Users") << false << true << QStringList{QStringLiteral("CI")}
                              << QStringList{QStringLiteral("WD"), QStringLiteral("AD"), QStringLiteral("WEA"),
                                             QStringLiteral("WA")}
                              << QStringLiteral("BUILTIN\\Users:(I)(CI)(WD,AD,WEA,WA)");
    QTest::newRow("sid-deny-mixed-case")
            << QStringLiteral("S-1-5-21-1-2-3-1001:(OI)(CI)(IO)(NP)(DENY)(W,D,Rc,GW,DC)") << true
            << QStringLiteral("S-1-5-21-1-2-3-1001") << true << false
            << QStringList{QStringLiteral("OI"), QStringLiteral("CI"), QStringLiteral("IO"), QStringLiteral("NP")}
            << QStringList{QStringLiteral("W"), QStringLiteral("D"), QStringLiteral("Rc"), QStringLiteral("GW"),
                           QStringLiteral("DC")}
            << QStringLiteral("S-1-5-21-1-2-3-1001:(OI)(CI)(IO)(NP)(DENY)(W,D,Rc,GW,DC)");
    QTest::newRow("localized-principal") << QStringLiteral("NT-AUTORIT\u00c4T\\SYSTEM:(I)(F)") << true
                                         << QStringLiteral("NT-AUTORIT\u00c4T\\SYSTEM") << false << true << QStringList()
                                         << QStringList{QStringLiteral("F")}
                                         << QStringLiteral("NT-AUTORIT\u00c4T\\SYSTEM:(I)(F)");
    QTest::newRow("grant-syntax-bare") << QStringLiteral("joe:f") << true << QStringLiteral("joe") << false << false
                                       << QStringList() << QStringList{QStringLiteral("F")}
                                       << QStringLiteral("joe:(F)");
    QTest::newRow("grant-syntax-flags-bare") << QStringLiteral("IUSR:(OI)(CI)M") << true << QStringLiteral("IUSR")
                                             << false << false
                                             << QStringList{QStringLiteral("OI"), QStringLiteral("CI")}
                                             << QStringList{QStringLiteral("M")} << QStringLiteral("IUSR:(OI)(CI)(M)");
    QTest::newRow("space-principal") << QStringLiteral("  NT AUTHORITY\\IUSR:(OI)(CI)(N)  ") << true
                                     << QStringLiteral("NT AUTHORITY\\IUSR") << false << false
                                     << QStringList{QStringLiteral("OI"), QStringLiteral("CI")}
                                     << QStringList{QStringLiteral("N")} << QStringLiteral("NT AUTHORITY\\IUSR:(OI)(CI)(N)");
    const QStringList none;
    QTest::newRow("no-rights") << QStringLiteral("X:(OI)(CI)") << false << QString() << false << false << none << none
                               << QString();
    QTest::newRow("no-colon") << QStringLiteral("BUILTIN\\Users") << false << QString() << false << false << none
                              << none << QString();
    QTest::newRow("path") << QStringLiteral("C:\\inetpub\\wwwroot") << false << QString() << false << false << none
                          << none << QString();
    QTest::newRow("summary") << QStringLiteral("Successfully processed 1 files; Failed processing 0 files") << false
                             << QString() << false << false << none << none << QString();
    QTest::newRow("empty-principal") << QStringLiteral(":(F)") << false << QString() << false << false << none << none
                                     << QString();
    // Found by fuzz_toolparsers: a bare /grant right must be one of icacls' simple rights.
    QTest::newRow("grant-syntax-not-a-right") << QStringLiteral("C:i") << false << QString() << false << false << none
                                              << none << QString();
    QTest::newRow("grant-syntax-unknown") << QStringLiteral("joe:xyz") << false << QString() << false << false << none
                                          << none << QString();
    QTest::newRow("junk-right") << QStringLiteral("X:(R;W)") << false << QString() << false << false << none << none
                                << QString();
}

void tst_IcaclsParser::entry()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    AclEntry e;
    QCOMPARE(parseAclEntry(text, &e), ok);
    if (!ok)
        return;
    QTEST(e.principal, "principal");
    QTEST(e.deny, "deny");
    QTEST(e.inherited, "inherited");
    QTEST(e.flags, "flags");
    QTEST(e.rights, "rights");
    QTEST(formatAclEntry(e), "formatted");
    AclEntry again;
    QVERIFY(parseAclEntry(formatAclEntry(e), &again));
    QCOMPARE(formatAclEntry(again), formatAclEntry(e));
}

void tst_IcaclsParser::evaluate_data()
{
    QTest::addColumn<QStringList>("aces");
    QTest::addColumn<int>("result");
    QTest::addColumn<bool>("canRead");
    QTest::addColumn<bool>("canWrite");
    QTest::addColumn<int>("matching");

    const int allowed = AclVerdict::Allowed, denied = AclVerdict::Denied, missing = AclVerdict::Missing;
    QTest::newRow("modify") << QStringList{QStringLiteral("BUILTIN\\IIS_IUSRS:(OI)(CI)(M)")} << allowed << true << true << 1;
    QTest::newRow("full-sid") << QStringList{QStringLiteral("S-1-5-32-568:(F)")} << allowed << true << true << 1;
    QTest::newRow("german-rx-only") << QStringList{QStringLiteral("VORDEFINIERT\\IIS_IUSRS:(OI)(CI)(RX)")} << missing
                                    << true << false << 1;
    QTest::newRow("server-prefix-r-w")
            << QStringList{QStringLiteral("SERVER01\\IIS_IUSRS:(R)"), QStringLiteral("SERVER01\\IIS_IUSRS:(W)")}
            << allowed << true << true << 2;
    QTest::newRow("rx-plus-w") << QStringList{QStringLiteral("BUILTIN\\IIS_IUSRS:(OI)(CI)(RX,W)")} << allowed << true
                               << true << 1;
    QTest::newRow("specific-data") << QStringList{QStringLiteral("BUILTIN\\IIS_IUSRS:(RD,WD)")} << allowed << true
                                   << true << 1;
    QTest::newRow("specific-no-data")
            << QStringList{QStringLiteral("BUILTIN\\IIS_IUSRS:(RA,REA,Rc,WA,WEA,AD)")} << missing << false << false << 1;
    QTest::newRow("generic") << QStringList{QStringLiteral("BUILTIN\\IIS_IUSRS:(GR,GW)")} << allowed << true << true << 1;
    QTest::newRow("deny-write-wins")
            << QStringList{QStringLiteral("BUILTIN\\IIS_IUSRS:(OI)(CI)(M)"), QStringLiteral("IIS_IUSRS:(DENY)(W)")}
            << denied << true << false << 2;
    QTest::newRow("deny-specific-write")
            << QStringList{QStringLiteral("S-1-5-32-568:(DENY)(W,D,Rc,DC)"), QStringLiteral("BUILTIN\\IIS_IUSRS:(F)")}
            << denied << true << false << 2;
    QTest::newRow("deny-read-control-only")
            << QStringList{QStringLiteral("BUILTIN\\IIS_IUSRS:(DENY)(Rc)"), QStringLiteral("BUILTIN\\IIS_IUSRS:(M)")}
            << allowed << true << true << 2;
    QTest::newRow("inherit-only-ignored") << QStringList{QStringLiteral("BUILTIN\\IIS_IUSRS:(OI)(CI)(IO)(M)")}
                                          << missing << false << false << 0;
    QTest::newRow("inherit-only-deny-ignored")
            << QStringList{QStringLiteral("BUILTIN\\IIS_IUSRS:(M)"), QStringLiteral("BUILTIN\\IIS_IUSRS:(OI)(CI)(IO)(DENY)(W)")}
            << allowed << true << true << 1;
    QTest::newRow("no-access-n") << QStringList{QStringLiteral("BUILTIN\\IIS_IUSRS:(OI)(CI)(N)")} << missing << false
                                 << false << 1;
    QTest::newRow("someone-else") << QStringList{QStringLiteral("BUILTIN\\Users:(M)"), QStringLiteral("Everyone:(F)")}
                                  << missing << false << false << 0;
    QTest::newRow("similar-name-is-not-alias") << QStringList{QStringLiteral("BUILTIN\\IIS_IUSRS2:(M)")} << missing
                                               << false << false << 0;
}

void tst_IcaclsParser::evaluate()
{
    QFETCH(QStringList, aces);
    const AclVerdict v = evaluateReadWrite(listingOf(aces), iisIusrsAliases(QStringLiteral("SERVER01")));
    QTEST(int(v.result), "result");
    QTEST(v.canRead, "canRead");
    QTEST(v.canWrite, "canWrite");
    QTEST(int(v.matching.size()), "matching");
    for (const AclEntry &e : v.matching)
        QVERIFY(e.principal.contains(QLatin1String("IIS_IUSRS")) || e.principal.startsWith(QLatin1String("S-1-5-32-568")));
}

void tst_IcaclsParser::evaluateFixtures()
{
    const QStringList iis = iisIusrsAliases();
    // Captured: IIS_IUSRS may read (RX) but not write the web root.
    const AclVerdict www = evaluateReadWrite(parseIcaclsListing(fixture(QStringLiteral("icacls_wwwroot.txt")),
                                                                QStringLiteral("wwwroot")), iis);
    QCOMPARE(www.result, AclVerdict::Missing);
    QVERIFY(www.canRead);
    QVERIFY(!www.canWrite);
    // Captured: (N) for IIS_IUSRS on C:\share grants nothing.
    const AclVerdict share = evaluateReadWrite(parseIcaclsListing(fixture(QStringLiteral("icacls_share_deny_n.txt"))), iis);
    QCOMPARE(share.result, AclVerdict::Missing);
    QVERIFY(!share.canRead);
    // The Trend temp folder with (OI)(CI)(M) for IIS_IUSRS.
    const AclVerdict temp = evaluateReadWrite(parseIcaclsListing(fixture(QStringLiteral("icacls_path_spaces.txt"))), iis);
    QCOMPARE(temp.result, AclVerdict::Allowed);
    // Captured deny for a whole group: Backup_Admins are denied read.
    const AclVerdict root = evaluateReadWrite(parseIcaclsListing(fixture(QStringLiteral("icacls_deny_root.txt"))),
                                              {QStringLiteral("Backup_Admins")});
    QCOMPARE(root.result, AclVerdict::Denied);
    QVERIFY(root.readDenied);
    QVERIFY(!root.writeDenied);
}

void tst_IcaclsParser::aliases()
{
    const QStringList a = iisIusrsAliases(QStringLiteral("\\\\WS01"));
    QVERIFY(a.contains(QStringLiteral("WS01\\IIS_IUSRS")));
    QVERIFY(a.contains(QStringLiteral("S-1-5-32-568")));
    QVERIFY(aclPrincipalMatches(QStringLiteral("vordefiniert\\iis_iusrs"), a));
    QVERIFY(aclPrincipalMatches(QStringLiteral("*S-1-5-32-568"), a));
    QVERIFY(!aclPrincipalMatches(QStringLiteral("S-1-5-32-545"), a));
    // An alias with a domain only matches that domain.
    QVERIFY(!aclPrincipalMatches(QStringLiteral("OTHER\\svc"), {QStringLiteral("CORP\\svc")}));
    QVERIFY(aclPrincipalMatches(QStringLiteral("corp\\SVC"), {QStringLiteral("CORP\\svc")}));
}

QTEST_GUILESS_MAIN(tst_IcaclsParser)
#include "tst_icaclsparser.moc"
