#pragma once

#include "fixes/fix.h"
#include "kberror.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace kb {

class Host;

// One thing a backup set can put back.
//   File          a verified copy of the file (or, `created`, the record that it did not exist;
//                 `deleted`, a verified copy of a file the fix removed)
//   Acl           the folder's ACL as `icacls /save` wrote it (restored with /restore)
//   IisAnonymous  the anonymous identity of an IIS site, without its password (see
//                 iisanonymousbackup.h for what undo can and cannot put back)
// Manifests name the kind "file", "acl" or "iis-anonymous"; older manifests only know the first two.
struct BackupItem
{
    enum class Kind { File, Acl, IisAnonymous };
    Kind kind = Kind::File;
    QString path;          // absolute path of the original file / the folder whose ACL was saved / the IIS config path
    QString displayPath;   // as shown to the user
    QString backupFile;    // file name inside the set's folder
    QString sha256Before;  // hex, of the original (File; empty when `created`) / of the backup file (IisAnonymous)
    QString sha256After;   // hex, of what the fix writes (File; empty when `deleted`)
    bool created = false;  // File: the fix created it (no copy, backupFile empty); undo deletes it
    bool deleted = false;  // File: the fix removed it (backupFile holds it); undo writes it back.
                           // Manifest key "deleted"; older manifests lack it and read false.
};

struct BackupSet
{
    enum class State { Prepared, Applied, RolledBack, Undone };

    QString id;
    QString dir;           // absolute folder of the set
    QString articleId;
    QString stepId;
    QString targetPath;    // PCCSRV the fix was applied to
    QString installationRoot; // manifest "root": the canonical PCCSRV when the set was made
                              // (older sets lack it); undo refuses a set of another root
    QString toolVersion;
    QDateTime created;
    State state = State::Prepared;
    QList<BackupItem> items;
    QStringList services;  // services the fix restarted (undo restarts them too)

    bool isValid() const { return !id.isEmpty(); }
};
QString backupStateId(BackupSet::State s);

// What undo would find for one file.
struct UndoFileState
{
    BackupItem item;
    enum class Verdict { Restorable, AlreadyOriginal, ChangedSinceFix, Missing, BackupCorrupt };
    Verdict verdict = Verdict::Restorable;
    QString currentSha256;
};

// Backup sets on disk: <root>/<set id>/manifest.json plus the saved copies. Sets survive
// restarts; the manifest is rewritten atomically at every state change, so a process killed at
// any point leaves a set that undo can still use.
class BackupStore
{
public:
    explicit BackupStore(const QString &root);
    QString root() const { return m_root; }

    // Copies every file the plan edits into a new set, verifies each copy's SHA-256 against the
    // original, then writes the manifest (state Prepared). Nothing is modified before this
    // returns without error. An edit with createsFile records that the file is absent (and
    // fails if it exists now); undo and rollback delete such a file. An edit with deletesFile is
    // backed up like any other (the copy verified) and recorded as `deleted`.
    KbError createSet(const QString &articleId, const QString &stepId, const QString &targetPath,
                      const QList<FileEdit> &edits, BackupSet *out) const;
    // Adds an item whose backup file the caller wrote into set.dir (e.g. an `icacls /save`).
    KbError addItem(BackupSet &set, const BackupItem &item) const;
    // Saves what a host action is about to change into the set and adds the item: GrantAcl ->
    // `saveAcl` of the folder (item Acl), SetIisAnonymous -> the site's current anonymous
    // identity (item IisAnonymous), Restart/StartService -> the service joins set.services.
    // Nothing is changed on the host. FixExecutor calls this for every action before running any.
    KbError backUpHostAction(BackupSet &set, const HostAction &action, Host &host) const;
    KbError setState(BackupSet &set, BackupSet::State state) const;
    KbError saveManifest(const BackupSet &set) const;

    QList<BackupSet> list(QList<KbError> *problems = nullptr) const; // newest first
    BackupSet load(const QString &id, KbError *error) const;

    QList<UndoFileState> inspect(const BackupSet &set) const;
    // Restores every file of the set byte-identically (and ACL items through the host), for the
    // installation whose PCCSRV is `installationRoot` (the target being undone, never the
    // manifest's word). Refuses, touching nothing and whatever `force` says, a set whose manifest
    // names another installation, a path outside `installationRoot` or through a link out of it,
    // or a service / ACL folder / IIS site its fix never changes (undoscope.h); every path is
    // checked again immediately before it is written. Refuses, touching nothing, when a file
    // changed since the fix unless `force`. Restarts the set's services when a host is given.
    // `messages` receives what was done, naming the real paths.
    KbError undo(const QString &id, const QString &installationRoot, bool force, Host *host,
                 QStringList *messages = nullptr) const;
    // Puts the originals back after a failed apply (no change check: the caller just wrote them;
    // the link and inside-the-installation checks still apply).
    KbError rollback(BackupSet &set, Host *host) const;

    static QString sha256Hex(const QByteArray &bytes);
    static KbError sha256OfFile(const QString &path, QString *hex);

private:
    KbError restoreItems(const BackupSet &set, const QString &installationRoot,
                         const QList<UndoFileState> &states, Host *host, QStringList *messages) const;
    QString m_root;
};

} // namespace kb
