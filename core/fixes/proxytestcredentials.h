#pragma once

#include <QMutex>
#include <QString>

namespace kb {

// The proxy password a technician typed into the proxy form, kept in memory only so the proxy
// and reachability checks can test the connection with it. The product stores its own copy
// encrypted (!CRYPTNG!), which the wizard can neither read nor write, so this is never saved,
// logged, shown or reported; it is bound to one proxy (host, port, user) and is not sent
// anywhere else. Thread-safe: checks read it on worker threads.
class ProxyTestCredentials
{
public:
    void set(const QString &host, quint16 port, const QString &user, const QString &password);
    void clear();
    // The password for exactly this proxy and user, or "".
    QString passwordFor(const QString &host, quint16 port, const QString &user) const;

private:
    mutable QMutex m_mutex;
    QString m_host;
    quint16 m_port = 0;
    QString m_user;
    QString m_password;
};

} // namespace kb
