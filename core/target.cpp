#include "target.h"

#include <QDir>

namespace kb {

QString productId(Product p)
{
    switch (p) {
    case Product::Wfbs: return QStringLiteral("wfbs");
    case Product::Osce: return QStringLiteral("osce");
    case Product::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString productName(Product p)
{
    switch (p) {
    case Product::Wfbs: return QStringLiteral("Worry-Free Business Security");
    case Product::Osce: return QStringLiteral("OfficeScan");
    case Product::Unknown: break;
    }
    return QStringLiteral("Unknown product");
}

Product productFromId(const QString &id)
{
    if (id.compare(QLatin1String("wfbs"), Qt::CaseInsensitive) == 0)
        return Product::Wfbs;
    if (id.compare(QLatin1String("osce"), Qt::CaseInsensitive) == 0)
        return Product::Osce;
    return Product::Unknown;
}

QString Target::path(const QString &relative) const
{
    QString rel = relative;
    rel.replace(QLatin1Char('\\'), QLatin1Char('/'));
    return QDir(pccsrv).filePath(rel);
}

QString Target::displayPath(const QString &relative)
{
    QString rel = relative;
    rel.replace(QLatin1Char('/'), QLatin1Char('\\'));
    return rel;
}

} // namespace kb
