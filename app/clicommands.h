#pragma once

// The commands of the headless mode (runHeadless in cli.cpp parses the arguments, checks them
// and calls one of these) and the helpers they share. Internal to the app library.

#include "host/hostkind.h"
#include "kberror.h"
#include "target.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QVariantMap>

class QCommandLineParser;
class QTextStream;

namespace kb {

struct Article;
struct ArticleRun;
struct FixOutcome;
struct PlannedStep;
struct Options;
class Session;

namespace cli {

// "kbwizard: <message>" and the hint to --help; returns Exit_Usage.
int usageError(QTextStream &err, const QString &message);
// "kbwizard: error: <file:line: message>"; returns Exit_Usage.
int inputError(QTextStream &err, const KbError &e);
// Runs the current article's checks and returns when they are done.
void waitForDiagnosis(Session &session);
// Reads an --inputs file: {"<step id>": {"<input id>": "value", ...}, ...}.
KbError readInputs(const QString &path, QHash<QString, QVariantMap> *inputs);
// Adds the non-empty values of secret keys (passwords) in `inputs` to `secrets`: everything the
// CLI prints is redacted against them (security review M3).
void noteSecrets(const QHash<QString, QVariantMap> &inputs, QStringList *secrets);
// One article's results as text: a line per step, then its evidence.
void printRun(const Article &article, const ArticleRun &run, QTextStream &out);

// "--- Fix for STEP: description" and the exact preview.
void printPreview(const Article &article, const PlannedStep &step, QTextStream &out);
// A step's outcome as --fix prints it; false when the fix failed (exit 3).
bool printOutcome(const QString &stepId, const FixOutcome &outcome, QTextStream &out, QTextStream &err);
// --fix on the current article (diagnosed): plan the steps (`named`, or all ticked by default),
// print the previews, then write the plan to `planOut` (changing nothing), or with `yes` apply
// it and diagnose again. Returns 0 or the exit code of an error (message written).
int fixArticle(Session &session, const Article &article, const QStringList &named, bool yes,
               const QString &planOut, QTextStream &out, QTextStream &err, bool *fixFailed);
// --apply PLAN --yes [--inputs FILE]: the saved plan exactly, then the checks again and the
// reports as --fix writes them. Exit 3 when it is refused (changed target, edited plan).
int applySavedPlan(const Options &o, const QCommandLineParser &parser, QTextStream &out, QTextStream &err,
                   QStringList *secrets);

// --list-backups
int listBackups(const QList<Target> &targets, QTextStream &out, QTextStream &err);
// --undo ID [--force]
int undoSet(const QList<Target> &targets, const QString &id, bool force, HostKind hostKind,
            QTextStream &out, QTextStream &err);

// --article ID|all [--fix all|STEP,... [--yes]]: diagnose each article on its installation,
// preview (and with --yes apply) the fixes, check again, print the results. The outcome decides
// the exit code; `exitCode` is set (non-zero) when a usage error stopped the run.
struct ArticleRunResult
{
    bool ran = false;        // at least one article ran
    bool problems = false;   // a check is fail, warn or error afterwards
    bool fixFailed = false;  // a fix failed (refused or rolled back)
    bool unreadable = false; // a check could not read its input
    int exitCode = 0;        // non-zero: stopped with this code (message already written)
};
ArticleRunResult runArticles(Session &session, const Options &o, const QCommandLineParser &parser,
                             const QStringList &articleIds, const QList<Target> &targets,
                             const QString &root, QTextStream &out,
                             QTextStream &err);

// --json/--html/--text/--pdf/--bundle: writes what was asked; returns 0 or the exit code of the
// error (message already written).
int writeReports(Session &session, const Options &o, const QCommandLineParser &parser,
                 QTextStream &out, QTextStream &err);

} // namespace cli
} // namespace kb
