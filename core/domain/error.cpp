#include "core/domain/error.h"

namespace bc {

bool Error::isDatabaseProblem() const
{
    switch (code) {
    case Code::DatabaseBusy:
    case Code::DatabaseFull:
    case Code::DatabaseReadOnly:
    case Code::ConnectionLost:
    case Code::CannotOpen:
    case Code::AccessDenied:
    case Code::SchemaTooNew:
    case Code::Internal:
        return true;
    default:
        return false;
    }
}

} // namespace bc
