#pragma once

#include <QString>
#include <QStringList>

namespace kb::test {

// A recorded Windows tool output from tests/data/windows/ (stored with CRLF, as Windows
// prints it). A missing fixture stops the test.
QString fixture(const QString &name);
// "crlf": the output as Windows prints it; "lf"; "stripped": LF, trailing spaces and leading
// blank lines gone (what a web page keeps of a capture). Parsers must read all three.
QString variant(const QString &crlf, const QString &kind);
inline const QStringList kVariants{QStringLiteral("crlf"), QStringLiteral("lf"), QStringLiteral("stripped")};

} // namespace kb::test
