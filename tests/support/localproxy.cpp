#include "localproxy.h"

#include "testhttpserver.h"

#include <QFile>
#include <QFileInfo>
#include <QTcpSocket>
#include <QTest>

namespace kb::test {

LocalProxy::LocalProxy(Kind kind, QString user, QString password)
    : m_kind(kind), m_user(std::move(user)), m_password(std::move(password))
{
}

LocalProxy::~LocalProxy()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

QString LocalProxy::program() const
{
    return m_kind == Kind::Tinyproxy ? QStringLiteral("/usr/bin/tinyproxy") : QStringLiteral("/usr/bin/microsocks");
}

QByteArray LocalProxy::output() const
{
    QByteArray out = m_process ? m_process->readAllStandardOutput() + m_process->readAllStandardError() : QByteArray();
    QFile log(m_dir.filePath(QStringLiteral("tinyproxy.log")));
    if (log.open(QIODevice::ReadOnly))
        out += log.readAll();
    return out;
}

bool LocalProxy::start()
{
    if (!QFileInfo(program()).isExecutable()) {
        m_error = QStringLiteral("%1 is not installed (scripts/test installs tinyproxy and microsocks)").arg(program());
        return false;
    }
    m_port = TestHttpServer::refusedPort(); // free now; the proxy takes it
    QStringList args;
    if (m_kind == Kind::Tinyproxy) {
        const QString conf = m_dir.filePath(QStringLiteral("tinyproxy.conf"));
        QFile f(conf);
        if (!f.open(QIODevice::WriteOnly)) {
            m_error = QStringLiteral("cannot write %1").arg(conf);
            return false;
        }
        QByteArray text = "Port " + QByteArray::number(m_port) + "\nListen 127.0.0.1\nTimeout 30\n"
                          "MaxClients 20\nAllow 127.0.0.1\nDisableViaHeader Yes\nLogLevel Info\n"
                          "LogFile \"" + m_dir.filePath(QStringLiteral("tinyproxy.log")).toUtf8() + "\"\n";
        if (!m_user.isEmpty())
            text += "BasicAuth " + m_user.toUtf8() + ' ' + m_password.toUtf8() + '\n';
        f.write(text);
        f.close();
        args = {QStringLiteral("-d"), QStringLiteral("-c"), conf};
    } else {
        args = {QStringLiteral("-i"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port)};
        if (!m_user.isEmpty())
            args << QStringLiteral("-u") << m_user << QStringLiteral("-P") << m_password;
    }
    m_process = std::make_unique<QProcess>();
    m_process->start(program(), args);
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("%1 did not start: %2").arg(program(), m_process->errorString());
        return false;
    }
    // Ready when it accepts a connection.
    const bool listening = QTest::qWaitFor([this] {
        if (m_process->state() == QProcess::NotRunning)
            return true;
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        return probe.waitForConnected(200);
    }, 10000);
    if (!listening || m_process->state() == QProcess::NotRunning) {
        m_error = QStringLiteral("%1 is not listening on port %2: %3")
                      .arg(program()).arg(m_port).arg(QString::fromLocal8Bit(output()));
        return false;
    }
    return true;
}

} // namespace kb::test
