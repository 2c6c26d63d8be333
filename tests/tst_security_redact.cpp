// Security review (../shared/reviews/security-review.md) findings M3, L3, L4, L7: each test
// reproduces the attack or the failure and was checked to fail on 249947e.
//
// M3: 37 secret shapes are planted in the demo's INI file (as lines the update-source check
// lists as evidence, right beside the key the au-source fix edits, so the preview shows them)
// and in the newest IIS log (query, cookie and referer fields), then the real binary runs every
// output: stdout/stderr (evidence, preview), --json, --text, --html, --pdf (pdftotext), --bundle
// (every entry). No secret may appear; the keys must (proof that the shapes got through).
// tst_security_redactgui does the same for the GUI's evidence table, previews and clipboard.
#include "clirunner.h"
#include "demofixture.h"
#include "secretshapes.h"
#include "zipreader.h"

#include "fixes/fix.h"
#include "fixes/fixexecutor.h"
#include "host/appcmdparser.h"
#include "ini/ansicodepage.h"
#include "ini/inidocument.h"
#include "host/icaclsparser.h"
#include "host/regparser.h"
#include "host/toolrunner.h"
#include "report/redact.h"
#include "report/supportbundle.h"

#include <QProcess>
#include <QtTest>

using namespace kb;
using test::runKbwizard;
using test::Shape;
using test::shapes;

namespace {

// Harmless text that must stay readable (over-masking check).
const QStringList kHarmless = {QStringLiteral("Session_Timeout=30"), QStringLiteral("monkey=banana"),
                               QStringLiteral("Registry key: HKLM\\Software"),
                               QStringLiteral("Anonymous authentication: enabled")};

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

const QString kOfcserver = QStringLiteral("wfbs/Security Server/PCCSRV/Private/ofcserver.ini");
const QString kLogDir = QStringLiteral("wfbs/inetpub/logs/LogFiles/W3SVC1");
const QByteArray kOutsideMarker = "OUTSIDE-THE-LOG-FOLDER-L3";

} // namespace

class tst_SecurityRedact : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    test::DemoFixture m_demo;
    QMap<QString, QString> m_outputs; // name -> text

private Q_SLOTS:
    void initTestCase();

    void M3_redactTextMasksEveryShape_data();
    void M3_redactTextMasksEveryShape();
    void M3_redactTextKeepsHarmlessText();
    void M3_redactEvidenceMasksEveryField();
    void M3_previewMasksEveryShape();
    void M3_binaryOutputsReachedTheShapes();
    void M3_noBinaryOutputHasASecret_data();
    void M3_noBinaryOutputHasASecret();

    void L3_iisLogFieldsMasked();
    void L3_symlinkedLogNotFollowed();

    void L4_icaclsExitZeroWithoutSummaryIsNoSuccess();
    void L4_appcmdExitZeroWithoutConfirmationIsNoSuccess();
    void L4_regLocalizedAccessDeniedIsDenied_data();
    void L4_regLocalizedAccessDeniedIsDenied();
    void L4_regNotFoundStaysNotFound();

    void L4_ansiIniOnCjkServerRefusesEdit();
    void L7_shortPasswordInFixedArgumentDoesNotRefuse();
    void L7_passwordOnCommandLineStillRefused();
};

void tst_SecurityRedact::initTestCase()
{
    QVERIFY(m_demo.create());
    // The shapes as INI lines beside Update_Source (candidates: their values name
    // "activeupdate", so the update-source check lists each as evidence).
    QByteArray ini = m_demo.read(kOfcserver);
    const qsizetype at = ini.indexOf("Update_Source=http");
    QVERIFY(at >= 0);
    const qsizetype eol = ini.indexOf('\n', at) + 1;
    QByteArray planted;
    const QList<Shape> all = shapes();
    for (int i = 0; i < all.size(); ++i)
        planted += QStringLiteral("Extra_%1=activeupdate %2\r\n").arg(i + 1, 2, 10, QLatin1Char('0'))
                           .arg(QString::fromUtf8(all.at(i).text)).toUtf8();
    ini.insert(eol, planted);
    m_demo.write(kOfcserver, ini);

    // The shapes in an IIS log: a #Fields block with cookie and referer, each shape in the
    // query field (spaces as '+', as IIS writes them), plus cookie/referer secrets.
    QByteArray log = m_demo.read(kLogDir + QStringLiteral("/ex261124.log"));
    QVERIFY(!log.isEmpty());
    log += "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip "
           "cs(User-Agent) cs(Cookie) cs(Referer) sc-status sc-substatus sc-win32-status time-taken\r\n";
    for (const Shape &s : all)
        log += "2026-11-24 10:00:00 192.168.10.5 GET /officescan/x.exe " + QByteArray(s.text).replace(' ', '+')
               + " 4343 - 192.168.10.21 Mozilla/5.0 ASP.NET_SessionId=cookfield38x;+.ASPXAUTH=aspx39x "
                 "https://dave:refpw40x@portal.example/x?sid=refsid41x 200 0 0 15\r\n";
    m_demo.write(kLogDir + QStringLiteral("/ex261124.log"), log);

    // L3: a link named like a newer log, pointing outside the log folder.
    const QString outside = m_demo.tmp.filePath(QStringLiteral("outside.txt"));
    QFile o(outside);
    QVERIFY(o.open(QIODevice::WriteOnly));
    o.write(kOutsideMarker + "\n");
    o.close();
    QVERIFY(QFile::link(outside, m_demo.sandbox + QLatin1Char('/') + kLogDir + QStringLiteral("/ex261125.log")));

    QProcessEnvironment env;
    const QString hostsMap = m_demo.tmp.filePath(QStringLiteral("hosts.map"));
    QFile h(hostsMap);
    QVERIFY(h.open(QIODevice::WriteOnly));
    h.close();
    env.insert(QStringLiteral("KBWIZARD_HOSTS_MAP"), hostsMap);
    // Log categories on, so the log output is checked too.
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("kbwizard.*=true"));

    const QString out = m_demo.tmp.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(out));
    const auto r = runKbwizard({QStringLiteral("--headless"), QStringLiteral("--root"), m_demo.sandbox,
                                QStringLiteral("--article"), QStringLiteral("all"),
                                QStringLiteral("--fix"), QStringLiteral("au-source"),
                                QStringLiteral("--json"), out + QStringLiteral("/r.json"),
                                QStringLiteral("--html"), out + QStringLiteral("/r.html"),
                                QStringLiteral("--text"), out + QStringLiteral("/r.txt"),
                                QStringLiteral("--pdf"), out + QStringLiteral("/r.pdf"),
                                QStringLiteral("--bundle"), out + QStringLiteral("/bundle.zip")},
                               m_home.path(), env);
    QVERIFY2(!r.crashed && r.exitCode != 2, qPrintable(r.out + r.err));
    m_outputs.insert(QStringLiteral("stdout"), r.out);
    m_outputs.insert(QStringLiteral("stderr"), r.err);
    for (const QString &name : {QStringLiteral("r.json"), QStringLiteral("r.html"), QStringLiteral("r.txt")})
        m_outputs.insert(name, readText(out + QLatin1Char('/') + name));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                                  out + QStringLiteral("/r.pdf"), QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(60000));
    QCOMPARE(pdftotext.exitCode(), 0);
    m_outputs.insert(QStringLiteral("r.pdf"), QString::fromUtf8(pdftotext.readAllStandardOutput()));
    QString zipError;
    const QMap<QString, QByteArray> entries = test::readZip(out + QStringLiteral("/bundle.zip"), &zipError);
    QVERIFY2(!entries.isEmpty(), qPrintable(zipError));
    for (auto it = entries.cbegin(); it != entries.cend(); ++it)
        m_outputs.insert(QStringLiteral("bundle:") + it.key(), QString::fromUtf8(it.value()));
}

void tst_SecurityRedact::M3_redactTextMasksEveryShape_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("needles");
    const QList<Shape> all = shapes();
    QVERIFY(all.size() >= 30);
    for (const Shape &s : all) {
        QTest::newRow(s.name) << QString::fromUtf8(s.text) << s.needles;
        QTest::newRow(qPrintable(QStringLiteral("%1 (in a line)").arg(QLatin1String(s.name))))
                << QStringLiteral("2026-12-04 warning: got %1 from the server\r\nnext line").arg(QString::fromUtf8(s.text))
                << s.needles;
    }
}

void tst_SecurityRedact::M3_redactTextMasksEveryShape()
{
    QFETCH(QString, text);
    QFETCH(QStringList, needles);
    const QString out = redactText(text);
    for (const QString &n : needles)
        QVERIFY2(!out.contains(n), qPrintable(out));
    QVERIFY2(out.contains(kRedacted), qPrintable(out));
    if (text.contains(QLatin1String("\r\nnext line")))
        QVERIFY2(out.endsWith(QLatin1String("\r\nnext line")), qPrintable(out)); // only its line
    // The log redaction (support bundle) and evidence rows agree.
    const QString log = QString::fromUtf8(SupportBundle::redactLog(text.toUtf8(), {}));
    for (const QString &n : needles)
        QVERIFY2(!log.contains(n), qPrintable(log));
    EvidenceRow row;
    row.key = QStringLiteral("Update_Source");
    row.found = text;
    const EvidenceRow shown = redactEvidence(row);
    for (const QString &n : needles)
        QVERIFY2(!shown.found.contains(n), qPrintable(shown.found));
}

void tst_SecurityRedact::M3_redactTextKeepsHarmlessText()
{
    for (const QString &h : kHarmless)
        QCOMPARE(redactText(h), h);
    const QString url = QStringLiteral("Update_Source=http://wfbs95-p.activeupdate.trendmicro.com/activeupdate");
    QCOMPARE(redactText(url), url);
    QVERIFY(!isSecretKey(QStringLiteral("Session_Timeout")));
    QVERIFY(isSecretKey(QStringLiteral("ASP.NET_SessionId")));
    QVERIFY(isEncryptedValue(QStringLiteral("!cryptng!abc")));
}

void tst_SecurityRedact::M3_redactEvidenceMasksEveryField()
{
    EvidenceRow row;
    row.item = QStringLiteral("GET http://bob:ItemPw1@host/server.ini");
    row.file = QStringLiteral("Private/ofcserver.ini");
    row.key = QStringLiteral("Backup_Source");
    row.found = QStringLiteral("http://mirror/au?user=x&password=hunter2");
    row.expected = QStringLiteral("http://u:ExpPw3@mirror/");
    row.note = QStringLiteral("line 3; token=NoteTok4");
    const EvidenceRow r = redactEvidence(row);
    const QString all = QStringList{r.item, r.file, r.section, r.key, r.found, r.expected, r.note}.join(QLatin1Char('|'));
    for (const char *n : {"ItemPw1", "hunter2", "ExpPw3", "NoteTok4"})
        QVERIFY2(!all.contains(QLatin1String(n)), qPrintable(all));
    QVERIFY(all.contains(QLatin1String("Backup_Source")));
    row.key = QStringLiteral("Proxy_Pwd");
    row.found = QStringLiteral("plain but secret");
    QCOMPARE(redactEvidence(row).found, kRedacted);
}

// The fix preview (printed by the CLI, shown by the GUI's Fix page: both call
// FixExecutor::preview) with every shape on a removed line, an added line and a context line.
// The binary run above only reaches the shapes that fall into the au-source diff's context.
void tst_SecurityRedact::M3_previewMasksEveryShape()
{
    FileEdit edit;
    edit.path = QStringLiteral("/srv/PCCSRV/Private/ofcserver.ini");
    edit.displayPath = QStringLiteral("Private\\ofcserver.ini");
    const QList<Shape> all = shapes();
    for (int i = 0; i < all.size(); ++i) {
        const QByteArray text = all.at(i).text;
        const QByteArray n = QByteArray::number(i + 1);
        edit.before += "Old_" + n + "=activeupdate " + text + "\r\nKeep_" + n + "=" + text + "\r\n";
        edit.after += "New_" + n + "=activeupdate " + text + "\r\nKeep_" + n + "=" + text + "\r\n";
    }
    FixPlan plan;
    plan.edits.append(edit);
    const QString preview = FixExecutor::preview(plan);
    for (int i = 1; i <= int(all.size()); ++i)
        for (const char *key : {"Old_", "New_", "Keep_"})
            QVERIFY2(preview.contains(QLatin1String(key) + QString::number(i) + QLatin1Char('=')),
                     qPrintable(QStringLiteral("%1%2 is not in the preview").arg(QLatin1String(key)).arg(i)));
    for (const Shape &sh : all)
        for (const QString &n : sh.needles)
            QVERIFY2(!preview.contains(n), qPrintable(QStringLiteral("%1 (%2) in the preview").arg(n, QLatin1String(sh.name))));
}

void tst_SecurityRedact::M3_binaryOutputsReachedTheShapes()
{
    // Otherwise the greps below prove nothing: the evidence rows of the planted lines are in
    // the reports and on stdout, the planted log is in the bundle, the preview was printed.
    for (const QString &name : {QStringLiteral("stdout"), QStringLiteral("r.json"), QStringLiteral("r.txt"),
                                QStringLiteral("r.html")}) {
        const QString text = m_outputs.value(name);
        for (int i = 1; i <= int(shapes().size()); ++i)
            QVERIFY2(text.contains(QStringLiteral("Extra_%1").arg(i, 2, 10, QLatin1Char('0'))),
                     qPrintable(name + QStringLiteral(": Extra_%1 missing").arg(i)));
    }
    QVERIFY(m_outputs.value(QStringLiteral("r.pdf")).contains(QLatin1String("Extra_01")));
    QVERIFY(m_outputs.value(QStringLiteral("stdout")).contains(QLatin1String("--- Fix for au-source")));
    QVERIFY(m_outputs.contains(QStringLiteral("bundle:iis-logs/W3SVC1/ex261124.log")));
    QVERIFY(m_outputs.value(QStringLiteral("bundle:iis-logs/W3SVC1/ex261124.log")).contains(QLatin1String("cs(Cookie)")));
}

void tst_SecurityRedact::M3_noBinaryOutputHasASecret_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : m_outputs.keys())
        QTest::newRow(qPrintable(name)) << name;
}

void tst_SecurityRedact::M3_noBinaryOutputHasASecret()
{
    QFETCH(QString, name);
    const QString text = m_outputs.value(name);
    QStringList needles;
    for (const Shape &s : shapes())
        needles << s.needles;
    needles << QStringLiteral("cookfield38x") << QStringLiteral("aspx39x") << QStringLiteral("refpw40x")
            << QStringLiteral("refsid41x")
            << QStringLiteral("Secr3tDemo!"); // the demo log's own password= query
    for (const QString &n : std::as_const(needles))
        QVERIFY2(!text.contains(n), qPrintable(QStringLiteral("%1 contains %2").arg(name, n)));
}

void tst_SecurityRedact::L3_iisLogFieldsMasked()
{
    // A W3C line: the cookie field whole, the query as a query string; the other fields stay.
    const QByteArray log =
            "#Fields: date time cs-uri-stem cs-uri-query cs(Cookie) cs(Referer) sc-status\r\n"
            "2026-12-04 10:00:00 /x.exe id=1&pw=QPw1&sid=QSid2 ASP.NET_SessionId=CSess3;+theme=dark "
            "https://h/p?token=RTok4&a=1 200\r\n";
    const QString out = QString::fromUtf8(SupportBundle::redactLog(log, {}));
    for (const char *n : {"QPw1", "QSid2", "CSess3", "RTok4"})
        QVERIFY2(!out.contains(QLatin1String(n)), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("id=1&pw=")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("&a=1 200\r\n")), qPrintable(out));
}

void tst_SecurityRedact::L3_symlinkedLogNotFollowed()
{
    for (auto it = m_outputs.cbegin(); it != m_outputs.cend(); ++it)
        QVERIFY2(!it.value().contains(QLatin1String(kOutsideMarker)), qPrintable(it.key()));
    QVERIFY(!m_outputs.contains(QStringLiteral("bundle:iis-logs/W3SVC1/ex261125.log")));
    const QString readme = m_outputs.value(QStringLiteral("bundle:README.txt"));
    QVERIFY2(readme.contains(QLatin1String("ex261125.log is a link")), qPrintable(readme));
}

void tst_SecurityRedact::L4_icaclsExitZeroWithoutSummaryIsNoSuccess()
{
    const QString path = QStringLiteral("C:\\PCCSRV\\Temp");
    for (const QString &out : {QString(), QStringLiteral("something new\r\n")}) {
        const KbError e = icaclsChangeError(out, 0, path);
        QVERIFY2(e.isError(), qPrintable(out));
        QCOMPARE(e.code, QStringLiteral("acl.unexpectedOutput"));
    }
    QVERIFY(!icaclsChangeError(QStringLiteral("processed file: C:\\PCCSRV\\Temp\r\n"
                                              "Successfully processed 1 files; Failed processing 0 files\r\n"),
                               0, path).isError());
}

void tst_SecurityRedact::L4_appcmdExitZeroWithoutConfirmationIsNoSuccess()
{
    const AppcmdSetResult r = parseAppcmdSetResult(QStringLiteral("Something else happened.\r\n"), 0);
    QVERIFY(!r.ok);
    QCOMPARE(r.error.code, QStringLiteral("iis.unexpectedOutput"));
    const AppcmdSetResult good = parseAppcmdSetResult(
            QStringLiteral("Applied configuration changes to section \"system.webServer/security/authentication/"
                           "anonymousAuthentication\" for \"MACHINE/WEBROOT/APPHOST/Default Web Site\" at "
                           "configuration commit path \"MACHINE/WEBROOT/APPHOST\"\r\n"), 0);
    QVERIFY(good.ok);
}

void tst_SecurityRedact::L4_regLocalizedAccessDeniedIsDenied_data()
{
    QTest::addColumn<QString>("stderrText");
    QTest::newRow("ja") << QStringLiteral("エラー: アクセスが拒否されました。");
    QTest::newRow("es") << QStringLiteral("ERROR: Acceso denegado.");
    QTest::newRow("it") << QStringLiteral("ERRORE: Accesso negato.");
    QTest::newRow("pt") << QStringLiteral("ERRO: Acesso negado.");
    QTest::newRow("zh") << QStringLiteral("错误: 拒绝访问。");
    QTest::newRow("ko") << QStringLiteral("오류: 액세스가 거부되었습니다.");
    QTest::newRow("ru") << QStringLiteral("ОШИБКА: Отказано в доступе.");
    QTest::newRow("unknown language") << QStringLiteral("XYZ: qwerty uiop.");
}

void tst_SecurityRedact::L4_regLocalizedAccessDeniedIsDenied()
{
    QFETCH(QString, stderrText);
    const RegistryValue v = parseRegQuery(QString(), stderrText, 1, QStringLiteral("ApplicationPath"));
    QVERIFY(!v.found);
    // Never a silent "not found" (which reads as "not installed").
    QVERIFY2(v.error.isError(), qPrintable(stderrText));
    if (qstrcmp(QTest::currentDataTag(), "unknown language") != 0)
        QCOMPARE(v.error.code, QStringLiteral("registry.accessDenied"));
    else
        QCOMPARE(v.error.code, QStringLiteral("registry.unrecognized"));
}

void tst_SecurityRedact::L4_regNotFoundStaysNotFound()
{
    for (const QString &msg : {QStringLiteral("ERROR: The system was unable to find the specified registry key or value."),
                               QStringLiteral("FEHLER: Der angegebene Registrierungsschlüssel bzw. Wert wurde nicht gefunden."),
                               QStringLiteral("エラー: 指定されたレジストリ キーまたは値が見つかりませんでした。"),
                               QString()}) {
        const RegistryValue v = parseRegQuery(QString(), msg, 1, QStringLiteral("x"));
        QVERIFY2(!v.found && !v.error.isError(), qPrintable(msg + v.error.toString()));
    }
}

void tst_SecurityRedact::L4_ansiIniOnCjkServerRefusesEdit()
{
    // A Shift_JIS (cp932) INI on a Japanese server: "Name=テスト".
    const QByteArray sjis = "[S]\r\nName=\x83\x65\x83\x58\x83\x67\r\nUrl=http://a/\r\n";
    FileEdit edit;
    edit.path = QStringLiteral("/srv/PCCSRV/ofcscan.ini");
    edit.displayPath = QStringLiteral("ofcscan.ini");
    edit.before = sjis;
    AnsiCodePage::setAssumed(932);
    // An ASCII change on a valid cp932 file is fine (unedited lines keep their bytes).
    edit.after = QByteArray(sjis).replace("http://a/", "http://b/");
    QVERIFY(!AnsiCodePage::editProblem(edit).isError());
    // A change that writes non-ASCII (which the document encodes as Windows-1252) is refused.
    edit.after = QByteArray(sjis).replace("http://a/", "http://\xe9/");
    KbError e = AnsiCodePage::editProblem(edit);
    QCOMPARE(e.code, QStringLiteral("ini.ansiCodePage"));
    QCOMPARE(e.file, QStringLiteral("ofcscan.ini"));
    QCOMPARE(e.line, 3);
    QVERIFY(e.message.contains(QLatin1String("932")));
    // Bytes that are not cp932 text (a lead byte without a valid trail byte) on line 2.
    edit.before = "[S]\r\nName=\x81\x20x\r\n";
    edit.after = "[S]\r\nName=\x81\x20x\r\nNew=1\r\n";
    e = AnsiCodePage::editProblem(edit);
    QCOMPARE(e.code, QStringLiteral("ini.ansiCodePage"));
    QCOMPARE(e.line, 2);
    // cp1252: the five unassigned bytes are not text.
    AnsiCodePage::setAssumed(1252);
    edit.before = "[S]\r\nA=1\r\nB=\x81\r\n";
    edit.after = "[S]\r\nA=2\r\nB=\x81\r\n";
    e = AnsiCodePage::editProblem(edit);
    QCOMPARE(e.line, 3);
    // UTF-8 files are never refused here; reading the cp932 file still works (read-only).
    edit.before = "[S]\r\nName=\xe3\x83\x86\r\n";
    edit.after = "[S]\r\nName=\xe3\x83\x87\r\n";
    QVERIFY(!AnsiCodePage::editProblem(edit).isError());
    KbError parseError;
    const IniDocument doc = IniDocument::parse(sjis, QStringLiteral("ofcscan.ini"), &parseError);
    QVERIFY(!parseError.isError());
    QVERIFY(!doc.value(QStringLiteral("S"), QStringLiteral("Name")).isEmpty());
    AnsiCodePage::setAssumed(0);
}

void tst_SecurityRedact::L7_shortPasswordInFixedArgumentDoesNotRefuse()
{
    const QStringList args{QStringLiteral("set"), QStringLiteral("config"), QStringLiteral("Default Web Site/OfficeScan"),
                           QStringLiteral("-section:system.webServer/security/authentication/anonymousAuthentication"),
                           QStringLiteral("/commit:apphost"), QStringLiteral("-in")};
    for (const QString &pw : {QStringLiteral("in"), QStringLiteral("Web"), QStringLiteral("Site"), QStringLiteral("set")})
        for (const QString &a : args)
            QVERIFY2(!ToolRunner::secretIsOnCommandLine(a, pw), qPrintable(pw + QStringLiteral(" in ") + a));
    // Through run(): the refusal is tool.secretInArgument; any other outcome (the tool is not
    // there in this test) shows the guard let it pass.
    ToolRequest req;
    req.tool = QStringLiteral("appcmd");
    req.args = args;
    req.secrets = {QStringLiteral("in")};
    req.timeoutMs = 2000;
    const ToolResult r = ToolRunner().run(req);
    QVERIFY(r.error.code != QLatin1String("tool.secretInArgument"));
}

void tst_SecurityRedact::L7_passwordOnCommandLineStillRefused()
{
    QVERIFY(ToolRunner::secretIsOnCommandLine(QStringLiteral("/password:Kx9!Secret"), QStringLiteral("Kx9!Secret")));
    QVERIFY(ToolRunner::secretIsOnCommandLine(QStringLiteral("Kx9Secret"), QStringLiteral("Kx9Secret")));
    QVERIFY(ToolRunner::secretIsOnCommandLine(QStringLiteral("-p=Kx9Secret,more"), QStringLiteral("Kx9Secret")));
    ToolRequest req;
    req.tool = QStringLiteral("appcmd");
    req.args = {QStringLiteral("set"), QStringLiteral("/password:Kx9!Secret")};
    req.secrets = {QStringLiteral("Kx9!Secret")};
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refused, a secret is on the command line")));
    const ToolResult r = ToolRunner().run(req);
    QCOMPARE(r.error.code, QStringLiteral("tool.secretInArgument"));
}

QTEST_GUILESS_MAIN(tst_SecurityRedact)
#include "tst_security_redact.moc"
