#pragma once

#include "checkresult.h"
#include "host/host.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace kb {

// A folder IIS may write W3C logs into, as a Windows path of the host, with its FACTS mark.
struct IisLogLocation
{
    QString windowsPath;  // "%SystemDrive%\\inetpub\\logs\\LogFiles"
    QString label;        // "IIS 7 and later"
    QString mark;         // "article", "public", "inferred"
};

struct IisLogFile
{
    QString path;          // as this process opens it
    QString displayPath;   // Windows form: %SystemDrive%\inetpub\logs\LogFiles\W3SVC1\ex261124.log
    QString folder;        // "W3SVC1"
    qint64 size = 0;
    QDateTime modified;
};

struct IisLogSearch
{
    QString siteName;            // "OfficeScan"
    quint32 siteId = 0;          // 0: unknown, every W3SVC<n> folder was searched
    QList<IisLogFile> files;     // newest first
    QList<EvidenceRow> evidence; // the site, every folder searched and what was there
};

// Finds the W3C logs of an IIS site: asks the host for the site's id and log folder (IIS
// configuration first), then looks in W3SVC<id> (every W3SVC<n> when the id is unknown) under
// that folder and under each of `locations`, for files matching `patterns` ("ex*.log").
// Newest first: by the date digits in the name (exYYMMDD[HH]), then by modification time.
IisLogSearch findIisLogs(Host &host, const QString &siteName, const QList<IisLogLocation> &locations,
                         const QStringList &patterns, const QString &patternsMark);

} // namespace kb
