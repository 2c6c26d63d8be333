#pragma once

#include "article.h"

namespace kb {

// All articles, built fresh (so texts follow the current translator).
QList<Article> allArticles();
// Null when unknown.
const Article *findArticle(const QList<Article> &articles, const QString &id);

} // namespace kb

// One function (and one source file) per knowledge-base article. Each file starts with the
// table of facts the article relies on; [inferred] facts live only there.
namespace kb::articles {

Article updateFailure();          // 000: the Security Server is not updating (WFBS)
Article sessionTimeout();         // 002: "Session has timed out" at console login (WFBS)
Article reputationReconnecting(); // 004: Reputation Service "Reconnecting" (OfficeScan)

// Text shared by the articles' "collect for support" steps.
QString caseDiagnosticToolInstructions();

} // namespace kb::articles
