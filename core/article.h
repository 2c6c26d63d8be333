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
    // How the article reaches this step (its "if the issue persists", "you may"). The repair
    // plan (core/repair/) reads this; the article files set it.
    enum class Reach {
        Always,     // the article always does this step (in article order)
        IfPersists, // only when the steps before it did not resolve the problem: offered after
                    // the earlier fixes of the same article ran and a problem remains
        Optional,   // advice ("you may ..."): a failing check is shown as warn with the
                    // trade-off, its fix is unticked and never part of --fix all
    };

    QString id;            // FACTS.md step id, e.g. "au-timeout"
    QString title;         // translated
    QString why;           // plain-language reason, translated
    CheckPtr check;        // null for purely manual steps
    FixPtr fix;            // null when the article has no automatic fix
    QString manual;        // what the user does by hand (manual steps, or in addition to a fix)
    Reach reach = Reach::Always;
    QString reachNote;     // the article's own condition in words, translated ("If the issue
                           // persists, ..."); empty for Always
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
