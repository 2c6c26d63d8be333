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
        // L4: reg.exe exits 1 both for "not found" and for "access denied", with a translated
        // message. "Denied" in the languages Windows ships (en de fr es it pt nl sv pl cs tr ru
        // ja zh ko); "not found" only for its known texts (or no text at all). Any other message
        // is an error that names it, never a silent "not found" ("not installed").
        static const QRegularExpression denied(
                QStringLiteral("denied|verweigert|refus|denegado|negato|negado|geweigerd|nekad|"
                               "odmowa|odep\\x{0159}en|engellendi|[\\x{041E}\\x{043E}]\\x{0442}\\x{043A}\\x{0430}\\x{0437}\\x{0430}\\x{043D}\\x{043E}|"
                               "\\x{62D2}\\x{5426}|\\x{62D2}\\x{7EDD}|\\x{88AB}\\x{62D2}|\\x{AC70}\\x{BD80}"),
                QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression notFound(
                QStringLiteral("unable to find|nicht gefunden|n.a pas trouv|no pudo encontrar|impossibile trovare|"
                               "non .+ in grado di trovare|\\x{898B}\\x{3064}\\x{304B}\\x{308A}\\x{307E}\\x{305B}\\x{3093}|"
                               "\\x{627E}\\x{4E0D}\\x{5230}|\\x{7CFB}\\x{7EDF}\\x{627E}\\x{4E0D}\\x{5230}"),
                QRegularExpression::CaseInsensitiveOption);
        if (exitCode == 1 && !denied.match(message).hasMatch()
            && (message.isEmpty() || notFound.match(message).hasMatch()))
            return v; // not found: an answer, not an error
        if (exitCode == 1 && !denied.match(message).hasMatch()) {
            v.error = KbError::make(QStringLiteral("registry.unrecognized"),
                                    Tr::tr("reg query failed with a message the wizard does not know (not "
                                           "read as \"not found\"): %1").arg(message));
            return v;
        }
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
