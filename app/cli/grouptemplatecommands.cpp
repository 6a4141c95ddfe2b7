#include "app/cli/grouptemplatecommands.h"

#include "app/cli/commandcatalog.h"
#include "app/cli/optionreader.h"
#include "app/cli/output.h"

#include "core/domain/json.h"

using namespace Qt::StringLiterals;

namespace bc::cli {

GroupTemplateCommands::GroupTemplateCommands(ActivationService &activation, GroupService &groups, Authority &authority,
                                             Output &output)
    : m_activation(activation)
    , m_groups(groups)
    , m_authority(authority)
    , m_output(output)
{
}

ExitCode GroupTemplateCommands::run(const Invocation &invocation)
{
    const bool changing =
        invocation.isSet(u"subject"_s) || invocation.isSet(u"body-file"_s) || invocation.isSet(u"html-file"_s);
    QString usage;
    if (changing && invocation.isSet(u"reset"_s))
        usage = tr("--reset takes no --subject, --body-file or --html-file.");
    else if (changing && !invocation.isSet(u"set"_s))
        usage = tr("Add --set to change the template.");
    else if (!changing && invocation.isSet(u"set"_s))
        usage = tr("--set needs --subject, --body-file or --html-file.");
    if (!usage.isEmpty())
        return m_output.usageError(usage, CommandCatalog::usageHint(u"group template"_s));
    auto group = m_groups.resolve(invocation.argument(0));
    if (!group)
        return m_output.error(group.error());
    if (auto allowed = changing || invocation.isSet(u"reset"_s)
            ? m_authority.allows(Permission::ManageGroups, group->id)
            : m_authority.reaches(group->id);
        !allowed)
        return m_output.refused(allowed.error());
    const QString name = m_groups.pathOr(group->id, group->name);

    if (invocation.isSet(u"reset"_s)) {
        if (auto reset = m_activation.setGroupTemplate(group->id, std::nullopt); !reset)
            return m_output.error(reset.error());
        if (invocation.isSet(u"json"_s))
            return show(invocation, group->id);
        m_output.data(tr("\"%1\" takes its activation email from the group above again.").arg(name));
        return ExitCode::Success;
    }
    if (!changing)
        return show(invocation, group->id);

    // What is not given stays as the group's accounts get it now.
    auto current = m_activation.effectiveTemplate(group->id);
    if (!current)
        return m_output.error(current.error());
    EmailTemplate wanted = *current;
    QList<Error> errors;
    if (auto subject = OptionReader::text(invocation, u"subject"_s))
        wanted.subject = *subject;
    if (auto body = OptionReader::fileText(invocation, u"body-file"_s, errors)) {
        wanted.bodyText = *body;
        wanted.bodyHtml = EmailTemplates::htmlFromText(*body);
    }
    if (auto html = OptionReader::fileText(invocation, u"html-file"_s, errors))
        wanted.bodyHtml = *html;
    if (!errors.isEmpty())
        return m_output.errors(errors);
    if (auto saved = m_activation.setGroupTemplate(group->id, wanted); !saved)
        return m_output.error(saved.error());
    if (invocation.isSet(u"json"_s))
        return show(invocation, group->id);
    m_output.data(tr("Changed the activation email of \"%1\".").arg(name));
    return ExitCode::Success;
}

ExitCode GroupTemplateCommands::show(const Invocation &invocation, qint64 groupId)
{
    auto email = m_activation.effectiveTemplate(groupId);
    if (!email)
        return m_output.error(email.error());
    auto days = m_activation.activationDays(groupId);
    if (!days)
        return m_output.error(days.error());
    if (invocation.isSet(u"json"_s)) {
        QJsonObject object = Json::fromEmailTemplate(*email);
        object.insert(u"activationDays"_s, *days);
        m_output.json(object);
        return ExitCode::Success;
    }
    m_output.data(tr("Subject: %1\n\n%2").arg(email->subject, email->bodyText));
    m_output.message(tr("Links stay valid for %n day(s). Placeholders: %1.", nullptr, *days)
                         .arg(EmailTemplates::placeholders().join(u", "_s)));
    return ExitCode::Success;
}

} // namespace bc::cli
