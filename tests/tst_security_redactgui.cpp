// Security review M3, the GUI half: the secret shapes of tst_security_redact planted in the
// demo's ofcserver.ini (as evidence lines beside Update_Source) must not appear in the Diagnose
// page's evidence table (cells and tool tips) and details, the Fix page's previews, notes and
// labels, or the text "Copy summary" puts on the clipboard. On 249947e the evidence table
// showed `found` through redactValue only, so a URL password and the other shapes were shown.
#include "kbwizard.h"
#include "pageids.h"
#include "report/redact.h"
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

// text, needles (a subset of tst_security_redact's table, one per kind of rule)
const QList<QPair<QString, QString>> kShapes = {
    {QStringLiteral("http://bob:UrlPw01x@mirror.example/au"), QStringLiteral("UrlPw01x")},
    {QStringLiteral("SMTP_Password=correct horse04x battery04x"), QStringLiteral("battery04x")},
    {QStringLiteral("Pwd=Ab05x;cd05x,ef05x"), QStringLiteral("ef05x")},
    {QStringLiteral("password=\"quoted q06x secret\""), QStringLiteral("q06x")},
    {QStringLiteral("{\"password\": \"json08x\"}"), QStringLiteral("json08x")},
    {QStringLiteral("<password>xml10x</password>"), QStringLiteral("xml10x")},
    {QStringLiteral("Authorization: Basic QmFzaWMxMng="), QStringLiteral("QmFzaWMxMng")},
    {QStringLiteral("Cookie: ASP.NET_SessionId=cook15x; theme=dark"), QStringLiteral("cook15x")},
    {QStringLiteral("/api?user=x&token=tok17x&z=1"), QStringLiteral("tok17x")},
    {QStringLiteral("/cgi/x.exe?sid=sid18x&id=2"), QStringLiteral("sid18x")},
    {QStringLiteral("/login?pw=pw20x"), QStringLiteral("pw20x")},
    {QStringLiteral("value !cryptex!abcd26x"), QStringLiteral("abcd26x")},
};

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
        for (const auto &s : kShapes)
            QVERIFY2(!text.contains(s.second), qPrintable(QStringLiteral("%1 shows %2").arg(where, s.second)));
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
        for (int i = 0; i < kShapes.size(); ++i)
            planted += QStringLiteral("Extra_%1=activeupdate %2\r\n").arg(i + 1).arg(kShapes.at(i).first).toUtf8();
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
        bool sawPlanted = false;
        for (int i = 0; i < steps->topLevelItemCount(); ++i) {
            steps->setCurrentItem(steps->topLevelItem(i));
            const QString shown = visibleTexts(m_wizard->currentPage());
            sawPlanted = sawPlanted || shown.contains(QLatin1String("Extra_1"));
            STEP(check(QStringLiteral("Diagnose, step %1").arg(i), shown));
        }
        QVERIFY2(sawPlanted, "the planted lines never reached the evidence table");

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
        QVERIFY2(clip.contains(QLatin1String("(au-timeout)")), qPrintable(clip.left(2000)));
        STEP(check(QStringLiteral("clipboard"), clip));
        STEP(check(QStringLiteral("Report page"), visibleTexts(m_wizard->currentPage())));
        m_wizard.reset();
    }
};

QTEST_MAIN(tst_SecurityRedactGui)
#include "tst_security_redactgui.moc"
