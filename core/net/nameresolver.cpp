// NameResolver and ProxySettings::describe() (declared in nameresolver.h and httptypes.h).
#include "logging.h"
#include "net/httptypes.h"
#include "net/nameresolver.h"
#include "testhooks.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHostInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>
#include <QTimer>

namespace kb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::NameResolver)
};

QMutex s_mutex;
int s_lookupDelayMs = 0;
QHash<QString, QList<QHostAddress>> s_map;
bool s_overridden = false;
QHash<QString, QPair<QHostAddress, quint16>> s_redirects; // by address text

// "address name [name...]" per line, '#' comments, like /etc/hosts.
QHash<QString, QList<QHostAddress>> readHostsFile(const QString &path)
{
    QHash<QString, QList<QHostAddress>> map;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qCWarning(lcNet) << "cannot read hosts map" << path;
        return map;
    }
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (QByteArray line : lines) {
        const int hash = line.indexOf('#');
        if (hash >= 0)
            line.truncate(hash);
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() < 2)
            continue;
        const QHostAddress address(QString::fromLatin1(parts.first()));
        if (address.isNull())
            continue;
        for (qsizetype i = 1; i < parts.size(); ++i)
            map[QString::fromLatin1(parts.at(i)).toLower()].append(address);
    }
    return map;
}

QString envMapPath()
{
    return testHook(TestHook::HostsMap);
}

} // namespace

QString ProxySettings::describe() const
{
    if (!isSet())
        return Tr::tr("no proxy");
    QString kind;
    switch (type) {
    case Type::Http: kind = Tr::tr("HTTP proxy"); break;
    case Type::Socks4: kind = Tr::tr("SOCKS4 proxy"); break;
    case Type::Socks5: kind = Tr::tr("SOCKS5 proxy"); break;
    case Type::None: break;
    }
    const QString where = host + QLatin1Char(':') + QString::number(port);
    if (user.isEmpty())
        //: %1 = "HTTP proxy", %2 = host:port
        return Tr::tr("%1 %2").arg(kind, where);
    //: %1 = "HTTP proxy", %2 = host:port, %3 = user name (never the password)
    return Tr::tr("%1 %2 (user %3)").arg(kind, where, user);
}

void NameResolver::setOverride(const QHash<QString, QList<QHostAddress>> &map, int lookupDelayMs)
{
    QMutexLocker lock(&s_mutex);
    s_lookupDelayMs = qBound(0, lookupDelayMs, 10000);
    s_map.clear();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        s_map.insert(it.key().toLower(), it.value());
    s_overridden = true;
}

void NameResolver::clearOverride()
{
    QMutexLocker lock(&s_mutex);
    s_map.clear();
    s_overridden = false;
}

void NameResolver::addConnectRedirect(const QHostAddress &from, const QHostAddress &to, quint16 toPort)
{
    QMutexLocker lock(&s_mutex);
    s_redirects.insert(from.toString(), {to, toPort});
}

void NameResolver::setPortRedirect(const QHostAddress &from, quint16 fromPort, const QHostAddress &to,
                                   quint16 toPort, bool enabled)
{
    QMutexLocker lock(&s_mutex);
    const QString key = from.toString() + QLatin1Char(':') + QString::number(fromPort);
    if (enabled)
        s_redirects.insert(key, {to, toPort});
    else
        s_redirects.remove(key);
}

void NameResolver::clearConnectRedirects()
{
    QMutexLocker lock(&s_mutex);
    s_redirects.clear();
}

QPair<QHostAddress, quint16> NameResolver::connectTarget(const QHostAddress &address, quint16 port)
{
    QMutexLocker lock(&s_mutex);
    const QString specific = address.toString() + QLatin1Char(':') + QString::number(port);
    if (s_redirects.contains(specific))
        return s_redirects.value(specific);
    return s_redirects.value(address.toString(), {address, port});
}

bool NameResolver::mayConnect(const QHostAddress &address)
{
    if (address.isLoopback())
        return true;
    QMutexLocker lock(&s_mutex);
    if (!s_overridden)
        return true;
    for (const QList<QHostAddress> &addresses : std::as_const(s_map))
        if (addresses.contains(address))
            return true;
    return false;
}

bool NameResolver::isOverridden()
{
    QMutexLocker lock(&s_mutex);
    return s_overridden || !envMapPath().isEmpty();
}

NameResolver::Result NameResolver::resolve(const QString &host, int timeoutMs)
{
    Result r;
    QElapsedTimer clock;
    clock.start();
    const QString name = host.toLower();

    // An address literal is not a name: nothing to look up, in either mode. While the demo's
    // override is on, the demo never reaches the network: a literal is taken only when it is a
    // loopback address or one of the demo's own (which the demo server answers).
    const QHostAddress literal(name.startsWith(QLatin1Char('[')) ? name.mid(1, name.size() - 2) : name);
    if (!literal.isNull()) {
        r.elapsedMs = clock.elapsed();
        if (!mayConnect(literal)) {
            //: %1 = an IP address
            r.error = Tr::tr("The demo does not reach the network: %1 is not one of its simulated "
                             "addresses.").arg(literal.toString());
            return r;
        }
        r.addresses = {literal};
        return r;
    }

    bool overridden = false;
    int delayMs = 0;
    QHash<QString, QList<QHostAddress>> map;
    {
        QMutexLocker lock(&s_mutex);
        overridden = s_overridden;
        if (overridden) {
            map = s_map;
            delayMs = s_lookupDelayMs;
        }
    }
    if (!overridden && !envMapPath().isEmpty()) {
        overridden = true;
        map = readHostsFile(envMapPath());
    }
    if (overridden) {
        r.addresses = map.value(name);
        // A simulated DNS round trip; loopback names answer at once, as they do for real.
        if (delayMs > 0 && !(r.addresses.value(0).isLoopback())) {
            QThread::msleep(ulong(qMin(delayMs, qMax(1, timeoutMs))));
            if (delayMs > timeoutMs) {
                r.addresses.clear();
                r.timedOut = true;
                r.error = Tr::tr("Looking up %1 took longer than %L2 ms.").arg(host).arg(timeoutMs);
                r.elapsedMs = clock.elapsed();
                return r;
            }
        }
        if (r.addresses.isEmpty())
            //: %1 = host name
            r.error = Tr::tr("The name %1 was not found.").arg(host);
        r.elapsedMs = clock.elapsed();
        return r;
    }

    // The system resolver (hosts file, NSS / Windows DNS client): what the server itself sees.
    // Asynchronous lookup in a local loop so a hung resolver cannot block past the timeout.
    QEventLoop loop;
    bool done = false;
    QHostInfo info;
    const int id = QHostInfo::lookupHost(host, &loop, [&](const QHostInfo &result) {
        info = result;
        done = true;
        loop.quit();
    });
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(qMax(1, timeoutMs));
    if (!done)
        loop.exec();
    r.elapsedMs = clock.elapsed();
    if (!done) {
        QHostInfo::abortHostLookup(id);
        r.timedOut = true;
        //: %1 = host name, %2 = milliseconds
        r.error = Tr::tr("Looking up %1 took longer than %L2 ms.").arg(host).arg(timeoutMs);
        return r;
    }
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        r.error = info.error() == QHostInfo::HostNotFound || info.addresses().isEmpty()
                      ? Tr::tr("The name %1 was not found.").arg(host)
                      //: %1 = host name, %2 = the system's error text
                      : Tr::tr("Looking up %1 failed: %2").arg(host, info.errorString());
        return r;
    }
    // IPv4 first: the ActiveUpdate allow-lists and the firewall step reason in IPv4 blocks.
    for (const QHostAddress &a : info.addresses())
        if (a.protocol() == QAbstractSocket::IPv4Protocol)
            r.addresses.append(a);
    for (const QHostAddress &a : info.addresses())
        if (a.protocol() != QAbstractSocket::IPv4Protocol)
            r.addresses.append(a);
    return r;
}

} // namespace kb
