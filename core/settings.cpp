#include "settings.h"

using namespace Qt::StringLiterals;

namespace bc {

namespace Key {
const auto windowGeometry = u"mainWindow/geometry"_s;
const auto windowState = u"mainWindow/state"_s;
const auto splitterState = u"mainWindow/splitter"_s;
const auto accountHeaderState = u"accountList/header"_s;
const auto lastGroupId = u"accountList/lastGroupId"_s;
const auto includeSubgroups = u"accountList/includeSubgroups"_s;
} // namespace Key

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{
}

Settings::Settings(const QString &fileName)
    : m_settings(std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(Key::windowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &value)
{
    m_settings->setValue(Key::windowGeometry, value);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(Key::windowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &value)
{
    m_settings->setValue(Key::windowState, value);
}

QByteArray Settings::splitterState() const
{
    return m_settings->value(Key::splitterState).toByteArray();
}

void Settings::setSplitterState(const QByteArray &value)
{
    m_settings->setValue(Key::splitterState, value);
}

QByteArray Settings::accountHeaderState() const
{
    return m_settings->value(Key::accountHeaderState).toByteArray();
}

void Settings::setAccountHeaderState(const QByteArray &value)
{
    m_settings->setValue(Key::accountHeaderState, value);
}

qint64 Settings::lastGroupId() const
{
    return m_settings->value(Key::lastGroupId, 0).toLongLong();
}

void Settings::setLastGroupId(qint64 id)
{
    m_settings->setValue(Key::lastGroupId, id);
}

bool Settings::includeSubgroups() const
{
    return m_settings->value(Key::includeSubgroups, true).toBool();
}

void Settings::setIncludeSubgroups(bool value)
{
    m_settings->setValue(Key::includeSubgroups, value);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace bc
