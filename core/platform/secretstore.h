#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace bc {

// Where the console keeps secrets of this desk (the SMTP password): the system keychain in the
// console, memory in tests. Never QSettings, never the database. Both calls answer later, on the
// GUI thread, through `done`, unless `context` is gone by then.
class SecretStore
{
public:
    // `error` is empty on success; a secret never stored reads as an empty `secret` without error.
    using ReadDone = std::function<void(const QString &secret, const QString &error)>;
    using WriteDone = std::function<void(const QString &error)>;

    SecretStore() = default;
    virtual ~SecretStore() = default;
    Q_DISABLE_COPY_MOVE(SecretStore)

    virtual void read(const QString &key, QObject *context, ReadDone done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context, WriteDone done) = 0;
};

} // namespace bc
