-- MariaDB's trigram postings (0023), their rule said once. 0023 wrote it in each of its triggers,
-- for each key, and the console wrote it once more to fill the postings of the accounts there were
-- (AccountStore::fillSearchTrigrams). Now the view account_key_trigrams is the rule: the three
-- characters that start at each place of an account's folded login, email and name key. The
-- triggers and the fill read it. A write of the keys takes the account's postings out before the
-- row changes (BEFORE: the view still shows the old keys) and puts them back after; a delete takes
-- them out before the row goes. A later migration that replaces the view makes the triggers again:
-- MariaDB 10.11's triggers went on reading the view as it was when they first ran ("table s doesn't
-- exist" after its aliases changed). The notation is explained in 0001_initial.sql; a migration is
-- no transaction on MariaDB, so each statement here may run again after one that failed halfway.
-- The three keys, numbered: joined to the accounts, a key at a time without a UNION (which would be
-- copied to a temporary table) or a DISTINCT.
--@ mariadb
CREATE TABLE IF NOT EXISTS search_keys (k TINYINT NOT NULL PRIMARY KEY){{table}};
--@ mariadb
INSERT IGNORE INTO search_keys (k) VALUES (1), (2), (3);
--@ mariadb
CREATE OR REPLACE VIEW account_key_trigrams AS SELECT a.id AS account_id, SUBSTRING(CASE s.k WHEN 1 THEN a.login_key WHEN 2 THEN a.email_key ELSE a.name_key END, p.n, 3) AS trigram FROM accounts a JOIN search_keys s JOIN search_positions p ON p.n <= CHAR_LENGTH(CASE s.k WHEN 1 THEN a.login_key WHEN 2 THEN a.email_key ELSE a.name_key END) - 2;
-- IGNORE drops a trigram another key of the account has too (the only error such an INSERT can
-- meet is that duplicate); a delete joins the account's trigrams to the primary key of the postings.
--@ mariadb
DROP TRIGGER IF EXISTS accounts_trigrams_insert;
--@ mariadb
CREATE TRIGGER accounts_trigrams_insert AFTER INSERT ON accounts FOR EACH ROW INSERT IGNORE INTO account_trigrams (trigram, account_id) SELECT trigram, account_id FROM account_key_trigrams WHERE account_id = NEW.id;
--@ mariadb
DROP TRIGGER IF EXISTS accounts_trigrams_update;
--@ mariadb
DROP TRIGGER IF EXISTS accounts_trigrams_unindex;
--@ mariadb
CREATE TRIGGER accounts_trigrams_unindex BEFORE UPDATE ON accounts FOR EACH ROW BEGIN IF BINARY OLD.login_key <> BINARY NEW.login_key OR BINARY OLD.email_key <> BINARY NEW.email_key OR BINARY OLD.name_key <> BINARY NEW.name_key THEN DELETE t FROM account_key_trigrams v JOIN account_trigrams t ON t.trigram = v.trigram AND t.account_id = v.account_id WHERE v.account_id = OLD.id; END IF; END;
--@ mariadb
CREATE TRIGGER accounts_trigrams_update AFTER UPDATE ON accounts FOR EACH ROW BEGIN IF BINARY OLD.login_key <> BINARY NEW.login_key OR BINARY OLD.email_key <> BINARY NEW.email_key OR BINARY OLD.name_key <> BINARY NEW.name_key THEN INSERT IGNORE INTO account_trigrams (trigram, account_id) SELECT trigram, account_id FROM account_key_trigrams WHERE account_id = NEW.id; END IF; END;
--@ mariadb
DROP TRIGGER IF EXISTS accounts_trigrams_delete;
--@ mariadb
CREATE TRIGGER accounts_trigrams_delete BEFORE DELETE ON accounts FOR EACH ROW DELETE t FROM account_key_trigrams v JOIN account_trigrams t ON t.trigram = v.trigram AND t.account_id = v.account_id WHERE v.account_id = OLD.id;
