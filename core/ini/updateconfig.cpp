#include "ini/updateconfig.h"

#include "fixes/proxytestcredentials.h"
#include "report/redact.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMap>

namespace kb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::UpdateConfig)
};

QString joinNote(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    return b.isEmpty() ? a : a + QStringLiteral("; ") + b;
}

// Loads each file once; a missing or unreadable file is recorded once.
class Files
{
public:
    Files(const CheckContext &ctx, UpdateConfig &out) : m_ctx(ctx), m_out(out) {}
    const IniDocument *get(const QString &rel)
    {
        if (m_docs.contains(rel))
            return m_docs[rel].ok ? &m_docs[rel].doc : nullptr;
        Loaded &l = m_docs[rel];
        KbError err;
        const QString path = m_ctx.target.path(rel);
        if (!QFileInfo::exists(path)) {
            err = KbError::make(QStringLiteral("file.missing"),
                                Tr::tr("%1 does not exist.").arg(Target::displayPath(rel)), path);
        } else {
            l.doc = IniDocument::load(path, &err);
        }
        l.ok = !err;
        if (err)
            m_out.errors.append(err);
        return l.ok ? &l.doc : nullptr;
    }

private:
    struct Loaded
    {
        IniDocument doc;
        bool ok = false;
    };
    const CheckContext &m_ctx;
    UpdateConfig &m_out;
    QMap<QString, Loaded> m_docs;
};

QList<IniDocument::Entry> findAt(const IniDocument &doc, const IniLocation &loc)
{
    return loc.section.isEmpty() ? doc.findKey(loc.key) : doc.find(loc.section, loc.key);
}

void readSources(Files &files, const UpdateConfigLayout &layout, UpdateConfig &out)
{
    QStringList scanned = layout.scannedFiles;
    for (const IniLocation &loc : layout.sourceLocations) {
        if (!scanned.contains(loc.file))
            scanned.append(loc.file);
        const IniDocument *doc = files.get(loc.file);
        const QList<IniDocument::Entry> found = doc ? findAt(*doc, loc) : QList<IniDocument::Entry>();
        UpdateConfig::SourceLine line;
        line.location = loc;
        line.known = true;
        if (!found.isEmpty())
            line.entry = found.first(); // the line Windows reads
        else
            line.entry.section = loc.section;
        out.sources.append(line);
        EvidenceRow row;
        row.file = Target::displayPath(loc.file);
        row.section = found.isEmpty() ? loc.section : line.entry.section;
        row.key = found.isEmpty() ? loc.key : line.entry.key;
        row.found = !doc ? Tr::tr("(file not readable)") : found.isEmpty() ? Tr::tr("(absent)") : line.entry.value;
        row.note = found.isEmpty() ? Tr::tr("checked key %1 in section [%2] of file %3; %4")
                                         .arg(loc.key, loc.section, Target::displayPath(loc.file), loc.note)
                                   : joinNote(Tr::tr("line %1").arg(line.entry.line), loc.note);
        out.sourceEvidence.append(row);
        if (out.primarySource.isEmpty() && !found.isEmpty())
            out.primarySource = line.entry.value;
    }
    // Candidates: any other line whose value names an ActiveUpdate server.
    for (const QString &rel : scanned) {
        const IniDocument *doc = files.get(rel);
        if (!doc || layout.candidateMarker.isEmpty())
            continue;
        for (const IniDocument::Entry &e : doc->entries()) {
            if (!e.value.contains(layout.candidateMarker, Qt::CaseInsensitive))
                continue;
            bool isKnown = false;
            for (const UpdateConfig::SourceLine &s : std::as_const(out.sources))
                isKnown = isKnown || (s.location.file == rel && s.entry.line == e.line);
            if (isKnown)
                continue;
            UpdateConfig::SourceLine line;
            line.location.file = rel;
            line.entry = e;
            out.sources.append(line);
            out.sourceEvidence.append({QString(), Target::displayPath(rel), e.section, e.key, e.value,
                                       QString(),
                                       Tr::tr("line %1; found by scanning for values containing \"%2\": "
                                          "whether the product reads this key is not known [inferred]")
                                           .arg(e.line)
                                           .arg(layout.candidateMarker)});
        }
    }
    if (layout.sourceType.isSet()) {
        const IniDocument *doc = files.get(layout.sourceType.file);
        const QList<IniDocument::Entry> found = doc ? findAt(*doc, layout.sourceType) : QList<IniDocument::Entry>();
        out.sourceTypeValue = found.isEmpty() ? QString() : found.first().value;
        out.sourceEvidence.append({QString(), Target::displayPath(layout.sourceType.file),
                                   found.isEmpty() ? layout.sourceType.section : found.first().section,
                                   found.isEmpty() ? layout.sourceType.key : found.first().key,
                                   found.isEmpty() ? Tr::tr("(absent)") : found.first().value, QString(),
                                   joinNote(layout.sourceTypeMeaning, layout.sourceType.note)});
    }
}

void readProxy(Files &files, const ProxyLayout &p, UpdateConfig &out,
               const ProxyTestCredentials *credentials)
{
    const IniDocument *doc = files.get(p.file);
    out.proxyReadable = doc != nullptr;
    auto value = [&](const QString &key, bool *present) {
        *present = false;
        if (!doc || key.isEmpty())
            return QString();
        return doc->value(p.section, key, QString(), present).trimmed();
    };
    auto row = [&](const QString &key, const QString &found, bool present, const QString &note) {
        out.proxyEvidence.append({QString(), Target::displayPath(p.file), p.section, key,
                                  !doc ? Tr::tr("(file not readable)") : present ? found : Tr::tr("(absent)"),
                                  QString(), note});
    };
    bool hasEnable = false, hasType = false, hasAddr = false, hasPort = false, hasUser = false, hasPwd = false;
    const QString enable = value(p.enableKey, &hasEnable);
    const QString type = value(p.typeKey, &hasType);
    const QString addr = value(p.addressKey, &hasAddr);
    const QString port = value(p.portKey, &hasPort);
    const QString user = value(p.userKey, &hasUser);
    const QString pwd = value(p.passwordKey, &hasPwd);
    row(p.enableKey, enable, hasEnable, p.note);
    row(p.typeKey, type, hasType, p.note);
    row(p.addressKey, addr, hasAddr, p.note);
    row(p.portKey, port, hasPort, p.note);
    row(p.userKey, user, hasUser, p.note);
    out.proxyPasswordStored = hasPwd && !pwd.isEmpty();
    EvidenceRow pw{QString(), Target::displayPath(p.file), p.section, p.passwordKey,
                   !hasPwd ? Tr::tr("(absent)") : pwd.isEmpty() ? Tr::tr("(empty)") : kRedacted, QString(),
                   joinNote(isEncryptedValue(pwd) ? Tr::tr("stored encrypted by the product; never shown")
                                                  : Tr::tr("never shown"),
                            p.passwordNote)};
    pw.secret = out.proxyPasswordStored;
    out.proxyEvidence.append(pw);

    out.proxyEnabled = hasEnable ? enable == p.enabledValue : !addr.isEmpty();
    auto isOneOf = [&](const QStringList &l) {
        for (const QString &v : l)
            if (type.compare(v, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    };
    ProxySettings s;
    s.type = isOneOf(p.socks5Types) ? ProxySettings::Type::Socks5
           : isOneOf(p.socks4Types) ? ProxySettings::Type::Socks4
                                    : ProxySettings::Type::Http;
    s.host = addr;
    bool ok = false;
    const uint n = port.toUInt(&ok);
    s.port = ok && n > 0 && n < 65536 ? quint16(n) : 0;
    s.user = user;
    if (!out.proxyEnabled)
        s.type = ProxySettings::Type::None;
    if (credentials)
        s.password = credentials->passwordFor(s.host, s.port, s.user);
    out.proxy = s;
}

} // namespace

UpdateConfig UpdateConfig::read(const CheckContext &ctx, const UpdateConfigLayout &layout,
                                const ProxyTestCredentials *credentials)
{
    UpdateConfig out;
    Files files(ctx, out);
    readSources(files, layout, out);
    if (!layout.proxy.file.isEmpty())
        readProxy(files, layout.proxy, out, credentials);

    out.timeoutSeconds = layout.defaultTimeoutSeconds;
    if (layout.downloadTimeout.isSet()) {
        const IniDocument *doc = files.get(layout.downloadTimeout.file);
        const QList<IniDocument::Entry> found = doc ? findAt(*doc, layout.downloadTimeout) : QList<IniDocument::Entry>();
        bool ok = false;
        const qlonglong v = found.isEmpty() ? 0 : found.first().value.toLongLong(&ok);
        out.timeoutConfigured = ok && v > 0;
        if (out.timeoutConfigured)
            out.timeoutSeconds = int(qMin<qlonglong>(v * layout.timeoutUnitMs / 1000, 365 * 86400));
        out.timeoutEvidence = {QString(), Target::displayPath(layout.downloadTimeout.file),
                               found.isEmpty() ? Tr::tr("(any section)") : found.first().section,
                               found.isEmpty() ? layout.downloadTimeout.key : found.first().key,
                               found.isEmpty() ? Tr::tr("(absent)") : found.first().value, QString(),
                               joinNote(out.timeoutConfigured
                                            ? Tr::tr("%L1 s").arg(out.timeoutSeconds)
                                            : Tr::tr("not set: assuming the default of %L1 s").arg(out.timeoutSeconds),
                                        layout.timeoutNote)};
    }
    return out;
}

QString UpdateConfig::normalized(const QString &url)
{
    QUrl u(url.trimmed());
    QString s = u.isValid() ? u.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments).toString()
                            : url.trimmed();
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    return s.toLower();
}

QString UpdateConfig::activeUpdateSourceFor(const UpdateConfigLayout &layout, const QString &version)
{
    const QString v = version.trimmed();
    for (const auto &row : layout.activeUpdateSources) {
        if (v == row.first || v.startsWith(row.first + QLatin1Char(' '))
            || v.startsWith(row.first + QLatin1Char('.')))
            return row.second;
    }
    return QString();
}

QString UpdateConfig::versionOfSource(const UpdateConfigLayout &layout, const QString &url)
{
    const QString host = QUrl(url.trimmed()).host().toLower();
    if (host.isEmpty())
        return QString();
    for (const auto &row : layout.activeUpdateSources)
        if (QUrl(row.second).host().toLower() == host)
            return row.first;
    return QString();
}

QUrl UpdateConfig::serverIniUrl(const UpdateConfigLayout &layout, const QString &source)
{
    QString base = source.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base + QLatin1Char('/') + layout.serverIniName);
}

} // namespace kb
