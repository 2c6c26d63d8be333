#pragma once

#include <QString>
#include <QStringList>

namespace kb {

// What an INI-based step looks for: a key (in any of its accepted spellings) in one file,
// and the rule its value must satisfy. Shared by IniValueCheck and IniValueFix, so the check
// and the fix can never disagree.
struct IniRule
{
    enum class Op { Equals, AtLeast, NotEquals };

    QString file;          // relative to PCCSRV, '/' or '\\' separators ("Admin/aucfg.ini")
    QString section;       // empty: any section
    QStringList keys;      // accepted spellings; matched case-insensitively
    Op op = Op::Equals;
    QString value;         // compared against (numbers for AtLeast)
    QString expectedText;  // the "expected" column, e.g. "99999 or more"
    QString fixValue;      // what the fix writes into a failing key
    bool absentFails = true; // no such key: Fail (else Pass: the default applies)
    QString note;          // shown with the evidence, e.g. "key name [inferred]"

    bool accepts(const QString &found) const
    {
        const QString v = found.trimmed();
        switch (op) {
        case Op::Equals: return v.compare(value, Qt::CaseInsensitive) == 0;
        case Op::NotEquals: return v.compare(value, Qt::CaseInsensitive) != 0;
        case Op::AtLeast: {
            bool okFound = false, okMin = false;
            const qlonglong n = v.toLongLong(&okFound), min = value.toLongLong(&okMin);
            return okFound && okMin && n >= min;
        }
        }
        return false;
    }
    QString where() const // "key timeout in any section" / "key X in [S]"
    {
        return section.isEmpty() ? QStringLiteral("%1 (any section)").arg(keys.join(QLatin1Char('/')))
                                 : QStringLiteral("[%1] %2").arg(section, keys.join(QLatin1Char('/')));
    }
};

} // namespace kb
