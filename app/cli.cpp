#include "cli.h"

#include "articles/articles.h"
#include "clicommands.h"
#include "demosandbox.h"
#include "host/hostfactory.h"
#include "installation.h"
#include "options.h"
#include "report/redact.h"
#include "session.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace kb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::Cli)
};

using cli::inputError;
using cli::usageError;

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
    // main() makes a QGuiApplication on the offscreen platform when --pdf is given.
    if (parser.isSet(o.pdf) && !QCoreApplication::instance()->inherits("QGuiApplication"))
        return usageError(err, Tr::tr("--pdf needs a graphical application object (the kbwizard program creates one when --pdf is given)."));
    if (parser.isSet(o.apply)) {
        if (demo || parser.isSet(o.root) || parser.isSet(o.article) || parser.isSet(o.fix)
            || parser.isSet(o.listBackups) || parser.isSet(o.undo) || parser.isSet(o.planOut))
            return usageError(err, Tr::tr("--apply takes the installation and the steps from the plan: give no "
                                          "--root, --demo, --article, --fix, --plan-out, --list-backups or --undo with it."));
        if (!parser.isSet(o.yes))
            return usageError(err, Tr::tr("--apply changes the server: add --yes (the plan's previews are in the plan file)."));
        return cli::applySavedPlan(o, parser, out, err, secrets);
    }
    if (parser.isSet(o.planOut)) {
        if (!parser.isSet(o.fix))
            return usageError(err, Tr::tr("--plan-out only goes with --fix."));
        if (parser.isSet(o.yes))
            return usageError(err, Tr::tr("--plan-out writes the plan and changes nothing: give no --yes with it."));
        if (parser.value(o.article) == QLatin1String("all"))
            return usageError(err, Tr::tr("--plan-out needs one article (--article ID)."));
    }
    if (demo && parser.isSet(o.root))
        return usageError(err, Tr::tr("give either --root DIR or --demo [DIR]."));
#ifndef Q_OS_WIN
    // (On Windows, neither means: the installation the registry names.)
    if (!demo && !parser.isSet(o.root))
        return usageError(err, Tr::tr("give either --root DIR or --demo [DIR]."));
#endif
    const int actions = int(parser.isSet(o.article)) + int(parser.isSet(o.listBackups)) + int(parser.isSet(o.undo));
    if (actions != 1)
        return usageError(err, Tr::tr("give exactly one of --article, --list-backups or --undo."));
    if (parser.isSet(o.yes) && !parser.isSet(o.fix))
        return usageError(err, Tr::tr("--yes only goes with --fix."));
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
    QList<Target> targets;
    if (demo || parser.isSet(o.root)) {
        targets = Installation::findUnder(root, &findError);
    } else {
        // Windows without --root: the registry's Local_Path (Installation::fromRegistry, read
        // with reg.exe from the system folder), as the wizard's Target page finds it.
        if (std::unique_ptr<Host> registryHost = makeHost(HostKind::Windows, Target(), &findError))
            targets = Installation::fromRegistry(*registryHost, &findError);
        if (!findError && !targets.isEmpty())
            root = targets.constFirst().pccsrv;
        else if (!findError)
            findError = KbError::make(QStringLiteral("target.not-installed"), QString());
    }
    if (findError) {
        const int code = inputError(err, findError);
        if (root.isEmpty()) // nothing in the registry
            usageError(err, Tr::tr("give either --root DIR or --demo [DIR]."));
        return code;
    }

    HostKind hostKind = HostKind::Auto;
    if (!parseHostKind(parser.value(o.host), &hostKind))
        return usageError(err, Tr::tr("unknown host backend \"%1\": use windows, demo or none.")
                                   .arg(parser.value(o.host)));

    if (parser.isSet(o.listBackups))
        return cli::listBackups(targets, out, err);
    if (parser.isSet(o.undo))
        return cli::undoSet(targets, parser.value(o.undo), parser.isSet(o.force), hostKind, out, err);

    QHash<QString, QVariantMap> inputValues;
    if (parser.isSet(o.inputs)) {
        if (KbError e = cli::readInputs(parser.value(o.inputs), &inputValues))
            return inputError(err, e);
    }
    cli::noteSecrets(inputValues, secrets);

    Session session;
    session.setRequestedHostKind(hostKind);
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

    const cli::ArticleRunResult r = cli::runArticles(session, o, parser, articleIds, targets, root, out, err);
    if (r.exitCode)
        return r.exitCode;
    if (!r.ran)
        return usageError(err, Tr::tr("no installation under %1 matches the article.").arg(root));
    if (const int code = cli::writeReports(session, o, parser, out, err))
        return code;
    if (r.unreadable)
        return Exit_Usage;
    if (r.fixFailed)
        return Exit_FixFailed;
    return r.problems ? Exit_Problems : Exit_AllPass;
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
