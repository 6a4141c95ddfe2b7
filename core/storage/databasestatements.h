#pragma once

// The statement API of Database for the stores in core/storage: Database::run() hands out a
// QSqlQuery, so this header brings QtSql along. Nothing outside core/storage includes it.

#include "core/storage/database.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace bc {

// Drops the query of a successful statement, keeps the error of a failed one.
Result<void> succeeded(const Result<QSqlQuery> &result);

} // namespace bc
