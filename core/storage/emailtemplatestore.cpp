#include "core/storage/emailtemplatestore.h"

#include "core/storage/databasestatements.h"

#include <QHash>

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

Result<std::optional<EmailTemplate>> EmailTemplateStore::nearestTemplate(const QList<qint64> &groupIds)
{
    if (groupIds.isEmpty())
        return std::optional<EmailTemplate>();
    const IdList groups = idList(groupIds);
    auto query =
        m_db.run(u"SELECT group_id, subject, body_text, body_html FROM email_templates WHERE group_id IN (%1)"_s.arg(
                     groups.marks),
                 groups.values);
    if (!query)
        return fail(query.error());
    QHash<qint64, EmailTemplate> found;
    while (query->next())
        found.insert(
            query->value(0).toLongLong(),
            EmailTemplate {query->value(1).toString(), query->value(2).toString(), query->value(3).toString()});
    for (qint64 id : groupIds) {
        if (const auto it = found.constFind(id); it != found.cend())
            return std::optional<EmailTemplate>(*it);
    }
    return std::optional<EmailTemplate>();
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
