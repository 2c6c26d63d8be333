#include "statuspresentation.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace kb {

QIcon statusIcon(Status s)
{
    QStyle *style = QApplication::style();
    switch (s) {
    case Status::Pass: return style->standardIcon(QStyle::SP_DialogApplyButton);
    case Status::Warn: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Status::Fail: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Status::Error: return style->standardIcon(QStyle::SP_BrowserStop);
    case Status::Manual: return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case Status::NotRun: break;
    }
    return style->standardIcon(QStyle::SP_FileDialogInfoView);
}

QString shortDateTime(const QDateTime &when)
{
    const QLocale locale;
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(when, format);
}

} // namespace kb
