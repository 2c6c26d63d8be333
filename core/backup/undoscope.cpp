#include "backup/undoscope.h"

#include "articles/articles.h"
#include "backup/pathguard.h"
#include "checks/tempfolderaclcheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace kb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::BackupStore)
};

bool samePath(const QString &a, const QString &b)
{
    return isPathInside(a, b) && isPathInside(b, a);
}

// The same folder, as written or (when both exist here) after resolving every link: a set made
// through another spelling of the installation (a mapped drive, a link, 8.3 names) still fits.
bool sameFolder(const QString &a, const QString &b)
{
    if (samePath(a, b))
        return true;
    const QString ca = QFileInfo(a).canonicalFilePath();
    const QString cb = QFileInfo(b).canonicalFilePath();
    return !ca.isEmpty() && !cb.isEmpty() && samePath(ca, cb);
}

KbError untrusted(const BackupSet &set, const QString &what)
{
    return KbError::make(QStringLiteral("backup.untrusted"),
                         Tr::tr("The manifest of backup set %1 names %2, which the fix %3/%4 never "
                                "changes; the set may have been tampered with. Undo refused; nothing "
                                "was restored.")
                             .arg(set.id, what, set.articleId, set.stepId),
                         QDir(set.dir).filePath(QStringLiteral("manifest.json")));
}

} // namespace

FixScope fixScopeOf(const QString &articleId, const QString &stepId)
{
    const QList<Article> articles = allArticles();
    const Article *a = findArticle(articles, articleId);
    const Step *s = a ? a->step(stepId) : nullptr;
    return s && s->fix ? s->fix->scope() : FixScope();
}

KbError checkSetScope(BackupSet &set, const QString &installationRoot)
{
    const QString manifest = QDir(set.dir).filePath(QStringLiteral("manifest.json"));
    for (const QString &claimed : {set.installationRoot, set.targetPath}) {
        if (!claimed.isEmpty() && !sameFolder(claimed, installationRoot))
            return KbError::make(QStringLiteral("backup.foreign"),
                                 Tr::tr("Backup set %1 belongs to the installation %2, not to %3. "
                                        "Undo refused; nothing was restored.")
                                     .arg(set.id, QDir::toNativeSeparators(claimed),
                                          QDir::toNativeSeparators(installationRoot)),
                                 manifest);
    }
    const FixScope scope = fixScopeOf(set.articleId, set.stepId);
    Target target;
    target.pccsrv = installationRoot;
    for (BackupItem &item : set.items) {
        // Written under another spelling of this same installation (checked above): the same
        // place under the spelling being undone, so every check below sees the real path.
        if (item.kind != BackupItem::Kind::IisAnonymous && !set.targetPath.isEmpty()
            && !isPathInside(item.path, installationRoot) && isPathInside(item.path, set.targetPath)) {
            const QString rel = normalizedPathForCompare(item.path).mid(normalizedPathForCompare(set.targetPath).size());
            item.path = QDir::cleanPath(installationRoot + rel);
        }
        switch (item.kind) {
        case BackupItem::Kind::File:
            break;
        case BackupItem::Kind::Acl: {
            bool known = false;
            for (const QString &folder : scope.aclFolders)
                known = known || samePath(item.path, hostFolderPath(target, folder));
            if (!known)
                return untrusted(set, Tr::tr("the permissions of %1").arg(QDir::toNativeSeparators(item.path)));
            break;
        }
        case BackupItem::Kind::IisAnonymous:
            if (!scope.iisSites.contains(item.path, Qt::CaseInsensitive))
                return untrusted(set, Tr::tr("the IIS site %1").arg(item.path));
            continue; // not a path
        }
        if (KbError e = checkPathInsideRoot(item.path, installationRoot)) {
            e.message = Tr::tr("Backup set %1: %2 Undo refused; nothing was restored.").arg(set.id, e.message);
            return e;
        }
    }
    for (const QString &service : set.services)
        if (!scope.services.contains(service, Qt::CaseInsensitive))
            return untrusted(set, Tr::tr("the service %1").arg(service));
    return {};
}

QString trustedDisplay(const BackupItem &item, const QString &installationRoot)
{
    if (item.kind == BackupItem::Kind::IisAnonymous)
        return Tr::tr("IIS site %1, anonymous authentication").arg(item.path);
    const QString p = normalizedPathForCompare(item.path);
    const QString r = normalizedPathForCompare(installationRoot);
    if (isPathInside(item.path, installationRoot) && p.size() > r.size())
        return p.mid(r.size() + (r.endsWith(QLatin1Char('/')) ? 0 : 1)).replace(QLatin1Char('/'), QLatin1Char('\\'));
    return QDir::toNativeSeparators(item.path);
}

} // namespace kb
