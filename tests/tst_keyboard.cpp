// The wizard from the keyboard alone, in every language: Enter moves through the whole repair
// (target, symptom, diagnosis, fixes applied, report) and Escape closes it; on every page the
// mnemonics (&-letters) are unique and each labelled one reaches a control; Tab reaches every
// control, in reading order.
#include "kbwizard.h"
#include "pageids.h"
#include "session.h"
#include "symptompage.h"
#include "translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryFile>
#include <QTextEdit>
#include <QtTest>

#include <algorithm>
#include <memory>

using namespace kb;

namespace {
constexpr int kTimeoutMs = 60000;

#define STEP(call)                                                                                 \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

bool shownIn(QWidget *w, QWidget *top)
{
    return w->isVisibleTo(top) && w->isVisible();
}

// Controls a keyboard user operates (parts of compound widgets are reached through their owner).
bool isControl(QWidget *w)
{
    if (qobject_cast<QHeaderView *>(w) || qobject_cast<QScrollBar *>(w))
        return false;
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<QComboBox *>(p) || qobject_cast<QLineEdit *>(p) || qobject_cast<QAbstractItemView *>(p))
            return false;
    if (auto *box = qobject_cast<QGroupBox *>(w))
        return box->isCheckable();
    return qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
           || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QPlainTextEdit *>(w)
           || qobject_cast<QTextEdit *>(w) || qobject_cast<QTabBar *>(w);
}

QString mnemonicOf(const QString &text)
{
    return QKeySequence::mnemonic(text).toString().remove(QLatin1String("Alt+")).toUpper();
}
} // namespace

class tst_Keyboard : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<KbWizard> m_wizard;
    QTemporaryFile m_noHosts;

    void start(const QString &language)
    {
        m_wizard.reset();
        installTranslators(language);
        m_tmp = std::make_unique<QTemporaryDir>();
        m_wizard = std::make_unique<KbWizard>();
        QVERIFY(m_wizard->startFrom(true, m_tmp->path() + QStringLiteral("/demo"), QString(), QString()));
        m_wizard->show();
        m_wizard->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
        QCOMPARE(m_wizard->currentId(), int(Page_Target));
    }

    QWidget *focus() const
    {
        QWidget *w = QApplication::focusWidget();
        return w ? w : m_wizard.get();
    }

    void key(int k, Qt::KeyboardModifiers mods = Qt::NoModifier) { QTest::keyClick(focus(), Qt::Key(k), mods); }

    // Enter presses the wizard's default button (Next, Apply selected, Continue, Finish).
    void enter(int expectedPage)
    {
        QAbstractButton *commit = m_wizard->button(QWizard::CommitButton);
        QAbstractButton *next = commit->isVisible() ? commit : m_wizard->button(QWizard::NextButton);
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), kTimeoutMs);
        key(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), expectedPage, kTimeoutMs);
    }

    // The page as a keyboard user meets it: mnemonics unique, labelled ones usable, Tab reaching
    // every control in reading order.
    void auditPage(const QString &where)
    {
        QWizardPage *page = m_wizard->currentPage();
        QHash<QString, QString> seen; // letter -> what uses it
        QStringList problems;
        auto claim = [&](const QString &text, const QString &what) {
            const QString letter = mnemonicOf(text);
            if (letter.isEmpty())
                return;
            if (seen.contains(letter))
                problems << QStringLiteral("%1: Alt+%2 is both \"%3\" and \"%4\"").arg(where, letter, seen.value(letter), what);
            seen.insert(letter, what);
        };
        for (QWidget *w : m_wizard->findChildren<QWidget *>()) {
            if (!shownIn(w, m_wizard.get()))
                continue;
            if (auto *b = qobject_cast<QAbstractButton *>(w))
                claim(b->text(), b->text());
            if (auto *g = qobject_cast<QGroupBox *>(w))
                claim(g->title(), g->title());
            if (auto *t = qobject_cast<QTabBar *>(w))
                for (int i = 0; i < t->count(); ++i)
                    claim(t->tabText(i), t->tabText(i));
            if (auto *l = qobject_cast<QLabel *>(w); l && l->textFormat() != Qt::RichText) {
                if (mnemonicOf(l->text()).isEmpty())
                    continue;
                claim(l->text(), l->text());
                if (!l->buddy())
                    problems << QStringLiteral("%1: the label \"%2\" has a mnemonic but no buddy").arg(where, l->text());
            }
        }

        // Tab from the page's first control: every control is reached, page controls in reading
        // order (top to bottom; left to right within a row).
        QList<QWidget *> controls;
        for (QWidget *w : page->findChildren<QWidget *>())
            if (shownIn(w, m_wizard.get()) && w->isEnabled() && isControl(w) && w->focusPolicy() & Qt::TabFocus)
                controls << w;
        if (controls.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
            return;
        }
        // Start from the control a reader meets first: the top-left one.
        std::sort(controls.begin(), controls.end(), [page](QWidget *a, QWidget *b) {
            const QPoint pa = a->mapTo(page, QPoint(0, 0)), pb = b->mapTo(page, QPoint(0, 0));
            return pa.y() != pb.y() ? pa.y() < pb.y() : pa.x() < pb.x();
        });
        QList<QWidget *> visited;
        QWidget *const restore = QApplication::focusWidget();
        controls.first()->setFocus(Qt::TabFocusReason);
        QWidget *const first = QApplication::focusWidget();
        for (int i = 0; i < 4 * controls.size() + 20; ++i) {
            QWidget *f = QApplication::focusWidget();
            if (f && !visited.contains(f))
                visited << f;
            QTest::keyClick(f ? f : m_wizard.get(), Qt::Key_Tab);
            if (QApplication::focusWidget() == first)
                break;
        }
        for (QWidget *c : std::as_const(controls))
            if (!visited.contains(c) && !visited.contains(c->focusProxy()))
                problems << QStringLiteral("%1: Tab never reaches %2 \"%3\"")
                                .arg(where, QString::fromLatin1(c->metaObject()->className()), c->accessibleName());
        QPoint last(-1, -1);
        QWidget *lastWidget = nullptr;
        for (QWidget *v : std::as_const(visited)) {
            if (!controls.contains(v))
                continue;
            const QPoint p = v->mapTo(page, QPoint(0, 0));
            // Earlier row (its top above the previous control's top by more than a few pixels)
            // only when the control also lies to the right of it: side-by-side columns.
            if (lastWidget && p.y() + 8 < last.y() && p.x() <= last.x())
                problems << QStringLiteral("%1: Tab goes back up from \"%2\" to \"%3\"")
                                .arg(where, lastWidget->accessibleName(), v->accessibleName());
            last = p;
            lastWidget = v;
        }
        if (restore)
            restore->setFocus(Qt::OtherFocusReason);
        for (const QString &p : std::as_const(problems))
            qInfo("%s", qPrintable(p));
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s), listed above").arg(problems.size())));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_noHosts.open());
        qputenv("KBWIZARD_HOSTS_MAP", QFile::encodeName(m_noHosts.fileName()));
    }
    void cleanup()
    {
        m_wizard.reset();
        installTranslators(QStringLiteral("en"));
    }

    void wholeRepairFromTheKeyboard_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("ja") << QStringLiteral("ja");
    }
    void wholeRepairFromTheKeyboard()
    {
        QFETCH(QString, language);
        STEP(start(language));
        STEP(auditPage(language + QStringLiteral(" target")));
        // The first installation (WFBS) is selected; Enter goes on.
        STEP(enter(Page_Symptom));
        STEP(auditPage(language + QStringLiteral(" symptom")));
        // The filter has the focus; typing narrows the list, Down moves into it.
        QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        key(Qt::Key_Down);
        auto *list = qobject_cast<QAbstractItemView *>(QApplication::focusWidget());
        QVERIFY(list);
        for (int i = 0; i < 10 && m_wizard->session().articleId() != QLatin1String("update-failure")
                        && list->currentIndex().data(SymptomPage::ArticleIdRole).toString() != QLatin1String("update-failure");
             ++i)
            key(Qt::Key_Down);
        QCOMPARE(list->currentIndex().data(SymptomPage::ArticleIdRole).toString(), QStringLiteral("update-failure"));
        QTRY_VERIFY(m_wizard->currentPage()->isComplete());
        STEP(enter(Page_Diagnose));
        QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->session().isDiagnosing(), kTimeoutMs);
        QCOMPARE(m_wizard->session().articleId(), QStringLiteral("update-failure"));
        STEP(auditPage(language + QStringLiteral(" diagnose")));
        STEP(enter(Page_Fix));
        STEP(auditPage(language + QStringLiteral(" fix")));
        // Enter applies the selected fixes and stays to show the outcomes.
        key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->session().isApplying(), kTimeoutMs);
        const ArticleRun *run = m_wizard->session().currentRun();
        QVERIFY(run->step(QStringLiteral("duplication-action"))->outcome.has_value());
        QVERIFY(run->step(QStringLiteral("duplication-action"))->outcome->succeeded());
        QCOMPARE(m_wizard->currentId(), int(Page_Fix));
        STEP(enter(Page_Report));
        STEP(auditPage(language + QStringLiteral(" report")));
        // Escape closes the wizard.
        key(Qt::Key_Escape);
        QTRY_VERIFY(!m_wizard->isVisible());
    }
};

QTEST_MAIN(tst_Keyboard)
#include "tst_keyboard.moc"
