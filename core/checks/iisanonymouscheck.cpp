#include "checks/iisanonymouscheck.h"

#include "fixes/elevationcheckedfix.h"

#include <QCoreApplication>

namespace kb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::IisAnonymousCheck)
};

} // namespace

QString IisAnonymousCheck::describeIdentity(const IisAnonymousIdentity &id)
{
    if (!id.enabled)
        return Tr::tr("disabled");
    if (id.userName.isEmpty())
        return Tr::tr("the application pool identity");
    return id.hasPassword ? Tr::tr("the specific user %1 (a password is stored)").arg(id.userName)
                          : Tr::tr("the specific user %1 (no password stored)").arg(id.userName);
}

CheckResult IisAnonymousCheck::run(const CheckContext &ctx) const
{
    CheckResult result;
    NullHost none;
    Host &host = ctx.host ? *ctx.host : static_cast<Host &>(none);
    const ConsoleSite site = findConsoleSite(host, m_candidates);
    result.evidence = site.skipped;
    if (site.error) {
        result.status = Status::Error;
        result.message = Tr::tr("Could not read the Anonymous Authentication settings of the console "
                            "site: %1").arg(site.error.message);
        appendElevationEvidence(ctx, &result);
        return result;
    }

    EvidenceRow identity;
    identity.item = Tr::tr("IIS site \"%1\", Anonymous Authentication").arg(site.path);
    identity.found = describeIdentity(site.identity);
    identity.expected = Tr::tr("enabled, a specific user");
    identity.note = Tr::tr("site path [%1]").arg(site.mark);
    result.evidence.append(identity);
    if (!site.identity.rawSection.isEmpty()) {
        EvidenceRow section;
        section.item = Tr::tr("IIS site \"%1\", configuration as read").arg(site.path);
        section.found = site.identity.rawSection.simplified(); // the password is already masked
        result.evidence.append(section);
    }

    if (!site.identity.enabled) {
        result.status = Status::Fail;
        result.message = Tr::tr("Anonymous Authentication is disabled for the IIS site %1: the console "
                            "cannot serve its login pages. Enable it in IIS Manager (Authentication, "
                            "Anonymous Authentication, Enable).").arg(site.path);
    } else if (site.identity.userName.isEmpty()) {
        result.status = Status::Fail;
        result.message = Tr::tr("The IIS site %1 runs anonymous requests as the application pool "
                            "identity; the article sets a specific user with its password.")
                             .arg(site.path);
    } else {
        result.status = Status::Pass;
        result.message = Tr::tr("The IIS site %1 runs anonymous requests as %2.")
                             .arg(site.path, describeIdentity(site.identity));
    }
    appendElevationEvidence(ctx, &result);
    return result;
}

} // namespace kb
