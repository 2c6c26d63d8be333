#pragma once

#include <QCommandLineParser>

namespace kb {

// The command-line options of both modes, in one place.
struct Options
{
    QCommandLineOption headless{QStringLiteral("headless"), QStringLiteral("Run without windows (for scripts and remote sessions).")};
    QCommandLineOption root{QStringLiteral("root"), QStringLiteral("Server folder (PCCSRV, the install folder, or \\\\server\\share\\...)."), QStringLiteral("DIR")};
    QCommandLineOption demo{QStringLiteral("demo"), QStringLiteral("Work on a fresh copy of the bundled demo server (optionally in DIR).")};
    QCommandLineOption demoDir{QStringLiteral("demo-dir"), QStringLiteral("Folder for the demo copy (same as --demo DIR)."), QStringLiteral("DIR")};
    QCommandLineOption article{QStringLiteral("article"), QStringLiteral("Article to run: update-failure, session-timeout, reputation-reconnecting, or all."), QStringLiteral("ID")};
    QCommandLineOption fix{QStringLiteral("fix"), QStringLiteral("Fix failing steps: all, or STEP[,STEP...]. Without --yes only the previews are printed."), QStringLiteral("STEPS")};
    QCommandLineOption yes{QStringLiteral("yes"), QStringLiteral("Apply the fixes (after backing up).")};
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Write the JSON report to FILE."), QStringLiteral("FILE")};
    QCommandLineOption html{QStringLiteral("html"), QStringLiteral("Write the HTML report to FILE."), QStringLiteral("FILE")};
    QCommandLineOption text{QStringLiteral("text"), QStringLiteral("Write the plain-text report to FILE."), QStringLiteral("FILE")};
    QCommandLineOption pdf{QStringLiteral("pdf"), QStringLiteral("Write the report as a PDF to FILE (page size from the locale: Letter or A4)."), QStringLiteral("FILE")};
    QCommandLineOption bundle{QStringLiteral("bundle"), QStringLiteral("Write a support bundle (report and the newest IIS logs, secrets redacted) to FILE (a zip)."), QStringLiteral("FILE")};
    QCommandLineOption listBackups{QStringLiteral("list-backups"), QStringLiteral("List the backup sets of the server.")};
    QCommandLineOption undo{QStringLiteral("undo"), QStringLiteral("Restore backup set ID."), QStringLiteral("ID")};
    QCommandLineOption force{QStringLiteral("force"), QStringLiteral("With --undo: restore even if the files changed since the fix.")};
    QCommandLineOption inputs{QStringLiteral("inputs"), QStringLiteral("JSON file with the values fixes ask for, e.g. {\"proxy\": {\"password\": \"...\"}}; secrets go here, never on the command line."), QStringLiteral("FILE")};
    QCommandLineOption planOut{QStringLiteral("plan-out"), QStringLiteral("With --fix: write the repair plan (the previews, exactly) to FILE and change nothing."), QStringLiteral("FILE")};
    QCommandLineOption apply{QStringLiteral("apply"), QStringLiteral("Apply a saved repair plan exactly (needs --yes; passwords from --inputs). Refused with exit 3 when anything it read changed or the plan was edited."), QStringLiteral("PLAN")};
    QCommandLineOption host{QStringLiteral("host"), QStringLiteral("Host backend: windows, demo or none."), QStringLiteral("KIND")};
    QCommandLineOption lang{QStringLiteral("lang"), QStringLiteral("User interface language (en, de, ja)."), QStringLiteral("CODE")};

    void addTo(QCommandLineParser &p) const
    {
        p.addOptions({headless, root, demo, demoDir, article, fix, yes, json, html, text, pdf, bundle,
                      listBackups, undo, force, inputs, planOut, apply, host, lang});
    }
};

} // namespace kb
