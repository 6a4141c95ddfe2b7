#include "ui/groups/groupnamedialog.h"

#include "core/rules/accountrules.h"
#include "ui/widgets/discardguard.h"

#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc {

GroupNameDialog::GroupNameDialog(const QString &title, const QString &prompt, const QString &initialName, Submit submit,
                                 QWidget *parent)
    : GroupNameDialog(
        title, prompt, initialName,
        SubmitLater([submit = std::move(submit)](const QString &name, Answer answer) { answer(submit(name)); }), parent)
{
}

GroupNameDialog::GroupNameDialog(const QString &title, const QString &prompt, const QString &initialName,
                                 SubmitLater submit, QWidget *parent)
    : QDialog(parent)
    , m_submit(std::move(submit))
{
    setWindowTitle(title);
    new DiscardGuard(this);
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"groupNameHeading"_s);
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    m_heading->setFont(headingFont);
    m_heading->hide();
    layout->addWidget(m_heading);
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    m_name = new QLineEdit(initialName, this);
    m_name->setObjectName(u"groupName"_s);
    m_name->setMaxLength(GroupRules::maxNameLength);
    m_name->setMinimumWidth(320);
    label->setBuddy(m_name);
    m_error = new QLabel(this);
    m_error->setObjectName(u"groupNameError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->setTextFormat(Qt::PlainText);
    // Its height follows its text (wrapped at the field's width), so that it is never cut.
    m_error->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_error->hide();
    m_savingLabel = new QLabel(tr("Saving…"), this);
    m_savingLabel->setObjectName(u"groupNameSaving"_s);
    m_savingLabel->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(label);
    layout->addWidget(m_name);
    layout->addWidget(m_error);
    layout->addWidget(m_savingLabel);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GroupNameDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &GroupNameDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &GroupNameDialog::validate);
    m_checkDelay.setSingleShot(true);
    m_checkDelay.setInterval(200);
    connect(&m_checkDelay, &QTimer::timeout, this, &GroupNameDialog::checkLive);
    m_name->selectAll();
    validate();
    // Wide enough for the title and its bar's buttons, so that the title is not cut short.
    QFont titleFont = font();
    titleFont.setBold(true);
    const int titleWidth = QFontMetrics(titleFont).horizontalAdvance(title) + 160;
    setMinimumWidth(qMin(titleWidth, 720));
}

void GroupNameDialog::setHeading(const QString &heading)
{
    m_heading->setText(heading);
    m_heading->setVisible(!heading.isEmpty());
}

QString GroupNameDialog::name() const
{
    return m_name->text().trimmed();
}

void GroupNameDialog::validate()
{
    if (m_saving)
        return;
    const auto valid = GroupRules::checkName(m_name->text());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid.has_value());
    // An empty field is not an error yet: the OK button says enough until something is typed.
    if (!valid && !m_name->text().isEmpty())
        showError(valid.error().message);
    else
        showError(QString());
    // A valid name may still be taken: asked once typing pauses (one indexed lookup).
    if (valid && m_check)
        m_checkDelay.start();
    else
        m_checkDelay.stop();
}

void GroupNameDialog::setLiveCheck(Check check)
{
    setLiveCheck(CheckLater([check = std::move(check)](const QString &name, Answer answer) { answer(check(name)); }));
}

void GroupNameDialog::setLiveCheck(CheckLater check)
{
    m_check = std::move(check);
    validate();
}

GroupNameDialog::Answer GroupNameDialog::later(std::function<void(const Result<void> &)> handle)
{
    const quint64 request = ++m_request;
    return [dialog = QPointer<GroupNameDialog>(this), request, handle = std::move(handle)](const Result<void> &result) {
        // Dropped when the dialog is gone or something newer was asked meanwhile.
        if (dialog && dialog->m_request == request)
            handle(result);
    };
}

void GroupNameDialog::checkLive()
{
    if (!m_check || m_saving || !GroupRules::checkName(m_name->text()))
        return;
    m_check(name(), later([this](const Result<void> &checked) {
                // Only what the user can change: a busy or lost database is reported on OK.
                const bool aboutTheName = !checked
                    && (checked.error().code == Error::Code::NameTaken || checked.error().code == Error::Code::Invalid);
                m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!aboutTheName);
                showError(aboutTheName ? checked.error().message : QString());
            }));
}

void GroupNameDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_savingLabel->setVisible(saving);
    m_name->setReadOnly(saving);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!saving);
}

void GroupNameDialog::showError(const QString &message)
{
    if (message == m_error->text() && m_error->isVisible() == !message.isEmpty())
        return;
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_name->setAccessibleDescription(message);
    if (message.isEmpty())
        return;
    // A wrapped label's height depends on its width, which a dialog's layout does not ask for:
    // give it the height of its lines at the field's width and let the dialog grow to hold it.
    m_error->setMinimumHeight(m_error->heightForWidth(m_name->width()));
    layout()->activate();
    if (height() < minimumSizeHint().height())
        resize(width(), minimumSizeHint().height());
}

void GroupNameDialog::accept()
{
    m_checkDelay.stop();
    if (!GroupRules::checkName(m_name->text()))
        return;
    if (m_saving)
        return;
    showError(QString());
    setSaving(true);
    m_submit(name(), later([this](const Result<void> &done) {
                 setSaving(false);
                 if (!done) {
                     // What was typed stays, with the reason next to it.
                     showError(done.error().message);
                     m_name->setFocus();
                     return;
                 }
                 QDialog::accept();
             }));
}

void GroupNameDialog::reject()
{
    if (!DiscardGuard::mayDiscard(this))
        return;
    ++m_request; // an answer still on its way is no longer awaited
    QDialog::reject();
}

} // namespace bc
