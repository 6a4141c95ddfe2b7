#include "ui/groups/groupactivationtab.h"

#include "core/mail/emailtemplate.h"
#include "core/services/activationservice.h"
#include "ui/widgets/fieldmessage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc {

GroupActivationTab::GroupActivationTab(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"activationTab"_s);
    m_days = new QSpinBox(this);
    m_days->setObjectName(u"activationDays"_s);
    m_days->setRange(1, 90);
    m_days->setSuffix(tr(" days"));
    auto *daysLabel = new QLabel(tr("Links stay &valid for:"), this);
    daysLabel->setBuddy(m_days);

    m_ownEmail = new QCheckBox(tr("This group has its &own activation email"), this);
    m_ownEmail->setObjectName(u"ownActivationEmail"_s);
    auto *inheritNote =
        new QLabel(tr("Otherwise its accounts get the email of the group above it, or the default one."), this);
    inheritNote->setWordWrap(true);

    m_subject = new QLineEdit(this);
    m_subject->setObjectName(u"groupActivationSubject"_s);
    auto *subjectLabel = new QLabel(tr("&Subject:"), this);
    subjectLabel->setBuddy(m_subject);
    m_subjectMessage = new FieldMessage(m_subject, this);
    m_subjectMessage->setObjectName(u"groupActivationSubjectError"_s);

    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(u"groupActivationBody"_s);
    m_body->setTabChangesFocus(true);
    auto *bodyLabel = new QLabel(tr("&Text:"), this);
    bodyLabel->setBuddy(m_body);
    m_bodyMessage = new FieldMessage(m_body, this);
    m_bodyMessage->setObjectName(u"groupActivationBodyError"_s);
    m_bodyMessage->setHint(
        tr("Placeholders: %1. {link} is required.").arg(EmailTemplates::placeholders().join(u", "_s)));

    auto *form = new QFormLayout;
    form->addRow(daysLabel, m_days);
    form->addRow(m_ownEmail);
    form->addRow(inheritNote);
    form->addRow(subjectLabel, m_subject);
    form->addRow(QString(), m_subjectMessage);
    form->addRow(bodyLabel, m_body);
    form->addRow(QString(), m_bodyMessage);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);

    connect(m_ownEmail, &QCheckBox::toggled, this, &GroupActivationTab::updateOwnEmail);
    connect(m_subject, &QLineEdit::textChanged, this, &GroupActivationTab::check);
    connect(m_body, &QPlainTextEdit::textChanged, this, &GroupActivationTab::check);
    updateOwnEmail();
}

void GroupActivationTab::load(const Values &values)
{
    if (values.days > 0)
        m_days->setValue(values.days);
    const EmailTemplate shown = values.own ? *values.own : values.effective;
    m_subject->setText(shown.subject);
    m_body->setPlainText(shown.bodyText);
    m_ownEmail->setChecked(values.own.has_value());
    updateOwnEmail();
}

void GroupActivationTab::updateOwnEmail()
{
    m_subject->setEnabled(m_ownEmail->isChecked());
    m_body->setEnabled(m_ownEmail->isChecked());
    check();
}

bool GroupActivationTab::check()
{
    if (!m_ownEmail->isChecked()) {
        m_subjectMessage->clearError();
        m_bodyMessage->clearError();
        return true;
    }
    const auto valid = ActivationService::checkTemplate({m_subject->text(), m_body->toPlainText(), QString()});
    const QString field = valid ? QString() : valid.error().field;
    m_subjectMessage->setError(field == u"subject"_s ? valid.error().message : QString());
    m_bodyMessage->setError(field == u"body"_s ? valid.error().message : QString());
    return valid.has_value();
}

int GroupActivationTab::days() const
{
    return m_days->value();
}

std::optional<EmailTemplate> GroupActivationTab::ownEmail() const
{
    if (!m_ownEmail->isChecked())
        return std::nullopt;
    QString html = EmailTemplates::htmlFromText(m_body->toPlainText());
    html.replace(u"{link}"_s, u"<a href=\"{link}\">{link}</a>"_s);
    return EmailTemplate {m_subject->text().trimmed(), m_body->toPlainText(), html};
}

} // namespace bc
