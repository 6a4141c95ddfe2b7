-- Lists at a million accounts. The notation is explained in 0001_initial.sql.
-- SQLite: substring search answered by the index alone: with positions (detail = full) a search
-- is a phrase of trigrams, matched exactly in the index, so no account row is read to confirm a
-- hit (detail = none had to read every candidate: seconds at a million rows). No ranking, so no
-- column sizes.
--@ sqlite
DROP TRIGGER accounts_search_insert;
--@ sqlite
DROP TRIGGER accounts_search_delete;
--@ sqlite
DROP TRIGGER accounts_search_update;
--@ sqlite
DROP TABLE accounts_search;
--@ sqlite
CREATE VIRTUAL TABLE accounts_search USING fts5 (login_key, email_key, name_key, content = 'accounts', content_rowid = 'id', tokenize = 'trigram case_sensitive 1', detail = 'full', columnsize = 0);
--@ sqlite
INSERT INTO accounts_search (accounts_search) VALUES ('rebuild');
--@ sqlite
CREATE TRIGGER accounts_search_insert AFTER INSERT ON accounts BEGIN INSERT INTO accounts_search (rowid, login_key, email_key, name_key) VALUES (new.id, new.login_key, new.email_key, new.name_key); END;
--@ sqlite
CREATE TRIGGER accounts_search_delete AFTER DELETE ON accounts BEGIN INSERT INTO accounts_search (accounts_search, rowid, login_key, email_key, name_key) VALUES ('delete', old.id, old.login_key, old.email_key, old.name_key); END;
--@ sqlite
CREATE TRIGGER accounts_search_update AFTER UPDATE OF login_key, email_key, name_key ON accounts BEGIN INSERT INTO accounts_search (accounts_search, rowid, login_key, email_key, name_key) VALUES ('delete', old.id, old.login_key, old.email_key, old.name_key); INSERT INTO accounts_search (rowid, login_key, email_key, name_key) VALUES (new.id, new.login_key, new.email_key, new.name_key); END;
-- Searches shorter than a trigram match the start of the folded keys: index range scans. The
-- email column sorts by its folded key too (like the login), so that one index serves both.
--@ sqlite postgresql
DROP INDEX accounts_email;
--@ mariadb
DROP INDEX accounts_email ON accounts;
CREATE INDEX accounts_email_key ON accounts (email_key);
CREATE INDEX accounts_name_key ON accounts (name_key);
-- The accounts of each group, kept by the database with every insert, delete and move, so that
-- the group tree shows them without counting a million rows.
ALTER TABLE groups ADD COLUMN account_count {{int}} NOT NULL DEFAULT 0;
UPDATE groups SET account_count = (SELECT count(*) FROM accounts WHERE accounts.group_id = groups.id);
--@ sqlite
CREATE TRIGGER accounts_counted AFTER INSERT ON accounts BEGIN UPDATE groups SET account_count = account_count + 1 WHERE id = new.group_id; END;
--@ sqlite
CREATE TRIGGER accounts_uncounted AFTER DELETE ON accounts BEGIN UPDATE groups SET account_count = account_count - 1 WHERE id = old.group_id; END;
--@ sqlite
CREATE TRIGGER accounts_moved AFTER UPDATE OF group_id ON accounts WHEN old.group_id <> new.group_id BEGIN UPDATE groups SET account_count = account_count - 1 WHERE id = old.group_id; UPDATE groups SET account_count = account_count + 1 WHERE id = new.group_id; END;
--@ postgresql
CREATE FUNCTION bc_count_accounts() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'INSERT' THEN UPDATE groups SET account_count = account_count + 1 WHERE id = NEW.group_id; ELSIF TG_OP = 'DELETE' THEN UPDATE groups SET account_count = account_count - 1 WHERE id = OLD.group_id; ELSIF OLD.group_id <> NEW.group_id THEN UPDATE groups SET account_count = account_count - 1 WHERE id = OLD.group_id; UPDATE groups SET account_count = account_count + 1 WHERE id = NEW.group_id; END IF; RETURN NULL; END $$;
--@ postgresql
CREATE TRIGGER accounts_counted AFTER INSERT OR DELETE OR UPDATE OF group_id ON accounts FOR EACH ROW EXECUTE FUNCTION bc_count_accounts();
--@ mariadb
CREATE TRIGGER accounts_counted AFTER INSERT ON accounts FOR EACH ROW UPDATE groups SET account_count = account_count + 1 WHERE id = NEW.group_id;
--@ mariadb
CREATE TRIGGER accounts_uncounted AFTER DELETE ON accounts FOR EACH ROW UPDATE groups SET account_count = account_count - 1 WHERE id = OLD.group_id;
--@ mariadb
CREATE TRIGGER accounts_moved AFTER UPDATE ON accounts FOR EACH ROW BEGIN IF OLD.group_id <> NEW.group_id THEN UPDATE groups SET account_count = account_count - 1 WHERE id = OLD.group_id; UPDATE groups SET account_count = account_count + 1 WHERE id = NEW.group_id; END IF; END;
-- A group's children, in name order, without reading every group.
CREATE INDEX groups_parent ON groups (parent_id, name_key);
