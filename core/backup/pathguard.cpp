#include "backup/pathguard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

namespace kb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::PathGuard)
};

[[maybe_unused]] bool looksLikeWindowsPath(const QString &p)
{
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:([\\\\/]|$)"));
    return p.startsWith(QLatin1String("\\\\")) || p.contains(QLatin1Char('\\')) || drive.match(p).hasMatch();
}

Qt::CaseSensitivity caseFor(const QString &a, const QString &b)
{
#ifdef Q_OS_WIN
    Q_UNUSED(a);
    Q_UNUSED(b);
    return Qt::CaseInsensitive;
#else
    return looksLikeWindowsPath(a) || looksLikeWindowsPath(b) ? Qt::CaseInsensitive : Qt::CaseSensitive;
#endif
}

bool insideNormalized(const QString &path, const QString &root, Qt::CaseSensitivity cs)
{
    if (root.isEmpty() || path.isEmpty())
        return false;
    if (path.compare(root, cs) == 0)
        return true;
    const QString prefix = root.endsWith(QLatin1Char('/')) ? root : root + QLatin1Char('/');
    return path.startsWith(prefix, cs);
}

KbError linkError(const QString &path, const QString &target)
{
    return KbError::make(QStringLiteral("file.link"),
                         Tr::tr("%1 is a link (to %2); the wizard never writes, removes or changes "
                                "permissions through a link. Nothing was changed.")
                             .arg(QDir::toNativeSeparators(path),
                                  target.isEmpty() ? Tr::tr("an unknown place")
                                                   : QDir::toNativeSeparators(target)),
                         path);
}

KbError outsideError(const QString &path, const QString &where)
{
    return KbError::make(QStringLiteral("file.outside"),
                         Tr::tr("%1 leads outside the installation folder (to %2); the wizard never "
                                "changes anything outside it. Nothing was changed.")
                             .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(where)),
                         path);
}

} // namespace

QString normalizedPathForCompare(const QString &path)
{
    QString p = path.trimmed();
    p.replace(QLatin1Char('\\'), QLatin1Char('/'));
    // Win32 device and long-path prefixes: //?/C:/x, //./C:/x -> C:/x; //?/UNC/srv/s -> //srv/s.
    for (const QLatin1String prefix : {QLatin1String("//?/"), QLatin1String("//./")}) {
        if (p.startsWith(prefix)) {
            p = p.mid(prefix.size());
            if (p.startsWith(QLatin1String("UNC/"), Qt::CaseInsensitive))
                p = QStringLiteral("//") + p.mid(4);
            break;
        }
    }
    const bool unc = p.startsWith(QLatin1String("//"));
    p = QDir::cleanPath(p);
    if (unc && !p.startsWith(QLatin1String("//")))
        p.prepend(QLatin1Char('/'));
    while (p.size() > 1 && p.endsWith(QLatin1Char('/')) && !p.endsWith(QLatin1String(":/")))
        p.chop(1);
    return p;
}

bool isPathInside(const QString &path, const QString &root)
{
    return insideNormalized(normalizedPathForCompare(path), normalizedPathForCompare(root),
                            caseFor(path, root));
}

bool isLinkOrReparsePoint(const QString &path)
{
    const QFileInfo fi(path);
    if (fi.isSymbolicLink() || fi.isJunction())
        return true;
#ifdef Q_OS_WIN
    // Other reparse points that stand for another name (mount points, AppExecLinks, ...); data
    // reparse points such as deduplicated or cloud files are ordinary files here.
    WIN32_FIND_DATAW data;
    const QString native = QDir::toNativeSeparators(fi.absoluteFilePath());
    HANDLE h = FindFirstFileExW(reinterpret_cast<LPCWSTR>(native.utf16()), FindExInfoBasic, &data,
                                FindExSearchNameMatch, nullptr, 0);
    if (h == INVALID_HANDLE_VALUE)
        return false;
    FindClose(h);
    return (data.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT)
           && IsReparseTagNameSurrogate(data.dwReserved0);
#else
    return false;
#endif
}

KbError checkPathInsideRoot(const QString &path, const QString &root)
{
    const QString p = normalizedPathForCompare(path);
    const QString r = normalizedPathForCompare(root);
    const Qt::CaseSensitivity cs = caseFor(path, root);
    if (!insideNormalized(p, r, cs))
        return outsideError(path, path);

    const QFileInfo rootInfo(root);
    const bool rootExists = rootInfo.exists();
    const QString rootCanon = rootExists ? rootInfo.canonicalFilePath() : QString();
    const Qt::CaseSensitivity fsCase =
#ifdef Q_OS_WIN
        Qt::CaseInsensitive;
#else
        Qt::CaseSensitive;
#endif
    if (!rootExists)
        return {}; // nothing below a folder that is not there can be a link

    // Each existing component below the root, from the top: a link leading out is refused
    // before anything deeper is looked at; the path itself must not be a link at all.
    const QStringList parts = p.size() > r.size() ? p.mid(r.size() + 1).split(QLatin1Char('/'), Qt::SkipEmptyParts)
                                                  : QStringList();
    QString current = QDir::cleanPath(rootInfo.absoluteFilePath());
    QString nearestCanon = rootCanon;
    for (int i = 0; i < parts.size(); ++i) {
        current += QLatin1Char('/') + parts.at(i);
        const QFileInfo fi(current);
        const bool link = isLinkOrReparsePoint(current);
        if (!link && !fi.exists())
            break;
        if (link) {
            const QString target = fi.canonicalFilePath();
            if (i == parts.size() - 1)
                return linkError(path, target.isEmpty() ? fi.symLinkTarget() : target);
            if (target.isEmpty() || !insideNormalized(target, rootCanon, fsCase))
                return outsideError(path, target.isEmpty() ? fi.symLinkTarget() : target);
        }
        nearestCanon = fi.canonicalFilePath();
    }
    if (nearestCanon.isEmpty() || !insideNormalized(nearestCanon, rootCanon, fsCase))
        return outsideError(path, nearestCanon.isEmpty() ? path : nearestCanon);
    return {};
}

} // namespace kb
