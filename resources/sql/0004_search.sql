-- Search and sort at a million accounts. The notation is explained in 0001_initial.sql.
-- Folded (NFKC + case fold) search keys of the email and the name, written by the storage layer
-- (AccountStore) with every insert and update; the login has its key since 0001. SQL has no
-- Unicode case folding, so lower() fills them here and the console folds them properly right
-- after this script (AccountStore::refoldSearchKeys).
ALTER TABLE accounts ADD COLUMN email_key {{text}} NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN name_key {{text}} NOT NULL DEFAULT '';
UPDATE accounts SET email_key = lower(email), name_key = lower(display_name);
-- One index per sortable column: the list's first page in any order is an index walk, and a
-- jump to row N skips N entries of a covering index instead of sorting the table.
CREATE INDEX accounts_display_name ON accounts (display_name);
CREATE INDEX accounts_email ON accounts (email);
CREATE INDEX accounts_status ON accounts (status);
CREATE INDEX accounts_administrator ON accounts (administrator);
--@ sqlite postgresql
CREATE INDEX accounts_storage_limit ON accounts (coalesce(storage_limit, 9223372036854775807));
--@ mariadb
ALTER TABLE accounts ADD COLUMN storage_sort BIGINT AS (coalesce(storage_limit, 9223372036854775807)) VIRTUAL;
--@ mariadb
CREATE INDEX accounts_storage_limit ON accounts (storage_sort);
CREATE INDEX accounts_created_at ON accounts (created_at);
-- Substring search: a trigram index over the folded keys (SQLite >= 3.34). The keys are folded
-- already, so the index is case-sensitive, which lets GLOB patterns use it.
--@ sqlite
CREATE VIRTUAL TABLE accounts_search USING fts5 (login_key, email_key, name_key, content = 'accounts', content_rowid = 'id', tokenize = 'trigram case_sensitive 1', detail = 'none');
--@ sqlite
INSERT INTO accounts_search (accounts_search) VALUES ('rebuild');
--@ sqlite
CREATE TRIGGER accounts_search_insert AFTER INSERT ON accounts BEGIN INSERT INTO accounts_search (rowid, login_key, email_key, name_key) VALUES (new.id, new.login_key, new.email_key, new.name_key); END;
--@ sqlite
CREATE TRIGGER accounts_search_delete AFTER DELETE ON accounts BEGIN INSERT INTO accounts_search (accounts_search, rowid, login_key, email_key, name_key) VALUES ('delete', old.id, old.login_key, old.email_key, old.name_key); END;
--@ sqlite
CREATE TRIGGER accounts_search_update AFTER UPDATE OF login_key, email_key, name_key ON accounts BEGIN INSERT INTO accounts_search (accounts_search, rowid, login_key, email_key, name_key) VALUES ('delete', old.id, old.login_key, old.email_key, old.name_key); INSERT INTO accounts_search (rowid, login_key, email_key, name_key) VALUES (new.id, new.login_key, new.email_key, new.name_key); END;
-- PostgreSQL: trigram indexes of pg_trgm serve LIKE '%text%' on the folded keys; the C collation
-- of the key columns lets their plain indexes serve prefix ranges. MariaDB has no substring index.
--@ postgresql
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--@ postgresql
CREATE INDEX accounts_search_login ON accounts USING gin (login_key gin_trgm_ops);
--@ postgresql
CREATE INDEX accounts_search_email ON accounts USING gin (email_key gin_trgm_ops);
--@ postgresql
CREATE INDEX accounts_search_name ON accounts USING gin (name_key gin_trgm_ops);
