#pragma once

#include "kberror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>

#include <functional>

namespace kb {

Q_DECLARE_LOGGING_CATEGORY(lcToolRunner) // "kbwizard.tools", warnings only by default

// What one run of an external tool produced. `stdOut`/`stdErr` are decoded and already
// redacted: no string given as a secret survives in them.
struct ToolResult
{
    int exitCode = -1;
    QString stdOut;
    QString stdErr;
    bool timedOut = false;
    KbError error; // the run itself failed: refused, tool missing, did not start, crashed, timed out

    // The tool ran to completion (any exit code).
    bool finished() const { return !error.isError(); }
    // Both outputs, in the order a console shows them for these tools (stdout then stderr).
    QString combinedOutput() const;
};

struct ToolRequest
{
    QString tool;                // one of ToolRunner::allowedTools(): "sc", "icacls", "appcmd", "reg"
    QStringList args;            // passed as a list, never through a shell
    QByteArray stdinData;        // written to standard input, then the channel is closed
    int timeoutMs = 60000;       // the process is killed when this elapses
    QStringList secrets;         // never arguments; replaced by "••••" in logs and results
    // Optional extra filter applied to the decoded outputs before they are logged or returned,
    // for secrets the caller cannot name in advance (e.g. a password attribute appcmd prints).
    std::function<QString(const QString &)> outputFilter;
};

// The one door for external programs. Stateless and re-entrant: it may be used from several
// worker threads at once (each run owns its QProcess and blocks with waitFor*, no event loop).
//
// Executable lookup, first hit wins:
//   1. the folder named by the environment variable KBWIZARD_TOOLS: <dir>/<tool>.exe, <dir>/<tool>
//   2. Windows: only systemToolPath(tool), the system's own copy; a tool that is not there is
//      missing (tool.missing): no PATH, no current folder (security review L1)
//   3. elsewhere (tests with fake tools): PATH, <tool>.exe, then <tool>
class ToolRunner
{
    Q_DECLARE_TR_FUNCTIONS(kb::ToolRunner)

public:
    static QStringList allowedTools();
    static bool isAllowed(const QString &tool);

    // Absolute path of the executable, or empty. `searched` receives the places looked at.
    static QString resolve(const QString &tool, QStringList *searched = nullptr);
#ifdef Q_OS_WIN
    // <Windows folder>\System32\<tool>.exe, appcmd in System32\inetsrv; the Windows folder as
    // the system reports it (GetSystemWindowsDirectoryW, not %windir%); Sysnative instead of
    // System32 in a 32-bit process on 64-bit Windows.
    static QString systemToolPath(const QString &tool);
#endif

    ToolResult run(const QString &tool, const QStringList &args,
                   const QByteArray &stdinData = QByteArray(), int timeoutMs = 60000,
                   const QStringList &secrets = QStringList()) const;
    ToolResult run(const ToolRequest &request) const;

    // Replaces every non-empty secret in `text` by the mask.
    static QString redact(QString text, const QStringList &secrets);
    // The secret-in-argument guard of run() (security review L7): true when `argument` holds
    // `secret` as a whole token (bounded by the argument's ends or by characters that are not
    // letters or digits) and the secret has at least kMinGuardedSecretLength characters.
    static constexpr int kMinGuardedSecretLength = 5;
    static bool secretIsOnCommandLine(const QString &argument, const QString &secret);
    static QString mask() { return QStringLiteral("\u2022\u2022\u2022\u2022"); }

    // Decodes console output: OEM code page on Windows, UTF-8 (local 8-bit if not valid UTF-8)
    // elsewhere.
    static QString decodeOutput(const QByteArray &bytes);
};

} // namespace kb
