// Article 002: "Session has timed out" appears when logging in to the WFBS console.
#include "articles.h"

#include "fixes/elevationcheckedfix.h"
#include "checks/iisanonymouscheck.h"
#include "fixes/iisanonymousfix.h"
#include "checks/iislogscheck.h"
#include "fixes/serviceadvicefix.h"
#include "checks/servicestatecheck.h"
#include "fixes/servicerestartfix.h"
#include "checks/tempfolderaclcheck.h"
#include "fixes/tempfolderaclfix.h"

#include <QCoreApplication>

namespace kb::articles {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::articles::SessionTimeout)
};

// ---- The facts this article relies on (FACTS.md, docs/facts-research.md). ---------------------
// Every [inferred] fact is here once; the checks show it in their evidence with its mark.
const char *const kTempFolder = "Temp";             // [article] ..\PCCSRV\Temp
const char *const kLegacyAccount = "IUSR_%1";       // [article] Windows 2000/2003: IUSR_<ServerName>
const char *const kAccount = "IIS_IUSRS";           // [article] Windows 2008, EBS/SBS 2008 and later
const int kAccountFromMajor = 6;                    // [public] Windows Server 2008 is NT 6.0, 2003 is 5.2
const char *const kGrantRights = "(OI)(CI)(R,W)";   // [article] Read + Write; icacls syntax [public]
// [inferred] Groups every IIS worker identity belongs to, so their entries apply to the account
// (icacls prints localized names: English, German, French, and the SIDs).
const char16_t *const kAccountGroups[] = {
    u"Everyone", u"Jeder", u"Tout le monde", u"S-1-1-0",
    u"BUILTIN\\Users", u"VORDEFINIERT\\Benutzer", u"BUILTIN\\Utilisateurs", u"S-1-5-32-545",
    u"NT AUTHORITY\\Authenticated Users", u"NT-AUTORITÄT\\Authentifizierte Benutzer",
    u"AUTORITE NT\\Utilisateurs authentifiés", u"S-1-5-11",
};
// The console's IIS configuration path: [public] KB 1038560 "Select the OfficeScan website";
// [inferred] an application of that name under Default Web Site (OfficeScan's layout).
const char *const kConsoleSite = "OfficeScan";
const char *const kConsoleApp = "Default Web Site/OfficeScan";
const char *const kWebService = "W3SVC";            // [public] World Wide Web Publishing Service
const char *const kMasterService = "ofcservice";    // [public] Security Server Master Service
// IIS log folders (W3SVC<site id> below each), newest logs for support:
// [public] IIS 7 and later default: logFile directory "%systemdrive%\inetpub\logs\LogFiles"
//   (learn.microsoft.com previous-versions/iis/settings-schema/ms690532, SiteLogFile class);
// [article] "For IIS 7.0: ..\Inetpub\wwwroot\logfiles\W3SVCnumber\";
// [public] IIS 6 default LogFileDirectory "%windir%\System32\LogFiles" (IIS 6.0 SDK ms525240).
const char *const kIis7Logs = "%SystemDrive%\\inetpub\\logs\\LogFiles";
const char *const kArticleLogs = "%SystemDrive%\\inetpub\\wwwroot\\logfiles";
const char *const kIis6Logs = "%windir%\\System32\\LogFiles";
const char *const kLogPattern = "ex*.log";          // [article] exYYMMDD.log
const char *const kUtf8LogPattern = "u_ex*.log";    // [inferred] the UTF-8 variant IIS 7.5+ writes
const int kNewestLogs = 3;                          // how many logs the bundle takes (a choice)

QString mark(const char *m)
{
    return QLatin1String(m);
}

TempFolderAclRule tempAclRule()
{
    TempFolderAclRule r;
    r.folder = QLatin1String(kTempFolder);
    r.legacyAccount = QLatin1String(kLegacyAccount);
    r.account = QLatin1String(kAccount);
    r.legacyBeforeMajor = kAccountFromMajor;
    r.grantRights = QLatin1String(kGrantRights);
    for (const char16_t *g : kAccountGroups)
        r.groups.append(QString::fromUtf16(g));
    r.groupsMark = mark("inferred");
    r.accountNote = Tr::tr("IUSR_<server> on Windows 2000/2003, IIS_IUSRS on 2008 and later [article]");
    return r;
}

QList<IisSiteCandidate> consoleSites()
{
    return {{QLatin1String(kConsoleSite), mark("public")}, {QLatin1String(kConsoleApp), mark("inferred")}};
}

IisLogRule logRule()
{
    IisLogRule r;
    r.sites = consoleSites();
    r.locations = {
        {QLatin1String(kIis7Logs), Tr::tr("IIS 7 and later"), mark("public")},
        {QLatin1String(kArticleLogs), Tr::tr("IIS 7.0, as the article writes it"), mark("article")},
        {QLatin1String(kIis6Logs), Tr::tr("IIS 6"), mark("public")},
    };
    r.patterns = {QLatin1String(kLogPattern), QLatin1String(kUtf8LogPattern)};
    r.patternsMark = Tr::tr("article; u_ex inferred");
    r.newest = kNewestLogs;
    return r;
}

} // namespace

Article sessionTimeout()
{
    Article a;
    a.id = QStringLiteral("session-timeout");
    a.title = Tr::tr("\"Session has timed out\" when logging in to the console");
    a.summary = Tr::tr("After entering the right password the Worry-Free Business Security console "
                   "says the session has timed out (knowledge-base article 002).");
    a.symptoms = {
        Tr::tr("I cannot log in to the web console"),
        Tr::tr("\"Your Worry-Free Business Security Advanced Session has timed out. Please login "
           "again.\""),
        Tr::tr("The console login page comes back after entering the right password"),
    };
    a.products = {Product::Wfbs};
    QStringList groups;
    for (const char16_t *g : kAccountGroups)
        groups.append(QString::fromUtf16(g));
    a.facts = {
        {Tr::tr("temporary folder"), QStringLiteral("PCCSRV\\%1").arg(QLatin1String(kTempFolder)), mark("article")},
        {Tr::tr("account on Windows 2000/2003"), QString(QLatin1String(kLegacyAccount)).arg(QStringLiteral("<server>")), mark("article")},
        {Tr::tr("account on Windows 2008 and later"), QLatin1String(kAccount), mark("article")},
        {Tr::tr("first Windows version with IIS_IUSRS (CurrentVersion)"), QStringLiteral("%1.0").arg(kAccountFromMajor), mark("public")},
        {Tr::tr("rights granted"), QLatin1String(kGrantRights), mark("article")},
        {Tr::tr("groups whose entries apply to the account"), groups.join(QStringLiteral(", ")), mark("inferred")},
        {Tr::tr("IIS web site of the console"), QLatin1String(kConsoleSite), mark("public")},
        {Tr::tr("IIS configuration path tried next"), QLatin1String(kConsoleApp), mark("inferred")},
        {Tr::tr("web service"), QLatin1String(kWebService), mark("public")},
        {Tr::tr("master service"), QLatin1String(kMasterService), mark("public")},
        {Tr::tr("IIS 7 and later log folder"), QLatin1String(kIis7Logs), mark("public")},
        {Tr::tr("IIS 7.0 log folder as the article writes it"), QLatin1String(kArticleLogs), mark("article")},
        {Tr::tr("IIS 6 log folder"), QLatin1String(kIis6Logs), mark("public")},
        {Tr::tr("log file names"), QLatin1String(kLogPattern), mark("article")},
        {Tr::tr("UTF-8 log file names"), QLatin1String(kUtf8LogPattern), mark("inferred")},
    };
    {
        Step s;
        s.id = QStringLiteral("temp-acl");
        s.title = Tr::tr("IIS account may read and write PCCSRV\\Temp");
        s.why = Tr::tr("The console keeps its session files in PCCSRV\\Temp. When the IIS account "
                   "(IIS_IUSRS, or IUSR_<server> on Windows 2000/2003) cannot read and write "
                   "there, every login ends with \"Session has timed out\".");
        s.check = std::make_shared<TempFolderAclCheck>(tempAclRule());
        s.fix = std::make_shared<ElevationCheckedFix>(std::make_shared<TempFolderAclFix>(tempAclRule()));
        a.steps.append(s);
    }
    {
        Step s;
        s.id = QStringLiteral("iis-anonymous");
        s.title = Tr::tr("Console site's anonymous user");
        s.why = Tr::tr("If the folder permissions are right and the console still times out, the "
                   "article sets the OfficeScan web site's Anonymous Authentication to a specific "
                   "user with its password.");
        s.check = std::make_shared<IisAnonymousCheck>(consoleSites());
        s.fix = std::make_shared<ElevationCheckedFix>(std::make_shared<IisAnonymousFix>(consoleSites()));
        s.manual = Tr::tr("After changing the anonymous user, restart the web server and the master "
                      "service (next step).");
        a.steps.append(s);
    }
    {
        Step s;
        s.id = QStringLiteral("restart-services");
        s.title = Tr::tr("Web server and master service running");
        s.why = Tr::tr("The console needs both the World Wide Web Publishing Service and the Security "
                   "Server master service; the article restarts both after a change.");
        s.check = std::make_shared<ElevationNotedCheck>(std::make_shared<ServiceStateCheck>(
            QStringList{QLatin1String(kWebService), QLatin1String(kMasterService)}));
        s.fix = std::make_shared<ElevationCheckedFix>(std::make_shared<ServiceAdviceFix>(
            std::make_shared<ServiceRestartFix>(
                QStringList{QLatin1String(kWebService), QLatin1String(kMasterService)},
                Tr::tr("Restart %1, then %2, waiting until each is running.")
                    .arg(QLatin1String(kWebService), QLatin1String(kMasterService)))));
        a.steps.append(s);
    }
    {
        Step s;
        s.id = QStringLiteral("support-bundle");
        s.title = Tr::tr("Information for Trend Micro support");
        s.why = Tr::tr("If you still cannot log in, Trend Micro support needs the Case Diagnostic "
                   "Tool log and the IIS log of the console site.");
        s.check = std::make_shared<IisLogsCheck>(logRule());
        s.manual = Tr::tr("Create the support bundle (the report and the newest IIS logs of the console "
                      "site, passwords masked) and send it to Trend Micro support.")
                   + QLatin1Char(' ') + caseDiagnosticToolInstructions();
        a.steps.append(s);
    }
    return a;
}

} // namespace kb::articles
