// The wizard in a program of its own, for the GUI's peak memory: QApplication, translators,
// KbWizard::startFrom with a fresh demo sandbox, show(), linked statically (the real kbwizard
// loads the same code from kbwizard_gui.so). The cold-start row times the real kbwizard binary.
//
//   kbwizard_coldstart DIR              prints "shown" once the first page is painted, exits
//   kbwizard_coldstart --diagnose DIR   also runs all three articles through the wizard's Session
//                                       while the wizard is shown, then prints "VmHWM <kB>"
#include "installation.h"
#include "host/hostfactory.h"
#include "kbwizard.h"
#include "translations.h"

#include <QApplication>
#include <QEvent>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

namespace {

class FirstPaint : public QObject
{
public:
    explicit FirstPaint(bool exitAfter) : m_exitAfter(exitAfter) { }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_seen && event->type() == QEvent::Paint) {
            m_seen = true;
            const bool exitAfter = m_exitAfter;
            QTimer::singleShot(0, [exitAfter] {
                std::fputs("shown\n", stdout);
                std::fflush(stdout);
                if (exitAfter)
                    std::_Exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }
    bool seen() const { return m_seen; }

private:
    bool m_exitAfter;
    bool m_seen = false;
};

QByteArray vmHwm()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return "?";
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0);
    return "?";
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("KBWizard"));
    QCoreApplication::setApplicationName(QStringLiteral("kbwizard"));
    const QStringList args = QCoreApplication::arguments();
    const bool diagnose = args.contains(QStringLiteral("--diagnose"));
    const QString demoDir = args.constLast();
    if (args.size() < 2) {
        std::fputs("usage: kbwizard_coldstart [--diagnose] DEMO_DIR\n", stderr);
        return 2;
    }
    kb::installTranslators(QString());

    kb::KbWizard wizard;
    if (!wizard.startFrom(true, demoDir, QString(), QString()))
        return 1;
    FirstPaint filter(!diagnose);
    wizard.installEventFilter(&filter);
    wizard.show();
    if (!diagnose)
        return app.exec();

    while (!filter.seen())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    kb::Session &session = wizard.session();
    const QList<kb::Target> targets = session.installations();
    for (const kb::Article &article : QList<kb::Article>(session.articles())) {
        kb::Target target;
        bool matched = false;
        for (const kb::Target &t : targets)
            if (!matched && article.appliesTo(t.product)) {
                target = t;
                matched = true;
            }
        if (!matched)
            continue;
        session.setRequestedHostKind(kb::HostKind::Demo);
        if (const kb::KbError error = session.useInstallation(target, targets)) {
            std::fprintf(stderr, "host: %s\n", qPrintable(error.toString()));
            return 1;
        }
        session.setArticleId(article.id);
        QEventLoop loop;
        QObject::connect(&session, &kb::Session::diagnosisFinished, &loop, &QEventLoop::quit);
        session.startDiagnosis();
        if (session.isDiagnosing())
            loop.exec();
    }
    std::printf("diagnosed %d\nVmHWM %s\n", int(session.runs().size()), vmHwm().constData());
    std::fflush(stdout);
    return 0;
}
