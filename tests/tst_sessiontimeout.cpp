// Article 002 (session-timeout) against the fake Windows tools: temp-acl on recorded icacls
// outputs, its fix (save, grant, re-check, restore), iis-anonymous (read, fix with a password
// that reaches appcmd on stdin only), restart-services (order, 1053, access denied), the
// administrator-rights warning, a remote \\server, and the support-bundle step's log search.
#include "articles/articles.h"
#include "fakewindowstools.h"
#include "backup/backupstore.h"
#include "fixes/fixexecutor.h"
#include "checks/iislogscheck.h"
#include "installation.h"
#include "report/report.h"
#include "session.h"
#include "report/supportbundle.h"
#include "host/windowshost.h"
#include "zipreader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace kb;

namespace {

const QString kPccsrv = QStringLiteral("C:\\Program Files (x86)\\Trend Micro\\Security Server\\PCCSRV");
const QString kTemp = kPccsrv + QStringLiteral("\\Temp");
const QString kArticle = QStringLiteral("session-timeout");
const QString kPassword = QStringLiteral("Wfbs&<Console\"Pw-7731");

QMutex g_logMutex;
QStringList g_log;

void captureMessages(QtMsgType, const QMessageLogContext &, const QString &msg)
{
    QMutexLocker lock(&g_logMutex);
    g_log << msg;
}

QStringList inheritedEntries()
{
    return {QStringLiteral("NT AUTHORITY\\SYSTEM:(I)(OI)(CI)(F)"), QStringLiteral("BUILTIN\\Administrators:(I)(OI)(CI)(F)"),
            QStringLiteral("CREATOR OWNER:(I)(OI)(CI)(IO)(F)"), QStringLiteral("BUILTIN\\Users:(I)(OI)(CI)(RX)")};
}

QJsonArray reg(const QString &data)
{
    return QJsonArray{QStringLiteral("REG_SZ"), data};
}

QJsonObject registry(const QString &currentVersion, const QString &computer)
{
    return QJsonObject{
        {QStringLiteral("HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion"),
         QJsonObject{{QStringLiteral("ProductName"),
                      reg(currentVersion.startsWith(QLatin1String("5.")) ? QStringLiteral("Microsoft Windows Server 2003")
                                                                          : QStringLiteral("Windows Server 2012 R2 Standard"))},
                     {QStringLiteral("CurrentVersion"), reg(currentVersion)},
                     {QStringLiteral("CurrentBuild"), reg(currentVersion.startsWith(QLatin1String("5.")) ? QStringLiteral("3790") : QStringLiteral("9600"))},
                     {QStringLiteral("SystemRoot"), reg(QStringLiteral("D:\\Windows"))}}},
        {QStringLiteral("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\ComputerName\\ComputerName"),
         QJsonObject{{QStringLiteral("ComputerName"), reg(computer)}}},
    };
}

QJsonObject service(const QString &state)
{
    return QJsonObject{{QStringLiteral("state"), state}, {QStringLiteral("pid"), 4312}, {QStringLiteral("pendingPolls"), 1}};
}

// The broken server of the demo, as the fake tools see it.
QJsonObject brokenServer()
{
    return QJsonObject{
        {QStringLiteral("registry"), registry(QStringLiteral("6.3"), QStringLiteral("SBS01"))},
        {QStringLiteral("acls"),
         QJsonObject{{kTemp, QJsonObject{{QStringLiteral("entries"),
                                          QJsonArray::fromStringList(QStringList{QStringLiteral("BUILTIN\\IIS_IUSRS:(OI)(CI)(RX)")}
                                                                     + inheritedEntries())}}},
                     {kPccsrv, QJsonObject{{QStringLiteral("entries"), QJsonArray::fromStringList(inheritedEntries())}}}}},
        {QStringLiteral("services"),
         QJsonObject{{QStringLiteral("W3SVC"), service(QStringLiteral("RUNNING"))},
                     {QStringLiteral("ofcservice"), service(QStringLiteral("STOPPED"))}}},
        {QStringLiteral("iis"),
         QJsonObject{{QStringLiteral("OfficeScan"), QJsonObject{{QStringLiteral("enabled"), QStringLiteral("true")},
                                                                {QStringLiteral("userName"), QString()}}}}},
        {QStringLiteral("sites"), QJsonObject{{QStringLiteral("OfficeScan"), QJsonObject{{QStringLiteral("id"), 2}}}}},
    };
}

Target wfbsTarget(const QString &pccsrv = kPccsrv, const QString &server = QString())
{
    Target t;
    t.pccsrv = pccsrv;
    t.installDir = WindowsHost::parentPath(pccsrv);
    t.product = Product::Wfbs;
    t.version = QStringLiteral("10.0");
    t.serverName = server;
    t.source = QStringLiteral("folder");
    return t;
}

bool contains(const QByteArray &haystack, const QString &needle)
{
    return haystack.contains(needle.toUtf8());
}

} // namespace

class tst_SessionTimeout : public QObject
{
    Q_OBJECT

    const Article m_article = articles::sessionTimeout();

private Q_SLOTS:
    void init();
    void cleanup();

    void articleFactsAndSteps();
    void tempAcl_data();
    void tempAcl();
    void tempAclFixSavesGrantsAndUndoes();
    void tempAclDenyIsNotOverridden();
    void iisAnonymousRead_data();
    void iisAnonymousRead();
    void iisAnonymousFixInputs();
    void iisPasswordNeverLeavesStdin();
    void iisBackupAndUndo_data();
    void iisBackupAndUndo();
    void restartServicesInOrder();
    void restartServicesExplained_data();
    void restartServicesExplained();
    void notElevatedIsSaidBeforeFixing();
    void remoteServer();
    void supportBundleFindsLogs_data();
    void supportBundleFindsLogs();

private:
    CheckContext context(Host *host, const Target &target = wfbsTarget()) const;
    const Step &step(const QString &id) const { return *m_article.step(id); }
    std::unique_ptr<WindowsHost> host(const QString &server = QString()) const;
    QString writeLog(const QString &relative, const QByteArray &text) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::FakeWindowsTools> m_fakes;
};

void tst_SessionTimeout::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_fakes = std::make_unique<test::FakeWindowsTools>(m_dir->path());
    qputenv("KBWIZARD_BACKUP_DIR", QFile::encodeName(m_dir->filePath(QStringLiteral("backups"))));
    // The "system drive" and "Windows folder" of the fake server, for the IIS log folders.
    qputenv("SystemDrive", QFile::encodeName(m_dir->filePath(QStringLiteral("C"))));
    qputenv("windir", QFile::encodeName(m_dir->filePath(QStringLiteral("C/Windows"))));
    qunsetenv("SystemRoot");
    qunsetenv("COMPUTERNAME"); // the computer name comes from the fake registry
    m_fakes->writeState(brokenServer());
}

void tst_SessionTimeout::cleanup()
{
    for (const char *v : {"KBWIZARD_BACKUP_DIR",
                          "SystemDrive", "windir"})
        qunsetenv(v);
    m_fakes.reset();
    m_dir.reset();
}

CheckContext tst_SessionTimeout::context(Host *host, const Target &target) const
{
    CheckContext ctx;
    ctx.target = target;
    ctx.host = host;
    return ctx;
}

std::unique_ptr<WindowsHost> tst_SessionTimeout::host(const QString &server) const
{
    auto h = std::make_unique<WindowsHost>(server);
    h->setMinPollIntervalMs(1);
    return h;
}

QString tst_SessionTimeout::writeLog(const QString &relative, const QByteArray &text) const
{
    const QString path = m_dir->filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text);
    return path;
}

// --- the article --------------------------------------------------------------------------------

void tst_SessionTimeout::articleFactsAndSteps()
{
    QStringList ids;
    for (const Step &s : m_article.steps)
        ids << s.id;
    QCOMPARE(ids, (QStringList{QStringLiteral("temp-acl"), QStringLiteral("iis-anonymous"),
                               QStringLiteral("restart-services"), QStringLiteral("support-bundle")}));
    for (const Step &s : m_article.steps)
        QVERIFY2(s.check, qPrintable(s.id)); // every step is automatic now
    QVERIFY(step(QStringLiteral("temp-acl")).fix && step(QStringLiteral("iis-anonymous")).fix
            && step(QStringLiteral("restart-services")).fix);
    // Every [inferred] fact appears once in the table.
    QStringList inferred;
    for (const Fact &f : m_article.facts)
        if (f.mark == QLatin1String("inferred"))
            inferred << f.value;
    QCOMPARE(inferred.size(), 3);
    QVERIFY(inferred.contains(QStringLiteral("Default Web Site/OfficeScan")));
    QVERIFY(inferred.contains(QStringLiteral("u_ex*.log")));
}

// --- temp-acl -----------------------------------------------------------------------------------

void tst_SessionTimeout::tempAcl_data()
{
    QTest::addColumn<QString>("recorded");     // tests/data/sessiontimeout file, or empty
    QTest::addColumn<QStringList>("entries");  // else: these entries, printed by the fake
    QTest::addColumn<QString>("windows");      // CurrentVersion
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("evidence");     // text one evidence row must hold

    QTest::newRow("en-read-only") << QStringLiteral("icacls_temp_rx_en.txt") << QStringList() << QStringLiteral("6.3")
                                  << Status::Fail << QStringLiteral("IIS_IUSRS") << QStringLiteral("not write")
                                  << QStringLiteral("BUILTIN\\IIS_IUSRS:(OI)(CI)(RX)");
    QTest::newRow("de-vordefiniert") << QStringLiteral("icacls_temp_granted_de.txt") << QStringList() << QStringLiteral("6.1")
                                     << Status::Pass << QStringLiteral("IIS_IUSRS") << QStringLiteral("may read and write")
                                     << QStringLiteral("VORDEFINIERT\\IIS_IUSRS:(OI)(CI)(R,W)");
    QTest::newRow("group-users-modify") << QStringLiteral("icacls_temp_users_modify.txt") << QStringList()
                                        << QStringLiteral("6.3") << Status::Pass << QStringLiteral("IIS_IUSRS")
                                        << QStringLiteral("may read and write") << QStringLiteral("a group IIS_IUSRS belongs to [inferred]");
    QTest::newRow("deny") << QStringLiteral("icacls_temp_deny.txt") << QStringList() << QStringLiteral("6.3") << Status::Fail
                          << QStringLiteral("IIS_IUSRS") << QStringLiteral("A Deny entry forbids IIS_IUSRS to write")
                          << QStringLiteral("Deny entry");
    QTest::newRow("inherit-only") << QStringLiteral("icacls_temp_io_only.txt") << QStringList() << QStringLiteral("6.3")
                                  << Status::Fail << QStringLiteral("IIS_IUSRS") << QStringLiteral("not write")
                                  << QStringLiteral("inherit-only (IO)");
    QTest::newRow("2003-iusr") << QStringLiteral("icacls_temp_iusr_2003.txt") << QStringList() << QStringLiteral("5.2")
                               << Status::Pass << QStringLiteral("IUSR_SBS03") << QStringLiteral("IUSR_SBS03 may read and write")
                               << QStringLiteral("SBS03\\IUSR_SBS03:(OI)(CI)(R,W)");
    QTest::newRow("2003-only-iis_iusrs") << QStringLiteral("icacls_temp_iisiusrs_2003.txt") << QStringList()
                                         << QStringLiteral("5.2") << Status::Fail << QStringLiteral("IUSR_SBS03")
                                         << QStringLiteral("IUSR_SBS03 may read") << QStringLiteral("Windows 2000/2003");
    QTest::newRow("modify-right") << QString() << QStringList{QStringLiteral("BUILTIN\\IIS_IUSRS:(OI)(CI)(M)")}
                                             << QStringLiteral("6.3") << Status::Pass << QStringLiteral("IIS_IUSRS")
                                             << QStringLiteral("may read and write") << QStringLiteral("(OI)(CI)(M)");
    QTest::newRow("everyone-deny-write")
        << QString() << QStringList{QStringLiteral("Everyone:(OI)(CI)(DENY)(W)"), QStringLiteral("BUILTIN\\IIS_IUSRS:(OI)(CI)(M)")}
        << QStringLiteral("6.3") << Status::Fail << QStringLiteral("IIS_IUSRS") << QStringLiteral("Everyone:(OI)(CI)(DENY)(W)")
        << QStringLiteral("a group IIS_IUSRS belongs to");
    QTest::newRow("specific-rights-not-data") << QString()
                                              << QStringList{QStringLiteral("BUILTIN\\IIS_IUSRS:(OI)(CI)(RX)"),
                                                             QStringLiteral("BUILTIN\\IIS_IUSRS:(CI)(AD,WA,WEA)")}
                                              << QStringLiteral("6.3") << Status::Fail << QStringLiteral("IIS_IUSRS")
                                              << QStringLiteral("not write") << QStringLiteral("(CI)(AD,WA,WEA)");
    QTest::newRow("no-entry-at-all") << QString() << QStringList{QStringLiteral("NT AUTHORITY\\SYSTEM:(OI)(CI)(F)")}
                                     << QStringLiteral("6.3") << Status::Fail << QStringLiteral("IIS_IUSRS")
                                     << QStringLiteral("neither Read nor Write") << QStringLiteral("no entry for IIS_IUSRS");
    QTest::newRow("server-local-group") << QString() << QStringList{QStringLiteral("SBS01\\IIS_IUSRS:(OI)(CI)(R,W)")}
                                        << QStringLiteral("6.3") << Status::Pass << QStringLiteral("IIS_IUSRS")
                                        << QStringLiteral("may read and write") << QStringLiteral("SBS01\\IIS_IUSRS");
}

void tst_SessionTimeout::tempAcl()
{
    QFETCH(QString, recorded);
    QFETCH(QStringList, entries);
    QFETCH(QString, windows);
    QFETCH(Status, status);
    QFETCH(QString, account);
    QFETCH(QString, message);
    QFETCH(QString, evidence);

    QJsonObject st = brokenServer();
    st.insert(QStringLiteral("registry"), registry(windows, windows.startsWith(QLatin1String("5.")) ? QStringLiteral("SBS03")
                                                                                                     : QStringLiteral("SBS01")));
    if (!recorded.isEmpty()) {
        const QString file = QFINDTESTDATA(QStringLiteral("data/sessiontimeout/") + recorded);
        QVERIFY(!file.isEmpty());
        st.insert(QStringLiteral("recorded"), QJsonObject{{kTemp, QJsonObject{{QStringLiteral("file"), file}}}});
    } else {
        st.insert(QStringLiteral("acls"), QJsonObject{{kTemp, QJsonObject{{QStringLiteral("entries"),
                                                                           QJsonArray::fromStringList(entries)}}}});
    }
    m_fakes->writeState(st);
    auto h = host();
    const CheckResult r = step(QStringLiteral("temp-acl")).check->run(context(h.get()));
    QString all;
    for (const EvidenceRow &row : r.evidence)
        all += row.item + QLatin1Char('|') + row.file + QLatin1Char('|') + row.found + QLatin1Char('|') + row.note + QLatin1Char('\n');
    QVERIFY2(r.status == status, qPrintable(r.message + QLatin1Char('\n') + all));
    QVERIFY2(r.message.contains(message), qPrintable(r.message));
    QVERIFY2(all.contains(evidence), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("account the web console runs as||") + account), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("[inferred]")), qPrintable(all)); // the groups fact is shown
    // The only icacls call is the listing of the folder, exactly as typed.
    QCOMPARE(m_fakes->argvs(QStringLiteral("icacls")), (QList<QStringList>{{kTemp}}));
}

void tst_SessionTimeout::tempAclFixSavesGrantsAndUndoes()
{
    auto h = host();
    const CheckContext ctx = context(h.get());
    const Step &s = step(QStringLiteral("temp-acl"));
    QCOMPARE(s.check->run(ctx).status, Status::Fail);
    const FixPlan plan = s.fix->plan(ctx, {});
    QVERIFY2(!plan.error, qPrintable(plan.error.message));
    QCOMPARE(plan.actions.size(), 1);
    const QString preview = FixExecutor::preview(plan);
    QVERIFY2(preview.contains(QStringLiteral("Grant IIS_IUSRS the rights (OI)(CI)(R,W)")), qPrintable(preview));
    QVERIFY2(preview.contains(QStringLiteral("icacls /save")), qPrintable(preview));
    QVERIFY2(!preview.contains(QStringLiteral("administrator")), qPrintable(preview)); // elevated: no warning

    QFile::remove(m_dir->filePath(QStringLiteral("log.jsonl")));
    const BackupStore store(m_dir->filePath(QStringLiteral("backups")));
    const FixOutcome out = FixExecutor::apply(kArticle, s, ctx, plan, store);
    QVERIFY2(out.succeeded(), qPrintable(out.error.toString()));
    QCOMPARE(out.after.status, Status::Pass);

    KbError e;
    const BackupSet set = store.load(out.backupSetId, &e);
    QVERIFY(!e);
    QCOMPARE(set.items.size(), 1);
    QCOMPARE(set.items.first().kind, BackupItem::Kind::Acl);
    const QString saveFile = QDir(set.dir).filePath(set.items.first().backupFile);
    QVERIFY(QFileInfo(saveFile).isFile());

    QVERIFY(!store.undo(out.backupSetId, kPccsrv, false, h.get()));
    QCOMPARE(s.check->run(ctx).status, Status::Fail); // the original ACL is back

    // The exact commands: save first, grant as ONE argument, re-check, restore on the parent.
    QCOMPARE(m_fakes->argvs(QStringLiteral("icacls")),
             (QList<QStringList>{{kTemp, QStringLiteral("/save"), saveFile},
                                 {kTemp, QStringLiteral("/grant"), QStringLiteral("IIS_IUSRS:(OI)(CI)(R,W)")},
                                 {kTemp},
                                 {kPccsrv, QStringLiteral("/restore"), saveFile},
                                 {kTemp}}));
    QJsonArray expected = QJsonArray::fromStringList(QStringList{QStringLiteral("BUILTIN\\IIS_IUSRS:(OI)(CI)(RX)")}
                                                     + inheritedEntries());
    QCOMPARE(m_fakes->state()[QStringLiteral("acls")][kTemp][QStringLiteral("entries")].toArray(), expected);
}

void tst_SessionTimeout::tempAclDenyIsNotOverridden()
{
    QJsonObject st = brokenServer();
    st.insert(QStringLiteral("acls"),
              QJsonObject{{kTemp, QJsonObject{{QStringLiteral("entries"),
                                               QJsonArray{QStringLiteral("BUILTIN\\IIS_IUSRS:(OI)(CI)(DENY)(W)"),
                                                          QStringLiteral("BUILTIN\\IIS_IUSRS:(OI)(CI)(M)")}}}}});
    m_fakes->writeState(st);
    auto h = host();
    const FixPlan plan = step(QStringLiteral("temp-acl")).fix->plan(context(h.get()), {});
    QCOMPARE(plan.error.code, QStringLiteral("fix.denyEntry"));
    QVERIFY(plan.error.message.contains(QStringLiteral("BUILTIN\\IIS_IUSRS:(OI)(CI)(DENY)(W)")));
    QVERIFY(plan.actions.isEmpty());
    for (const QStringList &argv : m_fakes->argvs(QStringLiteral("icacls")))
        QCOMPARE(argv.size(), 1); // listed only, nothing changed
}

// --- iis-anonymous ------------------------------------------------------------------------------

void tst_SessionTimeout::iisAnonymousRead_data()
{
    QTest::addColumn<QJsonObject>("iis");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("found");
    QTest::addColumn<QString>("site");

    auto conf = [](const QString &user, const QString &password = QString(), const QString &enabled = QStringLiteral("true")) {
        QJsonObject o{{QStringLiteral("enabled"), enabled}, {QStringLiteral("userName"), user}};
        if (!password.isEmpty())
            o.insert(QStringLiteral("password"), password);
        return o;
    };
    QTest::newRow("pool-identity") << QJsonObject{{QStringLiteral("OfficeScan"), conf(QString())}} << Status::Fail
                                   << QStringLiteral("the application pool identity") << QStringLiteral("OfficeScan");
    QTest::newRow("specific-user") << QJsonObject{{QStringLiteral("OfficeScan"), conf(QStringLiteral("SBS01\\wfbs_web"), QStringLiteral("Old-Pa55"))}}
                                   << Status::Pass << QStringLiteral("the specific user SBS01\\wfbs_web (a password is stored)")
                                   << QStringLiteral("OfficeScan");
    QTest::newRow("disabled") << QJsonObject{{QStringLiteral("OfficeScan"), conf(QStringLiteral("IUSR"), QString(), QStringLiteral("false"))}}
                              << Status::Fail << QStringLiteral("disabled") << QStringLiteral("OfficeScan");
    QTest::newRow("officescan-under-default-web-site")
        << QJsonObject{{QStringLiteral("Default Web Site/OfficeScan"), conf(QStringLiteral("IUSR"))}} << Status::Pass
        << QStringLiteral("the specific user IUSR (no password stored)") << QStringLiteral("Default Web Site/OfficeScan");
}

void tst_SessionTimeout::iisAnonymousRead()
{
    QFETCH(QJsonObject, iis);
    QFETCH(Status, status);
    QFETCH(QString, found);
    QFETCH(QString, site);
    QJsonObject st = brokenServer();
    st.insert(QStringLiteral("iis"), iis);
    m_fakes->writeState(st);
    auto h = host();
    const CheckResult r = step(QStringLiteral("iis-anonymous")).check->run(context(h.get()));
    QCOMPARE(r.status, status);
    bool identityRow = false;
    for (const EvidenceRow &row : r.evidence) {
        QVERIFY(!row.found.contains(QStringLiteral("Old-Pa55")));
        if (row.item == QStringLiteral("IIS site \"%1\", Anonymous Authentication").arg(site)) {
            identityRow = true;
            QCOMPARE(row.found, found);
            QCOMPARE(row.note, site == QLatin1String("OfficeScan") ? QStringLiteral("site path [public]")
                                                                  : QStringLiteral("site path [inferred]"));
        }
    }
    QVERIFY(identityRow);
    QCOMPARE(m_fakes->argvs(QStringLiteral("appcmd")).first(),
             (QStringList{QStringLiteral("list"), QStringLiteral("config"), QStringLiteral("OfficeScan"),
                          QStringLiteral("-section:system.webServer/security/authentication/anonymousAuthentication")}));
}

void tst_SessionTimeout::iisAnonymousFixInputs()
{
    auto h = host();
    const CheckContext ctx = context(h.get());
    const Fix &fix = *step(QStringLiteral("iis-anonymous")).fix;
    const QList<FixInput> inputs = fix.inputs(ctx);
    QCOMPARE(inputs.size(), 3);
    QCOMPARE(inputs.at(0).kind, FixInput::Kind::Text);
    QCOMPARE(inputs.at(1).kind, FixInput::Kind::Password);
    QCOMPARE(inputs.at(2).kind, FixInput::Kind::Password);
    QCOMPARE(inputs.at(2).id, QStringLiteral("confirmPassword"));

    const QVariantMap user{{QStringLiteral("userName"), QStringLiteral("SBS01\\wfbs_web")}};
    QCOMPARE(fix.plan(ctx, {}).error.code, QStringLiteral("fix.input"));
    QCOMPARE(fix.plan(ctx, user).error.code, QStringLiteral("fix.input"));
    QVariantMap mismatch = user;
    mismatch.insert(QStringLiteral("password"), kPassword);
    mismatch.insert(QStringLiteral("confirmPassword"), kPassword + QLatin1Char('x'));
    const FixPlan bad = fix.plan(ctx, mismatch);
    QCOMPARE(bad.error.code, QStringLiteral("fix.input"));
    QVERIFY(bad.error.message.contains(QStringLiteral("do not match")));
    QVERIFY(!bad.error.message.contains(kPassword));

    mismatch.insert(QStringLiteral("confirmPassword"), kPassword);
    const FixPlan good = fix.plan(ctx, mismatch);
    QVERIFY(!good.error);
    const QString preview = FixExecutor::preview(good);
    QVERIFY(!preview.contains(kPassword));
    QVERIFY2(preview.contains(QStringLiteral("Undo puts back the application pool identity")), qPrintable(preview));

    // A stored password cannot be put back by undo: the preview says so before anything changes.
    QJsonObject st = brokenServer();
    st.insert(QStringLiteral("iis"), QJsonObject{{QStringLiteral("OfficeScan"),
                                                  QJsonObject{{QStringLiteral("userName"), QStringLiteral("CORP\\old")},
                                                              {QStringLiteral("password"), QStringLiteral("Old-Pa55")}}}});
    m_fakes->writeState(st);
    const QString withPassword = FixExecutor::preview(fix.plan(ctx, mismatch));
    QVERIFY2(withPassword.contains(QStringLiteral("cannot be read back")), qPrintable(withPassword));
    QVERIFY(!withPassword.contains(QStringLiteral("Old-Pa55")));
}

void tst_SessionTimeout::iisPasswordNeverLeavesStdin()
{
    g_log.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("kbwizard.*.debug=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureMessages);

    Session session;
    session.setInstallations({wfbsTarget()});
    session.setTarget(wfbsTarget());
    session.setHost(host());
    session.setArticleId(kArticle);
    QSignalSpy diagnosed(&session, &Session::diagnosisFinished);
    session.startDiagnosis();
    QVERIFY(diagnosed.wait(60000));
    QCOMPARE(session.currentRun()->step(QStringLiteral("iis-anonymous"))->result.status, Status::Fail);
    session.setFixInputs(QStringLiteral("iis-anonymous"),
                         {{QStringLiteral("userName"), QStringLiteral("SBS01\\wfbs_web")},
                          {QStringLiteral("password"), kPassword},
                          {QStringLiteral("confirmPassword"), kPassword}});
    const FixOutcome out = session.applyFixNow(QStringLiteral("iis-anonymous"));
    const QJsonObject report = Report::build(session);
    const QString zip = m_dir->filePath(QStringLiteral("bundle.zip"));
    const KbError bundled = SupportBundle::write(session, zip);

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QStringLiteral("kbwizard.*.debug=false"));

    QVERIFY2(out.succeeded(), qPrintable(out.error.toString()));
    QCOMPARE(out.after.status, Status::Pass);
    QVERIFY(!bundled);

    // It reached appcmd, on standard input only, and IIS holds it.
    bool onStdin = false;
    for (const QJsonObject &c : m_fakes->calls()) {
        for (const QString &arg : c.value(QStringLiteral("argv")).toVariant().toStringList()) {
            QVERIFY2(!arg.contains(kPassword), qPrintable(arg));
            QVERIFY2(!arg.contains(QStringLiteral("Console")), qPrintable(arg));
        }
        onStdin = onStdin || c.value(QStringLiteral("stdin")).toString().contains(kPassword.toHtmlEscaped());
    }
    QVERIFY(onStdin);
    QCOMPARE(m_fakes->state()[QStringLiteral("iis")][QStringLiteral("OfficeScan")][QStringLiteral("password")].toString(), kPassword);

    // Logging was on, and no line, message, report, backup or bundle carries it.
    QVERIFY(g_log.join(QLatin1Char('\n')).contains(QStringLiteral("appcmd")));
    auto clean = [](const QByteArray &text, const char *what) {
        QVERIFY2(!contains(text, kPassword), what);
        QVERIFY2(!contains(text, kPassword.toHtmlEscaped()), what);
        QVERIFY2(!contains(text, QStringLiteral("Console\\\"Pw")), what);
        QVERIFY2(!contains(text, QStringLiteral("Pw-7731")), what);
    };
    for (const QString &line : std::as_const(g_log))
        clean(line.toUtf8(), "log line");
    for (const QString &m : out.messages)
        clean(m.toUtf8(), "fix message");
    clean(QJsonDocument(report).toJson(), "JSON report");
    clean(Report::toHtml(report).toUtf8(), "HTML report");
    clean(Report::toText(report).toUtf8(), "text report");
    QDirIterator backups(m_dir->filePath(QStringLiteral("backups")), QDir::Files, QDirIterator::Subdirectories);
    while (backups.hasNext()) {
        QFile f(backups.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        clean(f.readAll(), "backup file");
    }
    QString error;
    const QMap<QString, QByteArray> files = test::readZip(zip, &error);
    QVERIFY2(!files.isEmpty(), qPrintable(error));
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        clean(it.value(), qPrintable(it.key()));
}

// What FixExecutor saves before SetIisAnonymous (BackupStore::backUpHostAction) and what undo
// can put back: exactly, when no password was stored; otherwise nothing, with instructions.
void tst_SessionTimeout::iisBackupAndUndo_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("beforePassword");
    QTest::addColumn<QString>("undoError");
    QTest::newRow("pool-identity") << QString() << QString() << QString();
    QTest::newRow("iusr-no-password") << QStringLiteral("IUSR") << QString() << QString();
    QTest::newRow("user-with-password") << QStringLiteral("CORP\\old_web") << QStringLiteral("Old-Pa55")
                                        << QStringLiteral("backup.iisPasswordUnknown");
}

void tst_SessionTimeout::iisBackupAndUndo()
{
    QFETCH(QString, before);
    QFETCH(QString, beforePassword);
    QFETCH(QString, undoError);
    QJsonObject conf{{QStringLiteral("enabled"), QStringLiteral("true")}, {QStringLiteral("userName"), before}};
    if (!beforePassword.isEmpty())
        conf.insert(QStringLiteral("password"), beforePassword);
    QJsonObject st = brokenServer();
    st.insert(QStringLiteral("iis"), QJsonObject{{QStringLiteral("OfficeScan"), conf}});
    m_fakes->writeState(st);
    auto h = host();
    const BackupStore store(m_dir->filePath(QStringLiteral("backups")));
    BackupSet set;
    QVERIFY(!store.createSet(kArticle, QStringLiteral("iis-anonymous"), kPccsrv, {}, &set));
    HostAction a;
    a.kind = HostAction::Kind::SetIisAnonymous;
    a.target = QStringLiteral("OfficeScan");
    a.userName = QStringLiteral("SBS01\\wfbs_web");
    a.password = kPassword;
    QVERIFY(!store.backUpHostAction(set, a, *h));
    QCOMPARE(set.items.size(), 1);
    QCOMPARE(set.items.first().kind, BackupItem::Kind::IisAnonymous);
    QFile saved(QDir(set.dir).filePath(set.items.first().backupFile));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray savedBytes = saved.readAll();
    QVERIFY(!savedBytes.contains("Old-Pa55"));
    QVERIFY(!contains(savedBytes, kPassword));
    QVERIFY(savedBytes.contains("\"hadPassword\": ") && savedBytes.contains("kbwizard-iis-anonymous/1"));
    QVERIFY(!h->setIisAnonymousIdentity(a.target, a.userName, a.password)); // the fix
    QVERIFY(!store.setState(set, BackupSet::State::Applied));

    QStringList messages;
    const KbError e = store.undo(set.id, kPccsrv, false, h.get(), &messages);
    QCOMPARE(e.code, undoError);
    const QJsonObject now = m_fakes->state()[QStringLiteral("iis")][QStringLiteral("OfficeScan")].toObject();
    if (undoError.isEmpty()) {
        QCOMPARE(now.value(QStringLiteral("userName")).toString(), before);
        QCOMPARE(now.value(QStringLiteral("password")).toString(), QString());
        QVERIFY2(messages.join(QLatin1Char(' ')).contains(QStringLiteral("Restored the anonymous identity")),
                 qPrintable(messages.join(QLatin1Char(' '))));
    } else {
        // Nothing changed, and the user is told exactly what to type where.
        QCOMPARE(now.value(QStringLiteral("userName")).toString(), QStringLiteral("SBS01\\wfbs_web"));
        QVERIFY(e.message.contains(before) && e.message.contains(QStringLiteral("IIS Manager")));
        QVERIFY(!e.message.contains(QStringLiteral("Old-Pa55")));
    }
    for (const QJsonObject &c : m_fakes->calls())
        for (const QString &arg : c.value(QStringLiteral("argv")).toVariant().toStringList())
            QVERIFY(!arg.contains(kPassword) && !arg.contains(QStringLiteral("Old-Pa55")));
}

// --- restart-services ---------------------------------------------------------------------------

void tst_SessionTimeout::restartServicesInOrder()
{
    auto h = host();
    const CheckContext ctx = context(h.get());
    const Step &s = step(QStringLiteral("restart-services"));
    QCOMPARE(s.check->run(ctx).status, Status::Fail);
    QStringList progress;
    h->setProgressHandler([&progress](const QString &m) { progress << m; });
    QFile::remove(m_dir->filePath(QStringLiteral("log.jsonl")));
    const FixOutcome out = FixExecutor::apply(kArticle, s, ctx, s.fix->plan(ctx, {}),
                                              BackupStore(m_dir->filePath(QStringLiteral("backups"))));
    QVERIFY2(out.succeeded(), qPrintable(out.error.toString()));
    QStringList services;
    for (const QStringList &argv : m_fakes->argvs(QStringLiteral("sc")))
        if (argv.size() == 2 && (argv.first() == QLatin1String("start") || argv.first() == QLatin1String("stop")))
            services << argv.join(QLatin1Char(' '));
    // W3SVC first (stopped, then started), then the master service (it was stopped: started).
    QCOMPARE(services, (QStringList{QStringLiteral("stop W3SVC"), QStringLiteral("start W3SVC"),
                                    QStringLiteral("start ofcservice")}));
    QVERIFY2(progress.contains(QStringLiteral("Stopping W3SVC...")), qPrintable(progress.join(QLatin1Char('|'))));
    QVERIFY(progress.contains(QStringLiteral("W3SVC: STOPPED")));
    QVERIFY(progress.contains(QStringLiteral("ofcservice: RUNNING")));
    QVERIFY(progress.indexOf(QStringLiteral("Starting ofcservice...")) > progress.indexOf(QStringLiteral("W3SVC: RUNNING")));
}

void tst_SessionTimeout::restartServicesExplained_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("flag");
    QTest::addColumn<int>("value");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("1053") << QStringLiteral("ofcservice") << QStringLiteral("failStart") << 1053
                          << QStringList{QStringLiteral("1053"), QStringLiteral("did not answer in time"),
                                         QStringLiteral("Event Viewer")};
    QTest::newRow("access-denied") << QStringLiteral("W3SVC") << QStringLiteral("accessDenied") << 1
                                   << QStringList{QStringLiteral("error 5"), QStringLiteral("not running as an administrator"),
                                                  QStringLiteral("Run as administrator")};
}

void tst_SessionTimeout::restartServicesExplained()
{
    QFETCH(QString, service);
    QFETCH(QString, flag);
    QFETCH(int, value);
    QFETCH(QStringList, words);
    QJsonObject st = brokenServer();
    QJsonObject services = st.value(QStringLiteral("services")).toObject();
    QJsonObject svc = services.value(service).toObject();
    svc.insert(flag, flag == QLatin1String("accessDenied") ? QJsonValue(true) : QJsonValue(value));
    services.insert(service, svc);
    st.insert(QStringLiteral("services"), services);
    m_fakes->writeState(st);
    auto h = host();
    const CheckContext ctx = context(h.get());
    const Step &s = step(QStringLiteral("restart-services"));
    const FixOutcome out = FixExecutor::apply(kArticle, s, ctx, s.fix->plan(ctx, {}),
                                              BackupStore(m_dir->filePath(QStringLiteral("backups"))));
    QVERIFY(!out.succeeded());
    for (const QString &w : words)
        QVERIFY2(out.error.message.contains(w), qPrintable(out.error.message));
}

// --- administrator rights -----------------------------------------------------------------------

void tst_SessionTimeout::notElevatedIsSaidBeforeFixing()
{
    QJsonObject st = brokenServer();
    st.insert(QStringLiteral("elevated"), false);
    m_fakes->writeState(st);
    auto h = host();
    const CheckContext ctx = context(h.get());
    QCOMPARE(h->elevation().state, ElevationStatus::State::NotElevated);
    QVERIFY(h->elevation().how.contains(QStringLiteral("Access is denied")));
    const QVariantMap inputs{{QStringLiteral("userName"), QStringLiteral("SBS01\\wfbs_web")},
                             {QStringLiteral("password"), kPassword},
                             {QStringLiteral("confirmPassword"), kPassword}};
    for (const QString &id : {QStringLiteral("temp-acl"), QStringLiteral("iis-anonymous"), QStringLiteral("restart-services")}) {
        const FixPlan plan = step(id).fix->plan(ctx, inputs);
        QVERIFY2(!plan.error, qPrintable(id + plan.error.message));
        QVERIFY2(plan.notes.value(0).startsWith(QStringLiteral("Warning: the wizard is not running as an administrator")),
                 qPrintable(id + plan.notes.value(0)));
        QVERIFY(FixExecutor::preview(plan).contains(QStringLiteral("Run as administrator")));
        bool row = false;
        for (const EvidenceRow &e : step(id).check->run(ctx).evidence)
            row = row || (e.item == QLatin1String("administrator rights") && e.found.startsWith(QLatin1String("no")));
        QVERIFY2(row, qPrintable(id));
    }
    // Asked once: the answer is cached for the session.
    int probes = 0;
    for (const QStringList &argv : m_fakes->argvs(QStringLiteral("reg")))
        probes += argv == QStringList{QStringLiteral("query"), QStringLiteral("HKU\\S-1-5-19")};
    QCOMPARE(probes, 1);
}

// --- remote technician --------------------------------------------------------------------------

void tst_SessionTimeout::remoteServer()
{
    const QString unc = QStringLiteral("\\\\SBS01\\C$\\Program Files (x86)\\Trend Micro\\Security Server\\PCCSRV");
    QJsonObject st = brokenServer();
    st.insert(QStringLiteral("servers"), QJsonArray{QStringLiteral("SBS01")});
    st.insert(QStringLiteral("acls"), QJsonObject{{unc + QStringLiteral("\\Temp"),
                                                   QJsonObject{{QStringLiteral("entries"),
                                                                QJsonArray{QStringLiteral("BUILTIN\\IIS_IUSRS:(OI)(CI)(M)")}}}}});
    m_fakes->writeState(st);
    auto h = host(QStringLiteral("\\\\SBS01"));
    const CheckContext ctx = context(h.get(), wfbsTarget(unc, QStringLiteral("SBS01")));

    QCOMPARE(step(QStringLiteral("restart-services")).check->run(ctx).status, Status::Fail);
    for (const QStringList &argv : m_fakes->argvs(QStringLiteral("sc")))
        QCOMPARE(argv.first(), QStringLiteral("\\\\SBS01"));
    QCOMPARE(step(QStringLiteral("temp-acl")).check->run(ctx).status, Status::Pass);
    QCOMPARE(m_fakes->argvs(QStringLiteral("icacls")).last(), QStringList{unc + QStringLiteral("\\Temp")});
    QCOMPARE(h->computerName(), QStringLiteral("SBS01"));
    QCOMPARE(h->elevation().state, ElevationStatus::State::Elevated);
    QVERIFY(m_fakes->argvs(QStringLiteral("reg")).contains(QStringList{QStringLiteral("query"), QStringLiteral("\\\\SBS01\\HKU\\S-1-5-19")}));
    // IIS cannot be read over the network: the step says so instead of guessing.
    const CheckResult iis = step(QStringLiteral("iis-anonymous")).check->run(ctx);
    QCOMPARE(iis.status, Status::Error);
    QVERIFY(iis.message.contains(QStringLiteral("on the server itself")));
    // Log folders through the admin shares, with the system drive the server's registry names.
    QCOMPARE(h->hostPath(QStringLiteral("%SystemDrive%\\inetpub\\logs\\LogFiles")),
             QStringLiteral("\\\\SBS01\\D$\\inetpub\\logs\\LogFiles"));
    QCOMPARE(h->hostPath(QStringLiteral("%windir%\\System32\\LogFiles")),
             QStringLiteral("\\\\SBS01\\ADMIN$\\System32\\LogFiles"));

    // The target page's server name -> installations over \\server\C$.
    QCOMPARE(Installation::normalizedServerName(QStringLiteral(" \\\\SBS01\\ ")), QStringLiteral("SBS01"));
    QVERIFY(Installation::normalizedServerName(QStringLiteral("\\\\SBS01\\share")).isEmpty());
    QCOMPARE(Installation::adminSharePath(QStringLiteral("SBS01"), QStringLiteral("C:\\Program Files\\Trend Micro\\")),
             QStringLiteral("\\\\SBS01\\C$\\Program Files\\Trend Micro"));
    QCOMPARE(Installation::candidatesForServer(QStringLiteral("\\\\SBS01")).first(), unc);
    KbError e;
    QVERIFY(Installation::forServer(QStringLiteral("\\\\SBS01"), h.get(), &e).isEmpty()); // no share on this machine
    QCOMPARE(e.code, QStringLiteral("target.not-found"));
    QVERIFY2(e.message.contains(unc) && e.message.contains(QStringLiteral("administrator")), qPrintable(e.message));
    QVERIFY(Installation::forServer(QStringLiteral("a b"), nullptr, &e).isEmpty());
    QCOMPARE(e.code, QStringLiteral("target.server"));
}

// --- support-bundle -----------------------------------------------------------------------------

void tst_SessionTimeout::supportBundleFindsLogs_data()
{
    QTest::addColumn<QStringList>("logs");     // relative to the fake system drive's parent
    QTest::addColumn<QStringList>("expected"); // display paths, newest first
    const QString iis7 = QStringLiteral("C/inetpub/logs/LogFiles/");
    const QString iis6 = QStringLiteral("C/Windows/System32/LogFiles/");
    QTest::newRow("iis7-site-2") << QStringList{iis7 + QStringLiteral("W3SVC2/ex261120.log"), iis7 + QStringLiteral("W3SVC2/ex261124.log"),
                                                iis7 + QStringLiteral("W3SVC2/u_ex261123.log"), iis7 + QStringLiteral("W3SVC1/ex261125.log")}
                                 << QStringList{QStringLiteral("%SystemDrive%\\inetpub\\logs\\LogFiles\\W3SVC2\\ex261124.log"),
                                                QStringLiteral("%SystemDrive%\\inetpub\\logs\\LogFiles\\W3SVC2\\u_ex261123.log"),
                                                QStringLiteral("%SystemDrive%\\inetpub\\logs\\LogFiles\\W3SVC2\\ex261120.log")};
    QTest::newRow("iis6") << QStringList{iis6 + QStringLiteral("W3SVC2/ex070304.log"), iis6 + QStringLiteral("W3SVC2/notes.txt")}
                          << QStringList{QStringLiteral("%windir%\\System32\\LogFiles\\W3SVC2\\ex070304.log")};
    QTest::newRow("none") << QStringList() << QStringList();
}

void tst_SessionTimeout::supportBundleFindsLogs()
{
    QFETCH(QStringList, logs);
    QFETCH(QStringList, expected);
    for (const QString &l : logs)
        writeLog(l, "#Software: Microsoft Internet Information Services 8.5\r\n");
    auto h = host();
    const CheckResult r = step(QStringLiteral("support-bundle")).check->run(context(h.get()));
    QCOMPARE(r.status, Status::Manual);
    QStringList files;
    QString all;
    for (const EvidenceRow &row : r.evidence) {
        if (!row.file.isEmpty())
            files << row.file;
        all += row.item + QLatin1Char('|') + row.found + QLatin1Char('|') + row.expected + QLatin1Char('|')
               + row.note + QLatin1Char('\n');
    }
    QCOMPARE(files, expected);
    QVERIFY2(all.contains(QStringLiteral("site id 2: logs in W3SVC2")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("u_ex*.log [article; u_ex inferred]")), qPrintable(all));
    QVERIFY(m_fakes->argvs(QStringLiteral("appcmd")).contains(QStringList{QStringLiteral("list"), QStringLiteral("site"),
                                                                 QStringLiteral("OfficeScan")}));
}

QTEST_GUILESS_MAIN(tst_SessionTimeout)
#include "tst_sessiontimeout.moc"
