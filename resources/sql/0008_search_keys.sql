-- Searching and adding at a million accounts on PostgreSQL. The notation is explained
-- in 0001_initial.sql. One trigram index over the three folded keys, joined by a character no
-- key holds (chr(1)), replaces one index per key: a search reads one index instead of three and
-- checks one text per match, and an insert updates one trigram index instead of three.
-- AccountStore::searchCondition writes the same expression, letter for letter.
--@ postgresql
CREATE INDEX accounts_search ON accounts USING gin ((login_key || chr(1) || email_key || chr(1) || name_key) gin_trgm_ops);
--@ postgresql
DROP INDEX accounts_search_login;
--@ postgresql
DROP INDEX accounts_search_email;
--@ postgresql
DROP INDEX accounts_search_name;
-- Indexes that the (column, id) indexes of 0007_sort_keys.sql serve as well: each costs every
-- insert and update a write for nothing.
--@ postgresql
DROP INDEX accounts_administrator;
--@ postgresql
DROP INDEX accounts_created_at;
--@ postgresql
DROP INDEX accounts_display_name;
--@ postgresql
DROP INDEX accounts_email_key;
--@ postgresql
DROP INDEX accounts_status;
--@ postgresql
DROP INDEX accounts_storage_limit;
--@ postgresql
ANALYZE accounts;
