#pragma once

#include "core/domain/error.h"

#include <QDialog>
#include <QTimer>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace bc {

// Asks for a group name, checks it live with core's rule, and hands it to `submit` on OK.
// When `submit` refuses (a sibling has that name, the database is busy), the dialog stays open
// with the name still typed and the reason next to the field.
class GroupNameDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupNameDialog)

public:
    using Submit = std::function<Result<void>(const QString &name)>;
    // Asks core whether a name would do where the group goes (GroupService::checkName).
    using Check = std::function<Result<void>(const QString &name)>;

    GroupNameDialog(const QString &title, const QString &prompt, const QString &initialName, Submit submit,
                    QWidget *parent = nullptr);

    QString name() const;
    // A heading above the prompt (the welcome on an empty database): the title in large type, as
    // window managers cut long titles short.
    void setHeading(const QString &heading);
    void accept() override;
    // Checks the name with `check` as the user types (a moment after the last key), so that a
    // taken name shows before OK.
    void setLiveCheck(Check check);
    // Asks before throwing away what was typed (DiscardGuard).
    void reject() override;

private:
    void validate();
    void checkLive();
    void showError(const QString &message);

    Submit m_submit;
    Check m_check;
    QTimer m_checkDelay;
    QLineEdit *m_name = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_heading = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace bc
