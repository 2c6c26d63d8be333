#pragma once

#include "check.h"
#include "kberror.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <memory>

namespace kb {

// A file the fix rewrites: the exact bytes read when planning and the exact bytes to write.
struct FileEdit
{
    QString path;        // absolute
    QString displayPath; // relative to PCCSRV, Windows separators
    QByteArray before;
    QByteArray after;
};

// A change to the machine that is not a file edit. Executed after the file edits, in order.
struct HostAction
{
    enum class Kind { RestartService, StartService, GrantAcl, SetIisAnonymous };
    Kind kind = Kind::RestartService;
    QString target;      // service name, folder path or IIS site path
    QString principal;   // GrantAcl: account
    QString rights;      // GrantAcl: icacls rights, e.g. "(OI)(CI)(R,W)"
    QString userName;    // SetIisAnonymous
    QString password;    // SetIisAnonymous: secret, never serialized, logged or reported
    int timeoutMs = 60000;

    QString describe() const; // one line, no secrets
};

// Something the user must decide before the fix can be planned (a section to add a key to,
// a proxy address, a password...).
struct FixInput
{
    enum class Kind { Choice, Text, Password };
    QString id;
    QString label;
    Kind kind = Kind::Text;
    QStringList choices;   // Choice: the offered values
    QString defaultValue;  // offered value; used by --headless --yes
    QString help;
};

struct FixPlan
{
    QList<FileEdit> edits;
    QList<HostAction> actions;
    QStringList notes;   // plain sentences shown with the preview (trade-offs, what is kept)
    KbError error;       // the fix cannot be planned (message says why)

    bool isEmpty() const { return edits.isEmpty() && actions.isEmpty(); }
};

// A repair, in kpmcore's spirit: description() touches nothing; plan() only reads and may be
// called many times; applying a plan (backup, atomic write, host actions, verify) is done by
// FixExecutor, identically for every fix.
class Fix
{
public:
    virtual ~Fix() = default;
    virtual QString description() const = 0;
    virtual QList<FixInput> inputs(const CheckContext &ctx) const
    {
        Q_UNUSED(ctx);
        return {};
    }
    virtual FixPlan plan(const CheckContext &ctx, const QVariantMap &inputValues) const = 0;
};

using FixPtr = std::shared_ptr<const Fix>;

} // namespace kb
