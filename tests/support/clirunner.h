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
// `wrapper`, when given, is a command line that runs first and receives the kbwizard binary and
// `args` as its last arguments (an `unshare … sh -c …` that mounts a small file system, say).
CliResult runKbwizard(const QStringList &args, const QString &home,
                      const QProcessEnvironment &extra = QProcessEnvironment(),
                      const QStringList &wrapper = QStringList());

} // namespace kb::test
