// INI reader/writer: parse never crashes; whatever parses serializes back byte-identically,
// and an edit keeps the document parseable with every other line unchanged.
#include "ini/inidocument.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), int(size));
    kb::KbError error;
    kb::IniDocument doc = kb::IniDocument::parse(bytes, QStringLiteral("fuzz.ini"), &error);
    if (error) {
        if (error.line < 0 || error.file != QLatin1String("fuzz.ini"))
            abort();
        return 0;
    }
    if (doc.serialize() != bytes)
        abort(); // round-trip property
    const QList<kb::IniDocument::Entry> entries = doc.entries();
    if (!entries.isEmpty()) {
        const kb::IniDocument::Entry e = entries.constFirst();
        const bool changed = doc.setValueAtLine(e.line, QStringLiteral("99999"));
        kb::KbError again;
        const kb::IniDocument reparsed = kb::IniDocument::parse(doc.serialize(), QStringLiteral("fuzz.ini"), &again);
        if (again)
            abort(); // an edit must never make a valid file invalid
        // The edited line holds the new value. It is found by line, not by name: an edit can
        // turn an ANSI file into valid UTF-8 (the fuzzer found a stray BOM sequence whose only
        // non-UTF-8 neighbour was the old value), and then other non-ASCII bytes decode
        // differently on the next read, although every byte is kept.
        bool found = false;
        for (const kb::IniDocument::Entry &m : reparsed.entries())
            found = found || (m.line == e.line && m.value == (changed ? QStringLiteral("99999") : e.value));
        if (!found)
            abort();
        // An edit changes one line only. In 8-bit files, lines are compared as bytes; in UTF-16
        // a 0x0A byte is half of some other character (the fuzzer found a value holding
        // U+0A0D), so there the entries are compared instead: all but the edited one unchanged.
        if (doc.encoding() == kb::IniDocument::Encoding::Utf16LeBom) {
            const QList<kb::IniDocument::Entry> now = reparsed.entries();
            if (reparsed.lineCount() != kb::IniDocument::parse(bytes, QString(), nullptr).lineCount()
                || now.size() != entries.size())
                abort();
            for (int i = 0; i < entries.size(); ++i)
                if (entries.at(i).line != e.line
                    && (now.at(i).line != entries.at(i).line || now.at(i).key != entries.at(i).key
                        || now.at(i).value != entries.at(i).value || now.at(i).section != entries.at(i).section))
                    abort();
        } else {
            const QList<QByteArray> before = bytes.split('\n'), after = doc.serialize().split('\n');
            if (before.size() != after.size())
                abort();
            int differing = 0;
            for (int i = 0; i < before.size(); ++i)
                differing += before.at(i) != after.at(i);
            if (differing > 1)
                abort();
        }
    }
    return 0;
}
