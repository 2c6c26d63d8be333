#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace kb::test {

// The Windows programs of tests/windows (built only for Windows, beside the test programs):
// tooldouble.exe copied under the names of the tools a test needs (icacls.exe, appcmd.exe ...)
// into <dir>/bin, which KBWIZARD_TOOLS names; each run logs its argv as CreateProcess delivered
// it (KBWIZARD_DOUBLE_LOG) and prints what script() recorded (KBWIZARD_DOUBLE_SCRIPT). The
// environment is put back on destruction.
class ToolDoubles
{
public:
    ToolDoubles(const QString &dir, const QStringList &tools);
    ~ToolDoubles();
    ToolDoubles(const ToolDoubles &) = delete;
    ToolDoubles &operator=(const ToolDoubles &) = delete;

    bool isReady() const { return m_ready; } // false: a double is missing (see error())
    QString error() const { return m_error; }
    QString binDir() const;
    QString logFile() const;

    // What the `run`-th run (1, 2, ...; 0 = every run without its own) of `tool` prints (UTF-8
    // here; the double writes it in the OEM code page with CRLF) and exits with.
    void script(const QString &tool, int run, const QString &output, int exitCode = 0,
                const QString &stdErr = QString()) const;
    QList<QJsonObject> calls(const QString &tool = QString()) const; // tool, cmdline, argv, stdin
    QList<QStringList> argvs(const QString &tool = QString()) const;
    void clearLog() const;

    // <folder of the test program>/<name>.exe (tooldouble, holdopen), or empty when not built.
    static QString program(const QString &name);

private:
    QString m_dir;
    bool m_ready = false;
    QString m_error;
};

} // namespace kb::test
