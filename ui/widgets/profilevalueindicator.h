#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QToolButton;

namespace bc {

class ProfileInheritance;

// The small "From profile" / "Changed · Reset" mark beside an inheritable value.
// It follows `inheritance` for `key` (a ProfileRules key) and is hidden while no profile is
// chosen; Reset makes the value inherited again. Its objectNames derive from `stem`:
// "<stem>Inheritance" (this widget), "<stem>InheritanceLabel" and "<stem>Reset".
class ProfileValueIndicator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileValueIndicator)

public:
    // `field` is the input the mark describes (the label's buddy, named in Reset's accessible name).
    ProfileValueIndicator(ProfileInheritance &inheritance, const QString &key, const QString &stem, QWidget *field,
                          const QString &fieldName, QWidget *parent = nullptr);

    [[nodiscard]] QString key() const { return m_key; }
    [[nodiscard]] QToolButton *resetButton() const { return m_reset; }

private:
    void refresh();

    ProfileInheritance &m_inheritance;
    QString m_key;
    QLabel *m_label = nullptr;
    QToolButton *m_reset = nullptr;
};

} // namespace bc
