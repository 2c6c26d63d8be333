#pragma once

#include "fixes/fix.h"
#include "host/iisconsolesite.h"

namespace kb {

// iis-anonymous fix: sets "Specific user" on the console site's Anonymous Authentication from
// a form: user name, password and the password again (both masked). The password travels only
// in the HostAction and from there to appcmd on standard input (WindowsHost) — never on a
// command line, in a log, in the report or in the backup. FixExecutor saves the site's current
// identity first (BackupStore::backUpHostAction); see iisanonymousbackup.h for what undo can
// put back, which the preview states.
//
// Inputs: "userName" (Text), "password" (Password), "confirmPassword" (Password).
class IisAnonymousFix final : public Fix
{
public:
    explicit IisAnonymousFix(QList<IisSiteCandidate> candidates) : m_candidates(std::move(candidates)) {}
    QString description() const override;
    QList<FixInput> inputs(const CheckContext &ctx) const override;
    FixPlan plan(const CheckContext &ctx, const QVariantMap &inputValues) const override;
    FixScope scope() const override
    {
        FixScope s;
        for (const IisSiteCandidate &c : m_candidates)
            s.iisSites.append(c.path);
        return s;
    }

    static QString userNameInput() { return QStringLiteral("userName"); }
    static QString passwordInput() { return QStringLiteral("password"); }
    static QString confirmInput() { return QStringLiteral("confirmPassword"); }

private:
    QList<IisSiteCandidate> m_candidates;
};

} // namespace kb
