#include "core/storage/emailtemplatestore.h"

#include "core/storage/databasestatements.h"
#include "core/storage/groupstore.h"

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

Result<std::optional<EmailTemplate>> EmailTemplateStore::nearestTemplateAbove(qint64 groupId)
{
    if (groupId == 0)
        return std::optional<EmailTemplate>(); // no group: the default
    // One row: the nearest group with a template, else the group itself (no template, but there).
    auto query = m_db.run(GroupStore::chainClause()
                              + u"SELECT t.group_id, t.subject, t.body_text, t.body_html FROM chain c "
                                "LEFT JOIN email_templates t ON t.group_id = c.link "
                                "ORDER BY CASE WHEN t.group_id IS NULL THEN 1 ELSE 0 END, c.depth LIMIT 1"_s,
                          {groupId});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return fail(GroupStore::gone());
    if (query->value(0).isNull())
        return std::optional<EmailTemplate>();
    return std::optional<EmailTemplate>(
        EmailTemplate {query->value(1).toString(), query->value(2).toString(), query->value(3).toString()});
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
