-- Searching at a million accounts on MariaDB. The notation is explained in 0001_initial.sql.
-- MariaDB has no trigram index, so a search of three characters or more compared every row's
-- three keys with LIKE '%…%' (1.8 s at a million accounts). Here the database keeps its own
-- postings: each three characters that occur in an account's folded login, email or name key,
-- once per account. A search looks up the accounts holding every trigram of its text and checks
-- only those with the LIKE of before (AccountListQuery::searchCondition), so that it finds
-- exactly the same rows. The triggers keep the postings with every write of the keys: a new
-- account (the wizard, an import, a restore from the recycle bin), an edit, a delete.
-- The numbers 1 to 253, one per place a trigram may start in a key of 255 characters.
--@ mariadb
CREATE TABLE search_positions (n INT NOT NULL PRIMARY KEY){{table}};
--@ mariadb
INSERT INTO search_positions (n) WITH RECURSIVE p (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM p WHERE n < 253) SELECT n FROM p;
-- Binary: compared byte for byte, as the keys are (their collation utf8mb4_bin pads with spaces).
--@ mariadb
CREATE TABLE account_trigrams (trigram VARBINARY(12) NOT NULL, account_id BIGINT NOT NULL, PRIMARY KEY (trigram, account_id)){{table}};
-- The accounts there are, one key at a time (a UNION of the three is copied to a temporary
-- table first, slower); IGNORE drops a trigram the account has already.
--@ mariadb
INSERT IGNORE INTO account_trigrams (trigram, account_id) SELECT SUBSTRING(a.login_key, p.n, 3), a.id FROM accounts a JOIN search_positions p ON p.n + 2 <= CHAR_LENGTH(a.login_key);
--@ mariadb
INSERT IGNORE INTO account_trigrams (trigram, account_id) SELECT SUBSTRING(a.email_key, p.n, 3), a.id FROM accounts a JOIN search_positions p ON p.n + 2 <= CHAR_LENGTH(a.email_key);
--@ mariadb
INSERT IGNORE INTO account_trigrams (trigram, account_id) SELECT SUBSTRING(a.name_key, p.n, 3), a.id FROM accounts a JOIN search_positions p ON p.n + 2 <= CHAR_LENGTH(a.name_key);
--@ mariadb
CREATE TRIGGER accounts_trigrams_insert AFTER INSERT ON accounts FOR EACH ROW INSERT INTO account_trigrams (trigram, account_id) SELECT DISTINCT SUBSTRING(k.search_key, p.n, 3), NEW.id FROM (SELECT NEW.login_key AS search_key UNION ALL SELECT NEW.email_key UNION ALL SELECT NEW.name_key) k JOIN search_positions p ON p.n + 2 <= CHAR_LENGTH(k.search_key);
--@ mariadb
CREATE TRIGGER accounts_trigrams_update AFTER UPDATE ON accounts FOR EACH ROW BEGIN IF BINARY OLD.login_key <> BINARY NEW.login_key OR BINARY OLD.email_key <> BINARY NEW.email_key OR BINARY OLD.name_key <> BINARY NEW.name_key THEN DELETE t FROM account_trigrams t JOIN (SELECT DISTINCT SUBSTRING(k.search_key, p.n, 3) AS trigram FROM (SELECT OLD.login_key AS search_key UNION ALL SELECT OLD.email_key UNION ALL SELECT OLD.name_key) k JOIN search_positions p ON p.n + 2 <= CHAR_LENGTH(k.search_key)) o ON t.trigram = o.trigram AND t.account_id = OLD.id; INSERT INTO account_trigrams (trigram, account_id) SELECT DISTINCT SUBSTRING(k.search_key, p.n, 3), NEW.id FROM (SELECT NEW.login_key AS search_key UNION ALL SELECT NEW.email_key UNION ALL SELECT NEW.name_key) k JOIN search_positions p ON p.n + 2 <= CHAR_LENGTH(k.search_key); END IF; END;
--@ mariadb
CREATE TRIGGER accounts_trigrams_delete AFTER DELETE ON accounts FOR EACH ROW DELETE t FROM account_trigrams t JOIN (SELECT DISTINCT SUBSTRING(k.search_key, p.n, 3) AS trigram FROM (SELECT OLD.login_key AS search_key UNION ALL SELECT OLD.email_key UNION ALL SELECT OLD.name_key) k JOIN search_positions p ON p.n + 2 <= CHAR_LENGTH(k.search_key)) o ON t.trigram = o.trigram AND t.account_id = OLD.id;
