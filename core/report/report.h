#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace kb {

class Session;

// The report of a session, in every format, built from one JSON document
// (schema "kbwizard-report/1", see docs/report-schema.md) so all formats say the same thing.
// Secrets are redacted when the JSON is built; the other formats only render it.
// Printing and PDF (QTextDocument, QPdfWriter) render toHtml() outside core: ReportPrinter.
namespace Report {

QJsonObject build(const Session &session);
QString toHtml(const QJsonObject &report);  // one self-contained file (inline CSS, no links out)
QString toText(const QJsonObject &report);  // plain text for pasting into a ticket
QString undoCommand(const QString &pccsrv, const QString &setId);
// Counts of each status over all steps, e.g. {"pass": 3, "fail": 1}.
QJsonObject statusCounts(const QJsonObject &report);
// What the user still has to do by hand: every `manual` step, and every step that is a problem
// or was just fixed and whose article names a manual action ({article, step, title, status, action}).
QJsonArray openManualSteps(const QJsonObject &report);
// The symbol shown next to a status word ("fail" -> "✘"); never used without the word.
QString statusSymbol(const QString &statusId);
// When the report was generated, in the current locale with the UTC offset and zone:
// "Wednesday, November 25, 2026, 10:15:02 AM UTC+01:00 (Europe/Berlin)".
QString displayDateTime(const QJsonObject &report);
// One line naming the report for page headers: "KB Wizard report: SERVER, Product 10.0", every
// installation of the report named ("…, Worry-Free Business Security 10.0, OfficeScan 11.0").
QString headerLine(const QJsonObject &report);
// The server of a Target object in words ("the demo server (a sandbox copy on this machine)").
QString serverText(const QJsonObject &target);
// The host backend id in words.
QString hostBackendText(const QString &id);
// What became of a step's fix ("applied and verified", "failed, rolled back", ...).
QString fixStateText(const QJsonObject &fix);

} // namespace Report

} // namespace kb
