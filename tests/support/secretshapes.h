#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kb::test {

// The secret shapes of the security review's M3 and L3 (at least 30), shared by
// tst_security_redact (every CLI output, report, bundle, log and the preview) and
// tst_security_redactgui (evidence table, previews, clipboard). Every needle is unique to its row.
struct Shape
{
    const char *name;
    const char *text;     // as it appears in a line
    QStringList needles;  // none may survive redaction
};

QList<Shape> shapes();

} // namespace kb::test
