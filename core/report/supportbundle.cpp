#include "report/supportbundle.h"

#include "archive/archivewriter.h"
#include "articles/articles.h"
#include "checks/iislogscheck.h"
#include "report/redact.h"
#include "report/report.h"
#include "session.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

namespace kb::SupportBundle {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::SupportBundle)
};

const IisLogsCheck *logsCheckOf(const Article *article)
{
    if (!article)
        return nullptr;
    for (const Step &s : article->steps)
        if (const auto *c = dynamic_cast<const IisLogsCheck *>(s.check.get()))
            return c;
    return nullptr;
}

KbError readLog(const IisLogFile &log, qint64 maxBytes, QByteArray *out, bool *truncated)
{
    QFile f(log.path);
    if (!f.open(QIODevice::ReadOnly))
        return KbError::make(QStringLiteral("bundle.read"), Tr::tr("Cannot read the IIS log: %1").arg(f.errorString()),
                             log.path);
    *truncated = f.size() > maxBytes;
    if (*truncated) {
        f.seek(f.size() - maxBytes);
        QByteArray tail = f.readAll();
        const qsizetype nl = tail.indexOf('\n'); // start at a whole line
        *out = nl >= 0 ? tail.mid(nl + 1) : tail;
    } else {
        *out = f.readAll();
    }
    return {};
}

// The report is already redacted field by field when it is built; here only the session's own
// secrets are masked once more, in every escaped form they could take, without touching the
// document's syntax (a pattern-based pass could break a JSON string).
QString maskKnown(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (secret.isEmpty())
            continue;
        QString json = QString::fromUtf8(QJsonDocument(QJsonArray{secret}).toJson(QJsonDocument::Compact));
        json = json.mid(2, json.size() - 4); // ["..."] -> ...
        for (const QString &form : {secret, secret.toHtmlEscaped(), json})
            text.replace(form, kRedacted);
    }
    return text;
}

} // namespace

namespace {

// A W3C log line under a "#Fields:" directive, field by field (L3): a cookie field is masked
// whole, the query field is read as a query string, every other field through redactText, so a
// secret in one field never hides the fields after it.
QString redactW3cLine(const QString &line, const QStringList &fields, const QStringList &secrets)
{
    QString body = line;
    QString end;
    while (body.endsWith(QLatin1Char('\n')) || body.endsWith(QLatin1Char('\r'))) {
        end.prepend(body.back());
        body.chop(1);
    }
    QStringList values = body.split(QLatin1Char(' '));
    if (values.size() != fields.size())
        return redactText(line, secrets);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QString &name = fields.at(i);
        QString &v = values[i];
        if (v == QLatin1String("-"))
            continue;
        if (name.contains(QLatin1String("cookie"), Qt::CaseInsensitive))
            v = kRedacted;
        else if (name.compare(QLatin1String("cs-uri-query"), Qt::CaseInsensitive) == 0)
            v = redactText(QLatin1Char('?') + v, secrets).mid(1);
        else
            v = redactText(v, secrets);
    }
    return values.join(QLatin1Char(' ')) + end;
}

} // namespace

QByteArray redactLog(const QByteArray &bytes, const QStringList &secrets)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(bytes);
    if (utf8.hasError())
        text = QString::fromLatin1(bytes);
    QString out;
    out.reserve(text.size());
    QStringList fields; // of the last #Fields: directive
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        end = end < 0 ? text.size() : end + 1;
        const QString line = text.mid(start, end - start);
        if (line.startsWith(QLatin1String("#Fields:"))) {
            fields = line.mid(8).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            out += redactText(line, secrets);
        } else if (!fields.isEmpty() && !line.startsWith(QLatin1Char('#'))) {
            out += redactW3cLine(line, fields, secrets);
        } else {
            out += redactText(line, secrets);
        }
        start = end;
    }
    return out.toUtf8();
}

QStringList sessionSecrets(const Session &session)
{
    QStringList secrets;
    for (const Article &a : session.articles())
        for (const Step &s : a.steps) {
            const QVariantMap values = session.fixInputs(s.id);
            for (auto it = values.cbegin(); it != values.cend(); ++it) {
                const QString v = it.value().toString();
                if (isSecretKey(it.key()) && !v.isEmpty() && !secrets.contains(v))
                    secrets.append(v);
            }
        }
    return secrets;
}

KbError write(const Session &session, const QString &zipPath, Contents *contents, const Options &options)
{
    Contents c;
    const QStringList secrets = sessionSecrets(session);
    QList<Archive::Entry> entries;
    auto add = [&](const QString &name, const QByteArray &data) {
        entries.append({name, data});
        c.entries.append(name);
    };

    const QJsonObject report = Report::build(session);
    const QByteArray json = QJsonDocument(report).toJson(QJsonDocument::Indented);

    // The logs of the first diagnosed article that has an IIS log step (article 002), on that
    // run's installation; the current article first.
    QList<const ArticleRun *> runs;
    if (const ArticleRun *current = session.currentRun())
        runs.append(current);
    for (const ArticleRun &run : session.runs())
        if (!runs.contains(&run))
            runs.append(&run);
    const IisLogsCheck *check = nullptr;
    CheckContext ctx = session.context();
    for (const ArticleRun *run : std::as_const(runs)) {
        if ((check = logsCheckOf(findArticle(session.articles(), run->articleId)))) {
            ctx.target = run->target;
            break;
        }
    }
    QList<IisLogFile> logs;
    QString siteLine;
    if (check) {
        const IisLogSearch found = check->search(ctx);
        const int newest = options.newestLogs >= 0 ? options.newestLogs : check->rule().newest;
        logs = found.files.mid(0, newest);
        siteLine = found.siteId > 0 ? Tr::tr("IIS site: %1 (W3SVC%2)").arg(found.siteName).arg(found.siteId)
                                    : Tr::tr("IIS site: %1 (site id unknown: every W3SVC folder searched)")
                                          .arg(found.siteName);
    }

    QList<QPair<QString, QByteArray>> logEntries;
    for (const IisLogFile &log : std::as_const(logs)) {
        // A log that is a link, or whose real path is not in its folder, is not followed (L3):
        // a link named like the newest log could pull any readable file into the bundle.
        const QFileInfo fi(log.path);
        const QString folder = QFileInfo(fi.absolutePath()).canonicalFilePath();
        if (fi.isSymLink() || fi.isShortcut() || folder.isEmpty()
            || QFileInfo(fi.canonicalFilePath()).absolutePath() != folder) {
            c.skipped.append(log.displayPath);
            continue;
        }
        QByteArray bytes;
        bool cut = false;
        if (KbError e = readLog(log, options.maxLogBytes, &bytes, &cut))
            return e;
        if (cut)
            c.truncated.append(log.displayPath);
        logEntries.append({QStringLiteral("iis-logs/%1/%2").arg(log.folder, QFileInfo(log.path).fileName()),
                           redactLog(bytes, secrets)});
        c.logs.append(log);
    }

    QString readme;
    readme += Tr::tr("KB Wizard support bundle") + QStringLiteral("\r\n\r\n");
    readme += Tr::tr("report.json, report.txt, report.html: the wizard's report (checks, evidence, fixes, "
                 "backups).") + QStringLiteral("\r\n");
    if (!siteLine.isEmpty())
        readme += siteLine + QStringLiteral("\r\n");
    for (const IisLogFile &log : std::as_const(c.logs))
        readme += QStringLiteral("iis-logs/%1/%2  <-  %3%4\r\n")
                      .arg(log.folder, QFileInfo(log.path).fileName(), log.displayPath,
                           c.truncated.contains(log.displayPath) ? Tr::tr(" (last part only)") : QString());
    for (const QString &skipped : std::as_const(c.skipped))
        readme += Tr::tr("Not included: %1 is a link; the wizard does not follow links in the log folder.")
                      .arg(skipped) + QStringLiteral("\r\n");
    if (!siteLine.isEmpty() && c.logs.isEmpty())
        readme += Tr::tr("No IIS log of the console site was found.") + QStringLiteral("\r\n");
    readme += QStringLiteral("\r\n")
              + Tr::tr("Passwords and password-like values (keys named like password, pwd, token, sid or "
                   "session), passwords in URLs, authorization headers, cookies and encrypted values "
                   "were replaced by %1 in every file.").arg(kRedacted)
              + QStringLiteral("\r\n\r\n") + articles::caseDiagnosticToolInstructions() + QStringLiteral("\r\n");

    add(QStringLiteral("README.txt"), redactText(readme, secrets).toUtf8());
    add(QStringLiteral("report.json"), maskKnown(QString::fromUtf8(json), secrets).toUtf8());
    add(QStringLiteral("report.txt"), redactLog(Report::toText(report).toUtf8(), secrets));
    add(QStringLiteral("report.html"), maskKnown(Report::toHtml(report), secrets).toUtf8());
    for (const auto &e : std::as_const(logEntries))
        add(e.first, e.second);

    if (KbError e = Archive::writeZip(zipPath, entries))
        return e;
    if (contents)
        *contents = c;
    return {};
}

} // namespace kb::SupportBundle
