#include "report.h"

#include "checkresult.h"
#include "redact.h"
#include "session.h"

#include <QCoreApplication>
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

QJsonObject evidenceJson(const EvidenceRow &e)
{
    const bool secret = e.secret || isSecretKey(e.key);
    auto clean = [](const QString &s) { return redactText(s); };
    return QJsonObject{
        {QStringLiteral("item"), clean(e.item)},
        {QStringLiteral("file"), e.file},
        {QStringLiteral("section"), e.section},
        {QStringLiteral("key"), e.key},
        {QStringLiteral("found"), secret && !e.found.isEmpty() ? kRedacted : clean(redactValue(e.key, e.found))},
        {QStringLiteral("expected"), clean(redactValue(e.key, e.expected))},
        {QStringLiteral("note"), clean(e.note)},
    };
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString statusSymbol(const QString &id)
{
    // A symbol and a word for every status: never colour alone.
    if (id == QLatin1String("pass")) return QStringLiteral("✔");
    if (id == QLatin1String("warn")) return QStringLiteral("⚠");
    if (id == QLatin1String("fail")) return QStringLiteral("✘");
    if (id == QLatin1String("error")) return QStringLiteral("⛔");
    if (id == QLatin1String("manual")) return QStringLiteral("☞");
    return QStringLiteral("–");
}

} // namespace

QString undoCommand(const QString &pccsrv, const QString &setId)
{
    return QStringLiteral("kbwizard --headless --root \"%1\" --undo %2")
        .arg(QDir::toNativeSeparators(pccsrv), setId);
}

QJsonObject build(const Session &session)
{
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
                evidence.append(evidenceJson(e));
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
            {QStringLiteral("host"), run.hostKind},
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
        {QStringLiteral("host"), session.host() ? session.host()->kind() : QStringLiteral("none")},
        {QStringLiteral("target"), targetJson(session.target())},
        {QStringLiteral("backupRoot"), QDir::toNativeSeparators(session.backupRoot())},
        {QStringLiteral("articles"), articles},
    };
    report.insert(QStringLiteral("summary"), statusCounts(report));
    return report;
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

QString toHtml(const QJsonObject &report)
{
    QFile templ(QStringLiteral(":/report/report.html"));
    QString page = templ.open(QIODevice::ReadOnly) ? QString::fromUtf8(templ.readAll())
                                                   : QStringLiteral("<html><body>{{BODY}}</body></html>");
    const QJsonObject target = report.value(QLatin1String("target")).toObject();
    QString body;
    body += QStringLiteral("<h1>%1</h1>").arg(esc(Tr::tr("KB Wizard report")));
    body += QStringLiteral("<table class=\"meta\">");
    auto meta = [&](const QString &k, const QString &v) {
        body += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(k), esc(v));
    };
    meta(Tr::tr("Server"), target.value(QLatin1String("server")).toString().isEmpty()
                           ? Tr::tr("this machine") : target.value(QLatin1String("server")).toString());
    meta(Tr::tr("Product"), target.value(QLatin1String("productName")).toString() + QLatin1Char(' ')
                            + target.value(QLatin1String("version")).toString());
    meta(Tr::tr("Install path"), target.value(QLatin1String("root")).toString());
    meta(Tr::tr("Generated"), report.value(QLatin1String("generated")).toString() + QStringLiteral(" (")
                              + report.value(QLatin1String("timeZone")).toString() + QLatin1Char(')'));
    meta(Tr::tr("Tool"), QStringLiteral("KB Wizard ")
                         + report.value(QLatin1String("tool")).toObject().value(QLatin1String("version")).toString());
    meta(Tr::tr("Run by"), report.value(QLatin1String("operator")).toString());
    meta(Tr::tr("Host backend"), report.value(QLatin1String("host")).toString());
    meta(Tr::tr("Backups"), report.value(QLatin1String("backupRoot")).toString());
    body += QStringLiteral("</table>");

    for (const QJsonValue &av : report.value(QLatin1String("articles")).toArray()) {
        const QJsonObject a = av.toObject();
        body += QStringLiteral("<h2>%1</h2>").arg(esc(a.value(QLatin1String("title")).toString()));
        body += QStringLiteral("<p class=\"small\">%1: %2</p>")
                    .arg(esc(Tr::tr("Installation")),
                         esc(a.value(QLatin1String("target")).toObject().value(QLatin1String("root")).toString()));
        body += QStringLiteral("<table class=\"summary\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                    .arg(esc(Tr::tr("Step")), esc(Tr::tr("Status")), esc(Tr::tr("Result")), esc(Tr::tr("Fix")));
        const QJsonArray steps = a.value(QLatin1String("steps")).toArray();
        for (const QJsonValue &sv : steps) {
            const QJsonObject s = sv.toObject();
            const QString st = s.value(QLatin1String("status")).toString();
            const QJsonObject fix = s.value(QLatin1String("fix")).toObject();
            QString fixText = fix.value(QLatin1String("available")).toBool() ? Tr::tr("available") : Tr::tr("none");
            if (fix.value(QLatin1String("undone")).toBool())
                fixText = Tr::tr("applied, then undone");
            else if (fix.value(QLatin1String("applied")).toBool())
                fixText = fix.value(QLatin1String("verified")).toBool() ? Tr::tr("applied and verified") : Tr::tr("applied");
            else if (fix.value(QLatin1String("rolledBack")).toBool())
                fixText = Tr::tr("failed, rolled back");
            body += QStringLiteral("<tr class=\"%1\"><td><code>%2</code><br>%3</td><td class=\"status\">%4 %5</td><td>%6</td><td>%7</td></tr>")
                        .arg(st, esc(s.value(QLatin1String("id")).toString()),
                             esc(s.value(QLatin1String("title")).toString()), statusSymbol(st),
                             esc(s.value(QLatin1String("statusText")).toString()),
                             esc(s.value(QLatin1String("message")).toString()), esc(fixText));
        }
        body += QStringLiteral("</table>");
        for (const QJsonValue &sv : steps) {
            const QJsonObject s = sv.toObject();
            const QString st = s.value(QLatin1String("status")).toString();
            body += QStringLiteral("<div class=\"step\"><h3>%1 %2 — %3 <span class=\"badge %4\">%5</span></h3>")
                        .arg(statusSymbol(st), esc(s.value(QLatin1String("id")).toString()),
                             esc(s.value(QLatin1String("title")).toString()), st,
                             esc(s.value(QLatin1String("statusText")).toString()));
            body += QStringLiteral("<p>%1</p>").arg(esc(s.value(QLatin1String("why")).toString()));
            const QJsonArray ev = s.value(QLatin1String("evidence")).toArray();
            if (!ev.isEmpty()) {
                body += QStringLiteral("<table class=\"evidence\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                            .arg(esc(Tr::tr("Where")), esc(Tr::tr("Key")), esc(Tr::tr("Found")), esc(Tr::tr("Expected")), esc(Tr::tr("Note")));
                for (const QJsonValue &rv : ev) {
                    const QJsonObject r = rv.toObject();
                    QString where = r.value(QLatin1String("item")).toString();
                    if (where.isEmpty())
                        where = r.value(QLatin1String("file")).toString()
                                + (r.value(QLatin1String("section")).toString().isEmpty()
                                       ? QString()
                                       : QStringLiteral(" [%1]").arg(r.value(QLatin1String("section")).toString()));
                    body += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                                .arg(esc(where), esc(r.value(QLatin1String("key")).toString()),
                                     esc(r.value(QLatin1String("found")).toString()),
                                     esc(r.value(QLatin1String("expected")).toString()),
                                     esc(r.value(QLatin1String("note")).toString()));
                }
                body += QStringLiteral("</table>");
            }
            const QJsonObject fix = s.value(QLatin1String("fix")).toObject();
            if (fix.contains(QLatin1String("messages"))) {
                body += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(Tr::tr("Fix")));
                for (const QJsonValue &m : fix.value(QLatin1String("messages")).toArray())
                    body += QStringLiteral("<li>%1</li>").arg(esc(m.toString()));
                body += QStringLiteral("</ul>");
                if (fix.contains(QLatin1String("error")))
                    body += QStringLiteral("<p class=\"error\">%1</p>").arg(esc(fix.value(QLatin1String("error")).toString()));
                if (fix.contains(QLatin1String("undo")))
                    body += QStringLiteral("<p>%1 <code>%2</code><br>%3 <code>%4</code></p>")
                                .arg(esc(Tr::tr("Backup set:")), esc(fix.value(QLatin1String("backupSet")).toString()),
                                     esc(Tr::tr("To undo:")), esc(fix.value(QLatin1String("undo")).toString()));
            }
            const QString manual = s.value(QLatin1String("manual")).toString();
            if (!manual.isEmpty())
                body += QStringLiteral("<p class=\"manual\">☞ %1</p>").arg(esc(manual));
            body += QStringLiteral("</div>");
        }
        const QJsonArray facts = a.value(QLatin1String("facts")).toArray();
        if (!facts.isEmpty()) {
            body += QStringLiteral("<h3>%1</h3><table class=\"facts\">").arg(esc(Tr::tr("Facts this article relies on")));
            for (const QJsonValue &fv : facts) {
                const QJsonObject f = fv.toObject();
                body += QStringLiteral("<tr><td>%1</td><td><code>%2</code></td><td>[%3]</td></tr>")
                            .arg(esc(f.value(QLatin1String("name")).toString()),
                                 esc(f.value(QLatin1String("value")).toString()),
                                 esc(f.value(QLatin1String("mark")).toString()));
            }
            body += QStringLiteral("</table>");
        }
    }
    page.replace(QLatin1String("{{TITLE}}"), esc(Tr::tr("KB Wizard report")));
    page.replace(QLatin1String("{{LANG}}"), QLocale().bcp47Name());
    page.replace(QLatin1String("{{BODY}}"), body);
    return page;
}

QString toText(const QJsonObject &report)
{
    QString out;
    const QJsonObject target = report.value(QLatin1String("target")).toObject();
    out += Tr::tr("KB Wizard report") + QLatin1Char('\n');
    out += Tr::tr("Product: %1 %2").arg(target.value(QLatin1String("productName")).toString(),
                                    target.value(QLatin1String("version")).toString()) + QLatin1Char('\n');
    out += Tr::tr("Install path: %1").arg(target.value(QLatin1String("root")).toString()) + QLatin1Char('\n');
    out += Tr::tr("Generated: %1").arg(report.value(QLatin1String("generated")).toString()) + QLatin1Char('\n');
    out += Tr::tr("Run by: %1").arg(report.value(QLatin1String("operator")).toString()) + QLatin1Char('\n');
    for (const QJsonValue &av : report.value(QLatin1String("articles")).toArray()) {
        const QJsonObject a = av.toObject();
        out += QStringLiteral("\n== %1 ==\n").arg(a.value(QLatin1String("title")).toString());
        for (const QJsonValue &sv : a.value(QLatin1String("steps")).toArray()) {
            const QJsonObject s = sv.toObject();
            out += QStringLiteral("[%1] %2 - %3: %4\n")
                       .arg(s.value(QLatin1String("statusText")).toString().toUpper(),
                            s.value(QLatin1String("id")).toString(),
                            s.value(QLatin1String("title")).toString(),
                            s.value(QLatin1String("message")).toString());
            for (const QJsonValue &rv : s.value(QLatin1String("evidence")).toArray()) {
                const QJsonObject r = rv.toObject();
                QString where = r.value(QLatin1String("item")).toString();
                if (where.isEmpty())
                    where = QStringLiteral("%1 [%2] %3").arg(r.value(QLatin1String("file")).toString(),
                                                             r.value(QLatin1String("section")).toString(),
                                                             r.value(QLatin1String("key")).toString());
                out += QStringLiteral("    %1: %2 (%3 %4)\n")
                           .arg(where, r.value(QLatin1String("found")).toString(), Tr::tr("expected"),
                                r.value(QLatin1String("expected")).toString());
            }
            const QJsonObject fix = s.value(QLatin1String("fix")).toObject();
            for (const QJsonValue &m : fix.value(QLatin1String("messages")).toArray())
                out += QStringLiteral("    * %1\n").arg(m.toString());
            if (fix.contains(QLatin1String("undo")))
                out += QStringLiteral("    %1 %2\n").arg(Tr::tr("To undo:"), fix.value(QLatin1String("undo")).toString());
        }
    }
    return out;
}

} // namespace kb::Report
