-- The triggers that keep an operator's PostgreSQL role in line with its account (0017) ran for
-- every account a statement wrote, although only the few accounts with a role have anything to
-- bring in line: disabling 100,000 accounts called bc_operator_role_apply 100,000 times, 2 s of the
-- server's 9. Now they run once per statement, over the written accounts that have a role (their
-- transition tables joined to operator_roles). What each does for such an account is unchanged:
-- a new password hash takes the role's password away until core sets the new one; a new login,
-- status, switch or password renames the role, lets it sign in or not; a deleted account drops
-- it. The notation is explained in 0001_initial.sql.
--@ postgresql
CREATE FUNCTION bc_operator_roles_follow() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    written RECORD;
BEGIN
    IF TG_OP = 'DELETE' THEN
        FOR written IN SELECT o.id FROM old_rows o JOIN operator_roles r ON r.account_id = o.id ORDER BY o.id LOOP
            PERFORM bc_operator_role_apply(written.id, NULL);
        END LOOP;
        RETURN NULL;
    END IF;
    FOR written IN SELECT n.id, r.role_name, o.password_hash IS DISTINCT FROM n.password_hash AS new_password
        FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN operator_roles r ON r.account_id = n.id
        WHERE o.login_key IS DISTINCT FROM n.login_key OR o.status IS DISTINCT FROM n.status
            OR o.administrator IS DISTINCT FROM n.administrator OR o.password_hash IS DISTINCT FROM n.password_hash
        ORDER BY n.id LOOP
        IF written.new_password THEN
            EXECUTE format('ALTER ROLE %I PASSWORD NULL', written.role_name);
        END IF;
        PERFORM bc_operator_role_apply(written.id, NULL);
    END LOOP;
    RETURN NULL;
END
$$;
--@ postgresql
DROP TRIGGER accounts_operator_role ON accounts;
--@ postgresql
DROP TRIGGER accounts_operator_role_gone ON accounts;
--@ postgresql
CREATE TRIGGER accounts_operator_role AFTER UPDATE ON accounts REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bc_operator_roles_follow();
--@ postgresql
CREATE TRIGGER accounts_operator_role_gone AFTER DELETE ON accounts REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bc_operator_roles_follow();
