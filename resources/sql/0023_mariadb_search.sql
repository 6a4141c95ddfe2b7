-- Searching at a million accounts on MariaDB. The notation is explained in 0001_initial.sql.
-- MariaDB has no trigram index, so a search of three characters or more compared every row's
-- three keys with LIKE '%…%' (1.8 s at a million accounts). Here the database keeps its own
-- postings: each three characters that occur in an account's folded login, email or name key,
-- once per account. A search looks up the accounts holding every trigram of its text and checks
-- only those with the LIKE of before (AccountListQuery::searchCondition), so that it finds
-- exactly the same rows. The triggers keep the postings with every write of the keys: a new
-- account (the wizard, an import, a restore from the recycle bin), an edit, a delete. The
-- postings of the accounts there are the console writes after this script, a batch of accounts
-- per statement (AccountStore::fillSearchTrigrams): one statement for a million accounts outlasted
-- the connection's read timeout. A migration is no transaction on MariaDB: each statement here
-- may run again after one that failed halfway.
-- The numbers 1 to 253, one per place a trigram may start in a key of 255 characters.
--@ mariadb
CREATE TABLE IF NOT EXISTS search_positions (n INT NOT NULL PRIMARY KEY){{table}};
--@ mariadb
INSERT IGNORE INTO search_positions (n) WITH RECURSIVE p (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM p WHERE n < 253) SELECT n FROM p;
-- Binary: compared byte for byte, as the keys are (their collation utf8mb4_bin pads with spaces).
--@ mariadb
CREATE TABLE IF NOT EXISTS account_trigrams (trigram VARBINARY(12) NOT NULL, account_id BIGINT NOT NULL, PRIMARY KEY (trigram, account_id)){{table}};
-- Each key on its own, in a range of search_positions: no temporary table for a UNION or a
-- DISTINCT in every write. IGNORE drops a trigram another key of the account has too (and the
-- only error such an INSERT can meet is that duplicate). A delete joins the positions to the
-- primary key of the postings, an index lookup per trigram.
--@ mariadb
CREATE TRIGGER IF NOT EXISTS accounts_trigrams_insert AFTER INSERT ON accounts FOR EACH ROW BEGIN INSERT IGNORE INTO account_trigrams (trigram, account_id) SELECT SUBSTRING(NEW.login_key, n, 3), NEW.id FROM search_positions WHERE n <= CHAR_LENGTH(NEW.login_key) - 2; INSERT IGNORE INTO account_trigrams (trigram, account_id) SELECT SUBSTRING(NEW.email_key, n, 3), NEW.id FROM search_positions WHERE n <= CHAR_LENGTH(NEW.email_key) - 2; INSERT IGNORE INTO account_trigrams (trigram, account_id) SELECT SUBSTRING(NEW.name_key, n, 3), NEW.id FROM search_positions WHERE n <= CHAR_LENGTH(NEW.name_key) - 2; END;
--@ mariadb
CREATE TRIGGER IF NOT EXISTS accounts_trigrams_update AFTER UPDATE ON accounts FOR EACH ROW BEGIN IF BINARY OLD.login_key <> BINARY NEW.login_key OR BINARY OLD.email_key <> BINARY NEW.email_key OR BINARY OLD.name_key <> BINARY NEW.name_key THEN DELETE t FROM search_positions p JOIN account_trigrams t ON t.trigram = SUBSTRING(OLD.login_key, p.n, 3) AND t.account_id = OLD.id WHERE p.n <= CHAR_LENGTH(OLD.login_key) - 2; DELETE t FROM search_positions p JOIN account_trigrams t ON t.trigram = SUBSTRING(OLD.email_key, p.n, 3) AND t.account_id = OLD.id WHERE p.n <= CHAR_LENGTH(OLD.email_key) - 2; DELETE t FROM search_positions p JOIN account_trigrams t ON t.trigram = SUBSTRING(OLD.name_key, p.n, 3) AND t.account_id = OLD.id WHERE p.n <= CHAR_LENGTH(OLD.name_key) - 2; INSERT IGNORE INTO account_trigrams (trigram, account_id) SELECT SUBSTRING(NEW.login_key, n, 3), NEW.id FROM search_positions WHERE n <= CHAR_LENGTH(NEW.login_key) - 2; INSERT IGNORE INTO account_trigrams (trigram, account_id) SELECT SUBSTRING(NEW.email_key, n, 3), NEW.id FROM search_positions WHERE n <= CHAR_LENGTH(NEW.email_key) - 2; INSERT IGNORE INTO account_trigrams (trigram, account_id) SELECT SUBSTRING(NEW.name_key, n, 3), NEW.id FROM search_positions WHERE n <= CHAR_LENGTH(NEW.name_key) - 2; END IF; END;
--@ mariadb
CREATE TRIGGER IF NOT EXISTS accounts_trigrams_delete AFTER DELETE ON accounts FOR EACH ROW BEGIN DELETE t FROM search_positions p JOIN account_trigrams t ON t.trigram = SUBSTRING(OLD.login_key, p.n, 3) AND t.account_id = OLD.id WHERE p.n <= CHAR_LENGTH(OLD.login_key) - 2; DELETE t FROM search_positions p JOIN account_trigrams t ON t.trigram = SUBSTRING(OLD.email_key, p.n, 3) AND t.account_id = OLD.id WHERE p.n <= CHAR_LENGTH(OLD.email_key) - 2; DELETE t FROM search_positions p JOIN account_trigrams t ON t.trigram = SUBSTRING(OLD.name_key, p.n, 3) AND t.account_id = OLD.id WHERE p.n <= CHAR_LENGTH(OLD.name_key) - 2; END;
