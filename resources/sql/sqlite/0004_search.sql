-- Search and sort at a million accounts (issue 6). Statements end with ";" at the end of a line;
-- a trigger's body stays on one line.
-- Folded (NFKC + case fold) search keys of the email and the name, written by the storage layer
-- (AccountStore) with every insert and update; the login has its key since 0001. SQL has no
-- Unicode case folding, so lower() fills them here and the console folds them properly right
-- after this script (AccountStore::refoldSearchKeys).
ALTER TABLE accounts ADD COLUMN email_key TEXT NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
UPDATE accounts SET email_key = lower(email), name_key = lower(display_name);
-- One index per sortable column: the list's first page in any order is an index walk, and a
-- jump to row N skips N entries of a covering index instead of sorting the table.
CREATE INDEX accounts_display_name ON accounts (display_name);
CREATE INDEX accounts_email ON accounts (email);
CREATE INDEX accounts_status ON accounts (status);
CREATE INDEX accounts_administrator ON accounts (administrator);
CREATE INDEX accounts_storage_limit ON accounts (coalesce(storage_limit, 9223372036854775807));
CREATE INDEX accounts_created_at ON accounts (created_at);
-- Substring search: a trigram index over the folded keys (SQLite >= 3.34). The keys are folded
-- already, so the index is case-sensitive, which lets GLOB patterns use it.
CREATE VIRTUAL TABLE accounts_search USING fts5 (login_key, email_key, name_key, content = 'accounts', content_rowid = 'id', tokenize = 'trigram case_sensitive 1', detail = 'none');
INSERT INTO accounts_search (accounts_search) VALUES ('rebuild');
CREATE TRIGGER accounts_search_insert AFTER INSERT ON accounts BEGIN INSERT INTO accounts_search (rowid, login_key, email_key, name_key) VALUES (new.id, new.login_key, new.email_key, new.name_key); END;
CREATE TRIGGER accounts_search_delete AFTER DELETE ON accounts BEGIN INSERT INTO accounts_search (accounts_search, rowid, login_key, email_key, name_key) VALUES ('delete', old.id, old.login_key, old.email_key, old.name_key); END;
CREATE TRIGGER accounts_search_update AFTER UPDATE OF login_key, email_key, name_key ON accounts BEGIN INSERT INTO accounts_search (accounts_search, rowid, login_key, email_key, name_key) VALUES ('delete', old.id, old.login_key, old.email_key, old.name_key); INSERT INTO accounts_search (rowid, login_key, email_key, name_key) VALUES (new.id, new.login_key, new.email_key, new.name_key); END;
