#include "cli.h"
#include "kbwizard.h"
#include "options.h"
#include "report/redact.h"
#include "translations.h"

#include <QApplication>
#include <QGuiApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // Every log line (the kbwizard.* categories, Qt's own warnings) is redacted (M3).
    kb::installRedactingMessageHandler();
    const bool headless = kb::wantsHeadless(argc, argv);
    // A PDF needs fonts and text layout (QGuiApplication), but never a display.
    bool pdf = false;
    for (int i = 1; i < argc; ++i)
        pdf = pdf || qstrcmp(argv[i], "--pdf") == 0 || qstrncmp(argv[i], "--pdf=", 6) == 0;
    if (headless && pdf && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
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

    if (headless) {
        if (parser.isSet(QStringLiteral("help")))
            parser.showHelp(0);
        if (parser.isSet(QStringLiteral("version")))
            parser.showVersion();
        QTextStream out(stdout), err(stderr);
        return kb::runHeadless(args, out, err);
    }
    if (!parser.unknownOptionNames().isEmpty() || !parser.positionalArguments().isEmpty()) {
        QTextStream err(stderr);
        err << parser.errorText() << Qt::endl;
        return kb::Exit_Usage;
    }
    kb::KbWizard wizard;
    if (!wizard.startFrom(parser.isSet(o.demo) || parser.isSet(o.demoDir), parser.value(o.demoDir),
                          parser.value(o.root), parser.value(o.host)))
        return kb::Exit_Usage;
    wizard.show();
    return app->exec();
}
