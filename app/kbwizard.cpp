#include "kbwizard.h"

#include "demosandbox.h"
#include "diagnosepage.h"
#include "fixpage.h"
#include "host/hostfactory.h"
#include "installation.h"
#include "pageids.h"
#include "reportpage.h"
#include "symptompage.h"
#include "targetpage.h"
#include "translations.h"
#include "undopanel.h"
#include "testhooks.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QGuiApplication>
#include <QIcon>
#include <QMenu>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace kb {

namespace {

// No one can answer a message box on these platforms (CI, screenshots, tests).
bool canShowDialogs()
{
    const QString platform = QGuiApplication::platformName();
    return platform != QLatin1String("offscreen") && platform != QLatin1String("minimal");
}

} // namespace

KbWizard::KbWizard(QWidget *parent) : QWizard(parent)
{
    m_targetPage = new TargetPage(&m_session);
    setPage(Page_Target, m_targetPage);
    setStartId(Page_Target);

    // No animated menus, combo boxes or tool tips: they only cost redraws in a remote desktop
    // session and slow down keyboard use.
    for (Qt::UIEffect effect : {Qt::UI_General, Qt::UI_AnimateMenu, Qt::UI_FadeMenu, Qt::UI_AnimateCombo,
                                Qt::UI_AnimateTooltip, Qt::UI_FadeTooltip, Qt::UI_AnimateToolBox})
        QApplication::setEffectEnabled(effect, false);

    setWizardStyle(ModernStyle);
    setOptions(NoBackButtonOnStartPage | HaveHelpButton);
    // Paths and file names appear in titles: never interpret them as markup.
    setTitleFormat(Qt::PlainText);
    setSubTitleFormat(Qt::PlainText);
    // PNG sizes only: an SVG would load Qt's SVG icon engine (a plugin and Qt Svg) before the
    // first paint, and the Windows package has no SVG support anyway.
    QIcon icon;
    for (int size : {16, 32, 48, 96})
        icon.addFile(QStringLiteral(":/icons/kbwizard-%1.png").arg(size), QSize(size, size));
    setWindowIcon(icon);
    const QPixmap logo = icon.pixmap(48, 48);
    if (!logo.isNull())
        setPixmap(LogoPixmap, logo);
    // Fits a 1024x768 screen with room for the window frame and a task bar.
    setMinimumSize(720, 540);
    resize(900, 680);

    connect(this, &QWizard::helpRequested, this, &KbWizard::showHelp);
    setUpLanguageButton();
    retranslateUi();
    setUpScreenshotHook();
}

KbWizard::~KbWizard()
{
    // The pages are destroyed after the Session (a member): an undo still running on a worker
    // thread uses the Session, so wait for it here.
    for (UndoPanel *undo : findChildren<UndoPanel *>())
        undo->waitForFinished();
}

void KbWizard::ensurePages()
{
    if (m_pagesBuilt)
        return;
    m_pagesBuilt = true;
    setPage(Page_Symptom, new SymptomPage(&m_session));
    setPage(Page_Diagnose, new DiagnosePage(&m_session));
    setPage(Page_Fix, new FixPage(&m_session));
    setPage(Page_Report, new ReportPage(&m_session));
}

bool KbWizard::validateCurrentPage()
{
    // QWizard::next() asks this before it looks up the next page.
    ensurePages();
    return QWizard::validateCurrentPage();
}

bool KbWizard::event(QEvent *event)
{
    const bool handled = QWizard::event(event);
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        if (!testHook(TestHook::FirstPaint).isEmpty()) {
            std::fputs("painted\n", stdout);
            std::fflush(stdout);
        }
        // Queued: the paint reaches the screen first.
        QTimer::singleShot(0, this, &KbWizard::afterFirstPaint);
    }
    return handled;
}

void KbWizard::afterFirstPaint()
{
    if (m_pendingStart) {
        const PendingStart p = *m_pendingStart;
        m_pendingStart.reset();
        m_targetPage->showStartPending(false, QString());
        if (!startFrom(p.demo, p.demoDir, p.root, p.hostKind)) {
            Q_EMIT startFailed();
            return;
        }
    }
    ensurePages();
    // KBWIZARD_FIRST_PAINT (bench/): the start is complete; the program ends here.
    if (!testHook(TestHook::FirstPaint).isEmpty()) {
        std::fputs("ready\n", stdout);
        std::fflush(stdout);
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }
}

bool KbWizard::startAfterFirstPaint(bool demo, const QString &demoDir, const QString &root,
                                    const QString &hostKind)
{
    HostKind requested = HostKind::Auto;
    if (!parseHostKind(hostKind, &requested)) {
        reportStartError(tr("Unknown host backend \"%1\": use windows, demo or none.").arg(hostKind));
        return false;
    }
    if (m_painted)
        return startFrom(demo, demoDir, root, hostKind);
    m_pendingStart = PendingStart{demo, demoDir, root, hostKind};
    m_targetPage->showStartPending(demo, root);
    return true;
}

void KbWizard::retranslateUi()
{
    setWindowTitle(tr("KB Wizard"));
    // QWizard (Qt 6.4) takes its button texts once, at construction: set them again from Qt's
    // own catalog (qtbase_<lang>.qm) so a language switch reaches them too. A page's own
    // texts (the commit button's "Apply selected") still take precedence.
    setButtonText(BackButton, QCoreApplication::translate("QWizard", "< &Back"));
    setButtonText(NextButton, QCoreApplication::translate("QWizard", "&Next >"));
    setButtonText(CommitButton, QCoreApplication::translate("QWizard", "Commit"));
    setButtonText(FinishButton, QCoreApplication::translate("QWizard", "&Finish"));
    setButtonText(CancelButton, QCoreApplication::translate("QWizard", "Cancel"));
    setButtonText(HelpButton, QCoreApplication::translate("QWizard", "&Help"));
    // What each of QWizard's buttons does here, for screen readers.
    const QList<QPair<WizardButton, QString>> descriptions = {
        {BackButton, tr("Goes back to the previous page. Nothing applied is undone by it.")},
        {NextButton, tr("Goes on to the next page.")},
        {CommitButton, tr("Applies the selected fixes, or goes on to the report when there is "
                          "nothing left to apply.")},
        {FinishButton, tr("Closes KB Wizard.")},
        {CancelButton, tr("Closes KB Wizard. Fixes already applied stay; their backups can be "
                          "undone later.")},
        {HelpButton, tr("Explains the current page.")},
    };
    for (const auto &d : descriptions)
        if (QAbstractButton *b = button(d.first))
            b->setAccessibleDescription(d.second);
    if (m_languageButton) {
        // Through QWizard: it re-applies its own text for a custom button on every page change.
        //: Button that opens the list of user interface languages
        setButtonText(CustomButton1, tr("&Language"));
        m_languageButton->setAccessibleName(tr("Language"));
        m_languageButton->setAccessibleDescription(tr("Switches the language of the wizard and its reports."));
    }
}

void KbWizard::setUpLanguageButton()
{
    m_languageButton = new QPushButton(this);
    auto *menu = new QMenu(m_languageButton);
    // Each language is named in itself, so a user who cannot read the current one finds theirs.
    const QList<QPair<QString, QString>> languages = {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
    };
    for (const auto &[code, name] : languages) {
        QAction *action = menu->addAction(name);
        action->setObjectName(QStringLiteral("language-") + code);
        connect(action, &QAction::triggered, this, [this, code = code] { setLanguage(code); });
    }
    m_languageButton->setMenu(menu);
    setButton(CustomButton1, m_languageButton);
    setOption(HaveCustomButton1, true);
    setButtonLayout({HelpButton, CustomButton1, Stretch, BackButton, NextButton, CommitButton,
                     FinishButton, CancelButton});
}

void KbWizard::setLanguage(const QString &code)
{
    // Replaces the catalogs; Qt then sends LanguageChange to every widget (pages, this wizard).
    installTranslators(code);
}

void KbWizard::changeEvent(QEvent *event)
{
    // The wizard sees LanguageChange before its pages, so they rebuild from fresh article texts.
    if (event->type() == QEvent::LanguageChange) {
        m_session.retranslate();
        retranslateUi();
    }
    QWizard::changeEvent(event);
}

void KbWizard::done(int result)
{
    // The fix worker writes into the Session: the window must stay until the current fix ends.
    if (m_session.isApplying()) {
        m_session.cancelFixes();
        QMessageBox::information(this, tr("KB Wizard"),
                                 tr("KB Wizard is applying a fix. It stops after the current fix; "
                                    "close the window when the Fix page says the fixes are done."));
        return;
    }
    for (UndoPanel *undo : findChildren<UndoPanel *>()) {
        if (undo->isBusy()) {
            QMessageBox::information(this, tr("KB Wizard"),
                                     tr("KB Wizard is undoing a fix. Close the window when the Undo "
                                        "tab says it is done."));
            return;
        }
    }
    if (m_session.isDiagnosing())
        m_session.cancelDiagnosis();
    QWizard::done(result);
}

void KbWizard::showHelp()
{
    QString text;
    switch (currentId()) {
    case Page_Target:
        text = tr("Choose the Trend Micro server installation to repair. KB Wizard lists the "
                  "installations it found; use \"Choose folder\" for another one (a local folder "
                  "or a \\\\server\\share path), or try everything safely on the demo server.");
        break;
    case Page_Symptom:
        text = tr("Describe what goes wrong in a few words and pick the sentence that matches best. "
                  "Each sentence belongs to a Trend Micro knowledge-base article; the wizard "
                  "follows that article.");
        break;
    case Page_Diagnose:
        text = tr("The wizard runs the article's checks without changing anything. Select a step "
                  "to see why it matters and what was found. Manual steps tell you what to do by "
                  "hand.");
        break;
    case Page_Fix:
        text = tr("Review each change before it is made: the preview shows every line that will "
                  "change. \"Apply selected\" backs up each file first, makes the change and checks "
                  "it again. Earlier changes can be undone from the Undo tab.");
        break;
    case Page_Report:
        text = tr("The report lists what was checked, what was found and what was changed, with "
                  "the backup of every change. Save it or copy the summary into a support ticket. "
                  "Passwords never appear in it.");
        break;
    default:
        break;
    }
    QMessageBox::information(this, tr("KB Wizard Help"), text);
}

void KbWizard::reportStartError(const QString &text)
{
    QTextStream err(stderr);
    err << tr("kbwizard: %1").arg(text) << Qt::endl;
    if (canShowDialogs())
        QMessageBox::critical(nullptr, tr("KB Wizard"), text);
}

bool KbWizard::startFrom(bool demo, const QString &demoDir, const QString &root,
                         const QString &hostKind)
{
    HostKind requested = HostKind::Auto;
    if (!parseHostKind(hostKind, &requested)) {
        reportStartError(tr("Unknown host backend \"%1\": use windows, demo or none.").arg(hostKind));
        return false;
    }
    m_session.setRequestedHostKind(requested);

    QList<Target> targets;
    KbError error;
    if (demo) {
        const QString sandbox = DemoSandbox::create(demoDir, &error);
        if (!error)
            targets = Installation::findUnder(sandbox, &error);
    } else if (!root.isEmpty()) {
        targets = Installation::findUnder(root, &error);
    } else {
#ifdef Q_OS_WIN
        // Nothing in the registry is not an error: the first page offers a folder or the demo.
        KbError ignored;
        if (std::unique_ptr<Host> registryHost = makeHost(HostKind::Windows, Target(), &ignored))
            targets = Installation::fromRegistry(*registryHost, &ignored);
#endif
    }
    if (error) {
        reportStartError(tr("KB Wizard cannot start: %1").arg(error.toString())); // names the folder
        return false;
    }

    if (!targets.isEmpty()) {
        if (KbError hostError = m_session.useInstallation(targets.constFirst(), targets)) {
            reportStartError(hostError.toString());
            return false;
        }
    }
    restart(); // the first page reads the installations just found
    return true;
}

// ---- Screenshot and autopilot hook ---------------------------------------------------------
// KBWIZARD_SCREENSHOT_DIR=<dir>: every page (and the Fix page after applying, and its Undo tab)
// is saved as <dir>/<nn>-<name>.png once it has been idle for 500 ms.
// KBWIZARD_AUTOPILOT=1 (or an article id): presses Next on every page once it is complete,
// choosing the article update-failure (or the one given), applies the fixes and quits after
// the report. Used by scripts/screenshots-basic.sh, also for translated screenshots (--lang).

void KbWizard::setUpScreenshotHook()
{
    m_shotDir = testHook(TestHook::ScreenshotDir);
    const QString autopilot = testHook(TestHook::Autopilot);
    m_autopilot = !autopilot.isEmpty() && autopilot != QLatin1String("0");
    if (m_shotDir.isEmpty() && !m_autopilot)
        return;
    if (m_autopilot)
        m_session.setArticleId(autopilot == QLatin1String("1") ? QStringLiteral("update-failure")
                                                               : autopilot);
    if (!m_shotDir.isEmpty())
        QDir().mkpath(m_shotDir);
    m_shotTimer = new QTimer(this);
    m_shotTimer->setInterval(500);
    connect(m_shotTimer, &QTimer::timeout, this, &KbWizard::screenshotTick);
    m_shotTimer->start();
}

QString KbWizard::shotKey() const
{
    const ArticleRun *run = m_session.currentRun();
    bool fixed = false;
    if (run)
        for (const StepRun &s : run->steps)
            fixed = fixed || s.outcome.has_value();
    const auto *tabs = findChild<QTabWidget *>(QStringLiteral("fixTabs"));
    switch (currentId()) {
    case Page_Target: return QStringLiteral("target");
    case Page_Symptom: return QStringLiteral("symptom");
    case Page_Diagnose: return QStringLiteral("diagnose");
    case Page_Fix:
        if (tabs && tabs->currentIndex() == 1)
            return QStringLiteral("fix-undo");
        return fixed ? QStringLiteral("fix-applied") : QStringLiteral("fix");
    case Page_Report: return QStringLiteral("report");
    default: return QString();
    }
}

void KbWizard::screenshotTick()
{
    if (!isVisible() || m_session.isDiagnosing() || m_session.isApplying())
        return;
    QWizardPage *page = currentPage();
    const QString key = shotKey();
    // A state must be seen on two ticks in a row (500 ms idle) before it is captured.
    if (key.isEmpty() || key != m_pendingShot || (m_autopilot && page && !page->isComplete())) {
        m_pendingShot = key;
        return;
    }
    if (!m_shotsTaken.contains(key)) {
        m_shotsTaken.insert(key);
        if (!m_shotDir.isEmpty())
            grab().save(QDir(m_shotDir).filePath(
                QStringLiteral("%1-%2.png").arg(++m_shotCount, 2, 10, QLatin1Char('0')).arg(key)));
        return; // act on the next tick, so the capture shows the settled page
    }
    if (!m_autopilot)
        return;
    m_pendingShot.clear();
    auto *tabs = findChild<QTabWidget *>(QStringLiteral("fixTabs"));
    if (key == QLatin1String("fix-applied") && tabs) {
        tabs->setCurrentIndex(1);
    } else if (key == QLatin1String("report")) {
        m_shotTimer->stop();
        accept();
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    } else {
        next();
    }
}

} // namespace kb
