// The list of articles, and what they share.
#include "articles/articles.h"

#include <QCoreApplication>

namespace kb {

QList<Article> allArticles()
{
    return {articles::updateFailure(), articles::sessionTimeout(), articles::reputationReconnecting()};
}

const Article *findArticle(const QList<Article> &list, const QString &id)
{
    for (const Article &a : list)
        if (a.id == id)
            return &a;
    return nullptr;
}

namespace articles {

QString caseDiagnosticToolInstructions()
{
    return QCoreApplication::translate(
        "kb::articles",
        "Run the Case Diagnostic Tool (CDT) on the server: download it from Trend Micro's "
        "knowledge base (\"Using the CDT to collect all the information needed by Trend Micro "
        "Technical Support\"), reproduce the problem while it records, and send its log together "
        "with this report to Trend Micro Technical Support.");
}

} // namespace articles

} // namespace kb
