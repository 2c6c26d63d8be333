#include "clirunner.h"

#include "demosandbox.h"

#include <QDir>
#include <QProcess>

namespace kb::test {

CliResult runKbwizard(const QStringList &args, const QString &home, const QProcessEnvironment &extra,
                      const QStringList &wrapper)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(home).filePath(QStringLiteral(".local/share")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(home).filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("KBWIZARD_FAULT"));
    env.remove(QStringLiteral("KBWIZARD_BACKUP_DIR"));
    for (const QString &k : extra.keys())
        env.insert(k, extra.value(k));
    // Demo sandboxes this test process created (DemoFixture) are the user's own sandboxes for
    // the binary too: they are recorded where the binary looks (its AppLocalDataLocation under
    // the test's XDG_DATA_HOME), as a run of `kbwizard --demo DIR` would have recorded them.
    const QString registry = QDir(env.value(QStringLiteral("XDG_DATA_HOME")))
                                 .filePath(QStringLiteral("KBWizard/kbwizard/demo-sandboxes.json"));
    for (const QString &sandbox : DemoSandbox::recorded())
        DemoSandbox::record(sandbox, registry);
    p.setProcessEnvironment(env);
    if (wrapper.isEmpty())
        p.start(QStringLiteral(KBWIZARD_BIN), args);
    else
        p.start(wrapper.first(), wrapper.mid(1) + QStringList{QStringLiteral(KBWIZARD_BIN)} + args);
    CliResult r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
    }
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace kb::test
