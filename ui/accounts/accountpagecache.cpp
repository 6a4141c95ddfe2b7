#include "ui/accounts/accountpagecache.h"

#include <iterator>

namespace bc {

AccountPageCache::AccountPageCache(int pageSize, int capacity)
    : m_pageSize(pageSize)
    , m_capacity(capacity)
{
}

const Account *AccountPageCache::find(int row) const
{
    const auto it = m_rows.find(row);
    return it == m_rows.end() ? nullptr : &it->second;
}

int AccountPageCache::rowOf(qint64 id) const
{
    for (const auto &[row, account] : m_rows) {
        if (account.id == id)
            return row;
    }
    return -1;
}

QList<qint64> AccountPageCache::ids() const
{
    QList<qint64> ids;
    ids.reserve(static_cast<qsizetype>(m_rows.size()));
    for (const auto &[row, account] : m_rows)
        ids.append(account.id);
    return ids;
}

QSet<int> AccountPageCache::pages() const
{
    QSet<int> pages;
    for (const auto &[row, account] : m_rows)
        pages.insert(pageOf(row));
    return pages;
}

void AccountPageCache::keep(int offset, const QList<Account> &accounts)
{
    for (qsizetype i = 0; i < accounts.size(); ++i)
        m_rows.insert_or_assign(offset + static_cast<int>(i), accounts.at(i));
    // Forget the rows farthest from the page that came in last.
    const int middle = offset + static_cast<int>(accounts.size()) / 2;
    while (m_rows.size() > static_cast<size_t>(m_capacity) * static_cast<size_t>(m_pageSize)) {
        const auto first = m_rows.begin();
        const auto last = std::prev(m_rows.end());
        if (middle - first->first > last->first - middle)
            m_rows.erase(first);
        else
            m_rows.erase(last);
    }
}

void AccountPageCache::put(int row, const Account &account)
{
    m_rows.insert_or_assign(row, account);
}

void AccountPageCache::shift(int row, int delta)
{
    m_requested.clear();
    ++m_epoch;
    std::map<int, Account> shifted;
    for (auto &[at, account] : m_rows) {
        if (at < row)
            shifted.emplace_hint(shifted.end(), at, std::move(account));
        else if (delta > 0)
            shifted.emplace_hint(shifted.end(), at + delta, std::move(account));
        else if (at > row)
            shifted.emplace_hint(shifted.end(), at + delta, std::move(account));
    }
    m_rows = std::move(shifted);
}

void AccountPageCache::clear()
{
    m_rows.clear();
    m_requested.clear();
    ++m_epoch;
}

bool AccountPageCache::request(int page)
{
    if (m_requested.contains(page))
        return false;
    m_requested.insert(page);
    return true;
}

bool AccountPageCache::wantsNextPage(int row) const
{
    return row % m_pageSize >= m_pageSize - m_pageSize / 4 && m_rows.contains(row)
        && !m_rows.contains((pageOf(row) + 1) * m_pageSize);
}

} // namespace bc
