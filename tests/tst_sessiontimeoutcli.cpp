// Article 002 through the real kbwizard binary on the demo server (kbwizard --headless):
// every fix applied with the password from --inputs, and that password nowhere in what the
// program printed or wrote (reports, demo host state, backups). Without the password the
// preview says what is missing and nothing is changed.
#include "clirunner.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace kb;
using test::runKbwizard;

namespace {

const QString kSecret = QStringLiteral("Cli-Secret-99!&<x");

QJsonObject stepOf(const QJsonObject &report, const QString &step)
{
    for (const QJsonValue &a : report.value(QStringLiteral("articles")).toArray())
        for (const QJsonValue &s : a.toObject().value(QStringLiteral("steps")).toArray())
            if (s.toObject().value(QStringLiteral("id")).toString() == step)
                return s.toObject();
    return {};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class tst_SessionTimeoutCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private Q_SLOTS:
    void fixAllWithPasswordFromInputs()
    {
        QTemporaryDir tmp;
        const QString inputs = tmp.filePath(QStringLiteral("inputs.json"));
        QFile f(inputs);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("iis-anonymous"),
                                           QJsonObject{{QStringLiteral("userName"), QStringLiteral("SBS-DEMO01\\wfbs_web")},
                                                       {QStringLiteral("password"), kSecret},
                                                       {QStringLiteral("confirmPassword"), kSecret}}}})
                    .toJson());
        f.close();
        const QString demo = tmp.filePath(QStringLiteral("demo"));
        const QString out = tmp.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));
        const auto r = runKbwizard({QStringLiteral("--headless"), QStringLiteral("--demo"), demo,
                                    QStringLiteral("--article"), QStringLiteral("session-timeout"),
                                    QStringLiteral("--fix"), QStringLiteral("all"), QStringLiteral("--yes"),
                                    QStringLiteral("--inputs"), inputs,
                                    QStringLiteral("--json"), out + QStringLiteral("/r.json"),
                                    QStringLiteral("--html"), out + QStringLiteral("/r.html"),
                                    QStringLiteral("--text"), out + QStringLiteral("/r.txt")},
                                   m_home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        for (const QString &id : {QStringLiteral("temp-acl"), QStringLiteral("iis-anonymous"), QStringLiteral("restart-services")})
            QVERIFY2(r.out.contains(id + QStringLiteral(": fixed and verified")), qPrintable(r.out));

        const QJsonObject report = QJsonDocument::fromJson(readAll(out + QStringLiteral("/r.json"))).object();
        for (const QString &id : {QStringLiteral("temp-acl"), QStringLiteral("iis-anonymous"), QStringLiteral("restart-services")}) {
            const QJsonObject s = stepOf(report, id);
            QCOMPARE(s.value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
            QVERIFY(s.value(QStringLiteral("fix")).toObject().value(QStringLiteral("verified")).toBool());
        }
        QCOMPARE(stepOf(report, QStringLiteral("support-bundle")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("manual"));

        // The password is nowhere: not printed, not in any report, host state or backup.
        const QStringList forms{kSecret, kSecret.toHtmlEscaped(), QStringLiteral("Cli-Secret-99")};
        for (const QString &form : forms) {
            QVERIFY(!r.out.contains(form));
            QVERIFY(!r.err.contains(form));
        }
        for (const QString &root : {out, demo}) {
            QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QByteArray bytes = readAll(path);
                for (const QString &form : forms)
                    QVERIFY2(!bytes.contains(form.toUtf8()), qPrintable(path));
            }
        }
    }

    void withoutPasswordOnlyExplains()
    {
        QTemporaryDir tmp;
        const QString demo = tmp.filePath(QStringLiteral("demo"));
        const auto r = runKbwizard({QStringLiteral("--headless"), QStringLiteral("--demo"), demo,
                                    QStringLiteral("--article"), QStringLiteral("session-timeout"),
                                    QStringLiteral("--fix"), QStringLiteral("iis-anonymous,temp-acl")},
                                   m_home.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("Enter the password")) || r.out.contains(QStringLiteral("Enter the user name")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Grant IIS_IUSRS the rights (OI)(CI)(R,W)")), qPrintable(r.out));
        QVERIFY(!QFileInfo::exists(QDir(demo).filePath(QStringLiteral("backups"))));
    }
};

QTEST_GUILESS_MAIN(tst_SessionTimeoutCli)
#include "tst_sessiontimeoutcli.moc"
