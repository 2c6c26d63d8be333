#include "fixes/proxytestcredentials.h"

#include <QMutexLocker>

namespace kb {

void ProxyTestCredentials::set(const QString &host, quint16 port, const QString &user,
                               const QString &password)
{
    QMutexLocker lock(&m_mutex);
    m_host = host;
    m_port = port;
    m_user = user;
    m_password = password;
}

void ProxyTestCredentials::clear()
{
    set(QString(), 0, QString(), QString());
}

QString ProxyTestCredentials::passwordFor(const QString &host, quint16 port, const QString &user) const
{
    QMutexLocker lock(&m_mutex);
    if (m_password.isEmpty() || port != m_port || host.compare(m_host, Qt::CaseInsensitive) != 0
        || user != m_user)
        return QString();
    return m_password;
}

} // namespace kb
