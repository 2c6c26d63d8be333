#include "fixes/patterndownloadfix.h"

#include "ini/inidocument.h"
#include "net/patterndownload.h"

#include <QCoreApplication>
#include <QUrl>

namespace kb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::PatternDownloadFix)
};
} // namespace

QString PatternDownloadFix::sourceInputId()
{
    return QStringLiteral("source");
}

QString PatternDownloadFix::configuredSource(const CheckContext &ctx) const
{
    KbError err;
    const IniDocument doc = IniDocument::load(ctx.target.path(m_options.sourceFile), &err);
    return err ? QString() : doc.value(m_options.sourceSection, m_options.sourceKey).trimmed();
}

// FACTS.md: where a key name is unknown, offer the values that look like an ActiveUpdate source.
QStringList PatternDownloadFix::candidateSources(const CheckContext &ctx) const
{
    KbError err;
    const IniDocument doc = IniDocument::load(ctx.target.path(m_options.sourceFile), &err);
    QStringList found;
    if (err)
        return found;
    for (const IniDocument::Entry &e : doc.entries())
        if (e.value.contains(QLatin1String("activeupdate"), Qt::CaseInsensitive))
            found.append(QStringLiteral("[%1] %2=%3").arg(e.section, e.key, e.value));
    return found;
}

QList<FixInput> PatternDownloadFix::inputs(const CheckContext &ctx) const
{
    FixInput in;
    in.id = sourceInputId();
    in.kind = FixInput::Kind::Text;
    in.label = Tr::tr("Update source for Web Reputation services (server.ini is read from there)");
    in.defaultValue = configuredSource(ctx);
    const QString where = QStringLiteral("%1 [%2] %3 (%4)")
                              .arg(Target::displayPath(m_options.sourceFile), m_options.sourceSection,
                                   m_options.sourceKey, m_options.sourceNote);
    in.help = in.defaultValue.isEmpty()
                  ? Tr::tr("%1 is not set. Copy the address from the web console: Administration > "
                       "Smart Protection > Integrated Server, \"Update Source for Web Reputation "
                       "services\".").arg(where)
                  : Tr::tr("Read from %1. Compare it with the web console: Administration > Smart "
                       "Protection > Integrated Server, \"Update Source for Web Reputation "
                       "services\".").arg(where);
    const QStringList candidates = candidateSources(ctx);
    if (!candidates.isEmpty())
        in.help += QLatin1Char(' ') + Tr::tr("Values in that file that look like an update source: %1")
                                          .arg(candidates.join(QStringLiteral("; ")));
    return {in};
}

FixPlan PatternDownloadFix::plan(const CheckContext &ctx, const QVariantMap &inputValues) const
{
    FixPlan plan;
    const QString text = inputValues.value(sourceInputId(), configuredSource(ctx)).toString().trimmed();
    const QUrl source(text, QUrl::StrictMode);
    if (text.isEmpty() || !source.isValid() || source.host().isEmpty()
        || (source.scheme() != QLatin1String("http") && source.scheme() != QLatin1String("https"))) {
        plan.error = KbError::make(QStringLiteral("fix.input"),
                                   text.isEmpty()
                                       ? Tr::tr("Enter the update source for Web Reputation services.")
                                       : Tr::tr("\"%1\" is not an http(s) address.").arg(text),
                                   ctx.target.path(m_options.sourceFile));
        return plan;
    }
    PatternDownload::Params p;
    p.source = source;
    p.componentIds = m_options.componentIds;
    p.patternFolder = m_options.patternFolder;
    p.patternFilter = m_options.patternFilter;
    p.timeoutMs = m_options.timeoutMs;
    p.stallTimeoutMs = m_options.stallTimeoutMs;
    p.freeBytes = m_options.freeBytes;
    p.maxDownloadBytes = m_options.maxDownloadBytes;
    p.maxUnpackedBytes = m_options.maxUnpackedBytes;
    plan.prepare = std::make_shared<PatternDownload>(p);
    if (!m_options.service.isEmpty()) {
        HostAction restart;
        restart.kind = HostAction::Kind::RestartService;
        restart.target = m_options.service;
        restart.timeoutMs = 120000;
        restart.errorHelp = m_options.serviceErrorHelp;
        plan.actions.append(restart);
    }
    plan.followUps = m_options.followUps;
    plan.notes = m_options.notes;
    // Security review H3: say plainly what the wizard can and cannot vouch for.
    plan.notes.append(Tr::tr("Trend Micro signs each archive (a .sig file beside it), in a format this "
                             "wizard does not know, so it cannot check that signature. It checks what "
                             "server.ini states (size, and a digest where given), downloads only from "
                             "the update source's host, and writes only the pattern files server.ini "
                             "names (%1 with each component's version).")
                          .arg(m_options.patternFilter));
    if (source.scheme() == QLatin1String("http"))
        plan.notes.append(Tr::tr("The update source uses http: server.ini and the archives travel "
                                 "unencrypted and unauthenticated, so whoever controls the network path "
                                 "could replace them. Prefer an https source where one is available."));
    return plan;
}

} // namespace kb
