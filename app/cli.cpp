#include "cli.h"

#include "backup/atomicfile.h"
#include "backup/backupstore.h"
#include "demosandbox.h"
#include "fixes/fixexecutor.h"
#include "host/hostfactory.h"
#include "installation.h"
#include "options.h"
#include "report/redact.h"
#include "report/report.h"
#include "reportprinter.h"
#include "session.h"
#include "report/supportbundle.h"
#include "articles/articles.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace kb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::Cli)
};

// Everything the CLI prints passes through redactText line by line (security review M3): a
// write-only device that forwards each complete line, redacted, to the real stream.
class RedactingSink : public QIODevice
{
public:
    RedactingSink(QTextStream &target, const QStringList &secrets) : m_target(target), m_secrets(secrets)
    {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }
    ~RedactingSink() override { finish(); }
    void finish()
    {
        if (!m_pending.isEmpty())
            m_target << redactText(QString::fromUtf8(m_pending), m_secrets);
        m_pending.clear();
        m_target.flush();
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 len) override
    {
        m_pending.append(data, len);
        qsizetype nl;
        while ((nl = m_pending.indexOf('\n')) >= 0) {
            m_target << redactText(QString::fromUtf8(m_pending.left(nl + 1)), m_secrets);
            m_pending.remove(0, nl + 1);
        }
        m_target.flush();
        return len;
    }

private:
    QTextStream &m_target;
    const QStringList &m_secrets;
    QByteArray m_pending;
};

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

// The folders to search for backup sets of the installations under `root`.
QStringList backupRoots(const QList<Target> &targets)
{
    QStringList roots;
    for (const Target &t : targets) {
        const QString r = Installation::backupRootFor(t);
        if (!roots.contains(r))
            roots.append(r);
    }
    return roots;
}

int listBackups(const QList<Target> &targets, QTextStream &out, QTextStream &err)
{
    for (const QString &root : backupRoots(targets)) {
        QList<KbError> problems;
        const QList<BackupSet> sets = BackupStore(root).list(&problems);
        for (const KbError &p : problems)
            err << Tr::tr("warning: %1").arg(p.toString()) << Qt::endl;
        out << Tr::tr("Backup sets in %1:").arg(QDir::toNativeSeparators(root)) << Qt::endl;
        for (const BackupSet &s : sets) {
            out << QStringLiteral("  %1  %2  %3/%4  %5")
                       .arg(s.id, backupStateId(s.state), s.articleId, s.stepId,
                            s.created.toString(Qt::ISODate))
                << Qt::endl;
            for (const BackupItem &i : s.items)
                out << QStringLiteral("      %1").arg(i.displayPath) << Qt::endl;
            if (s.state == BackupSet::State::Prepared)
                out << QStringLiteral("      ")
                    << Tr::tr("(interrupted: the fix did not finish; undo it with --undo %1)").arg(s.id)
                    << Qt::endl;
        }
        if (sets.isEmpty())
            out << Tr::tr("  (none)") << Qt::endl;
    }
    return Exit_AllPass;
}

int undoSet(const QList<Target> &targets, const QString &id, bool force, const QString &hostKind,
            QTextStream &out, QTextStream &err)
{
    for (const Target &t : targets) {
        const BackupStore store(Installation::backupRootFor(t));
        KbError e;
        const BackupSet set = store.load(id, &e);
        if (e)
            continue;
        Target setTarget = t;
        for (const Target &candidate : targets)
            if (QDir::cleanPath(candidate.pccsrv) == QDir::cleanPath(set.targetPath))
                setTarget = candidate;
        KbError hostError;
        std::unique_ptr<Host> host = makeHost(hostKind, setTarget, &hostError);
        if (hostError)
            return inputError(err, hostError);
        QStringList messages;
        const KbError undoError = store.undo(id, force, host.get(), &messages);
        for (const QString &m : messages)
            out << m << Qt::endl;
        if (undoError) {
            err << Tr::tr("kbwizard: undo refused: %1").arg(undoError.toString()) << Qt::endl;
            return undoError.code == QLatin1String("backup.changed-since")
                           || undoError.code == QLatin1String("backup.already-undone")
                       ? Exit_Problems
                       : Exit_Usage;
        }
        out << Tr::tr("Backup set %1 was restored.").arg(id) << Qt::endl;
        return Exit_AllPass;
    }
    return usageError(err, Tr::tr("no backup set with the id \"%1\" for this server.").arg(id));
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

// {"<step id>": {"<input id>": "value", ...}, ...}
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

bool isProblem(Status s)
{
    return s == Status::Fail || s == Status::Warn || s == Status::Error;
}

} // namespace

bool wantsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--headless" || a == "--help" || a == "-h" || a == "--help-all" || a == "--version" || a == "-v")
            return true;
    }
    return false;
}

QStringList normaliseArguments(const QStringList &args)
{
    QStringList out;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (i > 0 && a == QLatin1String("--demo") && i + 1 < args.size()
            && !args.at(i + 1).startsWith(QLatin1Char('-'))) {
            out << QStringLiteral("--demo") << QStringLiteral("--demo-dir=") + args.at(i + 1);
            ++i;
        } else {
            out << a;
        }
    }
    return out;
}

int runHeadlessUnredacted(const QStringList &arguments, QTextStream &out, QTextStream &err,
                          QStringList *secrets)
{
    Options o;
    QCommandLineParser parser;
    o.addTo(parser);
    if (!parser.parse(normaliseArguments(arguments)))
        return usageError(err, parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(err, Tr::tr("unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));

    const bool demo = parser.isSet(o.demo) || parser.isSet(o.demoDir);
    if (demo == parser.isSet(o.root))
        return usageError(err, Tr::tr("give either --root DIR or --demo [DIR]."));
    const int actions = int(parser.isSet(o.article)) + int(parser.isSet(o.listBackups)) + int(parser.isSet(o.undo));
    if (actions != 1)
        return usageError(err, Tr::tr("give exactly one of --article, --list-backups or --undo."));
    if (parser.isSet(o.yes) && !parser.isSet(o.fix))
        return usageError(err, Tr::tr("--yes only goes with --fix."));
    // main() makes a QGuiApplication on the offscreen platform when --pdf is given.
    if (parser.isSet(o.pdf) && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return usageError(err, Tr::tr("--pdf needs a graphical application object (the kbwizard program creates one when --pdf is given)."));
    if (parser.isSet(o.force) && !parser.isSet(o.undo))
        return usageError(err, Tr::tr("--force only goes with --undo."));

    QString root = parser.value(o.root);
    if (demo) {
        KbError e;
        root = DemoSandbox::create(parser.value(o.demoDir), &e);
        if (e)
            return inputError(err, e);
        out << Tr::tr("Demo server copied to %1").arg(QDir::toNativeSeparators(root)) << Qt::endl;
    }
    KbError findError;
    const QList<Target> targets = Installation::findUnder(root, &findError);
    if (findError)
        return inputError(err, findError);

    const QString hostKind = parser.value(o.host);
    if (!hostKind.isEmpty() && hostKind != QLatin1String("windows") && hostKind != QLatin1String("demo")
        && hostKind != QLatin1String("none"))
        return usageError(err, Tr::tr("unknown host backend \"%1\": use windows, demo or none.").arg(hostKind));

    if (parser.isSet(o.listBackups))
        return listBackups(targets, out, err);
    if (parser.isSet(o.undo))
        return undoSet(targets, parser.value(o.undo), parser.isSet(o.force), hostKind, out, err);

    QHash<QString, QVariantMap> inputValues;
    if (parser.isSet(o.inputs)) {
        if (KbError e = readInputs(parser.value(o.inputs), &inputValues))
            return inputError(err, e);
    }
    for (const QVariantMap &values : std::as_const(inputValues))
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            if (isSecretKey(it.key()) && !it.value().toString().isEmpty())
                secrets->append(it.value().toString());

    Session session;
    session.setInstallations(targets);
    for (auto it = inputValues.cbegin(); it != inputValues.cend(); ++it)
        session.setFixInputs(it.key(), it.value());
    QStringList articleIds;
    const QString wanted = parser.value(o.article);
    if (wanted == QLatin1String("all")) {
        for (const Article &a : session.articles())
            articleIds << a.id;
    } else if (findArticle(session.articles(), wanted)) {
        articleIds << wanted;
    } else {
        QStringList known;
        for (const Article &a : session.articles())
            known << a.id;
        return usageError(err, Tr::tr("unknown article \"%1\" (known: %2, all).").arg(wanted, known.join(QStringLiteral(", "))));
    }

    QStringList fixSteps;
    const bool fixAll = parser.value(o.fix) == QLatin1String("all");
    if (parser.isSet(o.fix) && !fixAll) {
        fixSteps = parser.value(o.fix).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &s : fixSteps) {
            bool known = false;
            for (const QString &aid : articleIds)
                known = known || findArticle(session.articles(), aid)->step(s.trimmed());
            if (!known)
                return usageError(err, Tr::tr("unknown step \"%1\" for --fix.").arg(s));
        }
    }

    bool problems = false, fixFailed = false, ran = false, unreadable = false;
    for (const QString &aid : articleIds) {
        const Article &article = *findArticle(session.articles(), aid);
        bool matched = false;
        Target target;
        for (const Target &t : targets)
            if (!matched && article.appliesTo(t.product)) {
                target = t;
                matched = true;
            }
        if (!matched) {
            if (articleIds.size() > 1) {
                out << Tr::tr("Skipped %1: it applies to %2 and no such installation was found under %3.")
                           .arg(aid, productName(article.products.value(0)), QDir::toNativeSeparators(root))
                    << Qt::endl;
                continue;
            }
            target = targets.constFirst();
            err << Tr::tr("warning: %1 applies to %2, but the installation looks like %3.")
                       .arg(aid, productName(article.products.value(0)), productName(target.product))
                << Qt::endl;
        }
        KbError hostError;
        std::unique_ptr<Host> host = makeHost(hostKind, target, &hostError);
        if (hostError)
            return inputError(err, hostError);
        session.setTarget(target);
        session.setHost(std::move(host));
        session.setArticleId(aid);
        for (const BackupSet &s : session.interruptedFixes())
            err << Tr::tr("kbwizard: warning: the fix of %1/%2 started %3 was interrupted before it "
                          "finished; its backup is kept: undo it with --undo %4")
                       .arg(s.articleId, s.stepId, s.created.toString(Qt::ISODate), s.id)
                << Qt::endl;
        waitForDiagnosis(session);
        ran = true;

        if (parser.isSet(o.fix)) {
            const QStringList fixable = session.fixableSteps();
            const QStringList chosen = fixAll ? fixable : fixSteps;
            for (const QString &stepId : chosen) {
                if (!article.step(stepId))
                    continue;
                if (!fixable.contains(stepId)) {
                    const StepRun *sr = session.currentRun() ? session.currentRun()->step(stepId) : nullptr;
                    if (sr && sr->result.status == Status::Error)
                        out << Tr::tr("%1: not fixed: its check could not read what it needs (see the error).")
                                   .arg(stepId)
                            << Qt::endl;
                    else
                        out << Tr::tr("%1: nothing to fix.").arg(stepId) << Qt::endl;
                    continue;
                }
                // An earlier fix of this run may have resolved it (follow-up checks update
                // the other steps' results).
                if (parser.isSet(o.yes) && !session.fixableSteps().contains(stepId)) {
                    out << Tr::tr("%1: an earlier fix already resolved it.").arg(stepId) << Qt::endl;
                    continue;
                }
                const FixPlan plan = session.planFix(stepId);
                out << Tr::tr("--- Fix for %1: %2").arg(stepId, article.step(stepId)->fix->description()) << Qt::endl;
                out << FixExecutor::preview(plan) << Qt::endl;
                if (!parser.isSet(o.yes))
                    continue;
                const FixOutcome outcome = session.applyFixNow(stepId);
                for (const QString &m : outcome.messages)
                    out << QStringLiteral("    ") << m << Qt::endl;
                if (outcome.error.code == QLatin1String("fix.nothing")) {
                    out << Tr::tr("%1: nothing left to change.").arg(stepId) << Qt::endl;
                } else if (outcome.succeeded()) {
                    out << Tr::tr("%1: fixed and verified (backup set %2).").arg(stepId, outcome.backupSetId) << Qt::endl;
                } else {
                    fixFailed = true;
                    err << Tr::tr("%1: the fix failed: %2").arg(stepId, outcome.error.toString()) << Qt::endl;
                }
            }
            if (!parser.isSet(o.yes) && !fixable.isEmpty())
                out << Tr::tr("Previews only: add --yes to apply (every change is backed up first).") << Qt::endl;
            // The report and the exit code describe the server after the fixes: every check
            // runs again (the fixes' outcomes are kept).
            if (parser.isSet(o.yes) && !fixable.isEmpty())
                waitForDiagnosis(session);
        }
        const ArticleRun *run = session.currentRun();
        printRun(article, *run, out);
        for (const StepRun &s : run->steps) {
            problems = problems || isProblem(s.result.status);
            if (s.result.inputError) {
                unreadable = true;
                err << Tr::tr("kbwizard: error: %1").arg(s.result.inputError.toString()) << Qt::endl;
            }
        }
    }
    if (!ran)
        return usageError(err, Tr::tr("no installation under %1 matches the article.").arg(root));

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
        if (KbError e = ReportPrinter::writePdf(report, parser.value(o.pdf)))
            return inputError(err, e);
    }

    if (parser.isSet(o.bundle)) {
        SupportBundle::Contents contents;
        if (KbError e = SupportBundle::write(session, parser.value(o.bundle), &contents))
            return inputError(err, e);
        out << Tr::tr("Support bundle written to %1").arg(QDir::toNativeSeparators(parser.value(o.bundle))) << Qt::endl;
    }
    if (unreadable)
        return Exit_Usage;
    if (fixFailed)
        return Exit_FixFailed;
    return problems ? Exit_Problems : Exit_AllPass;
}

int runHeadless(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QStringList secrets; // the typed secrets of --inputs, known once they are read
    RedactingSink outSink(out, secrets), errSink(err, secrets);
    QTextStream redactedOut(&outSink), redactedErr(&errSink);
    const int rc = runHeadlessUnredacted(arguments, redactedOut, redactedErr, &secrets);
    redactedOut.flush();
    redactedErr.flush();
    outSink.finish();
    errSink.finish();
    return rc;
}

} // namespace kb
