#include "reportprinter.h"

#include "report/report.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
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
    return f;
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

int paint(const QString &html, const QString &header, QPagedPaintDevice *device)
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
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device->newPage();
        painter.setFont(small);
        painter.setPen(QColor(0x44, 0x44, 0x44));
        const QRectF headerRect(0, 0, area.width(), fm.height());
        painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(header, Qt::ElideRight, area.width()));
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
    return paint(Report::toHtml(report), Report::headerLine(report), printer);
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
        pages = paint(Report::toHtml(report), Report::headerLine(report), &writer);
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
