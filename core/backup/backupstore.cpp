#include "backup/backupstore.h"

#include "backup/atomicfile.h"
#include "backup/pathguard.h"
#include "backup/privatefolder.h"
#include "backup/undoscope.h"
#include "host/host.h"
#include "backup/iisanonymousbackup.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace kb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::BackupStore)
};

const char *const kManifest = "manifest.json";

QString kindId(BackupItem::Kind k)
{
    switch (k) {
    case BackupItem::Kind::Acl: return QStringLiteral("acl");
    case BackupItem::Kind::IisAnonymous: return QStringLiteral("iis-anonymous");
    case BackupItem::Kind::File: break;
    }
    return QStringLiteral("file");
}

BackupItem::Kind kindFromId(const QString &id)
{
    if (id == QLatin1String("acl"))
        return BackupItem::Kind::Acl;
    if (id == QLatin1String("iis-anonymous"))
        return BackupItem::Kind::IisAnonymous;
    return BackupItem::Kind::File;
}

BackupSet::State stateFromId(const QString &id)
{
    for (auto s : {BackupSet::State::Prepared, BackupSet::State::Applied,
                   BackupSet::State::RolledBack, BackupSet::State::Undone})
        if (backupStateId(s) == id)
            return s;
    return BackupSet::State::Prepared;
}

QString safeStepName(const QString &step)
{
    QString s;
    for (QChar c : step)
        s += (c.isLetterOrNumber() || c == QLatin1Char('-')) ? c : QLatin1Char('_');
    return s.left(40);
}

} // namespace

QString backupStateId(BackupSet::State s)
{
    switch (s) {
    case BackupSet::State::Prepared: return QStringLiteral("prepared");
    case BackupSet::State::Applied: return QStringLiteral("applied");
    case BackupSet::State::RolledBack: return QStringLiteral("rolled-back");
    case BackupSet::State::Undone: return QStringLiteral("undone");
    }
    return QStringLiteral("prepared");
}

BackupStore::BackupStore(const QString &root) : m_root(QDir::cleanPath(root)) {}

QString BackupStore::sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

KbError BackupStore::sha256OfFile(const QString &path, QString *hex)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return KbError::make(QStringLiteral("file.read"),
                             Tr::tr("Cannot read: %1").arg(f.errorString()), path);
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f))
        return KbError::make(QStringLiteral("file.read"), Tr::tr("Cannot read the whole file."), path);
    *hex = QString::fromLatin1(h.result().toHex());
    return {};
}

KbError BackupStore::createSet(const QString &articleId, const QString &stepId,
                               const QString &targetPath, const QList<FileEdit> &edits,
                               BackupSet *out) const
{
    BackupSet set;
    set.created = QDateTime::currentDateTime();
    set.id = set.created.toString(QStringLiteral("yyyyMMdd-HHmmss")) + QLatin1Char('-')
             + safeStepName(stepId) + QLatin1Char('-')
             + QString::number(QRandomGenerator::global()->bounded(0x1000, 0xFFFF), 16);
    set.dir = QDir(m_root).filePath(set.id);
    set.articleId = articleId;
    set.stepId = stepId;
    set.targetPath = targetPath;
    const QString canonicalRoot = QFileInfo(targetPath).canonicalFilePath();
    set.installationRoot = canonicalRoot.isEmpty() ? QDir::cleanPath(targetPath) : canonicalRoot;
    set.toolVersion = QStringLiteral(KBWIZARD_VERSION);

    // Private before anything is copied in: POSIX 0700; Windows Administrators + SYSTEM only
    // (privatefolder.h). A copy is never more readable than its original.
    if (KbError e = makePrivateFolder(m_root, machineBackupTop()))
        return e;
    if (!QDir().mkpath(set.dir))
        return KbError::make(QStringLiteral("backup.mkdir"),
                             Tr::tr("Cannot create the backup folder."), set.dir);
    if (KbError e = makePrivateFolder(set.dir))
        return e;
    // A set that could not be completed (a full disk, a changed file) holds nothing undo could
    // use: it is removed, so it is never listed as a backup.
    struct Abandon
    {
        QString dir;
        ~Abandon()
        {
            if (!dir.isEmpty())
                QDir(dir).removeRecursively();
        }
    } abandon{set.dir};

    int n = 0;
    for (const FileEdit &edit : edits) {
        BackupItem item;
        item.kind = BackupItem::Kind::File;
        item.path = edit.path;
        item.displayPath = edit.displayPath;
        item.sha256After = edit.deletesFile ? QString() : edit.isStreamed() ? edit.afterSha256 : sha256Hex(edit.after);
        if (edit.createsFile && edit.deletesFile)
            return KbError::make(QStringLiteral("backup.plan"),
                                 Tr::tr("An edit cannot both create and delete a file."), edit.path);
        if (edit.createsFile) {
            if (QFileInfo::exists(edit.path))
                return KbError::make(QStringLiteral("backup.changed"),
                                     Tr::tr("The file appeared after the preview was made; run the "
                                        "diagnosis again."),
                                     edit.path);
            item.created = true;
            set.items.append(item);
            continue;
        }
        item.backupFile = QStringLiteral("%1-%2.bak").arg(++n).arg(QFileInfo(edit.path).fileName());

        const QString copy = QDir(set.dir).filePath(item.backupFile);
        if (edit.isStreamed()) {
            // A pattern file: copied in chunks, its digest computed while copying must be the
            // one the plan saw; the copy is read back and compared by the same digest.
            const KbError e = copyFileAtomically(copy, edit.path, edit.beforeSha256, nullptr, &item.sha256Before);
            if (e.code == QLatin1String("file.digest"))
                return KbError::make(QStringLiteral("backup.changed"),
                                     Tr::tr("The file changed after the preview was made; run the "
                                        "diagnosis again."),
                                     edit.path);
            if (e)
                return e;
            privateFile(copy);
            item.deleted = edit.deletesFile;
            set.items.append(item);
            continue;
        }
        // Back up what is on disk now, and insist it is what the plan was computed from.
        QByteArray current;
        if (KbError e = readWholeFile(edit.path, &current))
            return e;
        item.sha256Before = sha256Hex(current);
        if (item.sha256Before != sha256Hex(edit.before))
            return KbError::make(QStringLiteral("backup.changed"),
                                 Tr::tr("The file changed after the preview was made; run the "
                                    "diagnosis again."),
                                 edit.path);
        if (KbError e = writeFileAtomically(copy, current))
            return e;
        privateFile(copy);
        QString copyHash;
        if (KbError e = sha256OfFile(copy, &copyHash))
            return e;
        if (copyHash != item.sha256Before)
            return KbError::make(QStringLiteral("backup.verify"),
                                 Tr::tr("The backup copy does not match the original; nothing was "
                                    "changed."),
                                 copy);
        item.deleted = edit.deletesFile;
        set.items.append(item);
    }
    if (KbError e = saveManifest(set))
        return e;
    abandon.dir.clear();
    *out = set;
    return {};
}

KbError BackupStore::addItem(BackupSet &set, const BackupItem &item) const
{
    set.items.append(item);
    return saveManifest(set);
}

KbError BackupStore::backUpHostAction(BackupSet &set, const HostAction &action, Host &host) const
{
    BackupItem item;
    switch (action.kind) {
    case HostAction::Kind::RestartService:
    case HostAction::Kind::StartService:
        if (!set.services.contains(action.target))
            set.services.append(action.target);
        return {};
    case HostAction::Kind::GrantAcl:
        item.kind = BackupItem::Kind::Acl;
        item.path = action.target;
        item.displayPath = action.target;
        item.backupFile = QStringLiteral("acl-%1.save").arg(set.items.size() + 1);
        if (KbError e = checkPathInsideRoot(action.target, set.targetPath))
            return e;
        if (KbError e = host.saveAcl(action.target, QDir(set.dir).filePath(item.backupFile)))
            return e;
        // Undo checks the save file against this hash before `icacls /restore` reads it.
        if (KbError e = sha256OfFile(QDir(set.dir).filePath(item.backupFile), &item.sha256Before))
            return e;
        break;
    case HostAction::Kind::SetIisAnonymous: {
        item.kind = BackupItem::Kind::IisAnonymous;
        item.path = action.target;
        item.displayPath = Tr::tr("IIS site %1, anonymous authentication").arg(action.target);
        item.backupFile = QStringLiteral("iis-anonymous-%1.json").arg(set.items.size() + 1);
        const QString file = QDir(set.dir).filePath(item.backupFile);
        if (KbError e = saveIisAnonymousIdentity(host, action.target, action.userName, file))
            return e;
        if (KbError e = sha256OfFile(file, &item.sha256Before))
            return e;
        break;
    }
    }
    return addItem(set, item);
}

KbError BackupStore::setState(BackupSet &set, BackupSet::State state) const
{
    set.state = state;
    return saveManifest(set);
}

KbError BackupStore::saveManifest(const BackupSet &set) const
{
    QJsonArray items;
    for (const BackupItem &i : set.items) {
        items.append(QJsonObject{
            {QStringLiteral("kind"), kindId(i.kind)},
            {QStringLiteral("path"), i.path},
            {QStringLiteral("display"), i.displayPath},
            {QStringLiteral("backup"), i.backupFile},
            {QStringLiteral("sha256Before"), i.sha256Before},
            {QStringLiteral("sha256After"), i.sha256After},
            {QStringLiteral("created"), i.created},
            {QStringLiteral("deleted"), i.deleted},
        });
    }
    const QJsonObject o{
        {QStringLiteral("schema"), QStringLiteral("kbwizard-backup/1")},
        {QStringLiteral("id"), set.id},
        {QStringLiteral("article"), set.articleId},
        {QStringLiteral("step"), set.stepId},
        {QStringLiteral("target"), set.targetPath},
        {QStringLiteral("root"), set.installationRoot},
        {QStringLiteral("toolVersion"), set.toolVersion},
        {QStringLiteral("created"), set.created.toString(Qt::ISODate)},
        {QStringLiteral("state"), backupStateId(set.state)},
        {QStringLiteral("services"), QJsonArray::fromStringList(set.services)},
        {QStringLiteral("items"), items},
    };
    if (KbError e = writeFileAtomically(QDir(set.dir).filePath(QLatin1String(kManifest)),
                                        QJsonDocument(o).toJson(QJsonDocument::Indented)))
        return e;
    // The manifest and whatever a host action saved here (icacls /save, the IIS identity):
    // readable by this user only.
    for (const QString &name : QDir(set.dir).entryList(QDir::Files | QDir::Hidden))
        privateFile(QDir(set.dir).filePath(name));
    return {};
}

BackupSet BackupStore::load(const QString &id, KbError *error) const
{
    BackupSet set;
    const QString dir = QDir(m_root).filePath(id);
    const QString manifest = QDir(dir).filePath(QLatin1String(kManifest));
    QByteArray bytes;
    if (id.isEmpty() || id.contains(QLatin1Char('/')) || id.contains(QLatin1Char('\\'))
        || id.startsWith(QLatin1Char('.'))) {
        *error = KbError::make(QStringLiteral("backup.unknown"),
                               Tr::tr("No backup set with the id \"%1\".").arg(id), m_root);
        return set;
    }
    if (!QFileInfo::exists(manifest)) {
        *error = KbError::make(QStringLiteral("backup.unknown"),
                               Tr::tr("No backup set with the id \"%1\".").arg(id), m_root);
        return set;
    }
    if (KbError e = readWholeFile(manifest, &bytes, 16 * 1024 * 1024)) {
        *error = e;
        return set;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    const QJsonObject o = doc.object();
    if (pe.error != QJsonParseError::NoError
        || o.value(QLatin1String("schema")).toString() != QLatin1String("kbwizard-backup/1")) {
        const int line = int(bytes.left(pe.offset).count('\n')) + 1;
        *error = KbError::make(QStringLiteral("backup.manifest"),
                               Tr::tr("The backup manifest is damaged: %1").arg(pe.errorString()),
                               manifest, pe.error != QJsonParseError::NoError ? line : 0);
        return set;
    }
    set.id = o.value(QLatin1String("id")).toString();
    set.dir = dir;
    set.articleId = o.value(QLatin1String("article")).toString();
    set.stepId = o.value(QLatin1String("step")).toString();
    set.targetPath = o.value(QLatin1String("target")).toString();
    set.installationRoot = o.value(QLatin1String("root")).toString();
    set.toolVersion = o.value(QLatin1String("toolVersion")).toString();
    set.created = QDateTime::fromString(o.value(QLatin1String("created")).toString(), Qt::ISODate);
    set.state = stateFromId(o.value(QLatin1String("state")).toString());
    for (const QJsonValue &v : o.value(QLatin1String("services")).toArray())
        set.services.append(v.toString());
    for (const QJsonValue &v : o.value(QLatin1String("items")).toArray()) {
        const QJsonObject io = v.toObject();
        BackupItem item;
        item.kind = kindFromId(io.value(QLatin1String("kind")).toString());
        item.path = io.value(QLatin1String("path")).toString();
        item.displayPath = io.value(QLatin1String("display")).toString();
        item.backupFile = io.value(QLatin1String("backup")).toString();
        item.sha256Before = io.value(QLatin1String("sha256Before")).toString();
        item.sha256After = io.value(QLatin1String("sha256After")).toString();
        item.created = io.value(QLatin1String("created")).toBool(false);
        item.deleted = io.value(QLatin1String("deleted")).toBool(false);
        if (item.backupFile.contains(QLatin1Char('/')) || item.backupFile.contains(QLatin1Char('\\'))
            || item.backupFile == QLatin1String(".") || item.backupFile == QLatin1String("..")) {
            *error = KbError::make(QStringLiteral("backup.manifest"),
                                   Tr::tr("The backup manifest names a file outside its folder."),
                                   manifest);
            return BackupSet();
        }
        set.items.append(item);
    }
    if (set.id != id) {
        *error = KbError::make(QStringLiteral("backup.manifest"),
                               Tr::tr("The backup manifest belongs to another set (%1).").arg(set.id),
                               manifest);
        return BackupSet();
    }
    return set;
}

QList<BackupSet> BackupStore::list(QList<KbError> *problems) const
{
    QList<BackupSet> sets;
    const QStringList ids = QDir(m_root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &id : ids) {
        if (!QFileInfo::exists(QDir(QDir(m_root).filePath(id)).filePath(QLatin1String(kManifest))))
            continue; // a set whose manifest was never written holds no change to undo
        KbError e;
        BackupSet set = load(id, &e);
        if (e) {
            if (problems)
                problems->append(e);
            continue;
        }
        sets.append(set);
    }
    std::sort(sets.begin(), sets.end(), [](const BackupSet &a, const BackupSet &b) {
        return a.created != b.created ? a.created > b.created : a.id > b.id;
    });
    return sets;
}

QList<UndoFileState> BackupStore::inspect(const BackupSet &set) const
{
    QList<UndoFileState> states;
    for (const BackupItem &item : set.items) {
        UndoFileState st;
        st.item = item;
        if (item.kind != BackupItem::Kind::File) {
            st.verdict = UndoFileState::Verdict::Restorable;
            QString backupHash;
            if (!item.sha256Before.isEmpty()
                && (sha256OfFile(QDir(set.dir).filePath(item.backupFile), &backupHash)
                    || backupHash != item.sha256Before))
                st.verdict = UndoFileState::Verdict::BackupCorrupt;
            states.append(st);
            continue;
        }
        if (item.created) {
            if (!QFileInfo::exists(item.path) && !QFileInfo(item.path).isSymLink())
                st.verdict = UndoFileState::Verdict::AlreadyOriginal;
            else if (sha256OfFile(item.path, &st.currentSha256) || st.currentSha256 != item.sha256After)
                st.verdict = UndoFileState::Verdict::ChangedSinceFix;
            else
                st.verdict = UndoFileState::Verdict::Restorable;
            states.append(st);
            continue;
        }
        QString backupHash;
        if (sha256OfFile(QDir(set.dir).filePath(item.backupFile), &backupHash)
            || backupHash != item.sha256Before) {
            st.verdict = UndoFileState::Verdict::BackupCorrupt;
        } else if (item.deleted) {
            // The fix removed it: missing now is what the fix left, so it can be put back; a
            // file there now is either the original again or something new (e.g. a fresh
            // download) that undo must not overwrite unless forced.
            if (!QFileInfo::exists(item.path) && !QFileInfo(item.path).isSymLink())
                st.verdict = UndoFileState::Verdict::Restorable;
            else if (sha256OfFile(item.path, &st.currentSha256))
                st.verdict = UndoFileState::Verdict::ChangedSinceFix;
            else if (st.currentSha256 == item.sha256Before)
                st.verdict = UndoFileState::Verdict::AlreadyOriginal;
            else
                st.verdict = UndoFileState::Verdict::ChangedSinceFix;
        } else if (!QFileInfo::exists(item.path)) {
            st.verdict = UndoFileState::Verdict::Missing;
        } else if (sha256OfFile(item.path, &st.currentSha256)) {
            st.verdict = UndoFileState::Verdict::Missing;
        } else if (st.currentSha256 == item.sha256Before) {
            st.verdict = UndoFileState::Verdict::AlreadyOriginal;
        } else if (st.currentSha256 == item.sha256After) {
            st.verdict = UndoFileState::Verdict::Restorable;
        } else {
            st.verdict = UndoFileState::Verdict::ChangedSinceFix;
        }
        states.append(st);
    }
    return states;
}

KbError BackupStore::undo(const QString &id, const QString &installationRoot, bool force, Host *host,
                          QStringList *messages) const
{
    KbError e;
    BackupSet set = load(id, &e);
    if (e)
        return e;
    // The manifest is data from a folder others may have written to: what it may touch comes
    // from the target being undone and the program's own articles (never overridden by force).
    if (KbError untrusted = checkSetScope(set, installationRoot))
        return untrusted;
    for (BackupItem &item : set.items)
        item.displayPath = trustedDisplay(item, installationRoot);
    if (set.state == BackupSet::State::Undone && !force)
        return KbError::make(QStringLiteral("backup.already-undone"),
                             Tr::tr("Backup set %1 was already undone.").arg(id), set.dir);
    const QList<UndoFileState> states = inspect(set);
    for (const UndoFileState &st : states) {
        if (st.verdict == UndoFileState::Verdict::BackupCorrupt)
            return KbError::make(QStringLiteral("backup.corrupt"),
                                 Tr::tr("The backup copy of %1 is damaged (its SHA-256 differs from "
                                    "the manifest); nothing was restored.")
                                     .arg(st.item.displayPath),
                                 QDir(set.dir).filePath(st.item.backupFile));
        if (st.verdict == UndoFileState::Verdict::ChangedSinceFix && !force && st.item.deleted)
            return KbError::make(QStringLiteral("backup.changed-since"),
                                 Tr::tr("%1, which the fix removed, exists again with other content "
                                    "(perhaps downloaded again by an update); undo would overwrite it, "
                                    "so nothing was restored. Use --force (or \"Undo anyway\") to "
                                    "restore the backup regardless.")
                                     .arg(st.item.displayPath),
                                 st.item.path);
        if (st.verdict == UndoFileState::Verdict::ChangedSinceFix && !force)
            return KbError::make(QStringLiteral("backup.changed-since"),
                                 Tr::tr("%1 was changed after the fix was applied; undo would lose "
                                    "those changes, so nothing was restored. Use --force (or "
                                    "\"Undo anyway\") to restore the backup regardless.")
                                     .arg(st.item.displayPath),
                                 st.item.path);
    }
    if (KbError err = restoreItems(set, installationRoot, states, host, messages))
        return err;
    return setState(set, BackupSet::State::Undone);
}

KbError BackupStore::rollback(BackupSet &set, Host *host) const
{
    QList<UndoFileState> states = inspect(set);
    for (UndoFileState &st : states)
        if (st.verdict == UndoFileState::Verdict::ChangedSinceFix)
            st.verdict = UndoFileState::Verdict::Restorable;
    if (KbError e = restoreItems(set, set.targetPath, states, host, nullptr))
        return e;
    return setState(set, BackupSet::State::RolledBack);
}

KbError BackupStore::restoreItems(const BackupSet &set, const QString &installationRoot,
                                  const QList<UndoFileState> &states, Host *host,
                                  QStringList *messages) const
{
    for (const UndoFileState &st : states) {
        const BackupItem &item = st.item;
        const QString backup = QDir(set.dir).filePath(item.backupFile);
        if (item.kind == BackupItem::Kind::Acl) {
            if (!host)
                return KbError::make(QStringLiteral("host.none"),
                                     Tr::tr("Restoring permissions needs the host backend."), item.path);
            if (KbError e = checkPathInsideRoot(item.path, installationRoot)) // again, just before
                return e;
            if (KbError e = host->restoreAcl(item.path, backup))
                return e;
            if (messages)
                messages->append(Tr::tr("Restored the permissions of %1.").arg(item.displayPath));
            continue;
        }
        if (item.kind == BackupItem::Kind::IisAnonymous) {
            if (!host)
                return KbError::make(QStringLiteral("host.none"),
                                     Tr::tr("Restoring IIS settings needs the host backend."), item.path);
            if (KbError e = restoreIisAnonymousIdentity(*host, item.path, backup, messages))
                return e;
            continue;
        }
        if (!item.created && checkPathInsideRoot(item.path, installationRoot).code.isEmpty())
            removeStaleTemporaries(item.path); // what a write killed mid-way left beside the file
        if (st.verdict == UndoFileState::Verdict::AlreadyOriginal) {
            if (messages)
                messages->append(item.created
                                     ? Tr::tr("%1 is already gone.").arg(item.displayPath)
                                     : Tr::tr("%1 already holds its original content.").arg(item.displayPath));
            continue;
        }
        // Checked again immediately before the write or removal: a link planted since the
        // first check is refused too.
        if (KbError e = checkPathInsideRoot(item.path, installationRoot))
            return e;
        if (item.created) {
            QFile created(item.path);
            if (!created.remove() && QFileInfo::exists(item.path))
                return KbError::make(QStringLiteral("backup.remove"),
                                     Tr::tr("Cannot remove the file the fix added: %1")
                                         .arg(created.errorString()),
                                     item.path);
            if (messages)
                messages->append(Tr::tr("Removed %1, which the fix had added.").arg(item.displayPath));
            continue;
        }
        if (item.deleted && !QDir().mkpath(QFileInfo(item.path).absolutePath()))
            return KbError::make(QStringLiteral("file.write"), Tr::tr("Cannot create the folder."),
                                 QFileInfo(item.path).absolutePath());
        if (KbError e = checkPathInsideRoot(item.path, installationRoot)) // after mkpath, before the write
            return e;
        // Copied in chunks (a pattern file may be large); the digest, computed while copying,
        // must be the manifest's, else nothing is replaced.
        if (KbError e = copyFileAtomically(item.path, backup, item.sha256Before)) {
            if (e.code == QLatin1String("file.digest"))
                return KbError::make(QStringLiteral("backup.corrupt"),
                                     Tr::tr("The backup copy is damaged; nothing was restored."), backup);
            return e;
        }
        QString now;
        if (KbError e = sha256OfFile(item.path, &now))
            return e;
        if (now != item.sha256Before)
            return KbError::make(QStringLiteral("backup.verify"),
                                 Tr::tr("The restored file does not match the backup."), item.path);
        if (messages)
            messages->append(item.deleted ? Tr::tr("Restored %1, which the fix had removed.").arg(item.displayPath)
                                          : Tr::tr("Restored %1.").arg(item.displayPath));
    }
    if (host) {
        for (const QString &service : set.services) {
            const ServiceControlResult r = host->restartService(service, 120000);
            if (messages)
                messages->append(r.ok ? Tr::tr("Restarted the service %1.").arg(service)
                                      : Tr::tr("Could not restart the service %1: %2")
                                            .arg(service, r.error.message));
        }
    }
    return {};
}

} // namespace kb
