#pragma once

#include "core/domain/account.h"

#include <QList>
#include <QSet>

#include <map>

namespace bc {

// The rows of the account list held in memory: whole pages of pageSize rows, at most `capacity`
// pages' worth, kept around the page that arrived last. It also remembers which pages were asked
// for and not delivered yet, so that a page is asked for once, and counts the times its rows moved
// (epoch), so that a page asked for before a move can be told from one asked for after it. No
// database and no signals: AccountListModel asks the worker and tells views.
class AccountPageCache final
{
public:
    explicit AccountPageCache(int pageSize, int capacity);

    int pageSize() const { return m_pageSize; }
    int capacity() const { return m_capacity; }
    int pageOf(int row) const { return row / m_pageSize; }

    // The account at `row`; null when its page is not held.
    const Account *find(int row) const;
    bool contains(int row) const { return m_rows.contains(row); }
    // The row of the account with `id` among the rows held; -1 when it is not held.
    int rowOf(qint64 id) const;
    // The rows held, in row order.
    const std::map<int, Account> &rows() const { return m_rows; }
    QList<qint64> ids() const;
    // The pages with at least one row held.
    QSet<int> pages() const;
    int pageCount() const { return static_cast<int>(pages().size()); }

    // Keeps the rows from `offset` on, then forgets the rows farthest from them while more than
    // capacity() pages' worth are held.
    void keep(int offset, const QList<Account> &accounts);
    // Replaces the account at one row (a change placed where it stands).
    void put(int row, const Account &account);
    // A row was inserted at `row` (delta 1) or removed (delta -1): the rows after it move, the
    // removed one is forgotten, and pages asked for before would land one off, so they are forgotten.
    void shift(int row, int delta);
    // Forgets every row and every request (a new list).
    void clear();

    // The page that arrived, or is no longer wanted.
    void delivered(int page) { m_requested.remove(page); }
    // Marks the page as asked for; false when it was already asked for.
    bool request(int page);
    void forgetRequests() { m_requested.clear(); }
    bool isRequested(int page) const { return m_requested.contains(page); }
    // Close to the end of a held page a view is probably scrolling down: whether the next page
    // should be asked for now.
    bool wantsNextPage(int row) const;
    // Grows each time rows move or are dropped.
    quint64 epoch() const { return m_epoch; }

private:
    int m_pageSize;
    int m_capacity;
    std::map<int, Account> m_rows;
    QSet<int> m_requested;
    quint64 m_epoch = 0;
};

} // namespace bc
