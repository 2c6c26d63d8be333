// Registry discovery through the real registry, on Windows (scripts/windows-test runs it under
// Wine): the keys a WFBS / OfficeScan server has (docs/facts-research.md 6a/6b:
// HKLM\SOFTWARE\[WOW6432Node\]TrendMicro\OfficeScan\service\Information, Local_Path with its
// trailing backslash, Server_Version) are planted with the system's reg.exe and point at a copy
// of the demo installation on C:\ under "Program Files (x86)\Trend Micro\Security Server". The
// wizard must find it three ways: Installation::fromRegistry, the Target page of a wizard
// started without a folder, and `kbwizard --headless` without --root.
#include "clirunner.h"
#include "demosandbox.h"
#include "host/toolrunner.h"
#include "host/windowshost.h"
#include "installation.h"
#include "kbwizard.h"
#include "pageids.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QWizardPage>

using namespace kb;

namespace {

const QString kWowKey = QStringLiteral("HKLM\\SOFTWARE\\WOW6432Node\\TrendMicro\\OfficeScan\\service\\Information");
const QString kNativeKey = QStringLiteral("HKLM\\SOFTWARE\\TrendMicro\\OfficeScan\\service\\Information");

int reg(const QStringList &args)
{
    QProcess p;
    p.start(ToolRunner::resolve(QStringLiteral("reg")), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return -1;
    return p.exitCode();
}

#ifdef Q_OS_WIN
bool copyTree(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    QDirIterator it(from, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString dst = to + QLatin1Char('/') + QDir(from).relativeFilePath(src);
        if (it.fileInfo().isDir() ? !QDir().mkpath(dst) : !QFile::copy(src, dst))
            return false;
    }
    return true;
}
#endif

} // namespace

class tst_WinRegistry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void fromRegistryWow6432Node();
    void fromRegistryNativeKey();
    void nothingInTheRegistry();
    void targetPageListsTheRegistryInstallation();
    void headlessWithoutRoot();

private:
    QTemporaryDir m_tmp;
    QString m_root;   // C:\kbwizard-test-<pid>
    QString m_pccsrv; // ...\Program Files (x86)\Trend Micro\Security Server\PCCSRV (native separators)
};

void tst_WinRegistry::initTestCase()
{
#ifndef Q_OS_WIN
    QSKIP("Windows only: plants keys in the real registry with reg.exe; scripts/windows-test runs "
          "it under Wine. Linux covers fromRegistry with recorded reg outputs (tst_windowshost).");
#else
    qunsetenv("KBWIZARD_TOOLS"); // the real reg.exe
    QVERIFY(m_tmp.isValid());
    KbError e;
    const QString sandbox = DemoSandbox::create(m_tmp.filePath(QStringLiteral("demo")), &e);
    QVERIFY2(!e, qPrintable(e.toString()));
    QString demoWfbs;
    for (const Target &t : Installation::findUnder(sandbox, &e))
        if (t.product == Product::Wfbs)
            demoWfbs = t.pccsrv;
    QVERIFY(!demoWfbs.isEmpty());
    // Not under the real "C:\Program Files (x86)": this test may run on a real Windows too.
    m_root = QStringLiteral("C:/kbwizard-test-%1").arg(QCoreApplication::applicationPid());
    const QString pccsrv = m_root + QStringLiteral("/Program Files (x86)/Trend Micro/Security Server/PCCSRV");
    QVERIFY(copyTree(demoWfbs, pccsrv));
    m_pccsrv = QDir::toNativeSeparators(pccsrv);
#endif
}

void tst_WinRegistry::cleanupTestCase()
{
    if (m_root.isEmpty())
        return; // skipped
    reg({QStringLiteral("delete"), kWowKey, QStringLiteral("/f")});
    reg({QStringLiteral("delete"), kNativeKey, QStringLiteral("/f")});
    if (!m_root.isEmpty())
        QDir(m_root).removeRecursively();
}

void tst_WinRegistry::init()
{
    reg({QStringLiteral("delete"), kWowKey, QStringLiteral("/f")});
    reg({QStringLiteral("delete"), kNativeKey, QStringLiteral("/f")});
    // The product writes Local_Path with a trailing backslash (facts-research 6a).
    QCOMPARE(reg({QStringLiteral("add"), kWowKey, QStringLiteral("/v"), QStringLiteral("Local_Path"),
                  QStringLiteral("/t"), QStringLiteral("REG_SZ"), QStringLiteral("/d"),
                  m_pccsrv + QLatin1Char('\\'), QStringLiteral("/f")}),
             0);
    QCOMPARE(reg({QStringLiteral("add"), kWowKey, QStringLiteral("/v"), QStringLiteral("Server_Version"),
                  QStringLiteral("/t"), QStringLiteral("REG_SZ"), QStringLiteral("/d"), QStringLiteral("20.0"),
                  QStringLiteral("/f")}),
             0);
    QCOMPARE(reg({QStringLiteral("add"), kWowKey, QStringLiteral("/v"), QStringLiteral("ServicePack_Build"),
                  QStringLiteral("/t"), QStringLiteral("REG_SZ"), QStringLiteral("/d"), QStringLiteral("1524"),
                  QStringLiteral("/f")}),
             0);
}

void tst_WinRegistry::fromRegistryWow6432Node()
{
    WindowsHost host;
    KbError e;
    const QList<Target> found = Installation::fromRegistry(host, &e);
    QVERIFY2(!e, qPrintable(e.toString()));
    QCOMPARE(found.size(), 1);
    const Target &t = found.first();
    QCOMPARE(QDir::toNativeSeparators(t.pccsrv).toLower(), m_pccsrv.toLower());
    QCOMPARE(t.source, QStringLiteral("registry"));
    QCOMPARE(t.product, Product::Wfbs);
    QCOMPARE(t.version, QStringLiteral("20.0"));
    QVERIFY2(t.versionEvidence.contains(QStringLiteral("WOW6432Node")), qPrintable(t.versionEvidence));
    QVERIFY(t.serverName.isEmpty());
}

void tst_WinRegistry::fromRegistryNativeKey()
{
    // A 64-bit OfficeScan writes the key without WOW6432Node.
    QCOMPARE(reg({QStringLiteral("delete"), kWowKey, QStringLiteral("/f")}), 0);
    QCOMPARE(reg({QStringLiteral("add"), kNativeKey, QStringLiteral("/v"), QStringLiteral("Local_Path"),
                  QStringLiteral("/t"), QStringLiteral("REG_SZ"), QStringLiteral("/d"),
                  m_pccsrv + QLatin1Char('\\'), QStringLiteral("/f")}),
             0);
    WindowsHost host;
    KbError e;
    const QList<Target> found = Installation::fromRegistry(host, &e);
    QVERIFY2(!e, qPrintable(e.toString()));
    QCOMPARE(found.size(), 1);
    QCOMPARE(QDir::toNativeSeparators(found.first().pccsrv).toLower(), m_pccsrv.toLower());
    QVERIFY(found.first().version.isEmpty() || found.first().version != QStringLiteral("20.0"));
}

void tst_WinRegistry::nothingInTheRegistry()
{
    QCOMPARE(reg({QStringLiteral("delete"), kWowKey, QStringLiteral("/f")}), 0);
    WindowsHost host;
    KbError e;
    QVERIFY(Installation::fromRegistry(host, &e).isEmpty());
    QCOMPARE(e.code, QStringLiteral("target.not-installed"));
}

void tst_WinRegistry::targetPageListsTheRegistryInstallation()
{
    KbWizard wizard;
    QVERIFY(wizard.startFrom(false, QString(), QString(), QString()));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(Page_Target));
    auto *installs = wizard.currentPage()->findChild<QTreeWidget *>();
    QVERIFY(installs);
    QCOMPARE(installs->topLevelItemCount(), 1);
    const QTreeWidgetItem *item = installs->topLevelItem(0);
    QVERIFY2(item->text(0).startsWith(QStringLiteral("Worry-Free")), qPrintable(item->text(0)));
    QVERIFY2(item->text(1).startsWith(QStringLiteral("20.0")), qPrintable(item->text(1))); // "20.0 (build n)"
    QCOMPARE(item->text(2).toLower(), m_pccsrv.toLower());
    QCOMPARE(item->text(3), QStringLiteral("Windows registry"));
    QCOMPARE(QDir::toNativeSeparators(wizard.session().target().pccsrv).toLower(), m_pccsrv.toLower());
    QCOMPARE(wizard.session().host()->kind(), HostKind::Windows);
}

void tst_WinRegistry::headlessWithoutRoot()
{
    // The real Windows host: Wine's sc/reg answer, icacls/appcmd are missing (their steps say
    // so). No network: the empty hosts map of the test environment.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const test::CliResult r = test::runKbwizard({QStringLiteral("--headless"), QStringLiteral("--article"),
                                                 QStringLiteral("all")},
                                                home.path());
    QVERIFY2(!r.crashed, qPrintable(r.err));
    QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(QStringLiteral("exit %1\n%2\n%3").arg(r.exitCode).arg(r.out, r.err)));
    const QString line = QStringLiteral("Installation: %1 (").arg(m_pccsrv);
    QVERIFY2(r.out.contains(line, Qt::CaseInsensitive), qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("20.0")), qPrintable(r.out));

    // Nothing in the registry: a clear error, not a usage message about --root.
    QCOMPARE(reg({QStringLiteral("delete"), kWowKey, QStringLiteral("/f")}), 0);
    const test::CliResult none = test::runKbwizard({QStringLiteral("--headless"), QStringLiteral("--article"),
                                                    QStringLiteral("all")},
                                                   home.path());
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.err.contains(QStringLiteral("target.not-installed")) || none.err.contains(QStringLiteral("registry")),
             qPrintable(none.err));
}

QTEST_MAIN(tst_WinRegistry)
#include "tst_winregistry.moc"
