#include "report/redact.h"

#include <QRegularExpression>

namespace kb {

bool isSecretKey(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("pass(word|wd)?|pwd|secret|credential"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(key).hasMatch();
}

bool isEncryptedValue(const QString &value)
{
    const QString v = value.trimmed();
    return v.startsWith(QLatin1String("!CRYPT"), Qt::CaseInsensitive)
           || v.startsWith(QLatin1String("CRYPTCSTEX"), Qt::CaseInsensitive)
           || v.startsWith(QLatin1String("CRYPTNG"), Qt::CaseInsensitive)
           || (v.startsWith(QLatin1String("[enc:")) && v.endsWith(QLatin1String(":enc]")));
}

QString redactValue(const QString &key, const QString &value)
{
    if (value.isEmpty())
        return value;
    if (isSecretKey(key) || isEncryptedValue(value))
        return kRedacted;
    return value;
}

QString redactText(const QString &text, const QStringList &knownSecrets)
{
    QString out = text;
    for (const QString &s : knownSecrets)
        if (!s.isEmpty())
            out.replace(s, kRedacted);
    // key=value / key: value / key="value" where the key names a secret (INI lines, query
    // strings, appcmd attributes).
    static const QRegularExpression pair(
        QStringLiteral("((?:[A-Za-z0-9_.-]*)(?:pass(?:word|wd)?|pwd|secret|credential)[A-Za-z0-9_.-]*"
                       "\\s*[=:]\\s*)(\"[^\"]*\"|'[^']*'|[^\\s&;,\"']+)"),
        QRegularExpression::CaseInsensitiveOption);
    out.replace(pair, QStringLiteral("\\1") + kRedacted);
    static const QRegularExpression blob(
        QStringLiteral("!CRYPT[A-Z]*!\\S*|CRYPTCSTEX\\S*|CRYPTNG\\S*|\\[enc:[^\\]]*:enc\\]"));
    out.replace(blob, kRedacted);
    return out;
}

} // namespace kb
