#pragma once

#include "core/domain/auditquery.h"
#include "ui/widgets/csvfileexport.h"

namespace bc {

// The audit log window's export: every entry `query` keeps that the acting operator may read, in
// the columns of `audit list --csv`, page after page.
CsvFileExport::Writer auditCsvWriter(const AuditQuery &query);

} // namespace bc
