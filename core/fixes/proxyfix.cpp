#include "fixes/proxyfix.h"

#include "backup/atomicfile.h"
#include "ini/inidocument.h"
#include "fixes/proxytestcredentials.h"
#include "ini/updateconfig.h"

#include <QCoreApplication>

namespace kb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::ProxyFix)
};

const QString kType = QStringLiteral("type");
const QString kAddress = QStringLiteral("address");
const QString kPort = QStringLiteral("port");
const QString kUser = QStringLiteral("user");
const QString kPassword = QStringLiteral("password");
const QString kConsolePath = QStringLiteral("Administration > Global Settings > Proxy");

KbError inputError(const QString &message)
{
    return KbError::make(QStringLiteral("fix.input"), message);
}

} // namespace

const QString ProxyFix::kNone = QStringLiteral("none");

ProxyFix::ProxyFix(UpdateConfigLayout layout, std::shared_ptr<ProxyTestCredentials> credentials,
                   QList<FollowUpCheck> followUps)
    : m_layout(std::move(layout)), m_credentials(std::move(credentials)), m_followUps(std::move(followUps))
{
}

QString ProxyFix::description() const
{
    return Tr::tr("Write the proxy type, address, port and user name from the form into %1 (only keys "
              "the file already has), then test the update source through the proxy. The password is "
              "used for the test only and is never written: type it in the console (%2).")
        .arg(Target::displayPath(m_layout.proxy.file), kConsolePath);
}

QList<FixInput> ProxyFix::inputs(const CheckContext &ctx) const
{
    const UpdateConfig cfg = UpdateConfig::read(ctx, m_layout);
    const ProxyLayout &p = m_layout.proxy;
    QString type = kNone;
    if (cfg.proxyEnabled)
        type = cfg.proxy.type == ProxySettings::Type::Socks5   ? p.typeSocks5
               : cfg.proxy.type == ProxySettings::Type::Socks4 ? p.typeSocks4
                                                               : p.typeHttp;
    FixInput t;
    t.id = kType;
    t.kind = FixInput::Kind::Choice;
    t.label = Tr::tr("Proxy protocol");
    t.choices = {p.typeHttp, p.typeSocks4, p.typeSocks5, kNone};
    t.defaultValue = type;
    t.help = Tr::tr("\"%1\" switches the proxy off: the server then connects to the update source directly.").arg(kNone);
    FixInput a;
    a.id = kAddress;
    a.label = Tr::tr("Proxy server name or IP address");
    a.defaultValue = cfg.proxy.host;
    FixInput port;
    port.id = kPort;
    port.label = Tr::tr("Proxy port");
    port.defaultValue = cfg.proxy.port ? QString::number(cfg.proxy.port) : QString();
    FixInput u;
    u.id = kUser;
    u.label = Tr::tr("User name (empty: no authentication)");
    u.defaultValue = cfg.proxy.user;
    FixInput pw;
    pw.id = kPassword;
    pw.kind = FixInput::Kind::Password;
    pw.label = Tr::tr("Password (only to test the connection)");
    pw.help = Tr::tr("Used in memory to test the proxy, never saved, shown or reported. The product stores "
                 "its own copy encrypted: type the password in the console (%1) afterwards.")
                  .arg(kConsolePath);
    return {t, a, port, u, pw};
}

FixPlan ProxyFix::plan(const CheckContext &ctx, const QVariantMap &in) const
{
    FixPlan plan;
    const ProxyLayout &p = m_layout.proxy;
    const QString type = in.value(kType).toString().trimmed();
    const QString address = in.value(kAddress).toString().trimmed();
    const QString user = in.value(kUser).toString().trimmed();
    const QString password = in.value(kPassword).toString();
    bool portOk = false;
    const uint port = in.value(kPort).toString().trimmed().toUInt(&portOk);
    const bool off = type.compare(kNone, Qt::CaseInsensitive) == 0;
    QString typeValue;
    for (const QString &t : {p.typeHttp, p.typeSocks4, p.typeSocks5})
        if (type.compare(t, Qt::CaseInsensitive) == 0)
            typeValue = t;
    if (!off && typeValue.isEmpty()) {
        plan.error = inputError(Tr::tr("Choose the proxy protocol: %1.")
                                    .arg(QStringList{p.typeHttp, p.typeSocks4, p.typeSocks5, kNone}
                                             .join(QLatin1String(", "))));
        return plan;
    }
    if (!off && (address.isEmpty() || address.contains(QLatin1Char(' ')) || address.contains(QLatin1Char('/')))) {
        plan.error = inputError(Tr::tr("Enter the proxy's server name or IP address (no spaces, no \"http://\")."));
        return plan;
    }
    if (!off && (!portOk || port == 0 || port > 65535)) {
        plan.error = inputError(Tr::tr("Enter the proxy port, a number from 1 to 65535."));
        return plan;
    }

    KbError err;
    const QString path = ctx.target.path(p.file);
    IniDocument doc = IniDocument::load(path, &err);
    if (err) {
        plan.error = err;
        return plan;
    }
    // Rewrites the first line of `key` (the one Windows reads) when the file has it.
    auto set = [&](const QString &key, const QString &value, bool required) {
        const QList<IniDocument::Entry> found = doc.find(p.section, key);
        if (found.isEmpty()) {
            if (required)
                plan.notes.append(Tr::tr("%1 has no %2 key in [%3]; the wizard does not add keys. Set it in "
                                     "the console (%4).")
                                      .arg(Target::displayPath(p.file), key, p.section, kConsolePath));
            return;
        }
        if (found.first().value != value && !doc.setValueAtLine(found.first().line, value))
            plan.error = KbError::make(QStringLiteral("fix.encoding"),
                                       Tr::tr("%1 cannot hold the value for %2.").arg(Target::displayPath(p.file), key),
                                       path);
    };
    if (off) {
        if (doc.find(p.section, p.enableKey).isEmpty()) {
            plan.error = KbError::make(QStringLiteral("fix.key-missing"),
                                       Tr::tr("%1 has no %2 key: switch the proxy off in the console (%3).")
                                           .arg(Target::displayPath(p.file), p.enableKey, kConsolePath),
                                       path);
            return plan;
        }
        set(p.enableKey, p.disabledValue, true);
    } else {
        set(p.enableKey, p.enabledValue, false);
        set(p.typeKey, typeValue, true);
        set(p.addressKey, address, true);
        set(p.portKey, QString::number(port), true);
        set(p.userKey, user, !user.isEmpty());
        if (doc.find(p.section, p.addressKey).isEmpty() || doc.find(p.section, p.portKey).isEmpty()) {
            plan.error = KbError::make(QStringLiteral("fix.key-missing"),
                                       Tr::tr("%1 has no proxy address or port key the wizard could change: set the "
                                          "proxy in the console (%2).")
                                           .arg(Target::displayPath(p.file), kConsolePath),
                                       path);
            return plan;
        }
    }
    if (plan.error)
        return plan;

    // The test password lives in memory only, bound to this proxy and user.
    if (m_credentials) {
        if (!off && !password.isEmpty())
            m_credentials->set(address, quint16(port), user, password);
        else
            m_credentials->clear();
    }

    FileEdit edit;
    edit.path = path;
    edit.displayPath = Target::displayPath(p.file);
    if (KbError e = readWholeFile(path, &edit.before)) {
        plan.error = e;
        return plan;
    }
    edit.after = doc.serialize();
    if (edit.before == edit.after) {
        plan.error = KbError::make(QStringLiteral("fix.nothing"),
                                   off ? Tr::tr("The proxy is already switched off.")
                                       : Tr::tr("The file already holds these proxy settings. A password typed in "
                                            "the form is used when the checks run again."));
        return plan;
    }
    plan.edits.append(edit);
    if (!off && !user.isEmpty())
        plan.notes.append(Tr::tr("The password is not written (the product keeps it encrypted). After applying, "
                             "type it in the console: %1.").arg(kConsolePath));
    if (!off && password.isEmpty() && !user.isEmpty())
        plan.notes.append(Tr::tr("No password was typed, so the test after the change cannot check the "
                             "password itself."));
    plan.followUps = m_followUps;
    return plan;
}

} // namespace kb
