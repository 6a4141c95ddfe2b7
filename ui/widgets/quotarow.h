#pragma once

#include "core/domain/quota.h"

#include <QLocale>
#include <QObject>

#include <optional>

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;

namespace bc {

class FieldMessage;
class ProfileInheritance;
class ProfileValueIndicator;

// One resource on the quotas page: its limit (a value, or Unlimited) and its overage, each with
// the message line below it, and whether the value comes from the profile (ProfileValueIndicator).
// An edit makes the quota an override; while it is inherited it shows the profile's value.
// The overage is disabled while the quota is unlimited. Holds no rule: the page parses and checks
// with core; a storage row shows what core understood as you type ("= 1.5 TB").
class QuotaRow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotaRow)

public:
    // Adds the row's widgets to `grid` at `row` (it takes two grid rows, columns 0-5). `cap` is the
    // group's limit.
    QuotaRow(Resource resource, const std::optional<qint64> &cap, ProfileInheritance &inheritance, QGridLayout *grid,
             int row, QWidget *page);

    // "virtualMachines": the stem of the row's objectNames ("virtualMachinesLimit", ...).
    static QString objectNameStem(Resource resource);

    [[nodiscard]] Resource resource() const { return m_resource; }
    // The locale the row's values are typed and shown in (its page's).
    [[nodiscard]] QLocale locale() const;
    // What core parses; empty (Unlimited ticked) means unlimited.
    [[nodiscard]] QString limitText() const;
    [[nodiscard]] QString overageText() const;
    [[nodiscard]] FieldMessage *limitMessage() const { return m_limitMessage; }
    [[nodiscard]] FieldMessage *overageMessage() const { return m_overageMessage; }
    [[nodiscard]] QWidget *firstWidget() const;
    [[nodiscard]] QWidget *lastWidget() const;

    // Shows `quota` as if typed, without making it an override.
    void setQuota(const Quota &quota);
    // Hides or shows every widget of the row (a service the organization switched off).
    void setVisible(bool visible);
    [[nodiscard]] bool isVisible() const { return m_visible; }

Q_SIGNALS:
    // The values changed: typed, or taken from the profile.
    void edited();

private:
    void unlimitedToggled(bool unlimited);
    void limitEdited(const QString &text);
    void personEdited();
    void followProfile();
    // Greys the overage while the quota is unlimited; shows what a storage size was understood as.
    void refresh();

    Resource m_resource;
    ProfileInheritance &m_inheritance;
    QString m_key;
    bool m_visible = true;
    ProfileValueIndicator *m_indicator = nullptr;
    QLabel *m_label = nullptr;
    QLineEdit *m_limit = nullptr;
    QCheckBox *m_unlimited = nullptr;
    QLabel *m_overageLabel = nullptr;
    QLineEdit *m_overage = nullptr;
    FieldMessage *m_limitMessage = nullptr;
    FieldMessage *m_overageMessage = nullptr;
    QString m_typedLimit;
    QString m_typedOverage;
    QString m_capHint;
};

} // namespace bc
