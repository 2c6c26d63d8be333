#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace kb::test {

// The fake sc.exe / icacls.exe / appcmd.exe / reg.exe of tests/fakes, pointed (through the
// environment: KBWIZARD_TOOLS, KBWIZARD_FAKE_STATE, KBWIZARD_FAKE_LOG) at a state file and a
// call log in `dir`. The environment and PATH are put back on destruction.
class FakeWindowsTools
{
public:
    explicit FakeWindowsTools(const QString &dir);
    ~FakeWindowsTools();
    FakeWindowsTools(const FakeWindowsTools &) = delete;
    FakeWindowsTools &operator=(const FakeWindowsTools &) = delete;

    void writeState(const QJsonObject &state) const; // a failure fails the running test
    QJsonObject state() const;
    QList<QJsonObject> calls() const;                // one per run: tool, argv, stdin
    QList<QStringList> argvs(const QString &tool) const; // "" = every tool

private:
    QString m_dir;
    QByteArray m_savedPath;
};

} // namespace kb::test
