#pragma once

#include "host/host.h"
#include "target.h"

#include <memory>

namespace kb {

// The host backend for a target. `kind` is "windows", "demo", "none" or "" for the default:
// demo for a target inside a demo sandbox, windows on Windows, none elsewhere.
// "windows" works on any OS: it runs the tools found in KBWIZARD_TOOLS (then PATH).
std::unique_ptr<Host> makeHost(const QString &kind, const Target &target, KbError *error);

} // namespace kb
