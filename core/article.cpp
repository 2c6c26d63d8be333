#include "article.h"

namespace kb {

const Step *Article::step(const QString &stepId) const
{
    for (const Step &s : steps)
        if (s.id == stepId)
            return &s;
    return nullptr;
}

} // namespace kb
