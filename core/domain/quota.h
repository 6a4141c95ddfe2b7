#pragma once

#include "core/domain/enumkeys.h"
#include "core/domain/error.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <array>
#include <optional>

namespace bc {

// The resources an account's quotas cap.
enum class Resource
{
    Workstations,
    Servers,
    VirtualMachines,
    MobileDevices,
    M365Mailboxes,
    Storage,
};

inline constexpr std::array<Resource, 6> allResources {
    Resource::Workstations,  Resource::Servers,       Resource::VirtualMachines,
    Resource::MobileDevices, Resource::M365Mailboxes, Resource::Storage,
};

// The stable key used by the CLI, JSON and the database ("virtual-machines").
template<> struct EnumKeys<Resource>
{
    static constexpr std::array entries {
        EnumKey<Resource> {Resource::Workstations, "workstations"},
        EnumKey<Resource> {Resource::Servers, "servers"},
        EnumKey<Resource> {Resource::VirtualMachines, "virtual-machines"},
        EnumKey<Resource> {Resource::MobileDevices, "mobile-devices"},
        EnumKey<Resource> {Resource::M365Mailboxes, "m365-mailboxes"},
        EnumKey<Resource> {Resource::Storage, "storage"},
    };
};

// A limit (nullopt means unlimited) and how far usage may pass it before backups fail.
struct Quota
{
    std::optional<qint64> limit;
    qint64 overage = 0;

    [[nodiscard]] bool isUnlimited() const { return !limit.has_value(); }
    friend bool operator==(const Quota &, const Quota &) = default;
};

class Quotas
{
    Q_DECLARE_TR_FUNCTIONS(bc::Quotas)

public:
    Quota &operator[](Resource resource) { return m_values[static_cast<size_t>(resource)]; }
    const Quota &operator[](Resource resource) const { return m_values[static_cast<size_t>(resource)]; }
    friend bool operator==(const Quotas &, const Quotas &) = default;

    // The column prefix in the database ("vm" → vm_limit, vm_overage).
    static QString columnPrefix(Resource resource);
    // What a person reads ("Virtual machines").
    static QString displayName(Resource resource);

    // "unlimited" (or empty), a whole number ≥ 0, or for storage a size with units. Numbers are read in
    // `locale` (StorageSize::parse): the console passes its window's, the CLI QLocale::c().
    static Result<std::optional<qint64>> parseLimit(Resource resource, const QString &text,
                                                    const QString &field = QString(),
                                                    const QLocale &locale = QLocale());
    // A whole number ≥ 0, or for storage a size with units; empty means 0.
    static Result<qint64> parseOverage(Resource resource, const QString &text, const QString &field = QString(),
                                       const QLocale &locale = QLocale());
    static QString formatLimit(Resource resource, const std::optional<qint64> &limit,
                               const QLocale &locale = QLocale());
    static QString formatAmount(Resource resource, qint64 amount, const QLocale &locale = QLocale());

private:
    std::array<Quota, allResources.size()> m_values {};
};

} // namespace bc
