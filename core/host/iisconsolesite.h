#pragma once

#include "checkresult.h"
#include "host/host.h"

#include <QList>
#include <QString>

namespace kb {

// One IIS configuration path the console may live at, with how sure we are of it (FACTS mark).
struct IisSiteCandidate
{
    QString path;  // "OfficeScan", "Default Web Site/OfficeScan"
    QString mark;  // "public", "inferred"
};

// The console's IIS configuration path: the first candidate whose anonymous authentication the
// host can read (WFBS has its own "OfficeScan" site; OfficeScan puts an application of that name
// under "Default Web Site").
struct ConsoleSite
{
    QString path;                     // empty when no candidate answered
    QString mark;
    IisAnonymousIdentity identity;
    QList<EvidenceRow> skipped;       // candidates tried before it, with the host's answer
    KbError error;                    // no candidate answered: the first candidate's error

    QString siteName() const { return path.section(QLatin1Char('/'), 0, 0); }
};

ConsoleSite findConsoleSite(Host &host, const QList<IisSiteCandidate> &candidates);

} // namespace kb
