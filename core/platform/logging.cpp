#include "core/platform/logging.h"

Q_LOGGING_CATEGORY(lcDb, "console.core.db", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCore, "console.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPerf, "console.perf", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "console.ui", QtInfoMsg)
