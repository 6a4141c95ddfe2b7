#pragma once

#include <QCoreApplication>
#include <QString>

namespace bc {

// The labels and hints of an account's identity fields, in one place: the wizard's first page and
// the account details dialog show the same words (and get the same translations).
class IdentityText
{
    Q_DECLARE_TR_FUNCTIONS(bc::IdentityText)

public:
    static QString login() { return tr("&Login:"); }
    static QString email() { return tr("&Email:"); }
    static QString firstName() { return tr("Fi&rst name:"); }
    static QString lastName() { return tr("Las&t name:"); }
    static QString password() { return tr("Pass&word:"); }
    static QString administrator() { return tr("&Administrator privileges"); }
    static QString administratorHint()
    {
        return tr("An administrator can manage the accounts and groups of this organization, and must give a "
                  "telephone number and a postal address.");
    }
    static QString agentAutoUpdate() { return tr("Agent auto &update"); }
    static QString agentAutoUpdateHint()
    {
        return tr("When off, agents registered under this account are not updated to new versions automatically.");
    }
};

} // namespace bc
