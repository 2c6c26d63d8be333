#include "fakewindowstools.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

namespace kb::test {

FakeWindowsTools::FakeWindowsTools(const QString &dir) : m_dir(dir), m_savedPath(qgetenv("PATH"))
{
    qputenv("KBWIZARD_TOOLS", KB_TEST_FAKES_DIR);
    qputenv("KBWIZARD_FAKE_STATE", QFile::encodeName(QDir(m_dir).filePath(QStringLiteral("state.json"))));
    qputenv("KBWIZARD_FAKE_LOG", QFile::encodeName(QDir(m_dir).filePath(QStringLiteral("log.jsonl"))));
    writeState(QJsonObject());
}

FakeWindowsTools::~FakeWindowsTools()
{
    qputenv("PATH", m_savedPath);
    for (const char *v : {"KBWIZARD_TOOLS", "KBWIZARD_FAKE_STATE", "KBWIZARD_FAKE_LOG"})
        qunsetenv(v);
}

void FakeWindowsTools::writeState(const QJsonObject &state) const
{
    QFile f(QDir(m_dir).filePath(QStringLiteral("state.json")));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(state).toJson());
}

QJsonObject FakeWindowsTools::state() const
{
    QFile f(QDir(m_dir).filePath(QStringLiteral("state.json")));
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

QList<QJsonObject> FakeWindowsTools::calls() const
{
    QList<QJsonObject> out;
    QFile f(QDir(m_dir).filePath(QStringLiteral("log.jsonl")));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            out << QJsonDocument::fromJson(line).object();
    return out;
}

QList<QStringList> FakeWindowsTools::argvs(const QString &tool) const
{
    QList<QStringList> out;
    for (const QJsonObject &c : calls())
        if (tool.isEmpty() || c.value(QStringLiteral("tool")).toString() == tool)
            out << c.value(QStringLiteral("argv")).toVariant().toStringList();
    return out;
}

} // namespace kb::test
