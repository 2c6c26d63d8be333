#pragma once

#include "kberror.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace kb {

enum class Status { Pass, Warn, Fail, Error, Manual, NotRun };
QString statusId(Status s);          // "pass", "warn", "fail", "error", "manual", "not-run" (JSON)
Status statusFromId(const QString &id);
QString statusText(Status s);        // translated word for the UI/reports ("Passed", "Failed", ...)

// One row of evidence: what was looked at, what was found, what was expected.
// For files: file (shown relative to the install, Windows separators), section, key.
// For other subjects (a service, a URL, a host name): `item` names it.
struct EvidenceRow
{
    QString item;      // e.g. "service ofcservice", "GET http://.../server.ini"; empty for file rows
    QString file;
    QString section;
    QString key;
    QString found;
    QString expected;
    QString note;      // e.g. "[inferred] section name", "line 12"
    bool secret = false; // `found` is a secret: never shown, logged or reported
};

struct CheckResult
{
    Status status = Status::NotRun;
    QString message;             // one plain sentence
    QList<EvidenceRow> evidence;
    qint64 durationMs = 0;
    KbError inputError;          // set when an input file could not be read or parsed

    static CheckResult make(Status s, const QString &msg, const QList<EvidenceRow> &ev = {})
    {
        CheckResult r;
        r.status = s;
        r.message = msg;
        r.evidence = ev;
        return r;
    }
};

} // namespace kb

Q_DECLARE_METATYPE(kb::CheckResult)
Q_DECLARE_METATYPE(kb::Status)
