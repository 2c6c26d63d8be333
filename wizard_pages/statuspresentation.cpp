#include "statuspresentation.h"

#include <QApplication>
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

} // namespace kb
