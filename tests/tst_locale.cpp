// Dates and numbers follow the language in effect (the system's, or the one picked in the
// wizard): the report's date, byte counts and durations in the engine's texts, and the backup
// list's dates, which change with the language at run time.
#include "backup/backupstore.h"
#include "demofixture.h"
#include "fixes/fixexecutor.h"
#include "report/report.h"
#include "session.h"
#include "translations.h"
#include "undopanel.h"

#include <QJsonObject>
#include <QTreeWidget>
#include <QtTest>

using namespace kb;

class tst_Locale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { installTranslators(QStringLiteral("en")); }

    void reportDate_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringLiteral("Wednesday, November 25, 2026, 3:54:13 PM UTC+01:00 (Europe/Berlin)");
        QTest::newRow("de") << QStringLiteral("de")
                            << QStringLiteral("Mittwoch, 25. November 2026, 15:54:13 UTC+01:00 (Europe/Berlin)");
        QTest::newRow("ja") << QStringLiteral("ja")
                            << QStringLiteral("2026年11月25日水曜日 15時54分13秒 UTC+01:00 (Europe/Berlin)");
    }
    void reportDate()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        installTranslators(language);
        const QJsonObject report{{QStringLiteral("generated"), QStringLiteral("2026-11-25T15:54:13+01:00")},
                                 {QStringLiteral("timeZone"), QStringLiteral("Europe/Berlin")}};
        QCOMPARE(Report::displayDateTime(report), expected);
    }

    void numbersInMessages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("(1,234,567 bytes; backed up first)");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("(1.234.567 Byte");
    }
    void numbersInMessages()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        installTranslators(language);
        FixPlan plan;
        FileEdit edit;
        edit.path = QStringLiteral("/x/PCCSRV/big.zip");
        edit.displayPath = QStringLiteral("big.zip");
        edit.before = QByteArray(1234567, 'x');
        edit.deletesFile = true;
        plan.edits.append(edit);
        const QString preview = FixExecutor::preview(plan);
        QVERIFY2(preview.contains(expected), qPrintable(preview));
    }

    void backupListDates()
    {
        test::DemoFixture demo;
        QVERIFY(demo.create());
        QTemporaryDir backups;
        qputenv("KBWIZARD_BACKUP_DIR", QFile::encodeName(backups.path()));
        installTranslators(QStringLiteral("de"));

        FileEdit edit;
        edit.path = QDir(demo.wfbs.pccsrv).filePath(QStringLiteral("Private/component.ini"));
        edit.displayPath = QStringLiteral("Private\\component.ini");
        edit.before = demo.read(QStringLiteral("wfbs/Security Server/PCCSRV/Private/component.ini"));
        edit.after = edit.before;
        BackupSet set;
        QVERIFY(!BackupStore(backups.path()).createSet(QStringLiteral("update-failure"), QStringLiteral("duplication-action"),
                                                        demo.wfbs.pccsrv, {edit}, &set));

        Session session;
        session.setTarget(demo.wfbs);
        UndoPanel panel(&session);
        auto *tree = panel.findChild<QTreeWidget *>();
        QVERIFY(tree);
        QCOMPARE(tree->topLevelItemCount(), 1);
        auto rowText = [&] {
            QStringList cells;
            for (int c = 0; c < tree->columnCount(); ++c)
                cells << tree->topLevelItem(0)->text(c);
            return cells;
        };
        // The locale's short form with a four-digit year.
        const QString de = set.created.toString(QStringLiteral("dd.MM.yyyy HH:mm"));
        QVERIFY2(rowText().contains(de), qPrintable(rowText().join(QLatin1Char('|')) + QLatin1String(" / ") + de));

        // Switching the language re-reads the list in the new locale (as the Fix page does on
        // LanguageChange).
        installTranslators(QStringLiteral("ja"));
        session.retranslate(); // as the wizard does on LanguageChange
        panel.retranslateUi();
        const QString ja = set.created.toString(QStringLiteral("yyyy/MM/dd H:mm"));
        QVERIFY(ja != de);
        QVERIFY2(rowText().contains(ja), qPrintable(rowText().join(QLatin1Char('|')) + QLatin1String(" / ") + ja));
        // The step is named by its title in the current language, not by its id.
        QVERIFY2(rowText().contains(QStringLiteral("コンポーネントの Smart Duplication")), qPrintable(rowText().join(QLatin1Char('|'))));
        qunsetenv("KBWIZARD_BACKUP_DIR");
    }
};

QTEST_MAIN(tst_Locale)
#include "tst_locale.moc"
