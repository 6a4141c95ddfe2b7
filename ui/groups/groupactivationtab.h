#pragma once

#include "core/domain/error.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace bc {

class ActivationService;
class FieldMessage;

// The "Activation" tab of a group's settings: how long activation links stay valid,
// and the group's own activation email, or the one of the group above it.
class GroupActivationTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupActivationTab)

public:
    GroupActivationTab(ActivationService &activation, qint64 groupId, QWidget *parent = nullptr);

    // Shows the errors next to the fields; true when the tab can be saved.
    bool check();
    Result<void> save();

private:
    void load();
    void updateOwnEmail();

    ActivationService &m_activation;
    qint64 m_groupId;
    QSpinBox *m_days = nullptr;
    QCheckBox *m_ownEmail = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    FieldMessage *m_subjectMessage = nullptr;
    FieldMessage *m_bodyMessage = nullptr;
};

} // namespace bc
