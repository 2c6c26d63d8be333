#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace kb::Report {

// The first page of a report: the whole story in a minute. Per article the verdict, what was
// changed (with the backup set ids), what is left by hand and the coverage of versions; above
// them one line per installation. Everything below it in a report is the evidence appendix.
// Rendered from the report JSON only (see report.h), like every other format.

// The installations of the report, one per PCCSRV folder, in the order the articles ran on
// them (the session's target when no article ran): Target objects of the schema.
QJsonArray installations(const QJsonObject &report);

// "Worry-Free Business Security 10.0 (build 1234)" for a Target object.
QString installationText(const QJsonObject &target);

// The page header of an article's section: its own installation's product and version, the
// article's title and the server ("OfficeScan 11.0 — Reputation … — SBS01").
QString sectionHeaderLine(const QJsonObject &report, const QJsonObject &article);

// The article's verdict in words, with its symbol: "✘ Not solved: 2 failed, 1 error".
QString verdictText(const QJsonObject &article);

// The coverage of versions: the article's `coverage` object ({covered, versions, detected})
// when the report has one; without it, the version found and that coverage was not assessed.
QString coverageText(const QJsonObject &article);

// The summary as HTML (no <html> wrapper) and as plain text. The text is what "Copy summary"
// puts on the clipboard and what the --text report begins with.
QString summaryHtml(const QJsonObject &report);
QString summaryText(const QJsonObject &report);

// The anchor name that marks the start of article `index`'s section in toHtml(): the printer
// switches the page header there.
QString sectionAnchor(int index);

} // namespace kb::Report
