#include "guiapi.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

#ifdef Q_OS_WIN
#include <iterator>

#include <windows.h>
#endif

namespace kb {

namespace {

QString programDir()
{
#if defined(Q_OS_WIN)
    wchar_t buf[32768];
    const DWORD n = GetModuleFileNameW(nullptr, buf, DWORD(std::size(buf)));
    if (n > 0 && n < std::size(buf))
        return QFileInfo(QString::fromWCharArray(buf, int(n))).absolutePath();
#elif defined(Q_OS_LINUX)
    const QString exe = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    if (!exe.isEmpty())
        return QFileInfo(exe).absolutePath();
#endif
    if (QCoreApplication::instance())
        return QCoreApplication::applicationDirPath();
    return QDir::currentPath();
}

} // namespace

QString guiLibraryPath()
{
#if defined(Q_OS_WIN)
    const QString name = QStringLiteral("kbwizard_gui.dll");
#else
    const QString name = QStringLiteral("kbwizard_gui.so");
#endif
    return QDir(programDir()).filePath(name);
}

const GuiApi *loadGui(QString *error)
{
    static const GuiApi *api = nullptr;
    if (api)
        return api;
    const QString path = guiLibraryPath();
    // Never unloaded (QLibrary's destructor leaves the library loaded): the QApplication it
    // creates lives until the program ends. A static object, so that nothing leaks at exit.
    static QLibrary library;
    library.setFileName(path);
    using Entry = const GuiApi *(*)();
    const auto entry = library.load() ? reinterpret_cast<Entry>(library.resolve(KBWIZARD_GUI_ENTRY)) : nullptr;
    const GuiApi *found = entry ? entry() : nullptr;
    if (!found || found->version != GuiApi::kVersion) {
        if (error)
            *error = QCoreApplication::translate("kb::Cli", "The graphical part of KB Wizard cannot be loaded from %1: %2")
                         .arg(QDir::toNativeSeparators(path),
                              found ? QCoreApplication::translate("kb::Cli", "it belongs to another version.")
                                    : library.errorString());
        return nullptr;
    }
    api = found;
    return api;
}

} // namespace kb
