// The Fix page and the repair plan (issue 15): the page applies exactly the plan it shows (a file
// changed after the preview is refused, nothing written); it saves that plan and opens a saved
// one, validated like --apply (digest, files read unchanged), ticking exactly the plan's steps.
#include "demofixture.h"
#include "fixpage.h"
#include "host/demohost.h"
#include "session.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

#include <functional>

using namespace kb;

namespace {

const QString kAucfg = QStringLiteral("wfbs/Security Server/PCCSRV/Admin/aucfg.ini");

QStringList tickedSteps(const FixPage &page)
{
    QStringList ids;
    for (const PlannedStep &s : page.shownPlan().steps)
        ids << s.stepId;
    return ids;
}

} // namespace

class tst_FixPagePlan : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::DemoFixture> m_demo;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<FixPage> m_page;

    // A fresh demo, diagnosed for `articleId`; `tweak` may change host-state.json first.
    bool prepare(const QString &articleId = QStringLiteral("update-failure"),
                 const std::function<void(QJsonObject &)> &tweak = {})
    {
        m_page.reset();
        m_session.reset();
        m_demo = std::make_unique<test::DemoFixture>();
        if (!m_demo->create())
            return false;
        if (tweak) {
            QJsonObject st = QJsonDocument::fromJson(m_demo->read(QStringLiteral("host-state.json"))).object();
            tweak(st);
            m_demo->write(QStringLiteral("host-state.json"), QJsonDocument(st).toJson());
        }
        m_session = std::make_unique<Session>();
        m_session->setInstallations({m_demo->wfbs, m_demo->osce});
        m_session->setTarget(m_demo->wfbs);
        m_session->setHost(std::make_unique<DemoHost>(m_demo->sandbox));
        m_session->setArticleId(articleId);
        QSignalSpy done(m_session.get(), &Session::diagnosisFinished);
        m_session->startDiagnosis();
        if (!done.wait(60000))
            return false;
        m_page = std::make_unique<FixPage>(m_session.get());
        m_page->initializePage();
        return true;
    }

    QGroupBox *box(const QString &stepId) const
    {
        const QString title = m_session->article()->step(stepId)->title;
        for (QGroupBox *b : m_page->findChildren<QGroupBox *>())
            if (b->title() == title)
                return b;
        return nullptr;
    }

private Q_SLOTS:
    void cleanup()
    {
        m_page.reset();
        m_session.reset();
        m_demo.reset();
    }

    // The bug of 249947e: the page previewed one plan and Session planned again at the click.
    void fileChangedAfterThePreviewIsRefused()
    {
        QVERIFY(prepare());
        const RepairPlan shown = m_page->shownPlan();
        QVERIFY(shown.step(QStringLiteral("au-timeout")));
        const QByteArray changed = m_demo->read(kAucfg) + "; edited after the preview\r\n";
        m_demo->write(kAucfg, changed);
        QSignalSpy finished(m_session.get(), &Session::fixesFinished);
        QVERIFY(!m_page->validatePage()); // starts the apply, stays on the page
        QVERIFY(finished.wait(60000));
        const StepRun *sr = m_session->currentRun()->step(QStringLiteral("au-timeout"));
        QVERIFY(sr->outcome);
        QCOMPARE(sr->outcome->state(), FixOutcome::State::NotApplied);
        QCOMPARE(sr->outcome->error.code, QStringLiteral("plan.changed"));
        QVERIFY(sr->outcome->error.message.contains(QStringLiteral("aucfg.ini")));
        QCOMPARE(m_demo->read(kAucfg), changed);
        QVERIFY(!QFileInfo::exists(QDir(m_demo->sandbox).filePath(QStringLiteral("backups"))));
        // The box says so.
        bool told = false;
        for (QLabel *l : box(QStringLiteral("au-timeout"))->findChildren<QLabel *>())
            told = told || l->text().contains(QStringLiteral("Changed since the plan was made"));
        QVERIFY(told);
    }

    void saveAndOpen()
    {
        QVERIFY(prepare());
        bool hasButtons = false;
        for (QPushButton *b : m_page->findChildren<QPushButton *>())
            hasButtons = hasButtons || b->text() == QStringLiteral("Sa&ve plan...");
        QVERIFY(hasButtons);
        const QStringList all = tickedSteps(*m_page);
        QVERIFY(all.contains(QStringLiteral("au-timeout")));
        QVERIFY(all.size() >= 2);

        // Save only two steps.
        for (QGroupBox *b : m_page->findChildren<QGroupBox *>())
            if (b->isCheckable())
                b->setChecked(false);
        box(QStringLiteral("au-timeout"))->setChecked(true);
        const QString second = all.constLast();
        box(second)->setChecked(true);
        const QString path = m_demo->tmp.filePath(QStringLiteral("plan.json"));
        QVERIFY(!m_page->savePlan(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        f.close();
        QVERIFY(bytes.contains("+timeout=99999"));

        // Opened again: exactly its steps ticked.
        for (QGroupBox *b : m_page->findChildren<QGroupBox *>())
            if (b->isCheckable())
                b->setChecked(true);
        const KbError opened = m_page->openPlan(path);
        QVERIFY2(!opened, qPrintable(opened.toString()));
        QStringList ticked = tickedSteps(*m_page);
        ticked.sort();
        QStringList expected{QStringLiteral("au-timeout"), second};
        expected.sort();
        QCOMPARE(ticked, expected);

        // Edited by hand: refused, the page unchanged.
        QByteArray edited = bytes;
        edited.replace("99999", "12345");
        const QString editedPath = m_demo->tmp.filePath(QStringLiteral("edited.json"));
        QFile e(editedPath);
        QVERIFY(e.open(QIODevice::WriteOnly));
        e.write(edited);
        e.close();
        for (QGroupBox *b : m_page->findChildren<QGroupBox *>())
            if (b->isCheckable())
                b->setChecked(true);
        QCOMPARE(m_page->openPlan(editedPath).code, QStringLiteral("plan.edited"));
        QCOMPARE(tickedSteps(*m_page), all);

        // The server moved on: refused, naming the file.
        m_demo->write(kAucfg, m_demo->read(kAucfg) + "; changed\r\n");
        const KbError changed = m_page->openPlan(path);
        QCOMPARE(changed.code, QStringLiteral("plan.changed"));
        QVERIFY(changed.message.contains(QStringLiteral("aucfg.ini")));
    }

    // A saved plan that sets the console site's anonymous user holds no password: opening it
    // asks for the passwords it needs instead of failing; cancelled, it is not opened.
    void openingAsksForThePassword()
    {
        // The folder permissions are right already, so the article goes on to iis-anonymous.
        QVERIFY(prepare(QStringLiteral("session-timeout"), [](QJsonObject &st) {
            QJsonObject acls = st.value(QStringLiteral("acls")).toObject();
            const QString temp = QStringLiteral("wfbs/Security Server/PCCSRV/Temp");
            QJsonArray entries = acls.value(temp).toArray();
            entries.replace(0, QStringLiteral("BUILTIN\\IIS_IUSRS:(OI)(CI)(R,W)"));
            acls.insert(temp, entries);
            st.insert(QStringLiteral("acls"), acls);
        }));
        const QString step = QStringLiteral("iis-anonymous");
        const QString password = QStringLiteral("Plan-Open-Pa55");
        QVariantMap typed, userOnly;
        for (const FixInput &in : m_session->fixInputSpecs(step)) {
            if (in.kind == FixInput::Kind::Password) {
                typed.insert(in.id, password);
            } else if (in.kind == FixInput::Kind::Text) {
                typed.insert(in.id, QStringLiteral("SBS01\\wfbs_web"));
                userOnly.insert(in.id, QStringLiteral("SBS01\\wfbs_web"));
            }
        }
        m_session->setFixInputs(step, typed);
        m_page->initializePage();
        QVERIFY(m_page->shownPlan().step(step));
        const QStringList saved = tickedSteps(*m_page); // iis-anonymous and restart-services
        const QString path = m_demo->tmp.filePath(QStringLiteral("iis-plan.json"));
        QVERIFY(!m_page->savePlan(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains(password.toUtf8()));
        f.close();

        // Later, the password is no longer typed anywhere.
        m_session->setFixInputs(step, userOnly);
        m_page->initializePage();
        QStringList asked;
        m_page->setSecretPrompt([&asked](const QString &title, const QString &label) {
            asked << title + QStringLiteral(" / ") + label;
            return QString(); // cancelled
        });
        const KbError cancelled = m_page->openPlan(path);
        QCOMPARE(cancelled.code, QStringLiteral("plan.secret"));
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().startsWith(m_session->article()->step(step)->title), qPrintable(asked.first()));

        asked.clear();
        m_page->setSecretPrompt([&asked, password](const QString &title, const QString &label) {
            asked << title + QStringLiteral(" / ") + label;
            return password;
        });
        const KbError opened = m_page->openPlan(path);
        QVERIFY2(!opened, qPrintable(opened.toString()));
        QCOMPARE(asked.size(), int(typed.size() - userOnly.size())); // each password once
        QCOMPARE(tickedSteps(*m_page), saved);
        QCOMPARE(m_page->shownPlan().step(step)->secrets.size(), asked.size());
    }
};

QTEST_MAIN(tst_FixPagePlan)
#include "tst_fixpageplan.moc"
