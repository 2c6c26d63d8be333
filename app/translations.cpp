#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace kb {

QString installTranslators(const QString &language)
{
    // The catalogs are found again through the application object, not kept in statics: the
    // GUI library (guiapi.h) has its own copy of this function and replaces the program's.
    QCoreApplication *app = QCoreApplication::instance();
    const QString name = QStringLiteral("kbwizard-translator");
    for (QTranslator *old : app->findChildren<QTranslator *>(name, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::C) // a server without a locale set (LANG=C): English
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    auto *ours = new QTranslator(app);
    ours->setObjectName(name);
    if (ours->load(locale, QStringLiteral("kbwizard"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(app);
    qt->setObjectName(name);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return locale.name().left(2);
}

} // namespace kb
