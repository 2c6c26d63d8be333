// A known password typed into the proxy and IIS fixes and planted in INI files must not reach
// any output: JSON, HTML, text, PDF (as pdftotext reads it), the support bundle, stdout, stderr.
#include "clirunner.h"
#include "demofixture.h"
#include "zipreader.h"

#include <QProcess>
#include <QtTest>

using namespace kb;
using test::runKbwizard;

namespace {

const QString kPassword = QStringLiteral("Kx9!unique-Pw");
const QString kMask = QStringLiteral("••••");
const QString kOfcscan = QStringLiteral("wfbs/Security Server/PCCSRV/ofcscan.ini");
const QString kAucfg = QStringLiteral("wfbs/Security Server/PCCSRV/Admin/aucfg.ini");

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The password in every spelling an output could carry it in.
QStringList spellings()
{
    return {kPassword, QString::fromUtf8(QUrl::toPercentEncoding(kPassword)), kPassword.toHtmlEscaped(),
            QStringLiteral("unique-Pw")};
}

} // namespace

class tst_ReportSecrets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    test::DemoFixture m_demo;
    QMap<QString, QString> m_outputs; // name -> text

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_demo.create());
        // Plant the password as the products' INI files would hold it, in clear.
        QByteArray ofcscan = m_demo.read(kOfcscan);
        QVERIFY(ofcscan.contains("Proxy_Pwd="));
        ofcscan.replace(QByteArray("Proxy_Pwd=!CRYPTNG!54EA18CCBA202487D261E10AE9FC6C76E8"),
                        "Proxy_Pwd=" + kPassword.toUtf8());
        QVERIFY(ofcscan.contains(kPassword.toUtf8()));
        m_demo.write(kOfcscan, ofcscan);
        m_demo.write(kAucfg, m_demo.read(kAucfg) + "\r\n[Proxy]\r\npassword=" + kPassword.toUtf8() + "\r\n");

        const QString inputs = m_demo.tmp.filePath(QStringLiteral("inputs.json"));
        QFile f(inputs);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(R"({"proxy": {"type": "HTTP", "address": "127.0.0.1", "port": "1", "user": "u", "password": "%1"},
                                  "iis-anonymous": {"userName": "SBSDEMO\\iusr-wfbs", "password": "%1", "confirmPassword": "%1"}})")
                    .arg(kPassword).toUtf8());
        f.close();

        const QString hostsMap = m_demo.tmp.filePath(QStringLiteral("hosts.map"));
        QFile h(hostsMap);
        QVERIFY(h.open(QIODevice::WriteOnly));
        h.close();
        QProcessEnvironment env;
        env.insert(QStringLiteral("KBWIZARD_HOSTS_MAP"), hostsMap);

        const QString out = m_demo.tmp.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));
        const auto r = runKbwizard({QStringLiteral("--headless"), QStringLiteral("--root"), m_demo.sandbox,
                                    QStringLiteral("--article"), QStringLiteral("all"),
                                    QStringLiteral("--fix"), QStringLiteral("proxy,iis-anonymous"), QStringLiteral("--yes"),
                                    QStringLiteral("--inputs"), inputs,
                                    QStringLiteral("--json"), out + QStringLiteral("/r.json"),
                                    QStringLiteral("--html"), out + QStringLiteral("/r.html"),
                                    QStringLiteral("--text"), out + QStringLiteral("/r.txt"),
                                    QStringLiteral("--pdf"), out + QStringLiteral("/r.pdf"),
                                    QStringLiteral("--bundle"), out + QStringLiteral("/bundle.zip")},
                                   m_home.path(), env);
        QVERIFY2(!r.crashed && r.exitCode != 2, qPrintable(r.out + r.err));
        m_outputs.insert(QStringLiteral("stdout"), r.out);
        m_outputs.insert(QStringLiteral("stderr"), r.err);
        for (const QString &name : {QStringLiteral("r.json"), QStringLiteral("r.html"), QStringLiteral("r.txt")})
            m_outputs.insert(name, readText(out + QLatin1Char('/') + name));

        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                                      out + QStringLiteral("/r.pdf"), QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(60000));
        QCOMPARE(pdftotext.exitCode(), 0);
        m_outputs.insert(QStringLiteral("r.pdf"), QString::fromUtf8(pdftotext.readAllStandardOutput()));

        QString zipError;
        const QMap<QString, QByteArray> entries = test::readZip(out + QStringLiteral("/bundle.zip"), &zipError);
        QVERIFY2(!entries.isEmpty(), qPrintable(zipError));
        for (auto it = entries.cbegin(); it != entries.cend(); ++it)
            m_outputs.insert(QStringLiteral("bundle:") + it.key(), QString::fromUtf8(it.value()));
    }

    void passwordReachedTheTool()
    {
        // The run used the password (the proxy test and the IIS fix saw it): otherwise the
        // greps below prove nothing.
        const QString json = m_outputs.value(QStringLiteral("r.json"));
        QVERIFY(json.contains(QStringLiteral("\"proxy\"")));
        QVERIFY(json.contains(QStringLiteral("\"iis-anonymous\"")));
        QVERIFY(json.contains(QStringLiteral("\"applied\": true")) || json.contains(QStringLiteral("\"error\"")));
    }

    void noOutputHasThePassword_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("masked"); // the output is a report: it shows the mask
        for (const QString &name : m_outputs.keys()) {
            const bool report = name.startsWith(QLatin1String("r.")) || name == QLatin1String("bundle:report.json")
                                || name == QLatin1String("bundle:report.txt") || name == QLatin1String("bundle:report.html");
            QTest::newRow(qPrintable(name)) << name << report;
        }
    }
    void noOutputHasThePassword()
    {
        QFETCH(QString, name);
        QFETCH(bool, masked);
        const QString text = m_outputs.value(name);
        if (name.startsWith(QLatin1String("r.")) || name.startsWith(QLatin1String("bundle:report")))
            QVERIFY2(!text.isEmpty(), qPrintable(name));
        for (const QString &s : spellings())
            QVERIFY2(!text.contains(s), qPrintable(QStringLiteral("%1 contains %2").arg(name, s)));
        if (masked)
            QVERIFY2(text.contains(kMask), qPrintable(name + QStringLiteral(" has no ") + kMask));
    }
};

QTEST_GUILESS_MAIN(tst_ReportSecrets)
#include "tst_reportsecrets.moc"
