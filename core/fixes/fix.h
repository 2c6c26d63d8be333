#pragma once

#include "check.h"
#include "kberror.h"

#include <QByteArray>
#include <QHash>
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
    // The file does not exist yet (`before` is empty): the backup records its absence, and undo
    // or a rollback deletes it again. The executor creates a missing parent folder.
    bool createsFile = false;
    // The mirror of createsFile: the fix removes the file (`after` is ignored). The backup keeps a
    // verified copy of `before`; undo or a rollback writes it back byte for byte (recreating a
    // missing parent folder), and undo refuses, unless forced, when another file is at that path.
    bool deletesFile = false;
    // Streamed content (pattern files, which may be large; security review M4): when `afterFile`
    // is set, the bytes to write are that file's, copied in chunks and never held in memory;
    // `after` stays empty and `afterSha256` (hex) is their digest, computed while the file was
    // unpacked and checked again while it is copied. `before` stays empty too: `beforeSha256` is
    // the digest of the file the plan saw (empty for createsFile); the backup copies it in chunks
    // and refuses when it differs. `staging` keeps the folder holding afterFile alive as long as
    // the edit (the preparation's temporary folder).
    QString afterFile{};
    QString afterSha256{};
    qint64 afterSize = -1;
    QString beforeSha256{};
    std::shared_ptr<const void> staging{};
    bool isStreamed() const { return !afterFile.isEmpty(); }
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
    // Start/RestartService: an explanation appended to the error when the service fails with
    // this Win32 error (e.g. 1053: what it means for this article and what to do next).
    QHash<quint32, QString> errorHelp;

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

// Work a fix must do on the executor's worker thread before anything is backed up or written,
// e.g. downloading and unpacking pattern files. run() may read the target and write only into
// its own temporary folders; it returns the file edits to apply (whose `before` it read from
// disk). It polls ctx.isCancelled() and reports through ctx.reportProgress(). When it fails or
// is cancelled, the executor stops before the backup: nothing on the target has changed.
class FixPreparation
{
public:
    virtual ~FixPreparation() = default;
    virtual QString describe() const = 0; // one line for the preview, e.g. "Download ..."
    virtual KbError run(const CheckContext &ctx, QList<FileEdit> *edits,
                        QStringList *messages) const = 0;
};

// A check of another step that the executor runs again after this fix succeeded (e.g.
// wcspatterns re-runs lwcs-status); its result is reported, it does not decide the outcome.
struct FollowUpCheck
{
    QString stepId;
    CheckPtr check;
};
struct FollowUpResult
{
    QString stepId;
    CheckResult result;
};

struct FixPlan
{
    QList<FileEdit> edits;
    QList<HostAction> actions;
    QStringList notes;   // plain sentences shown with the preview (trade-offs, what is kept)
    KbError error;       // the fix cannot be planned (message says why)
    std::shared_ptr<const FixPreparation> prepare; // optional: runs first, adds edits
    QList<FollowUpCheck> followUps;                // optional: re-run after success

    bool isEmpty() const { return edits.isEmpty() && actions.isEmpty() && !prepare; }
};

// What a fix's host actions may touch, known without planning (so without reading the server):
// undo checks a backup set's manifest against the scope of the fix the set names and refuses a
// set that names any other service, ACL folder or IIS site (BackupStore::undo).
struct FixScope
{
    QStringList services;   // services the fix starts or restarts
    QStringList aclFolders; // folders relative to PCCSRV ("Temp") whose ACL it changes
    QStringList iisSites;   // IIS configuration paths whose anonymous identity it sets
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
    // Every service, ACL folder and IIS site any plan of this fix can name (default: none).
    virtual FixScope scope() const { return {}; }
};

using FixPtr = std::shared_ptr<const Fix>;

} // namespace kb
