#pragma once

#include "kberror.h"

#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QPageSize>
#include <QString>

class QPagedPaintDevice;
class QPrinter;

namespace kb {

// Renders Report::toHtml() on paper: print, print preview and PDF. Each page gets a header (the
// report's name, server and product) and a footer "Page N of M"; QTextDocument::print() adds
// only bare numbers, so the pages are drawn here with QPainter, one drawContents() per page.
// Long words (paths, hashes) wrap anywhere rather than run off the page.
//
// This lives with the pages, not in app/, because the Report page prints too and the pages
// library links below the app library; the CLI (app/cli.cpp) uses it from here.
namespace ReportPrinter {

// Letter where the locale measures in US units or letter paper is the norm (United States,
// Canada, Mexico, the Philippines, Chile, Colombia...), A4 elsewhere.
QPageSize pageSizeFor(const QLocale &locale);

// Paints `html` on `device` (a QPrinter or QPdfWriter whose page layout is already set), one
// page after another, with `header` atop every page until a section named in `sectionHeaders`
// (anchor name -> header) begins: from the page where it begins, that section's header is used.
// Returns the number of pages, 0 if the device could not be painted on.
int paint(const QString &html, const QString &header, QPagedPaintDevice *device,
          const QMap<QString, QString> &sectionHeaders = {});

// The report on the device's current settings (used by Print and Print preview).
int print(const QJsonObject &report, QPrinter *printer);

// Writes the report as a PDF file (atomically) on `pageSize` with 15 mm margins.
KbError writePdf(const QJsonObject &report, const QString &path,
                 const QPageSize &pageSize = pageSizeFor(QLocale::system()), int *pageCount = nullptr);

} // namespace ReportPrinter

} // namespace kb
