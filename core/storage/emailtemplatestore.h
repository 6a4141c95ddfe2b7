#pragma once

#include "core/domain/error.h"
#include "core/mail/emailtemplate.h"

#include <QList>

#include <optional>

namespace bc {

class Database;

// Every SQL statement about the groups' own activation emails (subject and text).
class EmailTemplateStore
{
public:
    explicit EmailTemplateStore(Database &database)
        : m_db(database)
    {
    }

    Result<std::optional<EmailTemplate>> groupTemplate(qint64 groupId);
    Result<void> setGroupTemplate(qint64 groupId, const std::optional<EmailTemplate> &email);

private:
    Database &m_db;
};

} // namespace bc
