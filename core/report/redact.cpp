#include "report/redact.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <atomic>

namespace kb {

namespace {

constexpr auto kCase = QRegularExpression::CaseInsensitiveOption;

// Keys that are secret wherever the word occurs in them.
const QRegularExpression &secretWord()
{
    static const QRegularExpression re(
        QStringLiteral("pass|pwd|secret|credential|token|api_?key|aspxauth|authorization"), kCase);
    return re;
}

// Keys that are secret only as the whole key (short words that occur in harmless keys).
const QRegularExpression &secretWholeKey()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:pw|sid|key|auth|session|cookie|[\\w.-]*sess(?:ion)?_?id)$"), kCase);
    return re;
}

bool isShortSecretKey(const QString &key)
{
    return !secretWord().match(key).hasMatch() && secretWholeKey().match(key).hasMatch();
}

// The forms a known secret can take in text: raw, HTML-escaped, JSON-escaped, percent-encoded.
QStringList formsOf(const QString &secret)
{
    QStringList forms{secret};
    QString json = QString::fromUtf8(QJsonDocument(QJsonArray{secret}).toJson(QJsonDocument::Compact));
    json = json.mid(2, json.size() - 4); // ["..."] -> ...
    const QString html = secret.toHtmlEscaped();
    const QString pct = QString::fromLatin1(QUrl::toPercentEncoding(secret));
    for (const QString &f : {json, html, pct})
        if (!forms.contains(f))
            forms.append(f);
    // Longest first, so a form that contains another is replaced whole.
    std::sort(forms.begin(), forms.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return forms;
}

// Where a value that starts at `from` in `line` ends (exclusive), by the rules of redactText.
qsizetype valueEnd(const QString &line, qsizetype from, QChar before, qsizetype eol)
{
    if (from >= eol)
        return from;
    const QChar q = line.at(from);
    if (q == QLatin1Char('"') || q == QLatin1Char('\'')) {
        for (qsizetype i = from + 1; i < eol; ++i) {
            if (line.at(i) == QLatin1Char('\\')) {
                ++i;
                continue;
            }
            if (line.at(i) == q)
                return i + 1;
        }
        return eol; // cut off: to the end of the line
    }
    if (before == QLatin1Char('?') || before == QLatin1Char('&')) {
        qsizetype i = from;
        while (i < eol && !QStringLiteral("&# \t\"'<>").contains(line.at(i)))
            ++i;
        return i;
    }
    return eol;
}

QString maskValue(const QString &value)
{
    if (value.size() >= 2 && (value.front() == QLatin1Char('"') || value.front() == QLatin1Char('\''))) {
        const bool closed = value.back() == value.front();
        if (closed && value.size() == 2)
            return value; // "" is no secret
        return value.front() + kRedacted + (closed ? QString(value.back()) : QString());
    }
    return value.trimmed().isEmpty() ? value : kRedacted;
}

QString redactLine(QString line)
{
    qsizetype eol = line.size();
    if (eol > 0 && line.at(eol - 1) == QLatin1Char('\r'))
        --eol;

    // URL user info.
    static const QRegularExpression userInfo(
        QStringLiteral("\\b([a-z][a-z0-9+.-]*://)([^\\s/?#@\"'<>]*:[^\\s@\"'<>]*|[^\\s/?#@:\"'<>]+)@"), kCase);
    line.replace(userInfo, QStringLiteral("\\1") + kRedacted + QLatin1Char('@'));
    eol = line.size() - (line.endsWith(QLatin1Char('\r')) ? 1 : 0);

    // Headers that carry credentials or sessions: everything after the colon.
    static const QRegularExpression header(
        QStringLiteral("(?<![\\w-])(?:proxy-)?authorization[ \\t]*:[ \\t]*|(?<![\\w-])(?:set-)?cookie[ \\t]*:[ \\t]*"),
        kCase);
    if (const auto m = header.match(line); m.hasMatch() && m.capturedEnd() < eol)
        line = line.left(m.capturedEnd()) + kRedacted + line.mid(eol);
    eol = line.size() - (line.endsWith(QLatin1Char('\r')) ? 1 : 0);

    // <password>secret</password>
    static const QRegularExpression element(QStringLiteral("<([\\w.:-]+)(?:[\\s+][^>]*)?>([^<]*)"));
    {
        QString out;
        qsizetype last = 0;
        auto it = element.globalMatch(line);
        while (it.hasNext()) {
            const auto m = it.next();
            QString tag = m.captured(1);
            tag = tag.mid(tag.lastIndexOf(QLatin1Char(':')) + 1);
            const QString value = m.captured(2);
            if (!isSecretKey(tag) || value.trimmed().isEmpty() || value.trimmed() == kRedacted)
                continue;
            out += line.mid(last, m.capturedStart(2) - last) + kRedacted;
            last = m.capturedEnd(2);
            if (value.endsWith(QLatin1Char('\r')))
                out += QLatin1Char('\r');
        }
        if (last > 0)
            line = out + line.mid(last);
    }
    eol = line.size() - (line.endsWith(QLatin1Char('\r')) ? 1 : 0);

    // key=value, key: value, "key": "value", key="value".
    static const QRegularExpression pair(
        QStringLiteral("(?<![\\w.-])([\"']?)([\\w.-]+)\\1[ \\t]*([=:])[ \\t]*"));
    QString out;
    qsizetype pos = 0;
    qsizetype copied = 0;
    while (pos < eol) {
        const auto m = pair.match(line, pos);
        if (!m.hasMatch() || m.capturedStart() >= eol)
            break;
        const QString key = m.captured(2);
        const bool secret = isSecretKey(key)
                            && !(m.captured(3) == QLatin1String(":") && isShortSecretKey(key));
        const qsizetype from = m.capturedEnd();
        if (!secret || from >= eol) {
            pos = m.capturedEnd(2) > pos ? m.capturedEnd(2) : pos + 1;
            continue;
        }
        const QChar before = m.capturedStart() > 0 ? line.at(m.capturedStart() - 1) : QChar();
        const qsizetype end = valueEnd(line, from, before, eol);
        out += line.mid(copied, from - copied) + maskValue(line.mid(from, end - from));
        copied = end;
        pos = end > from ? end : from + 1;
    }
    if (copied > 0)
        line = out + line.mid(copied);

    static const QRegularExpression blob(
        QStringLiteral("!crypt[^\\s\"'<>]*|\\bcryptcstex[^\\s\"'<>]*|\\bcryptng[^\\s\"'<>]*|\\[enc:[^\\]]*:enc\\]"),
        kCase);
    line.replace(blob, kRedacted);
    return line;
}

QtMessageHandler s_previousHandler = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (s_previousHandler)
        s_previousHandler(type, context, redactText(message));
}

} // namespace

bool isSecretKey(const QString &key)
{
    return !key.isEmpty() && (secretWord().match(key).hasMatch() || secretWholeKey().match(key).hasMatch());
}

bool isEncryptedValue(const QString &value)
{
    const QString v = value.trimmed();
    return v.startsWith(QLatin1String("!CRYPT"), Qt::CaseInsensitive)
           || v.startsWith(QLatin1String("CRYPTCSTEX"), Qt::CaseInsensitive)
           || v.startsWith(QLatin1String("CRYPTNG"), Qt::CaseInsensitive)
           || (v.startsWith(QLatin1String("[enc:"), Qt::CaseInsensitive)
               && v.endsWith(QLatin1String(":enc]"), Qt::CaseInsensitive));
}

QString redactValue(const QString &key, const QString &value)
{
    if (value.isEmpty())
        return value;
    if (isSecretKey(key) || isEncryptedValue(value))
        return kRedacted;
    return redactText(value);
}

QString redactText(const QString &text, const QStringList &knownSecrets)
{
    QString out = text;
    for (const QString &s : knownSecrets)
        if (!s.isEmpty())
            for (const QString &form : formsOf(s))
                out.replace(form, kRedacted);
    if (out.isEmpty())
        return out;
    QString result;
    result.reserve(out.size());
    qsizetype start = 0;
    while (start <= out.size()) {
        qsizetype nl = out.indexOf(QLatin1Char('\n'), start);
        const bool last = nl < 0;
        if (last)
            nl = out.size();
        result += redactLine(out.mid(start, nl - start));
        if (last)
            break;
        result += QLatin1Char('\n');
        start = nl + 1;
    }
    return result;
}

EvidenceRow redactEvidence(const EvidenceRow &row, const QStringList &knownSecrets)
{
    EvidenceRow r = row;
    const bool secret = row.secret || isSecretKey(row.key) || isEncryptedValue(row.found);
    r.item = redactText(row.item, knownSecrets);
    r.file = redactText(row.file, knownSecrets);
    r.section = redactText(row.section, knownSecrets);
    r.key = redactText(row.key, knownSecrets);
    r.found = row.found.isEmpty() ? row.found : secret ? kRedacted : redactText(row.found, knownSecrets);
    r.expected = isEncryptedValue(row.expected) ? kRedacted
                 : isSecretKey(row.key) && !row.expected.isEmpty() ? kRedacted
                                                                    : redactText(row.expected, knownSecrets);
    r.note = redactText(row.note, knownSecrets);
    r.secret = secret;
    return r;
}

void installRedactingMessageHandler()
{
    static std::atomic<bool> installed{false};
    if (installed.exchange(true))
        return;
    // Qt returns its default handler when none was installed before.
    s_previousHandler = qInstallMessageHandler(&redactingHandler);
}

} // namespace kb
