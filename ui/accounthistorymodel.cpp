#include "accounthistorymodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return AccountHistoryModel::tr("none");
    case QJsonValue::Bool:
        return value.toBool() ? AccountHistoryModel::tr("yes") : AccountHistoryModel::tr("no");
    case QJsonValue::Double:
        return QLocale().toString(value.toDouble(), 'g', 15);
    case QJsonValue::String:
        return value.toString().isEmpty() ? AccountHistoryModel::tr("empty") : value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

// Nested objects (quotas) are compared key by key: "quotas.storage.limit".
void collectChanges(const QString &prefix, const QJsonObject &before, const QJsonObject &after, QStringList &out)
{
    QStringList keys = before.keys() + after.keys();
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (const QString &key : std::as_const(keys)) {
        // Timestamps move with every change; they are the When column already.
        if (key == u"updatedAt"_s)
            continue;
        const QJsonValue was = before.value(key);
        const QJsonValue now = after.value(key);
        if (was == now)
            continue;
        const QString name = prefix.isEmpty() ? key : prefix + u'.' + key;
        if (was.isObject() && now.isObject())
            collectChanges(name, was.toObject(), now.toObject(), out);
        else
            out.append(AccountHistoryModel::tr("%1: %2 → %3").arg(name, valueText(was), valueText(now)));
    }
}

} // namespace

AccountHistoryModel::AccountHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AccountHistoryModel::setEntries(const QList<AuditEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    std::reverse(m_entries.begin(), m_entries.end());
    endResetModel();
}

QString AccountHistoryModel::actionLabel(const QString &action)
{
    const QString verb = action.section(u'.', -1);
    if (verb == u"created"_s)
        return tr("Created");
    if (verb == u"changed"_s)
        return tr("Changed");
    if (verb == u"disabled"_s)
        return tr("Disabled");
    if (verb == u"enabled"_s)
        return tr("Enabled");
    if (verb == u"activated"_s)
        return tr("Activated");
    if (verb == u"deleted"_s)
        return tr("Deleted");
    return action;
}

QString AccountHistoryModel::changes(const AuditEntry &entry)
{
    if (entry.before.isEmpty())
        return tr("Created as \"%1\"").arg(entry.summary);
    if (entry.after.isEmpty())
        return tr("Deleted");
    QStringList out;
    collectChanges(QString(), entry.before, entry.after, out);
    return out.join(u"; "_s);
}

int AccountHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AccountHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &entry = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case WhenColumn:
            return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
        case WhoColumn:
            return entry.actor;
        case WhatColumn:
            return actionLabel(entry.action);
        case ChangesColumn:
            return changes(entry);
        }
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == WhenColumn)
            return QLocale().toString(entry.at.toLocalTime(), QLocale::LongFormat);
        if (index.column() == ChangesColumn)
            return changes(entry).replace(u"; "_s, u"\n"_s);
    }
    return {};
}

QVariant AccountHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case WhatColumn:
        return tr("What");
    case ChangesColumn:
        return tr("Changes");
    }
    return {};
}

} // namespace bc
