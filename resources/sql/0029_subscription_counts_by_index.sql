-- PostgreSQL's count of an account's subscriptions (0026) joined a statement's changed links to
-- accounts: the planner, seeing a few dozen links, hashed the whole accounts table for each
-- statement of links (14 ms at 20,000 accounts, growing with the table), and the UPDATE ran, with
-- the statement triggers on accounts, even when no count differed, as for the accounts an import
-- writes with their counts. Now the accounts are found through their key, and written only when a
-- count differs. Each call plans its statements for the accounts at hand: a plan kept from the first
-- calls, made while the table was small, went on reading all of it (5 ms a statement at 20,000).
-- The lock before the count stays: a count made in another transaction meanwhile is seen (read
-- committed). The notation is explained in 0001_initial.sql.
--@ postgresql
CREATE OR REPLACE FUNCTION bc_count_subscriptions() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
    SET plan_cache_mode = force_custom_plan AS $$
DECLARE
    concerned bigint[] := ARRAY(SELECT DISTINCT account_id FROM changed ORDER BY account_id);
    wrong bigint[];
    counts bigint[];
BEGIN
    PERFORM 1 FROM accounts WHERE id = ANY (concerned) ORDER BY id FOR UPDATE;
    SELECT array_agg(a.id), array_agg(c.n) INTO wrong, counts
        FROM accounts a CROSS JOIN LATERAL (SELECT count(*) AS n FROM account_subscriptions s WHERE s.account_id = a.id) c
        WHERE a.id = ANY (concerned) AND a.subscription_count <> c.n;
    IF wrong IS NOT NULL THEN
        UPDATE accounts a SET subscription_count = u.n FROM unnest(wrong, counts) AS u (id, n) WHERE a.id = u.id;
    END IF;
    RETURN NULL;
END
$$;
