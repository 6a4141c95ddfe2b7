-- Sorting at a million accounts on PostgreSQL. The notation is explained in
-- 0001_initial.sql. The list orders by a column and then by id; SQLite's and InnoDB's indexes
-- hold the row id after the column, so one index on the column serves that order, but
-- PostgreSQL's do not: without the id in the index it sorts the whole list for every first page.
--@ postgresql
CREATE INDEX accounts_sort_login ON accounts (login_key, id);
--@ postgresql
CREATE INDEX accounts_sort_name ON accounts (display_name, id);
--@ postgresql
CREATE INDEX accounts_sort_email ON accounts (email_key, id);
--@ postgresql
CREATE INDEX accounts_sort_status ON accounts (status, id);
--@ postgresql
CREATE INDEX accounts_sort_administrator ON accounts (administrator, id);
--@ postgresql
CREATE INDEX accounts_sort_storage ON accounts (coalesce(storage_limit, 9223372036854775807), id);
--@ postgresql
CREATE INDEX accounts_sort_created ON accounts (created_at, id);
--@ postgresql
ANALYZE accounts;
