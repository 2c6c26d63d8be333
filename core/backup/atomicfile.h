#pragma once

#include "kberror.h"

#include <QByteArray>
#include <QString>

namespace kb {

// Writes `bytes` to `path` through QSaveFile: the file holds either its old or its new content,
// never a mix, whatever happens to the process. Returns an error naming the file.
// `faultPhase`: the fault point (see faultPoint) reached after half of the bytes are written.
KbError writeFileAtomically(const QString &path, const QByteArray &bytes,
                            const char *faultPhase = nullptr);
// Reads a whole file; an error names the file.
KbError readWholeFile(const QString &path, QByteArray *bytes, qint64 maxBytes = 256 * 1024 * 1024);

// Fault injection for tests of crash safety: when the environment variable
// KBWIZARD_FAULT equals `phase`, the process dies at once (as a power cut or a kill would),
// without unwinding or flushing anything. Phases: "before-backup", "after-backup", "mid-write",
// "before-verify".
void faultPoint(const char *phase);

} // namespace kb
