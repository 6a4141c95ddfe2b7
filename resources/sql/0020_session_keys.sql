-- A console signed in as an operator's own role opens several connections (its worker, the list's,
-- the outbox's) and opens them again after the server went away; an operator with a second factor
-- proves it once, on the first (bc_verify_code, 0017), since a code is single-use. That session then
-- takes a key (bc_issue_session_key) which the console keeps in memory only, and its other
-- connections present it (bc_resume_session) to be verified too. The database keeps a hash of the
-- key, for the operator's role alone, while a session verified by it lives and for twelve hours
-- after it was last used; a key of another role, an unknown or an expired one verifies nothing.
--@ postgresql
CREATE TABLE operator_session_keys (key_hash BYTEA PRIMARY KEY, account_id BIGINT NOT NULL, issued_at TIMESTAMPTZ NOT NULL, last_used TIMESTAMPTZ NOT NULL);
-- Which key verified a session (NULL: its own code).
--@ postgresql
ALTER TABLE operator_sessions ADD COLUMN key_hash BYTEA;
-- A key for the other connections of this session, which must be verified already; NULL otherwise.
--@ postgresql
CREATE FUNCTION bc_issue_session_key() RETURNS TEXT LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    account BIGINT := bc_session_account();
    key TEXT;
BEGIN
    IF account IS NULL OR NOT bc_session_verified(account) THEN RETURN NULL; END IF;
    DELETE FROM operator_session_keys k WHERE k.last_used < clock_timestamp() - interval '12 hours'
        AND NOT EXISTS (SELECT 1 FROM operator_sessions s JOIN pg_stat_activity a ON a.pid = s.pid WHERE s.key_hash = k.key_hash);
    key := encode(gen_random_bytes(32), 'hex');
    INSERT INTO operator_session_keys (key_hash, account_id, issued_at, last_used)
    VALUES (sha256(convert_to(key, 'UTF8')), account, clock_timestamp(), clock_timestamp());
    RETURN key;
END
$$;
-- Verifies this session with the key another session of the same operator took: true when it did.
--@ postgresql
CREATE FUNCTION bc_resume_session(session_key TEXT) RETURNS BOOLEAN LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    account BIGINT := bc_session_account();
    hash BYTEA := sha256(convert_to(coalesce(session_key, ''), 'UTF8'));
BEGIN
    IF account IS NULL THEN RETURN false; END IF;
    UPDATE operator_session_keys k SET last_used = clock_timestamp() WHERE k.key_hash = hash AND k.account_id = account
        AND (k.last_used >= clock_timestamp() - interval '12 hours'
            OR EXISTS (SELECT 1 FROM operator_sessions s JOIN pg_stat_activity a ON a.pid = s.pid WHERE s.key_hash = k.key_hash));
    IF NOT FOUND THEN RETURN false; END IF;
    DELETE FROM operator_sessions s WHERE s.pid = pg_backend_pid();
    INSERT INTO operator_sessions (pid, started, account_id, verified_at, key_hash)
    SELECT pg_backend_pid(), backend_start, account, clock_timestamp(), hash FROM pg_stat_activity WHERE pid = pg_backend_pid();
    RETURN true;
END
$$;
-- Row security installs as before (0017, 0018), and the keys are the owner's alone.
--@ postgresql
ALTER PROCEDURE bc_row_security_install() RENAME TO bc_row_security_install_0018;
--@ postgresql
CREATE PROCEDURE bc_row_security_install() LANGUAGE plpgsql AS $proc$
DECLARE
    owner_role TEXT;
    operator_role TEXT;
BEGIN
    CALL bc_row_security_install_0018();
    SELECT r.owner_role, r.operator_role INTO owner_role, operator_role FROM database_roles r;
    IF operator_role IS NULL OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolcreaterole)) THEN
        RETURN;
    END IF;
    ALTER TABLE operator_session_keys ENABLE ROW LEVEL SECURITY;
    ALTER TABLE operator_session_keys FORCE ROW LEVEL SECURITY;
    REVOKE ALL ON operator_session_keys FROM PUBLIC;
    EXECUTE format('REVOKE ALL ON operator_session_keys FROM %I', operator_role);
    DROP POLICY IF EXISTS owner_all ON operator_session_keys;
    EXECUTE format('CREATE POLICY owner_all ON operator_session_keys TO %I USING (true) WITH CHECK (true)', owner_role);
    EXECUTE format('GRANT EXECUTE ON FUNCTION bc_issue_session_key() TO %I', operator_role);
    EXECUTE format('GRANT EXECUTE ON FUNCTION bc_resume_session(text) TO %I', operator_role);
END
$proc$;
--@ postgresql
CALL bc_row_security_install();
