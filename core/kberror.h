#pragma once

#include <QString>

namespace kb {

// An error as a value the UI and the CLI can show: what went wrong, and where (file and
// 1-based line when the problem is in an input file). Never thrown.
struct KbError
{
    QString code;    // stable machine-readable code, e.g. "ini.binary", "tool.missing"
    QString message; // human-readable, already translated where it reaches the user
    QString file;    // optional: the file the problem is in
    int line = 0;    // optional: 1-based line in `file`, 0 when not applicable

    bool isError() const { return !code.isEmpty(); }
    explicit operator bool() const { return isError(); }

    // "file:line: message" (or the parts that are present).
    QString toString() const
    {
        QString where = file;
        if (!where.isEmpty() && line > 0)
            where += QLatin1Char(':') + QString::number(line);
        return where.isEmpty() ? message : where + QLatin1String(": ") + message;
    }

    static KbError make(const QString &code, const QString &message,
                        const QString &file = QString(), int line = 0)
    {
        return KbError{code, message, file, line};
    }
};

} // namespace kb
