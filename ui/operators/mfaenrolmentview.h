#pragma once

#include "core/domain/operator.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace bc {

class QrCodeView;

// What an enrolment gives, shown once: the QR code of its otpauth:// URI for an authenticator app,
// the secret in groups of four for typing it in (selectable, with Copy), and the ten recovery codes
// with Copy and Save…, under a note that nothing shows them again. Remembers whether the codes were
// copied or saved, so that closing can ask before they are lost.
class MfaEnrolmentView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MfaEnrolmentView)

public:
    explicit MfaEnrolmentView(QWidget *parent = nullptr);

    void present(const QString &login, const MfaEnrollment &enrollment);
    // Forgets what it showed (the enrolment was reset): hidden, nothing to keep.
    void clear();
    // Whether the codes were copied or saved since they were shown.
    [[nodiscard]] bool codesKept() const { return m_kept; }
    // Whether codes are shown that were neither copied nor saved.
    [[nodiscard]] bool codesAtRisk() const { return isVisibleTo(parentWidget()) && !m_kept; }

    // "ABCD EFGH IJKL …": a secret in groups of four, easier to read and to type.
    static QString grouped(const QString &secret);
    // Writes the codes into `path` (QSaveFile: all or nothing); the error in plain words when it
    // cannot. Save… asks for the path, then calls this.
    bool saveCodes(const QString &path);

private:
    void copyCodes();
    void chooseFileAndSave();
    QString codesText() const;

    QString m_login;
    MfaEnrollment m_enrollment;
    bool m_kept = false;
    QrCodeView *m_qr = nullptr;
    QLineEdit *m_secret = nullptr;
    QPlainTextEdit *m_codes = nullptr;
    QLabel *m_saveMessage = nullptr;
};

} // namespace bc
