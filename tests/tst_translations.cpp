// Translations: every string of the sources is translated in German and Japanese (lupdate
// finds nothing new, nothing unfinished, nothing vanished), placeholders survive, and the
// catalogs really apply at run time (which also proves the contexts match the code).
#include "articles/articles.h"
#include "checkresult.h"
#include "translations.h"

#include <QDirIterator>
#include <QXmlStreamReader>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace kb;

class tst_Translations : public QObject
{
    Q_OBJECT

    static QStringList sources()
    {
        QStringList files;
        for (const char *dir : {"app", "wizard_pages", "core"}) {
            QDirIterator it(QStringLiteral(KB_SOURCE_DIR "/") + QLatin1String(dir),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        }
        return files;
    }

private Q_SLOTS:
    void catalogIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("minMessages");
        QTest::newRow("de") << QStringLiteral("de") << 500;
        QTest::newRow("ja") << QStringLiteral("ja") << 500;
        QTest::newRow("en (plural forms only)") << QStringLiteral("en") << 20;
    }
    void catalogIsComplete()
    {
        QFETCH(QString, language);
        QFETCH(int, minMessages);
        const QString ts = QStringLiteral(KB_SOURCE_DIR "/translations/kbwizard_%1.ts").arg(language);
        QTemporaryDir tmp;
        const QString copy = tmp.filePath(QStringLiteral("check.ts"));
        QVERIFY(QFile::copy(ts, copy));
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        // The same extraction the build does, into a copy: what it adds or marks is what the
        // committed catalog lacks.
        const QString lupdate = QStringLiteral("/usr/lib/qt6/bin/lupdate");
        QVERIFY2(QFileInfo::exists(lupdate), "lupdate (qt6-l10n-tools) is missing");
        QProcess p;
        // Includes name their folder ("host/toolrunner.h"): lupdate needs core/ to find the headers
        // that declare the namespaces and classes (the contexts).
        QStringList options{QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                            QStringLiteral("-I"), QStringLiteral(KB_SOURCE_DIR "/core")};
        if (language == QLatin1String("en"))
            options << QStringLiteral("-pluralonly");
        p.start(lupdate, options + sources() + QStringList{QStringLiteral("-ts"), copy});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);

        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QStringList problems;
        int messages = 0;
        static const QRegularExpression placeholder(QStringLiteral("%(?:n|L?\\d)"));
        QXmlStreamReader xml(&f);
        QString context, source, type;
        QStringList forms;
        bool inTranslation = false;
        QString plain;
        while (!xml.atEnd()) {
            xml.readNext();
            const QStringView name = xml.name();
            if (xml.isStartElement()) {
                if (name == u"name")
                    context = xml.readElementText();
                else if (name == u"message") {
                    source.clear();
                    type.clear();
                    forms.clear();
                } else if (name == u"source")
                    source = xml.readElementText();
                else if (name == u"translation") {
                    type = xml.attributes().value(QStringLiteral("type")).toString();
                    inTranslation = true;
                    plain.clear();
                } else if (name == u"numerusform") {
                    forms << xml.readElementText(); // each plural form on its own
                }
            } else if (xml.isCharacters() && inTranslation) {
                plain += xml.text();
            } else if (xml.isEndElement() && name == u"translation") {
                inTranslation = false;
                if (forms.isEmpty())
                    forms << plain;
            } else if (xml.isEndElement() && name == u"message") {
                ++messages;
                if (!type.isEmpty()) {
                    problems << QStringLiteral("%1 [%2] %3").arg(type, context, source.left(70));
                    continue;
                }
                auto it = placeholder.globalMatch(source);
                while (it.hasNext()) {
                    const QString ph = it.next().captured(0);
                    for (const QString &form : std::as_const(forms))
                        if (!form.contains(ph))
                            problems << QStringLiteral("placeholder %1 lost [%2] %3").arg(ph, context, source.left(70));
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(messages > minMessages, qPrintable(QString::number(messages)));
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s), e.g.:\n").arg(problems.size())
                                                 + problems.mid(0, 15).join(QLatin1Char('\n'))));
    }

    void catalogsApplyAtRunTime()
    {
        QCOMPARE(installTranslators(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(statusText(Status::Pass), QStringLiteral("Bestanden"));
        const QList<Article> de = allArticles();
        QVERIFY(!de.isEmpty());
        QVERIFY2(de.first().title != QLatin1String("The Security Server is not updating"), qPrintable(de.first().title));
        // Qt's own catalog too, so QWizard's buttons are German.
        QCOMPARE(QCoreApplication::translate("QWizard", "&Next"), QStringLiteral("&Weiter"));

        installTranslators(QStringLiteral("ja"));
        QVERIFY(statusText(Status::Fail) != QLatin1String("Failed"));
        installTranslators(QStringLiteral("en"));
        QCOMPARE(statusText(Status::Fail), QStringLiteral("Failed"));
    }
};

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
