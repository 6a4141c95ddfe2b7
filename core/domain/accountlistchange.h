#pragma once

namespace bc {

// What a change of one account means for an account list that is open.
enum class AccountListChange
{
    Added,
    Changed,
    Removed
};

} // namespace bc
