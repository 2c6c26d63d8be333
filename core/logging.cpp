#include "logging.h"

// Quiet by default: warnings only. Enable with QT_LOGGING_RULES="kbwizard.*.info=true".
Q_LOGGING_CATEGORY(lcCore, "kbwizard.core", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNet, "kbwizard.net", QtWarningMsg)
