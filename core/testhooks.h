#pragma once

#include <QString>

namespace kb {

// The test-only environment hooks (KBWIZARD_TOOLS, KBWIZARD_HOSTS_MAP, KBWIZARD_FAULT,
// KBWIZARD_BACKUP_DIR, KBWIZARD_SCREENSHOT_DIR, KBWIZARD_AUTOPILOT, KBWIZARD_FIRST_PAINT). They
// exist only in builds configured with -DKBWIZARD_TEST_HOOKS=ON (the default developer build
// that also builds the tests, used by scripts/test and scripts/demo). The packaged program is built with the option
// OFF: then testHook() is compiled without any environment access and always returns an empty
// string, so none of these variables can change what the program does (security review L1).
//
// Contract: every KBWIZARD_* environment variable the program reads is read here and nowhere
// else (tst_testhooks scans the sources for it).
// KBWIZARD_FIRST_PAINT (bench/): the wizard prints "painted" on its first paint and "ready"
// once its start is complete, then quits.
enum class TestHook { Tools, HostsMap, Fault, BackupDir, ScreenshotDir, Autopilot, FirstPaint };

// The variable's name, e.g. "KBWIZARD_TOOLS".
const char *testHookName(TestHook hook);
// True when this build reads the hooks at all.
bool testHooksEnabled();
// The hook's value, or an empty string when it is unset or the build has no test hooks.
QString testHook(TestHook hook);

} // namespace kb
