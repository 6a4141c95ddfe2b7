#include "ui/operators/mfadialog.h"

#include "core/services/authority.h"
#include "core/services/workspace.h"
#include "ui/operators/mfaenrolmentview.h"
#include "ui/widgets/questionbox.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc {

// What Enrol brings back: what to show once, and the operator's state after it.
struct MfaDialog::Enrolled
{
    MfaEnrollment enrollment;
    OperatorSignIn::MfaStatus status;
};

MfaDialog::MfaDialog(Workspace &workspace, const QString &login, QWidget *parent, AuthoritySource authority)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_login(login)
    , m_authority(std::move(authority))
{
    setObjectName(u"mfaDialog"_s);
    setWindowTitle(tr("Two-step sign-in of \"%1\"").arg(login));
    m_state = new QLabel(this);
    m_state->setObjectName(u"mfaState"_s);
    m_state->setWordWrap(true);
    m_requirement = new QLabel(this);
    m_requirement->setObjectName(u"mfaRequirement"_s);
    m_requirement->setWordWrap(true);
    m_enrol = new QPushButton(tr("&Enrol"), this);
    m_enrol->setObjectName(u"enrolButton"_s);
    m_enrol->setToolTip(tr("Make a new secret and recovery codes; from then on a code from the authenticator app is "
                           "needed to sign in"));
    connect(m_enrol, &QPushButton::clicked, this, &MfaDialog::enrol);
    m_reset = new QPushButton(tr("&Reset…"), this);
    m_reset->setObjectName(u"resetButton"_s);
    m_reset->setToolTip(tr("Forget the secret and the recovery codes, for a lost phone"));
    connect(m_reset, &QPushButton::clicked, this, &MfaDialog::reset);
    m_busyLabel = new QLabel(this);
    m_busyLabel->setObjectName(u"mfaBusy"_s);
    m_refusal = new QLabel(this);
    m_refusal->setObjectName(u"mfaRefusal"_s);
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(u"color: #c62828;"_s);
    m_refusal->hide();
    m_enrolment = new MfaEnrolmentView(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MfaDialog::reject);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_enrol);
    actions->addWidget(m_reset);
    actions->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_requirement);
    layout->addLayout(actions);
    layout->addWidget(m_busyLabel);
    layout->addWidget(m_refusal);
    layout->addWidget(m_enrolment, 1);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    setBusy(tr("Loading…"));
    workspace.call(
        this,
        [login, authority = m_authority](WorkspaceServices &services) -> Result<OperatorSignIn::MfaStatus> {
            auto acting = authority(services);
            if (!acting)
                return fail(acting.error());
            if (auto managed = acting->mayManage(login); !managed)
                return fail(managed.error());
            return services.operators.mfaStatus(login);
        },
        [this](const Result<OperatorSignIn::MfaStatus> &status) {
            setBusy(QString());
            if (!status) {
                m_refused = true;
                showRefusal(status.error().message);
                return;
            }
            showStatus(*status);
        });
}

void MfaDialog::setBusy(const QString &what)
{
    m_busy = !what.isEmpty();
    m_busyLabel->setText(what);
    m_busyLabel->setVisible(m_busy);
    updateButtons();
}

void MfaDialog::updateButtons()
{
    const bool ready = !m_busy && !m_refused && m_status && m_status->isOperator;
    m_enrol->setEnabled(ready && !m_status->enrolled);
    m_reset->setEnabled(ready && m_status->enrolled);
}

void MfaDialog::showRefusal(const QString &refusal)
{
    m_refusal->setText(refusal);
    m_refusal->setVisible(!refusal.isEmpty());
}

void MfaDialog::showStatus(const OperatorSignIn::MfaStatus &status)
{
    m_status = status;
    if (!status.isOperator)
        m_state->setText(tr("\"%1\" is not an operator: only an account with the administrator switch or a security "
                            "group signs in to the console.")
                             .arg(status.login));
    else if (status.enrolled)
        m_state->setText(tr("\"%1\" is enrolled: it signs in with its password and a code from its authenticator "
                            "app, or one of its recovery codes.")
                             .arg(status.login));
    else
        m_state->setText(tr("\"%1\" is not enrolled: it signs in with its password alone.").arg(status.login));
    m_requirement->setVisible(status.isOperator);
    if (status.requirement.needed)
        //: %1: why, in core's words ("the group "Acme MSP" requires it for its operators …").
        m_requirement->setText(tr("It must use two-step sign-in: %1").arg(status.requirement.reason));
    else
        m_requirement->setText(tr("Two-step sign-in is optional for it."));
    updateButtons();
}

void MfaDialog::enrol()
{
    if (m_busy || !m_status)
        return;
    showRefusal(QString());
    setBusy(tr("Enrolling…"));
    m_workspace.call(
        this,
        [login = m_login, authority = m_authority](WorkspaceServices &services) -> Result<Enrolled> {
            auto acting = authority(services);
            if (!acting)
                return fail(acting.error());
            if (auto allowed = acting->mayEnroll(login); !allowed)
                return fail(allowed.error());
            auto enrollment = services.operators.enroll(login);
            if (!enrollment)
                return fail(enrollment.error());
            auto status = services.operators.mfaStatus(login);
            if (!status)
                return fail(status.error());
            return Enrolled {*enrollment, *status};
        },
        [this](const Result<Enrolled> &enrolled) {
            setBusy(QString());
            if (!enrolled) {
                showRefusal(enrolled.error().message);
                return;
            }
            showStatus(enrolled->status);
            m_enrolment->present(m_login, enrolled->enrollment);
            adjustSize(); // room for the code and the ten codes
            Q_EMIT changed(tr("\"%1\" is enrolled in two-step sign-in.").arg(m_login));
        });
}

void MfaDialog::reset()
{
    if (m_busy || !m_status)
        return;
    const QuestionBox question {
        u"resetMfaQuestion"_s,
        tr("Reset two-step sign-in"),
        tr("Reset the two-step sign-in of \"%1\"?").arg(m_login),
        tr("Its authenticator app and its recovery codes stop working at once. It signs in with its password alone "
           "until it is enrolled again."),
        {tr("&Reset"), u"confirmResetButton"_s},
        QMessageBox::DestructiveRole,
        {tr("Cancel"), u"cancelResetButton"_s},
    };
    if (!question.ask(this))
        return;
    showRefusal(QString());
    setBusy(tr("Resetting…"));
    m_workspace.call(
        this,
        [login = m_login, authority = m_authority](WorkspaceServices &services) -> Result<OperatorSignIn::MfaStatus> {
            auto acting = authority(services);
            if (!acting)
                return fail(acting.error());
            if (auto allowed = acting->mayReset(login); !allowed)
                return fail(allowed.error());
            if (auto reset = services.operators.reset(login); !reset)
                return fail(reset.error());
            return services.operators.mfaStatus(login);
        },
        [this](const Result<OperatorSignIn::MfaStatus> &status) {
            setBusy(QString());
            if (!status) {
                showRefusal(status.error().message);
                return;
            }
            m_enrolment->clear(); // codes shown before are worth nothing now
            showStatus(*status);
            Q_EMIT changed(tr("The two-step sign-in of \"%1\" is reset.").arg(m_login));
        });
}

void MfaDialog::reject()
{
    if (m_enrolment->codesAtRisk()) {
        const QuestionBox question {
            u"unkeptCodesQuestion"_s,
            tr("Close without the recovery codes"),
            tr("Close without copying or saving the recovery codes?"),
            tr("They are shown only once. Without them, \"%1\" cannot sign in when its phone is lost, until an "
               "operator resets its two-step sign-in.")
                .arg(m_login),
            {tr("&Close"), u"closeWithoutCodesButton"_s},
            QMessageBox::DestructiveRole,
            {tr("&Keep them open"), u"keepCodesButton"_s},
        };
        if (!question.ask(this))
            return;
    }
    QDialog::reject();
}

} // namespace bc
