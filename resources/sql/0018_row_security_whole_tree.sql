-- An operator of the top group reaches every group. Its policies on the two large tables,
-- accounts and the audit log, and on reading the groups ask that once per statement (an InitPlan)
-- rather than compare each row's group with every group there is: "= ANY (array)" searches the
-- array row by row, 2,000 groups for each of the 50,000 rows a jump skips, or for each of the
-- 2,000 groups a subtree's count sums. An organization's operator is checked as before.
-- Row security is installed by bc_row_security_install() (0017); this migration wraps it, so that
-- a later call (a newer migration, or by hand) keeps these policies.
--
-- Whether the session's operator is one of the top group's, its second factor verified where it
-- needs one: whether bc_groups(false) would answer every group.
--@ postgresql
CREATE FUNCTION bc_sees_everything() RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
SELECT EXISTS (SELECT 1 FROM accounts a JOIN groups g ON g.id = a.group_id WHERE a.id = bc_session_account()
    AND g.parent_id IS NULL AND (NOT bc_needs_mfa(a.id) OR bc_session_verified(a.id)))
$$;
-- The substring search of an operator's list (0017), with the same shortcut.
--@ postgresql
CREATE OR REPLACE FUNCTION bc_search_accounts(pattern TEXT) RETURNS SETOF BIGINT LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp ROWS 1000 AS $$
SELECT a.id FROM accounts a WHERE (a.login_key || chr(1) || a.email_key || chr(1) || a.name_key) LIKE pattern ESCAPE '!'
AND ((SELECT bc_sees_everything()) OR a.group_id = ANY (ARRAY (SELECT bc_groups(false))))
$$;
-- The sort indexes (0007) carry each row's group, so that the policy is checked in the index: a
-- page that skips rows, and the list's anchors, read the index alone as the owner's do, instead of
-- a table row for every row skipped (the planner then sorted the whole table instead).
--@ postgresql
DROP INDEX accounts_sort_login;
--@ postgresql
CREATE INDEX accounts_sort_login ON accounts (login_key, id) INCLUDE (group_id);
--@ postgresql
DROP INDEX accounts_sort_name;
--@ postgresql
CREATE INDEX accounts_sort_name ON accounts (display_name, id) INCLUDE (group_id);
--@ postgresql
DROP INDEX accounts_sort_email;
--@ postgresql
CREATE INDEX accounts_sort_email ON accounts (email_key, id) INCLUDE (group_id);
--@ postgresql
DROP INDEX accounts_sort_status;
--@ postgresql
CREATE INDEX accounts_sort_status ON accounts (status, id) INCLUDE (group_id);
--@ postgresql
DROP INDEX accounts_sort_administrator;
--@ postgresql
CREATE INDEX accounts_sort_administrator ON accounts (administrator, id) INCLUDE (group_id);
--@ postgresql
DROP INDEX accounts_sort_storage;
--@ postgresql
CREATE INDEX accounts_sort_storage ON accounts (coalesce(storage_limit, 9223372036854775807), id) INCLUDE (group_id);
--@ postgresql
DROP INDEX accounts_sort_created;
--@ postgresql
CREATE INDEX accounts_sort_created ON accounts (created_at, id) INCLUDE (group_id);
--@ postgresql
ALTER PROCEDURE bc_row_security_install() RENAME TO bc_row_security_install_0017;
--@ postgresql
CREATE PROCEDURE bc_row_security_install() LANGUAGE plpgsql AS $proc$
DECLARE
    operator_role TEXT;
    scope TEXT := '(SELECT bc_sees_everything()) OR group_id = ANY (ARRAY (SELECT bc_groups(false)))';
BEGIN
    CALL bc_row_security_install_0017();
    SELECT r.operator_role INTO operator_role FROM database_roles r;
    -- Not installed (a user that may not create roles): nothing to change.
    IF operator_role IS NULL OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolcreaterole)) THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT EXECUTE ON FUNCTION bc_sees_everything() TO %I', operator_role);
    DROP POLICY IF EXISTS operator_all ON accounts;
    EXECUTE format('CREATE POLICY operator_all ON accounts TO %I USING (%s) WITH CHECK (%s)', operator_role, scope, scope);
    DROP POLICY IF EXISTS operator_read ON audit_log;
    EXECUTE format('CREATE POLICY operator_read ON audit_log FOR SELECT TO %I USING (%s)', operator_role, scope);
    -- Reading the groups (the list's count of a subtree sums them): the same shortcut; writes as before.
    DROP POLICY IF EXISTS operator_read ON groups;
    EXECUTE format('CREATE POLICY operator_read ON groups FOR SELECT TO %I USING ((SELECT bc_sees_everything()) OR id = ANY (ARRAY (SELECT bc_groups(true))))', operator_role);
END
$proc$;
--@ postgresql
CALL bc_row_security_install();
