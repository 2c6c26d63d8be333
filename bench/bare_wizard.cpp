// The reference program for the cold-start benchmark: a bare QWizard with one empty page.
// It prints "shown" once the first page has been painted and exits at once (the parent times
// process start -> that line; teardown is not part of the measurement).
#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWizard>
#include <QWizardPage>

#include <cstdio>
#include <cstdlib>

namespace {

class FirstPaint : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_seen && event->type() == QEvent::Paint) {
            m_seen = true;
            // After the paint event has been handled (and the backing store flushed).
            QTimer::singleShot(0, [] {
                std::fputs("shown\n", stdout);
                std::fflush(stdout);
                std::_Exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWizard wizard;
    wizard.addPage(new QWizardPage);
    FirstPaint filter;
    wizard.installEventFilter(&filter);
    wizard.show();
    return app.exec();
}
