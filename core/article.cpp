#include "article.h"

#include "articles/articles.h"

namespace kb {

const Step *Article::step(const QString &stepId) const
{
    for (const Step &s : steps)
        if (s.id == stepId)
            return &s;
    return nullptr;
}

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

} // namespace kb
