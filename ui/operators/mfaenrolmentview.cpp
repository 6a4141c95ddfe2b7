#include "ui/operators/mfaenrolmentview.h"

#include "core/auth/recoverycodes.h"
#include "ui/widgets/qrcodeview.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc {

MfaEnrolmentView::MfaEnrolmentView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"mfaEnrolment"_s);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    auto *scan = new QLabel(tr("Scan the code with an authenticator app, or type the secret into it:"), this);
    scan->setWordWrap(true);
    m_qr = new QrCodeView(this);
    m_qr->setObjectName(u"mfaQrCode"_s);
    m_qr->setMinimumSize(180, 180);

    auto *secretLabel = new QLabel(tr("Secre&t:"), this);
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(u"mfaSecret"_s);
    m_secret->setReadOnly(true);
    m_secret->setFont(fixed);
    secretLabel->setBuddy(m_secret);
    auto *copySecret = new QPushButton(tr("Cop&y"), this);
    copySecret->setObjectName(u"copySecretButton"_s);
    copySecret->setToolTip(tr("Copy the secret, without spaces"));
    connect(copySecret, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_enrollment.secret); });

    auto *codesLabel = new QLabel(tr("Recovery c&odes:"), this);
    m_codes = new QPlainTextEdit(this);
    m_codes->setObjectName(u"recoveryCodes"_s);
    m_codes->setReadOnly(true);
    m_codes->setFont(fixed);
    m_codes->setTabChangesFocus(true);
    // All ten codes without scrolling.
    m_codes->setFixedHeight(QFontMetrics(fixed).lineSpacing() * RecoveryCodes::count
                            + static_cast<int>(m_codes->document()->documentMargin()) * 2 + m_codes->frameWidth() * 2
                            + 4);
    codesLabel->setBuddy(m_codes);
    auto *copyCodes = new QPushButton(tr("Copy co&des"), this);
    copyCodes->setObjectName(u"copyCodesButton"_s);
    connect(copyCodes, &QPushButton::clicked, this, &MfaEnrolmentView::copyCodes);
    auto *saveCodes = new QPushButton(tr("Sa&ve codes…"), this);
    saveCodes->setObjectName(u"saveCodesButton"_s);
    connect(saveCodes, &QPushButton::clicked, this, &MfaEnrolmentView::chooseFileAndSave);
    auto *once = new QLabel(tr("<b>Shown only once.</b> Keep the recovery codes somewhere safe, away from the phone: "
                               "each signs in once in place of a code from the app. Nothing shows them again."),
                            this);
    once->setObjectName(u"onlyOnceNote"_s);
    once->setWordWrap(true);
    m_saveMessage = new QLabel(this);
    m_saveMessage->setObjectName(u"saveCodesMessage"_s);
    m_saveMessage->setWordWrap(true);
    m_saveMessage->hide();

    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(copySecret);
    auto *codeButtons = new QHBoxLayout;
    codeButtons->addWidget(copyCodes);
    codeButtons->addWidget(saveCodes);
    codeButtons->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(secretLabel);
    right->addLayout(secretRow);
    right->addWidget(codesLabel);
    right->addWidget(m_codes);
    right->addLayout(codeButtons);
    right->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_qr, 1);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scan);
    layout->addLayout(columns);
    layout->addWidget(once);
    layout->addWidget(m_saveMessage);
    hide();
}

QString MfaEnrolmentView::grouped(const QString &secret)
{
    QStringList groups;
    for (qsizetype at = 0; at < secret.size(); at += 4)
        groups.append(secret.mid(at, 4));
    return groups.join(u' ');
}

void MfaEnrolmentView::present(const QString &login, const MfaEnrollment &enrollment)
{
    m_login = login;
    m_enrollment = enrollment;
    m_kept = false;
    m_qr->setText(enrollment.uri);
    m_secret->setText(grouped(enrollment.secret));
    m_secret->setMinimumWidth(QFontMetrics(m_secret->font()).horizontalAdvance(m_secret->text() + u"MM"_s));
    m_codes->setPlainText(enrollment.recoveryCodes.join(u'\n'));
    m_saveMessage->hide();
    setVisible(true);
}

void MfaEnrolmentView::clear()
{
    m_enrollment = {};
    m_kept = false;
    m_qr->setText(QString());
    m_secret->clear();
    m_codes->clear();
    m_saveMessage->hide();
    hide();
}

QString MfaEnrolmentView::codesText() const
{
    //: The first line of the saved recovery codes. %1: the operator's login.
    return tr("Recovery codes of \"%1\" for the Backup Account Console; each signs in once.").arg(m_login) + u'\n'
        + m_enrollment.recoveryCodes.join(u'\n') + u'\n';
}

void MfaEnrolmentView::copyCodes()
{
    QApplication::clipboard()->setText(m_enrollment.recoveryCodes.join(u'\n'));
    m_kept = true;
}

void MfaEnrolmentView::chooseFileAndSave()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the recovery codes"),
                                                      QDir(folder).filePath(tr("recovery-codes-%1.txt").arg(m_login)),
                                                      tr("Text files (*.txt)"));
    if (!path.isEmpty())
        saveCodes(path);
}

bool MfaEnrolmentView::saveCodes(const QString &path)
{
    QSaveFile file(path);
    const QByteArray text = codesText().toUtf8();
    const bool saved = file.open(QIODevice::WriteOnly) && file.write(text) == text.size() && file.commit();
    if (saved) {
        m_kept = true;
        m_saveMessage->setStyleSheet(QString());
        m_saveMessage->setText(tr("Saved in \"%1\".").arg(QDir::toNativeSeparators(path)));
    } else {
        m_saveMessage->setStyleSheet(u"color: #c62828;"_s);
        m_saveMessage->setText(tr("The recovery codes could not be saved in \"%1\": %2. Choose another folder, or "
                                  "copy them.")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    m_saveMessage->show();
    return saved;
}

} // namespace bc
