// Article 002: "Session has timed out" appears when logging in to the WFBS console.
#include "articles.h"

#include "servicestatecheck.h"

#include <QCoreApplication>

namespace kb::articles {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kb::articles::SessionTimeout", text);
}

// ---- The facts this article relies on (FACTS.md). --------------------------------------------
const char *const kWebService = "W3SVC";         // [public] World Wide Web Publishing Service
const char *const kMasterService = "ofcservice"; // [public] Security Server Master Service
const char *const kTempFolder = "Temp";          // [article] PCCSRV\Temp
const char *const kConsoleSite = "OfficeScan";   // [public] KB 1038560: "Select the OfficeScan website"

} // namespace

Article sessionTimeout()
{
    Article a;
    a.id = QStringLiteral("session-timeout");
    a.title = tr("\"Session has timed out\" when logging in to the console");
    a.summary = tr("After entering the right password the Worry-Free Business Security console "
                   "says the session has timed out (knowledge-base article 002).");
    a.symptoms = {
        tr("I cannot log in to the web console"),
        tr("\"Your Worry-Free Business Security Advanced Session has timed out. Please login "
           "again.\""),
        tr("The console login page comes back after entering the right password"),
    };
    a.products = {Product::Wfbs};
    a.facts = {
        {tr("temporary folder"), QStringLiteral("PCCSRV\\%1").arg(QLatin1String(kTempFolder)), QStringLiteral("article")},
        {tr("IIS web site of the console"), QLatin1String(kConsoleSite), QStringLiteral("public")},
        {tr("web service"), QLatin1String(kWebService), QStringLiteral("public")},
        {tr("master service"), QLatin1String(kMasterService), QStringLiteral("public")},
    };
    {
        Step s;
        s.id = QStringLiteral("restart-services");
        s.title = tr("Web server and master service running");
        s.why = tr("The console needs both the World Wide Web Publishing Service and the Security "
                   "Server master service; the article restarts both after a change.");
        s.check = std::make_shared<ServiceStateCheck>(
            QStringList{QLatin1String(kWebService), QLatin1String(kMasterService)});
        s.fix = std::make_shared<ServiceRestartFix>(
            QStringList{QLatin1String(kWebService), QLatin1String(kMasterService)},
            tr("Restart %1, then %2, waiting until each is running.")
                .arg(QLatin1String(kWebService), QLatin1String(kMasterService)));
        a.steps.append(s);
    }
    {
        Step s;
        s.id = QStringLiteral("support-bundle");
        s.title = tr("Information for Trend Micro support");
        s.why = tr("If you still cannot log in, Trend Micro support needs the Case Diagnostic "
                   "Tool log and the IIS log of the console site.");
        s.manual = caseDiagnosticToolInstructions() + QLatin1Char(' ')
                   + tr("Also attach the newest IIS log of the console site: IIS 7 and later "
                        "%SystemDrive%\\inetpub\\logs\\LogFiles\\W3SVC<site id>\\exYYMMDD.log, "
                        "IIS 6 %windir%\\System32\\LogFiles\\W3SVC<site id>\\exYYMMDD.log.");
        a.steps.append(s);
    }
    return a;
}

} // namespace kb::articles
