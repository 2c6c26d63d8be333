// Printed reports: page size from the locale, "Page N of M" footers, long evidence wrapped (not
// cut off), Japanese glyphs from a CJK font, the headless --pdf/--text outputs in en/de/ja, the
// JSON against docs/report-schema.md, and the Report page's preview and Save buttons.
// The PDF's text extracts as written (no ligatures: every step id, evidence file and key, and
// the Japanese titles verbatim); a report of several installations names each one in its own
// section's page headers and on the first page; the first page (and "Copy summary") tells the
// whole story: verdicts, changes with backup sets, what is left by hand, versions.
#include "clirunner.h"
#include "report/report.h"
#include "report/reportsummary.h"
#include "reportpage.h"
#include "reportprinter.h"
#include "session.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QtTest>

using namespace kb;

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// pdftotext keeps the fonts' ligatures ("O\uFB03ceScan"); NFKC spells them out.
QString pdfText(const QString &pdf)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
        .normalized(QString::NormalizationForm_KC);
}

// pdftotext's text as it is, ligatures and all: what a search in the PDF or a copy from it gets.
QString pdfRawText(const QString &pdf, int page = 0)
{
    QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    return run(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-"));
}

// The text without white space, page footers and page headers (a cell may go on overleaf).
QString squeeze(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("(Page|Seite) \\d+ (of|von) \\d+")));
    s.remove(QRegularExpression(QStringLiteral("\\d+ / \\d+ ページ")));
    s.remove(QRegularExpression(QStringLiteral("\f[^\n]*\n")));
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}

// Presentation forms (U+FB00..U+FB4F: "ﬁ", "ﬀ", "ﬃ", ...) in a text: what shaping left behind.
QString ligaturesIn(const QString &text)
{
    QString found;
    for (const QChar c : text)
        if (c.unicode() >= 0xFB00 && c.unicode() <= 0xFB4F)
            found += c;
    return found;
}

QJsonObject syntheticReport(const QString &longToken)
{
    const QJsonObject fix{{QStringLiteral("available"), true}, {QStringLiteral("description"), QStringLiteral("Set timeout")},
                          {QStringLiteral("applied"), true}, {QStringLiteral("verified"), true},
                          {QStringLiteral("rolledBack"), false}, {QStringLiteral("backupSet"), QStringLiteral("20261125-101500-au-timeout")},
                          {QStringLiteral("undo"), QStringLiteral("kbwizard --headless --root \"C:\\PCCSRV\" --undo 20261125-101500-au-timeout")},
                          {QStringLiteral("messages"), QJsonArray{QStringLiteral("wrote timeout=99999")}}};
    QJsonArray steps;
    for (int i = 0; i < 30; ++i)
        steps.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("step-%1").arg(i)},
                                 {QStringLiteral("title"), QStringLiteral("Step number %1").arg(i)},
                                 {QStringLiteral("why"), QStringLiteral("Because.")},
                                 {QStringLiteral("status"), i % 2 ? QStringLiteral("fail") : QStringLiteral("pass")},
                                 {QStringLiteral("statusText"), i % 2 ? QStringLiteral("Failed") : QStringLiteral("Passed")},
                                 {QStringLiteral("message"), QStringLiteral("Message %1").arg(i)},
                                 {QStringLiteral("evidence"), QJsonArray{QJsonObject{
                                      {QStringLiteral("file"), longToken}, {QStringLiteral("key"), QStringLiteral("k")},
                                      {QStringLiteral("found"), QStringLiteral("C:\\Program Files\\トレンドマイクロ")},
                                      {QStringLiteral("expected"), QStringLiteral("x")}}}},
                                 {QStringLiteral("manual"), QString()},
                                 {QStringLiteral("fix"), fix}});
    QJsonObject report{{QStringLiteral("schema"), QStringLiteral("kbwizard-report/1")},
                       {QStringLiteral("generated"), QStringLiteral("2026-11-25T10:15:02+01:00")},
                       {QStringLiteral("timeZone"), QStringLiteral("Europe/Berlin")},
                       {QStringLiteral("tool"), QJsonObject{{QStringLiteral("version"), QStringLiteral("0.1.0")}}},
                       {QStringLiteral("operator"), QStringLiteral("DEMO\\alice")},
                       {QStringLiteral("target"), QJsonObject{{QStringLiteral("server"), QStringLiteral("SBS01")},
                                                              {QStringLiteral("productName"), QStringLiteral("Worry-Free Business Security")},
                                                              {QStringLiteral("version"), QStringLiteral("10.0")},
                                                              {QStringLiteral("root"), QStringLiteral("C:\\PCCSRV")}}},
                       {QStringLiteral("articles"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("a")},
                                                                           {QStringLiteral("title"), QStringLiteral("Article A")},
                                                                           {QStringLiteral("steps"), steps}}}}};
    report.insert(QStringLiteral("summary"), Report::statusCounts(report));
    return report;
}

// docs/report-schema.md: "| `member` | type | meaning |" rows under "## <Object>" headings.
QMap<QString, QMap<QString, QString>> documentedSchema()
{
    QFile f(QStringLiteral(KB_SOURCE_DIR "/docs/report-schema.md"));
    f.open(QIODevice::ReadOnly);
    QMap<QString, QMap<QString, QString>> schema;
    QString section;
    static const QRegularExpression row(QStringLiteral("^\\| `([^|]+)` \\| ([^|]+) \\|"));
    for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("## ")))
            section = line.mid(3).trimmed();
        const auto m = row.match(line);
        if (!m.hasMatch())
            continue;
        for (QString name : m.captured(1).split(QStringLiteral("`, `")))
            schema[section].insert(name.remove(QLatin1Char('`')), m.captured(2).trimmed());
    }
    return schema;
}

void checkObject(const QJsonObject &o, const QMap<QString, QString> &members, const QString &where, QStringList *problems)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!members.contains(it.key())) {
            problems->append(QStringLiteral("%1.%2 is not documented").arg(where, it.key()));
            continue;
        }
        const QString type = members.value(it.key());
        const QJsonValue v = it.value();
        const bool ok = (type.startsWith(QLatin1String("string")) && (v.isString() || (type.contains(QLatin1String("null")) && v.isNull())))
                        || (type == QLatin1String("object") && v.isObject()) || (type.startsWith(QLatin1String("array")) && v.isArray())
                        || (type == QLatin1String("number") && v.isDouble()) || (type == QLatin1String("bool") && v.isBool());
        if (!ok)
            problems->append(QStringLiteral("%1.%2 is not a %3").arg(where, it.key(), type));
    }
}

} // namespace

class tst_ReportPrint : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_tmp;

private Q_SLOTS:
    void pageSizeFollowsLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<int>("size");
        QTest::newRow("en_US") << QStringLiteral("en_US") << int(QPageSize::Letter);
        QTest::newRow("en_CA") << QStringLiteral("en_CA") << int(QPageSize::Letter);
        QTest::newRow("fr_CA") << QStringLiteral("fr_CA") << int(QPageSize::Letter);
        QTest::newRow("es_MX") << QStringLiteral("es_MX") << int(QPageSize::Letter);
        QTest::newRow("en_GB") << QStringLiteral("en_GB") << int(QPageSize::A4);
        QTest::newRow("de_DE") << QStringLiteral("de_DE") << int(QPageSize::A4);
        QTest::newRow("ja_JP") << QStringLiteral("ja_JP") << int(QPageSize::A4);
        QTest::newRow("C") << QStringLiteral("C") << int(QPageSize::A4);
    }
    void pageSizeFollowsLocale()
    {
        QFETCH(QString, locale);
        QFETCH(int, size);
        QCOMPARE(int(ReportPrinter::pageSizeFor(QLocale(locale)).id()), size);
    }

    void pdfHasFootersWrapsAndJapanese_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("pdfinfoSize");
        QTest::newRow("a4") << int(QPageSize::A4) << QStringLiteral("(A4)");
        QTest::newRow("letter") << int(QPageSize::Letter) << QStringLiteral("(letter)");
    }
    void pdfHasFootersWrapsAndJapanese()
    {
        QFETCH(int, size);
        QFETCH(QString, pdfinfoSize);
        const QString longToken = QStringLiteral("Deep\\") + QStringLiteral("VeryLongFolderName0123456789").repeated(8) + QStringLiteral("\\end.ini");
        const QString pdf = m_tmp.filePath(QStringLiteral("synthetic-%1.pdf").arg(size));
        int pages = 0;
        QVERIFY(!ReportPrinter::writePdf(syntheticReport(longToken), pdf, QPageSize(QPageSize::PageSizeId(size)), &pages));
        QVERIFY(pages > 1);
        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(pdfinfoSize), qPrintable(info));
        QVERIFY(info.contains(QStringLiteral("Pages:           %1").arg(pages)));
        const QString text = pdfText(pdf);
        for (int p = 1; p <= pages; ++p)
            QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(p).arg(pages)), qPrintable(QString::number(p)));
        QVERIFY(text.contains(QStringLiteral("KB Wizard report: SBS01, Worry-Free Business Security 10.0")));
        // The long date may wrap after "Europe/" at the margin.
        QVERIFY2(QString(text).remove(QLatin1Char('\n')).contains(QStringLiteral("UTC+01:00 (Europe/Berlin)")),
                 qPrintable(text.left(1500)));
        QVERIFY(text.contains(QStringLiteral("DEMO\\alice")));
        QVERIFY(text.contains(QStringLiteral("20261125-101500-au-timeout")));
        // Wrapped, never cut at the right margin: the whole path is on the page, and the end of
        // every step's path is printed. (A row going on overleaf also leaves clipped-away text
        // in the PDF that pdftotext reads, so whole-token counts are not exact.)
        QVERIFY(squeeze(text).contains(squeeze(longToken)));
        QVERIFY(squeeze(text).count(QStringLiteral("0123456789\\end.ini")) >= 30 - pages);
        QVERIFY(squeeze(text).contains(QStringLiteral("トレンドマイクロ"))); // real glyphs, not boxes
        const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
        QVERIFY2(fonts.contains(QStringLiteral("IPAGothic")) || fonts.contains(QStringLiteral("NotoSansCJK")), qPrintable(fonts));
        for (const char *symbol : {"✔", "✘"})
            QVERIFY(text.contains(QString::fromUtf8(symbol)));
    }

    void headlessReports_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("lcAll");
        QTest::addColumn<QString>("pdfinfoSize");
        QTest::newRow("en-C") << QStringLiteral("en") << QString() << QStringLiteral("(A4)");
        QTest::newRow("en-US") << QStringLiteral("en") << QStringLiteral("en_US.UTF-8") << QStringLiteral("(letter)");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("(A4)");
        QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("ja_JP.UTF-8") << QStringLiteral("(A4)");
    }
    void headlessReports()
    {
        QFETCH(QString, lang);
        QFETCH(QString, lcAll);
        QFETCH(QString, pdfinfoSize);
        const QString dir = m_tmp.filePath(QString::fromLatin1(QTest::currentDataTag()));
        QProcessEnvironment env;
        QFile hosts(m_tmp.filePath(QStringLiteral("hosts.map")));
        QVERIFY(hosts.open(QIODevice::WriteOnly));
        hosts.close();
        env.insert(QStringLiteral("KBWIZARD_HOSTS_MAP"), hosts.fileName());
        if (!lcAll.isEmpty())
            env.insert(QStringLiteral("LC_ALL"), lcAll);
        const auto r = test::runKbwizard({QStringLiteral("--headless"), QStringLiteral("--demo"), dir + QStringLiteral("/demo"),
                                          QStringLiteral("--article"), QStringLiteral("all"), QStringLiteral("--lang"), lang,
                                          QStringLiteral("--json"), dir + QStringLiteral("/r.json"),
                                          QStringLiteral("--text"), dir + QStringLiteral("/r.txt"),
                                          QStringLiteral("--pdf"), dir + QStringLiteral("/r.pdf")},
                                         m_home.path(), env);
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        QFile jf(dir + QStringLiteral("/r.json"));
        QVERIFY(jf.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(jf.readAll()).object();
        QFile tf(dir + QStringLiteral("/r.txt"));
        QVERIFY(tf.open(QIODevice::ReadOnly));
        const QString txt = QString::fromUtf8(tf.readAll());
        QVERIFY(run(QStringLiteral("pdfinfo"), {dir + QStringLiteral("/r.pdf")}).contains(pdfinfoSize));
        const QString pdf = pdfText(dir + QStringLiteral("/r.pdf"));
        const QString flat = squeeze(pdf);
        const QJsonObject target = report.value(QStringLiteral("target")).toObject();
        for (const QString &s : {target.value(QStringLiteral("productName")).toString(), target.value(QStringLiteral("version")).toString(),
                                 target.value(QStringLiteral("root")).toString(), report.value(QStringLiteral("operator")).toString(),
                                 report.value(QStringLiteral("timeZone")).toString(), QStringLiteral("KB Wizard 0")}) {
            QVERIFY2(flat.contains(squeeze(s)), qPrintable(s));
            QVERIFY2(txt.contains(s), qPrintable(s));
        }
        for (const QJsonValue &a : report.value(QStringLiteral("articles")).toArray())
            for (const QJsonValue &sv : a.toObject().value(QStringLiteral("steps")).toArray()) {
                const QJsonObject s = sv.toObject();
                const QString id = s.value(QStringLiteral("id")).toString();
                const QString status = s.value(QStringLiteral("statusText")).toString();
                QVERIFY2(pdf.contains(id) && txt.contains(id), qPrintable(id));
                QVERIFY2(flat.contains(squeeze(Report::statusSymbol(s.value(QStringLiteral("status")).toString()) + status)),
                         qPrintable(id + QLatin1Char(' ') + status));
            }
        QVERIFY(!report.value(QStringLiteral("openManualSteps")).toArray().isEmpty());

        // Text as written, with no normalisation: no ligature, and every step id and title,
        // every evidence file and key, every article title (Japanese ones too) found verbatim.
        const QString raw = pdfRawText(dir + QStringLiteral("/r.pdf"));
        QVERIFY2(ligaturesIn(raw).isEmpty(), qPrintable(ligaturesIn(raw)));
        const QString rawFlat = squeeze(raw);
        int evidenceChecked = 0;
        for (const QJsonValue &av : report.value(QStringLiteral("articles")).toArray()) {
            const QJsonObject a = av.toObject();
            QVERIFY2(rawFlat.contains(squeeze(a.value(QStringLiteral("title")).toString())),
                     qPrintable(a.value(QStringLiteral("title")).toString()));
            for (const QJsonValue &sv : a.value(QStringLiteral("steps")).toArray()) {
                const QJsonObject s = sv.toObject();
                for (const char *member : {"id", "title"})
                    QVERIFY2(rawFlat.contains(squeeze(s.value(QLatin1String(member)).toString())),
                             qPrintable(s.value(QLatin1String(member)).toString()));
                for (const QJsonValue &ev : s.value(QStringLiteral("evidence")).toArray()) {
                    for (const char *member : {"file", "key"}) {
                        const QString v = ev.toObject().value(QLatin1String(member)).toString();
                        if (v.isEmpty())
                            continue;
                        QVERIFY2(rawFlat.contains(squeeze(v)), qPrintable(QStringLiteral("%1 %2: %3").arg(
                                     s.value(QStringLiteral("id")).toString(), QLatin1String(member), v)));
                        ++evidenceChecked;
                    }
                }
            }
        }
        QVERIFY(evidenceChecked > 10);
        if (lang == QLatin1String("en")) {
            for (const char *word : {"update-source-config", "OfficeScan", "Diagnostic"})
                QVERIFY2(raw.contains(QLatin1String(word)), word);
        }
        if (lang == QLatin1String("ja")) // Japanese titles: really Japanese, and found above
            QVERIFY(report.value(QStringLiteral("articles")).toArray().first().toObject().value(QStringLiteral("title"))
                        .toString().contains(QRegularExpression(QStringLiteral("[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]"))));
        if (lang == QLatin1String("en"))
            QVERIFY(pdf.contains(QStringLiteral("Page 1 of ")));
        if (lang == QLatin1String("ja"))
            QVERIFY(run(QStringLiteral("pdffonts"), {dir + QStringLiteral("/r.pdf")}).contains(QStringLiteral("IPAGothic")));

        // The JSON against docs/report-schema.md: every member documented, with its type.
        const auto schema = documentedSchema();
        QStringList problems;
        checkObject(report, schema.value(QStringLiteral("Top level")), QStringLiteral("report"), &problems);
        checkObject(target, schema.value(QStringLiteral("Target")), QStringLiteral("target"), &problems);
        for (const QJsonValue &o : report.value(QStringLiteral("openManualSteps")).toArray())
            checkObject(o.toObject(), schema.value(QStringLiteral("Open manual step")), QStringLiteral("openManualSteps[]"), &problems);
        for (const QJsonValue &av : report.value(QStringLiteral("articles")).toArray()) {
            const QJsonObject a = av.toObject();
            checkObject(a, schema.value(QStringLiteral("Article run")), QStringLiteral("article"), &problems);
            for (const QJsonValue &sv : a.value(QStringLiteral("steps")).toArray()) {
                const QJsonObject s = sv.toObject();
                checkObject(s, schema.value(QStringLiteral("Step")), QStringLiteral("step"), &problems);
                checkObject(s.value(QStringLiteral("fix")).toObject(), schema.value(QStringLiteral("Fix")), QStringLiteral("fix"), &problems);
                for (const QJsonValue &e : s.value(QStringLiteral("evidence")).toArray())
                    checkObject(e.toObject(), schema.value(QStringLiteral("Evidence")), QStringLiteral("evidence"), &problems);
            }
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.value(QStringLiteral("schema")).toString(), QStringLiteral("kbwizard-report/1"));
    }

    // --article all on the demo runs on WFBS and on OfficeScan: each section's pages name its own
    // installation in the header, and the first page names both and tells the whole story.
    void severalInstallationsOneReport()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("several"));
        QProcessEnvironment env;
        QFile hosts(m_tmp.filePath(QStringLiteral("hosts.map")));
        QVERIFY(hosts.open(QIODevice::WriteOnly));
        hosts.close();
        env.insert(QStringLiteral("KBWIZARD_HOSTS_MAP"), hosts.fileName());
        const auto r = test::runKbwizard({QStringLiteral("--headless"), QStringLiteral("--demo"), dir + QStringLiteral("/demo"),
                                          QStringLiteral("--article"), QStringLiteral("all"), QStringLiteral("--lang"), QStringLiteral("en"),
                                          QStringLiteral("--fix"), QStringLiteral("all"), QStringLiteral("--yes"),
                                          QStringLiteral("--json"), dir + QStringLiteral("/r.json"),
                                          QStringLiteral("--text"), dir + QStringLiteral("/r.txt"),
                                          QStringLiteral("--pdf"), dir + QStringLiteral("/r.pdf")},
                                         m_home.path(), env);
        // Exit 3: the proxy fix needs the form's answers (--inputs) and fails; the others apply.
        QVERIFY2(!r.crashed && r.exitCode == 3, qPrintable(r.out + r.err));
        QFile jf(dir + QStringLiteral("/r.json"));
        QVERIFY(jf.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(jf.readAll()).object();
        const QJsonArray articles = report.value(QStringLiteral("articles")).toArray();
        const QJsonArray installs = Report::installations(report);
        QCOMPARE(installs.size(), 2);
        QStringList products;
        for (const QJsonValue &t : installs)
            products << t.toObject().value(QStringLiteral("productName")).toString();
        QVERIFY2(products.contains(QStringLiteral("Worry-Free Business Security")) && products.contains(QStringLiteral("OfficeScan")),
                 qPrintable(products.join(QLatin1Char(','))));

        // Page headers: the first line of every page. A section's pages carry its own installation.
        const QStringList pages = pdfRawText(dir + QStringLiteral("/r.pdf")).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QVERIFY(pages.size() > 2);
        // The header is drawn first; pdftotext may put a line of a table row that went on
        // overleaf (clipped on this page) before it, so it is one of the first lines.
        auto headerOf = [](const QString &page, const QString &prefix) {
            const QStringList lines = page.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(0, 8);
            for (const QString &l : lines)
                if (l.trimmed().startsWith(prefix))
                    return l.trimmed();
            return QString();
        };
        QVERIFY(!headerOf(pages.first(), QStringLiteral("KB Wizard report: ")).isEmpty());
        for (const QJsonValue &av : articles) {
            const QJsonObject a = av.toObject();
            const QJsonObject t = a.value(QStringLiteral("target")).toObject();
            const QString product = QStringLiteral("%1 %2").arg(t.value(QStringLiteral("productName")).toString(),
                                                                 t.value(QStringLiteral("version")).toString());
            // The header may be cut at the page's width, but only in the server's name at its end.
            const QString expected = product + QStringLiteral(" — ") + a.value(QStringLiteral("title")).toString();
            QVERIFY2(Report::sectionHeaderLine(report, a).startsWith(expected), qPrintable(Report::sectionHeaderLine(report, a)));
            // A page whose header pdftotext garbled (text of a row gone overleaf is drawn clipped
            // over it) belongs to the section of the last page before it with a readable header.
            QStringList sectionPages;
            bool inSection = false;
            for (const QString &page : pages) {
                if (!headerOf(page, expected).isEmpty())
                    inSection = true;
                else if (!headerOf(page, QStringLiteral("KB Wizard report: ")).isEmpty())
                    inSection = false;
                else
                    for (const QJsonValue &other : articles)
                        if (other != av && !headerOf(page, Report::sectionHeaderLine(report, other.toObject()).section(QStringLiteral(" — "), 0, 1)).isEmpty())
                            inSection = false;
                if (inSection)
                    sectionPages << squeeze(page);
            }
            QVERIFY2(!sectionPages.isEmpty(), qPrintable(expected));
            // Every step's heading is on a page with this section's header.
            for (const QJsonValue &sv : a.value(QStringLiteral("steps")).toArray()) {
                const QString heading = squeeze(sv.toObject().value(QStringLiteral("id")).toString() + QStringLiteral("—")
                                                + sv.toObject().value(QStringLiteral("title")).toString());
                bool found = false;
                for (const QString &page : sectionPages)
                    found = found || page.contains(heading);
                QVERIFY2(found, qPrintable(expected + QStringLiteral(": ") + heading));
            }
        }

        // The first page: one line per installation, and per article the verdict, the changes
        // with their backup sets, what is left by hand and the versions.
        const QString first = squeeze(pdfRawText(dir + QStringLiteral("/r.pdf"), 1));
        for (const QJsonValue &tv : installs) {
            const QJsonObject t = tv.toObject();
            QVERIFY2(first.contains(squeeze(Report::installationText(t) + QStringLiteral(" — ") + t.value(QStringLiteral("root")).toString())),
                     qPrintable(Report::installationText(t)));
        }
        QFile tf(dir + QStringLiteral("/r.txt"));
        QVERIFY(tf.open(QIODevice::ReadOnly));
        const QString txt = QString::fromUtf8(tf.readAll());
        QVERIFY(txt.contains(QStringLiteral("\n==== Evidence, step by step ====\n")));
        const QString summary = txt.left(txt.indexOf(QStringLiteral("\n==== Evidence, step by step ====\n")));
        int backupSets = 0;
        for (const QJsonValue &av : articles) {
            const QJsonObject a = av.toObject();
            QVERIFY2(first.contains(squeeze(a.value(QStringLiteral("title")).toString())), qPrintable(a.value(QStringLiteral("title")).toString()));
            QVERIFY2(first.contains(squeeze(Report::verdictText(a))), qPrintable(Report::verdictText(a)));
            QVERIFY2(first.contains(squeeze(Report::coverageText(a))), qPrintable(Report::coverageText(a)));
            QVERIFY(summary.contains(Report::verdictText(a)));
            for (const QJsonValue &sv : a.value(QStringLiteral("steps")).toArray()) {
                const QJsonValue set = sv.toObject().value(QStringLiteral("fix")).toObject().value(QStringLiteral("backupSet"));
                if (!set.isString())
                    continue;
                ++backupSets;
                // pdftotext drops a hyphen at a line's end ("…-211407-" + "au-timeout"); the
                // appendix's copy of the id is checked verbatim in headlessReports.
                QVERIFY2(QString(first).remove(QLatin1Char('-')).contains(set.toString().remove(QLatin1Char('-'))), qPrintable(set.toString()));
                QVERIFY2(summary.contains(set.toString()), qPrintable(set.toString()));
            }
        }
        QVERIFY(backupSets >= 3); // the demo's fixes ran
        const QJsonArray open = report.value(QStringLiteral("openManualSteps")).toArray();
        QVERIFY(!open.isEmpty());
        for (const QJsonValue &o : open) {
            const QString action = o.toObject().value(QStringLiteral("action")).toString();
            QVERIFY2(first.contains(squeeze(action)), qPrintable(action));
            QVERIFY2(summary.contains(action), qPrintable(action));
        }
        QVERIFY(txt.startsWith(summary));
        QVERIFY(!summary.contains(QStringLiteral("Backup set:"))); // the evidence comes after it
    }

    void pagePreviewsAndSaves()
    {
        Session session;
        ReportPage page(&session);
        page.initializePage();
        QPushButton *preview = nullptr;
        for (QPushButton *b : page.findChildren<QPushButton *>())
            if (b->accessibleName() == QLatin1String("Show the printed pages before printing"))
                preview = b;
        QVERIFY(preview);
        preview->click();
        auto *dialog = page.findChild<QPrintPreviewDialog *>();
        QVERIFY(dialog);
        auto *widget = dialog->findChild<QPrintPreviewWidget *>();
        QVERIFY(widget);
        QTRY_VERIFY(widget->pageCount() >= 1);
        dialog->close();

        QSignalSpy saved(&page, &ReportPage::saved);
        for (const QString &format : {QStringLiteral("pdf"), QStringLiteral("html"), QStringLiteral("txt"), QStringLiteral("json")}) {
            const QString path = m_tmp.filePath(QStringLiteral("page.") + format);
            QVERIFY(page.saveTo(format, path));
            QVERIFY(QFileInfo(path).size() > 0);
        }
        QCOMPARE(saved.count(), 4);

        // "Copy summary" puts the first page's story on the clipboard, not the whole evidence.
        QPushButton *copy = nullptr;
        for (QPushButton *b : page.findChildren<QPushButton *>())
            if (b->accessibleName() == QLatin1String("Copy the summary to the clipboard"))
                copy = b;
        QVERIFY(copy);
        QGuiApplication::clipboard()->clear();
        copy->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), Report::summaryText(page.report()));
        QVERIFY(Report::summaryText(page.report()).startsWith(QStringLiteral("KB Wizard report")));
        QVERIFY(pdfText(m_tmp.filePath(QStringLiteral("page.pdf"))).contains(QStringLiteral("KB Wizard report")));

        QSignalSpy bundle(&page, &ReportPage::bundleFinished);
        page.saveBundleTo(m_tmp.filePath(QStringLiteral("bundle.zip")));
        QVERIFY(bundle.wait(30000));
        QCOMPARE(bundle.first().at(1).toBool(), true);
    }
};

QTEST_MAIN(tst_ReportPrint)
#include "tst_reportprint.moc"
