#include "core/storage/emailtemplatestore.h"

#include "core/storage/databasestatements.h"

using namespace Qt::StringLiterals;

namespace bc {

Result<std::optional<EmailTemplate>> EmailTemplateStore::groupTemplate(qint64 groupId)
{
    auto query = m_db.run(u"SELECT subject, body_text, body_html FROM email_templates WHERE group_id = ?"_s, {groupId});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return std::optional<EmailTemplate>();
    return std::optional<EmailTemplate>(
        EmailTemplate {query->value(0).toString(), query->value(1).toString(), query->value(2).toString()});
}

Result<void> EmailTemplateStore::setGroupTemplate(qint64 groupId, const std::optional<EmailTemplate> &email)
{
    if (auto cleared = m_db.run(u"DELETE FROM email_templates WHERE group_id = ?"_s, {groupId}); !cleared)
        return fail(cleared.error());
    if (!email)
        return {};
    return succeeded(m_db.run(u"INSERT INTO email_templates (group_id, subject, body_text, body_html) "
                              "VALUES (?, ?, ?, ?)"_s,
                              {groupId, email->subject, email->bodyText, email->bodyHtml}));
}

} // namespace bc
