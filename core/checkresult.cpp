#include "checkresult.h"

#include <QCoreApplication>

namespace kb {

QString statusId(Status s)
{
    switch (s) {
    case Status::Pass: return QStringLiteral("pass");
    case Status::Warn: return QStringLiteral("warn");
    case Status::Fail: return QStringLiteral("fail");
    case Status::Error: return QStringLiteral("error");
    case Status::Manual: return QStringLiteral("manual");
    case Status::NotRun: break;
    }
    return QStringLiteral("not-run");
}

Status statusFromId(const QString &id)
{
    for (Status s : {Status::Pass, Status::Warn, Status::Fail, Status::Error, Status::Manual})
        if (statusId(s) == id)
            return s;
    return Status::NotRun;
}

QString statusText(Status s)
{
    switch (s) {
    case Status::Pass: return QCoreApplication::translate("kb::Status", "Passed");
    case Status::Warn: return QCoreApplication::translate("kb::Status", "Warning");
    case Status::Fail: return QCoreApplication::translate("kb::Status", "Failed");
    case Status::Error: return QCoreApplication::translate("kb::Status", "Error");
    case Status::Manual: return QCoreApplication::translate("kb::Status", "Manual step");
    case Status::NotRun: break;
    }
    return QCoreApplication::translate("kb::Status", "Not run");
}

} // namespace kb
