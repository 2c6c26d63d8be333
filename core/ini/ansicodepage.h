#pragma once

#include "kberror.h"

#include <QByteArray>
#include <QString>

namespace kb {

struct FileEdit;

// The ANSI code page of INI files that are not UTF-8 (security review L4). IniDocument reads
// such bytes as Windows-1252 so that every byte round-trips; on a server whose ANSI code page is
// not 1252 (Japanese 932, Chinese 936/950, Korean 949, ...) that would show wrong text and write
// new characters in the wrong encoding. So an edit of such a file is refused, with an error
// naming the file and the line, when
//   - a line holds bytes that are not valid in the server's ANSI code page, or
//   - the code page is not 1252 and an edited line gets a non-ASCII byte (which the document
//     would encode as Windows-1252).
// Unedited lines always keep their bytes; reading and showing the file still work.
namespace AnsiCodePage {

// GetACP() on Windows; elsewhere 1252 unless setAssumed() said otherwise.
int system();
// For tests on non-Windows systems: the code page system() returns (0 = the default again).
void setAssumed(int codePage);
// True when `line` (bytes without the line ending) is valid text in `codePage`.
bool isValidLine(const QByteArray &line, int codePage);
// The refusal for `edit` of an INI file (path ending in ".ini"), or no error. Files that are
// UTF-8 (valid UTF-8, or with a BOM) or UTF-16 are never refused here.
KbError editProblem(const FileEdit &edit);

} // namespace AnsiCodePage

} // namespace kb
