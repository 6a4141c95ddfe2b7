#pragma once

#include "error.h"

#include <QDialog>

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

    GroupNameDialog(const QString &title, const QString &prompt, const QString &initialName, Submit submit,
                    QWidget *parent = nullptr);

    QString name() const;
    void accept() override;
    // Asks before throwing away what was typed (DiscardGuard).
    void reject() override;

private:
    void validate();
    void showError(const QString &message);

    Submit m_submit;
    QLineEdit *m_name = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace bc
