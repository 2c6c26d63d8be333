#include "fixes/iisanonymousfix.h"

#include "checks/iisanonymouscheck.h"

#include <QCoreApplication>

namespace kb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::IisAnonymousFix)
};

KbError inputError(const QString &message)
{
    return KbError::make(QStringLiteral("fix.input"), message);
}

} // namespace

QString IisAnonymousFix::description() const
{
    return Tr::tr("Set the console site's Anonymous Authentication to a specific user and password "
              "(the password goes to IIS only; it is never shown, logged or reported).");
}

QList<FixInput> IisAnonymousFix::inputs(const CheckContext &ctx) const
{
    QString current;
    if (ctx.host) {
        const ConsoleSite site = findConsoleSite(*ctx.host, m_candidates);
        if (!site.error)
            current = site.identity.userName;
    }
    FixInput user;
    user.id = userNameInput();
    user.label = Tr::tr("User name");
    user.kind = FixInput::Kind::Text;
    user.defaultValue = current;
    user.help = Tr::tr("The account IIS uses for the console's anonymous requests, as DOMAIN\\user or "
                   "SERVER\\user. It needs Read and Write on PCCSRV\\Temp.");
    FixInput password;
    password.id = passwordInput();
    password.label = Tr::tr("Password");
    password.kind = FixInput::Kind::Password;
    password.help = Tr::tr("The account's password. It is handed to IIS and kept nowhere else.");
    FixInput confirm;
    confirm.id = confirmInput();
    confirm.label = Tr::tr("Confirm password");
    confirm.kind = FixInput::Kind::Password;
    confirm.help = Tr::tr("The same password again.");
    return {user, password, confirm};
}

FixPlan IisAnonymousFix::plan(const CheckContext &ctx, const QVariantMap &inputValues) const
{
    FixPlan plan;
    NullHost none;
    Host &host = ctx.host ? *ctx.host : static_cast<Host &>(none);
    const ConsoleSite site = findConsoleSite(host, m_candidates);
    if (site.error) {
        plan.error = site.error;
        return plan;
    }
    if (!site.identity.enabled) {
        plan.error = KbError::make(QStringLiteral("fix.iisDisabled"),
                                   Tr::tr("Anonymous Authentication is disabled for the IIS site %1. "
                                      "Enable it in IIS Manager first (Authentication, Anonymous "
                                      "Authentication, Enable), then run the check again.")
                                       .arg(site.path));
        return plan;
    }
    const QString userName = inputValues.value(userNameInput()).toString().trimmed();
    const QString password = inputValues.value(passwordInput()).toString();
    const QString confirm = inputValues.value(confirmInput()).toString();
    if (userName.isEmpty()) {
        plan.error = inputError(Tr::tr("Enter the user name IIS should use for the console."));
        return plan;
    }
    if (password.isEmpty()) {
        plan.error = inputError(Tr::tr("Enter the password of %1.").arg(userName));
        return plan;
    }
    if (password != confirm) {
        plan.error = inputError(Tr::tr("The two passwords do not match."));
        return plan;
    }

    HostAction a;
    a.kind = HostAction::Kind::SetIisAnonymous;
    a.target = site.path;
    a.userName = userName;
    a.password = password;
    plan.actions.append(a);
    plan.notes.append(Tr::tr("Now: %1. The password reaches IIS through appcmd's standard input, never "
                         "its command line, and is not written to any log, report or backup.")
                          .arg(IisAnonymousCheck::describeIdentity(site.identity)));
    if (site.identity.hasPassword)
        plan.notes.append(Tr::tr("Undo: the current user %1 has a stored password that cannot be read "
                             "back (IIS keeps it encrypted). Undo will not be able to restore it; "
                             "it will tell you how to type it again in IIS Manager.")
                              .arg(site.identity.userName));
    else
        plan.notes.append(Tr::tr("Undo puts back %1.").arg(IisAnonymousCheck::describeIdentity(site.identity)));
    return plan;
}

} // namespace kb
