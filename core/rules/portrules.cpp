#include "core/rules/portrules.h"

static_assert(bc::PortRules::lowest == 1 && bc::PortRules::highest == 65535, "the message below names them");

namespace bc {

bool PortRules::isValid(int port, Zero zero)
{
    return (port >= lowest && port <= highest) || (port == 0 && zero == Zero::MeansDefault);
}

Result<void> PortRules::check(int port, Zero zero, const QString &field)
{
    if (isValid(port, zero))
        return {};
    return std::unexpected(invalid(field));
}

Error PortRules::invalid(const QString &field)
{
    return {Error::Code::Invalid, field, tr("Enter a port from 1 to 65535.")};
}

} // namespace bc
