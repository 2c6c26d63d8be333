#include "host/icaclsparser.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::IcaclsParser)
};

QStringList cleanLines(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &l : lines) {
        while (!l.isEmpty() && l.back().isSpace())
            l.chop(1);
    }
    return lines;
}

const QStringList &inheritanceFlags()
{
    static const QStringList flags{QStringLiteral("OI"), QStringLiteral("CI"), QStringLiteral("IO"),
                                   QStringLiteral("NP")};
    return flags;
}

bool summaryNumbers(const QString &line, int *succeeded, int *failed)
{
    static const QList<QRegularExpression> known{
            QRegularExpression(QStringLiteral("Successfully processed (\\d+) files; Failed processing (\\d+) files")),
            QRegularExpression(QStringLiteral("(\\d+) Dateien erfolgreich verarbeitet, bei (\\d+) Dateien")),
            QRegularExpression(QStringLiteral("(\\d+) fichiers correctement trait\\S*\\s*;.*?(\\d+) fichiers")),
            // Other languages: a line without ':' holding exactly two numbers, success first.
            QRegularExpression(QStringLiteral("^[^:\\d]*(\\d+)[^:\\d]+(\\d+)[^:\\d]*$")),
    };
    for (const QRegularExpression &re : known) {
        const auto m = re.match(line);
        if (m.hasMatch()) {
            *succeeded = m.captured(1).toInt();
            *failed = m.captured(2).toInt();
            return true;
        }
    }
    return false;
}

bool isSummary(const QString &line)
{
    int a = 0, b = 0;
    return summaryNumbers(line, &a, &b);
}

// `<path>: <message>`; with a known path, exactly that prefix. Without one: the message must
// not itself start with a path (that is "processed file: C:\x", not an error).
bool isErrorLine(const QString &line, const QString &path)
{
    if (line.isEmpty() || line.front().isSpace() || line.contains(QLatin1String(":(")) || isSummary(line))
        return false;
    if (!path.isEmpty())
        return line.startsWith(path + QLatin1String(": "));
    static const QRegularExpression re(QStringLiteral("^(\\S.*?): (.+)$"));
    static const QRegularExpression pathLike(QStringLiteral("^(?:[A-Za-z]:[\\\\/]|\\\\\\\\|/)"));
    const auto m = re.match(line);
    return m.hasMatch() && !pathLike.match(m.captured(2)).hasMatch()
            && !m.captured(1).endsWith(QLatin1Char(' '));
}

KbError errorFor(int exitCode, const QString &message, const QString &path)
{
    static const QRegularExpression denied(QStringLiteral("denied|verweigert|refus"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (exitCode == 5 || (exitCode == 0 && denied.match(message).hasMatch()))
        return KbError::make(QStringLiteral("acl.accessDenied"),
                             Tr::tr("Access to the permissions of %1 was denied: %2").arg(path, message));
    if (exitCode == 2 || exitCode == 3)
        return KbError::make(QStringLiteral("acl.notFound"), Tr::tr("%1 was not found: %2").arg(path, message));
    if (exitCode == 1332)
        return KbError::make(QStringLiteral("acl.unknownPrincipal"),
                             Tr::tr("icacls does not know the account: %1").arg(message));
    if (exitCode == 87)
        return KbError::make(QStringLiteral("acl.invalidParameter"),
                             Tr::tr("icacls rejected a parameter: %1").arg(message));
    // Exit codes can arrive truncated (POSIX fakes, some Windows builds): English text as a fallback.
    if (message.contains(QLatin1String("No mapping between account names")))
        return KbError::make(QStringLiteral("acl.unknownPrincipal"),
                             Tr::tr("icacls does not know the account: %1").arg(message));
    if (message.contains(QLatin1String("cannot find the"), Qt::CaseInsensitive))
        return KbError::make(QStringLiteral("acl.notFound"), Tr::tr("%1 was not found: %2").arg(path, message));
    if (message.startsWith(QLatin1String("Invalid parameter")))
        return KbError::make(QStringLiteral("acl.invalidParameter"),
                             Tr::tr("icacls rejected a parameter: %1").arg(message));
    return KbError::make(QStringLiteral("acl.failed"),
                         Tr::tr("icacls failed on %1 (exit code %2): %3").arg(path).arg(exitCode).arg(message));
}

bool coversAny(const QStringList &rights, const QStringList &which)
{
    for (const QString &r : rights) {
        for (const QString &w : which) {
            if (r.compare(w, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

QString normalizedPrincipal(QString p)
{
    p = p.trimmed();
    if (p.startsWith(QLatin1Char('*')))
        p.remove(0, 1);
    return p.toCaseFolded();
}

} // namespace

bool parseAclEntry(const QString &text, AclEntry *out)
{
    static const QRegularExpression re(
            QStringLiteral("^(.+?):((?:\\([^()]*\\))*)([A-Za-z]+)?$"));
    const QString t = text.trimmed();
    const auto m = re.match(t);
    if (!m.hasMatch() || (m.capturedLength(2) == 0 && m.capturedLength(3) == 0))
        return false;
    AclEntry e;
    e.principal = m.captured(1).trimmed();
    if (e.principal.isEmpty() || e.principal.contains(QLatin1Char('(')))
        return false;
    static const QRegularExpression group(QStringLiteral("\\(([^()]*)\\)"));
    static const QRegularExpression rightToken(QStringLiteral("^[A-Za-z]+$"));
    QStringList flags;
    auto it = group.globalMatch(m.captured(2));
    while (it.hasNext()) {
        const QString token = it.next().captured(1).trimmed();
        const QString upper = token.toUpper();
        if (upper == QLatin1String("I")) {
            e.inherited = true;
        } else if (upper == QLatin1String("DENY")) {
            e.deny = true;
        } else if (inheritanceFlags().contains(upper)) {
            if (!flags.contains(upper))
                flags << upper;
        } else {
            for (const QString &r : token.split(QLatin1Char(','))) {
                const QString right = r.trimmed();
                if (!rightToken.match(right).hasMatch())
                    return false;
                e.rights << right;
            }
        }
    }
    if (m.capturedLength(3) > 0) {
        // /grant syntax: `joe:f`. Only icacls' simple rights are valid there (a fuzzer found
        // "C:i" taken as a right "I", which reads back as the inherited flag).
        static const QStringList simpleRights = {QStringLiteral("N"), QStringLiteral("F"), QStringLiteral("M"),
                                                 QStringLiteral("RX"), QStringLiteral("R"), QStringLiteral("W"),
                                                 QStringLiteral("D")};
        const QString right = m.captured(3).toUpper();
        if (!simpleRights.contains(right))
            return false;
        e.rights << right;
    }
    if (e.rights.isEmpty())
        return false;
    for (const QString &f : inheritanceFlags()) {
        if (flags.contains(f))
            e.flags << f;
    }
    if (out)
        *out = e;
    return true;
}

QString formatAclEntry(const AclEntry &entry)
{
    QString s = entry.principal + QLatin1Char(':');
    if (entry.inherited)
        s += QLatin1String("(I)");
    for (const QString &f : inheritanceFlags()) {
        if (entry.flags.contains(f, Qt::CaseInsensitive))
            s += QLatin1Char('(') + f + QLatin1Char(')');
    }
    if (entry.deny)
        s += QLatin1String("(DENY)");
    s += QLatin1Char('(') + entry.rights.join(QLatin1Char(',')) + QLatin1Char(')');
    return s;
}

IcaclsSummary parseIcaclsSummary(const QString &output)
{
    IcaclsSummary s;
    for (const QString &line : cleanLines(output)) {
        if (line.isEmpty() || line.front().isSpace() || line.contains(QLatin1String(":(")))
            continue;
        if (summaryNumbers(line, &s.succeeded, &s.failed)) {
            s.found = true;
            break;
        }
    }
    return s;
}

QStringList icaclsErrorLines(const QString &output)
{
    QStringList out;
    for (const QString &line : cleanLines(output)) {
        if (isErrorLine(line, QString()))
            out << line;
    }
    return out;
}

AclListing parseIcaclsListing(const QString &output, const QString &path, int exitCode)
{
    AclListing listing;
    listing.path = path;
    const QStringList lines = cleanLines(output);

    QStringList errors;
    for (const QString &line : lines) {
        if (isErrorLine(line, path) || (!path.isEmpty() && isErrorLine(line, QString())))
            errors << line;
    }

    qsizetype i = 0;
    for (; i < lines.size(); ++i) {
        const QString &l = lines.at(i);
        if (!l.isEmpty() && !l.front().isSpace() && l.contains(QLatin1String(":(")) && !isSummary(l))
            break;
    }
    if (i < lines.size()) {
        const QString &first = lines.at(i);
        qsizetype indent = -1;
        if (!path.isEmpty() && first.startsWith(path + QLatin1Char(' '))) {
            indent = path.size() + 1;
        } else if (i + 1 < lines.size() && !lines.at(i + 1).isEmpty() && lines.at(i + 1).front().isSpace()) {
            // Continuation lines are indented to where the first principal starts.
            const QString &next = lines.at(i + 1);
            indent = 0;
            while (indent < next.size() && next.at(indent) == QLatin1Char(' '))
                ++indent;
        } else {
            indent = first.indexOf(QLatin1Char(' ')) + 1; // single entry, unknown path: best guess
        }
        if (listing.path.isEmpty())
            listing.path = first.left(qMax<qsizetype>(0, indent - 1));
        AclEntry e;
        if (parseAclEntry(first.mid(indent), &e))
            listing.entries << e;
        for (qsizetype j = i + 1; j < lines.size(); ++j) {
            const QString &l = lines.at(j);
            if (l.isEmpty() || !l.front().isSpace())
                break;
            if (parseAclEntry(l, &e))
                listing.entries << e;
        }
    }

    if (!errors.isEmpty()) {
        QString message = errors.first();
        const qsizetype sep = message.indexOf(QLatin1String(": "));
        if (sep >= 0)
            message = message.mid(sep + 2);
        listing.error = errorFor(exitCode, message, listing.path);
    } else if (exitCode != 0) {
        listing.error = errorFor(exitCode, output.trimmed(), listing.path);
    } else if (listing.entries.isEmpty()) {
        listing.error = KbError::make(QStringLiteral("acl.unexpectedOutput"),
                                      Tr::tr("Could not read the permissions of %1 from icacls' output.")
                                              .arg(listing.path));
    }
    return listing;
}

KbError icaclsChangeError(const QString &output, int exitCode, const QString &path)
{
    const IcaclsSummary summary = parseIcaclsSummary(output);
    if (exitCode == 0 && summary.found && summary.failed == 0 && summary.succeeded > 0)
        return KbError();
    // L4: exit 0 without the success summary ("Successfully processed 1 files; Failed processing
    // 0 files" or its translation) is not a success: nothing confirms the change.
    if (exitCode == 0 && !summary.found)
        return KbError::make(QStringLiteral("acl.unexpectedOutput"),
                             Tr::tr("icacls ended without reporting that it processed %1; its output was: %2")
                                     .arg(path, output.trimmed().isEmpty() ? Tr::tr("(nothing)") : output.trimmed()));
    QStringList errors;
    for (const QString &line : cleanLines(output)) {
        if (!line.isEmpty() && !line.front().isSpace() && !isSummary(line)
            && !line.contains(QLatin1String(":(")) && line.contains(QLatin1String(": "))
            && (isErrorLine(line, path) || isErrorLine(line, QString())))
            errors << line;
    }
    return errorFor(exitCode, errors.isEmpty() ? output.trimmed() : errors.join(QLatin1Char(' ')), path);
}

bool aclRightsCoverRead(const QStringList &rights)
{
    static const QStringList read{QStringLiteral("R"), QStringLiteral("RX"), QStringLiteral("M"),
                                  QStringLiteral("F"), QStringLiteral("RD"), QStringLiteral("GR"),
                                  QStringLiteral("GA")};
    return coversAny(rights, read);
}

bool aclRightsCoverWrite(const QStringList &rights)
{
    static const QStringList write{QStringLiteral("W"), QStringLiteral("M"), QStringLiteral("F"),
                                   QStringLiteral("WD"), QStringLiteral("GW"), QStringLiteral("GA")};
    return coversAny(rights, write);
}

bool aclPrincipalMatches(const QString &principal, const QStringList &aliases)
{
    const QString p = normalizedPrincipal(principal);
    const QString account = p.mid(p.lastIndexOf(QLatin1Char('\\')) + 1);
    for (const QString &alias : aliases) {
        const QString a = normalizedPrincipal(alias);
        if (a.isEmpty())
            continue;
        if (a == p || (!a.contains(QLatin1Char('\\')) && a == account))
            return true;
    }
    return false;
}

AclVerdict evaluateReadWrite(const AclListing &listing, const QStringList &principalAliases)
{
    AclVerdict v;
    bool allowRead = false, allowWrite = false;
    for (const AclEntry &e : listing.entries) {
        if (e.flags.contains(QLatin1String("IO"), Qt::CaseInsensitive))
            continue; // inherit-only: applies to children, not to this object
        if (!aclPrincipalMatches(e.principal, principalAliases))
            continue;
        v.matching << e;
        const bool r = aclRightsCoverRead(e.rights);
        const bool w = aclRightsCoverWrite(e.rights);
        if (e.deny) {
            v.readDenied |= r;
            v.writeDenied |= w;
        } else {
            allowRead |= r;
            allowWrite |= w;
        }
    }
    v.canRead = allowRead && !v.readDenied;
    v.canWrite = allowWrite && !v.writeDenied;
    if (v.readDenied || v.writeDenied)
        v.result = AclVerdict::Denied;
    else if (v.canRead && v.canWrite)
        v.result = AclVerdict::Allowed;
    else
        v.result = AclVerdict::Missing;
    return v;
}

QStringList iisIusrsAliases(const QString &serverName)
{
    QStringList aliases{QStringLiteral("BUILTIN\\IIS_IUSRS"), QStringLiteral("VORDEFINIERT\\IIS_IUSRS"),
                        QStringLiteral("IIS_IUSRS"), QStringLiteral("S-1-5-32-568")};
    if (!serverName.isEmpty()) {
        QString server = serverName;
        while (server.startsWith(QLatin1Char('\\')))
            server.remove(0, 1);
        aliases << server + QStringLiteral("\\IIS_IUSRS");
    }
    return aliases;
}

} // namespace kb
