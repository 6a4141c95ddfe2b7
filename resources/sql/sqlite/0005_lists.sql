-- Lists at a million accounts (issue 6). Statements end with ";" at the end of a line; a
-- trigger's body stays on one line.
-- Substring search answered by the index alone: with positions (detail = full) a search is a
-- phrase of trigrams, matched exactly in the index, so no account row is read to confirm a hit
-- (detail = none had to read every candidate: seconds at a million rows). No ranking, so no
-- column sizes.
DROP TRIGGER accounts_search_insert;
DROP TRIGGER accounts_search_delete;
DROP TRIGGER accounts_search_update;
DROP TABLE accounts_search;
CREATE VIRTUAL TABLE accounts_search USING fts5 (login_key, email_key, name_key, content = 'accounts', content_rowid = 'id', tokenize = 'trigram case_sensitive 1', detail = 'full', columnsize = 0);
INSERT INTO accounts_search (accounts_search) VALUES ('rebuild');
CREATE TRIGGER accounts_search_insert AFTER INSERT ON accounts BEGIN INSERT INTO accounts_search (rowid, login_key, email_key, name_key) VALUES (new.id, new.login_key, new.email_key, new.name_key); END;
CREATE TRIGGER accounts_search_delete AFTER DELETE ON accounts BEGIN INSERT INTO accounts_search (accounts_search, rowid, login_key, email_key, name_key) VALUES ('delete', old.id, old.login_key, old.email_key, old.name_key); END;
CREATE TRIGGER accounts_search_update AFTER UPDATE OF login_key, email_key, name_key ON accounts BEGIN INSERT INTO accounts_search (accounts_search, rowid, login_key, email_key, name_key) VALUES ('delete', old.id, old.login_key, old.email_key, old.name_key); INSERT INTO accounts_search (rowid, login_key, email_key, name_key) VALUES (new.id, new.login_key, new.email_key, new.name_key); END;
-- Searches shorter than a trigram match the start of the folded keys: index range scans. The
-- email column sorts by its folded key too (like the login), so that one index serves both.
DROP INDEX accounts_email;
CREATE INDEX accounts_email_key ON accounts (email_key);
CREATE INDEX accounts_name_key ON accounts (name_key);
-- The accounts of each group, kept by the database with every insert, delete and move, so that
-- the group tree shows them without counting a million rows.
ALTER TABLE groups ADD COLUMN account_count INTEGER NOT NULL DEFAULT 0;
UPDATE groups SET account_count = (SELECT count(*) FROM accounts WHERE accounts.group_id = groups.id);
CREATE TRIGGER accounts_counted AFTER INSERT ON accounts BEGIN UPDATE groups SET account_count = account_count + 1 WHERE id = new.group_id; END;
CREATE TRIGGER accounts_uncounted AFTER DELETE ON accounts BEGIN UPDATE groups SET account_count = account_count - 1 WHERE id = old.group_id; END;
CREATE TRIGGER accounts_moved AFTER UPDATE OF group_id ON accounts WHEN old.group_id <> new.group_id BEGIN UPDATE groups SET account_count = account_count - 1 WHERE id = old.group_id; UPDATE groups SET account_count = account_count + 1 WHERE id = new.group_id; END;
-- A group's children, in name order, without reading every group.
CREATE INDEX groups_parent ON groups (parent_id, name_key);
