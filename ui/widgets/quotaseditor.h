#pragma once

#include "core/domain/error.h"
#include "core/domain/quota.h"

#include <QWidget>

#include <array>
#include <optional>

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;

namespace bc {

class FieldMessage;

// A limit per resource (a number, or Unlimited) and, when asked for, an overage. Holds no rule:
// every value is parsed by core (Quotas::parseLimit/parseOverage, in the widget's locale) and its error
// shown under it, or while there is none what a storage size was understood as ("= 1.5 TB"). An
// overage is disabled while its quota is unlimited.
// ObjectNames: "<prefix><Stem>Limit", "...Unlimited", "...Overage" (prefix "" → "storageLimit").
class QuotasEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotasEditor)

public:
    enum class Overages
    {
        Hidden,
        Shown
    };

    explicit QuotasEditor(Overages overages, QWidget *parent = nullptr);

    void setQuotas(const Quotas &quotas);
    // The values as core parses them; nullopt (with the errors shown) while one does not parse.
    std::optional<Quotas> quotas();
    // The caps of the group: shown as hints ("At most 10 in this group.").
    void setCaps(const Quotas &caps);
    // A resource whose service is off: the row is disabled and says why.
    void setResourceOffered(Resource resource, bool offered, const QString &why = QString());
    // A widget at the end of the resource's row (e.g. an inherited/overridden marker).
    void setTrailingWidget(Resource resource, QWidget *widget);
    // Shows an error of core next to its field; false when it names no field of this editor.
    bool showError(const Error &error);
    void clearErrors();

    QLineEdit *limitEdit(Resource resource) const { return row(resource).limit; }

Q_SIGNALS:
    void edited(bc::Resource resource);

private:
    struct Row
    {
        QLabel *label = nullptr;
        QLineEdit *limit = nullptr;
        QCheckBox *unlimited = nullptr;
        QLineEdit *overage = nullptr;
        FieldMessage *limitMessage = nullptr;
        FieldMessage *overageMessage = nullptr;
        bool offered = true;
        QString typedOverage; // waits while the quota is unlimited
        QString capHint;
    };
    Row &row(Resource resource) { return m_rows[static_cast<size_t>(resource)]; }
    const Row &row(Resource resource) const { return m_rows[static_cast<size_t>(resource)]; }
    void addRow(Resource resource, int gridRow);
    void setUnlimited(Resource resource, bool unlimited);
    // Greys the overage while the quota is unlimited; shows what a storage size was understood as.
    void refresh(Resource resource);
    // Parses the row with core and shows its errors (as it is typed, and on quotas()); fills `quota`.
    bool check(Resource resource, Quota *quota = nullptr);

    Overages m_overages;
    QGridLayout *m_grid = nullptr;
    std::array<Row, allResources.size()> m_rows {};
};

} // namespace bc
