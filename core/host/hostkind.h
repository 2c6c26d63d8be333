#pragma once

#include <QString>

namespace kb {

// Which backend a Host is, or which one the user asked for. Auto: demo for a demo sandbox,
// Windows on Windows (and for a remote \\server on any OS), None elsewhere.
enum class HostKind { Auto, Windows, Demo, None };

// "windows", "demo", "none" ("" for Auto): the ids of --host and of the JSON report.
QString hostKindId(HostKind kind);
// Parses an id of hostKindId() ("" = Auto); false for anything else.
bool parseHostKind(const QString &id, HostKind *kind);

} // namespace kb
