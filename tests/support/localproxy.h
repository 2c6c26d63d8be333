#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace kb::test {

// A real proxy from Debian's packages, started on a free loopback port for one test and
// killed when this object goes away: tinyproxy (HTTP, Basic authentication) or microsocks
// (SOCKS5, RFC 1929 user/password). start() fails (it never skips) when the binary is missing.
class LocalProxy
{
public:
    enum class Kind { Tinyproxy, Microsocks };
    LocalProxy(Kind kind, QString user, QString password);
    ~LocalProxy();

    bool start();          // false with error() set when it is not installed or does not listen
    quint16 port() const { return m_port; }
    QString error() const { return m_error; }
    QString program() const;
    QByteArray output() const; // what the proxy printed / logged so far

private:
    Kind m_kind;
    QString m_user;
    QString m_password;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace kb::test
