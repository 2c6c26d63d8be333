// The bundled demo server: every INI file round-trips byte-identically, the sandbox copy is
// exact and writable, the installations are found and described, the demo host works.
#include "demofixture.h"
#include "host/demohost.h"
#include "demosandbox.h"
#include "ini/inidocument.h"
#include "installation.h"

#include <QDirIterator>
#include <QtTest>

using namespace kb;

class tst_DemoContent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyIniRoundTrips_data()
    {
        QTest::addColumn<QString>("path");
        QDirIterator it(QStringLiteral(":/demo"), QDirIterator::Subdirectories);
        int n = 0;
        while (it.hasNext()) {
            const QString p = it.next();
            if (p.endsWith(QLatin1String(".ini"), Qt::CaseInsensitive)) {
                QTest::newRow(qPrintable(p.mid(7))) << p;
                ++n;
            }
        }
        QVERIFY(n >= 8);
    }
    void everyIniRoundTrips()
    {
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        KbError e;
        const IniDocument doc = IniDocument::parse(bytes, path, &e);
        QVERIFY2(!e, qPrintable(e.toString()));
        QCOMPARE(doc.serialize(), bytes);
        QVERIFY(!doc.entries().isEmpty());
    }

    void sandboxIsAnExactWritableCopy()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        QVERIFY(DemoSandbox::isSandbox(demo.sandbox));
        QDirIterator it(QStringLiteral(":/demo"), QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString p = it.next();
            const QString rel = p.mid(7);
            QCOMPARE(demo.read(rel), test::DemoFixture::bundled(rel));
            QVERIFY(QFileInfo(QDir(demo.sandbox).filePath(rel)).isWritable());
            ++files;
        }
        QVERIFY(files > 10);
        // A second sandbox into the same (now non-empty) folder is refused.
        KbError e;
        QVERIFY(DemoSandbox::create(demo.sandbox, &e).isEmpty());
        QCOMPARE(e.code, QStringLiteral("demo.not-empty"));
        QCOMPARE(DemoSandbox::sandboxRootOf(demo.wfbs.pccsrv), QDir::cleanPath(demo.sandbox));
    }

    void installationsAreDescribed()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        QCOMPARE(demo.wfbs.product, Product::Wfbs);
        QCOMPARE(demo.wfbs.version, QStringLiteral("10.0"));
        QVERIFY(demo.wfbs.versionEvidence.contains(QStringLiteral("ofcserver.ini")));
        QCOMPARE(demo.wfbs.source, QStringLiteral("demo"));
        QCOMPARE(demo.osce.product, Product::Osce);
        QCOMPARE(demo.osce.version, QStringLiteral("11.0"));

        // Pointing at PCCSRV itself, or at the install folder, finds the same one.
        KbError e;
        QList<Target> one = Installation::findUnder(demo.wfbs.pccsrv, &e);
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.first().pccsrv, demo.wfbs.pccsrv);
        one = Installation::findUnder(demo.wfbs.installDir, &e);
        QCOMPARE(one.size(), 1);

        Installation::findUnder(demo.tmp.filePath(QStringLiteral("nowhere")), &e);
        QCOMPARE(e.code, QStringLiteral("target.missing"));
        QVERIFY(e.file.endsWith(QStringLiteral("nowhere")));
        QDir().mkpath(demo.tmp.filePath(QStringLiteral("empty")));
        Installation::findUnder(demo.tmp.filePath(QStringLiteral("empty")), &e);
        QCOMPARE(e.code, QStringLiteral("target.no-pccsrv"));
    }

    void registryNamesTheInstallation()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        DemoHost host(demo.sandbox);
        const RegistryValue v = host.readRegistry(
            QStringLiteral("HKLM\\SOFTWARE\\WOW6432Node\\TrendMicro\\OfficeScan\\service\\Information"),
            QStringLiteral("Local_Path"));
        QVERIFY(v.found);
        QVERIFY(v.data.endsWith(QLatin1Char('\\')));
        QCOMPARE(v.type, QStringLiteral("REG_SZ"));
        KbError e;
        const QList<Target> found = Installation::fromRegistry(host, &e);
        QVERIFY2(!e, qPrintable(e.toString()));
        QCOMPARE(found.size(), 1);
        QVERIFY(!found.first().pccsrv.endsWith(QLatin1Char('\\')));
        QCOMPARE(found.first().source, QStringLiteral("registry"));
    }

    void demoHostServicesAndState()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        DemoHost host(demo.sandbox);
        QCOMPARE(host.queryService(QStringLiteral("W3SVC")).state, ServiceState::Running);
        QCOMPARE(host.queryService(QStringLiteral("w3svc")).state, ServiceState::Running);
        QVERIFY(!host.queryService(QStringLiteral("NoSuchSvc")).exists);
        const ServiceControlResult lwcs = host.startService(QStringLiteral("TMLWCSService"), 1000);
        QVERIFY(!lwcs.ok);
        QCOMPARE(lwcs.win32Error, 1053u);
        QVERIFY(lwcs.error.message.contains(QStringLiteral("1053")));
        QVERIFY(host.restartService(QStringLiteral("ofcservice"), 1000).ok);
        // The state lives in the sandbox: a new host object (a restart) sees it.
        DemoHost again(demo.sandbox);
        QCOMPARE(again.queryService(QStringLiteral("ofcservice")).state, ServiceState::Running);
        QCOMPARE(again.stopService(QStringLiteral("ofcservice"), 1000).finalState, ServiceState::Stopped);
        QCOMPARE(again.stopService(QStringLiteral("ofcservice"), 1000).win32Error, 1062u);
    }

    void demoHostAclSaveGrantRestore()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        DemoHost host(demo.sandbox);
        const QString temp = QDir(demo.wfbs.pccsrv).filePath(QStringLiteral("Temp"));
        const AclListing before = host.readAcl(temp);
        QVERIFY2(!before.error, qPrintable(before.error.toString()));
        QVERIFY(!before.entries.isEmpty());
        const QString save = demo.tmp.filePath(QStringLiteral("acl.save"));
        QVERIFY(!host.saveAcl(temp, save));
        QVERIFY(!host.grantAcl(temp, QStringLiteral("BUILTIN\\IIS_IUSRS"), QStringLiteral("(OI)(CI)(R,W)")));
        const AclListing granted = host.readAcl(temp);
        QCOMPARE(granted.entries.size(), before.entries.size() + 1);
        QCOMPARE(granted.entries.last().principal, QStringLiteral("BUILTIN\\IIS_IUSRS"));
        QVERIFY(granted.entries.last().rights.contains(QStringLiteral("W")));
        QVERIFY(!host.restoreAcl(temp, save));
        QCOMPARE(host.readAcl(temp).entries.size(), before.entries.size());
    }

    void demoHostNeverStoresPasswords()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        DemoHost host(demo.sandbox);
        const QString site = QStringLiteral("OfficeScan");
        QVERIFY(!host.iisAnonymousIdentity(site).error);
        QVERIFY(!host.setIisAnonymousIdentity(site, QStringLiteral("SBS-DEMO01\\wfbs_web"), QStringLiteral("Pa55-word-XYZ")));
        const IisAnonymousIdentity id = host.iisAnonymousIdentity(site);
        QCOMPARE(id.userName, QStringLiteral("SBS-DEMO01\\wfbs_web"));
        QVERIFY(id.hasPassword);
        QVERIFY(!id.rawSection.contains(QStringLiteral("Pa55-word-XYZ")));
        QVERIFY(!demo.read(QStringLiteral("host-state.json")).contains("Pa55-word-XYZ"));
    }
};

QTEST_GUILESS_MAIN(tst_DemoContent)
#include "tst_democontent.moc"
