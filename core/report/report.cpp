#include "report/report.h"

#include "checkresult.h"
#include "report/redact.h"
#include "report/reportsummary.h"
#include "report/supportbundle.h"
#include "session.h"
#include "articles/articles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>

namespace kb::Report {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::Report)
};

QJsonObject targetJson(const Target &t)
{
    return QJsonObject{
        {QStringLiteral("root"), QDir::toNativeSeparators(t.pccsrv)},
        {QStringLiteral("installDir"), QDir::toNativeSeparators(t.installDir)},
        {QStringLiteral("product"), productId(t.product)},
        {QStringLiteral("productName"), productName(t.product)},
        {QStringLiteral("version"), t.version},
        {QStringLiteral("build"), t.build},
        {QStringLiteral("server"), t.serverName},
        {QStringLiteral("source"), t.source},
        {QStringLiteral("versionEvidence"), t.versionEvidence},
    };
}

QJsonObject evidenceJson(const EvidenceRow &row, const QStringList &secrets)
{
    const EvidenceRow e = redactEvidence(row, secrets);
    return QJsonObject{
        {QStringLiteral("item"), e.item},
        {QStringLiteral("file"), e.file},
        {QStringLiteral("section"), e.section},
        {QStringLiteral("key"), e.key},
        {QStringLiteral("found"), e.found},
        {QStringLiteral("expected"), e.expected},
        {QStringLiteral("note"), e.note},
    };
}

// Every string of the report through redactText (M3): whatever a field holds, no secret
// shape reaches the JSON, and so neither the text, HTML, PDF renderings nor the bundle.
QJsonValue redactJson(const QJsonValue &v, const QStringList &secrets)
{
    if (v.isString())
        return redactText(v.toString(), secrets);
    if (v.isArray()) {
        QJsonArray a;
        for (const QJsonValue &x : v.toArray())
            a.append(redactJson(x, secrets));
        return a;
    }
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = redactJson(it.value(), secrets);
        return o;
    }
    return v;
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString symbolFor(const QString &id)
{
    // A symbol and a word for every status: never colour alone. All are in DejaVu Sans.
    if (id == QLatin1String("pass")) return QStringLiteral("✔");
    if (id == QLatin1String("warn")) return QStringLiteral("⚠");
    if (id == QLatin1String("fail")) return QStringLiteral("✘");
    if (id == QLatin1String("error")) return QStringLiteral("⊘");
    if (id == QLatin1String("manual")) return QStringLiteral("☞");
    return QStringLiteral("–");
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString statusWordFor(const QString &id)
{
    return statusText(statusFromId(id));
}

QString serverName(const QJsonObject &target)
{
    const QString server = str(target, "server");
    if (!server.isEmpty())
        return server;
    // The demo is a sandbox copy on this machine, not the machine's own installation.
    return str(target, "source") == QLatin1String("demo") ? Tr::tr("the demo server (a sandbox copy on this machine)")
                                                          : Tr::tr("this machine");
}

// The host backend in words; the JSON keeps the id ("windows", "demo", "none").
QString hostBackendWords(const QString &id)
{
    if (id == QLatin1String("windows"))
        return Tr::tr("Windows (sc, icacls, appcmd, reg)");
    if (id == QLatin1String("demo"))
        return Tr::tr("demo (the simulated host of the demo server)");
    if (id == QLatin1String("none"))
        return Tr::tr("none (files only; services, permissions and IIS not checked)");
    return id;
}

QString fixState(const QJsonObject &fix)
{
    if (!fix.value(QLatin1String("available")).toBool())
        return Tr::tr("none");
    if (!fix.contains(QLatin1String("state")))
        return Tr::tr("available, not applied");
    return fixOutcomeText(fixOutcomeStateFromId(fix.value(QLatin1String("state")).toString()));
}

// Tables carry HTML attributes as well as CSS: QTextDocument (print, PDF, the page's viewer)
// honours border/cellpadding/width attributes but not every CSS table property.
const char *const kTableAttrs = " width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\"";

QString stepHtml(const QJsonObject &s)
{
    QString body;
    const QString st = str(s, "status");
    body += QStringLiteral("<h3 class=\"step\">%1 %2 — %3 <span class=\"badge %4\">[%5]</span></h3>")
                .arg(symbolFor(st), esc(str(s, "id")), esc(str(s, "title")), st, esc(str(s, "statusText")));
    if (!str(s, "why").isEmpty())
        body += QStringLiteral("<p>%1</p>").arg(esc(str(s, "why")));
    if (!str(s, "message").isEmpty())
        body += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(Tr::tr("Result:")), esc(str(s, "message")));
    const QJsonArray ev = s.value(QLatin1String("evidence")).toArray();
    if (!ev.isEmpty()) {
        body += QStringLiteral("<table class=\"evidence\"%1><thead><tr><th width=\"22%\">%2</th><th width=\"14%\">%3</th><th width=\"20%\">%4</th><th width=\"18%\">%5</th><th width=\"26%\">%6</th></tr></thead>")
                    .arg(QLatin1String(kTableAttrs), esc(Tr::tr("Where")), esc(Tr::tr("Key")), esc(Tr::tr("Found")),
                         esc(Tr::tr("Expected")), esc(Tr::tr("Note")));
        for (const QJsonValue &rv : ev) {
            const QJsonObject r = rv.toObject();
            // The file is always named, also under an item's own words: a search for it finds it.
            QString where = str(r, "file") + (str(r, "section").isEmpty() ? QString() : QStringLiteral(" [%1]").arg(str(r, "section")));
            if (!str(r, "item").isEmpty())
                where = str(r, "file").isEmpty() || str(r, "item").contains(str(r, "file"))
                            ? esc(str(r, "item"))
                            : esc(str(r, "item")) + QStringLiteral("<br>") + esc(where);
            else
                where = esc(where);
            body += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                        .arg(where, esc(str(r, "key")), esc(str(r, "found")), esc(str(r, "expected")), esc(str(r, "note")));
        }
        body += QStringLiteral("</table>");
    }
    const QJsonObject fix = s.value(QLatin1String("fix")).toObject();
    if (fix.value(QLatin1String("available")).toBool()) {
        body += QStringLiteral("<p><b>%1</b> %2<br>%3</p>")
                    .arg(esc(Tr::tr("Fix:")), esc(fixState(fix)), esc(str(fix, "description")));
        const QJsonArray messages = fix.value(QLatin1String("messages")).toArray();
        if (!messages.isEmpty()) {
            body += QStringLiteral("<ul>");
            for (const QJsonValue &m : messages)
                body += QStringLiteral("<li>%1</li>").arg(esc(m.toString()));
            body += QStringLiteral("</ul>");
        }
        if (fix.contains(QLatin1String("error")))
            body += QStringLiteral("<p class=\"error\">%1 %2</p>").arg(esc(Tr::tr("Error:")), esc(str(fix, "error")));
        if (fix.value(QLatin1String("backupSet")).isString())
            body += QStringLiteral("<p>%1 <code>%2</code></p>").arg(esc(Tr::tr("Backup set:")), esc(str(fix, "backupSet")));
        if (fix.contains(QLatin1String("undo")))
            body += QStringLiteral("<p>%1 <code>%2</code></p>").arg(esc(Tr::tr("To undo:")), esc(str(fix, "undo")));
    }
    if (!str(s, "manual").isEmpty())
        body += QStringLiteral("<p class=\"manual\">%1 <b>%2</b> %3</p>")
                    .arg(symbolFor(QStringLiteral("manual")), esc(Tr::tr("By hand:")), esc(str(s, "manual")));
    return body;
}

QString evidenceHeading()
{
    //: Heading of the report's appendix: every step of every article with its evidence.
    return Tr::tr("Evidence, step by step");
}

// One article's evidence. Each starts on a new page, so its installation is in the page header.
QString articleHtml(const QJsonObject &a, int index)
{
    QString body;
    if (index == 0) // toHtml() put the appendix's heading and page break with this anchor
        body += QStringLiteral("<h2>%1</h2>").arg(esc(str(a, "title")));
    else
        body += QStringLiteral("<h2 style=\"page-break-before: always\"><a name=\"%1\"></a>%2</h2>")
                    .arg(sectionAnchor(index), esc(str(a, "title")));
    const QJsonObject target = a.value(QLatin1String("target")).toObject();
    body += QStringLiteral("<p class=\"small\">%1: %2 — %3</p>")
                .arg(esc(Tr::tr("Installation")), esc(installationText(target)), esc(str(target, "root")));
    body += QStringLiteral("<table class=\"summary\"%1><thead><tr><th width=\"20%\">%2</th><th width=\"15%\">%3</th><th width=\"40%\">%4</th><th width=\"25%\">%5</th></tr></thead>")
                .arg(QLatin1String(kTableAttrs), esc(Tr::tr("Step")), esc(Tr::tr("Status")), esc(Tr::tr("Result")), esc(Tr::tr("Fix")));
    const QJsonArray steps = a.value(QLatin1String("steps")).toArray();
    for (const QJsonValue &sv : steps) {
        const QJsonObject s = sv.toObject();
        const QString st = str(s, "status");
        body += QStringLiteral("<tr class=\"%1\"><td width=\"20%\"><code>%2</code><br>%3</td><td class=\"status\" width=\"15%\">%4&nbsp;%5</td><td width=\"40%\">%6</td><td width=\"25%\">%7</td></tr>")
                    .arg(st, esc(str(s, "id")), esc(str(s, "title")), symbolFor(st), esc(str(s, "statusText")),
                         esc(str(s, "message")), esc(fixState(s.value(QLatin1String("fix")).toObject())));
    }
    body += QStringLiteral("</table>");
    for (const QJsonValue &sv : steps)
        body += QStringLiteral("<div class=\"step\">%1</div>").arg(stepHtml(sv.toObject()));
    const QJsonArray facts = a.value(QLatin1String("facts")).toArray();
    if (!facts.isEmpty()) {
        body += QStringLiteral("<h3>%1</h3><table class=\"facts\"%2>")
                    .arg(esc(Tr::tr("Facts this article relies on")), QLatin1String(kTableAttrs));
        for (const QJsonValue &fv : facts) {
            const QJsonObject f = fv.toObject();
            body += QStringLiteral("<tr><td>%1</td><td><code>%2</code></td><td>[%3]</td></tr>")
                        .arg(esc(str(f, "name")), esc(str(f, "value")), esc(str(f, "mark")));
        }
        body += QStringLiteral("</table>");
    }
    return body;
}

} // namespace

QString undoCommand(const QString &pccsrv, const QString &setId)
{
    return QStringLiteral("kbwizard --headless --root \"%1\" --undo %2")
        .arg(QDir::toNativeSeparators(pccsrv), setId);
}

QJsonObject build(const Session &session)
{
    const QStringList secrets = SupportBundle::sessionSecrets(session);
    QJsonArray articles;
    for (const ArticleRun &run : session.runs()) {
        const Article *article = findArticle(session.articles(), run.articleId);
        if (!article)
            continue;
        QJsonArray steps;
        for (const Step &step : article->steps) {
            const StepRun *sr = run.step(step.id);
            const CheckResult r = sr ? sr->result : CheckResult();
            QJsonArray evidence;
            for (const EvidenceRow &e : r.evidence)
                evidence.append(evidenceJson(e, secrets));
            QJsonObject fix{
                {QStringLiteral("available"), bool(step.fix)},
                {QStringLiteral("description"), step.fix ? step.fix->description() : QString()},
                {QStringLiteral("applied"), false},
                {QStringLiteral("verified"), false},
                {QStringLiteral("rolledBack"), false},
                {QStringLiteral("backupSet"), QJsonValue::Null},
            };
            if (sr && sr->outcome) {
                const FixOutcome &o = *sr->outcome;
                // "state" is what the outcome means (FixOutcome::State); the flags stay for
                // readers of older reports.
                fix.insert(QStringLiteral("state"), fixOutcomeStateId(o.state()));
                fix.insert(QStringLiteral("applied"), o.applied);
                fix.insert(QStringLiteral("verified"), o.verified);
                fix.insert(QStringLiteral("rolledBack"), o.rolledBack);
                fix.insert(QStringLiteral("undone"), o.undone);
                if (!o.backupSetId.isEmpty()) {
                    fix.insert(QStringLiteral("backupSet"), o.backupSetId);
                    if (o.applied && !o.undone)
                        fix.insert(QStringLiteral("undo"), undoCommand(run.target.pccsrv, o.backupSetId));
                }
                if (o.error)
                    fix.insert(QStringLiteral("error"), redactText(o.error.toString()));
                QJsonArray messages;
                for (const QString &m : o.messages)
                    messages.append(redactText(m));
                fix.insert(QStringLiteral("messages"), messages);
            }
            steps.append(QJsonObject{
                {QStringLiteral("id"), step.id},
                {QStringLiteral("title"), step.title},
                {QStringLiteral("why"), step.why},
                {QStringLiteral("status"), statusId(r.status)},
                {QStringLiteral("statusText"), statusText(r.status)},
                {QStringLiteral("message"), redactText(r.message)},
                {QStringLiteral("evidence"), evidence},
                {QStringLiteral("durationMs"), r.durationMs},
                {QStringLiteral("manual"), step.manual},
                {QStringLiteral("fix"), fix},
            });
        }
        QJsonArray facts;
        for (const Fact &f : article->facts)
            facts.append(QJsonObject{{QStringLiteral("name"), f.name},
                                     {QStringLiteral("value"), f.value},
                                     {QStringLiteral("mark"), f.mark}});
        articles.append(QJsonObject{
            {QStringLiteral("id"), article->id},
            {QStringLiteral("title"), article->title},
            {QStringLiteral("target"), targetJson(run.target)},
            {QStringLiteral("host"), hostKindId(run.hostKind)},
            {QStringLiteral("started"), run.started.toOffsetFromUtc(run.started.offsetFromUtc()).toString(Qt::ISODate)},
            {QStringLiteral("finished"), run.finished.isValid() ? run.finished.toOffsetFromUtc(run.finished.offsetFromUtc()).toString(Qt::ISODate) : QString()},
            {QStringLiteral("facts"), facts},
            {QStringLiteral("steps"), steps},
        });
    }
    const QDateTime now = QDateTime::currentDateTime();
    QJsonObject report{
        {QStringLiteral("schema"), QStringLiteral("kbwizard-report/1")},
        {QStringLiteral("tool"), QJsonObject{{QStringLiteral("name"), QStringLiteral("KB Wizard")},
                                             {QStringLiteral("version"), QStringLiteral(KBWIZARD_VERSION)}}},
        {QStringLiteral("generated"), now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODate)},
        {QStringLiteral("timeZone"), QString::fromUtf8(now.timeZone().id())},
        {QStringLiteral("operator"), session.operatorName()},
        {QStringLiteral("host"), hostKindId(session.host() ? session.host()->kind() : HostKind::None)},
        {QStringLiteral("target"), targetJson(session.target())},
        {QStringLiteral("backupRoot"), QDir::toNativeSeparators(session.backupRoot())},
        {QStringLiteral("articles"), articles},
    };
    report.insert(QStringLiteral("summary"), statusCounts(report));
    report.insert(QStringLiteral("openManualSteps"), openManualSteps(report));
    return redactJson(report, secrets).toObject();
}

QJsonObject statusCounts(const QJsonObject &report)
{
    QJsonObject counts;
    for (const QJsonValue &a : report.value(QLatin1String("articles")).toArray())
        for (const QJsonValue &s : a.toObject().value(QLatin1String("steps")).toArray()) {
            const QString id = s.toObject().value(QLatin1String("status")).toString();
            counts.insert(id, counts.value(id).toInt() + 1);
        }
    return counts;
}

QJsonArray openManualSteps(const QJsonObject &report)
{
    QJsonArray open;
    for (const QJsonValue &av : report.value(QLatin1String("articles")).toArray()) {
        const QJsonObject a = av.toObject();
        for (const QJsonValue &sv : a.value(QLatin1String("steps")).toArray()) {
            const QJsonObject s = sv.toObject();
            const QString status = s.value(QLatin1String("status")).toString();
            const QString manual = s.value(QLatin1String("manual")).toString();
            const QJsonObject fix = s.value(QLatin1String("fix")).toObject();
            const bool problem = status == QLatin1String("fail") || status == QLatin1String("warn")
                                 || status == QLatin1String("error");
            const QString state = fix.value(QLatin1String("state")).toString();
            const bool fixed = state == fixOutcomeStateId(FixOutcome::State::Verified)
                               || state == fixOutcomeStateId(FixOutcome::State::AppliedUnverified);
            // A manual step is open until done by hand; a problem or a fresh fix is open when the
            // article names something to do by hand (restart a service, test in the console).
            if (status != QLatin1String("manual") && (manual.isEmpty() || !(problem || fixed)))
                continue;
            open.append(QJsonObject{
                {QStringLiteral("article"), a.value(QLatin1String("id")).toString()},
                {QStringLiteral("step"), s.value(QLatin1String("id")).toString()},
                {QStringLiteral("title"), s.value(QLatin1String("title")).toString()},
                {QStringLiteral("status"), status},
                {QStringLiteral("action"), manual.isEmpty() ? s.value(QLatin1String("message")).toString() : manual},
            });
        }
    }
    return open;
}

QString statusSymbol(const QString &statusId)
{
    return symbolFor(statusId);
}

QString displayDateTime(const QJsonObject &report)
{
    const QString iso = str(report, "generated");
    const QDateTime dt = QDateTime::fromString(iso, Qt::ISODate);
    if (!dt.isValid())
        return iso;
    const int offset = dt.offsetFromUtc();
    const int minutes = qAbs(offset) / 60;
    // In the report's language: "Wednesday, 25 November 2026, 03:54:13", "Mittwoch,
    // 25. November 2026, 03:54:13", "2026年11月25日水曜日 3時54分13秒"; then the UTC offset, which
    // the locale's own time zone name would get wrong for a report made elsewhere.
    const QLocale locale;
    QString timeFormat = locale.timeFormat(QLocale::LongFormat);
    timeFormat.remove(QLatin1Char('t'));
    QString text = Tr::tr("%1, %2", "report date, time")
                       .arg(locale.toString(dt.date(), QLocale::LongFormat),
                            locale.toString(dt.time(), timeFormat.trimmed()))
                   + QStringLiteral(" UTC%1%2:%3")
                         .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                         .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                         .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    const QString zone = str(report, "timeZone");
    if (!zone.isEmpty())
        text += QStringLiteral(" (%1)").arg(zone);
    return text;
}

QString headerLine(const QJsonObject &report)
{
    const QJsonObject target = report.value(QLatin1String("target")).toObject();
    QStringList products;
    for (const QJsonValue &tv : installations(report)) {
        const QJsonObject t = tv.toObject();
        products << QStringLiteral("%1 %2").arg(str(t, "productName"), str(t, "version")).trimmed();
    }
    return Tr::tr("KB Wizard report: %1, %2").arg(serverName(target), products.join(QStringLiteral(", ")));
}

QString serverText(const QJsonObject &target)
{
    return serverName(target);
}

QString hostBackendText(const QString &id)
{
    return hostBackendWords(id);
}

QString fixStateText(const QJsonObject &fix)
{
    return fixState(fix);
}

QString toHtml(const QJsonObject &report)
{
    QFile templ(QStringLiteral(":/report/report.html"));
    QString page = templ.open(QIODevice::ReadOnly) ? QString::fromUtf8(templ.readAll())
                                                   : QStringLiteral("<html><body>{{BODY}}</body></html>");
    // The first page tells the whole story; the rest is the evidence appendix.
    QString body = summaryHtml(report);
    const QJsonObject counts = report.value(QLatin1String("summary")).isObject()
                                   ? report.value(QLatin1String("summary")).toObject()
                                   : statusCounts(report);
    QStringList totals;
    for (const char *id : {"fail", "error", "warn", "manual", "pass", "not-run"})
        if (const int n = counts.value(QLatin1String(id)).toInt())
            totals << QStringLiteral("%1 %2: %3").arg(symbolFor(QLatin1String(id)), esc(statusWordFor(QLatin1String(id)))).arg(n);
    const QJsonArray articles = report.value(QLatin1String("articles")).toArray();
    if (!articles.isEmpty())
        body += QStringLiteral("<h1 style=\"page-break-before: always\"><a name=\"%1\"></a>%2</h1>")
                    .arg(sectionAnchor(0), esc(evidenceHeading()));
    if (!totals.isEmpty())
        body += QStringLiteral("<p class=\"totals\"><b>%1</b> %2</p>")
                    .arg(esc(Tr::tr("Steps:")), totals.join(QStringLiteral(" &nbsp; ")));
    int index = 0;
    for (const QJsonValue &av : report.value(QLatin1String("articles")).toArray())
        body += articleHtml(av.toObject(), index++);
    page.replace(QLatin1String("{{TITLE}}"), esc(Tr::tr("KB Wizard report")));
    page.replace(QLatin1String("{{LANG}}"), QLocale().bcp47Name());
    page.replace(QLatin1String("{{BODY}}"), body);
    return page;
}

QString toText(const QJsonObject &report)
{
    // The summary (what "Copy summary" copies), then the evidence.
    QString out = summaryText(report);
    auto line = [&out](const QString &l) { out += l + QLatin1Char('\n'); };
    if (!report.value(QLatin1String("articles")).toArray().isEmpty()) {
        line(QString());
        line(QStringLiteral("==== %1 ====").arg(evidenceHeading()));
    }
    for (const QJsonValue &av : report.value(QLatin1String("articles")).toArray()) {
        const QJsonObject a = av.toObject();
        const QJsonArray steps = a.value(QLatin1String("steps")).toArray();
        line(QString());
        const QJsonObject target = a.value(QLatin1String("target")).toObject();
        const QString installed = installationText(target);
        line(installed.isEmpty() ? QStringLiteral("== %1 ==").arg(str(a, "title"))
                                 : QStringLiteral("== %1: %2 ==").arg(str(a, "title"), installed));
        int idWidth = 0;
        for (const QJsonValue &sv : steps)
            idWidth = qMax(idWidth, int(str(sv.toObject(), "id").size()));
        for (const QJsonValue &sv : steps) {
            const QJsonObject s = sv.toObject();
            line(QStringLiteral("%1 %2  %3 %4")
                     .arg(str(s, "id").leftJustified(idWidth), symbolFor(str(s, "status")),
                          str(s, "statusText").toUpper(), str(s, "title")));
        }
        for (const QJsonValue &sv : steps) {
            const QJsonObject s = sv.toObject();
            line(QString());
            line(QStringLiteral("[%1] %2 - %3: %4")
                     .arg(str(s, "statusText").toUpper(), str(s, "id"), str(s, "title"), str(s, "message")));
            for (const QJsonValue &rv : s.value(QLatin1String("evidence")).toArray()) {
                const QJsonObject r = rv.toObject();
                QString where = QStringLiteral("%1 [%2] %3").arg(str(r, "file"), str(r, "section"), str(r, "key"));
                if (!str(r, "item").isEmpty())
                    where = str(r, "file").isEmpty() ? str(r, "item") : QStringLiteral("%1 (%2)").arg(str(r, "item"), where);
                line(QStringLiteral("    %1: %2 (%3 %4)%5")
                         .arg(where, str(r, "found"), Tr::tr("expected"), str(r, "expected"),
                              str(r, "note").isEmpty() ? QString() : QStringLiteral(" - ") + str(r, "note")));
            }
            const QJsonObject fix = s.value(QLatin1String("fix")).toObject();
            if (fix.value(QLatin1String("available")).toBool())
                line(QStringLiteral("    %1 %2").arg(Tr::tr("Fix:"), fixState(fix)));
            for (const QJsonValue &m : fix.value(QLatin1String("messages")).toArray())
                line(QStringLiteral("    * %1").arg(m.toString()));
            if (fix.contains(QLatin1String("error")))
                line(QStringLiteral("    %1 %2").arg(Tr::tr("Error:"), str(fix, "error")));
            if (fix.value(QLatin1String("backupSet")).isString())
                line(QStringLiteral("    %1 %2").arg(Tr::tr("Backup set:"), str(fix, "backupSet")));
            if (fix.contains(QLatin1String("undo")))
                line(QStringLiteral("    %1 %2").arg(Tr::tr("To undo:"), str(fix, "undo")));
            if (!str(s, "manual").isEmpty())
                line(QStringLiteral("    %1 %2").arg(Tr::tr("By hand:"), str(s, "manual")));
        }
    }
    return out;
}

} // namespace kb::Report
