// Article 004: Reputation Service shows "Reconnecting" in OfficeScan.
#include "articles.h"

#include "servicestatecheck.h"

#include <QCoreApplication>

namespace kb::articles {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kb::articles::ReputationReconnecting", text);
}

// ---- The facts this article relies on (FACTS.md). --------------------------------------------
const char *const kLwcsService = "TMLWCSService"; // [public] binary LWCSService.exe

} // namespace

Article reputationReconnecting()
{
    Article a;
    a.id = QStringLiteral("reputation-reconnecting");
    a.title = tr("Reputation Service shows \"Reconnecting\"");
    a.summary = tr("OfficeScan agents show the Web Reputation service as \"Reconnecting\" while "
                   "the Integrated Smart Protection Server is used (knowledge-base article 004).");
    a.symptoms = {
        tr("Agents show a red X and \"Reputation service reconnecting\""),
        tr("\"Unable to connect to the Smart Protection server\" when testing the Integrated "
           "Server"),
        tr("The Local Web Classification service does not start (Error 1053)"),
    };
    a.products = {Product::Osce};
    a.facts = {
        {tr("Local Web Classification Server service"), QLatin1String(kLwcsService), QStringLiteral("public")},
    };
    {
        Step s;
        s.id = QStringLiteral("lwcs-service");
        s.title = tr("Local Web Classification Server service");
        s.why = tr("Web Reputation queries from agents are answered by this service; when it is "
                   "stopped or corrupted the agents show \"Reconnecting\".");
        s.check = std::make_shared<ServiceStateCheck>(QStringList{QLatin1String(kLwcsService)});
        s.fix = std::make_shared<ServiceRestartFix>(
            QStringList{QLatin1String(kLwcsService)},
            tr("Start %1 and wait until it is running. If Windows answers with Error 1053 (the "
               "service did not respond in time), the service is corrupted: reinstall the "
               "Integrated Smart Protection Server with the ISPS tool.")
                .arg(QLatin1String(kLwcsService)));
        a.steps.append(s);
    }
    return a;
}

} // namespace kb::articles
