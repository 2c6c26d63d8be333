#include "ini/inidocument.h"

#include "backup/atomicfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstring>
#include <type_traits>

namespace kb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::IniDocument)
};

// Windows-1252 for the bytes 0x80..0x9F. The five bytes Windows leaves unassigned (0x81, 0x8D,
// 0x8F, 0x90, 0x9D) map to the C1 control of the same value, as MultiByteToWideChar does; every
// other byte maps to the code point of the same value (Latin-1). So decoding is a bijection
// between the 256 byte values and 256 distinct code points, and every ANSI file round-trips.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

inline char16_t fromCp1252(uchar b)
{
    return (b >= 0x80 && b < 0xA0) ? kCp1252High[b - 0x80] : char16_t(b);
}

// The Windows-1252 byte for `c`, or -1 when it has none.
inline int toCp1252(char16_t c)
{
    if (c < 0x80 || (c >= 0xA0 && c <= 0xFF))
        return c;
    for (int i = 0; i < 32; ++i)
        if (kCp1252High[i] == c)
            return 0x80 + i;
    return -1;
}

// Whitespace around names and values. Windows' profile code also skips ^Z (0x1A), the old DOS
// end-of-file marker, which some editors still leave at the end of INI files.
inline bool isIniSpace(QChar c)
{
    return c.isSpace() || c.unicode() == 0x1A;
}

QStringView trimmedView(QStringView s)
{
    qsizetype b = 0, e = s.size();
    while (b < e && isIniSpace(s[b]))
        ++b;
    while (e > b && isIniSpace(s[e - 1]))
        --e;
    return s.mid(b, e - b);
}

inline bool sameName(QStringView a, QStringView b)
{
    // Case folding keeps the length of UTF-16 text, so a size mismatch is a cheap "no".
    return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
}

bool hasUnpairedSurrogate(QStringView s)
{
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s[i].unicode();
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 < n && QChar::isLowSurrogate(s[i + 1].unicode()))
                ++i;
            else
                return true;
        } else if (QChar::isLowSurrogate(c)) {
            return true;
        }
    }
    return false;
}

// Strict UTF-8 (RFC 3629): no overlong forms, no encoded surrogates, nothing above U+10FFFF.
bool isValidUtf8(const uchar *p, const uchar *end)
{
    while (p < end) {
        while (end - p >= 8) { // ASCII fast path
            quint64 w;
            std::memcpy(&w, p, 8);
            if (w & Q_UINT64_C(0x8080808080808080))
                break;
            p += 8;
        }
        if (p >= end)
            break;
        const uchar c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int n;
        uint cp;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= n)
            return false;
        for (int i = 1; i <= n; ++i) {
            const uchar d = p[i];
            if ((d & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (d & 0x3F);
        }
        if (n == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
            return false;
        if (n == 3 && (cp < 0x10000 || cp > 0x10FFFF))
            return false;
        p += n + 1;
    }
    return true;
}

// Line-ending codes used by splitLines(); the same order as IniDocument::Eol.
enum EolCode { EolNone = 0, EolLf = 1, EolCrLf = 2, EolCr = 3 };

// Calls onLine(start, length, eolCode) for each physical line of d[0..n). "\r\n", "\n" and a
// lone "\r" end a line; a last line without an ending is reported with EolNone. Linear.
template <typename T, typename Emit>
void splitLines(const T *d, qsizetype n, Emit &&onLine)
{
    qsizetype start = 0, i = 0;
    while (i < n) {
        const T c = d[i];
        if (c == T('\n')) {
            onLine(start, i - start, EolLf);
            start = ++i;
        } else if (c == T('\r')) {
            if (i + 1 < n && d[i + 1] == T('\n')) {
                onLine(start, i - start, EolCrLf);
                i += 2;
            } else {
                onLine(start, i - start, EolCr);
                ++i;
            }
            start = i;
        } else {
            ++i;
        }
    }
    if (start < n)
        onLine(start, n - start, EolNone);
}

// What a Windows INI file never holds: control characters other than tab, the line endings and
// a DOS end-of-file mark (Ctrl+Z), and lines longer than kMaxLineChars. Either means the file is
// binary or damaged; reading on would "find" nothing and call the step passed.
constexpr qsizetype kMaxLineChars = 64 * 1024;

struct TextProblem
{
    enum Kind { None, Control, LongLine } kind = None;
    unsigned code = 0; // the control character
    int line = 0;
};

template <typename T>
TextProblem findTextProblem(const T *d, qsizetype n)
{
    using U = std::make_unsigned_t<T>;
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned c = U(d[i]);
        if (c == '\n') {
            ++line;
            lineStart = i + 1;
            continue;
        }
        if (c == '\r') {
            if (!(i + 1 < n && d[i + 1] == T('\n'))) {
                ++line;
                lineStart = i + 1;
            }
            continue;
        }
        if (c < 0x20 && c != '\t' && c != 0x1A)
            return {TextProblem::Control, c, line};
        if (i - lineStart >= kMaxLineChars)
            return {TextProblem::LongLine, 0, line};
    }
    return {};
}

// 1-based line of d[pos], counting "\r\n", "\n" and a lone "\r" as line ends.
template <typename T>
int lineAt(const T *d, qsizetype n, qsizetype pos)
{
    int line = 1;
    for (qsizetype i = 0; i < pos && i < n; ++i) {
        if (d[i] == T('\n'))
            ++line;
        else if (d[i] == T('\r') && !(i + 1 < n && d[i + 1] == T('\n')))
            ++line;
    }
    return line;
}

QString decodeCp1252(const char *p, qsizetype len)
{
    QString s(len, Qt::Uninitialized);
    char16_t *dst = reinterpret_cast<char16_t *>(s.data());
    for (qsizetype i = 0; i < len; ++i)
        dst[i] = fromCp1252(uchar(p[i]));
    return s;
}

// Decodes one line of valid UTF-8; returns false if Qt's decoder would not reproduce the bytes
// (a safety net: the caller then reads the whole file as ANSI, so nothing is ever lost).
bool decodeUtf8(const char *p, qsizetype len, QString *out)
{
    // QString::fromUtf8() drops a leading BOM; inside the body it is an ordinary U+FEFF.
    qsizetype boms = 0;
    while (len - 3 * boms >= 3 && std::memcmp(p + 3 * boms, "\xEF\xBB\xBF", 3) == 0)
        ++boms;
    if (boms == 0) {
        *out = QString::fromUtf8(p, len);
    } else {
        *out = QString(boms, QChar(char16_t(0xFEFF)));
        out->append(QString::fromUtf8(p + 3 * boms, len - 3 * boms));
    }
    if (out->size() == len)
        return true; // pure ASCII
    return out->toUtf8() == QByteArrayView(p, len);
}

constexpr QStringView eolText(int code)
{
    switch (code) {
    case EolLf: return u"\n";
    case EolCrLf: return u"\r\n";
    case EolCr: return u"\r";
    default: return u"";
    }
}

QByteArrayView eolBytes(int code)
{
    switch (code) {
    case EolLf: return QByteArrayView("\n", 1);
    case EolCrLf: return QByteArrayView("\r\n", 2);
    case EolCr: return QByteArrayView("\r", 1);
    default: return QByteArrayView();
    }
}

KbError parseError(const char *code, const QString &message, const QString &file, int line)
{
    return KbError::make(QLatin1String(code), message, file, line);
}

KbError textProblemError(const TextProblem &p, const QString &file)
{
    if (p.kind == TextProblem::Control)
        //: %1 = a control character code such as 0x01
        return parseError("ini.binary",
                          Tr::tr("The file contains the control character %1 (binary data or a "
                                 "damaged file), not INI text.")
                              .arg(QStringLiteral("0x%1").arg(p.code, 2, 16, QLatin1Char('0'))),
                          file, p.line);
    return parseError("ini.long-line",
                      Tr::tr("The line is longer than %L1 characters: this is not INI text (a "
                             "damaged file, or one whose line breaks were lost).")
                          .arg(kMaxLineChars),
                      file, p.line);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Parsing

IniDocument IniDocument::parse(const QByteArray &bytes, const QString &fileName, KbError *error)
{
    KbError dummy;
    KbError &err = error ? *error : dummy;
    err = KbError();

    IniDocument doc;
    doc.m_fileName = fileName;

    const auto *raw = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype counts[4] = {0, 0, 0, 0}; // by EolCode

    if (size >= 4 && raw[0] == 0xFF && raw[1] == 0xFE && raw[2] == 0 && raw[3] == 0) {
        err = parseError("ini.encoding", Tr::tr("UTF-32 text is not supported in INI files."), fileName, 1);
        return IniDocument();
    }
    if (size >= 2 && raw[0] == 0xFE && raw[1] == 0xFF) {
        err = parseError("ini.encoding",
                         Tr::tr("UTF-16 big-endian text is not supported in INI files."), fileName, 1);
        return IniDocument();
    }

    if (size >= 2 && raw[0] == 0xFF && raw[1] == 0xFE) {
        // UTF-16LE with BOM: take the code units as they are, after checking they are text.
        doc.m_encoding = Encoding::Utf16LeBom;
        doc.m_isUtf8 = true;
        const qsizetype bodyBytes = size - 2;
        const qsizetype units = bodyBytes / 2;
        QString text(units, Qt::Uninitialized);
        auto *d = reinterpret_cast<char16_t *>(text.data());
        const uchar *src = raw + 2;
        for (qsizetype i = 0; i < units; ++i)
            d[i] = char16_t(src[2 * i] | (src[2 * i + 1] << 8));

        int line = 1;
        for (qsizetype i = 0; i < units; ++i) {
            const char16_t c = d[i];
            if (c == u'\n') {
                ++line;
            } else if (c == u'\r') {
                if (!(i + 1 < units && d[i + 1] == u'\n'))
                    ++line;
            } else if (c == 0) {
                err = parseError("ini.binary",
                                 Tr::tr("The file contains NUL characters (binary data), "
                                    "not INI text."),
                                 fileName, line);
                return IniDocument();
            } else if (QChar::isHighSurrogate(c)) {
                if (i + 1 < units && QChar::isLowSurrogate(d[i + 1])) {
                    ++i;
                } else {
                    err = parseError("ini.surrogate",
                                     Tr::tr("Invalid UTF-16: a high surrogate without its low "
                                        "surrogate."),
                                     fileName, line);
                    return IniDocument();
                }
            } else if (QChar::isLowSurrogate(c)) {
                err = parseError("ini.surrogate",
                                 Tr::tr("Invalid UTF-16: a low surrogate without its high surrogate."),
                                 fileName, line);
                return IniDocument();
            }
        }
        if (bodyBytes % 2 != 0) {
            err = parseError("ini.truncated",
                             Tr::tr("The UTF-16 file has an odd number of bytes (truncated?)."),
                             fileName, line);
            return IniDocument();
        }
        if (const TextProblem p = findTextProblem(d, units); p.kind != TextProblem::None) {
            err = textProblemError(p, fileName);
            return IniDocument();
        }

        doc.m_lines.reserve(lineAt(d, units, units));
        splitLines(d, units, [&](qsizetype start, qsizetype len, int eol) {
            Line l;
            l.text = text.mid(start, len);
            l.eol = Eol(eol);
            classify(l);
            doc.m_lines.append(std::move(l));
            ++counts[eol];
        });
    } else {
        // 8-bit: UTF-8 (with or without BOM) if the bytes are valid UTF-8, else ANSI.
        qsizetype bom = 0;
        if (size >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF) {
            doc.m_encoding = Encoding::Utf8Bom;
            bom = 3;
        } else {
            doc.m_encoding = Encoding::Utf8OrAnsi;
        }
        const char *d = bytes.constData() + bom;
        const qsizetype n = size - bom;

        if (const void *nul = std::memchr(d, 0, size_t(n))) {
            const qsizetype pos = static_cast<const char *>(nul) - d;
            err = parseError("ini.binary",
                             Tr::tr("The file contains NUL bytes (binary data, or UTF-16 without a "
                                "byte order mark), not INI text."),
                             fileName, lineAt(d, n, pos));
            return IniDocument();
        }
        if (const TextProblem p = findTextProblem(d, n); p.kind != TextProblem::None) {
            err = textProblemError(p, fileName);
            return IniDocument();
        }

        doc.m_isUtf8 = isValidUtf8(reinterpret_cast<const uchar *>(d),
                                   reinterpret_cast<const uchar *>(d) + n);
        for (int attempt = 0; attempt < 2; ++attempt) {
            bool ok = true;
            doc.m_lines.clear();
            std::fill(std::begin(counts), std::end(counts), 0);
            splitLines(d, n, [&](qsizetype start, qsizetype len, int eol) {
                if (!ok)
                    return;
                Line l;
                if (doc.m_isUtf8) {
                    if (!decodeUtf8(d + start, len, &l.text)) {
                        ok = false;
                        return;
                    }
                } else {
                    l.text = decodeCp1252(d + start, len);
                }
                l.eol = Eol(eol);
                classify(l);
                doc.m_lines.append(std::move(l));
                ++counts[eol];
            });
            if (ok)
                break;
            doc.m_isUtf8 = false; // Qt would not reproduce these bytes: keep them as ANSI
        }
    }

    // Dominant line ending; ties (and a file without any) prefer CRLF, then LF.
    doc.m_eol = Eol::CrLf;
    qsizetype best = counts[EolCrLf];
    if (counts[EolLf] > best) {
        doc.m_eol = Eol::Lf;
        best = counts[EolLf];
    }
    if (counts[EolCr] > best)
        doc.m_eol = Eol::Cr;
    return doc;
}

IniDocument IniDocument::load(const QString &path, KbError *error)
{
    KbError dummy;
    KbError &err = error ? *error : dummy;
    err = KbError();

    const QFileInfo info(path);
    if (!info.exists()) {
        err = KbError::make(QStringLiteral("ini.notfound"), Tr::tr("The file does not exist."), path);
        return IniDocument();
    }
    if (info.isDir()) {
        err = KbError::make(QStringLiteral("ini.read"), Tr::tr("This is a folder, not a file."), path);
        return IniDocument();
    }
    if (!info.isFile()) { // a device, a pipe: reading could block or never end
        err = KbError::make(QStringLiteral("ini.read"),
                            Tr::tr("This is not a regular file (a device or a pipe)."), path);
        return IniDocument();
    }
    if (info.size() > kMaxIniBytes) {
        //: %L1 = the file's size in bytes, %L2 = the limit in MiB
        err = KbError::make(QStringLiteral("ini.too-large"),
                            Tr::tr("The file is %L1 bytes long; INI files of the Security Server "
                                   "are far smaller, so it is not read (limit: %L2 MiB).")
                                .arg(info.size())
                                .arg(kMaxIniBytes / (1024 * 1024)),
                            path);
        return IniDocument();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err = KbError::make(QStringLiteral("ini.read"),
                            Tr::tr("The file cannot be read: %1").arg(file.errorString()), path);
        return IniDocument();
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        err = KbError::make(QStringLiteral("ini.read"),
                            Tr::tr("The file cannot be read: %1").arg(file.errorString()), path);
        return IniDocument();
    }
    FileReadLog::note(path, &bytes); // the repair plan's record of what a fix read
    return parse(bytes, path, error);
}

void IniDocument::classify(Line &l)
{
    const QStringView t(l.text);
    const qsizetype n = t.size();
    l.nameStart = l.nameLen = l.valueStart = l.valueLen = 0;

    qsizetype f = 0;
    while (f < n && isIniSpace(t[f]))
        ++f;
    if (f == n) {
        l.kind = Kind::Blank;
        return;
    }
    const char16_t c = t[f].unicode();
    if (c == u';' || c == u'#') {
        l.kind = Kind::Comment;
        return;
    }
    auto setRange = [&t](qsizetype b, qsizetype e, int *start, int *len) {
        while (b < e && isIniSpace(t[b]))
            ++b;
        while (e > b && isIniSpace(t[e - 1]))
            --e;
        *start = int(b);
        *len = int(e - b);
    };
    if (c == u'[') {
        // "[Name]", "[ Name ]  ; comment": the name ends at the first ']'. Without any ']' the
        // line is no header; like Windows, it is then read as a key line if it has a '='.
        const qsizetype close = t.indexOf(u']', f + 1);
        if (close >= 0) {
            l.kind = Kind::Section;
            setRange(f + 1, close, &l.nameStart, &l.nameLen);
            return;
        }
    }
    const qsizetype eq = t.indexOf(u'=', f);
    if (eq < 0) {
        l.kind = Kind::Other; // garbage: kept verbatim, ignored by lookups (as Windows does)
        return;
    }
    l.kind = Kind::Key;
    setRange(f, eq, &l.nameStart, &l.nameLen);
    setRange(eq + 1, n, &l.valueStart, &l.valueLen); // an empty value sits at the line's end
}

QStringView IniDocument::nameOf(const Line &line)
{
    return QStringView(line.text).mid(line.nameStart, line.nameLen);
}

QStringView IniDocument::valueOf(const Line &line)
{
    return QStringView(line.text).mid(line.valueStart, line.valueLen);
}

// ---------------------------------------------------------------------------------------------
// Writing

QByteArray IniDocument::serialize() const
{
    qsizetype chars = 0;
    for (const Line &l : m_lines)
        chars += l.text.size() + eolText(int(l.eol)).size();

    QByteArray out;
    switch (m_encoding) {
    case Encoding::Utf16LeBom: {
        out.resize(2 + 2 * chars);
        auto *p = reinterpret_cast<uchar *>(out.data());
        *p++ = 0xFF;
        *p++ = 0xFE;
        auto put = [&p](QStringView s) {
            for (const QChar ch : s) {
                const char16_t u = ch.unicode();
                *p++ = uchar(u & 0xFF);
                *p++ = uchar(u >> 8);
            }
        };
        for (const Line &l : m_lines) {
            put(l.text);
            put(eolText(int(l.eol)));
        }
        break;
    }
    case Encoding::Utf8Bom:
    case Encoding::Utf8OrAnsi: {
        const qsizetype bom = m_encoding == Encoding::Utf8Bom ? 3 : 0;
        if (m_isUtf8) {
            out.reserve(bom + chars + chars / 8);
            if (bom)
                out.append("\xEF\xBB\xBF", 3);
            for (const Line &l : m_lines) {
                out.append(l.text.toUtf8());
                out.append(eolBytes(int(l.eol)));
            }
        } else {
            out.resize(bom + chars);
            char *p = out.data();
            if (bom) {
                std::memcpy(p, "\xEF\xBB\xBF", 3);
                p += 3;
            }
            auto put = [&p](QStringView s) {
                for (const QChar ch : s) {
                    const int b = toCp1252(ch.unicode());
                    *p++ = char(b < 0 ? '?' : b); // never '?' for parsed text: see canEncode()
                }
            };
            for (const Line &l : m_lines) {
                put(l.text);
                put(eolText(int(l.eol)));
            }
        }
        break;
    }
    }
    return out;
}

KbError IniDocument::save(const QString &path) const
{
    // Through writeFileAtomically: every write flushed and checked before the commit (Qt 6.4's
    // QSaveFile commits after a failed flush), then read back.
    KbError e = writeFileAtomically(path, serialize());
    if (e)
        e.code = QStringLiteral("ini.write");
    return e;
}

// ---------------------------------------------------------------------------------------------
// Queries

IniDocument::Encoding IniDocument::encoding() const
{
    return m_encoding;
}

bool IniDocument::usesCrLf() const
{
    return m_eol == Eol::CrLf;
}

QString IniDocument::fileName() const
{
    return m_fileName;
}

bool IniDocument::isAnsi() const
{
    return !m_isUtf8;
}

int IniDocument::lineCount() const
{
    return int(m_lines.size());
}

bool IniDocument::canEncode(const QString &text) const
{
    if (m_isUtf8)
        return !hasUnpairedSurrogate(text);
    for (const QChar ch : text)
        if (toCp1252(ch.unicode()) < 0)
            return false;
    return true;
}

QStringList IniDocument::sections() const
{
    QStringList out;
    for (const Line &l : m_lines)
        if (l.kind == Kind::Section)
            out.append(nameOf(l).toString());
    return out;
}

bool IniDocument::hasSection(const QString &section) const
{
    Region r;
    return findRegion(section, &r);
}

QList<IniDocument::Entry> IniDocument::entries() const
{
    QList<Entry> out;
    QString section;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const Line &l = m_lines.at(i);
        if (l.kind == Kind::Section)
            section = nameOf(l).toString();
        else if (l.kind == Kind::Key)
            out.append(Entry{section, nameOf(l).toString(), valueOf(l).toString(), int(i + 1)});
    }
    return out;
}

QList<IniDocument::Entry> IniDocument::find(const QString &section, const QString &key) const
{
    const QStringView wantSection = trimmedView(section);
    const QStringView wantKey = trimmedView(key);
    QList<Entry> out;
    QStringView current;
    bool inSection = wantSection.isEmpty(); // keys before any section belong to ""
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const Line &l = m_lines.at(i);
        if (l.kind == Kind::Section) {
            current = nameOf(l);
            inSection = sameName(current, wantSection);
        } else if (inSection && l.kind == Kind::Key && sameName(nameOf(l), wantKey)) {
            out.append(Entry{current.toString(), nameOf(l).toString(), valueOf(l).toString(),
                             int(i + 1)});
        }
    }
    return out;
}

QList<IniDocument::Entry> IniDocument::findKey(const QString &key) const
{
    const QStringView wantKey = trimmedView(key);
    QList<Entry> out;
    QStringView current;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const Line &l = m_lines.at(i);
        if (l.kind == Kind::Section)
            current = nameOf(l);
        else if (l.kind == Kind::Key && sameName(nameOf(l), wantKey))
            out.append(Entry{current.toString(), nameOf(l).toString(), valueOf(l).toString(),
                             int(i + 1)});
    }
    return out;
}

QString IniDocument::value(const QString &section, const QString &key, const QString &def,
                           bool *found) const
{
    Region r;
    const int idx = findRegion(section, &r) ? findKeyIn(r, trimmedView(key)) : -1;
    if (found)
        *found = idx >= 0;
    return idx >= 0 ? valueOf(m_lines.at(idx)).toString() : def;
}

// The first section named `section` (Windows never looks into a later duplicate). The keys
// before the first header form the section "", which exists only if it has a key.
bool IniDocument::findRegion(QStringView section, Region *region) const
{
    const QStringView want = trimmedView(section);
    const int n = int(m_lines.size());
    int firstHeader = 0;
    while (firstHeader < n && m_lines.at(firstHeader).kind != Kind::Section)
        ++firstHeader;
    if (want.isEmpty()) {
        for (int i = 0; i < firstHeader; ++i) {
            if (m_lines.at(i).kind == Kind::Key) {
                *region = Region{-1, 0, firstHeader};
                return true;
            }
        }
    }
    for (int i = firstHeader; i < n; ++i) {
        const Line &l = m_lines.at(i);
        if (l.kind != Kind::Section || !sameName(nameOf(l), want))
            continue;
        int end = i + 1;
        while (end < n && m_lines.at(end).kind != Kind::Section)
            ++end;
        *region = Region{i, i + 1, end};
        return true;
    }
    return false;
}

int IniDocument::findKeyIn(const Region &region, QStringView key) const
{
    for (int i = region.begin; i < region.end; ++i) {
        const Line &l = m_lines.at(i);
        if (l.kind == Kind::Key && sameName(nameOf(l), key))
            return i;
    }
    return -1;
}

// ---------------------------------------------------------------------------------------------
// Edits

bool IniDocument::isWritable(const QString &text) const
{
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c == u'\r' || c == u'\n' || c == 0)
            return false;
    }
    return canEncode(text);
}

void IniDocument::insertLine(int index, const QString &text)
{
    Line l;
    l.text = text;
    classify(l);
    l.eol = m_eol;
    if (index >= m_lines.size() && !m_lines.isEmpty() && m_lines.last().eol == Eol::None) {
        // The file has no final newline: end the old last line (so the new one is not glued to
        // it) and keep the file without a final newline.
        m_lines.last().eol = m_eol;
        l.eol = Eol::None;
    }
    m_lines.insert(qMin<qsizetype>(index, m_lines.size()), std::move(l));
}

bool IniDocument::setValueAtLine(int line, const QString &value)
{
    if (line < 1 || line > m_lines.size())
        return false;
    Line &l = m_lines[line - 1];
    if (l.kind != Kind::Key || !isWritable(value))
        return false;
    Line edited = l;
    edited.text.replace(l.valueStart, l.valueLen, value);
    if (edited.text == l.text)
        return false;
    classify(edited);
    if (edited.kind != Kind::Key) // e.g. "[a=1" given "x]" would turn into a section header
        return false;
    l = std::move(edited);
    return true;
}

bool IniDocument::setValue(const QString &section, const QString &key, const QString &value,
                           bool createSection)
{
    const QString sec = trimmedView(section).toString();
    const QString k = trimmedView(key).toString();
    if (k.isEmpty() || !isWritable(k) || !isWritable(value))
        return false;

    // The line we would insert must read back as exactly this key.
    Line keyLine;
    keyLine.text = k + QLatin1Char('=') + value;
    classify(keyLine);
    if (keyLine.kind != Kind::Key || nameOf(keyLine) != k)
        return false;

    Region r;
    if (findRegion(sec, &r)) {
        const int idx = findKeyIn(r, k);
        if (idx >= 0)
            return setValueAtLine(idx + 1, value);
        int at = r.header + 1; // right after the header when the section has no keys
        for (int i = r.begin; i < r.end; ++i)
            if (m_lines.at(i).kind == Kind::Key)
                at = i + 1;
        insertLine(at, keyLine.text);
        return true;
    }
    if (!createSection)
        return false;
    if (sec.isEmpty()) { // keys before any section: the top of the file
        insertLine(0, keyLine.text);
        return true;
    }
    if (!isWritable(sec))
        return false;
    Line header;
    header.text = QLatin1Char('[') + sec + QLatin1Char(']');
    classify(header);
    if (header.kind != Kind::Section || nameOf(header) != sec) // e.g. a ']' in the name
        return false;
    insertLine(int(m_lines.size()), header.text);
    insertLine(int(m_lines.size()), keyLine.text);
    return true;
}

} // namespace kb
