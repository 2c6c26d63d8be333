// Article 000: "Troubleshooting Security Server update issues in WFBS".
#include "articles.h"

#include "inivaluecheck.h"
#include "inivaluefix.h"

#include <QCoreApplication>

namespace kb::articles {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kb::articles::UpdateFailure", text);
}

// ---- The facts this article relies on (FACTS.md); [inferred] ones only here. ----------------
const char *const kAuConfigFile = "Admin/aucfg.ini";                 // [article]
const char *const kAuTimeoutKey = "timeout";                         // [article]
const char *const kAuTimeoutValue = "99999";                         // [article]
const char *const kAuTimeoutSection = "Downloader";                  // [inferred]
const char *const kComponentFile = "Private/component.ini";          // [article]
const char *const kDuplicationKeys[] = {"DuplicationAction", "DuplicateAction"}; // [article] both spellings
const char *const kSmartDuplication = "80";                          // [article]
const char *const kSiteDuplication = "0";                            // [article]
const char *const kMasterService = "ofcservice";                     // [public]

IniRule auTimeoutRule()
{
    IniRule r;
    r.file = QLatin1String(kAuConfigFile);
    r.keys = {QLatin1String(kAuTimeoutKey)};
    r.op = IniRule::Op::AtLeast;
    r.value = QLatin1String(kAuTimeoutValue);
    r.fixValue = QLatin1String(kAuTimeoutValue);
    r.expectedText = tr("%1 or more").arg(QLatin1String(kAuTimeoutValue));
    r.note = tr("any section; added to [%1] when absent [inferred]").arg(QLatin1String(kAuTimeoutSection));
    return r;
}

IniRule duplicationRule()
{
    IniRule r;
    r.file = QLatin1String(kComponentFile);
    for (const char *k : kDuplicationKeys)
        r.keys.append(QLatin1String(k));
    r.op = IniRule::Op::NotEquals;
    r.value = QLatin1String(kSmartDuplication);
    r.fixValue = QLatin1String(kSiteDuplication);
    r.absentFails = false;
    r.expectedText = tr("%1 (Site Duplication)").arg(QLatin1String(kSiteDuplication));
    r.note = tr("%1 = Smart Duplication").arg(QLatin1String(kSmartDuplication));
    return r;
}

} // namespace

Article updateFailure()
{
    Article a;
    a.id = QStringLiteral("update-failure");
    a.title = tr("The Security Server is not updating");
    a.summary = tr("Troubleshooting Security Server update issues in Worry-Free Business Security "
                   "7.0 to 10.0 (knowledge-base article 000).");
    a.symptoms = {
        tr("The Security Server is not updating"),
        tr("Manual update works but scheduled update does not"),
        tr("\"The Security Server was unable to reach the update source\""),
        tr("Update shows \"100% Not completed\""),
        tr("\"Generic failure on source network\""),
    };
    a.products = {Product::Wfbs};
    a.facts = {
        {tr("ActiveUpdate settings file"), Target::displayPath(QLatin1String(kAuConfigFile)), QStringLiteral("article")},
        {tr("download timeout"), QStringLiteral("%1=%2").arg(QLatin1String(kAuTimeoutKey), QLatin1String(kAuTimeoutValue)), QStringLiteral("article")},
        {tr("section that gets the timeout when it is absent"), QStringLiteral("[%1]").arg(QLatin1String(kAuTimeoutSection)), QStringLiteral("inferred")},
        {tr("component settings file"), Target::displayPath(QLatin1String(kComponentFile)), QStringLiteral("article")},
        {tr("duplication keys"), QStringLiteral("DuplicationAction, DuplicateAction"), QStringLiteral("article")},
        {tr("keep each key's own spelling when replacing 80 by 0"), tr("yes"), QStringLiteral("inferred")},
        {tr("master service"), QLatin1String(kMasterService), QStringLiteral("public")},
    };

    {
        Step s;
        s.id = QStringLiteral("au-timeout");
        s.title = tr("Update download timeout");
        s.why = tr("Slow downloads from the update source time out and the update fails. The "
                   "article raises the ActiveUpdate timeout to %1.")
                    .arg(QLatin1String(kAuTimeoutValue));
        s.check = std::make_shared<IniValueCheck>(QList<IniRule>{auTimeoutRule()});
        IniValueFix::Options o;
        o.insertSection = QLatin1String(kAuTimeoutSection);
        o.description = tr("Set timeout=%1 in %2 (raised where it is; added when absent).")
                            .arg(QLatin1String(kAuTimeoutValue),
                                 Target::displayPath(QLatin1String(kAuConfigFile)));
        s.fix = std::make_shared<IniValueFix>(QList<IniRule>{auTimeoutRule()}, o);
        s.manual = tr("After the fix, start a manual update and check that it completes.");
        a.steps.append(s);
    }
    {
        Step s;
        s.id = QStringLiteral("duplication-action");
        s.title = tr("Smart Duplication of components");
        s.why = tr("With Smart Duplication (%1) the server keeps every component version to "
                   "download only increments; switching to Site Duplication (%2) downloads full "
                   "patterns instead, which resolves corrupted increments.")
                    .arg(QLatin1String(kSmartDuplication), QLatin1String(kSiteDuplication));
        s.check = std::make_shared<IniValueCheck>(QList<IniRule>{duplicationRule()});
        IniValueFix::Options o;
        o.restartService = QLatin1String(kMasterService);
        o.description = tr("Replace every DuplicationAction/DuplicateAction value of %1 with %2 in "
                           "%3, keeping each key's own spelling, then restart the Security Server "
                           "master service.")
                            .arg(QLatin1String(kSmartDuplication), QLatin1String(kSiteDuplication),
                                 Target::displayPath(QLatin1String(kComponentFile)));
        o.notes = {tr("Trade-off: Site Duplication uses more bandwidth on every update but less "
                      "disk space on the server.")};
        s.fix = std::make_shared<IniValueFix>(QList<IniRule>{duplicationRule()}, o);
        a.steps.append(s);
    }
    {
        Step s;
        s.id = QStringLiteral("support-bundle");
        s.title = tr("Information for Trend Micro support");
        s.why = tr("If updates still fail, Trend Micro support needs the Case Diagnostic Tool log "
                   "and this report.");
        s.manual = caseDiagnosticToolInstructions();
        a.steps.append(s);
    }
    return a;
}

QString caseDiagnosticToolInstructions()
{
    return QCoreApplication::translate(
        "kb::articles",
        "Run the Case Diagnostic Tool (CDT) on the server: download it from Trend Micro's "
        "knowledge base (\"Using the CDT to collect all the information needed by Trend Micro "
        "Technical Support\"), reproduce the problem while it records, and send its log together "
        "with this report to Trend Micro Technical Support.");
}

} // namespace kb::articles
