// Reading applicationHost.config directly (a remote server, where appcmd cannot go): the
// anonymous identity that applies at a configuration path, attribute by attribute through the
// <location> levels, and a site's id and log folder.
#include "host/applicationhostconfig.h"

#include <QFile>
#include <QtTest>

using namespace kb;

class tst_ApplicationHostConfig : public QObject
{
    Q_OBJECT

    QByteArray m_config;

private Q_SLOTS:
    void initTestCase()
    {
        QFile f(QFINDTESTDATA("data/sessiontimeout/applicationHost.config"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_config = f.readAll();
    }

    void anonymousIdentity_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<QString>("userName");
        QTest::addColumn<bool>("hasPassword");
        QTest::newRow("own-site-specific-user") << QStringLiteral("OfficeScan") << QString() << true
                                                << QStringLiteral("SBS01\\wfbs_web") << true;
        QTest::newRow("case-insensitive") << QStringLiteral("officescan") << QString() << true
                                          << QStringLiteral("SBS01\\wfbs_web") << true;
        QTest::newRow("application-inherits-disabled") << QStringLiteral("Default Web Site/OfficeScan") << QString()
                                                       << false << QString() << false;
        QTest::newRow("site-level") << QStringLiteral("Default Web Site") << QString() << false
                                    << QStringLiteral("IUSR") << false;
        QTest::newRow("no-such-site") << QStringLiteral("Nope") << QStringLiteral("iis.siteNotFound") << true << QString() << false;
        QTest::newRow("no-such-app") << QStringLiteral("Default Web Site/Nope") << QStringLiteral("iis.siteNotFound") << true
                                     << QString() << false;
    }
    void anonymousIdentity()
    {
        QFETCH(QString, path);
        QFETCH(QString, error);
        const IisAnonymousIdentity id = anonymousIdentityFromApplicationHost(m_config, path);
        QCOMPARE(id.error.code, error);
        if (!error.isEmpty())
            return;
        QTEST(id.enabled, "enabled");
        QTEST(id.userName, "userName");
        QTEST(id.hasPassword, "hasPassword");
        QVERIFY(!id.rawSection.contains(QStringLiteral("enc:")));
        QVERIFY(!id.rawSection.contains(QStringLiteral("c2VjcmV0")));
    }

    void sites()
    {
        const IisSiteInfo own = siteFromApplicationHost(m_config, QStringLiteral("OfficeScan"));
        QVERIFY(own.found);
        QCOMPARE(own.id, 2u);
        QCOMPARE(own.logDirectory, QStringLiteral("D:\\IISLogs"));
        const IisSiteInfo dws = siteFromApplicationHost(m_config, QStringLiteral("Default Web Site"));
        QCOMPARE(dws.id, 1u);
        QCOMPARE(dws.logDirectory, QStringLiteral("%SystemDrive%\\inetpub\\logs\\LogFiles"));
        QVERIFY(!siteFromApplicationHost(m_config, QStringLiteral("Nope")).found);
    }

    void brokenXml()
    {
        QCOMPARE(anonymousIdentityFromApplicationHost("<configuration><sites>", QStringLiteral("OfficeScan")).error.code,
                 QStringLiteral("iis.unexpectedOutput"));
        QCOMPARE(siteFromApplicationHost("not xml at all <", QStringLiteral("OfficeScan")).error.code,
                 QStringLiteral("iis.unexpectedOutput"));
    }
};

QTEST_GUILESS_MAIN(tst_ApplicationHostConfig)
#include "tst_applicationhostconfig.moc"
