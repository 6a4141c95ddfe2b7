-- Listing by login at a million accounts on MariaDB. The notation is explained in
-- 0001_initial.sql. The list orders by login and then by id. InnoDB extends a non-unique index
-- with the row's id, so that it serves such an order, but not the unique index on the login:
-- MariaDB sorted a million rows for every first page. SQLite's unique index holds the rowid, and
-- PostgreSQL has its own (login_key, id) index (0007_sort_keys.sql).
--@ mariadb
CREATE INDEX accounts_sort_login ON accounts (login_key, id);
