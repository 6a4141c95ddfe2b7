#include "core/storage/operatorroles.h"

#include "core/domain/account.h"
#include "core/storage/databasestatements.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace bc {

QString OperatorRoles::roleName(const QString &databaseName, const QString &loginKey)
{
    const QString plain = loginKey + u'@' + databaseName;
    const QByteArray bytes = plain.toUtf8();
    if (bytes.size() <= 63)
        return plain;
    return u"bc_"_s + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(32));
}

QString OperatorRoles::scramVerifier(const QString &password, const QByteArray &salt, int iterations)
{
    QByteArray usedSalt = salt;
    if (usedSalt.isEmpty()) {
        usedSalt.resize(16);
        QRandomGenerator::system()->generate(usedSalt.begin(), usedSalt.end());
    }
    // SASLprep, as far as a password typed on a keyboard needs it: the compatibility form.
    const QByteArray salted = QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, password.normalized(QString::NormalizationForm_KC).toUtf8(), usedSalt, iterations,
        32);
    const QByteArray clientKey = QMessageAuthenticationCode::hash("Client Key", salted, QCryptographicHash::Sha256);
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey = QMessageAuthenticationCode::hash("Server Key", salted, QCryptographicHash::Sha256);
    return u"SCRAM-SHA-256$%1:%2$%3:%4"_s.arg(QString::number(iterations), QString::fromLatin1(usedSalt.toBase64()),
                                              QString::fromLatin1(storedKey.toBase64()),
                                              QString::fromLatin1(serverKey.toBase64()));
}

Result<void> OperatorRoles::setPassword(qint64 accountId, const QString &password)
{
    if (m_db.backend() != DatabaseAddress::Backend::PostgreSql || password.isEmpty())
        return {};
    return succeeded(m_db.run(u"SELECT bc_operator_password(?, ?)"_s, {accountId, scramVerifier(password)}));
}

Result<void> OperatorRoles::setPasswordOf(const Account &account, const QString &password)
{
    if (!account.administrator && account.securityGroupIds.isEmpty())
        return {};
    return setPassword(account.id, password);
}

} // namespace bc
