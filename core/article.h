#pragma once

#include "check.h"
#include "fixes/fix.h"
#include "target.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kb {

// A fact the article relies on, with how sure we are of it (FACTS.md's marks).
struct Fact
{
    QString name;   // e.g. "au-timeout section"
    QString value;  // e.g. "[Downloader]"
    QString mark;   // "article", "public", "inferred"
};

struct Step
{
    QString id;            // FACTS.md step id, e.g. "au-timeout"
    QString title;         // translated
    QString why;           // plain-language reason, translated
    CheckPtr check;        // null for purely manual steps
    FixPtr fix;            // null when the article has no automatic fix
    QString manual;        // what the user does by hand (manual steps, or in addition to a fix)
};

struct Article
{
    QString id;            // "update-failure", "session-timeout", "reputation-reconnecting"
    QString title;         // translated
    QString summary;       // translated
    QStringList symptoms;  // in users' words, translated
    QList<Product> products;
    QList<Fact> facts;     // the article's table of [inferred]/[public] facts
    QList<Step> steps;

    const Step *step(const QString &stepId) const;
    bool appliesTo(Product p) const { return products.contains(p); }
};

} // namespace kb
