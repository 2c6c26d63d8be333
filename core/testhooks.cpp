#include "testhooks.h"

#include <QtGlobal>

namespace kb {

const char *testHookName(TestHook hook)
{
    switch (hook) {
    case TestHook::Tools: return "KBWIZARD_TOOLS";
    case TestHook::HostsMap: return "KBWIZARD_HOSTS_MAP";
    case TestHook::Fault: return "KBWIZARD_FAULT";
    case TestHook::BackupDir: return "KBWIZARD_BACKUP_DIR";
    case TestHook::ScreenshotDir: return "KBWIZARD_SCREENSHOT_DIR";
    case TestHook::Autopilot: return "KBWIZARD_AUTOPILOT";
    case TestHook::FirstPaint: return "KBWIZARD_FIRST_PAINT";
    }
    return "";
}

#ifdef KBWIZARD_TEST_HOOKS

bool testHooksEnabled()
{
    return true;
}

QString testHook(TestHook hook)
{
    return qEnvironmentVariable(testHookName(hook));
}

#else

bool testHooksEnabled()
{
    return false;
}

QString testHook(TestHook)
{
    return QString();
}

#endif

} // namespace kb
