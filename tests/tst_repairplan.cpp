// The repair plan (core/repair/): the rules of a repair stated once — article order, how the
// article reaches a step (Always / IfPersists / Optional), "skip a step an earlier fix
// resolved", refusal before any backup when a file the plan read changed, what each outcome
// means — and saved plans (digest, no secrets, bound again to the server before applying).
// Driven through a small test article whose steps edit one file, settings.txt.
#include "article.h"
#include "backup/atomicfile.h"
#include "backup/backupstore.h"
#include "host/host.h"
#include "repair/repairplan.h"
#include "session.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace kb;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

// Passes when settings.txt holds the line `line`.
class LineCheck : public Check
{
public:
    explicit LineCheck(QByteArray line) : m_line(std::move(line)) {}
    CheckResult run(const CheckContext &ctx) const override
    {
        QByteArray bytes;
        if (KbError e = readWholeFile(ctx.target.path(QStringLiteral("settings.txt")), &bytes))
            return CheckResult::make(Status::Error, e.message);
        return bytes.split('\n').contains(m_line)
                   ? CheckResult::make(Status::Pass, QStringLiteral("ok"))
                   : CheckResult::make(Status::Fail, QStringLiteral("missing ") + QString::fromLatin1(m_line));
    }

private:
    QByteArray m_line;
};

// Replaces the line `from` by `to` in settings.txt; an empty plan when `from` is absent. With a
// password input, the plan needs it (and a host action carries it, as IIS anonymous does).
class LineFix : public Fix
{
public:
    LineFix(QByteArray from, QByteArray to, bool wantsPassword = false)
        : m_from(std::move(from)), m_to(std::move(to)), m_password(wantsPassword) {}
    QString description() const override { return QStringLiteral("Set ") + QString::fromLatin1(m_to); }
    QList<FixInput> inputs(const CheckContext &) const override
    {
        QList<FixInput> in;
        FixInput note;
        note.id = QStringLiteral("note");
        note.kind = FixInput::Kind::Text;
        note.defaultValue = QStringLiteral("default-note");
        in << note;
        if (m_password) {
            FixInput pw;
            pw.id = QStringLiteral("password");
            pw.kind = FixInput::Kind::Password;
            in << pw;
        }
        return in;
    }
    FixPlan plan(const CheckContext &ctx, const QVariantMap &values) const override
    {
        FixPlan p;
        if (m_password && values.value(QStringLiteral("password")).toString().isEmpty()) {
            p.error = KbError::make(QStringLiteral("fix.input"), QStringLiteral("password needed"));
            return p;
        }
        FileEdit e;
        e.path = ctx.target.path(QStringLiteral("settings.txt"));
        e.displayPath = QStringLiteral("settings.txt");
        if (KbError err = readWholeFile(e.path, &e.before)) {
            p.error = err;
            return p;
        }
        QList<QByteArray> lines = e.before.split('\n');
        const qsizetype at = lines.indexOf(m_from);
        if (at < 0)
            return p; // nothing to change
        lines[at] = m_to;
        e.after = lines.join('\n');
        p.edits.append(e);
        p.notes.append(QStringLiteral("note: ") + values.value(QStringLiteral("note")).toString());
        return p;
    }

private:
    QByteArray m_from, m_to;
    bool m_password;
};

Step makeStep(const QString &id, QByteArray checkLine, QByteArray from, QByteArray to,
              Step::Reach reach = Step::Reach::Always, bool password = false)
{
    Step s;
    s.id = id;
    s.title = QStringLiteral("Step ") + id;
    s.check = std::make_shared<LineCheck>(std::move(checkLine));
    s.fix = std::make_shared<LineFix>(std::move(from), std::move(to), password);
    s.reach = reach;
    if (reach != Step::Reach::Always)
        s.reachNote = QStringLiteral("The article's condition for ") + id;
    return s;
}

// first and second both need a=1 (the second is resolved by the first); third needs b=1 in the
// same file.
Article testArticle()
{
    Article a;
    a.id = QStringLiteral("test-article");
    a.steps << makeStep(QStringLiteral("first"), "a=1", "a=0", "a=1")
            << makeStep(QStringLiteral("second"), "a=1", "a=0", "a=1")
            << makeStep(QStringLiteral("third"), "b=1", "b=0", "b=1");
    return a;
}

ArticleRun runOf(const Article &a, const QHash<QString, Status> &statuses,
                 const QStringList &attempted = {})
{
    ArticleRun run;
    run.articleId = a.id;
    for (const Step &s : a.steps) {
        StepRun sr;
        sr.stepId = s.id;
        sr.result.status = statuses.value(s.id, Status::Pass);
        if (attempted.contains(s.id))
            sr.outcome = FixOutcome(); // tried, not fixed
        run.steps << sr;
    }
    return run;
}

struct Fixture
{
    QTemporaryDir dir;
    CheckContext ctx;
    QString settings;

    Fixture()
    {
        QDir(dir.path()).mkpath(QStringLiteral("PCCSRV"));
        ctx.target.pccsrv = dir.filePath(QStringLiteral("PCCSRV"));
        auto host = std::make_shared<NullHost>();
        ctx.host = host.get();
        ctx.hostOwner = host;
        settings = ctx.target.path(QStringLiteral("settings.txt"));
        writeAll(settings, "a=0\nb=0\n");
    }
    BackupStore store() const { return BackupStore(dir.filePath(QStringLiteral("backups"))); }
};

struct Recorded
{
    QStringList started;
    QList<QPair<QString, FixOutcome>> finished;
    RepairCallbacks callbacks()
    {
        RepairCallbacks cb;
        cb.started = [this](const QString &id) { started << id; };
        cb.finished = [this](const QString &id, const FixOutcome &o) { finished.append(qMakePair(id, o)); };
        return cb;
    }
};

} // namespace

class tst_RepairPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { qunsetenv("KBWIZARD_BACKUP_DIR"); }

    void articleOrder()
    {
        Fixture f;
        const Article a = testArticle();
        const RepairPlan plan = RepairPlan::make(a, f.ctx, QStringLiteral("none"),
                                                 {QStringLiteral("third"), QStringLiteral("first"),
                                                  QStringLiteral("nonsense")},
                                                 {});
        QStringList ids;
        for (const PlannedStep &s : plan.steps)
            ids << s.stepId;
        QCOMPARE(ids, (QStringList{QStringLiteral("first"), QStringLiteral("third")}));
    }

    void reach_data()
    {
        QTest::addColumn<int>("reachOfThird");
        QTest::addColumn<bool>("firstFails");
        QTest::addColumn<bool>("firstAttempted");
        QTest::addColumn<QStringList>("offered");
        QTest::addColumn<QStringList>("heldBack");
        QTest::addColumn<QStringList>("byDefault");
        const QString f = QStringLiteral("first"), t = QStringLiteral("third");
        QTest::newRow("always") << int(Step::Reach::Always) << true << false << QStringList{f, t}
                                << QStringList{} << QStringList{f, t};
        QTest::newRow("if-persists, earlier fix pending") << int(Step::Reach::IfPersists) << true << false
                                                          << QStringList{f} << QStringList{t} << QStringList{f};
        QTest::newRow("if-persists, earlier fix tried") << int(Step::Reach::IfPersists) << true << true
                                                        << QStringList{f, t} << QStringList{} << QStringList{f, t};
        QTest::newRow("if-persists, earlier step fine") << int(Step::Reach::IfPersists) << false << false
                                                        << QStringList{t} << QStringList{} << QStringList{t};
        QTest::newRow("optional: offered, not by default") << int(Step::Reach::Optional) << true << false
                                                           << QStringList{f, t} << QStringList{} << QStringList{f};
    }
    void reach()
    {
        QFETCH(int, reachOfThird);
        QFETCH(bool, firstFails);
        QFETCH(bool, firstAttempted);
        Article a;
        a.id = QStringLiteral("reach");
        a.steps << makeStep(QStringLiteral("first"), "a=1", "a=0", "a=1")
                << makeStep(QStringLiteral("third"), "b=1", "b=0", "b=1", Step::Reach(reachOfThird));
        const ArticleRun run = runOf(a, {{QStringLiteral("first"), firstFails ? Status::Fail : Status::Pass},
                                         {QStringLiteral("third"), Status::Fail}},
                                     firstAttempted ? QStringList{QStringLiteral("first")} : QStringList{});
        const QStringList offered = RepairPlan::offeredSteps(a, run);
        QTEST(offered, "offered");
        QTEST(RepairPlan::heldBackSteps(a, run), "heldBack");
        QTEST(RepairPlan::defaultSteps(a, offered), "byDefault");
    }

    void optionalFailureReadsAsAdvice()
    {
        const Step optional = makeStep(QStringLiteral("o"), "x", "x", "y", Step::Reach::Optional);
        const CheckResult shown = RepairPlan::presented(optional, CheckResult::make(Status::Fail, QStringLiteral("off")));
        QCOMPARE(shown.status, Status::Warn);
        QVERIFY(shown.message.startsWith(QStringLiteral("off ")));
        QVERIFY(shown.message.contains(optional.reachNote));
        const Step always = makeStep(QStringLiteral("a"), "x", "x", "y");
        QCOMPARE(RepairPlan::presented(always, CheckResult::make(Status::Fail, QStringLiteral("off"))).status,
                 Status::Fail);
        QCOMPARE(RepairPlan::presented(optional, CheckResult::make(Status::Error, QStringLiteral("e"))).status,
                 Status::Error);
    }

    // Two steps on one file, the second resolved by the first; a third edits the same file after.
    void secondResolvedByFirst()
    {
        Fixture f;
        const Article a = testArticle();
        const RepairPlan plan = RepairPlan::make(a, f.ctx, QStringLiteral("none"),
                                                 {QStringLiteral("first"), QStringLiteral("second"),
                                                  QStringLiteral("third")},
                                                 {});
        // The preview of each step is planned from the same file as the user saw it.
        QCOMPARE(int(plan.step(QStringLiteral("second"))->fix.edits.size()), 1);
        QCOMPARE(int(plan.step(QStringLiteral("first"))->reads.size()), 1);
        QCOMPARE(plan.step(QStringLiteral("first"))->reads.constFirst().displayPath, QStringLiteral("settings.txt"));
        Recorded rec;
        QVERIFY(!plan.apply(a, f.ctx, f.store(), rec.callbacks()));
        QCOMPARE(int(rec.finished.size()), 3);
        QCOMPARE(rec.finished.at(0).second.state(), FixOutcome::State::Verified);
        QCOMPARE(rec.finished.at(1).second.state(), FixOutcome::State::NothingToDo);
        QVERIFY(rec.finished.at(1).second.verified); // its check ran again and passes
        QVERIFY(rec.finished.at(1).second.backupSetId.isEmpty()); // nothing written for it
        QCOMPARE(rec.finished.at(2).second.state(), FixOutcome::State::Verified);
        QCOMPARE(readAll(f.settings), QByteArray("a=1\nb=1\n"));
        QCOMPARE(int(f.store().list().size()), 2);
    }

    void cancelBetweenFixes()
    {
        Fixture f;
        const Article a = testArticle();
        const RepairPlan plan = RepairPlan::make(a, f.ctx, QStringLiteral("none"),
                                                 {QStringLiteral("first"), QStringLiteral("third")}, {});
        std::atomic<bool> cancel{false};
        CheckContext ctx = f.ctx;
        ctx.cancelled = &cancel;
        Recorded rec;
        RepairCallbacks cb = rec.callbacks();
        cb.started = [&](const QString &id) {
            rec.started << id;
            cancel = true; // pressed Stop while the first fix runs
        };
        QVERIFY(!plan.apply(a, ctx, f.store(), cb));
        QCOMPARE(rec.started, QStringList{QStringLiteral("first")});
        QCOMPARE(int(rec.finished.size()), 1); // the running fix finishes; the next never starts
        QCOMPARE(rec.finished.at(0).second.state(), FixOutcome::State::Verified);
        QCOMPARE(readAll(f.settings), QByteArray("a=1\nb=0\n"));
    }

    void changedBetweenPreviewAndApplyIsRefused_data()
    {
        QTest::addColumn<QByteArray>("now");
        QTest::newRow("edited") << QByteArray("a=0\nb=0\nc=0\n");
        QTest::newRow("same size, other bytes") << QByteArray("a=0\nb=2\n");
        QTest::newRow("deleted") << QByteArray();
    }
    void changedBetweenPreviewAndApplyIsRefused()
    {
        QFETCH(QByteArray, now);
        Fixture f;
        const Article a = testArticle();
        const RepairPlan plan = RepairPlan::make(a, f.ctx, QStringLiteral("none"),
                                                 {QStringLiteral("first"), QStringLiteral("third")}, {});
        if (now.isEmpty())
            QVERIFY(QFile::remove(f.settings));
        else
            writeAll(f.settings, now);
        Recorded rec;
        const KbError e = plan.apply(a, f.ctx, f.store(), rec.callbacks());
        QCOMPARE(e.code, QStringLiteral("plan.changed"));
        QVERIFY2(e.message.contains(QStringLiteral("settings.txt")), qPrintable(e.message));
        QVERIFY(rec.started.isEmpty());
        QCOMPARE(int(rec.finished.size()), 2);
        for (const auto &r : std::as_const(rec.finished))
            QCOMPARE(r.second.state(), FixOutcome::State::NotApplied);
        // Nothing changed, not even a backup set.
        QCOMPARE(readAll(f.settings), now);
        QVERIFY(f.store().list().isEmpty());
        QVERIFY(!QDir(f.store().root()).exists() || QDir(f.store().root()).isEmpty());
    }

    void outcomeStates_data()
    {
        QTest::addColumn<bool>("applied");
        QTest::addColumn<bool>("verified");
        QTest::addColumn<bool>("rolledBack");
        QTest::addColumn<bool>("undone");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("id");
        using S = FixOutcome::State;
        QTest::newRow("verified") << true << true << false << false << QString() << int(S::Verified) << "verified";
        QTest::newRow("applied, check fails") << true << false << false << false << QString()
                                              << int(S::AppliedUnverified) << "applied-unverified";
        QTest::newRow("applied, then an error") << true << true << false << false << "fix.verify"
                                                << int(S::AppliedUnverified) << "applied-unverified";
        QTest::newRow("rolled back") << false << false << true << false << "fix.verify" << int(S::RolledBack)
                                     << "rolled-back";
        QTest::newRow("refused") << false << false << false << false << "plan.changed" << int(S::NotApplied)
                                 << "not-applied";
        QTest::newRow("nothing to change") << false << true << false << false << "fix.nothing"
                                           << int(S::NothingToDo) << "nothing-to-do";
        QTest::newRow("undone") << true << true << false << true << QString() << int(S::Undone) << "undone";
    }
    void outcomeStates()
    {
        QFETCH(bool, applied);
        QFETCH(bool, verified);
        QFETCH(bool, rolledBack);
        QFETCH(bool, undone);
        QFETCH(QString, error);
        QFETCH(int, state);
        QFETCH(QString, id);
        FixOutcome o;
        o.applied = applied;
        o.verified = verified;
        o.rolledBack = rolledBack;
        o.undone = undone;
        if (!error.isEmpty())
            o.error = KbError::make(error, QStringLiteral("why"));
        QCOMPARE(int(o.state()), state);
        QCOMPARE(fixOutcomeStateId(o.state()), id);
        bool ok = false;
        QCOMPARE(fixOutcomeStateFromId(id, &ok), o.state());
        QVERIFY(ok);
        QVERIFY(!fixOutcomeText(o.state()).isEmpty());
    }

    void outcomeTextsAreDistinct()
    {
        QStringList texts;
        for (FixOutcome::State s : {FixOutcome::State::Verified, FixOutcome::State::AppliedUnverified,
                                    FixOutcome::State::RolledBack, FixOutcome::State::NotApplied,
                                    FixOutcome::State::NothingToDo, FixOutcome::State::Undone})
            texts << fixOutcomeText(s);
        texts.removeDuplicates();
        QCOMPARE(int(texts.size()), 6);
        QCOMPARE(fixOutcomeText(FixOutcome::State::Verified), QStringLiteral("applied and verified"));
        bool ok = true;
        fixOutcomeStateFromId(QStringLiteral("bogus"), &ok);
        QVERIFY(!ok);
    }

    // A saved plan: the same content after a round trip, bound again to the same server; the
    // digest catches an edit; passwords never in the file, required when applying.
    void savedPlan()
    {
        Fixture f;
        Article a = testArticle();
        a.steps[2] = makeStep(QStringLiteral("third"), "b=1", "b=0", "b=1", Step::Reach::Always, true);
        const QString secret = QStringLiteral("S3cret-Plan-Pw!");
        QHash<QString, QVariantMap> inputs;
        inputs[QStringLiteral("third")] = {{QStringLiteral("password"), secret},
                                           {QStringLiteral("note"), QStringLiteral("typed note")}};
        const RepairPlan plan = RepairPlan::make(a, f.ctx, QStringLiteral("none"),
                                                 {QStringLiteral("first"), QStringLiteral("third")}, inputs);
        const QJsonObject json = plan.toJson();
        const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
        QVERIFY(!bytes.contains(secret.toUtf8()));
        QVERIFY(bytes.contains("+b=1")); // the diff is in the file
        QVERIFY(bytes.contains("typed note"));

        KbError e;
        RepairPlan loaded = RepairPlan::fromJson(QJsonDocument::fromJson(bytes).object(), QStringLiteral("p.json"), &e);
        QVERIFY2(!e, qPrintable(e.toString()));
        QCOMPARE(int(loaded.steps.size()), 2);
        QCOMPARE(loaded.step(QStringLiteral("third"))->secretIds, QStringList{QStringLiteral("password")});
        RepairPlan missing = loaded;
        QCOMPARE(missing.bind(a, f.ctx, {}).code, QStringLiteral("plan.secret"));
        QHash<QString, QVariantMap> secrets;
        secrets[QStringLiteral("third")] = {{QStringLiteral("password"), secret}};
        QVERIFY(!loaded.bind(a, f.ctx, secrets));
        for (int i = 0; i < plan.steps.size(); ++i)
            QCOMPARE(loaded.steps.at(i).content(), plan.steps.at(i).content());
        Recorded rec;
        QVERIFY(!loaded.apply(a, f.ctx, f.store(), rec.callbacks()));
        QCOMPARE(readAll(f.settings), QByteArray("a=1\nb=1\n"));

        // Hand-edited: any byte of content or text.
        QJsonObject edited = json;
        QJsonArray steps = edited.value(QLatin1String("steps")).toArray();
        QJsonObject s0 = steps.at(0).toObject();
        s0.insert(QStringLiteral("preview"), s0.value(QLatin1String("preview")).toString() + QStringLiteral("x"));
        steps[0] = s0;
        edited.insert(QStringLiteral("steps"), steps);
        RepairPlan::fromJson(edited, QStringLiteral("p.json"), &e);
        QCOMPARE(e.code, QStringLiteral("plan.edited"));

        // The server moved on: bind names the file.
        writeAll(f.settings, "a=0\nb=0\n");
        KbError readError;
        RepairPlan again = RepairPlan::fromJson(json, QStringLiteral("p.json"), &readError);
        QVERIFY(!readError);
        writeAll(f.settings, "a=0\nb=0\n# changed\n");
        const KbError changed = again.bind(a, f.ctx, secrets);
        QCOMPARE(changed.code, QStringLiteral("plan.changed"));
        QVERIFY(changed.message.contains(QStringLiteral("settings.txt")));
    }
};

QTEST_GUILESS_MAIN(tst_RepairPlan)
#include "tst_repairplan.moc"
