#include "checks/updatesourcecheck.h"

#include "net/probereport.h"
#include "fixes/proxytestcredentials.h"
#include "ini/updateconfig.h"

#include <QCoreApplication>

namespace kb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::UpdateSourceCheck)
};
} // namespace

UpdateSourceCheck::UpdateSourceCheck(UpdateConfigLayout layout,
                                     std::shared_ptr<ProxyTestCredentials> credentials, int probeTimeoutMs)
    : m_layout(std::move(layout)), m_credentials(std::move(credentials)), m_probeTimeoutMs(probeTimeoutMs)
{
}

CheckResult UpdateSourceCheck::run(const CheckContext &ctx) const
{
    const UpdateConfig cfg = UpdateConfig::read(ctx, m_layout, m_credentials.get());
    CheckResult result;
    result.evidence = cfg.sourceEvidence;
    const QString version = ctx.target.version;
    const QString expected = UpdateConfig::activeUpdateSourceFor(m_layout, version);

    EvidenceRow v;
    v.item = Tr::tr("detected version");
    v.found = version.isEmpty() ? Tr::tr("(unknown)") : version;
    v.note = ctx.target.versionEvidence;
    result.evidence.append(v);
    EvidenceRow au;
    au.item = Tr::tr("ActiveUpdate source for version %1").arg(version);
    au.found = expected.isEmpty() ? Tr::tr("(version not in the table)") : expected;
    au.note = m_layout.activeUpdateNote;
    for (const auto &row : m_layout.activeUpdateSources)
        if (row.second == expected && m_layout.activeUpdateVersionNotes.contains(row.first))
            au.note += QStringLiteral("; ") + m_layout.activeUpdateVersionNotes.value(row.first);
    result.evidence.append(au);
    // The known source lines come first in the evidence: they should all name `expected`.
    for (qsizetype i = 0; i < m_layout.sourceLocations.size() && i < result.evidence.size(); ++i)
        result.evidence[i].expected = expected;

    const QString current = cfg.primarySource;
    if (current.isEmpty()) {
        result.status = Status::Warn;
        result.message = Tr::tr("No known setting holds the update source. The lines shown were found by "
                            "scanning; confirm in the console (Updates > Source) which one is used.");
        return result;
    }
    if (expected.isEmpty()) {
        result.status = Status::Warn;
        result.message = Tr::tr("The update source is %1, but version \"%2\" has no known ActiveUpdate source to "
                            "compare with.").arg(current, version);
        return result;
    }
    if (UpdateConfig::normalized(current) == UpdateConfig::normalized(expected)) {
        result.status = Status::Pass;
        result.message = Tr::tr("The update source is the ActiveUpdate source for version %1.").arg(version);
        return result;
    }
    const QString otherVersion = UpdateConfig::versionOfSource(m_layout, current);
    if (!otherVersion.isEmpty() && otherVersion != version) {
        result.status = Status::Fail;
        //: %1 = URL, %2 = its version, %3 = the server's version, %4 = the right URL
        result.message = Tr::tr("The update source %1 is the ActiveUpdate source for version %2, but this server "
                            "is version %3. The source for %3 is %4.")
                             .arg(current, otherVersion, version, expected);
        return result;
    }

    // A custom (alternate) source: kept if it answers.
    HttpRequest req;
    req.url = UpdateConfig::serverIniUrl(m_layout, current);
    req.proxy = cfg.proxy;
    req.timeoutMs = m_probeTimeoutMs;
    req.stallTimeoutMs = qMin(m_probeTimeoutMs, 8000);
    req.maxBodyBytes = 4 << 20;
    req.cancelled = ctx.cancelled;
    const HttpResult r = httpGet(req);
    result.evidence.append(ProbeReport::rows(req, r));
    if (r.ok()) {
        result.status = Status::Pass;
        result.message = Tr::tr("The update source is a custom source, %1, and it answers. It is kept.").arg(current);
    } else if (r.failedStage == HttpStage::Cancelled) {
        result.status = Status::Error;
        result.message = r.error;
    } else {
        result.status = Status::Fail;
        result.message = Tr::tr("The custom update source %1 does not answer (%2). Switch to the ActiveUpdate "
                            "source %3 or enter another source.")
                             .arg(current,
                                  r.failedStage == HttpStage::None ? Tr::tr("HTTP %1").arg(r.status) : r.error,
                                  expected);
    }
    return result;
}

} // namespace kb
