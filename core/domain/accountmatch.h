#pragma once

#include "core/domain/account.h"

#include <QString>

namespace bc {

// An account found by a quick search, with the path of its group.
struct AccountMatch
{
    Account account;
    QString groupPath;
};

} // namespace bc
