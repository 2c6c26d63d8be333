#pragma once

#include "kberror.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace kb {

// A lossless, editable view of a Windows INI file.
//
// Contract:
// - Reads ANSI/UTF-8 (no BOM or UTF-8 BOM) and UTF-16LE with BOM; CRLF, LF or mixed line
//   endings; ';' and '#' comments; keys before any section; duplicate sections and keys;
//   inconsistent spacing around '='.
// - Lookup of sections and keys is case-insensitive, as GetPrivateProfileString is; the first
//   matching section/key wins for value(), like Windows: only the first of duplicate sections
//   is searched (find()/findKey()/entries() still report every line). Section names, keys and
//   values are compared/returned trimmed; values are returned as written otherwise (quotes and
//   a trailing "; text" are part of the value, as in Windows).
// - Bytes without a BOM that are valid UTF-8 are UTF-8; otherwise they are ANSI, read as
//   Windows-1252 with the five unassigned bytes mapped to U+0081/8D/8F/90/9D, so every byte
//   round-trips. Lines that are neither section, key=value, comment nor blank are kept verbatim
//   and ignored, as Windows ignores them. '#' starts a comment line like ';'.
// - serialize() of an unmodified document returns exactly the bytes that were parsed.
// - An edit changes only the edited line(s) (or inserts one line); encoding, BOM, line endings
//   (the document's dominant one for inserted lines), the key's own spelling and the spacing
//   around '=' are kept.
// - Malformed input (NUL bytes / binary data in an 8-bit file, an odd-length or truncated
//   UTF-16 body, invalid surrogates, other control characters than tab and Ctrl+Z, a line
//   longer than 64 Ki characters) yields a KbError naming the file and the 1-based line;
//   load() refuses files over kMaxIniBytes. Parse never crashes and never "repairs" input.
class IniDocument
{
public:
    enum class Encoding { Utf8OrAnsi, Utf8Bom, Utf16LeBom };

    struct Entry // one key=value line
    {
        QString section; // section name as written in the file ("" before any section)
        QString key;     // key as written (own spelling, trimmed)
        QString value;   // value as written, trimmed of surrounding spaces
        int line = 0;    // 1-based line number in the file
    };

    IniDocument() = default;

    // Parses bytes; `fileName` is only used in error messages.
    static IniDocument parse(const QByteArray &bytes, const QString &fileName, KbError *error);
    // Larger files are not INI files of a Security Server (the largest are a few hundred KiB).
    static constexpr qint64 kMaxIniBytes = 16 * 1024 * 1024;
    // Reads and parses a file (a missing/unreadable file is an error naming the file).
    static IniDocument load(const QString &path, KbError *error);

    QByteArray serialize() const;
    // Writes atomically (writeFileAtomically); errors have the code ini.write.
    KbError save(const QString &path) const;

    Encoding encoding() const;
    bool usesCrLf() const; // dominant line ending
    QString fileName() const;

    QStringList sections() const;                           // in file order, as written, duplicates kept
    bool hasSection(const QString &section) const;          // case-insensitive
    QList<Entry> entries() const;                           // every key=value line in file order
    QList<Entry> find(const QString &section, const QString &key) const; // all matches, case-insensitive
    QList<Entry> findKey(const QString &key) const;         // matches in any section
    QString value(const QString &section, const QString &key, const QString &def = QString(),
                  bool *found = nullptr) const;             // first match, like Windows

    // Edits. All return false when nothing matched/changed, and also (leaving the document
    // untouched) when the text cannot be written as one line of this document: it contains a
    // line break or NUL, or a character the document's encoding cannot hold (see canEncode()).
    // Replaces the value of the key=value line at `line` (1-based), keeping key spelling/spacing.
    bool setValueAtLine(int line, const QString &value);
    // Sets the first matching key in the first matching section; if the key is absent, inserts
    // "key=value" after the last key line of that section; if the section is absent and
    // `createSection` is true, appends "[section]" and the key at the end of the file.
    bool setValue(const QString &section, const QString &key, const QString &value,
                  bool createSection = false);

    // Conveniences.
    bool isAnsi() const;                       // bytes were not valid UTF-8: read as Windows-1252
    bool canEncode(const QString &text) const; // `text` survives this document's encoding
    int lineCount() const;                     // physical lines (a lone CR also ends a line)

private:
    enum class Eol : quint8 { None, Lf, CrLf, Cr };
    enum class Kind : quint8 { Blank, Comment, Section, Key, Other };
    // One physical line: its text without the line ending, the ending it had, and what it is.
    // serialize() writes text + ending for every line, so the input is reproduced exactly.
    struct Line
    {
        QString text;
        Eol eol = Eol::None;   // Eol::None only on a last line without a final newline
        Kind kind = Kind::Other;
        int nameStart = 0;     // Section: the name between the brackets, trimmed;
        int nameLen = 0;       // Key: the key before the first '=', trimmed
        int valueStart = 0;    // Key: the value after the first '=', trimmed
        int valueLen = 0;
    };
    struct Region // the lines of one section: [begin, end); header -1 for keys before any section
    {
        int header = -1;
        int begin = 0;
        int end = 0;
    };

    static void classify(Line &line);
    static QStringView nameOf(const Line &line);
    static QStringView valueOf(const Line &line);
    bool findRegion(QStringView section, Region *region) const;
    int findKeyIn(const Region &region, QStringView key) const; // index or -1
    void insertLine(int index, const QString &text);
    bool isWritable(const QString &text) const;

    QList<Line> m_lines;
    Encoding m_encoding = Encoding::Utf8OrAnsi;
    bool m_isUtf8 = true;  // false: bytes were not valid UTF-8, kept as Windows-1252 (ANSI)
    Eol m_eol = Eol::CrLf; // dominant line ending, used for inserted lines
    QString m_fileName;
};

} // namespace kb
