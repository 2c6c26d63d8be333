#pragma once

#include "host/host.h"

#include <QString>

namespace kb {

// Parses `reg query "<key>" /v <name>` output:
//
//   (blank line)
//   HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion
//       ProductName    REG_SZ    Windows 10 Pro
//   (blank line)
//
// Value lines are indented 4 spaces, name/type/data separated by 4 spaces; data may be empty
// (`    EditionSubManufacturer    REG_SZ`) and may contain spaces. `valueName` selects the line
// (case-insensitive); empty takes the first value line. reg exits 1 with
// "ERROR: The system was unable to find the specified registry key or value." on stderr when the
// key or value is missing (localized, so the exit code decides): found=false, no error. Access
// denied (in any shipped language) sets registry.accessDenied; exit 1 with a message that is
// neither a known "not found" text nor empty: registry.unrecognized (L4); other exit codes
// registry.failed, exit 0 without the value
// line registry.unexpectedOutput.
RegistryValue parseRegQuery(const QString &stdoutText, const QString &stderrText, int exitCode,
                            const QString &valueName = QString());

// REG_DWORD / REG_QWORD data ("0xa") as a number.
bool regNumericValue(const RegistryValue &value, quint64 *out);

} // namespace kb
