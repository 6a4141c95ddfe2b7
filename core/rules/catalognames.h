#pragma once

#include "core/rules/accountrules.h"

#include <QList>
#include <QString>

namespace bc {

// The item of a catalog list called `name`, names compared as core compares them
// (GroupRules::nameKey); nullptr when none is. The lists come nearest group first, so of two equal
// names the nearer group's wins. The CLI's ID|NAME options and an import's names both look here.
template<typename T> const T *catalogItemNamed(const QList<T> &items, const QString &name)
{
    const QString key = GroupRules::nameKey(name);
    for (const T &item : items) {
        if (GroupRules::nameKey(item.name) == key)
            return &item;
    }
    return nullptr;
}

} // namespace bc
