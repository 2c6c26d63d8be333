#include "host/regparser.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::RegParser)
};

} // namespace

RegistryValue parseRegQuery(const QString &stdoutText, const QString &stderrText, int exitCode,
                            const QString &valueName)
{
    RegistryValue v;
    const QString message = stderrText.trimmed().isEmpty() ? stdoutText.trimmed() : stderrText.trimmed();
    if (exitCode != 0) {
        static const QRegularExpression denied(QStringLiteral("denied|verweigert|refus"),
                                               QRegularExpression::CaseInsensitiveOption);
        if (exitCode == 1 && !denied.match(message).hasMatch())
            return v; // not found: an answer, not an error
        if (exitCode == 1 || exitCode == 5)
            v.error = KbError::make(QStringLiteral("registry.accessDenied"),
                                    Tr::tr("Access to the registry was denied: %1").arg(message));
        else
            v.error = KbError::make(QStringLiteral("registry.failed"),
                                    Tr::tr("reg query failed with exit code %1: %2").arg(exitCode).arg(message));
        return v;
    }

    // Split on the type token, not on whitespace: names and data may contain spaces. (Windows XP's
    // reg.exe separated with tabs.)
    static const QRegularExpression line(
            QStringLiteral("^(?: {4}|\\t)(.*?)(?: {4}|\\t)(REG_[A-Z0-9_]+)(?:(?: {4}|\\t)(.*))?$"));
    for (QString l : stdoutText.split(QLatin1Char('\n'))) {
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
        const auto m = line.match(l);
        if (!m.hasMatch())
            continue;
        if (!valueName.isEmpty() && m.captured(1).compare(valueName, Qt::CaseInsensitive) != 0)
            continue;
        v.found = true;
        v.type = m.captured(2);
        v.data = m.captured(3);
        if (v.data.trimmed().isEmpty())
            v.data.clear();
        return v;
    }
    v.error = KbError::make(QStringLiteral("registry.unexpectedOutput"),
                            Tr::tr("reg query succeeded but printed no value named \"%1\".").arg(valueName));
    return v;
}

bool regNumericValue(const RegistryValue &value, quint64 *out)
{
    if (!value.found)
        return false;
    bool ok = false;
    const quint64 n = value.data.trimmed().toULongLong(&ok, 0);
    if (ok && out)
        *out = n;
    return ok;
}

} // namespace kb
