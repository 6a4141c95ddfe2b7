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
// with the name still typed and the reason next to the field. `submit` and the live check may
// answer later (from the workspace's worker): meanwhile the dialog shows that it is saving, and an
// answer that comes after the dialog closed is dropped.
class GroupNameDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupNameDialog)

public:
    using Submit = std::function<Result<void>(const QString &name)>;
    // Asks core whether a name would do where the group goes (GroupService::checkName).
    using Check = std::function<Result<void>(const QString &name)>;
    // The same, answering later: `answer` is called once, on the GUI thread.
    using Answer = std::function<void(const Result<void> &result)>;
    using SubmitLater = std::function<void(const QString &name, Answer answer)>;
    using CheckLater = std::function<void(const QString &name, Answer answer)>;

    GroupNameDialog(const QString &title, const QString &prompt, const QString &initialName, Submit submit,
                    QWidget *parent = nullptr);
    GroupNameDialog(const QString &title, const QString &prompt, const QString &initialName, SubmitLater submit,
                    QWidget *parent = nullptr);

    QString name() const;
    // A heading above the prompt (the welcome on an empty database): the title in large type, as
    // window managers cut long titles short.
    void setHeading(const QString &heading);
    void accept() override;
    // Checks the name with `check` as the user types (a moment after the last key), so that a
    // taken name shows before OK.
    void setLiveCheck(Check check);
    void setLiveCheck(CheckLater check);
    // Replaces what OK does (for a submit that needs the dialog, as the receiver of its answer).
    void setSubmit(SubmitLater submit) { m_submit = std::move(submit); }
    // Whether OK was pressed and the answer has not come yet.
    bool isSaving() const { return m_saving; }
    // Asks before throwing away what was typed (DiscardGuard).
    void reject() override;

private:
    void validate();
    void checkLive();
    void showError(const QString &message);
    void setSaving(bool saving);
    // What the answer to a request made now must carry to be taken (newer requests win).
    Answer later(std::function<void(const Result<void> &)> handle);

    SubmitLater m_submit;
    CheckLater m_check;
    quint64 m_request = 0;
    bool m_saving = false;
    QLabel *m_savingLabel = nullptr;
    QTimer m_checkDelay;
    QLineEdit *m_name = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_heading = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace bc
