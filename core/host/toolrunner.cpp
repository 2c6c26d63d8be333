#include "host/toolrunner.h"
#include "testhooks.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QStringDecoder>

#ifdef Q_OS_WIN
#  ifndef NOMINMAX
#    define NOMINMAX
#  endif
#  include <windows.h>
#endif

namespace kb {

Q_LOGGING_CATEGORY(lcToolRunner, "kbwizard.tools", QtWarningMsg)

namespace {

bool isExecutableFile(const QString &path)
{
    const QFileInfo fi(path);
    return fi.isFile() && fi.isExecutable();
}

// For logs only: the argument list as one readable line (quoted where it has spaces).
QString displayCommand(const QString &tool, const QStringList &args)
{
    QStringList parts{tool};
    for (const QString &a : args)
        parts << (a.contains(QLatin1Char(' ')) || a.isEmpty() ? QLatin1Char('"') + a + QLatin1Char('"') : a);
    return parts.join(QLatin1Char(' '));
}

QStringList nonEmpty(const QStringList &secrets)
{
    QStringList out;
    for (const QString &s : secrets) {
        if (!s.isEmpty())
            out << s;
    }
    return out;
}

ToolResult failed(const QString &code, const QString &message)
{
    ToolResult r;
    r.error = KbError::make(code, message);
    return r;
}

} // namespace

QString ToolResult::combinedOutput() const
{
    if (stdErr.isEmpty())
        return stdOut;
    if (stdOut.isEmpty() || stdOut.endsWith(QLatin1Char('\n')))
        return stdOut + stdErr;
    return stdOut + QLatin1Char('\n') + stdErr;
}

QStringList ToolRunner::allowedTools()
{
    return {QStringLiteral("sc"), QStringLiteral("icacls"), QStringLiteral("appcmd"),
            QStringLiteral("reg")};
}

bool ToolRunner::isAllowed(const QString &tool)
{
    return allowedTools().contains(tool);
}

#ifdef Q_OS_WIN
QString ToolRunner::systemToolPath(const QString &tool)
{
    wchar_t buf[MAX_PATH + 1] = {};
    const UINT n = GetSystemWindowsDirectoryW(buf, MAX_PATH);
    QString windir = n > 0 && n <= MAX_PATH ? QString::fromWCharArray(buf, int(n)) : QStringLiteral("C:\\Windows");
    while (windir.endsWith(QLatin1Char('\\')))
        windir.chop(1);
    // A 32-bit process on 64-bit Windows sees SysWOW64 through "System32" (no appcmd there);
    // "Sysnative" is its alias for the real 64-bit folder. A 64-bit process has no Sysnative.
    BOOL wow64 = FALSE;
    const bool redirected = IsWow64Process(GetCurrentProcess(), &wow64) && wow64;
    const QString sys = windir + (redirected ? QStringLiteral("\\Sysnative") : QStringLiteral("\\System32"));
    return tool == QLatin1String("appcmd") ? sys + QStringLiteral("\\inetsrv\\appcmd.exe")
                                           : sys + QLatin1Char('\\') + tool + QStringLiteral(".exe");
}
#endif

QString ToolRunner::resolve(const QString &tool, QStringList *searched)
{
    if (!isAllowed(tool))
        return QString();
    const QString exeName = tool + QStringLiteral(".exe");
    QStringList tried;
    QString found;

    const QString toolsDir = testHook(TestHook::Tools);
    if (!toolsDir.isEmpty()) {
        const QDir dir(toolsDir);
        for (const QString &name : {exeName, tool}) {
            const QString candidate = dir.absoluteFilePath(name);
            tried << candidate;
            if (isExecutableFile(candidate)) {
                found = candidate;
                break;
            }
        }
    }

#ifdef Q_OS_WIN
    // Only the system's own copy (security review L1): never PATH, never the current folder.
    // The Windows folder comes from the system, not from %windir%, which the caller's
    // environment may set to anything.
    if (found.isEmpty()) {
        const QString candidate = systemToolPath(tool);
        tried << QDir::toNativeSeparators(candidate);
        if (QFileInfo(candidate).isFile())
            found = candidate;
    }
#else
    if (found.isEmpty()) {
        tried << QStringLiteral("PATH");
        found = QStandardPaths::findExecutable(exeName);
        if (found.isEmpty())
            found = QStandardPaths::findExecutable(tool);
    }
#endif
    if (searched)
        *searched = tried;
    return found;
}

bool ToolRunner::secretIsOnCommandLine(const QString &argument, const QString &secret)
{
    // L7: a whole-token comparison with a minimum length. A short password that happens to be a
    // word of a fixed argument ("in", "Web", "Site" in "-section:system.webServer/...") is no
    // leak and must not make the run refuse; the output is still masked broadly.
    if (secret.size() < kMinGuardedSecretLength)
        return false;
    auto isWordChar = [](QChar c) { return c.isLetterOrNumber(); };
    for (qsizetype at = argument.indexOf(secret); at >= 0; at = argument.indexOf(secret, at + 1)) {
        const qsizetype end = at + secret.size();
        const bool startsToken = at == 0 || !isWordChar(argument.at(at - 1)) || !isWordChar(secret.front());
        const bool endsToken = end == argument.size() || !isWordChar(argument.at(end)) || !isWordChar(secret.back());
        if (startsToken && endsToken)
            return true;
    }
    return false;
}

QString ToolRunner::redact(QString text, const QStringList &secrets)
{
    for (const QString &s : secrets) {
        if (!s.isEmpty())
            text.replace(s, mask());
    }
    return text;
}

QString ToolRunner::decodeOutput(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return QString();
#ifdef Q_OS_WIN
    // Console tools write in the OEM code page (cp437/cp850...), not the ANSI one.
    const int len = MultiByteToWideChar(CP_OEMCP, 0, bytes.constData(), int(bytes.size()), nullptr, 0);
    QString out(len, Qt::Uninitialized);
    MultiByteToWideChar(CP_OEMCP, 0, bytes.constData(), int(bytes.size()),
                        reinterpret_cast<wchar_t *>(out.data()), len);
    return out;
#else
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString out = utf8(bytes);
    if (utf8.hasError())
        return QString::fromLocal8Bit(bytes);
    return out;
#endif
}

ToolResult ToolRunner::run(const QString &tool, const QStringList &args, const QByteArray &stdinData,
                           int timeoutMs, const QStringList &secrets) const
{
    ToolRequest request;
    request.tool = tool;
    request.args = args;
    request.stdinData = stdinData;
    request.timeoutMs = timeoutMs;
    request.secrets = secrets;
    return run(request);
}

ToolResult ToolRunner::run(const ToolRequest &request) const
{
    const QStringList secrets = nonEmpty(request.secrets);
    const QString shown = redact(displayCommand(request.tool, request.args), secrets);

    if (!isAllowed(request.tool)) {
        qCWarning(lcToolRunner) << "refused, not an allowed tool:" << shown;
        return failed(QStringLiteral("tool.notAllowed"),
                      tr("The program \"%1\" is not one the wizard may run (allowed: %2).")
                              .arg(request.tool, allowedTools().join(QStringLiteral(", "))));
    }
    for (const QString &arg : request.args) {
        for (const QString &s : secrets) {
            if (secretIsOnCommandLine(arg, s)) {
                qCWarning(lcToolRunner) << "refused, a secret is on the command line:" << shown;
                return failed(QStringLiteral("tool.secretInArgument"),
                              tr("Refused to run %1: a password would have appeared on its command "
                                 "line.").arg(request.tool));
            }
        }
    }

    QStringList searched;
    const QString program = resolve(request.tool, &searched);
    if (program.isEmpty()) {
        qCWarning(lcToolRunner) << "not found:" << request.tool << "searched" << searched;
        return failed(QStringLiteral("tool.missing"),
                      tr("The program \"%1\" was not found (looked in: %2).")
                              .arg(request.tool, searched.join(QStringLiteral("; "))));
    }

    const int timeoutMs = qMax(1, request.timeoutMs);
    QDeadlineTimer deadline(timeoutMs);
    QElapsedTimer clock;
    clock.start();

    QProcess process;
    process.setProgram(program);
    process.setArguments(request.args);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    if (request.stdinData.isEmpty())
        process.setStandardInputFile(QProcess::nullDevice());

    qCDebug(lcToolRunner).noquote() << "run:" << shown << "(" << program << ")"
                                    << (request.stdinData.isEmpty()
                                                ? QString()
                                                : QStringLiteral("+ %1 bytes on stdin")
                                                          .arg(request.stdinData.size()));
    process.start(QIODevice::ReadWrite);
    if (!process.waitForStarted(int(qMax<qint64>(1, deadline.remainingTime())))) {
        const QString why = process.errorString();
        process.kill();
        process.waitForFinished(1000);
        qCWarning(lcToolRunner).noquote() << "could not start" << shown << ":" << why;
        ToolResult r = failed(QStringLiteral("tool.startFailed"),
                              tr("Could not start %1: %2").arg(request.tool, why));
        return r;
    }
    if (!request.stdinData.isEmpty()) {
        process.write(request.stdinData);
        while (process.bytesToWrite() > 0
               && process.waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime())))) {
        }
        process.closeWriteChannel();
    }

    ToolResult result;
    if (!process.waitForFinished(int(qMax<qint64>(1, deadline.remainingTime())))
        && process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(2000);
        result.timedOut = true;
        result.error = KbError::make(QStringLiteral("tool.timeout"),
                                     tr("%1 did not finish within %2 seconds and was stopped.")
                                             .arg(request.tool)
                                             .arg(timeoutMs / 1000.0, 0, 'f', 1));
    } else if (process.exitStatus() == QProcess::CrashExit) {
        result.error = KbError::make(QStringLiteral("tool.crashed"),
                                     tr("%1 ended abnormally: %2").arg(request.tool, process.errorString()));
    }
    result.exitCode = result.error ? -1 : process.exitCode();

    auto clean = [&](const QByteArray &bytes) {
        QString text = decodeOutput(bytes);
        if (request.outputFilter)
            text = request.outputFilter(text);
        return redact(text, secrets);
    };
    result.stdOut = clean(process.readAllStandardOutput());
    result.stdErr = clean(process.readAllStandardError());

    if (result.error)
        qCWarning(lcToolRunner).noquote() << shown << "->" << result.error.code;
    qCDebug(lcToolRunner).noquote() << "exit" << result.exitCode << "after" << clock.elapsed() << "ms:" << shown;
    if (!result.stdOut.isEmpty())
        qCDebug(lcToolRunner).noquote() << "stdout:" << result.stdOut;
    if (!result.stdErr.isEmpty())
        qCDebug(lcToolRunner).noquote() << "stderr:" << result.stdErr;
    return result;
}

} // namespace kb
