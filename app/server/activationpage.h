#pragma once

#include <QCoreApplication>
#include <QString>

namespace bc::server {

// The small, accessible HTML pages of the activation server: a form to choose a password, and
// the pages that say what happened. Every value is escaped; no script, no external resource.
class ActivationPage
{
    Q_DECLARE_TR_FUNCTIONS(bc::server::ActivationPage)

public:
    static QByteArray form(const QString &name, const QString &login, const QString &error = QString());
    static QByteArray done(const QString &name, const QString &login);
    static QByteArray refused(const QString &title, const QString &message);

private:
    static QByteArray page(const QString &title, const QString &body);
};

} // namespace bc::server
