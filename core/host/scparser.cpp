#include "host/scparser.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kb {

namespace {

struct Field
{
    QString label;       // as printed (possibly localized)
    QString value;       // trimmed
    QStringList more;    // continuation values (`                   : HTTP` under DEPENDENCIES)
};

struct Block
{
    QString name;
    QList<Field> fields;
    QStringList controls;
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

// The SERVICE_NAME line (not indented) followed by indented `LABEL : value` lines.
Block readBlock(const QStringList &lines)
{
    Block b;
    QString lastTopLevel;
    bool inBlock = false;
    for (const QString &line : lines) {
        const QString t = line.trimmed();
        if (t.isEmpty() || t.startsWith(QLatin1String("[SC]")))
            continue;
        const bool indented = line.front().isSpace();
        if (indented && t.startsWith(QLatin1Char('('))) {
            if (inBlock && b.controls.isEmpty()) {
                const QString inner = t.mid(1, t.endsWith(QLatin1Char(')')) ? t.size() - 2 : -1);
                for (const QString &c : inner.split(QLatin1Char(','), Qt::SkipEmptyParts))
                    b.controls << c.trimmed();
            }
            continue;
        }
        const qsizetype colon = t.indexOf(QLatin1Char(':'));
        if (colon < 0)
            continue;
        const QString label = t.left(colon).trimmed();
        const QString value = t.mid(colon + 1).trimmed();
        if (!indented) {
            if (inBlock)
                break; // a second service block (sc query with several services): first one only
            lastTopLevel = value;
            continue;
        }
        if (!inBlock) {
            inBlock = true;
            b.name = lastTopLevel;
        }
        if (label.isEmpty() && !b.fields.isEmpty())
            b.fields.last().more << value;
        else
            b.fields << Field{label, value, {}};
    }
    return b;
}

quint32 toUInt(const QString &s, int base = 10)
{
    bool ok = false;
    const quint32 v = s.toUInt(&ok, base);
    return ok ? v : 0;
}

const QRegularExpression &stateRe()
{
    static const QRegularExpression re(QStringLiteral(
            "^([0-9a-fA-F]+)\\s+(STOPPED|START_PENDING|STOP_PENDING|RUNNING|CONTINUE_PENDING|"
            "PAUSE_PENDING|PAUSED)\\b"));
    return re;
}

const QRegularExpression &typeRe()
{
    static const QRegularExpression re(QStringLiteral(
            "^([0-9a-fA-F]+)\\s+((?:WIN32|KERNEL|FILE_SYSTEM|ADAPTER|RECOGNIZER|USER)\\w*)"
            "(\\s+\\(interactive\\))?"));
    return re;
}

void readType(const QString &value, quint32 *type, QString *name, bool *interactive)
{
    const auto m = typeRe().match(value);
    if (!m.hasMatch())
        return;
    *type = toUInt(m.captured(1), 16);
    *name = m.captured(2);
    *interactive = m.hasCaptured(3) || (*type & 0x100);
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::ScParser)
};

} // namespace

ServiceState serviceStateFromSc(const QString &constantOrNumber)
{
    static const QStringList names{QStringLiteral("STOPPED"), QStringLiteral("START_PENDING"),
                                   QStringLiteral("STOP_PENDING"), QStringLiteral("RUNNING"),
                                   QStringLiteral("CONTINUE_PENDING"), QStringLiteral("PAUSE_PENDING"),
                                   QStringLiteral("PAUSED")};
    const QString s = constantOrNumber.trimmed();
    const qsizetype idx = names.indexOf(s.toUpper());
    if (idx >= 0)
        return ServiceState(idx + 1);
    bool ok = false;
    const int n = s.toInt(&ok);
    return ok && n >= 1 && n <= 7 ? ServiceState(n) : ServiceState::Unknown;
}

ScFailure parseScFailure(const QString &text)
{
    // "FAILED" is localized on some systems (pt-BR "FALHOU"): match the shape, not the word.
    static const QRegularExpression re(QStringLiteral("^\\s*\\[SC\\]\\s*(\\S+)\\s+\\S+\\s+(\\d+)\\s*:"));
    ScFailure f;
    const QStringList lines = cleanLines(text);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto m = re.match(lines.at(i));
        if (!m.hasMatch())
            continue;
        f.failed = true;
        f.api = m.captured(1);
        f.code = toUInt(m.captured(2));
        QStringList msg;
        for (qsizetype j = i + 1; j < lines.size(); ++j) {
            const QString t = lines.at(j).trimmed();
            if (t.isEmpty()) {
                if (!msg.isEmpty())
                    break;
                continue;
            }
            msg << t;
        }
        f.message = msg.join(QLatin1Char(' '));
        break;
    }
    return f;
}

ScQueryResult parseScQuery(const QString &text)
{
    ScQueryResult r;
    r.failure = parseScFailure(text);
    const Block b = readBlock(cleanLines(text));
    ScServiceBlock &s = r.service;
    s.name = b.name;
    s.controls = b.controls;

    // Labels may be translated: English labels win, otherwise the value's shape and the fixed
    // field order decide (WIN32_EXIT_CODE before SERVICE_EXIT_CODE, CHECKPOINT before WAIT_HINT).
    static const QRegularExpression exitRe(QStringLiteral("^(\\d+)\\s+\\(0x[0-9a-fA-F]+\\)$"));
    static const QRegularExpression hexRe(QStringLiteral("^0x([0-9a-fA-F]+)$"));
    int exitSeen = 0, hexSeen = 0, plainSeen = 0;
    for (const Field &f : b.fields) {
        const QString label = f.label.toUpper();
        const auto st = stateRe().match(f.value);
        if (st.hasMatch()) {
            s.state = serviceStateFromSc(st.captured(2));
            s.valid = s.state != ServiceState::Unknown;
            continue;
        }
        if (label == QLatin1String("TYPE") || typeRe().match(f.value).hasMatch()) {
            readType(f.value, &s.type, &s.typeName, &s.interactive);
            continue;
        }
        const auto ex = exitRe.match(f.value);
        if (label == QLatin1String("WIN32_EXIT_CODE") || (ex.hasMatch() && label != QLatin1String("SERVICE_EXIT_CODE") && exitSeen == 0)) {
            s.win32ExitCode = toUInt(ex.captured(1));
            exitSeen = 1;
            continue;
        }
        if (label == QLatin1String("SERVICE_EXIT_CODE") || ex.hasMatch()) {
            s.serviceExitCode = toUInt(ex.captured(1));
            exitSeen = 2;
            continue;
        }
        const auto hx = hexRe.match(f.value);
        if (label == QLatin1String("CHECKPOINT") || (hx.hasMatch() && label != QLatin1String("WAIT_HINT") && hexSeen == 0)) {
            s.checkpoint = toUInt(hx.captured(1), 16);
            hexSeen = 1;
            continue;
        }
        if (label == QLatin1String("WAIT_HINT") || hx.hasMatch()) {
            s.waitHintMs = toUInt(hx.captured(1), 16);
            hexSeen = 2;
            continue;
        }
        // PID then FLAGS (queryex / start / stop).
        if (label == QLatin1String("PID") || (label != QLatin1String("FLAGS") && plainSeen == 0 && hexSeen == 2)) {
            s.hasPid = true;
            s.pid = toUInt(f.value);
            plainSeen = 1;
            continue;
        }
        if (label == QLatin1String("FLAGS") || plainSeen == 1) {
            s.flags = f.value;
            plainSeen = 2;
        }
    }
    return r;
}

ScServiceConfig parseScQc(const QString &text)
{
    ScServiceConfig c;
    c.failure = parseScFailure(text);
    const Block b = readBlock(cleanLines(text));
    c.name = b.name;
    static const QStringList order{
            QStringLiteral("TYPE"), QStringLiteral("START_TYPE"), QStringLiteral("ERROR_CONTROL"),
            QStringLiteral("BINARY_PATH_NAME"), QStringLiteral("LOAD_ORDER_GROUP"), QStringLiteral("TAG"),
            QStringLiteral("DISPLAY_NAME"), QStringLiteral("DEPENDENCIES"),
            QStringLiteral("SERVICE_START_NAME")};
    static const QRegularExpression startRe(QStringLiteral("^(\\d+)\\s+(\\w+)(\\s+\\(DELAYED\\))?"));
    static const QRegularExpression errRe(QStringLiteral("^(\\d+)\\s+(\\w+)"));
    for (qsizetype i = 0; i < b.fields.size(); ++i) {
        const Field &f = b.fields.at(i);
        QString key = f.label.toUpper();
        if (!order.contains(key))
            key = i < order.size() ? order.at(i) : QString(); // localized label: sc's fixed order
        if (key == QLatin1String("TYPE")) {
            bool interactive = false;
            readType(f.value, &c.type, &c.typeName, &interactive);
        } else if (key == QLatin1String("START_TYPE")) {
            const auto m = startRe.match(f.value);
            if (m.hasMatch()) {
                c.startType = int(toUInt(m.captured(1)));
                c.startTypeName = m.captured(2);
                c.delayedStart = m.hasCaptured(3);
                c.valid = true;
            }
        } else if (key == QLatin1String("ERROR_CONTROL")) {
            const auto m = errRe.match(f.value);
            if (m.hasMatch())
                c.errorControl = int(toUInt(m.captured(1)));
        } else if (key == QLatin1String("BINARY_PATH_NAME")) {
            c.binaryPath = f.value;
        } else if (key == QLatin1String("LOAD_ORDER_GROUP")) {
            c.loadOrderGroup = f.value;
        } else if (key == QLatin1String("TAG")) {
            c.tag = f.value;
        } else if (key == QLatin1String("DISPLAY_NAME")) {
            c.displayName = f.value;
        } else if (key == QLatin1String("DEPENDENCIES")) {
            for (const QString &d : QStringList{f.value} + f.more) {
                if (!d.isEmpty())
                    c.dependencies << d;
            }
        } else if (key == QLatin1String("SERVICE_START_NAME")) {
            c.account = f.value;
        }
    }
    return c;
}

KbError scError(quint32 win32Code, const QString &serviceName, const QString &scMessage)
{
    QString code;
    QString text;
    switch (win32Code) {
    case 5:
        code = QStringLiteral("service.accessDenied");
        text = Tr::tr("Access to service %1 was denied (error 5). Run the wizard as an administrator.");
        break;
    case 1053:
        code = QStringLiteral("service.timeout");
        text = Tr::tr("Service %1 did not respond to the start or control request in time (error 1053).");
        break;
    case 1056:
        code = QStringLiteral("service.alreadyRunning");
        text = Tr::tr("Service %1 is already running (error 1056).");
        break;
    case 1058:
        code = QStringLiteral("service.disabled");
        text = Tr::tr("Service %1 is disabled and cannot be started (error 1058).");
        break;
    case 1060:
        code = QStringLiteral("service.notFound");
        text = Tr::tr("Service %1 is not installed (error 1060).");
        break;
    case 1062:
        code = QStringLiteral("service.notStarted");
        text = Tr::tr("Service %1 has not been started (error 1062).");
        break;
    default:
        code = QStringLiteral("service.failed");
        text = Tr::tr("The service control request for %1 failed with error %2.");
        return KbError::make(code, text.arg(serviceName).arg(win32Code)
                                           + (scMessage.isEmpty() ? QString() : QLatin1Char(' ') + scMessage));
    }
    text = text.arg(serviceName);
    if (!scMessage.isEmpty())
        text += QLatin1Char(' ') + scMessage;
    return KbError::make(code, text);
}

ServiceStatus serviceStatusFromSc(const QString &serviceName, const QString &output, int exitCode)
{
    ServiceStatus st;
    st.name = serviceName;
    const ScQueryResult r = parseScQuery(output);
    // sc's exit code can be truncated (1056 -> 32 on Windows 11): the printed code wins.
    if (r.failure.failed || (!r.service.valid && exitCode != 0)) {
        const quint32 code = r.failure.failed ? r.failure.code : quint32(exitCode);
        if (code == 1060)
            return st; // not installed: an answer, not an error
        st.exists = true; // unknown, but not reported missing
        st.error = scError(code, serviceName, r.failure.message);
        return st;
    }
    if (!r.service.valid) {
        st.error = KbError::make(QStringLiteral("service.unexpectedOutput"),
                                 Tr::tr("Could not read the state of service %1 from sc's output.")
                                         .arg(serviceName));
        return st;
    }
    st.exists = true;
    if (!r.service.name.isEmpty())
        st.name = r.service.name;
    st.state = r.service.state;
    st.win32ExitCode = r.service.win32ExitCode;
    st.pid = r.service.pid;
    return st;
}

} // namespace kb
