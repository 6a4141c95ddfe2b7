#pragma once

#include "core/domain/account.h"
#include "core/domain/catalog.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

namespace bc {

// Which inheritable values (ProfileRules keys) of one account come from its profile and which the
// person changed. Shared by the inputs that show those values and their ProfileValueIndicators:
// a value the person edits becomes an override; Reset makes it inherited again, and every input
// then shows the profile's value. Edits made while no profile is chosen count as overrides too, so
// choosing a profile afterwards never replaces what was typed.
class ProfileInheritance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileInheritance)

public:
    enum class State
    {
        NoProfile, // nothing to inherit from
        Inherited, // the profile's value
        Overridden // set on the account itself
    };

    explicit ProfileInheritance(QObject *parent = nullptr);

    // An existing account: its profile and overrides (the account editor).
    void setFromDraft(const AccountDraft &draft, const std::optional<Profile> &profile);
    // The profile id and, while a profile is chosen, the overrides.
    void writeTo(AccountDraft &draft) const;

    void setProfile(const std::optional<Profile> &profile);
    [[nodiscard]] const std::optional<Profile> &profile() const { return m_profile; }

    // The person changed the value of `key` (true) or reset it to the profile's (false).
    void setOverridden(const QString &key, bool overridden);
    [[nodiscard]] bool isOverridden(const QString &key) const { return m_overrides.contains(key); }
    [[nodiscard]] bool isInherited(const QString &key) const { return m_profile && !isOverridden(key); }
    [[nodiscard]] State state(const QString &key) const;
    // The profile's value of `key` as a person reads it ("10, overage 2", "Cloud only").
    [[nodiscard]] QString profileValueText(const QString &key) const;

Q_SIGNALS:
    // Another profile (or none): inputs of inherited keys take the new profile's values.
    void profileChanged();
    // `key` became overridden or inherited; an inherited input takes the profile's value.
    void stateChanged(const QString &key);

private:
    std::optional<Profile> m_profile;
    QSet<QString> m_overrides;
};

} // namespace bc
