#pragma once

#include "core/domain/databaseaddress.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace bc {

// Asks for the password of a database server the keychain holds none for (the console was
// started with --database postgresql://… or on a saved connection). "Remember" stores it in the
// keychain once the database opened.
class PasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordDialog)

public:
    explicit PasswordDialog(const DatabaseAddress &address, QWidget *parent = nullptr);
    ~PasswordDialog() override;

    // Why it is asked again ("The password was not accepted."); shown above the field.
    void setProblem(const QString &problem);
    QString password() const;
    bool remember() const;

private:
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace bc
