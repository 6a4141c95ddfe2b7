#include "ui/widgets/profilevalueindicator.h"

#include "ui/widgets/profileinheritance.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace bc {

ProfileValueIndicator::ProfileValueIndicator(ProfileInheritance &inheritance, const QString &key, const QString &stem,
                                             QWidget *field, const QString &fieldName, QWidget *parent)
    : QWidget(parent)
    , m_inheritance(inheritance)
    , m_key(key)
{
    setObjectName(stem + u"Inheritance"_s);
    m_label = new QLabel(this);
    m_label->setObjectName(stem + u"InheritanceLabel"_s);
    m_label->setBuddy(field);
    m_reset = new QToolButton(this);
    m_reset->setObjectName(stem + u"Reset"_s);
    m_reset->setText(tr("Reset"));
    m_reset->setAccessibleName(tr("Reset %1 to the profile's value").arg(fieldName));
    QSizePolicy keepRoom = m_reset->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true);
    m_reset->setSizePolicy(keepRoom);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_label);
    layout->addWidget(m_reset);
    layout->addStretch(1);

    connect(m_reset, &QToolButton::clicked, this, [this] { m_inheritance.setOverridden(m_key, false); });
    connect(&m_inheritance, &ProfileInheritance::profileChanged, this, &ProfileValueIndicator::refresh);
    connect(&m_inheritance, &ProfileInheritance::stateChanged, this, [this](const QString &changed) {
        if (changed == m_key)
            refresh();
    });
    refresh();
}

void ProfileValueIndicator::refresh()
{
    const ProfileInheritance::State state = m_inheritance.state(m_key);
    const QString profileValue = m_inheritance.profileValueText(m_key);
    QPalette dim;
    dim.setColor(QPalette::WindowText, dim.color(QPalette::Disabled, QPalette::WindowText));
    switch (state) {
    case ProfileInheritance::State::NoProfile:
        m_label->clear();
        break;
    case ProfileInheritance::State::Inherited:
        m_label->setText(tr("From profile"));
        m_label->setPalette(dim);
        setToolTip(tr("The profile's value; it follows when the profile changes."));
        break;
    case ProfileInheritance::State::Overridden:
        m_label->setText(tr("Changed"));
        m_label->setPalette(QPalette());
        setToolTip(
            tr("Set for this account; profile changes no longer touch it. The profile has %1.").arg(profileValue));
        break;
    }
    m_reset->setVisible(state == ProfileInheritance::State::Overridden);
    m_reset->setToolTip(tr("Use the profile's value again: %1").arg(profileValue));
    if (parentWidget()) // never a window of its own
        setVisible(state != ProfileInheritance::State::NoProfile);
}

} // namespace bc
