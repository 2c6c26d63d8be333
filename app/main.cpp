#include "cli.h"
#include "kbwizard.h"
#include "options.h"
#include "report/redact.h"
#include "translations.h"
#include "winconsole.h"

#include <QApplication>
#include <QGuiApplication>
#include <QCommandLineParser>
#include <QIODevice>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
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
    std::unique_ptr<QCoreApplication> app(!headless ? new QApplication(argc, argv)
                                          : pdf     ? new QGuiApplication(argc, argv)
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
    kb::KbWizard wizard;
    QObject::connect(&wizard, &kb::KbWizard::startFailed, app.get(), [&app] { app->exit(kb::Exit_Usage); });
    // The demo copy or the search runs after the first paint: the window appears at once.
    if (!wizard.startAfterFirstPaint(parser.isSet(o.demo) || parser.isSet(o.demoDir), parser.value(o.demoDir),
                                     parser.value(o.root), parser.value(o.host)))
        return kb::Exit_Usage;
    wizard.show();
    return app->exec();
}
