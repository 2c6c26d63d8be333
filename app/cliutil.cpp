#include "clicommands.h"

#include "article.h"
#include "backup/atomicfile.h"
#include "cli.h"
#include "guiapi.h"
#include "options.h"
#include "report/redact.h"
#include "report/report.h"
#include "report/supportbundle.h"
#include "session.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTextStream>

namespace kb::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::Cli)
};
} // namespace

int usageError(QTextStream &err, const QString &message)
{
    err << Tr::tr("kbwizard: %1").arg(message) << Qt::endl
        << Tr::tr("Run kbwizard --help for the options.") << Qt::endl;
    return Exit_Usage;
}

int inputError(QTextStream &err, const KbError &e)
{
    err << Tr::tr("kbwizard: error: %1").arg(e.toString()) << Qt::endl;
    return Exit_Usage;
}

void waitForDiagnosis(Session &session)
{
    QEventLoop loop;
    QObject::connect(&session, &Session::diagnosisFinished, &loop, &QEventLoop::quit);
    session.startDiagnosis();
    if (session.isDiagnosing())
        loop.exec();
}

void printRun(const Article &article, const ArticleRun &run, QTextStream &out)
{
    out << QStringLiteral("== %1 (%2) ==").arg(article.title, article.id) << Qt::endl;
    out << Tr::tr("Installation: %1 (%2 %3)")
               .arg(QDir::toNativeSeparators(run.target.pccsrv), productName(run.target.product),
                    run.target.version)
        << Qt::endl;
    for (const StepRun &s : run.steps) {
        out << QStringLiteral("[%1] %2: %3")
                   .arg(statusText(s.result.status).toUpper(), s.stepId, redactText(s.result.message))
            << Qt::endl;
        for (const EvidenceRow &row : s.result.evidence) {
            const EvidenceRow e = redactEvidence(row);
            const QString where = e.item.isEmpty()
                                      ? QStringLiteral("%1 [%2] %3").arg(e.file, e.section, e.key)
                                      : e.item;
            const QString expected = e.expected.isEmpty()
                                         ? QString()
                                         : QStringLiteral(" (%1 %2)").arg(Tr::tr("expected"), e.expected);
            out << QStringLiteral("      %1: %2%3%4")
                       .arg(where, e.found, expected,
                            e.note.isEmpty() ? QString() : QStringLiteral(" — ") + e.note)
                << Qt::endl;
        }
    }
}

KbError readInputs(const QString &path, QHash<QString, QVariantMap> *inputs)
{
    QByteArray bytes;
    if (KbError e = readWholeFile(path, &bytes, 1024 * 1024))
        return e;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError)
        return KbError::make(QStringLiteral("inputs.json"), pe.errorString(), path,
                             int(bytes.left(pe.offset).count('\n')) + 1);
    if (!doc.isObject())
        return KbError::make(QStringLiteral("inputs.json"),
                             Tr::tr("expected an object of steps, each an object of input values."), path, 1);
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isObject())
            return KbError::make(QStringLiteral("inputs.json"),
                                 Tr::tr("the value of \"%1\" must be an object of input values.").arg(it.key()), path);
        inputs->insert(it.key(), it.value().toObject().toVariantMap());
    }
    return {};
}

void noteSecrets(const QHash<QString, QVariantMap> &inputs, QStringList *secrets)
{
    for (const QVariantMap &values : inputs)
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            if (isSecretKey(it.key()) && !it.value().toString().isEmpty())
                secrets->append(it.value().toString());
}

int writeReports(Session &session, const Options &o, const QCommandLineParser &parser,
                 QTextStream &out, QTextStream &err)
{
    const QJsonObject report = Report::build(session);
    auto writeOut = [&](const QCommandLineOption &opt, const QByteArray &bytes) -> bool {
        if (!parser.isSet(opt))
            return true;
        if (KbError e = writeFileAtomically(parser.value(opt), bytes)) {
            inputError(err, e);
            return false;
        }
        return true;
    };
    if (!writeOut(o.json, QJsonDocument(report).toJson(QJsonDocument::Indented))
        || !writeOut(o.html, Report::toHtml(report).toUtf8())
        || !writeOut(o.text, Report::toText(report).toUtf8()))
        return Exit_Usage;
    if (parser.isSet(o.pdf)) {
        // The PDF printer is in the GUI library (main() loaded it to create the QGuiApplication).
        QString loadError;
        const GuiApi *gui = loadGui(&loadError);
        if (!gui)
            return usageError(err, loadError);
        if (KbError e = gui->writePdf(report, parser.value(o.pdf)))
            return inputError(err, e);
    }

    if (parser.isSet(o.bundle)) {
        SupportBundle::Contents contents;
        if (KbError e = SupportBundle::write(session, parser.value(o.bundle), &contents))
            return inputError(err, e);
        out << Tr::tr("Support bundle written to %1").arg(QDir::toNativeSeparators(parser.value(o.bundle))) << Qt::endl;
    }
    return 0;
}

} // namespace kb::cli
