#include "host/demohost.h"

#include "net/demonetwork.h"

#include "backup/atomicfile.h"
#include "host/icaclsparser.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace kb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::DemoHost)
};

QMutex &stateMutex()
{
    static QMutex m;
    return m;
}

ServiceState stateFromName(const QString &s)
{
    for (int i = 1; i <= 7; ++i)
        if (serviceStateName(ServiceState(i)) == s)
            return ServiceState(i);
    return ServiceState::Unknown;
}

// Windows compares service names case-insensitively.
QString findKey(const QJsonObject &o, const QString &name)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.key();
    return QString();
}

} // namespace

DemoHost::DemoHost(const QString &sandboxRoot) : m_root(QDir::cleanPath(sandboxRoot)) {}

QString DemoHost::stateFile() const
{
    return QDir(m_root).filePath(QStringLiteral("host-state.json"));
}

KbError DemoHost::load(QJsonObject *state) const
{
    QByteArray bytes;
    if (KbError e = readWholeFile(stateFile(), &bytes, 8 * 1024 * 1024))
        return e;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        return KbError::make(QStringLiteral("demo.state"),
                             Tr::tr("The demo host state is not valid JSON: %1").arg(pe.errorString()),
                             stateFile(), int(bytes.left(pe.offset).count('\n')) + 1);
    }
    *state = doc.object();
    return {};
}

KbError DemoHost::store(const QJsonObject &state) const
{
    return writeFileAtomically(stateFile(), QJsonDocument(state).toJson(QJsonDocument::Indented));
}

QString DemoHost::computerName()
{
    QMutexLocker lock(&stateMutex());
    QJsonObject st;
    if (load(&st))
        return QString();
    return st.value(QLatin1String("computerName")).toString();
}

ServiceStatus DemoHost::queryService(const QString &name)
{
    QMutexLocker lock(&stateMutex());
    ServiceStatus s;
    s.name = name;
    QJsonObject st;
    if ((s.error = load(&st)))
        return s;
    const QJsonObject services = st.value(QLatin1String("services")).toObject();
    const QString key = findKey(services, name);
    const QJsonObject svc = services.value(key).toObject();
    if (key.isEmpty() || !svc.value(QLatin1String("installed")).toBool(true))
        return s; // exists = false: error 1060
    s.exists = true;
    s.state = stateFromName(svc.value(QLatin1String("state")).toString());
    s.pid = quint32(svc.value(QLatin1String("pid")).toInt());
    s.win32ExitCode = quint32(svc.value(QLatin1String("lastExitCode")).toInt());
    return s;
}

ServiceControlResult DemoHost::startService(const QString &name, int)
{
    reportProgress(Tr::tr("Starting %1...").arg(name));
    return startLocked(name);
}

ServiceControlResult DemoHost::startLocked(const QString &name)
{
    QMutexLocker lock(&stateMutex());
    ServiceControlResult r;
    QJsonObject st;
    if ((r.error = load(&st)))
        return r;
    QJsonObject services = st.value(QLatin1String("services")).toObject();
    const QString key = findKey(services, name);
    QJsonObject svc = services.value(key).toObject();
    if (key.isEmpty() || !svc.value(QLatin1String("installed")).toBool(true)) {
        r.win32Error = 1060;
        r.error = KbError::make(QStringLiteral("service.missing"),
                                Tr::tr("The service %1 is not installed (error 1060).").arg(name));
        return r;
    }
    if (svc.value(QLatin1String("state")).toString() == QLatin1String("RUNNING")) {
        r.win32Error = 1056;
        r.ok = true; // already running is what we wanted
        r.finalState = ServiceState::Running;
        return r;
    }
    int startError = svc.value(QLatin1String("startError")).toInt();
    // "startErrorUnless": {"glob": "<folder relative to the sandbox>/<pattern>", "atLeast": n}:
    // the start error holds only while fewer than n files match (the LWCS service times out
    // with 1053 while wcspatterns misses its pattern files, as article 004 says).
    const QJsonObject unless = svc.value(QLatin1String("startErrorUnless")).toObject();
    if (startError != 0 && !unless.isEmpty()) {
        const QString glob = unless.value(QLatin1String("glob")).toString();
        const QDir dir(QDir(m_root).filePath(glob.section(QLatin1Char('/'), 0, -2)));
        const QStringList present = dir.entryList({glob.section(QLatin1Char('/'), -1)}, QDir::Files);
        if (present.size() >= unless.value(QLatin1String("atLeast")).toInt(1))
            startError = 0;
    }
    if (startError != 0) {
        r.win32Error = quint32(startError);
        r.finalState = ServiceState::Stopped;
        r.error = KbError::make(QStringLiteral("service.start"),
                                startError == 1053
                                    ? Tr::tr("Windows could not start %1: Error 1053, the service did "
                                         "not respond to the start or control request in a "
                                         "timely fashion.").arg(name)
                                    : Tr::tr("Windows could not start %1 (error %2).").arg(name).arg(startError));
        return r;
    }
    svc.insert(QStringLiteral("state"), QStringLiteral("RUNNING"));
    svc.insert(QStringLiteral("pid"), int(QRandomGenerator::global()->bounded(1000, 9000)));
    services.insert(key, svc);
    st.insert(QStringLiteral("services"), services);
    if ((r.error = store(st)))
        return r;
    r.ok = true;
    r.finalState = ServiceState::Running;
    DemoNetwork::setServiceRunning(key, true);
    return r;
}

ServiceControlResult DemoHost::stopService(const QString &name, int)
{
    reportProgress(Tr::tr("Stopping %1...").arg(name));
    return stopLocked(name);
}

ServiceControlResult DemoHost::stopLocked(const QString &name)
{
    QMutexLocker lock(&stateMutex());
    ServiceControlResult r;
    QJsonObject st;
    if ((r.error = load(&st)))
        return r;
    QJsonObject services = st.value(QLatin1String("services")).toObject();
    const QString key = findKey(services, name);
    QJsonObject svc = services.value(key).toObject();
    if (key.isEmpty()) {
        r.win32Error = 1060;
        r.error = KbError::make(QStringLiteral("service.missing"),
                                Tr::tr("The service %1 is not installed (error 1060).").arg(name));
        return r;
    }
    if (svc.value(QLatin1String("state")).toString() == QLatin1String("STOPPED")) {
        r.win32Error = 1062;
        r.finalState = ServiceState::Stopped;
        r.error = KbError::make(QStringLiteral("service.not-started"),
                                Tr::tr("The service %1 has not been started (error 1062).").arg(name));
        return r;
    }
    svc.insert(QStringLiteral("state"), QStringLiteral("STOPPED"));
    svc.insert(QStringLiteral("pid"), 0);
    services.insert(key, svc);
    st.insert(QStringLiteral("services"), services);
    if ((r.error = store(st)))
        return r;
    r.ok = true;
    r.finalState = ServiceState::Stopped;
    DemoNetwork::setServiceRunning(key, false);
    return r;
}

QString DemoHost::aclKey(const QString &path) const
{
    QString p = path;
    p.replace(QLatin1Char('\\'), QLatin1Char('/'));
    return QDir(m_root).relativeFilePath(QDir::cleanPath(p));
}

AclListing DemoHost::readAcl(const QString &path)
{
    QMutexLocker lock(&stateMutex());
    AclListing l;
    l.path = path;
    QJsonObject st;
    if ((l.error = load(&st)))
        return l;
    const QJsonObject acls = st.value(QLatin1String("acls")).toObject();
    const QString key = aclKey(path);
    if (!acls.contains(key)) {
        l.error = KbError::make(QStringLiteral("acl.missing"),
                                Tr::tr("%1: The system cannot find the file specified.").arg(path));
        return l;
    }
    for (const QJsonValue &v : acls.value(key).toArray()) {
        AclEntry e;
        if (!parseAclEntry(v.toString(), &e)) {
            l.error = KbError::make(QStringLiteral("demo.state"),
                                    Tr::tr("Unreadable ACL entry \"%1\" for %2.").arg(v.toString(), key),
                                    stateFile());
            return l;
        }
        l.entries.append(e);
    }
    return l;
}

KbError DemoHost::grantAcl(const QString &path, const QString &principal, const QString &rights)
{
    QMutexLocker lock(&stateMutex());
    QJsonObject st;
    if (KbError e = load(&st))
        return e;
    QJsonObject acls = st.value(QLatin1String("acls")).toObject();
    const QString key = aclKey(path);
    if (!acls.contains(key))
        return KbError::make(QStringLiteral("acl.missing"),
                             Tr::tr("%1: The system cannot find the file specified.").arg(path));
    AclEntry entry;
    // icacls resolves a bare well-known group name and lists it with its domain, as Windows does.
    QString account = principal.trimmed();
    for (const char *builtin : {"IIS_IUSRS", "Users", "Administrators"})
        if (account.compare(QLatin1String(builtin), Qt::CaseInsensitive) == 0)
            account = QStringLiteral("BUILTIN\\") + QLatin1String(builtin);
    if (!parseAclEntry(account + QLatin1Char(':') + rights, &entry))
        return KbError::make(QStringLiteral("acl.syntax"),
                             Tr::tr("Invalid parameter \"%1:%2\".").arg(principal, rights));
    QJsonArray list = acls.value(key).toArray();
    list.append(formatAclEntry(entry));
    acls.insert(key, list);
    st.insert(QStringLiteral("acls"), acls);
    return store(st);
}

KbError DemoHost::saveAcl(const QString &path, const QString &saveFile)
{
    QMutexLocker lock(&stateMutex());
    QJsonObject st;
    if (KbError e = load(&st))
        return e;
    const QString key = aclKey(path);
    const QJsonObject acls = st.value(QLatin1String("acls")).toObject();
    if (!acls.contains(key))
        return KbError::make(QStringLiteral("acl.missing"),
                             Tr::tr("%1: The system cannot find the file specified.").arg(path));
    const QJsonObject saved{{QStringLiteral("path"), key}, {QStringLiteral("acl"), acls.value(key)}};
    return writeFileAtomically(saveFile, QJsonDocument(saved).toJson());
}

KbError DemoHost::restoreAcl(const QString &path, const QString &saveFile)
{
    QMutexLocker lock(&stateMutex());
    QByteArray bytes;
    if (KbError e = readWholeFile(saveFile, &bytes))
        return e;
    const QJsonObject saved = QJsonDocument::fromJson(bytes).object();
    const QString key = aclKey(path);
    if (saved.value(QLatin1String("path")).toString() != key)
        return KbError::make(QStringLiteral("acl.restore"),
                             Tr::tr("The saved permissions belong to another folder."), saveFile);
    QJsonObject st;
    if (KbError e = load(&st))
        return e;
    QJsonObject acls = st.value(QLatin1String("acls")).toObject();
    acls.insert(key, saved.value(QLatin1String("acl")));
    st.insert(QStringLiteral("acls"), acls);
    return store(st);
}

IisAnonymousIdentity DemoHost::iisAnonymousIdentity(const QString &site)
{
    QMutexLocker lock(&stateMutex());
    IisAnonymousIdentity id;
    QJsonObject st;
    if ((id.error = load(&st)))
        return id;
    const QJsonObject iis = st.value(QLatin1String("iis")).toObject();
    const QString key = findKey(iis, site);
    if (key.isEmpty()) {
        id.error = KbError::make(QStringLiteral("iis.site"),
                                 Tr::tr("The IIS site \"%1\" does not exist.").arg(site));
        return id;
    }
    const QJsonObject o = iis.value(key).toObject();
    id.enabled = o.value(QLatin1String("enabled")).toBool(true);
    id.userName = o.value(QLatin1String("userName")).toString();
    id.hasPassword = o.value(QLatin1String("hasPassword")).toBool();
    id.rawSection = QStringLiteral("<anonymousAuthentication enabled=\"%1\" userName=\"%2\"%3 />")
                        .arg(id.enabled ? QStringLiteral("true") : QStringLiteral("false"),
                             id.userName.toHtmlEscaped(),
                             id.hasPassword ? QStringLiteral(" password=\"••••\"") : QString());
    return id;
}

KbError DemoHost::setIisAnonymousIdentity(const QString &site, const QString &userName,
                                          const QString &password)
{
    QMutexLocker lock(&stateMutex());
    QJsonObject st;
    if (KbError e = load(&st))
        return e;
    QJsonObject iis = st.value(QLatin1String("iis")).toObject();
    const QString key = findKey(iis, site);
    if (key.isEmpty())
        return KbError::make(QStringLiteral("iis.site"),
                             Tr::tr("The IIS site \"%1\" does not exist.").arg(site));
    QJsonObject o = iis.value(key).toObject();
    o.insert(QStringLiteral("userName"), userName);
    // The demo keeps only the fact that a password is set, never the password.
    o.insert(QStringLiteral("hasPassword"), !password.isEmpty());
    iis.insert(key, o);
    st.insert(QStringLiteral("iis"), iis);
    return store(st);
}

ElevationStatus DemoHost::elevation()
{
    QMutexLocker lock(&stateMutex());
    ElevationStatus s;
    QJsonObject st;
    if ((s.error = load(&st))) {
        s.how = s.error.message;
        return s;
    }
    const bool elevated = st.value(QLatin1String("elevated")).toBool(true);
    s.state = elevated ? ElevationStatus::State::Elevated : ElevationStatus::State::NotElevated;
    s.how = elevated ? Tr::tr("demo host: \"elevated\": true in host-state.json")
                     : Tr::tr("demo host: \"elevated\": false in host-state.json");
    return s;
}

IisSiteInfo DemoHost::iisSite(const QString &siteName)
{
    QMutexLocker lock(&stateMutex());
    IisSiteInfo info;
    info.name = siteName;
    QJsonObject st;
    if ((info.error = load(&st)))
        return info;
    const QJsonObject iis = st.value(QLatin1String("iis")).toObject();
    for (auto it = iis.begin(); it != iis.end(); ++it) {
        const QString key = it.key();
        if (key.compare(siteName, Qt::CaseInsensitive) != 0
            && !key.startsWith(siteName + QLatin1Char('/'), Qt::CaseInsensitive))
            continue;
        const QJsonObject o = it.value().toObject();
        info.found = true;
        info.name = key.section(QLatin1Char('/'), 0, 0);
        if (key.compare(siteName, Qt::CaseInsensitive) == 0 || info.id == 0)
            info.id = quint32(o.value(QLatin1String("id")).toInt());
        info.logDirectory = o.value(QLatin1String("logDirectory"))
                                .toString(QStringLiteral("%SystemDrive%\\inetpub\\logs\\LogFiles"));
    }
    return info;
}

QString DemoHost::hostPath(const QString &windowsPath)
{
    QString p = windowsPath.trimmed();
    const QString drive = QDir(m_root).filePath(QStringLiteral("wfbs"));
    const QString windows = QDir(drive).filePath(QStringLiteral("Windows"));
    static const QRegularExpression lead(QStringLiteral("^%(SystemDrive|windir|SystemRoot)%(.*)$"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = lead.match(p);
    if (!m.hasMatch())
        return QString();
    QString rest = m.captured(2);
    rest.replace(QLatin1Char('\\'), QLatin1Char('/'));
    const QString base = m.captured(1).compare(QLatin1String("SystemDrive"), Qt::CaseInsensitive) == 0
                             ? drive
                             : windows;
    return QDir::cleanPath(base + QLatin1Char('/') + rest);
}

RegistryValue DemoHost::readRegistry(const QString &key, const QString &valueName)
{
    QMutexLocker lock(&stateMutex());
    RegistryValue v;
    QJsonObject st;
    if ((v.error = load(&st)))
        return v;
    const QJsonObject reg = st.value(QLatin1String("registry")).toObject();
    const QJsonObject values = reg.value(findKey(reg, key)).toObject();
    const QString name = findKey(values, valueName);
    if (name.isEmpty())
        return v;
    v.found = true;
    v.type = values.value(name).toObject().value(QLatin1String("type")).toString();
    v.data = values.value(name).toObject().value(QLatin1String("data")).toString();
    return v;
}

} // namespace kb
