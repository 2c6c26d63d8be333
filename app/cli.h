#pragma once

#include <QStringList>

class QTextStream;

namespace kb {

// Exit codes of the headless mode (the contract scripts rely on; see README and
// docs/report-schema.md).
enum ExitCode {
    Exit_AllPass = 0,     // every check passes (after fixes, if any)
    Exit_Problems = 1,    // problems remain (or an undo was refused)
    Exit_Usage = 2,       // bad usage or unreadable input (the message names the file and line)
    Exit_FixFailed = 3,   // a fix failed: refused before any change, or rolled back
};

// True when argv asks for the headless mode (decides QCoreApplication vs QApplication).
bool wantsHeadless(int argc, char **argv);
// Normalises "--demo DIR" (optional value) into "--demo-dir=DIR" for QCommandLineParser.
QStringList normaliseArguments(const QStringList &args);

// Runs `kbwizard --headless ...`; output to `out`, diagnostics to `err`.
int runHeadless(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace kb
