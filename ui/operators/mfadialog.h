#pragma once

#include "core/services/operatorsignin.h"
#include "ui/operators/actingauthority.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace bc {

class MfaEnrolmentView;
class Workspace;

// "Two-step sign-in…" of one operator: whether it is enrolled and whether it must use it (and
// why), with Enrol and Reset…. Enrol runs OperatorSignIn::enroll on the worker and shows the QR
// code, the secret and the recovery codes once (MfaEnrolmentView); closing while the codes were
// neither copied nor saved asks first. Reset… asks, then resets on the worker. Authority decides
// (mayManage, mayEnroll, mayReset, asked in the same job); a refusal shows in the dialog in its
// plain words. Everything runs on the workspace's worker; the dialog says what it waits for.
class MfaDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MfaDialog)

public:
    // `authority`: who acts (actingauthority.h); tests act as a given operator.
    MfaDialog(Workspace &workspace, const QString &login, QWidget *parent = nullptr,
              AuthoritySource authority = authorityFor);

    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] bool isLoaded() const { return m_status.has_value(); }
    // What the dialog shows; nullopt until loaded (or when it could not be).
    [[nodiscard]] const std::optional<OperatorSignIn::MfaStatus> &status() const { return m_status; }

    void enrol();
    void reset();
    // Asks before closing while recovery codes were neither copied nor saved.
    void reject() override;

Q_SIGNALS:
    // Enrolled or reset, for the status bar.
    void changed(const QString &message);

private:
    struct Enrolled;
    void setBusy(const QString &what);
    void showStatus(const OperatorSignIn::MfaStatus &status);
    void showRefusal(const QString &refusal);
    void updateButtons();

    Workspace &m_workspace;
    QString m_login;
    AuthoritySource m_authority;
    std::optional<OperatorSignIn::MfaStatus> m_status;
    bool m_busy = false;
    bool m_refused = false; // mayManage said no: nothing to press
    QLabel *m_state = nullptr;
    QLabel *m_requirement = nullptr;
    QLabel *m_busyLabel = nullptr;
    QLabel *m_refusal = nullptr;
    QPushButton *m_enrol = nullptr;
    QPushButton *m_reset = nullptr;
    MfaEnrolmentView *m_enrolment = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace bc
