#include "uilogging.h"

Q_LOGGING_CATEGORY(lcUi, "console.ui", QtInfoMsg)
