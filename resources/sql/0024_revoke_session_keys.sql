-- Signing out ends an operator's session key on the server too, not only in the console's memory
-- (0020): the key verifies no further connection, and the connections it verified, with the one
-- that took it, are verified no more. A console calls bc_revoke_session_key as its window closes
-- after Sign out or a switch to another database; a key nobody revoked still ends twelve hours after
-- it was last used. The notation is explained in 0001_initial.sql.
--@ postgresql
CREATE FUNCTION bc_revoke_session_key(session_key TEXT) RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    account BIGINT := bc_session_account();
    hash BYTEA := sha256(convert_to(coalesce(session_key, ''), 'UTF8'));
BEGIN
    IF account IS NULL THEN RETURN; END IF;
    DELETE FROM operator_session_keys k WHERE k.key_hash = hash AND k.account_id = account;
    IF FOUND THEN
        DELETE FROM operator_sessions s WHERE s.account_id = account AND (s.key_hash = hash OR s.pid = pg_backend_pid());
    END IF;
END
$$;
-- Row security installs as before (0017 … 0021), and an operator's role may revoke its own keys.
--@ postgresql
ALTER PROCEDURE bc_row_security_install() RENAME TO bc_row_security_install_0021;
--@ postgresql
CREATE PROCEDURE bc_row_security_install() LANGUAGE plpgsql AS $proc$
DECLARE
    operator_role TEXT;
BEGIN
    CALL bc_row_security_install_0021();
    SELECT r.operator_role INTO operator_role FROM database_roles r;
    IF operator_role IS NULL OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolcreaterole)) THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT EXECUTE ON FUNCTION bc_revoke_session_key(text) TO %I', operator_role);
END
$proc$;
--@ postgresql
CALL bc_row_security_install();
