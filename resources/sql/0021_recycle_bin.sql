-- The recycle bin: a deleted account is kept here, whole, for the database's retention period
-- (database_settings "recycleBin.days", 30 when unset), and can be restored with its id. The notation
-- is explained in 0001_initial.sql.
--
-- `account` is the account as the audit log writes it (Json::fromAccount), its links included; its
-- login stays taken while it is here (AccountStore::freeLogins, bc_logins_taken). The password hash
-- is kept by the database itself as the row goes (an operator's role may not read it), and put back
-- by bc_restore_password() on PostgreSQL. The group of a kept account cannot be deleted.
CREATE TABLE recycle_bin (
    account_id {{int}} NOT NULL PRIMARY KEY,
    group_id {{int}} NOT NULL REFERENCES groups (id) ON DELETE RESTRICT,
    login {{text}} NOT NULL,
    login_key {{text}} NOT NULL,
    deleted_at {{text}} NOT NULL,
    account {{long}} NOT NULL,
    password_hash {{text}}
){{table}};
CREATE UNIQUE INDEX recycle_bin_login_key ON recycle_bin (login_key);
CREATE INDEX recycle_bin_deleted_at ON recycle_bin (deleted_at);
CREATE INDEX recycle_bin_group ON recycle_bin (group_id);
--@ sqlite
CREATE TRIGGER accounts_keep_password BEFORE DELETE ON accounts WHEN OLD.password_hash IS NOT NULL BEGIN UPDATE recycle_bin SET password_hash = OLD.password_hash WHERE account_id = OLD.id; END;
--@ mariadb
CREATE TRIGGER accounts_keep_password BEFORE DELETE ON accounts FOR EACH ROW UPDATE recycle_bin SET password_hash = OLD.password_hash WHERE account_id = OLD.id AND OLD.password_hash IS NOT NULL;
--@ postgresql
CREATE FUNCTION bc_keep_password() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$ BEGIN UPDATE recycle_bin SET password_hash = OLD.password_hash WHERE account_id = OLD.id; RETURN OLD; END $$;
--@ postgresql
CREATE TRIGGER accounts_keep_password BEFORE DELETE ON accounts FOR EACH ROW WHEN (OLD.password_hash IS NOT NULL) EXECUTE FUNCTION bc_keep_password();
-- Puts a restored account's kept password hash back, before its row leaves the bin (an operator's
-- role may neither read nor write the hash itself); only into an account the session reaches.
--@ postgresql
CREATE FUNCTION bc_restore_password(restored_id BIGINT) RETURNS void LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
UPDATE accounts a SET password_hash = b.password_hash FROM recycle_bin b
WHERE b.account_id = restored_id AND a.id = restored_id AND b.password_hash IS NOT NULL AND a.password_hash IS NULL
AND (bc_is_owner() OR (SELECT bc_sees_everything()) OR a.group_id = ANY (ARRAY (SELECT bc_groups(false))))
$$;
-- A login kept in the bin is taken too.
--@ postgresql
CREATE OR REPLACE FUNCTION bc_logins_taken(login_keys TEXT[]) RETURNS SETOF TEXT LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
SELECT a.login_key FROM accounts a WHERE a.login_key = ANY (login_keys) AND bc_session_account() IS NOT NULL
UNION ALL
SELECT b.login_key FROM recycle_bin b WHERE b.login_key = ANY (login_keys) AND bc_session_account() IS NOT NULL
$$;
-- Row security installs as before (0017 … 0020); an operator reaches the kept accounts of its
-- groups, never their password hashes.
--@ postgresql
ALTER PROCEDURE bc_row_security_install() RENAME TO bc_row_security_install_0020;
--@ postgresql
CREATE PROCEDURE bc_row_security_install() LANGUAGE plpgsql AS $proc$
DECLARE
    owner_role TEXT;
    operator_role TEXT;
    scope TEXT := '(SELECT bc_sees_everything()) OR group_id = ANY (ARRAY (SELECT bc_groups(false)))';
BEGIN
    CALL bc_row_security_install_0020();
    SELECT r.owner_role, r.operator_role INTO owner_role, operator_role FROM database_roles r;
    IF operator_role IS NULL OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolcreaterole)) THEN
        RETURN;
    END IF;
    ALTER TABLE recycle_bin ENABLE ROW LEVEL SECURITY;
    ALTER TABLE recycle_bin FORCE ROW LEVEL SECURITY;
    REVOKE ALL ON recycle_bin FROM PUBLIC;
    EXECUTE format('REVOKE ALL ON recycle_bin FROM %I', operator_role);
    DROP POLICY IF EXISTS owner_all ON recycle_bin;
    EXECUTE format('CREATE POLICY owner_all ON recycle_bin TO %I USING (true) WITH CHECK (true)', owner_role);
    EXECUTE format('GRANT SELECT (account_id, group_id, login, login_key, deleted_at, account), INSERT (account_id, group_id, login, login_key, deleted_at, account), DELETE ON recycle_bin TO %I', operator_role);
    DROP POLICY IF EXISTS operator_all ON recycle_bin;
    EXECUTE format('CREATE POLICY operator_all ON recycle_bin TO %I USING (%s) WITH CHECK (%s)', operator_role, scope, scope);
    EXECUTE format('GRANT EXECUTE ON FUNCTION bc_restore_password(bigint) TO %I', operator_role);
END
$proc$;
--@ postgresql
CALL bc_row_security_install();
