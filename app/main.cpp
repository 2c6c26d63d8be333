#include "cli.h"
#include "guiapi.h"
#include "options.h"
#include "report/redact.h"
#include "translations.h"
#include "winconsole.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIODevice>
#include <QTextStream>

#include <memory>

namespace {

// Everything the program does; every object it made is destroyed when this returns.
int run(int argc, char *argv[], bool *guiApplication)
{
    // Every log line (the kbwizard.* categories, Qt's own warnings) is redacted (M3).
    kb::installRedactingMessageHandler();
    const bool headless = kb::wantsHeadless(argc, argv);
    // On Windows kbwizard.exe is a GUI program: the headless mode prints to the console of the
    // cmd.exe or PowerShell that started it (and writes UTF-16 there, UTF-8 into a redirection).
    if (headless)
        kb::attachParentConsole();
    // A PDF needs fonts and text layout (QGuiApplication), but never a display.
    bool pdf = false;
    for (int i = 1; i < argc; ++i)
        pdf = pdf || qstrcmp(argv[i], "--pdf") == 0 || qstrncmp(argv[i], "--pdf=", 6) == 0;
    // (On Windows the windows platform plugin needs no display either, and it is the only one
    // the package carries.)
#ifndef Q_OS_WIN
    if (headless && pdf && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    // The wizard and the PDF printer are a library of their own (guiapi.h), loaded only when
    // needed: `--headless` without --pdf runs on a QCoreApplication and never loads Qt Gui.
    const kb::GuiApi *gui = nullptr;
    *guiApplication = !headless || pdf;
    if (!headless || pdf) {
        QString loadError;
        gui = kb::loadGui(&loadError);
        if (!gui) {
            kb::attachParentConsole();
            const std::unique_ptr<QIODevice> errDevice = kb::openStdStream(kb::StdStream::Err);
            QTextStream(errDevice.get()) << "kbwizard: " << loadError << Qt::endl;
            return kb::Exit_Usage;
        }
    }
    std::unique_ptr<QCoreApplication> app(gui ? gui->createApplication(argc, argv, !headless)
                                              : new QCoreApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("KBWizard"));
    QCoreApplication::setApplicationName(QStringLiteral("kbwizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KBWIZARD_VERSION));

    kb::Options o;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "KB Wizard: guided repair of Trend Micro Worry-Free Business Security and OfficeScan "
        "servers, following Trend Micro's knowledge-base articles."));
    parser.addHelpOption();
    parser.addVersionOption();
    o.addTo(parser);
    const QStringList args = kb::normaliseArguments(QCoreApplication::arguments());
    parser.parse(args);
    kb::installTranslators(parser.value(o.lang));

    const std::unique_ptr<QIODevice> outDevice = kb::openStdStream(kb::StdStream::Out);
    const std::unique_ptr<QIODevice> errDevice = kb::openStdStream(kb::StdStream::Err);
    QTextStream out(outDevice.get()), err(errDevice.get());
    if (headless) {
        // Not QCommandLineParser::showHelp(): on Windows it opens a message box when the
        // program has no console of its own.
        if (parser.isSet(QStringLiteral("help"))) {
            out << parser.helpText() << Qt::flush;
            return kb::Exit_AllPass;
        }
        if (parser.isSet(QStringLiteral("version"))) {
            out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
                << Qt::endl;
            return kb::Exit_AllPass;
        }
        return kb::runHeadless(args, out, err);
    }
    if (!parser.unknownOptionNames().isEmpty() || !parser.positionalArguments().isEmpty()) {
        kb::attachParentConsole();
        err << parser.errorText() << Qt::endl;
        return kb::Exit_Usage;
    }
    return gui->runWizard(parser.isSet(o.demo) || parser.isSet(o.demoDir), parser.value(o.demoDir),
                          parser.value(o.root), parser.value(o.host));
}

} // namespace

int main(int argc, char *argv[])
{
    bool guiApplication = false;
    const int rc = run(argc, argv, &guiApplication);
    // On Windows a program that made a window (the wizard, or the PDF's text layout) ends here
    // without the DLLs' shutdown code: see kb::endProcess() (a hang at exit under Wine).
    if (guiApplication)
        kb::endProcess(rc);
    return rc;
}
