#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace kb::test {

struct CliResult
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

// Runs the real kbwizard binary (KBWIZARD_BIN) with `args`; HOME and the XDG folders point
// into `home` so nothing outside the test's temporary folder is touched.
CliResult runKbwizard(const QStringList &args, const QString &home,
                      const QProcessEnvironment &extra = QProcessEnvironment());

} // namespace kb::test
