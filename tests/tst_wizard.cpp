// The real wizard on a demo copy, driven like a user: Next, the symptom filter, the commit
// button, Undo. Asserts currentId(), button states, the Session and the files on disk.
#include "backup/backupstore.h"
#include "demosandbox.h"
#include "kbwizard.h"
#include "pageids.h"
#include "report/report.h"
#include "symptompage.h"
#include "translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

using namespace kb;

namespace {

const QString kWfbs = QStringLiteral("/demo/wfbs/Security Server/PCCSRV");
constexpr int kTimeoutMs = 60000;

// Runs a helper that uses QVERIFY/QCOMPARE and stops the test function when it failed.
#define STEP(call)                                                                                 \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name) : QString();
}

// What a screen reader says after the name (Qt falls back to the tool tip).
QString accessibleDescription(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Description) : QString();
}

// Widgets a user operates. Parts of compound widgets (a combo box's line edit, a line edit's
// clear button, header views, scroll bars, tab-bar scroll buttons) are named by their owner.
bool needsName(QWidget *w)
{
    if (qobject_cast<QHeaderView *>(w) || qobject_cast<QScrollBar *>(w) || qobject_cast<QTabBar *>(w))
        return false;
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<QComboBox *>(p) || qobject_cast<QAbstractSpinBox *>(p)
            || qobject_cast<QLineEdit *>(p) || qobject_cast<QTabBar *>(p)
            || qobject_cast<QAbstractItemView *>(p)) // e.g. a table's corner button
            return false;
    if (auto *box = qobject_cast<QGroupBox *>(w))
        return box->isCheckable();
    return qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
           || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractItemView *>(w)
           || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTextEdit *>(w)
           || qobject_cast<QAbstractSpinBox *>(w);
}

} // namespace

class tst_Wizard : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<KbWizard> m_wizard;
    QTemporaryFile m_noHosts; // KBWIZARD_HOSTS_MAP: no name resolves, nothing leaves the machine

    QString sandbox() const { return m_tmp->path() + QStringLiteral("/demo"); }
    QString wfbs(const QString &relative) const { return m_tmp->path() + kWfbs + QLatin1Char('/') + relative; }

    void startWizard()
    {
        m_wizard.reset();
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_wizard = std::make_unique<KbWizard>();
        QVERIFY(m_wizard->startFrom(true, sandbox(), QString(), QString()));
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        QCOMPARE(m_wizard->currentId(), int(Page_Target));
    }

    void pressNext(int expectedId)
    {
        // On the commit page the commit button stands where Next is.
        QAbstractButton *next = m_wizard->button(QWizard::CommitButton);
        if (!next->isVisible())
            next = m_wizard->button(QWizard::NextButton);
        QTRY_VERIFY_WITH_TIMEOUT(next->isVisible() && next->isEnabled(), kTimeoutMs);
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_COMPARE(m_wizard->currentId(), expectedId);
    }

    // Target (the WFBS installation) -> Symptom (filtered, "not updating") -> Diagnose.
    void goToDiagnose()
    {
        auto *installs = m_wizard->currentPage()->findChild<QTreeWidget *>();
        QVERIFY(installs);
        QTreeWidgetItem *wfbsItem = nullptr;
        for (int i = 0; i < installs->topLevelItemCount(); ++i)
            if (installs->topLevelItem(i)->text(0).startsWith(QLatin1String("Worry-Free")))
                wfbsItem = installs->topLevelItem(i);
        QVERIFY(wfbsItem);
        QTest::mouseClick(installs->viewport(), Qt::LeftButton, {}, installs->visualItemRect(wfbsItem).center());
        QCOMPARE(installs->currentItem(), wfbsItem);
        STEP(pressNext(Page_Symptom));

        auto *filter = m_wizard->currentPage()->findChild<QLineEdit *>();
        auto *symptoms = m_wizard->currentPage()->findChild<QListWidget *>();
        QVERIFY(filter && symptoms);
        QTest::keyClicks(filter, QStringLiteral("not updating"));
        QListWidgetItem *wanted = nullptr;
        for (int i = 0; i < symptoms->count(); ++i) {
            QListWidgetItem *item = symptoms->item(i);
            if (!item->isHidden() && item->data(SymptomPage::ArticleIdRole) == QLatin1String("update-failure"))
                wanted = wanted ? wanted : item;
        }
        QVERIFY(wanted);
        QTest::mouseClick(symptoms->viewport(), Qt::LeftButton, {}, symptoms->visualItemRect(wanted).center());
        QVERIFY(wanted->isSelected());
        STEP(pressNext(Page_Diagnose));
    }

    void diagnoseAndAssertFailures()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->currentPage()->isComplete(), kTimeoutMs);
        const ArticleRun *run = m_wizard->session().currentRun();
        QVERIFY(run);
        QCOMPARE(run->articleId, QStringLiteral("update-failure"));
        QCOMPARE(run->step(QStringLiteral("au-timeout"))->result.status, Status::Fail);
        QCOMPARE(run->step(QStringLiteral("duplication-action"))->result.status, Status::Fail);
    }

    QString previewsText() const
    {
        QString all;
        for (QPlainTextEdit *e : m_wizard->currentPage()->findChildren<QPlainTextEdit *>())
            all += e->toPlainText() + QLatin1Char('\n');
        return all;
    }

    void applyAll()
    {
        QAbstractButton *commit = m_wizard->button(QWizard::CommitButton);
        QVERIFY(commit->isVisible());
        QCOMPARE(commit->text(), QStringLiteral("&Apply selected"));
        QVERIFY2(commit->isEnabled(), qPrintable(previewsText()));
        QTest::mouseClick(commit, Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(Page_Fix)); // stays to show the outcomes
        if (m_wizard->session().isApplying()) {
            QVERIFY(!commit->isEnabled());
            QVERIFY(!m_wizard->button(QWizard::BackButton)->isEnabled());
        }
        QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->session().isApplying(), kTimeoutMs);
        const ArticleRun *run = m_wizard->session().currentRun();
        for (const QString &id : {QStringLiteral("au-timeout"), QStringLiteral("duplication-action")}) {
            QVERIFY2(run->step(id)->outcome.has_value(), qPrintable(id));
            QVERIFY2(run->step(id)->outcome->succeeded(), qPrintable(run->step(id)->outcome->error.toString()));
            QCOMPARE(run->step(id)->result.status, Status::Pass); // the verification replaced it
        }
        QTRY_VERIFY(commit->isEnabled());
        QCOMPARE(commit->text(), QStringLiteral("Continue to the &report"));
        // The summary accounts for every checked change, also those that had nothing to apply
        // (the demo's proxy form matches ofcscan.ini: its box says "nothing to change").
        QLabel *status = nullptr;
        for (QLabel *l : m_wizard->currentPage()->findChildren<QLabel *>())
            if (l->isVisible() && l->text().contains(QLatin1String("applied and verified. The report")))
                status = l;
        QVERIFY(status);
        int notApplied = 0;
        for (QLabel *l : m_wizard->currentPage()->findChildren<QLabel *>())
            if (l->isVisible() && l->text().startsWith(QLatin1String("Not applied:")))
                qInfo("%s", qPrintable(l->text())), ++notApplied;
        QVERIFY(notApplied > 0);
        QVERIFY2(status->text().contains(notApplied == 1 ? QStringLiteral("1 other checked change could not be applied; it says why.")
                                                          : QStringLiteral("%1 other checked changes").arg(notApplied)),
                 qPrintable(status->text()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_noHosts.open());
        qputenv("KBWIZARD_HOSTS_MAP", QFile::encodeName(m_noHosts.fileName()));
        installTranslators(QStringLiteral("en")); // as on a server with LANG=C
    }

    void cleanup()
    {
        m_wizard.reset();
        m_tmp.reset();
        installTranslators(QStringLiteral("en")); // a failed language test must not leave German behind
    }

    void updateFailureEndToEnd()
    {
        STEP(startWizard());
        STEP(goToDiagnose());
        STEP(diagnoseAndAssertFailures());
        STEP(pressNext(Page_Fix));

        const QStringList fixable = m_wizard->session().fixableSteps();
        QVERIFY(fixable.contains(QStringLiteral("au-timeout")));
        QVERIFY(fixable.contains(QStringLiteral("duplication-action")));
        const QString previews = previewsText();
        QVERIFY2(previews.contains(QStringLiteral("+timeout=99999")), qPrintable(previews));
        QVERIFY(previews.contains(QStringLiteral("-DuplicationAction=80")));
        QVERIFY(previews.contains(QStringLiteral("+DuplicationAction=0")));
        for (QGroupBox *box : m_wizard->currentPage()->findChildren<QGroupBox *>())
            QVERIFY(!box->isCheckable() || box->isChecked());
        const QByteArray aucfgBefore = readFile(wfbs(QStringLiteral("Admin/aucfg.ini")));
        QVERIFY(!aucfgBefore.contains("timeout=99999"));

        STEP(applyAll());

        const QByteArray aucfg = readFile(wfbs(QStringLiteral("Admin/aucfg.ini")));
        QVERIFY(aucfg.contains("ConnectTimeout=60\r\ntimeout=99999\r\n"));
        QCOMPARE(aucfg.size(), aucfgBefore.size() + qsizetype(strlen("timeout=99999\r\n")));
        const QString component = QString::fromLatin1(readFile(wfbs(QStringLiteral("Private/component.ini"))));
        const QRegularExpression eighty(QStringLiteral("^\\s*Duplicat(ion|e)Action\\s*=\\s*80\\s*$"),
                                        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
        QVERIFY(!eighty.match(component).hasMatch());
        QVERIFY(component.contains(QStringLiteral("duplicationaction=0")));   // spelling kept
        QVERIFY(component.contains(QStringLiteral("DuplicationAction = 0"))); // spacing kept
        QVERIFY(component.contains(QStringLiteral("DuplicateAction=0")));

        STEP(pressNext(Page_Report));
        QVERIFY(!m_wizard->button(QWizard::BackButton)->isEnabled()); // committed
        auto *browser = m_wizard->currentPage()->findChild<QTextBrowser *>();
        QVERIFY(browser);
        const QString html = browser->toHtml();
        QVERIFY(html.contains(QStringLiteral("au-timeout")));
        QVERIFY(html.contains(QStringLiteral("duplication-action")));
        QVERIFY(html.contains(QStringLiteral("Passed")));
        QVERIFY(m_wizard->button(QWizard::FinishButton)->isVisible());
    }

    void undoRestoresComponentIni()
    {
        STEP(startWizard());
        STEP(goToDiagnose());
        STEP(diagnoseAndAssertFailures());
        STEP(pressNext(Page_Fix));
        STEP(applyAll());
        const QString path = wfbs(QStringLiteral("Private/component.ini"));
        const QByteArray original = readFile(QStringLiteral(":/demo/wfbs/Security Server/PCCSRV/Private/component.ini"));
        QVERIFY(!original.isEmpty());
        QVERIFY(readFile(path) != original);

        STEP(clickUndo(QStringLiteral("duplication-action")));
        QWizardPage *page = m_wizard->currentPage();
        QTRY_COMPARE_WITH_TIMEOUT(readFile(path), original, kTimeoutMs);
        auto told = [page] {
            for (QLabel *l : page->findChildren<QLabel *>())
                if (l->text().contains(QLatin1String("Run the diagnosis again to confirm")))
                    return true;
            return false;
        };
        QTRY_VERIFY(told());
        // The other fix stays.
        QVERIFY(readFile(wfbs(QStringLiteral("Admin/aucfg.ini"))).contains("timeout=99999"));
    }

    void undoAnywayAfterALaterChange()
    {
        STEP(startWizard());
        STEP(goToDiagnose());
        STEP(diagnoseAndAssertFailures());
        STEP(pressNext(Page_Fix));
        STEP(applyAll());
        const QString path = wfbs(QStringLiteral("Private/component.ini"));
        const QByteArray original = readFile(QStringLiteral(":/demo/wfbs/Security Server/PCCSRV/Private/component.ini"));
        QVERIFY(writeFile(path, readFile(path) + "\r\n; edited by hand\r\n"));

        // The refusal is asked in a modal box: answer it from a timer, as a user would.
        QStringList asked;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked << box->text();
            for (QAbstractButton *b : box->buttons())
                if (b->text() == QLatin1String("Undo &anyway"))
                    b->click();
        });
        answer.start(50);
        STEP(clickUndo(QStringLiteral("duplication-action")));
        QTRY_COMPARE_WITH_TIMEOUT(readFile(path), original, kTimeoutMs);
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.constFirst().contains(QLatin1String("changed after the fix")));
    }

private:
    // Visible labels of the current page, joined.
    QString visibleLabels() const
    {
        QStringList texts;
        for (QLabel *l : m_wizard->currentPage()->findChildren<QLabel *>())
            if (l->isVisible())
                texts << l->text();
        return texts.join(QLatin1Char('\n'));
    }

    QGroupBox *fixBox(const QString &titlePart) const
    {
        for (QGroupBox *b : m_wizard->currentPage()->findChildren<QGroupBox *>())
            if (b->title().contains(titlePart))
                return b;
        return nullptr;
    }

    // Every text a user or a screen reader can get from a widget, besides what is typed.
    static QStringList shownTexts(QWidget *w)
    {
        QStringList t{w->toolTip(), w->accessibleName(), w->accessibleDescription(), w->windowTitle(),
                      w->statusTip(), w->whatsThis()};
        if (auto *l = qobject_cast<QLabel *>(w))
            t << l->text();
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            t << b->text();
        if (auto *g = qobject_cast<QGroupBox *>(w))
            t << g->title();
        if (auto *e = qobject_cast<QPlainTextEdit *>(w))
            t << e->toPlainText();
        if (auto *e = qobject_cast<QTextEdit *>(w))
            t << e->toPlainText();
        if (auto *tree = qobject_cast<QTreeWidget *>(w))
            for (int i = 0; i < tree->topLevelItemCount(); ++i)
                for (int c = 0; c < tree->columnCount(); ++c)
                    t << tree->topLevelItem(i)->text(c) << tree->topLevelItem(i)->toolTip(c);
        if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w))
            t << iface->text(QAccessible::Name) << iface->text(QAccessible::Description);
        return t;
    }

    QStringList leaksOf(const QString &secret) const
    {
        QStringList leaks;
        QList<QWidget *> widgets = m_wizard->findChildren<QWidget *>();
        widgets << m_wizard.get();
        for (QWidget *w : std::as_const(widgets))
            for (const QString &text : shownTexts(w))
                if (text.contains(secret))
                    leaks << QStringLiteral("%1 %2: %3")
                                 .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                      text.left(80));
        return leaks;
    }

    void clickUndo(const QString &stepId)
    {
        QWizardPage *page = m_wizard->currentPage();
        auto *tabs = page->findChild<QTabWidget *>();
        QVERIFY(tabs);
        tabs->setCurrentIndex(1);
        QTreeWidget *sets = nullptr;
        for (QTreeWidget *t : page->findChildren<QTreeWidget *>())
            if (t->isVisible())
                sets = t;
        QVERIFY(sets);
        QTreeWidgetItem *dup = nullptr;
        for (int i = 0; i < sets->topLevelItemCount(); ++i)
            if (sets->topLevelItem(i)->toolTip(0).endsWith(QLatin1Char('/') + stepId)) // the text is the step's title
                dup = sets->topLevelItem(i);
        QVERIFY(dup);
        QTest::mouseClick(sets->viewport(), Qt::LeftButton, {}, sets->visualItemRect(dup).center());
        QPushButton *undo = nullptr;
        for (QPushButton *b : page->findChildren<QPushButton *>())
            if (b->text() == QLatin1String("&Undo..."))
                undo = b;
        QVERIFY(undo);
        QTRY_VERIFY(undo->isEnabled());
        QTest::mouseClick(undo, Qt::LeftButton);
    }

private Q_SLOTS:
    // A fix killed half-way (its set still "prepared") is named on the Diagnose page and listed
    // as interrupted on the Undo tab.
    void interruptedFixIsOffered()
    {
        STEP(startWizard());
        FileEdit edit;
        edit.path = wfbs(QStringLiteral("Private/component.ini"));
        edit.displayPath = QStringLiteral("Private\\component.ini");
        edit.before = readFile(edit.path);
        edit.after = edit.before;
        BackupSet set;
        QVERIFY(!BackupStore(sandbox() + QStringLiteral("/backups"))
                     .createSet(QStringLiteral("update-failure"), QStringLiteral("duplication-action"),
                                m_tmp->path() + kWfbs, {edit}, &set));
        STEP(goToDiagnose());
        QLabel *warning = nullptr;
        for (QLabel *l : m_wizard->currentPage()->findChildren<QLabel *>())
            if (l->isVisible() && l->text().contains(QLatin1String("did not finish")))
                warning = l;
        QVERIFY(warning);
        QVERIFY2(warning->text().startsWith(QLatin1String("1 fix did not finish"))
                     && warning->text().contains(QLatin1String("Smart Duplication of components, started"))
                     && warning->text().contains(QLatin1String("Undo earlier changes")),
                 qPrintable(warning->text()));
    }

    void languageSwitchesWithoutRestart()
    {
        STEP(startWizard());
        goToDiagnose();
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->currentPage()->isComplete(), kTimeoutMs);
        const QString englishTitle = m_wizard->currentPage()->title();
        auto *language = qobject_cast<QPushButton *>(m_wizard->button(QWizard::CustomButton1));
        QVERIFY(language && language->isVisible() && language->menu());
        QVERIFY(!language->accessibleName().isEmpty());
        QCOMPARE(language->text(), QStringLiteral("&Language"));
        QAction *german = language->menu()->findChild<QAction *>(QStringLiteral("language-de"));
        QVERIFY(german);
        german->trigger();
        // The open page, the wizard's own buttons and the article texts follow at once.
        QTRY_VERIFY(m_wizard->currentPage()->title() != englishTitle);
        QCOMPARE(m_wizard->button(QWizard::NextButton)->text(), QStringLiteral("&Weiter >"));
        QCOMPARE(language->text(), QStringLiteral("Spra&che")); // &S is Abschließen (Finish)
        QVERIFY(statusText(Status::Fail) == QLatin1String("Fehlgeschlagen"));
        QCOMPARE(m_wizard->currentId(), int(Page_Diagnose)); // nothing restarted
        language->menu()->findChild<QAction *>(QStringLiteral("language-en"))->trigger();
        QTRY_COMPARE(m_wizard->currentPage()->title(), englishTitle);
        QCOMPARE(m_wizard->button(QWizard::NextButton)->text(), QStringLiteral("&Next >"));
    }

    void targetPageFolderErrorThenDemo()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        m_wizard = std::make_unique<KbWizard>();
        QVERIFY(m_wizard->startFrom(false, QString(), QString(), QString())); // nothing found
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        QWizardPage *page = m_wizard->currentPage();
        QAbstractButton *next = m_wizard->button(QWizard::NextButton);
        auto *installs = page->findChild<QTreeWidget *>();
        QCOMPARE(installs->topLevelItemCount(), 0);
        QVERIFY(!next->isEnabled());

        // A folder that is not there: the reason, naming the folder, on the page.
        const QString missing = m_tmp->path() + QStringLiteral("/no-such-server");
        auto *folder = page->findChild<QLineEdit *>();
        QTest::keyClicks(folder, missing);
        QTest::keyClick(folder, Qt::Key_Return);
        auto errorShown = [page, &missing] {
            for (QLabel *l : page->findChildren<QLabel *>())
                if (l->isVisible() && l->text().contains(QLatin1String("cannot be used"))
                    && l->text().contains(QDir::toNativeSeparators(missing)))
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(errorShown(), kTimeoutMs);
        QCOMPARE(m_wizard->currentId(), int(Page_Target)); // Enter meant "Use", not Next
        QVERIFY(!next->isEnabled());

        // The demo server: a fresh sandbox (in QStandardPaths' test location), both installs.
        QPushButton *demo = nullptr;
        for (QPushButton *b : page->findChildren<QPushButton *>())
            if (b->text() == QLatin1String("Use the &demo server"))
                demo = b;
        QVERIFY(demo);
        QTRY_VERIFY(demo->isEnabled());
        QTest::mouseClick(demo, Qt::LeftButton);
        auto labels = [page] {
            QStringList texts;
            for (QLabel *l : page->findChildren<QLabel *>())
                if (l->isVisible())
                    texts << l->text();
            return texts.join(QLatin1Char('\n'));
        };
        QTRY_VERIFY2_WITH_TIMEOUT(installs->topLevelItemCount() == 2, qPrintable(labels()), 20000);
        QTRY_VERIFY(next->isEnabled());
        STEP(pressNext(Page_Symptom));
        QCOMPARE(m_wizard->session().host()->kind(), HostKind::Demo);
        QVERIFY(!m_wizard->session().demoSandbox().isEmpty());
        m_wizard.reset();
        QDir(DemoSandbox::defaultParent()).removeRecursively(); // only the test-mode location
    }

    void symptomNextDisabledUntilChosen()
    {
        STEP(startWizard());
        STEP(pressNext(Page_Symptom));
        // On the commit page the commit button stands where Next is.
        QAbstractButton *next = m_wizard->button(QWizard::CommitButton);
        if (!next->isVisible())
            next = m_wizard->button(QWizard::NextButton);
        QVERIFY(!next->isEnabled());
        auto *filter = m_wizard->currentPage()->findChild<QLineEdit *>();
        auto *symptoms = m_wizard->currentPage()->findChild<QListWidget *>();
        QTest::keyClicks(filter, QStringLiteral("NOT UPDATING")); // any case
        QVERIFY(!next->isEnabled());
        QListWidgetItem *first = nullptr;
        int shown = 0;
        for (int i = 0; i < symptoms->count(); ++i)
            if (!symptoms->item(i)->isHidden()) {
                first = first ? first : symptoms->item(i);
                ++shown;
            }
        QVERIFY(first);
        QVERIFY(shown < symptoms->count());
        QTest::mouseClick(symptoms->viewport(), Qt::LeftButton, {}, symptoms->visualItemRect(first).center());
        QVERIFY(next->isEnabled());
        // Filtering the chosen symptom away takes the choice back.
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("zzz-no-such-symptom"));
        QVERIFY(!next->isEnabled());
        QCOMPARE(m_wizard->currentId(), int(Page_Symptom));
    }

    void fixInputChoiceRefreshesPreview()
    {
        STEP(startWizard());
        // Without a [Downloader] section the fix asks where timeout= goes.
        const QString aucfg = wfbs(QStringLiteral("Admin/aucfg.ini"));
        QByteArray bytes = readFile(aucfg);
        QVERIFY(bytes.contains("[Downloader]\r\n"));
        bytes.replace("[Downloader]\r\n", "");
        QVERIFY(writeFile(aucfg, bytes));
        STEP(goToDiagnose());
        STEP(diagnoseAndAssertFailures());
        STEP(pressNext(Page_Fix));

        QComboBox *section = nullptr;
        for (QComboBox *c : m_wizard->currentPage()->findChildren<QComboBox *>())
            if (c->accessibleName().contains(QLatin1String("aucfg.ini")))
                section = c;
        QVERIFY(section);
        QVERIFY(!accessibleName(section).isEmpty());
        QCOMPARE(section->currentText(), QStringLiteral("Downloader"));
        QVERIFY(previewsText().contains(QStringLiteral("+[Downloader]")));
        section->setCurrentText(QStringLiteral("Patch"));
        QTRY_VERIFY(!previewsText().contains(QStringLiteral("+[Downloader]")));
        QVERIFY(previewsText().contains(QStringLiteral("+timeout=99999")));
        QCOMPARE(m_wizard->session().fixInputs(QStringLiteral("au-timeout")).value(QStringLiteral("section")).toString(),
                 QStringLiteral("Patch"));
    }

    void everyControlHasAnAccessibleNameAndDescription()
    {
        // No UI animations (remote desktop sessions), whatever the desktop's settings are.
        const auto effects = {Qt::UI_General, Qt::UI_AnimateMenu, Qt::UI_FadeMenu, Qt::UI_AnimateCombo,
                              Qt::UI_AnimateTooltip, Qt::UI_FadeTooltip, Qt::UI_AnimateToolBox};
        for (Qt::UIEffect effect : effects)
            QApplication::setEffectEnabled(effect, true);
        QVERIFY(QApplication::isEffectEnabled(Qt::UI_AnimateCombo)); // so the check below can fail
        STEP(startWizard());
        for (Qt::UIEffect effect : effects)
            QVERIFY2(!QApplication::isEffectEnabled(effect), qPrintable(QString::number(int(effect))));
        QStringList missing;
        auto audit = [&] {
            QList<QWidget *> widgets = m_wizard->findChildren<QWidget *>();
            for (QWidget *w : std::as_const(widgets))
                if (needsName(w) && accessibleName(w).trimmed().isEmpty())
                    missing << QStringLiteral("page %1: %2 %3 has no name")
                                   .arg(m_wizard->currentId())
                                   .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
                else if (needsName(w) && w->isVisibleTo(m_wizard.get())
                         && accessibleDescription(w).trimmed().isEmpty())
                    missing << QStringLiteral("page %1: %2 \"%3\" has no description")
                                   .arg(m_wizard->currentId())
                                   .arg(QString::fromLatin1(w->metaObject()->className()), accessibleName(w));
            for (QTabWidget *t : m_wizard->findChildren<QTabWidget *>())
                for (int i = 0; i < t->count(); ++i)
                    if (t->tabText(i).isEmpty())
                        missing << QStringLiteral("tab %1").arg(i);
        };
        STEP(audit());
        STEP(goToDiagnose());
        STEP(audit());
        STEP(diagnoseAndAssertFailures());
        STEP(pressNext(Page_Fix));
        STEP(audit());
        STEP(applyAll());
        STEP(audit());
        STEP(pressNext(Page_Report));
        STEP(audit());
        missing.removeDuplicates();
        for (const QString &m : std::as_const(missing))
            qInfo("%s", qPrintable(m)); // QVERIFY2 cuts long messages
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 control(s), listed above").arg(missing.size())));
    }

    // A fix that downloads (wcspatterns) reports fixProgress(): the step's own bar and a line
    // naming the item; an unknown total shows a busy bar. Stop says what it does.
    void fixProgressAndStop()
    {
        STEP(startWizard());
        STEP(goToDiagnose());
        STEP(diagnoseAndAssertFailures());
        STEP(pressNext(Page_Fix));
        QGroupBox *box = fixBox(QStringLiteral("timeout"));
        QVERIFY(box);
        auto *bar = box->findChild<QProgressBar *>();
        QVERIFY(bar);
        QVERIFY(!bar->isVisible());
        Session &session = m_wizard->session();
        Q_EMIT session.fixProgress(QStringLiteral("au-timeout"), 512 * 1024, 2048 * 1024,
                                   QStringLiteral("fup_23517.zip"));
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->value() * 4, bar->maximum()); // a quarter
        QVERIFY2(visibleLabels().contains(QLatin1String("fup_23517.zip")), qPrintable(visibleLabels()));
        QVERIFY(!accessibleName(bar).isEmpty());
        Q_EMIT session.fixProgress(QStringLiteral("au-timeout"), 4096, -1, QStringLiteral("lpt1723100.zip"));
        QCOMPARE(bar->maximum(), 0); // busy indicator
        QVERIFY(visibleLabels().contains(QLatin1String("lpt1723100.zip")));

        QAbstractButton *commit = m_wizard->button(QWizard::CommitButton);
        QTRY_VERIFY(commit->isEnabled());
        QTest::mouseClick(commit, Qt::LeftButton);
        QPushButton *stop = nullptr;
        for (QPushButton *b : m_wizard->currentPage()->findChildren<QPushButton *>())
            if (b->text() == QLatin1String("&Stop"))
                stop = b;
        QVERIFY(stop);
        if (session.isApplying()) {
            QVERIFY(stop->isVisible() && stop->isEnabled());
            QTest::mouseClick(stop, Qt::LeftButton);
            QVERIFY(visibleLabels().contains(
                QLatin1String("Stopping after the current step; nothing half-done is kept.")));
        }
        QTRY_VERIFY_WITH_TIMEOUT(!session.isApplying(), kTimeoutMs);
        QTRY_VERIFY(!stop->isVisible());
        QVERIFY(!bar->isVisible() || !session.currentRun()->step(QStringLiteral("au-timeout"))->outcome);
    }

    // Undo from the page goes through Session::undo(): the step says "undone", and so does the
    // report.
    void undoIsRecordedForTheReport()
    {
        STEP(startWizard());
        STEP(goToDiagnose());
        STEP(diagnoseAndAssertFailures());
        STEP(pressNext(Page_Fix));
        STEP(applyAll());
        const QString step = QStringLiteral("duplication-action");
        QVERIFY(!m_wizard->session().currentRun()->step(step)->outcome->undone);
        STEP(clickUndo(step));
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->session().currentRun()->step(step)->outcome->undone, kTimeoutMs);
        QVERIFY(!m_wizard->session().currentRun()->step(QStringLiteral("au-timeout"))->outcome->undone);
        QTRY_VERIFY(m_wizard->button(QWizard::CommitButton)->isEnabled());

        const QJsonObject report = Report::build(m_wizard->session());
        bool found = false;
        for (const QJsonValue &a : report.value(QLatin1String("articles")).toArray())
            for (const QJsonValue &s : a.toObject().value(QLatin1String("steps")).toArray()) {
                const QJsonObject o = s.toObject();
                const QJsonObject fix = o.value(QLatin1String("fix")).toObject();
                if (o.value(QLatin1String("id")).toString() == step) {
                    found = true;
                    QVERIFY(fix.value(QLatin1String("applied")).toBool());
                    QVERIFY(fix.value(QLatin1String("undone")).toBool());
                } else if (o.value(QLatin1String("id")).toString() == QLatin1String("au-timeout")) {
                    QVERIFY(!fix.value(QLatin1String("undone")).toBool());
                }
            }
        QVERIFY2(found, QJsonDocument(report).toJson().constData());

        // The step's box says its outcome no longer holds.
        m_wizard->currentPage()->findChild<QTabWidget *>()->setCurrentIndex(0);
        QGroupBox *box = fixBox(m_wizard->session().article()->step(step)->title);
        QVERIFY(box);
        bool told = false;
        for (QLabel *l : box->findChildren<QLabel *>())
            told = told || (l->isVisible() && l->text() == QStringLiteral("Undone – run the diagnosis again"));
        QVERIFY(told);
    }

    // host-state.json "elevated": false: the Target page (for the selected installation) and the
    // top of the Fix page show the engine's warning, with an icon.
    void elevationBannerWhenNotElevated()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        KbError error;
        const QString dir = DemoSandbox::create(sandbox(), &error);
        QVERIFY2(!error, qPrintable(error.toString()));
        const QString statePath = QDir(dir).filePath(QStringLiteral("host-state.json"));
        QByteArray state = readFile(statePath);
        QVERIFY(state.contains("\"elevated\": true"));
        state.replace("\"elevated\": true", "\"elevated\": false");
        QVERIFY(writeFile(statePath, state));
        m_wizard = std::make_unique<KbWizard>();
        QVERIFY(m_wizard->startFrom(false, QString(), dir, QString()));
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        QCOMPARE(m_wizard->currentId(), int(Page_Target));

        const QString warning = QStringLiteral("not running as an administrator");
        auto bannerShown = [this, &warning] {
            for (QLabel *l : m_wizard->currentPage()->findChildren<QLabel *>()) {
                if (!l->isVisible() || !l->text().contains(warning))
                    continue;
                // An icon beside the words: never colour alone.
                for (QLabel *icon : l->parentWidget()->findChildren<QLabel *>())
                    if (icon != l && icon->isVisible() && !icon->pixmap().isNull())
                        return true;
            }
            return false;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(bannerShown(), qPrintable(visibleLabels()), kTimeoutMs);
        STEP(goToDiagnose());
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->currentPage()->isComplete(), kTimeoutMs);
        STEP(pressNext(Page_Fix));
        QTRY_VERIFY2_WITH_TIMEOUT(bannerShown(), qPrintable(visibleLabels()), kTimeoutMs);
    }

    // main()'s start (issue 16, item 4): the first page is painted before the demo is copied
    // and before pages 2-5 exist; it says what is coming and shows Next, not Finish. Right
    // after that paint the demo is copied, its installations listed and the pages built.
    void startAfterFirstPaint()
    {
        m_wizard.reset();
        m_tmp = std::make_unique<QTemporaryDir>();
        m_wizard = std::make_unique<KbWizard>();
        QVERIFY(m_wizard->startAfterFirstPaint(true, sandbox(), QString(), QString()));
        QVERIFY(!QFileInfo::exists(sandbox())); // nothing copied before the first paint
        QVERIFY(!m_wizard->page(Page_Symptom));
        // What the first paint shows: the notice, and Next (disabled: nothing listed yet).
        m_wizard->show();
        bool sawNotice = false;
        for (QLabel *l : m_wizard->currentPage()->findChildren<QLabel *>())
            sawNotice = sawNotice || l->text() == QLatin1String("Copying the demo server...");
        QVERIFY2(sawNotice, qPrintable(visibleLabels()));
        QVERIFY(m_wizard->button(QWizard::NextButton)->isVisible());
        QVERIFY(!m_wizard->button(QWizard::FinishButton)->isVisible());
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());

        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->page(Page_Report) != nullptr, kTimeoutMs);
        QVERIFY(QFileInfo::exists(sandbox()));
        auto *installs = m_wizard->currentPage()->findChild<QTreeWidget *>();
        QVERIFY(installs);
        QTRY_COMPARE_WITH_TIMEOUT(installs->topLevelItemCount(), 2, kTimeoutMs); // WFBS, OfficeScan
        QVERIFY(!visibleLabels().contains(QLatin1String("Copying the demo server")));
        STEP(pressNext(Page_Symptom));
    }

    // A deferred start that fails (a folder that is no installation) says why and emits
    // startFailed(), which main() turns into exit code 2.
    void startAfterFirstPaintFails()
    {
        m_wizard.reset();
        m_tmp = std::make_unique<QTemporaryDir>();
        m_wizard = std::make_unique<KbWizard>();
        bool failed = false;
        connect(m_wizard.get(), &KbWizard::startFailed, this, [&failed] { failed = true; });
        const QString missing = m_tmp->path() + QStringLiteral("/no-such-folder");
        QVERIFY(m_wizard->startAfterFirstPaint(false, QString(), missing, QString()));
        QVERIFY(!failed);
        m_wizard->show();
        QTRY_VERIFY_WITH_TIMEOUT(failed, kTimeoutMs);
        // Known at once: an unknown host backend fails before anything is shown.
        KbWizard other;
        QVERIFY(!other.startAfterFirstPaint(false, QString(), QString(), QStringLiteral("martian")));
    }

    // A server name whose C$ share cannot be reached: the engine's reason, inline, naming where
    // it looked; Enter in the field means Connect, never Next.
    void serverNameError_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("expected");
        const QString name = QStringLiteral("KBW-NO-SUCH-SERVER");
        QTest::newRow("bare-name") << name << QStringList{name, QStringLiteral("C$"), QStringLiteral("Looked at")};
        QTest::newRow("unc-prefix") << QStringLiteral("\\\\") + name
                                    << QStringList{name, QStringLiteral("C$"), QStringLiteral("administrator")};
        QTest::newRow("share-path") << QStringLiteral("\\\\%1\\share").arg(name)
                                    << QStringList{QStringLiteral("not a server name")};
    }

    void serverNameError()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, expected);
        m_tmp = std::make_unique<QTemporaryDir>();
        m_wizard = std::make_unique<KbWizard>();
        QVERIFY(m_wizard->startFrom(false, QString(), QString(), QString()));
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        QLineEdit *server = nullptr;
        for (QLineEdit *e : m_wizard->currentPage()->findChildren<QLineEdit *>())
            if (accessibleName(e) == QLatin1String("Server name"))
                server = e;
        QVERIFY(server);
        QTest::keyClicks(server, typed);
        QTest::keyClick(server, Qt::Key_Return);
        auto shown = [&] {
            for (QLabel *l : m_wizard->currentPage()->findChildren<QLabel *>()) {
                bool all = l->isVisible();
                for (const QString &e : expected)
                    all = all && l->text().contains(e);
                if (all)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(shown(), qPrintable(visibleLabels()), kTimeoutMs);
        QCOMPARE(m_wizard->currentId(), int(Page_Target));
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    }

    // A password typed into the proxy fix's form appears nowhere: no label, button, tooltip,
    // accessible name or description, preview or report, before or after applying.
    void typedPasswordNeverShown()
    {
        STEP(startWizard());
        STEP(goToDiagnose());
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->currentPage()->isComplete(), kTimeoutMs);
        STEP(pressNext(Page_Fix));
        QGroupBox *proxy = fixBox(QStringLiteral("proxy"));
        QVERIFY2(proxy, qPrintable(visibleLabels()));
        QComboBox *type = nullptr;
        for (QComboBox *c : proxy->findChildren<QComboBox *>())
            if (c->findText(QStringLiteral("SOCKS5")) >= 0)
                type = c;
        QVERIFY(type);
        QVERIFY(!type->isEditable()); // a protocol is chosen, not typed
        QList<QLineEdit *> passwords;
        for (QLineEdit *e : proxy->findChildren<QLineEdit *>())
            if (e->echoMode() == QLineEdit::Password)
                passwords << e;
        QCOMPARE(passwords.size(), 2); // the field and the page's confirmation
        const QString secret = QStringLiteral("Kbw-S3cret-Pa55");
        for (QLineEdit *e : std::as_const(passwords))
            QTest::keyClicks(e, secret);
        QCOMPARE(m_wizard->session().fixInputs(QStringLiteral("proxy")).value(QStringLiteral("password")).toString(),
                 secret);
        QStringList leaks = leaksOf(secret);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));

        QAbstractButton *commit = m_wizard->button(QWizard::CommitButton);
        QTRY_VERIFY(commit->isEnabled());
        QTest::mouseClick(commit, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->session().isApplying(), kTimeoutMs);
        leaks = leaksOf(secret);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
        STEP(pressNext(Page_Report));
        leaks = leaksOf(secret);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
        QVERIFY(!QJsonDocument(Report::build(m_wizard->session())).toJson().contains(secret.toUtf8()));
    }
};

QTEST_MAIN(tst_Wizard)
#include "tst_wizard.moc"
