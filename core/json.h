#pragma once

#include "account.h"
#include "group.h"

#include <QJsonObject>

namespace bc {

// The JSON shape of accounts and groups, for the CLI's --json and the audit log's before/after.
namespace Json {
QJsonObject fromQuotas(const Quotas &quotas, bool withOverage);
QJsonObject fromAccount(const Account &account);
QJsonObject fromGroup(const Group &group, const QString &path = QString());
} // namespace Json

} // namespace bc
