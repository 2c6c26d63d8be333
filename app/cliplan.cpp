#include "clicommands.h"

#include "articles/articles.h"
#include "backup/atomicfile.h"
#include "cli.h"
#include "host/hostfactory.h"
#include "installation.h"
#include "options.h"
#include "session.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QTextStream>

namespace kb::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::Cli)
};

bool isProblem(Status s)
{
    return s == Status::Fail || s == Status::Warn || s == Status::Error;
}

// Refusals that mean "the plan no longer describes the server" (or was edited): exit 3, nothing
// changed. Anything else about the plan file is a usage error.
int refusal(QTextStream &err, const KbError &e)
{
    err << Tr::tr("kbwizard: the plan was not applied: %1").arg(e.toString()) << Qt::endl;
    return Exit_FixFailed;
}
} // namespace

int applySavedPlan(const Options &o, const QCommandLineParser &parser, QTextStream &out, QTextStream &err,
                   QStringList *secrets)
{
    const QString path = parser.value(o.apply);
    QByteArray bytes;
    if (KbError e = readWholeFile(path, &bytes, 64 * 1024 * 1024))
        return inputError(err, e);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError)
        return inputError(err, KbError::make(QStringLiteral("plan.json"), pe.errorString(), path,
                                             int(bytes.left(pe.offset).count('\n')) + 1));
    KbError e;
    RepairPlan plan = RepairPlan::fromJson(doc.object(), path, &e);
    if (e)
        return e.code == QLatin1String("plan.edited") ? refusal(err, e) : inputError(err, e);

    QHash<QString, QVariantMap> planSecrets;
    if (parser.isSet(o.inputs)) {
        if (KbError ie = readInputs(parser.value(o.inputs), &planSecrets))
            return inputError(err, ie);
    }
    noteSecrets(planSecrets, secrets);

    // The installation the plan was made for, found again at its folder.
    KbError findError;
    const QList<Target> targets = Installation::findUnder(plan.target.pccsrv, &findError);
    Target target;
    for (const Target &t : targets)
        if (QDir::cleanPath(t.pccsrv) == QDir::cleanPath(plan.target.pccsrv))
            target = t;
    if (!target.isValid())
        return refusal(err, KbError::make(QStringLiteral("plan.changed"),
                                          Tr::tr("the installation of the plan is no longer at %1.")
                                              .arg(QDir::toNativeSeparators(plan.target.pccsrv)),
                                          path));
    const QString hostKindText = parser.isSet(o.host) ? parser.value(o.host) : plan.hostKind;
    HostKind hostKind = HostKind::Auto;
    if (!parseHostKind(hostKindText, &hostKind))
        return usageError(err, Tr::tr("unknown host backend \"%1\": use windows, demo or none.")
                                   .arg(hostKindText));

    Session session;
    session.setRequestedHostKind(hostKind);
    const Article *article = findArticle(session.articles(), plan.articleId);
    if (!article)
        return inputError(err, KbError::make(QStringLiteral("plan.format"),
                                             Tr::tr("the plan names an unknown article \"%1\".").arg(plan.articleId),
                                             path));
    if (KbError hostError = session.useInstallation(target, targets))
        return inputError(err, hostError);
    session.setArticleId(plan.articleId);
    out << Tr::tr("Applying the plan %1 (made %2) to %3.")
               .arg(QDir::toNativeSeparators(path), plan.created.toString(Qt::ISODate),
                    QDir::toNativeSeparators(target.pccsrv))
        << Qt::endl;
    // The checks only read; the outcomes need the run they belong to.
    waitForDiagnosis(session);

    // Exactly the saved plan: everything it read unchanged, every fix planning the same bytes.
    if (KbError be = plan.bind(*article, session.context(), planSecrets))
        return be.code == QLatin1String("plan.secret") ? inputError(err, be) : refusal(err, be);
    for (const PlannedStep &s : plan.steps)
        printPreview(*article, s, out);
    bool fixFailed = false;
    session.applyPlanNow(plan, [&](const QString &stepId, const FixOutcome &outcome) {
        if (!printOutcome(stepId, outcome, out, err))
            fixFailed = true;
    });
    waitForDiagnosis(session);

    const ArticleRun *run = session.currentRun();
    printRun(*article, *run, out);
    bool problems = false, unreadable = false;
    for (const StepRun &s : run->steps) {
        problems = problems || isProblem(s.result.status);
        if (s.result.inputError) {
            unreadable = true;
            err << Tr::tr("kbwizard: error: %1").arg(s.result.inputError.toString()) << Qt::endl;
        }
    }
    if (const int code = writeReports(session, o, parser, out, err))
        return code;
    if (unreadable)
        return Exit_Usage;
    if (fixFailed)
        return Exit_FixFailed;
    return problems ? Exit_Problems : Exit_AllPass;
}

} // namespace kb::cli
