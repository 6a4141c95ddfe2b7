#pragma once

#include "core/domain/error.h"
#include "core/mail/emailtemplate.h"

#include <optional>

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace bc {

class FieldMessage;

// The "Activation" tab of a group's settings: how long activation links stay valid,
// and the group's own activation email, or the one of the group above it. It holds no service:
// the settings dialog reads what it shows and saves what it holds on the workspace's worker.
class GroupActivationTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupActivationTab)

public:
    // What the tab shows and saves (ActivationService::activationDays, ownTemplate,
    // effectiveTemplate and setGroupActivation).
    struct Values
    {
        int days = 0; // 0: not read
        std::optional<EmailTemplate> own; // the group's own email, if it has one
        EmailTemplate effective; // what its accounts get otherwise
    };

    explicit GroupActivationTab(QWidget *parent = nullptr);

    void load(const Values &values);
    // Shows the errors next to the fields; true when the tab can be saved.
    bool check();
    // What to save: the days and the group's own email (none: the inherited one).
    int days() const;
    std::optional<EmailTemplate> ownEmail() const;

private:
    void updateOwnEmail();

    QSpinBox *m_days = nullptr;
    QCheckBox *m_ownEmail = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    FieldMessage *m_subjectMessage = nullptr;
    FieldMessage *m_bodyMessage = nullptr;
};

} // namespace bc
