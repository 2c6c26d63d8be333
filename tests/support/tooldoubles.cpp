#include "tooldoubles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace kb::test {

namespace {
void writeText(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(bytes);
}
} // namespace

QString ToolDoubles::program(const QString &name)
{
    const QString path = QDir(QCoreApplication::applicationDirPath()).filePath(name + QStringLiteral(".exe"));
    return QFileInfo(path).isFile() ? path : QString();
}

ToolDoubles::ToolDoubles(const QString &dir, const QStringList &tools) : m_dir(dir)
{
    QDir(m_dir).mkpath(QStringLiteral("bin"));
    QDir(m_dir).mkpath(QStringLiteral("script"));
    const QString source = program(QStringLiteral("tooldouble"));
    if (source.isEmpty()) {
        m_error = QStringLiteral("tooldouble.exe is not beside the test program (tests/windows builds it on Windows only)");
        return;
    }
    for (const QString &tool : tools) {
        const QString target = QDir(binDir()).filePath(tool + QStringLiteral(".exe"));
        QFile::remove(target);
        if (!QFile::copy(source, target)) {
            m_error = QStringLiteral("cannot copy %1 to %2").arg(source, target);
            return;
        }
    }
    qputenv("KBWIZARD_TOOLS", QFile::encodeName(QDir::toNativeSeparators(binDir())));
    qputenv("KBWIZARD_DOUBLE_LOG", QFile::encodeName(QDir::toNativeSeparators(logFile())));
    qputenv("KBWIZARD_DOUBLE_SCRIPT",
            QFile::encodeName(QDir::toNativeSeparators(QDir(m_dir).filePath(QStringLiteral("script")))));
    m_ready = true;
}

ToolDoubles::~ToolDoubles()
{
    for (const char *v : {"KBWIZARD_TOOLS", "KBWIZARD_DOUBLE_LOG", "KBWIZARD_DOUBLE_SCRIPT"})
        qunsetenv(v);
}

QString ToolDoubles::binDir() const
{
    return QDir(m_dir).filePath(QStringLiteral("bin"));
}

QString ToolDoubles::logFile() const
{
    return QDir(m_dir).filePath(QStringLiteral("calls.jsonl"));
}

void ToolDoubles::script(const QString &tool, int run, const QString &output, int exitCode,
                         const QString &stdErr) const
{
    const QString base = QDir(m_dir).filePath(QStringLiteral("script/") + tool
                                              + (run > 0 ? QStringLiteral(".%1").arg(run) : QString()));
    writeText(base + QStringLiteral(".out"), output.toUtf8());
    writeText(base + QStringLiteral(".exit"), QByteArray::number(exitCode));
    if (!stdErr.isEmpty())
        writeText(base + QStringLiteral(".err"), stdErr.toUtf8());
    else
        QFile::remove(base + QStringLiteral(".err"));
}

QList<QJsonObject> ToolDoubles::calls(const QString &tool) const
{
    QList<QJsonObject> out;
    QFile f(logFile());
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (tool.isEmpty() || o.value(QStringLiteral("tool")).toString() == tool)
            out << o;
    }
    return out;
}

QList<QStringList> ToolDoubles::argvs(const QString &tool) const
{
    QList<QStringList> out;
    for (const QJsonObject &o : calls(tool)) {
        QStringList argv;
        for (const QJsonValue &v : o.value(QStringLiteral("argv")).toArray())
            argv << v.toString();
        out << argv;
    }
    return out;
}

void ToolDoubles::clearLog() const
{
    QFile::remove(logFile());
    const QDir script(QDir(m_dir).filePath(QStringLiteral("script")));
    for (const QString &f : script.entryList({QStringLiteral("*.count")}, QDir::Files))
        QFile::remove(script.filePath(f));
}

} // namespace kb::test
