#include "report/reportsummary.h"

#include "checkresult.h"
#include "report/report.h"

#include <QCoreApplication>
#include <QStringList>

namespace kb::Report {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::Report)
};

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QJsonObject targetOf(const QJsonObject &report, const QJsonObject &article)
{
    const QJsonObject t = article.value(QLatin1String("target")).toObject();
    return t.isEmpty() ? report.value(QLatin1String("target")).toObject() : t;
}

QJsonObject countsOf(const QJsonObject &article)
{
    QJsonObject counts;
    for (const QJsonValue &s : article.value(QLatin1String("steps")).toArray()) {
        const QString id = s.toObject().value(QLatin1String("status")).toString();
        counts.insert(id, counts.value(id).toInt() + 1);
    }
    return counts;
}

QString countList(const QJsonObject &counts, std::initializer_list<const char *> ids)
{
    QStringList parts;
    for (const char *id : ids)
        if (const int n = counts.value(QLatin1String(id)).toInt())
            parts << QStringLiteral("%1: %2").arg(statusText(statusFromId(QLatin1String(id)))).arg(n);
    return parts.join(QStringLiteral(", "));
}

// One line per fix that was tried on the article: what it is now and its backup set.
QStringList changes(const QJsonObject &article)
{
    QStringList lines;
    for (const QJsonValue &sv : article.value(QLatin1String("steps")).toArray()) {
        const QJsonObject s = sv.toObject();
        const QJsonObject fix = s.value(QLatin1String("fix")).toObject();
        const bool tried = fix.value(QLatin1String("applied")).toBool() || fix.value(QLatin1String("rolledBack")).toBool()
                           || fix.value(QLatin1String("undone")).toBool() || fix.contains(QLatin1String("error"));
        if (!tried)
            continue;
        QString line = QStringLiteral("%1 (%2): %3").arg(str(s, "title"), str(s, "id"), fixStateText(fix));
        if (fix.value(QLatin1String("backupSet")).isString())
            line += QStringLiteral("; ") + Tr::tr("backup set %1").arg(str(fix, "backupSet"));
        lines << line;
    }
    return lines;
}

QJsonArray openFor(const QJsonObject &report, const QJsonObject &article)
{
    const QJsonArray all = report.value(QLatin1String("openManualSteps")).isArray()
                               ? report.value(QLatin1String("openManualSteps")).toArray()
                               : openManualSteps(report);
    QJsonArray mine;
    for (const QJsonValue &v : all)
        if (v.toObject().value(QLatin1String("article")).toString() == str(article, "id"))
            mine.append(v);
    return mine;
}

QString openText(const QJsonObject &o)
{
    return QStringLiteral("%1 (%2): %3").arg(str(o, "title"), str(o, "step"), str(o, "action"));
}

} // namespace

QString sectionAnchor(int index)
{
    return QStringLiteral("kb-article-%1").arg(index);
}

QJsonArray installations(const QJsonObject &report)
{
    QJsonArray list;
    QStringList roots;
    for (const QJsonValue &av : report.value(QLatin1String("articles")).toArray()) {
        const QJsonObject t = av.toObject().value(QLatin1String("target")).toObject();
        if (t.isEmpty() || roots.contains(str(t, "root")))
            continue;
        roots << str(t, "root");
        list.append(t);
    }
    const QJsonObject session = report.value(QLatin1String("target")).toObject();
    if (list.isEmpty() && !session.isEmpty())
        list.append(session);
    return list;
}

QString installationText(const QJsonObject &target)
{
    const QString version = str(target, "build").isEmpty()
                                ? str(target, "version")
                                : Tr::tr("%1 (build %2)").arg(str(target, "version"), str(target, "build"));
    return QStringLiteral("%1 %2").arg(str(target, "productName"), version).trimmed();
}

QString sectionHeaderLine(const QJsonObject &report, const QJsonObject &article)
{
    // Product first: a long server name is what the page's width cuts off, never the product.
    const QJsonObject target = targetOf(report, article);
    return QStringLiteral("%1 %2 — %3 — %4")
        .arg(str(target, "productName"), str(target, "version"), str(article, "title"), serverText(target));
}

QString verdictText(const QJsonObject &article)
{
    const QJsonObject c = countsOf(article);
    const auto n = [&c](const char *id) { return c.value(QLatin1String(id)).toInt(); };
    if (c.isEmpty() || n("not-run") == int(article.value(QLatin1String("steps")).toArray().size()))
        return QStringLiteral("%1 %2").arg(statusSymbol(QStringLiteral("not-run")), Tr::tr("Not diagnosed."));
    if (n("fail") + n("error") > 0)
        return QStringLiteral("%1 %2").arg(statusSymbol(QStringLiteral("fail")),
                                           Tr::tr("Not solved: %1.").arg(countList(c, {"fail", "error", "warn", "not-run"})));
    if (n("warn") > 0)
        return QStringLiteral("%1 %2").arg(statusSymbol(QStringLiteral("warn")),
                                           Tr::tr("No failed check, but warnings: %1.").arg(countList(c, {"warn", "not-run"})));
    if (n("not-run") > 0)
        return QStringLiteral("%1 %2").arg(statusSymbol(QStringLiteral("warn")),
                                           Tr::tr("No problem found, but not every check ran: %1.").arg(countList(c, {"not-run"})));
    return QStringLiteral("%1 %2").arg(statusSymbol(QStringLiteral("pass")), Tr::tr("Every check passes."));
}

QString coverageText(const QJsonObject &article)
{
    const QJsonValue cv = article.value(QLatin1String("coverage"));
    const QJsonObject target = article.value(QLatin1String("target")).toObject();
    if (!cv.isObject()) {
        // Hook: reports without a `coverage` object (older tools) name only what was found.
        return Tr::tr("Found %1; not compared with the versions the article covers.").arg(installationText(target));
    }
    const QJsonObject c = cv.toObject();
    QStringList versions;
    const QJsonValue vv = c.value(QLatin1String("versions"));
    if (vv.isArray()) {
        for (const QJsonValue &v : vv.toArray())
            versions << v.toVariant().toString();
    } else {
        versions << vv.toVariant().toString();
    }
    QString detected = c.value(QLatin1String("detected")).toVariant().toString();
    if (detected.isEmpty())
        detected = installationText(target);
    const QString covers = versions.join(QStringLiteral(", "));
    const QJsonValue covered = c.value(QLatin1String("covered"));
    if (covered.isBool() && covered.toBool())
        return Tr::tr("Found %1; the article covers %2.").arg(detected, covers);
    if (covered.isBool())
        return Tr::tr("Found %1, which the article does not cover (it covers %2): treat its steps with care.")
            .arg(detected, covers);
    return Tr::tr("Found %1; the article covers %2.").arg(detected, covers) + QLatin1Char(' ') + covered.toVariant().toString();
}

QString summaryHtml(const QJsonObject &report)
{
    // One page: small type, the run's facts in one paragraph, one line per installation, then
    // one compact table per article.
    QString body;
    body += QStringLiteral("<h1 style=\"font-size: 14pt; margin-top: 0px; margin-bottom: 4px\">%1</h1>").arg(esc(Tr::tr("KB Wizard report")));
    QStringList facts;
    auto fact = [&](const QString &k, const QString &v) {
        facts << QStringLiteral("<b>%1:</b> %2").arg(esc(k), esc(v));
    };
    fact(Tr::tr("Server"), serverText(report.value(QLatin1String("target")).toObject()));
    fact(Tr::tr("Date and time"), displayDateTime(report));
    fact(Tr::tr("Tool version"), QStringLiteral("KB Wizard ") + str(report.value(QLatin1String("tool")).toObject(), "version"));
    fact(Tr::tr("Run by"), str(report, "operator"));
    fact(Tr::tr("Host backend"), hostBackendText(str(report, "host")));
    fact(Tr::tr("Backups"), str(report, "backupRoot"));
    body += QStringLiteral("<p class=\"facts\">%1</p>").arg(facts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    for (const QJsonValue &tv : installations(report)) {
        const QJsonObject t = tv.toObject();
        body += QStringLiteral("<p class=\"installation\"><b>%1:</b> %2</p>")
                    .arg(esc(Tr::tr("Installation")), esc(QStringLiteral("%1 — %2").arg(installationText(t), str(t, "root"))));
    }

    int index = 0;
    for (const QJsonValue &av : report.value(QLatin1String("articles")).toArray()) {
        const QJsonObject a = av.toObject();
        const QJsonObject t = targetOf(report, a);
        // The heading names the article's installation; its path is in the line above.
        body += QStringLiteral("<h2 class=\"summary\" style=\"font-size: 9.5pt; margin-top: 5px; margin-bottom: 1px\">%1 "
                               "<span style=\"font-weight: normal\">— %2 %3</span></h2>")
                    .arg(esc(str(a, "title")), esc(str(t, "productName")), esc(str(t, "version")));
        body += QStringLiteral("<table class=\"verdict\" width=\"100%\" cellspacing=\"0\" cellpadding=\"1\" border=\"1\">");
        auto row = [&](const QString &k, const QString &htmlValue) {
            body += QStringLiteral("<tr><th width=\"18%\">%1</th><td>%2</td></tr>").arg(esc(k), htmlValue);
        };
        row(Tr::tr("Verdict"), QStringLiteral("<b>%1</b>").arg(esc(verdictText(a))));
        const QStringList changed = changes(a);
        row(Tr::tr("Changed"), changed.isEmpty() ? esc(Tr::tr("Nothing.")) : esc(changed.join(QLatin1Char('\n'))).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        const QJsonArray open = openFor(report, a);
        QStringList todo;
        for (const QJsonValue &v : open) {
            const QJsonObject o = v.toObject();
            todo << QStringLiteral("%1 <b>%2</b>: %3").arg(statusSymbol(QStringLiteral("manual")), esc(str(o, "step")), esc(str(o, "action")));
        }
        row(Tr::tr("Still to do by hand"), open.isEmpty() ? esc(Tr::tr("None.")) : todo.join(QStringLiteral("<br>")));
        row(Tr::tr("Versions"), esc(coverageText(a)));
        body += QStringLiteral("</table>");
        ++index;
    }
    if (index == 0)
        body += QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("No article was diagnosed.")));
    return QStringLiteral("<div class=\"summary\">%1</div>").arg(body);
}

QString summaryText(const QJsonObject &report)
{
    QString out;
    auto line = [&out](const QString &l) { out += l + QLatin1Char('\n'); };
    line(Tr::tr("KB Wizard report"));
    line(Tr::tr("Server: %1").arg(serverText(report.value(QLatin1String("target")).toObject())));
    for (const QJsonValue &tv : installations(report)) {
        const QJsonObject t = tv.toObject();
        line(Tr::tr("Installation: %1").arg(QStringLiteral("%1 — %2").arg(installationText(t), str(t, "root"))));
    }
    line(Tr::tr("Date and time: %1").arg(displayDateTime(report)));
    line(Tr::tr("Tool version: KB Wizard %1").arg(str(report.value(QLatin1String("tool")).toObject(), "version")));
    line(Tr::tr("Run by: %1").arg(str(report, "operator")));
    bool any = false;
    for (const QJsonValue &av : report.value(QLatin1String("articles")).toArray()) {
        any = true;
        const QJsonObject a = av.toObject();
        line(QString());
        line(QStringLiteral("== %1 ==").arg(str(a, "title")));
        const QJsonObject t = targetOf(report, a);
        line(Tr::tr("Installation: %1").arg(QStringLiteral("%1 — %2").arg(installationText(t), str(t, "root"))));
        line(QStringLiteral("%1: %2").arg(Tr::tr("Verdict"), verdictText(a)));
        const QStringList changed = changes(a);
        line(QStringLiteral("%1: %2").arg(Tr::tr("Changed"), changed.isEmpty() ? Tr::tr("Nothing.") : QString()).trimmed());
        for (const QString &c : changed)
            line(QStringLiteral("  - %1").arg(c));
        const QJsonArray open = openFor(report, a);
        line(QStringLiteral("%1: %2").arg(Tr::tr("Still to do by hand"), open.isEmpty() ? Tr::tr("None.") : QString()).trimmed());
        int n = 0;
        for (const QJsonValue &v : open)
            line(QStringLiteral("  %1. %2").arg(++n).arg(openText(v.toObject())));
        line(QStringLiteral("%1: %2").arg(Tr::tr("Versions"), coverageText(a)));
    }
    if (!any) {
        line(QString());
        line(Tr::tr("No article was diagnosed."));
    }
    return out;
}

} // namespace kb::Report
