#include "reportprinter.h"

#include "report/report.h"
#include "report/reportsummary.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextOption>

namespace kb::ReportPrinter {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::ReportPrinter)
};

QFont reportFont(qreal pointSize)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    // Japanese (and other) glyphs DejaVu lacks come from these, in this order.
    f.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("IPAGothic"), QStringLiteral("Noto Sans CJK JP"),
                   QStringLiteral("Yu Gothic"), QStringLiteral("Meiryo"), QStringLiteral("Segoe UI")});
    f.setPointSizeF(pointSize);
    // Text as written: no ligatures ("fi", "ff") or other shaping that changes what pdftotext,
    // a search or a copy from the PDF gets. Qt still shapes the scripts that need it; Japanese
    // needs none (tst_reportprint extracts the Japanese titles verbatim).
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

// The page on which each marked section starts, and its header.
QList<QPair<int, QString>> sectionStarts(const QTextDocument &doc, qreal pageHeight,
                                         const QMap<QString, QString> &sectionHeaders)
{
    QList<QPair<int, QString>> starts;
    if (sectionHeaders.isEmpty())
        return starts;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            for (const QString &name : it.fragment().charFormat().anchorNames()) {
                if (!sectionHeaders.contains(name))
                    continue;
                const qreal y = doc.documentLayout()->blockBoundingRect(block).top();
                starts.append({int((y + 1) / pageHeight), sectionHeaders.value(name)}); // +1: rounding at a page break
            }
        }
    }
    return starts;
}

QMap<QString, QString> sectionHeadersOf(const QJsonObject &report)
{
    QMap<QString, QString> headers;
    int index = 0;
    for (const QJsonValue &a : report.value(QLatin1String("articles")).toArray())
        headers.insert(Report::sectionAnchor(index++), Report::sectionHeaderLine(report, a.toObject()));
    return headers;
}

} // namespace

QPageSize pageSizeFor(const QLocale &locale)
{
    if (locale.measurementSystem() == QLocale::ImperialUSSystem)
        return QPageSize(QPageSize::Letter);
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::PuertoRico:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

int paint(const QString &html, const QString &header, QPagedPaintDevice *device,
          const QMap<QString, QString> &sectionHeaders)
{
    QPainter painter(device);
    if (!painter.isActive())
        return 0;
    // The painter's origin is the top left of the printable area, in device pixels.
    const QRectF area(QPointF(0, 0), device->pageLayout().paintRectPixels(device->logicalDpiY()).size());
    const QFont small = reportFont(8);
    const QFontMetricsF fm(small, device);
    const qreal gap = device->logicalDpiY() * 4 / 25.4; // 4 mm between header/footer and text
    const qreal headerHeight = fm.height() + gap;
    const qreal footerHeight = fm.height() + gap;
    const QSizeF body(area.width(), area.height() - headerHeight - footerHeight);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(device); // point sizes in device pixels
    doc.setDefaultFont(reportFont(10));
    QTextOption wrap = doc.defaultTextOption();
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc.setDefaultTextOption(wrap);
    doc.setPageSize(body);
    doc.setHtml(html);
    doc.setPageSize(body); // lays out again in pages

    const int pages = doc.pageCount();
    const QList<QPair<int, QString>> starts = sectionStarts(doc, body.height(), sectionHeaders);
    for (int i = 0; i < pages; ++i) {
        // The header of the last section that starts on or before this page.
        QString pageHeader = header;
        for (const auto &start : starts)
            if (start.first <= i)
                pageHeader = start.second;
        if (i > 0)
            device->newPage();
        painter.setFont(small);
        painter.setPen(QColor(0x44, 0x44, 0x44));
        const QRectF headerRect(0, 0, area.width(), fm.height());
        painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(pageHeader, Qt::ElideRight, area.width()));
        painter.drawLine(QPointF(0, fm.height() + gap / 4), QPointF(area.width(), fm.height() + gap / 4));
        //: Footer of every printed report page.
        const QString pageText = Tr::tr("Page %1 of %2").arg(i + 1).arg(pages);
        painter.drawText(QRectF(0, area.height() - fm.height(), area.width(), fm.height()),
                         Qt::AlignHCenter | Qt::AlignVCenter, pageText);

        painter.save();
        painter.translate(0, headerHeight - i * body.height());
        doc.drawContents(&painter, QRectF(QPointF(0, i * body.height()), body));
        painter.restore();
    }
    return pages;
}

int print(const QJsonObject &report, QPrinter *printer)
{
    if (printer->docName().isEmpty())
        printer->setDocName(Report::headerLine(report));
    return paint(Report::toHtml(report), Report::headerLine(report), printer, sectionHeadersOf(report));
}

KbError writePdf(const QJsonObject &report, const QString &path, const QPageSize &pageSize, int *pageCount)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return KbError::make(QStringLiteral("report.pdf"), file.errorString(), path);
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        writer.setTitle(Report::headerLine(report));
        writer.setCreator(QStringLiteral("KB Wizard"));
        pages = paint(Report::toHtml(report), Report::headerLine(report), &writer, sectionHeadersOf(report));
    } // the writer finishes the file when it goes
    if (pages == 0) {
        file.cancelWriting();
        return KbError::make(QStringLiteral("report.pdf"), Tr::tr("the PDF could not be drawn."), path);
    }
    if (!file.commit())
        return KbError::make(QStringLiteral("report.pdf"), file.errorString(), path);
    if (pageCount)
        *pageCount = pages;
    return {};
}

} // namespace kb::ReportPrinter
