// Article 004: Reputation Service shows "Reconnecting" in OfficeScan.
#include "articles.h"

#include "fixes/elevationcheckedfix.h"
#include "checks/iniflagcheck.h"
#include "fixes/iniflagfix.h"
#include "checks/installercheck.h"
#include "checks/lwcsstatuscheck.h"
#include "fixes/patterndownloadfix.h"
#include "checks/patternfilescheck.h"
#include "fixes/serviceadvice.h"
#include "fixes/servicestartfix.h"
#include "checks/servicestatecheck.h"

#include <QCoreApplication>

namespace kb::articles {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::articles::ReputationReconnecting)
};

// ---- The facts this article relies on (FACTS.md); [inferred] ones only here. ----------------
const char *const kServerConfig = "Private/ofcserver.ini";            // [article]
const char *const kWssSection = "INI_WSS_SECTION";                    // [inferred]
const char *const kWssInstallKey = "WSS_Install";                     // [inferred] "installed"
const char *const kWssEnableKey = "WSS_Enable";                       // [inferred] "enabled"
const char *const kWssOn = "1";                                       // [article] "both set to 1"
// [inferred] FACTS.md's scan for the two entries when those names are absent.
const char *const kWssCandidates = "^(?=.*(?:WSS|LWCS|WRS|ISPS))(?=.*(?:Install|Enable)).*$";
const char *const kWssCandidatesText = "WSS/LWCS/WRS/ISPS + Install/Enable";
const char *const kMasterService = "ofcservice";                      // [public]
const char *const kLwcsService = "TMLWCSService";                     // [public] LWCSService.exe
const char *const kLwcsPortKey = "LWCS_Port";                         // [inferred], in kWssSection
const quint16 kLwcsDefaultPort = 5274;                                // [article]
const char *const kStatusPaths[] = {"/lwcsstatus/isapiLWCSStatus.dll", "/lwcsstatus"}; // [article]
// [inferred] where an ISPS installer would be and what it is called.
const InstallerCheck::Folder kIspsFolders[] = {{QStringLiteral("."), 0},
                                               {QStringLiteral("Admin"), 0},
                                               {QStringLiteral("Admin/Utility"), 2}};
const char *const kIspsNames =
    "(^|[^a-z])i?sps(install\\w*|setup\\w*|tool\\w*)?([^a-z].*)?\\.(exe|msi|zip|cmd|bat)$";
const char *const kIspsIncludedIn = "OfficeScan 10.6 SP1";            // [article]
const char *const kPatternFolder = "LWCS/wcspatterns";                // [article]
const char *const kPatternFilter = "fup*.ptn";                        // [article] "fupxxxxx.ptn"
const int kPatternCount = 2;                                          // [article]
const char *const kUpdateSourceKey = "LWCS_Update_Source";            // [inferred], in kWssSection
const char *const kPatternIds[] = {"P.48040033", "P.48040034"};       // [article]
// [public] server.ini layout (FACTS.md); [inferred]: the archives hold the .ptn files at their
// top level, and a 4th field of a component line, when it is hex, is a digest to check.

QString inferred(const QString &what)
{
    return Tr::tr("%1 [inferred]").arg(what);
}

QStringList statusPaths()
{
    QStringList paths;
    for (const char *p : kStatusPaths)
        paths.append(QLatin1String(p));
    return paths;
}

QStringList patternIds()
{
    QStringList ids;
    for (const char *id : kPatternIds)
        ids.append(QLatin1String(id));
    return ids;
}

IniFlagRule wrsRule()
{
    IniFlagRule r;
    r.file = QLatin1String(kServerConfig);
    r.section = QLatin1String(kWssSection);
    r.keys = {QLatin1String(kWssInstallKey), QLatin1String(kWssEnableKey)};
    r.candidates = QRegularExpression(QLatin1String(kWssCandidates), QRegularExpression::CaseInsensitiveOption);
    r.candidateText = QLatin1String(kWssCandidatesText);
    r.value = QLatin1String(kWssOn);
    r.note = inferred(Tr::tr("section and key name"));
    return r;
}

std::shared_ptr<LwcsStatusCheck> statusCheck()
{
    LwcsStatusCheck::Options o;
    o.portFile = QLatin1String(kServerConfig);
    o.portSection = QLatin1String(kWssSection);
    o.portKey = QLatin1String(kLwcsPortKey);
    o.portNote = inferred(Tr::tr("key"));
    o.defaultPort = kLwcsDefaultPort;
    o.defaultNote = Tr::tr("default %1 [article]").arg(kLwcsDefaultPort);
    o.paths = statusPaths();
    return std::make_shared<LwcsStatusCheck>(o);
}

// The plain advice for every service error, with the article's own reading of 1053 and 1060.
QHash<quint32, QString> lwcsErrorHelp()
{
    QHash<quint32, QString> help = serviceErrorHelp(QLatin1String(kLwcsService));
    const QHash<quint32, QString> article{
        {1053u, Tr::tr("Error 1053 means the service did not answer the start request in time: the "
                   "Local Web Classification Server is damaged or cannot load its patterns. The "
                   "article's remedy is to uninstall and reinstall the Integrated Smart Protection "
                   "Server with the ISPS tool (step isps-tool), then to check LWCS\\wcspatterns "
                   "(step wcspatterns).")},
        {1060u, Tr::tr("The service is not installed: reinstall the Integrated Smart Protection Server "
                   "with the ISPS tool (step isps-tool).")},
    };
    for (auto it = article.cbegin(); it != article.cend(); ++it)
        help.insert(it.key(), it.value());
    return help;
}

} // namespace

Article reputationReconnecting()
{
    Article a;
    a.id = QStringLiteral("reputation-reconnecting");
    a.title = Tr::tr("Reputation Service shows \"Reconnecting\"");
    a.summary = Tr::tr("OfficeScan agents show the Web Reputation service as \"Reconnecting\" while "
                   "the Integrated Smart Protection Server is used (knowledge-base article 004).");
    a.symptoms = {
        Tr::tr("Agents show a red X and \"Reputation service reconnecting\""),
        Tr::tr("\"Unable to connect to the Smart Protection server\" when testing the Integrated "
           "Server"),
        Tr::tr("The Local Web Classification service does not start (Error 1053)"),
    };
    a.products = {Product::Osce};
    const QString wssWhere = QStringLiteral("%1 [%2]").arg(Target::displayPath(QLatin1String(kServerConfig)),
                                                          QLatin1String(kWssSection));
    a.facts = {
        {Tr::tr("server configuration file"), Target::displayPath(QLatin1String(kServerConfig)), QStringLiteral("article")},
        {Tr::tr("section of the Web Reputation entries"), QStringLiteral("[%1]").arg(QLatin1String(kWssSection)), QStringLiteral("inferred")},
        {Tr::tr("entry \"integrated server installed\""), QLatin1String(kWssInstallKey), QStringLiteral("inferred")},
        {Tr::tr("entry \"enabled for Web Reputation\""), QLatin1String(kWssEnableKey), QStringLiteral("inferred")},
        {Tr::tr("value of both entries"), QLatin1String(kWssOn), QStringLiteral("article")},
        {Tr::tr("other keys offered for confirmation"), QLatin1String(kWssCandidatesText), QStringLiteral("inferred")},
        {Tr::tr("master service"), QLatin1String(kMasterService), QStringLiteral("public")},
        {Tr::tr("Local Web Classification Server service"), QLatin1String(kLwcsService), QStringLiteral("public")},
        {Tr::tr("status page port entry"), wssWhere + QLatin1Char(' ') + QLatin1String(kLwcsPortKey), QStringLiteral("inferred")},
        {Tr::tr("default status page port"), QString::number(kLwcsDefaultPort), QStringLiteral("article")},
        {Tr::tr("status pages (no proxy)"), statusPaths().join(QStringLiteral(", ")), QStringLiteral("article")},
        {Tr::tr("ISPS installer: folders and file names searched"), QStringLiteral(". Admin Admin\\Utility; ") + QLatin1String(kIspsNames), QStringLiteral("inferred")},
        {Tr::tr("release that includes the ISPS installer"), QLatin1String(kIspsIncludedIn), QStringLiteral("article")},
        {Tr::tr("pattern folder"), Target::displayPath(QLatin1String(kPatternFolder)), QStringLiteral("article")},
        {Tr::tr("pattern files expected"), QStringLiteral("%1 x %2").arg(kPatternCount).arg(QLatin1String(kPatternFilter)), QStringLiteral("article")},
        {Tr::tr("update source of the Integrated Server"), wssWhere + QLatin1Char(' ') + QLatin1String(kUpdateSourceKey), QStringLiteral("inferred")},
        {Tr::tr("server.ini entries to download"), patternIds().join(QStringLiteral(", ")), QStringLiteral("article")},
        {Tr::tr("server.ini layout: [Server] Server.1, P.<id>=path,version,size"), QStringLiteral("server.ini"), QStringLiteral("public")},
        {Tr::tr("archive layout: pattern files at the top level; a hex 4th field is a digest"), QStringLiteral("server.ini, *.zip"), QStringLiteral("inferred")},
    };

    const auto lwcsStatus = statusCheck();
    {
        Step s;
        s.id = QStringLiteral("wrs-ini");
        s.title = Tr::tr("Web Reputation entries in ofcserver.ini");
        s.why = Tr::tr("The article first makes sure the two entries of %1 that mark the Integrated "
                   "Smart Protection Server as installed and enabled for Web Reputation are both "
                   "set to %2. Their names are not certain, so similar keys are listed too.")
                    .arg(Target::displayPath(QLatin1String(kServerConfig)), QLatin1String(kWssOn));
        s.check = std::make_shared<IniFlagCheck>(wrsRule());
        s.fix = std::make_shared<ElevationCheckedFix>(std::make_shared<IniFlagFix>(
            wrsRule(), QLatin1String(kMasterService),
            Tr::tr("Set the confirmed entries to %1 in %2, then restart the OfficeScan Master Service "
               "(%3).")
                .arg(QLatin1String(kWssOn), Target::displayPath(QLatin1String(kServerConfig)),
                     QLatin1String(kMasterService))));
        a.steps.append(s);
    }
    {
        Step s;
        s.id = QStringLiteral("lwcs-service");
        s.title = Tr::tr("Local Web Classification Server service");
        s.why = Tr::tr("Web Reputation queries from agents are answered by this service; when it is "
                   "stopped or corrupted the agents show \"Reconnecting\".");
        s.check = std::make_shared<ElevationNotedCheck>(
            std::make_shared<ServiceStateCheck>(QStringList{QLatin1String(kLwcsService)}));
        s.fix = std::make_shared<ElevationCheckedFix>(std::make_shared<ServiceStartFix>(
            QStringList{QLatin1String(kLwcsService)}, lwcsErrorHelp(),
            Tr::tr("Start %1 and wait until it is running. If Windows answers with Error 1053 (the "
               "service did not respond in time), the service is corrupted: reinstall the "
               "Integrated Smart Protection Server with the ISPS tool.")
                .arg(QLatin1String(kLwcsService))));
        s.manual = Tr::tr("If the service does not start (Error 1053) or is not installed, reinstall "
                      "the Integrated Smart Protection Server with the ISPS tool (step isps-tool), "
                      "then check the pattern files (step wcspatterns).");
        a.steps.append(s);
    }
    {
        Step s;
        s.id = QStringLiteral("lwcs-status");
        s.title = Tr::tr("Web Reputation status page");
        s.why = Tr::tr("Agents query the Local Web Classification Server over HTTP. The article opens "
                   "its status page from a browser without a proxy: an answer with the status page "
                   "means the connection is OK.");
        s.check = lwcsStatus;
        s.manual = Tr::tr("If it fails, check the connection between the agents and the server (a "
                      "firewall on the Web Reputation port) and the web server log (IIS or Apache).");
        a.steps.append(s);
    }
    {
        Step s;
        s.id = QStringLiteral("isps-tool");
        s.title = Tr::tr("ISPS installer");
        s.why = Tr::tr("A corrupted or missing Local Web Classification service is repaired by "
                   "uninstalling and reinstalling the Integrated Smart Protection Server with the "
                   "ISPS tool.");
        InstallerCheck::Options o;
        for (const InstallerCheck::Folder &f : kIspsFolders)
            o.folders.append(f);
        o.name = QRegularExpression(QLatin1String(kIspsNames), QRegularExpression::CaseInsensitiveOption);
        o.nameText = Tr::tr("ISPS installer or tool");
        o.note = inferred(Tr::tr("folders and file names"));
        o.foundAdvice = Tr::tr("Found an ISPS installer (%1). If the Local Web Classification service "
                           "still fails, use it to uninstall and then reinstall the Integrated "
                           "Smart Protection Server.");
        o.howToGet = Tr::tr("No ISPS installer was found on the server. %1 already includes the ISPS "
                        "installer: install that service pack instead of the standalone hot fix, "
                        "or ask Trend Micro support for the ISPS tool. Then uninstall and "
                        "reinstall the Integrated Smart Protection Server with it.")
                         .arg(QLatin1String(kIspsIncludedIn));
        s.check = std::make_shared<InstallerCheck>(o);
        s.manual = Tr::tr("Run the ISPS tool to uninstall, then reinstall, the Integrated Smart "
                      "Protection Server. If that does not fix the issue, continue with the "
                      "pattern files (step wcspatterns).");
        a.steps.append(s);
    }
    {
        Step s;
        s.id = QStringLiteral("wcspatterns");
        s.title = Tr::tr("Web Reputation pattern files");
        s.why = Tr::tr("The Local Web Classification Server needs its two pattern files (%1) in %2; "
                   "when one is missing, the service cannot answer and agents show "
                   "\"Reconnecting\".")
                    .arg(QLatin1String(kPatternFilter), Target::displayPath(QLatin1String(kPatternFolder)));
        PatternFilesCheck::Options c;
        c.folder = QLatin1String(kPatternFolder);
        c.nameFilter = QLatin1String(kPatternFilter);
        c.minCount = kPatternCount;
        c.note = QStringLiteral("[article]");
        s.check = std::make_shared<PatternFilesCheck>(c);

        PatternDownloadFix::Options o;
        o.sourceFile = QLatin1String(kServerConfig);
        o.sourceSection = QLatin1String(kWssSection);
        o.sourceKey = QLatin1String(kUpdateSourceKey);
        o.sourceNote = inferred(Tr::tr("key"));
        o.componentIds = patternIds();
        o.patternFolder = QLatin1String(kPatternFolder);
        o.patternFilter = QLatin1String(kPatternFilter);
        o.service = QLatin1String(kLwcsService);
        o.serviceErrorHelp = lwcsErrorHelp();
        o.followUps = {{QStringLiteral("lwcs-status"), lwcsStatus}};
        o.description = Tr::tr("Read server.ini from the Integrated Server's update source, download "
                           "%1 from its Server.1 address, check and unpack them into %2 (backed "
                           "up first), restart %3 and check the status page again.")
                            .arg(patternIds().join(QStringLiteral(" + ")),
                                 Target::displayPath(QLatin1String(kPatternFolder)),
                                 QLatin1String(kLwcsService));
        o.notes = {
            Tr::tr("Nothing in %1 changes until both archives are downloaded, checked against "
               "server.ini and unpacked; a failed or cancelled download leaves it as it was.")
                .arg(Target::displayPath(QLatin1String(kPatternFolder))),
            Tr::tr("The download goes directly to the update source, without a proxy."),
            Tr::tr("If %1 then cannot start (Error 1053), the new files are removed again: reinstall "
               "the Integrated Smart Protection Server first (step isps-tool).")
                .arg(QLatin1String(kLwcsService)),
        };
        s.fix = std::make_shared<ElevationCheckedFix>(std::make_shared<PatternDownloadFix>(o));
        s.manual = Tr::tr("Afterwards, log in to the web console and test the connection of the "
                      "Integrated Server: it should now succeed.");
        a.steps.append(s);
    }
    return a;
}

} // namespace kb::articles
