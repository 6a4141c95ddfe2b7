-- An account's subscription_count (the "unlicensed" filter's index) was kept by adding and
-- subtracting one per link. A new account is now written with the number of links it is created
-- with (AccountStore::newRow), so that its links, added in the same transaction, need not write
-- its row a second time: on PostgreSQL that second version cost every index of the row again, 84 ms
-- for an import batch of 500 accounts, as much as writing them. The count now follows the links by
-- counting them, and writes an account only where the count it holds differs. On PostgreSQL once
-- per statement, after locking the accounts concerned, so that a count made in another transaction
-- meanwhile is seen (read committed). The notation is explained in 0001_initial.sql.
--@ sqlite
DROP TRIGGER account_subscriptions_counted;
--@ sqlite
DROP TRIGGER account_subscriptions_uncounted;
--@ sqlite
CREATE TRIGGER account_subscriptions_counted AFTER INSERT ON account_subscriptions BEGIN UPDATE accounts SET subscription_count = (SELECT count(*) FROM account_subscriptions WHERE account_id = NEW.account_id) WHERE id = NEW.account_id AND subscription_count <> (SELECT count(*) FROM account_subscriptions WHERE account_id = NEW.account_id); END;
--@ sqlite
CREATE TRIGGER account_subscriptions_uncounted AFTER DELETE ON account_subscriptions BEGIN UPDATE accounts SET subscription_count = (SELECT count(*) FROM account_subscriptions WHERE account_id = OLD.account_id) WHERE id = OLD.account_id AND subscription_count <> (SELECT count(*) FROM account_subscriptions WHERE account_id = OLD.account_id); END;
--@ mariadb
DROP TRIGGER account_subscriptions_counted;
--@ mariadb
DROP TRIGGER account_subscriptions_uncounted;
--@ mariadb
CREATE TRIGGER account_subscriptions_counted AFTER INSERT ON account_subscriptions FOR EACH ROW UPDATE accounts SET subscription_count = (SELECT count(*) FROM account_subscriptions WHERE account_id = NEW.account_id) WHERE id = NEW.account_id AND subscription_count <> (SELECT count(*) FROM account_subscriptions WHERE account_id = NEW.account_id);
--@ mariadb
CREATE TRIGGER account_subscriptions_uncounted AFTER DELETE ON account_subscriptions FOR EACH ROW UPDATE accounts SET subscription_count = (SELECT count(*) FROM account_subscriptions WHERE account_id = OLD.account_id) WHERE id = OLD.account_id AND subscription_count <> (SELECT count(*) FROM account_subscriptions WHERE account_id = OLD.account_id);
--@ postgresql
DROP TRIGGER account_subscriptions_counted ON account_subscriptions;
--@ postgresql
CREATE OR REPLACE FUNCTION bc_count_subscriptions() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$ BEGIN PERFORM 1 FROM accounts WHERE id IN (SELECT account_id FROM changed) ORDER BY id FOR UPDATE; UPDATE accounts a SET subscription_count = c.n FROM (SELECT t.account_id, (SELECT count(*) FROM account_subscriptions s WHERE s.account_id = t.account_id) AS n FROM (SELECT DISTINCT account_id FROM changed) t) c WHERE a.id = c.account_id AND a.subscription_count <> c.n; RETURN NULL; END $$;
--@ postgresql
CREATE TRIGGER account_subscriptions_counted AFTER INSERT ON account_subscriptions REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION bc_count_subscriptions();
--@ postgresql
CREATE TRIGGER account_subscriptions_uncounted AFTER DELETE ON account_subscriptions REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION bc_count_subscriptions();
-- A group's account_count the same way on PostgreSQL: once per statement for the accounts it adds
-- or removes (an import batch adds 500 accounts in about 45 statements), no longer once per
-- account (17 ms of a batch of 500); a move still counts per account.
--@ postgresql
DROP TRIGGER accounts_counted ON accounts;
--@ postgresql
CREATE FUNCTION bc_count_accounts_added() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$ BEGIN UPDATE groups g SET account_count = g.account_count + c.n FROM (SELECT group_id, count(*) AS n FROM changed GROUP BY group_id) c WHERE g.id = c.group_id; RETURN NULL; END $$;
--@ postgresql
CREATE FUNCTION bc_count_accounts_removed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$ BEGIN UPDATE groups g SET account_count = g.account_count - c.n FROM (SELECT group_id, count(*) AS n FROM changed GROUP BY group_id) c WHERE g.id = c.group_id; RETURN NULL; END $$;
--@ postgresql
CREATE TRIGGER accounts_counted AFTER INSERT ON accounts REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION bc_count_accounts_added();
--@ postgresql
CREATE TRIGGER accounts_uncounted AFTER DELETE ON accounts REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION bc_count_accounts_removed();
--@ postgresql
CREATE TRIGGER accounts_moved AFTER UPDATE OF group_id ON accounts FOR EACH ROW WHEN (OLD.group_id <> NEW.group_id) EXECUTE FUNCTION bc_count_accounts();
--@ postgresql
CALL bc_row_security_install();
