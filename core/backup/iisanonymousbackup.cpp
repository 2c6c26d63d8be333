#include "backup/iisanonymousbackup.h"

#include "backup/atomicfile.h"
#include "host/host.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace kb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::IisAnonymousBackup)
};

const char *const kSchema = "kbwizard-iis-anonymous/1";

KbError readSaved(const QString &file, QJsonObject *out)
{
    QByteArray bytes;
    if (KbError e = readWholeFile(file, &bytes, 1024 * 1024))
        return e;
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(bytes, &pe).object();
    if (pe.error != QJsonParseError::NoError || o.value(QLatin1String("schema")).toString() != QLatin1String(kSchema))
        return KbError::make(QStringLiteral("backup.corrupt"),
                             Tr::tr("The saved IIS settings are damaged; nothing was restored."), file);
    *out = o;
    return {};
}

QString describe(const QString &userName)
{
    return userName.isEmpty() ? Tr::tr("the application pool identity") : Tr::tr("the user %1").arg(userName);
}

} // namespace

KbError saveIisAnonymousIdentity(Host &host, const QString &site, const QString &userNameAfter,
                                 const QString &file)
{
    const IisAnonymousIdentity id = host.iisAnonymousIdentity(site);
    if (id.error)
        return id.error;
    const QJsonObject o{
        {QStringLiteral("schema"), QLatin1String(kSchema)},
        {QStringLiteral("site"), site},
        {QStringLiteral("enabled"), id.enabled},
        {QStringLiteral("userName"), id.userName},
        {QStringLiteral("hadPassword"), id.hasPassword},
        {QStringLiteral("userNameAfter"), userNameAfter},
        // Already masked by the reader; kept so the user can see what the section looked like.
        {QStringLiteral("section"), id.rawSection},
    };
    return writeFileAtomically(file, QJsonDocument(o).toJson(QJsonDocument::Indented));
}

KbError restoreIisAnonymousIdentity(Host &host, const QString &site, const QString &file,
                                    QStringList *messages)
{
    QJsonObject saved;
    if (KbError e = readSaved(file, &saved))
        return e;
    if (saved.value(QLatin1String("site")).toString() != site)
        return KbError::make(QStringLiteral("backup.corrupt"),
                             Tr::tr("The saved IIS settings belong to another site; nothing was restored."),
                             file);
    const QString userName = saved.value(QLatin1String("userName")).toString();
    const bool hadPassword = saved.value(QLatin1String("hadPassword")).toBool();

    const IisAnonymousIdentity now = host.iisAnonymousIdentity(site);
    if (now.error)
        return now.error;
    if (now.userName.compare(userName, Qt::CaseInsensitive) == 0 && now.hasPassword == hadPassword) {
        if (messages)
            messages->append(Tr::tr("The IIS site %1 already uses %2 for anonymous authentication.")
                                 .arg(site, describe(userName)));
        return {};
    }
    if (hadPassword)
        return KbError::make(
            QStringLiteral("backup.iisPasswordUnknown"),
            Tr::tr("The IIS site %1 used the user %2 for anonymous authentication before the fix. Its "
               "password is stored encrypted and cannot be read back, so undo did not change the "
               "site. To go back, open IIS Manager, select the site %1, double-click "
               "Authentication, right-click Anonymous Authentication, choose Edit, select Specific "
               "user, click Set and type %2 and its password.")
                .arg(site, userName),
            file);

    const QString after = saved.value(QLatin1String("userNameAfter")).toString();
    if (messages && !after.isEmpty() && now.userName.compare(after, Qt::CaseInsensitive) != 0)
        messages->append(Tr::tr("Note: the IIS site %1 had been changed to %2 after the fix; it is "
                            "put back anyway.").arg(site, describe(now.userName)));
    if (KbError e = host.setIisAnonymousIdentity(site, userName, QString()))
        return e;
    if (messages)
        messages->append(Tr::tr("Restored the anonymous identity of the IIS site %1: %2.")
                             .arg(site, describe(userName)));
    return {};
}

} // namespace kb
