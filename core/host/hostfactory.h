#pragma once

#include "host/host.h"
#include "target.h"

#include <memory>

namespace kb {

// The host backend for a target. Auto: demo for a target inside a demo sandbox, Windows on
// Windows, None elsewhere. Windows works on any OS (tests: the tools found in KBWIZARD_TOOLS).
// Making a host has no side effect: the demo's simulated network is Session's business.
std::unique_ptr<Host> makeHost(HostKind kind, const Target &target, KbError *error);

} // namespace kb
