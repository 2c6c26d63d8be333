// Article 000: "Troubleshooting Security Server update issues in WFBS".
#include "articles.h"

#include "checks/downloadcachecheck.h"
#include "fixes/downloadcachefix.h"
#include "checks/firewallcheck.h"
#include "checks/inivaluecheck.h"
#include "fixes/inivaluefix.h"
#include "checks/proxycheck.h"
#include "fixes/proxyfix.h"
#include "fixes/proxytestcredentials.h"
#include "checks/reachabilitycheck.h"
#include "checks/sourceagreementcheck.h"
#include "checks/updatesourcecheck.h"
#include "fixes/updatesourcefix.h"

#include <QCoreApplication>

namespace kb::articles {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::articles::UpdateFailure)
};

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
// Download timeout as the reachability probe reads it.
const int kAuTimeoutUnitMs = 1000;                                   // [inferred] seconds
const int kAuTimeoutDefaultSeconds = 60;                             // [inferred] when absent

// proxy: the console's proxy fields [article]; where the server stores them [inferred], except
// the password key [public] (its value is a !CRYPTNG! blob the wizard cannot produce).
const char *const kProxyFile = "ofcscan.ini";                        // [inferred]
const char *const kProxySection = "INI_SERVER_SECTION";              // [inferred]
const char *const kProxyEnableKey = "Proxy_Enable";                  // [inferred]
const char *const kProxyTypeKey = "Proxy_Type";                      // [inferred]
const char *const kProxyAddressKey = "Proxy_Addr";                   // [inferred]
const char *const kProxyPortKey = "Proxy_Port";                      // [inferred]
const char *const kProxyUserKey = "Proxy_User";                      // [inferred]
const char *const kProxyPasswordKey = "Proxy_Pwd";                   // [public]
const char *const kProxyTypes[] = {"HTTP", "SOCKS4", "SOCKS5"};      // [inferred] values

// Update source: the three files [article]; the keys [inferred]; candidates are found by scanning
// for values containing kSourceMarker.
struct SourceKey
{
    const char *file, *section, *key;
};
const SourceKey kSourceKeys[] = {
    {"Private/ofcserver.ini", "INI_SERVER_SECTION", "Update_Source"},  // [inferred] primary
    {"ofcscan.ini", "INI_SERVER_SECTION", "ActiveUpdate_Source"},      // [inferred]
    {"wss/AU.ini", "ActiveUpdate", "Source"},                          // [inferred]
};
const SourceKey kSourceTypeKey = {"Private/ofcserver.ini", "INI_SERVER_SECTION", "Update_Source_Type"}; // [inferred]
const char *const kSourceMarker = "activeupdate";                    // [public] host pattern
const char *const kServerIni = "server.ini";                         // [public]
// ActiveUpdate source per WFBS version: the <code>-p.activeupdate.trendmicro.com/activeupdate
// pattern is [public] for OfficeScan; the wfbs codes are [inferred]. KB 1054988 lists 7.0-10.0;
// 6.0 is kept for older servers [inferred].
const char *const kActiveUpdate[][2] = {
    {"10.0", "http://wfbs100-p.activeupdate.trendmicro.com/activeupdate"},
    {"9.5", "http://wfbs95-p.activeupdate.trendmicro.com/activeupdate"},
    {"9.0", "http://wfbs90-p.activeupdate.trendmicro.com/activeupdate"},
    {"8.0", "http://wfbs80-p.activeupdate.trendmicro.com/activeupdate"},
    {"7.0", "http://wfbs70-p.activeupdate.trendmicro.com/activeupdate"},
    {"6.0", "http://wfbs60-p.activeupdate.trendmicro.com/activeupdate"},
};

// firewall: the names the article lists. {code} = the version's ActiveUpdate code ("wfbs100").
const char *const kActiveUpdateHost = "{code}-p.activeupdate.trendmicro.com"; // [inferred]
const char *const kLicenseHost = "licenseupdate.trendmicro.com";     // [public] (other products)
const char *const kSmartScanHost = "{code}.icrc.trendmicro.com";     // [inferred] from osce14.icrc

// disk-cleaner: the tool [public] (KB 1055066); the cache layout and tool folder [inferred].
const char *const kCacheDir = "Download/ActiveUpdate";               // [inferred]
const char *const kCacheIndex = "server.ini";                        // [inferred] copy of server.ini
const char *const kCacheChecksums = "checksum.ini";                  // [inferred]
const char *const kCacheChecksumSection = "Files";                   // [inferred]
const char *const kDiskCleaner = "Admin/Utility/DiskCleaner/TMDiskCleaner.exe"; // name [public], folder [inferred]
const char *const kDiskCleanerArgs = "/hide /log";                   // [public]

IniRule auTimeoutRule()
{
    IniRule r;
    r.file = QLatin1String(kAuConfigFile);
    r.keys = {QLatin1String(kAuTimeoutKey)};
    r.op = IniRule::Op::AtLeast;
    r.value = QLatin1String(kAuTimeoutValue);
    r.fixValue = QLatin1String(kAuTimeoutValue);
    r.expectedText = Tr::tr("%1 or more").arg(QLatin1String(kAuTimeoutValue));
    r.note = Tr::tr("any section; added to [%1] when absent [inferred]").arg(QLatin1String(kAuTimeoutSection));
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
    r.expectedText = Tr::tr("%1 (Site Duplication)").arg(QLatin1String(kSiteDuplication));
    r.note = Tr::tr("%1 = Smart Duplication").arg(QLatin1String(kSmartDuplication));
    return r;
}

UpdateConfigLayout updateLayout()
{
    UpdateConfigLayout l;
    const QString inferredKey = Tr::tr("key name [inferred]");
    for (const SourceKey &k : kSourceKeys)
        l.sourceLocations.append({QLatin1String(k.file), QLatin1String(k.section), QLatin1String(k.key),
                                  Tr::tr("file [article], section and key [inferred]")});
    l.sourceType = {QLatin1String(kSourceTypeKey.file), QLatin1String(kSourceTypeKey.section),
                    QLatin1String(kSourceTypeKey.key), inferredKey};
    l.sourceTypeMeaning = Tr::tr("0 = Trend Micro ActiveUpdate, 1 = another source [inferred]; shown, never changed");
    l.candidateMarker = QLatin1String(kSourceMarker);
    l.serverIniName = QLatin1String(kServerIni);
    for (const auto &row : kActiveUpdate)
        l.activeUpdateSources.append({QLatin1String(row[0]), QLatin1String(row[1])});
    l.activeUpdateNote = Tr::tr("host <code>-p.activeupdate.trendmicro.com [inferred] from the public OfficeScan pattern");
    l.activeUpdateVersionNotes.insert(QStringLiteral("6.0"),
                                      Tr::tr("6.0 is not among the versions the article covers (7.0 to 10.0)"));
    l.downloadTimeout = {QLatin1String(kAuConfigFile), QString(), QLatin1String(kAuTimeoutKey),
                         Tr::tr("key [article]")};
    l.timeoutUnitMs = kAuTimeoutUnitMs;
    l.defaultTimeoutSeconds = kAuTimeoutDefaultSeconds;
    l.timeoutNote = Tr::tr("read as seconds, %L1 s when absent [inferred]").arg(kAuTimeoutDefaultSeconds);

    ProxyLayout &p = l.proxy;
    p.file = QLatin1String(kProxyFile);
    p.section = QLatin1String(kProxySection);
    p.enableKey = QLatin1String(kProxyEnableKey);
    p.typeKey = QLatin1String(kProxyTypeKey);
    p.addressKey = QLatin1String(kProxyAddressKey);
    p.portKey = QLatin1String(kProxyPortKey);
    p.userKey = QLatin1String(kProxyUserKey);
    p.passwordKey = QLatin1String(kProxyPasswordKey);
    p.typeHttp = QLatin1String(kProxyTypes[0]);
    p.typeSocks4 = QLatin1String(kProxyTypes[1]);
    p.typeSocks5 = QLatin1String(kProxyTypes[2]);
    p.httpTypes = {p.typeHttp};
    p.socks4Types = {p.typeSocks4};
    p.socks5Types = {p.typeSocks5, QStringLiteral("SOCKS")};
    p.note = Tr::tr("checked in section %1 of file %2; file, section and key [inferred]")
                 .arg(p.section, Target::displayPath(p.file));
    p.passwordNote = Tr::tr("key name [public]");
    return l;
}

} // namespace

Article updateFailure()
{
    Article a;
    a.id = QStringLiteral("update-failure");
    a.title = Tr::tr("The Security Server is not updating");
    a.summary = Tr::tr("Troubleshooting Security Server update issues in Worry-Free Business Security "
                   "7.0 to 10.0 (knowledge-base article 000).");
    a.symptoms = {
        Tr::tr("The Security Server is not updating"),
        Tr::tr("Manual update works but scheduled update does not"),
        Tr::tr("\"The Security Server was unable to reach the update source\""),
        Tr::tr("Update shows \"100% Not completed\""),
        Tr::tr("\"Generic failure on source network\""),
    };
    a.products = {Product::Wfbs};
    a.facts = {
        {Tr::tr("ActiveUpdate settings file"), Target::displayPath(QLatin1String(kAuConfigFile)), QStringLiteral("article")},
        {Tr::tr("download timeout"), QStringLiteral("%1=%2").arg(QLatin1String(kAuTimeoutKey), QLatin1String(kAuTimeoutValue)), QStringLiteral("article")},
        {Tr::tr("section that gets the timeout when it is absent"), QStringLiteral("[%1]").arg(QLatin1String(kAuTimeoutSection)), QStringLiteral("inferred")},
        {Tr::tr("component settings file"), Target::displayPath(QLatin1String(kComponentFile)), QStringLiteral("article")},
        {Tr::tr("duplication keys"), QStringLiteral("DuplicationAction, DuplicateAction"), QStringLiteral("article")},
        {Tr::tr("keep each key's own spelling when replacing 80 by 0"), Tr::tr("yes"), QStringLiteral("inferred")},
        {Tr::tr("master service"), QLatin1String(kMasterService), QStringLiteral("public")},
        {Tr::tr("download timeout unit, and its value when absent"), Tr::tr("seconds; %L1 s").arg(kAuTimeoutDefaultSeconds), QStringLiteral("inferred")},
        {Tr::tr("proxy settings"), QStringLiteral("%1 [%2] %3, %4, %5, %6, %7")
             .arg(Target::displayPath(QLatin1String(kProxyFile)), QLatin1String(kProxySection), QLatin1String(kProxyEnableKey),
                  QLatin1String(kProxyTypeKey), QLatin1String(kProxyAddressKey), QLatin1String(kProxyPortKey),
                  QLatin1String(kProxyUserKey)), QStringLiteral("inferred")},
        {Tr::tr("proxy password key (encrypted by the product, never written)"), QLatin1String(kProxyPasswordKey), QStringLiteral("public")},
        {Tr::tr("proxy types as stored"), QStringLiteral("HTTP, SOCKS4, SOCKS5"), QStringLiteral("inferred")},
    };
    for (const SourceKey &k : kSourceKeys)
        a.facts.append({Tr::tr("update source line"), QStringLiteral("%1 [%2] %3").arg(Target::displayPath(QLatin1String(k.file)),
                                                                                  QLatin1String(k.section), QLatin1String(k.key)),
                        QStringLiteral("inferred")});
    a.facts.append({Tr::tr("update source type"), QStringLiteral("%1 [%2] %3").arg(Target::displayPath(QLatin1String(kSourceTypeKey.file)),
                                                                             QLatin1String(kSourceTypeKey.section), QLatin1String(kSourceTypeKey.key)),
                    QStringLiteral("inferred")});
    for (const auto &row : kActiveUpdate)
        a.facts.append({Tr::tr("ActiveUpdate source for %1").arg(QLatin1String(row[0])), QLatin1String(row[1]), QStringLiteral("inferred")});
    a.facts.append({Tr::tr("host names for the firewall"), QStringLiteral("%1, %2").arg(QLatin1String(kActiveUpdateHost), QLatin1String(kSmartScanHost)), QStringLiteral("inferred")});
    a.facts.append({Tr::tr("license server"), QLatin1String(kLicenseHost), QStringLiteral("public")});
    a.facts.append({Tr::tr("download cache, its index and checksum list"),
                    QStringLiteral("%1: %2, %3 [%4]").arg(Target::displayPath(QLatin1String(kCacheDir)), QLatin1String(kCacheIndex),
                                                          QLatin1String(kCacheChecksums), QLatin1String(kCacheChecksumSection)),
                    QStringLiteral("inferred")});
    a.facts.append({Tr::tr("Disk Cleaner location"), Target::displayPath(QLatin1String(kDiskCleaner)), QStringLiteral("inferred")});
    a.facts.append({Tr::tr("removing a damaged cache file and its .sig makes the next update download it again"),
                    Tr::tr("yes"), QStringLiteral("inferred")});

    const UpdateConfigLayout layout = updateLayout();
    // The proxy password typed into the proxy form: memory only, shared by the network checks.
    const auto credentials = std::make_shared<ProxyTestCredentials>();
    const ReachabilityCheck::StepIds ids{QStringLiteral("proxy"), QStringLiteral("au-source"),
                                         QStringLiteral("firewall"), QStringLiteral("au-timeout")};
    const auto reachability = std::make_shared<ReachabilityCheck>(layout, credentials, ids);
    const auto sourceCheck = std::make_shared<UpdateSourceCheck>(layout, credentials);
    const auto agreementCheck = std::make_shared<SourceAgreementCheck>(layout);

    {
        Step s;
        s.id = QStringLiteral("au-timeout");
        s.title = Tr::tr("Update download timeout");
        s.why = Tr::tr("Slow downloads from the update source time out and the update fails. The "
                   "article raises the ActiveUpdate timeout to %1.")
                    .arg(QLatin1String(kAuTimeoutValue));
        s.check = std::make_shared<IniValueCheck>(QList<IniRule>{auTimeoutRule()});
        IniValueFix::Options o;
        o.insertSection = QLatin1String(kAuTimeoutSection);
        o.description = Tr::tr("Set timeout=%1 in %2 (raised where it is; added when absent).")
                            .arg(QLatin1String(kAuTimeoutValue),
                                 Target::displayPath(QLatin1String(kAuConfigFile)));
        s.fix = std::make_shared<IniValueFix>(QList<IniRule>{auTimeoutRule()}, o);
        s.manual = Tr::tr("After the fix, start a manual update and check that it completes.");
        a.steps.append(s);
    }
    {
        Step s;
        s.id = QStringLiteral("proxy");
        s.title = Tr::tr("The server's proxy for updates");
        s.why = Tr::tr("The scheduled update runs as the Security Server service, so it uses the proxy set in "
                   "the server's own settings, not the browser's: a manual update from a browser session "
                   "can work while the scheduled one fails. A wrong address, port or password stops it.");
        s.check = std::make_shared<ProxyCheck>(layout, credentials);
        s.fix = std::make_shared<ProxyFix>(layout, credentials,
                                           QList<FollowUpCheck>{{QStringLiteral("au-reachability"), reachability}});
        s.manual = Tr::tr("Type the proxy password in the console (Administration > Global Settings > Proxy): the "
                      "product stores it encrypted, so the wizard never writes it.");
        a.steps.append(s);
    }
    {
        Step s;
        s.id = QStringLiteral("au-reachability");
        s.title = Tr::tr("Can the server reach the update source?");
        s.why = Tr::tr("\"Unable to reach the update source\" and \"Generic failure on source network\" mean one "
                   "stage of the download failed: name lookup, connection, proxy, TLS, the server's answer, "
                   "or time. This step finds which, and how long each stage took.");
        s.check = reachability;
        a.steps.append(s);
    }
    {
        Step s;
        s.id = QStringLiteral("au-source");
        s.title = Tr::tr("Update source for this version");
        s.why = Tr::tr("Each Worry-Free version downloads from its own ActiveUpdate source; a source for another "
                   "version, or a custom source that does not answer, leaves the server without updates.");
        s.check = sourceCheck;
        s.fix = std::make_shared<UpdateSourceFix>(
            layout, UpdateSourceFix::Mode::SwitchSource,
            QList<FollowUpCheck>{{QStringLiteral("update-source-config"), agreementCheck},
                                 {QStringLiteral("au-reachability"), reachability}});
        a.steps.append(s);
    }
    {
        Step s;
        s.id = QStringLiteral("firewall");
        s.title = Tr::tr("Firewall allow-list");
        s.why = Tr::tr("A firewall that blocks Trend Micro's servers stops the download. The article resolves each "
                   "server name and allows its address block (the last octet from .0 to .255).");
        s.check = std::make_shared<FirewallCheck>(
            layout,
            QList<FirewallCheck::HostName>{
                {Tr::tr("ActiveUpdate (pattern and engine downloads)"), QLatin1String(kActiveUpdateHost), Tr::tr("name [inferred]")},
                {Tr::tr("license update"), QLatin1String(kLicenseHost), Tr::tr("name [public] for other Trend Micro products")},
                {Tr::tr("Smart Scan (Smart Protection Network)"), QLatin1String(kSmartScanHost), Tr::tr("name [inferred]")},
            },
            QStringList{Tr::tr("antispam update server"), Tr::tr("AutoUpdate server"), Tr::tr("Outbreak Prevention Policy (OPP) server")});
        s.manual = Tr::tr("Give the allow-list to the firewall administrator; after the change, run this step again.");
        a.steps.append(s);
    }
    {
        Step s;
        s.id = QStringLiteral("update-source-config");
        s.title = Tr::tr("Update source settings agree");
        s.why = Tr::tr("The update source is stored in several files; when they disagree, parts of the server "
                   "download from a different source than the console shows.");
        s.check = agreementCheck;
        s.fix = std::make_shared<UpdateSourceFix>(
            layout, UpdateSourceFix::Mode::MakeAgree,
            QList<FollowUpCheck>{{QStringLiteral("au-source"), sourceCheck},
                                 {QStringLiteral("au-reachability"), reachability}});
        a.steps.append(s);
    }
    {
        Step s;
        s.id = QStringLiteral("disk-cleaner");
        s.title = Tr::tr("Damaged files in the download cache");
        s.why = Tr::tr("A truncated or empty pattern file in the server's download cache makes every update stop "
                   "at \"100% Not completed\". The article cleans the cache with Disk Cleaner.");
        DownloadCacheCheck::Layout c;
        c.cacheDir = QLatin1String(kCacheDir);
        c.indexFile = QLatin1String(kCacheIndex);
        c.checksumFile = QLatin1String(kCacheChecksums);
        c.checksumSection = QLatin1String(kCacheChecksumSection);
        c.toolPath = QLatin1String(kDiskCleaner);
        c.toolArguments = QLatin1String(kDiskCleanerArgs);
        c.note = Tr::tr("cache folder, index and checksum list [inferred]");
        c.toolNote = Tr::tr("TMDiskCleaner.exe [public]; its folder on the server [inferred]");
        const auto cacheCheck = std::make_shared<DownloadCacheCheck>(c);
        s.check = cacheCheck;
        // Removes the damaged files and their .sig (backed up, undoable); never runs Disk Cleaner.
        s.fix = std::make_shared<DownloadCacheFix>(cacheCheck);
        s.manual = Tr::tr("Instead of the fix, you can run Disk Cleaner (TMDiskCleaner.exe %1, from Trend Micro "
                      "KB 1055066) on the server, or delete the damaged files this step lists together with "
                      "their .sig files; then start a manual update so they are downloaded again.")
                       .arg(QLatin1String(kDiskCleanerArgs));
        a.steps.append(s);
    }
    {
        Step s;
        s.id = QStringLiteral("duplication-action");
        s.title = Tr::tr("Smart Duplication of components");
        s.why = Tr::tr("With Smart Duplication (%1) the server keeps every component version to "
                   "download only increments; switching to Site Duplication (%2) downloads full "
                   "patterns instead, which resolves corrupted increments.")
                    .arg(QLatin1String(kSmartDuplication), QLatin1String(kSiteDuplication));
        s.check = std::make_shared<IniValueCheck>(QList<IniRule>{duplicationRule()});
        IniValueFix::Options o;
        o.restartService = QLatin1String(kMasterService);
        o.description = Tr::tr("Replace every DuplicationAction/DuplicateAction value of %1 with %2 in "
                           "%3, keeping each key's own spelling, then restart the Security Server "
                           "master service.")
                            .arg(QLatin1String(kSmartDuplication), QLatin1String(kSiteDuplication),
                                 Target::displayPath(QLatin1String(kComponentFile)));
        o.notes = {Tr::tr("Trade-off: Site Duplication uses more bandwidth on every update but less "
                      "disk space on the server.")};
        s.fix = std::make_shared<IniValueFix>(QList<IniRule>{duplicationRule()}, o);
        a.steps.append(s);
    }
    {
        Step s;
        s.id = QStringLiteral("support-bundle");
        s.title = Tr::tr("Information for Trend Micro support");
        s.why = Tr::tr("If updates still fail, Trend Micro support needs the Case Diagnostic Tool log "
                   "and this report.");
        s.manual = caseDiagnosticToolInstructions();
        a.steps.append(s);
    }
    return a;
}

} // namespace kb::articles
