#include "windowsoutputs.h"

#include <QFile>
#include <QRegularExpression>

namespace kb::test {

QString fixture(const QString &name)
{
    QFile f(QStringLiteral(KB_TEST_DATA_DIR "/windows/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QString::fromUtf8(f.readAll());
}

QString variant(const QString &crlf, const QString &kind)
{
    if (kind == QLatin1String("crlf"))
        return crlf;
    QString lf = crlf;
    lf.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    if (kind == QLatin1String("lf"))
        return lf;
    QStringList lines = lf.split(QLatin1Char('\n'));
    for (QString &l : lines)
        l.remove(QRegularExpression(QStringLiteral("\\s+$")));
    while (!lines.isEmpty() && lines.first().isEmpty())
        lines.removeFirst();
    return lines.join(QLatin1Char('\n'));
}

} // namespace kb::test
