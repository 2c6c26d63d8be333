#pragma once

#include "kberror.h"

#include <QJsonObject>
#include <QString>

class QCoreApplication;

namespace kb {

// The GUI half of KB Wizard: the wizard and the report's PDF printer. The kbwizard program links
// only the engine and the command line; it loads this half (kbwizard_gui.so / kbwizard_gui.dll,
// beside the program) only to show the wizard or to write a PDF, so `kbwizard --headless`
// without --pdf never loads Qt Gui, Qt Widgets or Qt Print Support (issue 16: no platform
// plugin, no fonts, and their pages stay out of its memory).
//
// The library carries its own copy of the engine; the program hands it nothing but the
// QCoreApplication it creates and plain values (the report as JSON, paths, options).
struct GuiApi
{
    // Bumped whenever a member changes: a library of another build is refused.
    static constexpr int kVersion = 1;
    int version = kVersion;
    // QApplication (`widgets`) or QGuiApplication, on the caller's argc/argv (kept alive by it).
    QCoreApplication *(*createApplication)(int &argc, char **argv, bool widgets) = nullptr;
    // The wizard, as `kbwizard` without --headless starts it (the translators already installed,
    // translations.h): KbWizard::startAfterFirstPaint, show, the event loop. Returns the exit code.
    int (*runWizard)(bool demo, const QString &demoDir, const QString &root, const QString &hostKind) = nullptr;
    // ReportPrinter::writePdf with the locale's page size (needs the QGuiApplication).
    KbError (*writePdf)(const QJsonObject &report, const QString &path) = nullptr;
};

// The entry point the library exports (extern "C", so QLibrary::resolve finds it by name).
#define KBWIZARD_GUI_ENTRY "kbwizard_gui_api"

// Loads the GUI library beside the running program, once; later calls return the same. On
// failure returns null and sets `error` to a sentence naming the file. Callable before any
// QCoreApplication exists (main() needs it to create a QApplication).
const GuiApi *loadGui(QString *error);

// Where loadGui() looks: the program's own folder (/proc/self/exe on Linux, the module file
// name on Windows), the library's file name for this platform.
QString guiLibraryPath();

} // namespace kb
