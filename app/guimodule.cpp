// The GUI library's entry point (see guiapi.h): the wizard and the PDF printer behind plain
// function pointers. Only the kbwizard_gui library contains this file.
#include "cli.h"
#include "guiapi.h"
#include "kbwizard.h"
#include "reportprinter.h"

#include <QApplication>
#include <QGuiApplication>

namespace kb {
namespace {

QCoreApplication *createApplication(int &argc, char **argv, bool widgets)
{
    if (widgets)
        return new QApplication(argc, argv);
    return new QGuiApplication(argc, argv);
}

int runWizard(bool demo, const QString &demoDir, const QString &root, const QString &hostKind)
{
    KbWizard wizard;
    QObject::connect(&wizard, &KbWizard::startFailed, qApp, [] { QCoreApplication::exit(Exit_Usage); });
    // The demo copy or the search runs after the first paint: the window appears at once.
    if (!wizard.startAfterFirstPaint(demo, demoDir, root, hostKind))
        return Exit_Usage;
    wizard.show();
    return QCoreApplication::exec();
}

KbError writePdf(const QJsonObject &report, const QString &path)
{
    return ReportPrinter::writePdf(report, path);
}

} // namespace
} // namespace kb

extern "C" Q_DECL_EXPORT const kb::GuiApi *kbwizard_gui_api()
{
    static const kb::GuiApi api = [] {
        kb::GuiApi a;
        a.createApplication = &kb::createApplication;
        a.runWizard = &kb::runWizard;
        a.writePdf = &kb::writePdf;
        return a;
    }();
    return &api;
}
