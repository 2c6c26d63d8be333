#pragma once

#include <QJsonObject>
#include <QString>

namespace kb {

class Session;

// The report of a session, in every format, built from one JSON document
// (schema "kbwizard-report/1", see docs/report-schema.md) so all formats say the same thing.
// Secrets are redacted when the JSON is built; the other formats only render it.
namespace Report {

QJsonObject build(const Session &session);
QString toHtml(const QJsonObject &report);  // one self-contained file (inline CSS, no links out)
QString toText(const QJsonObject &report);  // plain text for pasting into a ticket
QString undoCommand(const QString &pccsrv, const QString &setId);
// Counts of each status over all steps, e.g. {"pass": 3, "fail": 1}.
QJsonObject statusCounts(const QJsonObject &report);

} // namespace Report

} // namespace kb
