#include "installation.h"

#include "backup/privatefolder.h"
#include "demosandbox.h"
#include "host/host.h"
#include "ini/inidocument.h"
#include "testhooks.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSysInfo>

namespace kb::Installation {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::Installation)
};

// [inferred] where the product and version are written; the registry's Server_Version is
// [public] for OfficeScan (see docs/facts-research.md).
const char *const kServerIni = "Private/ofcserver.ini";
const char *const kServerSection = "INI_SERVER_SECTION";

bool looksLikePccsrv(const QDir &d)
{
    return d.dirName().compare(QLatin1String("PCCSRV"), Qt::CaseInsensitive) == 0
           || QFileInfo::exists(d.filePath(QStringLiteral("ofcscan.ini")))
           || QFileInfo::exists(d.filePath(QLatin1String(kServerIni)));
}

void collect(const QDir &dir, int depth, QStringList *out)
{
    if (looksLikePccsrv(dir)) {
        out->append(QDir::cleanPath(dir.absolutePath()));
        return;
    }
    if (depth == 0)
        return;
    const QStringList subdirs = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
    for (const QString &s : subdirs)
        collect(QDir(dir.filePath(s)), depth - 1, out);
}

// `\\?\C:\x` -> `C:\x`, `\\?\UNC\srv\share` -> `\\srv\share` (also with '/' and `\\.\`): the
// same folder under the name the rest of the wizard (and the backup folder's key) uses. Qt adds
// the long-path prefix itself where Windows needs it.
QString withoutWin32Prefix(const QString &path)
{
    static const QRegularExpression longUnc(QStringLiteral("^(?:\\\\\\\\|//)[?.][\\\\/]UNC[\\\\/]"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression drive(QStringLiteral("^(?:\\\\\\\\|//)[?.][\\\\/](?=[A-Za-z]:)"));
    QString p = path;
    if (const QRegularExpressionMatch m = longUnc.match(p); m.hasMatch())
        return p.replace(0, m.capturedLength(), QStringLiteral("\\\\"));
    if (const QRegularExpressionMatch m = drive.match(p); m.hasMatch())
        return p.mid(m.capturedLength());
    return p;
}

} // namespace

bool isLocalServerName(const QString &name)
{
    const QString n = name.trimmed();
    if (n.isEmpty() || n == QLatin1String(".") || n == QLatin1String("?")
        || n.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || n == QLatin1String("127.0.0.1") || n == QLatin1String("::1")
        || n.compare(QLatin1String("0--1.ipv6-literal.net"), Qt::CaseInsensitive) == 0)
        return true;
    QStringList own{QSysInfo::machineHostName(), qEnvironmentVariable("COMPUTERNAME")};
    for (const QString &o : std::as_const(own)) {
        if (o.isEmpty())
            continue;
        if (n.compare(o, Qt::CaseInsensitive) == 0
            || n.compare(o.section(QLatin1Char('.'), 0, 0), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString serverOfPath(const QString &path)
{
    QString p = path.trimmed();
    p.replace(QLatin1Char('/'), QLatin1Char('\\'));
    if (!p.startsWith(QLatin1String("\\\\")))
        return QString(); // a drive or a local path
    p = p.mid(2);
    // Win32 namespaces: \\?\C:\..., \\.\C:\..., \\?\Volume{...}\ are local;
    // \\?\UNC\server\share and \\.\UNC\server\share name the server after "UNC".
    if (p.startsWith(QLatin1String("?\\")) || p.startsWith(QLatin1String(".\\"))) {
        p = p.mid(2);
        if (!p.startsWith(QLatin1String("UNC\\"), Qt::CaseInsensitive))
            return QString();
        p = p.mid(4);
    }
    const QString server = p.section(QLatin1Char('\\'), 0, 0);
    return isLocalServerName(server) ? QString() : server;
}

Target describe(const QString &path, const QString &source)
{
    const QString pccsrv = withoutWin32Prefix(path);
    Target t;
    t.pccsrv = QDir::cleanPath(pccsrv);
    t.installDir = QFileInfo(t.pccsrv).path();
    t.source = source;
    t.serverName = serverOfPath(pccsrv);

    const QString installName = QFileInfo(t.installDir).fileName();
    if (installName.contains(QLatin1String("Security Server"), Qt::CaseInsensitive)
        || QFileInfo(QDir(t.pccsrv).filePath(QStringLiteral("wss"))).isDir())
        t.product = Product::Wfbs;
    else if (installName.contains(QLatin1String("OfficeScan"), Qt::CaseInsensitive)
             || QFileInfo::exists(QDir(t.pccsrv).filePath(QStringLiteral("ofcscan.ini"))))
        t.product = Product::Osce;

    KbError err;
    const IniDocument doc = IniDocument::load(t.path(QLatin1String(kServerIni)), &err);
    if (err)
        return t;
    for (const IniDocument::Entry &e : doc.entries()) {
        if (e.section.trimmed().compare(QLatin1String(kServerSection), Qt::CaseInsensitive) != 0)
            continue;
        const QString key = e.key.toLower();
        if (t.version.isEmpty() && key.contains(QLatin1String("version"))) {
            t.version = e.value;
            t.versionEvidence = QStringLiteral("%1 [%2] %3=%4")
                                    .arg(Target::displayPath(QLatin1String(kServerIni)), e.section,
                                         e.key, e.value);
        } else if (t.build.isEmpty() && key.contains(QLatin1String("build"))) {
            t.build = e.value;
        }
    }
    return t;
}

QList<Target> findUnder(const QString &given, KbError *error)
{
    const QString root = withoutWin32Prefix(given);
    const QFileInfo fi(root);
    if (!fi.isDir()) {
        *error = KbError::make(QStringLiteral("target.missing"),
                               Tr::tr("The folder does not exist or cannot be opened."), root);
        return {};
    }
    const bool demo = !DemoSandbox::sandboxRootOf(root).isEmpty();
    QStringList found;
    collect(QDir(fi.absoluteFilePath()), demo ? 4 : 3, &found);
    if (found.isEmpty()) {
        *error = KbError::make(QStringLiteral("target.no-pccsrv"),
                               Tr::tr("No Worry-Free Business Security or OfficeScan server folder "
                                  "(PCCSRV) was found here."),
                               root);
        return {};
    }
    QList<Target> targets;
    for (const QString &p : found)
        targets.append(describe(p, demo ? QStringLiteral("demo") : QStringLiteral("folder")));
    // Worry-Free first (two of the three articles are for it), then by path.
    std::stable_sort(targets.begin(), targets.end(), [](const Target &a, const Target &b) {
        return (a.product == Product::Wfbs) > (b.product == Product::Wfbs);
    });
    return targets;
}

QList<Target> fromRegistry(Host &host, KbError *error)
{
    const QStringList keys = {
        QStringLiteral("HKLM\\SOFTWARE\\WOW6432Node\\TrendMicro\\OfficeScan\\service\\Information"),
        QStringLiteral("HKLM\\SOFTWARE\\TrendMicro\\OfficeScan\\service\\Information"),
    };
    for (const QString &key : keys) {
        const RegistryValue v = host.readRegistry(key, QStringLiteral("Local_Path"));
        if (v.error) {
            *error = v.error;
            return {};
        }
        if (!v.found || v.data.trimmed().isEmpty())
            continue;
        QString path = v.data.trimmed();
        while (path.endsWith(QLatin1Char('\\')) || path.endsWith(QLatin1Char('/')))
            path.chop(1);
        Target t = describe(path, QStringLiteral("registry"));
        const RegistryValue ver = host.readRegistry(key, QStringLiteral("Server_Version"));
        if (ver.found && !ver.data.isEmpty()) {
            t.version = ver.data;
            t.versionEvidence = key + QStringLiteral(" Server_Version=") + ver.data;
        }
        return {t};
    }
    *error = KbError::make(QStringLiteral("target.not-installed"),
                           Tr::tr("The registry names no Worry-Free Business Security or OfficeScan "
                              "server on this machine."));
    return {};
}

QString normalizedServerName(const QString &server)
{
    QString s = server.trimmed();
    while (s.startsWith(QLatin1Char('\\')) || s.startsWith(QLatin1Char('/')))
        s.remove(0, 1);
    while (s.endsWith(QLatin1Char('\\')) || s.endsWith(QLatin1Char('/')))
        s.chop(1);
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    return name.match(s).hasMatch() ? s : QString();
}

QString adminSharePath(const QString &server, const QString &localPath)
{
    static const QRegularExpression drive(QStringLiteral("^([A-Za-z]):[\\\\/]?(.*)$"));
    const QRegularExpressionMatch m = drive.match(localPath.trimmed());
    const QString name = normalizedServerName(server);
    if (!m.hasMatch() || name.isEmpty())
        return localPath;
    QString rest = m.captured(2);
    rest.replace(QLatin1Char('/'), QLatin1Char('\\'));
    while (rest.endsWith(QLatin1Char('\\')))
        rest.chop(1);
    return QStringLiteral("\\\\%1\\%2$").arg(name, m.captured(1).toUpper())
           + (rest.isEmpty() ? QString() : QLatin1Char('\\') + rest);
}

QStringList candidatesForServer(const QString &server)
{
    // [article] ...\Security Server\PCCSRV and ...\OfficeScan\PCCSRV; the (x86) variants:
    // [inferred] for WFBS, [public] for OfficeScan (docs/facts-research.md, 6a).
    static const char *const folders[] = {
        "C:\\Program Files (x86)\\Trend Micro\\Security Server\\PCCSRV",
        "C:\\Program Files\\Trend Micro\\Security Server\\PCCSRV",
        "C:\\Program Files (x86)\\Trend Micro\\OfficeScan\\PCCSRV",
        "C:\\Program Files\\Trend Micro\\OfficeScan\\PCCSRV",
    };
    QStringList out;
    if (normalizedServerName(server).isEmpty())
        return out;
    for (const char *f : folders)
        out.append(adminSharePath(server, QLatin1String(f)));
    return out;
}

QList<Target> forServer(const QString &server, Host *host, KbError *error)
{
    const QString name = normalizedServerName(server);
    if (name.isEmpty()) {
        *error = KbError::make(QStringLiteral("target.server"),
                               Tr::tr("\"%1\" is not a server name. Type it as SERVER or \\\\SERVER.").arg(server));
        return {};
    }
    QList<Target> found;
    QStringList tried;
    auto known = [&found](const QString &path) {
        for (const Target &t : std::as_const(found))
            if (QDir::cleanPath(t.pccsrv).compare(QDir::cleanPath(path), Qt::CaseInsensitive) == 0)
                return true;
        return false;
    };
    if (host) {
        KbError registryError;
        const QList<Target> fromReg = fromRegistry(*host, &registryError);
        if (registryError)
            tried << Tr::tr("the server's registry (%1)").arg(registryError.message);
        for (const Target &t : fromReg) {
            const QString unc = adminSharePath(name, t.pccsrv);
            tried << unc;
            if (!QFileInfo(unc).isDir() || known(unc))
                continue;
            Target remote = describe(unc, QStringLiteral("registry"));
            if (!t.version.isEmpty()) {
                remote.version = t.version;
                remote.versionEvidence = t.versionEvidence;
            }
            remote.serverName = name;
            found.append(remote);
        }
    }
    for (const QString &candidate : candidatesForServer(name)) {
        tried << candidate;
        if (!QFileInfo(candidate).isDir() || known(candidate))
            continue;
        Target t = describe(candidate, QStringLiteral("folder"));
        t.serverName = name;
        found.append(t);
    }
    if (found.isEmpty())
        *error = KbError::make(QStringLiteral("target.not-found"),
                               Tr::tr("No Worry-Free Business Security or OfficeScan server folder was found "
                                  "on \\\\%1. Looked at: %2. Reading these folders needs administrator "
                                  "rights on %1 (the C$ share); or type the PCCSRV folder's network path.")
                                   .arg(name, tried.join(QStringLiteral("; "))));
    return found;
}

QString backupRootFor(const Target &target)
{
    const QString env = testHook(TestHook::BackupDir);
    if (!env.isEmpty())
        return QDir::cleanPath(env);
    const QString sandbox = DemoSandbox::sandboxRootOf(target.pccsrv);
    if (!sandbox.isEmpty())
        return QDir(sandbox).filePath(QStringLiteral("backups"));
    const QString key = QString::fromLatin1(
        QCryptographicHash::hash(target.pccsrv.toLower().toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(10));
    // A server name becomes part of a folder name: only a plain host name is used as it is.
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"));
    const QString server = target.serverName.isEmpty() || isLocalServerName(target.serverName)
                               ? QStringLiteral("local")
                               : plain.match(target.serverName).hasMatch() ? target.serverName
                                                                           : QStringLiteral("server");
    const QString name = QStringLiteral("%1-%2").arg(server, key);
    // Windows: %ProgramData%\KBWizard\backups, private to Administrators and SYSTEM (made so by
    // BackupStore), never the roaming profile that non-elevated processes of the user can write
    // and that roaming copies to a file server. Elsewhere the user's own data folder (0700).
    const QString machine = machineBackupBase();
    if (!machine.isEmpty())
        return QDir(machine).filePath(name);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("backups/") + name);
}

} // namespace kb::Installation
