// Security review M3, the GUI half: all the secret shapes of tst_security_redact (tests/support/
// secretshapes.cpp, 37 of them) planted in the
// demo's ofcserver.ini (as evidence lines beside Update_Source) must not appear in the Diagnose
// page's evidence table (cells and tool tips) and details, the Fix page's previews, notes and
// labels, or the text "Copy summary" puts on the clipboard. On 249947e the evidence table
// showed `found` through redactValue only, so a URL password and the other shapes were shown.
#include "kbwizard.h"
#include "pageids.h"
#include "report/redact.h"
#include "secretshapes.h"
#include "symptompage.h"
#include "translations.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QTreeWidget>

using namespace kb;

namespace {

constexpr int kTimeoutMs = 60000;

#define STEP(call)                                                                                 \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

QString visibleTexts(QWidget *root)
{
    QString all;
    for (QLabel *l : root->findChildren<QLabel *>())
        all += l->text() + QLatin1Char('\n') + l->toolTip() + QLatin1Char('\n');
    for (QPlainTextEdit *e : root->findChildren<QPlainTextEdit *>())
        all += e->toPlainText() + QLatin1Char('\n');
    for (QTableWidget *t : root->findChildren<QTableWidget *>())
        for (int r = 0; r < t->rowCount(); ++r)
            for (int c = 0; c < t->columnCount(); ++c)
                if (const QTableWidgetItem *i = t->item(r, c))
                    all += i->text() + QLatin1Char('\t') + i->toolTip() + QLatin1Char('\n');
    for (QTreeWidget *t : root->findChildren<QTreeWidget *>())
        for (int r = 0; r < t->topLevelItemCount(); ++r)
            for (int c = 0; c < t->columnCount(); ++c)
                all += t->topLevelItem(r)->text(c) + QLatin1Char('\t') + t->topLevelItem(r)->toolTip(c) + QLatin1Char('\n');
    return all;
}

} // namespace

class tst_SecurityRedactGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QTemporaryFile m_noHosts;
    std::unique_ptr<KbWizard> m_wizard;

    void pressNext(int expectedId)
    {
        QAbstractButton *next = m_wizard->button(QWizard::CommitButton);
        if (!next->isVisible())
            next = m_wizard->button(QWizard::NextButton);
        QTRY_VERIFY_WITH_TIMEOUT(next->isVisible() && next->isEnabled(), kTimeoutMs);
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_COMPARE(m_wizard->currentId(), expectedId);
    }

    void check(const QString &where, const QString &text)
    {
        for (const test::Shape &s : test::shapes())
            for (const QString &n : s.needles)
                QVERIFY2(!text.contains(n), qPrintable(QStringLiteral("%1 shows %2 (%3)").arg(where, n, QLatin1String(s.name))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_noHosts.open());
        qputenv("KBWIZARD_HOSTS_MAP", QFile::encodeName(m_noHosts.fileName()));
        installTranslators(QStringLiteral("en"));
    }

    void M3_guiEvidencePreviewAndClipboardAreRedacted()
    {
        const QString sandbox = m_tmp.filePath(QStringLiteral("demo"));
        m_wizard = std::make_unique<KbWizard>();
        QVERIFY(m_wizard->startFrom(true, sandbox, QString(), QString()));
        const QString iniPath = sandbox + QStringLiteral("/wfbs/Security Server/PCCSRV/Private/ofcserver.ini");
        QFile f(iniPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray ini = f.readAll();
        f.close();
        const qsizetype at = ini.indexOf("Update_Source=http");
        QVERIFY(at >= 0);
        QByteArray planted;
        const QList<test::Shape> all = test::shapes();
        QVERIFY(all.size() >= 30);
        for (int i = 0; i < all.size(); ++i)
            planted += QStringLiteral("Extra_%1=activeupdate %2\r\n").arg(i + 1, 2, 10, QLatin1Char('0'))
                           .arg(QString::fromUtf8(all.at(i).text)).toUtf8();
        ini.insert(ini.indexOf('\n', at) + 1, planted);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(ini);
        f.close();

        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        // Target (WFBS) -> Symptom ("not updating") -> Diagnose.
        auto *installs = m_wizard->currentPage()->findChild<QTreeWidget *>();
        QVERIFY(installs);
        for (int i = 0; i < installs->topLevelItemCount(); ++i)
            if (installs->topLevelItem(i)->text(0).startsWith(QLatin1String("Worry-Free")))
                installs->setCurrentItem(installs->topLevelItem(i));
        STEP(pressNext(Page_Symptom));
        auto *symptoms = m_wizard->currentPage()->findChild<QListWidget *>();
        QVERIFY(symptoms);
        for (int i = 0; i < symptoms->count(); ++i)
            if (symptoms->item(i)->data(SymptomPage::ArticleIdRole) == QLatin1String("update-failure")) {
                symptoms->setCurrentItem(symptoms->item(i));
                break;
            }
        STEP(pressNext(Page_Diagnose));
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->currentPage()->isComplete(), kTimeoutMs);

        // Every step's details and evidence table.
        auto *steps = m_wizard->currentPage()->findChild<QTreeWidget *>();
        QVERIFY(steps);
        // Every planted shape reaches the evidence table (else the checks prove nothing).
        QString everything;
        for (int i = 0; i < steps->topLevelItemCount(); ++i) {
            steps->setCurrentItem(steps->topLevelItem(i));
            const QString shown = visibleTexts(m_wizard->currentPage());
            everything += shown;
            STEP(check(QStringLiteral("Diagnose, step %1").arg(i), shown));
        }
        for (int i = 1; i <= int(all.size()); ++i)
            QVERIFY2(everything.contains(QStringLiteral("Extra_%1").arg(i, 2, 10, QLatin1Char('0'))),
                     qPrintable(QStringLiteral("Extra_%1 never reached the evidence table").arg(i)));

        STEP(pressNext(Page_Fix));
        const QString fix = visibleTexts(m_wizard->currentPage());
        QVERIFY(fix.contains(QLatin1String("Update_Source")) || fix.contains(QLatin1String("Extra_")));
        STEP(check(QStringLiteral("Fix page"), fix));

        // Apply, then the report page's "Copy summary".
        QAbstractButton *commit = m_wizard->button(QWizard::CommitButton);
        QTRY_VERIFY_WITH_TIMEOUT(commit->isVisible() && commit->isEnabled(), kTimeoutMs);
        QTest::mouseClick(commit, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->session().isApplying(), kTimeoutMs);
        STEP(check(QStringLiteral("Fix page after applying"), visibleTexts(m_wizard->currentPage())));
        STEP(pressNext(Page_Report));
        QPushButton *copy = nullptr;
        for (QPushButton *b : m_wizard->currentPage()->findChildren<QPushButton *>())
            if (b->text() == QLatin1String("&Copy summary"))
                copy = b;
        QVERIFY(copy);
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(copy, Qt::LeftButton);
        const QString clip = QGuiApplication::clipboard()->text();
        // "Copy summary" is the report's first page (issue 16): verdict, changes, what is left.
        // It is Report::summaryText of the redacted report, the same text that opens --text,
        // which tst_security_redact checks with every shape planted.
        QVERIFY2(clip.contains(QLatin1String("(au-timeout)")), qPrintable(clip.left(2000)));
        STEP(check(QStringLiteral("clipboard"), clip));
        STEP(check(QStringLiteral("Report page"), visibleTexts(m_wizard->currentPage())));
        m_wizard.reset();
    }
};

QTEST_MAIN(tst_SecurityRedactGui)
#include "tst_security_redactgui.moc"
