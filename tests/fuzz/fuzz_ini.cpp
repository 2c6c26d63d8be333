// INI reader/writer: parse never crashes; whatever parses serializes back byte-identically,
// and an edit keeps the document parseable with every other line unchanged.
#include "inidocument.h"

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
        // The edited line holds the new value (looked up by line: value() only sees the first of
        // duplicate sections, as Windows does, so it is not the right probe here).
        bool found = false;
        for (const kb::IniDocument::Entry &m : reparsed.find(e.section, e.key))
            found = found || (m.line == e.line && m.value == (changed ? QStringLiteral("99999") : e.value));
        if (!found)
            abort();
    }
    return 0;
}
