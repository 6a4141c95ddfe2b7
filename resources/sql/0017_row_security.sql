-- Operators' scopes enforced by PostgreSQL itself (row-level security). The notation is explained
-- in 0001_initial.sql; a function's body between $$ (or $name$) marks may span lines here.
--
-- Roles, per database (role names are the cluster's, so they carry the database's oid):
--   bc_<oid>_owner     NOLOGIN, owns every table, sequence and function; CREATEROLE, so that the
--                      definer functions below can make the operators' roles. Nobody signs in as it;
--                      whoever holds the owner's credentials (the user that migrates) is a member.
--   bc_<oid>_operator  NOLOGIN, holds the operators' grants.
--   one LOGIN role per operator, named after its login and the database ("alice@backup"), member
--   of bc_<oid>_operator only; made when the operator gets a password (bc_operator_password).
-- None of them is BYPASSRLS. Policies key on session_user through one definer function,
-- bc_groups(), never on a setting the client could change.
-- Every other schema object (and a newer migration's) gets its owner and grants from
-- bc_row_security_install(), which a migration that adds a table calls again.
--@ sqlite
ALTER TABLE accounts ADD COLUMN has_password INTEGER GENERATED ALWAYS AS (password_hash IS NOT NULL AND password_hash <> '') VIRTUAL;
--@ mariadb
ALTER TABLE accounts ADD COLUMN has_password TINYINT AS (password_hash IS NOT NULL AND password_hash <> '') VIRTUAL;
-- Whether an account has a password, readable by operators who may not read its hash.
--@ postgresql
ALTER TABLE accounts ADD COLUMN has_password BOOLEAN GENERATED ALWAYS AS (password_hash IS NOT NULL AND password_hash <> '') STORED;
--@ postgresql
CREATE EXTENSION IF NOT EXISTS pgcrypto;
-- The role names this database uses (one row; empty while row security is not installed).
--@ postgresql
CREATE TABLE database_roles (owner_role TEXT NOT NULL, operator_role TEXT NOT NULL);
-- Each operator's database role. No foreign key: the role is dropped after its account goes.
--@ postgresql
CREATE TABLE operator_roles (account_id BIGINT PRIMARY KEY, role_name TEXT NOT NULL UNIQUE);
-- Sessions whose second factor the database verified, by backend process and its start.
--@ postgresql
CREATE TABLE operator_sessions (pid INTEGER NOT NULL, started TIMESTAMPTZ NOT NULL, account_id BIGINT NOT NULL, verified_at TIMESTAMPTZ NOT NULL, PRIMARY KEY (pid, started));
-- The role of an operator: its login key and the database, or a hash of them when that is longer
-- than PostgreSQL keeps (core/storage/operatorroles.cpp computes the same).
--@ postgresql
CREATE FUNCTION bc_role_name(login_key TEXT) RETURNS TEXT LANGUAGE sql STABLE AS $$
SELECT CASE WHEN octet_length(login_key || '@' || current_database()) <= 63 THEN login_key || '@' || current_database()
ELSE 'bc_' || left(encode(sha256(convert_to(login_key || '@' || current_database(), 'UTF8')), 'hex'), 32) END
$$;
-- Whether the session holds the owner's credentials (a superuser does).
--@ postgresql
CREATE FUNCTION bc_is_owner() RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
SELECT coalesce((SELECT pg_has_role(session_user, r.owner_role, 'MEMBER') FROM database_roles r), false)
$$;
-- The account of the session's operator, when it is one: not disabled, with a password, the
-- administrator switch or a security group.
--@ postgresql
CREATE FUNCTION bc_session_account() RETURNS BIGINT LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
SELECT a.id FROM operator_roles r JOIN accounts a ON a.id = r.account_id
WHERE r.role_name = session_user AND a.status <> 'disabled' AND a.has_password
AND (a.administrator <> 0 OR EXISTS (SELECT 1 FROM account_security_groups s WHERE s.account_id = a.id))
$$;
-- Whether an operator needs its second factor: enrolled, or its group or one above requires it,
-- or it is of the top group and any operator is enrolled (OperatorSignIn::mfaRequirement).
--@ postgresql
CREATE FUNCTION bc_needs_mfa(account BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
WITH RECURSIVE chain AS (
    SELECT g.id, g.parent_id, g.require_mfa, 0 AS depth FROM groups g JOIN accounts a ON a.group_id = g.id WHERE a.id = account
    UNION ALL SELECT g.id, g.parent_id, g.require_mfa, c.depth + 1 FROM groups g JOIN chain c ON g.id = c.parent_id
)
SELECT EXISTS (SELECT 1 FROM operator_mfa m WHERE m.account_id = account)
    OR EXISTS (SELECT 1 FROM chain WHERE require_mfa <> 0)
    OR (EXISTS (SELECT 1 FROM chain WHERE depth = 0 AND parent_id IS NULL) AND EXISTS (SELECT 1 FROM operator_mfa))
$$;
-- Whether this session's second factor was verified by bc_verify_code().
--@ postgresql
CREATE FUNCTION bc_session_verified(account BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
SELECT EXISTS (SELECT 1 FROM operator_sessions s WHERE s.pid = pg_backend_pid() AND s.account_id = account
    AND s.started = (SELECT backend_start FROM pg_stat_activity WHERE pid = pg_backend_pid()))
$$;
-- THE function every policy asks: the groups the session's operator reaches (its group and the
-- groups below it; with_ancestors adds the groups above, which it may read but not change). None
-- for a session that is no operator or whose second factor is not verified yet. Policies call it
-- as "= ANY (ARRAY (SELECT bc_groups(…)))", once per statement.
--@ postgresql
CREATE FUNCTION bc_groups(with_ancestors BOOLEAN) RETURNS SETOF BIGINT LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
WITH RECURSIVE me AS (
    SELECT a.group_id FROM accounts a WHERE a.id = bc_session_account()
    AND (NOT bc_needs_mfa(a.id) OR bc_session_verified(a.id))
), down AS (
    SELECT g.id FROM groups g JOIN me ON g.id = me.group_id
    UNION ALL SELECT g.id FROM groups g JOIN down d ON g.parent_id = d.id
), up AS (
    SELECT g.id, g.parent_id FROM groups g JOIN me ON g.id = me.group_id WHERE with_ancestors
    UNION ALL SELECT g.id, g.parent_id FROM groups g JOIN up u ON g.id = u.parent_id
)
SELECT id FROM down UNION SELECT id FROM up
$$;
-- Which of these login keys are taken, in any group: taken or free, nothing else about the account.
--@ postgresql
CREATE FUNCTION bc_logins_taken(login_keys TEXT[]) RETURNS SETOF TEXT LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
SELECT a.login_key FROM accounts a WHERE a.login_key = ANY (login_keys) AND bc_session_account() IS NOT NULL
$$;
-- The substring search of an operator's list (AccountListQuery::searchCondition): LIKE is not
-- leakproof, so under the policies the planner would check every row before the trigram index
-- could help. Here the index answers, as the owner, and the operator's groups are kept.
--@ postgresql
CREATE FUNCTION bc_search_accounts(pattern TEXT) RETURNS SETOF BIGINT LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp ROWS 1000 AS $$
SELECT a.id FROM accounts a WHERE (a.login_key || chr(1) || a.email_key || chr(1) || a.name_key) LIKE pattern ESCAPE '!'
AND a.group_id = ANY (ARRAY (SELECT bc_groups(false)))
$$;
-- What a sign-in on an operator's own role needs to know about that operator (no hash, no secret).
--@ postgresql
CREATE FUNCTION bc_session_operator() RETURNS TABLE (account_id BIGINT, login TEXT, login_key TEXT, group_id BIGINT, administrator BOOLEAN, disabled BOOLEAN, has_security_group BOOLEAN, has_password BOOLEAN, enrolled BOOLEAN, needs_mfa BOOLEAN, verified BOOLEAN) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
SELECT a.id, a.login, a.login_key, a.group_id, a.administrator <> 0, a.status = 'disabled',
    EXISTS (SELECT 1 FROM account_security_groups s WHERE s.account_id = a.id), a.has_password,
    EXISTS (SELECT 1 FROM operator_mfa m WHERE m.account_id = a.id), bc_needs_mfa(a.id), bc_session_verified(a.id)
FROM operator_roles r JOIN accounts a ON a.id = r.account_id WHERE r.role_name = session_user
$$;
-- RFC 4648 base32 (no padding needed) to bytes.
--@ postgresql
CREATE FUNCTION bc_base32_decode(encoded TEXT) RETURNS BYTEA LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
    alphabet CONSTANT TEXT := 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    bits BIGINT := 0;
    pending INTEGER := 0;
    decoded BYTEA := '';
    digit INTEGER;
    ch TEXT;
BEGIN
    FOREACH ch IN ARRAY regexp_split_to_array(upper(rtrim(encoded, '=')), '') LOOP
        digit := strpos(alphabet, ch) - 1;
        IF digit < 0 THEN RETURN NULL; END IF;
        bits := ((bits << 5) | digit) & 65535;
        pending := pending + 5;
        IF pending >= 8 THEN
            pending := pending - 8;
            decoded := decoded || set_byte('\x00'::bytea, 0, ((bits >> pending) & 255)::INTEGER);
        END IF;
    END LOOP;
    RETURN decoded;
END
$$;
-- The six-digit TOTP code (RFC 6238: HMAC-SHA-1, 30 s steps) of a key at a time step.
--@ postgresql
CREATE FUNCTION bc_totp(key BYTEA, step BIGINT) RETURNS TEXT LANGUAGE plpgsql IMMUTABLE STRICT SET search_path = public, pg_temp AS $$
DECLARE
    mac BYTEA := hmac(int8send(step), key, 'sha1');
    o INTEGER := get_byte(mac, 19) & 15;
BEGIN
    RETURN lpad(((((get_byte(mac, o) & 127)::BIGINT << 24) | (get_byte(mac, o + 1)::BIGINT << 16)
        | (get_byte(mac, o + 2)::BIGINT << 8) | get_byte(mac, o + 3)::BIGINT) % 1000000)::TEXT, 6, '0');
END
$$;
-- The session's operator proves its second factor: a TOTP code (±1 step, single-use) or the
-- hash of an unused recovery code (RecoveryCodes::hashOf). Counts failures as every sign-in does
-- (SignInLockout: five free, then 1, 2, 4 … s, at most 300 s). Answers 'verified', 'wrong',
-- 'used', 'not-enrolled', 'not-operator' or 'wait <seconds>'; on 'verified' the session sees its rows.
--@ postgresql
CREATE FUNCTION bc_verify_code(code TEXT, recovery_hash TEXT) RETURNS TEXT LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    account BIGINT := bc_session_account();
    key TEXT;
    enrolment RECORD;
    failed RECORD;
    wait_seconds INTEGER;
    now_step BIGINT := floor(extract(epoch FROM clock_timestamp()) / 30);
    matched BIGINT;
    replayed BOOLEAN := false;
    stamp TEXT := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
BEGIN
    IF account IS NULL THEN RETURN 'not-operator'; END IF;
    SELECT a.login_key INTO key FROM accounts a WHERE a.id = account;
    SELECT f.failures, f.last_failure_at::timestamptz AS last INTO failed FROM sign_in_failures f WHERE f.login_key = key;
    IF FOUND AND failed.failures >= 5 THEN
        wait_seconds := ceil(extract(epoch FROM failed.last + make_interval(secs => least(300, 1 << least(failed.failures - 5, 9))) - clock_timestamp()));
        IF wait_seconds > 0 THEN RETURN 'wait ' || wait_seconds; END IF;
    END IF;
    SELECT m.secret, m.last_step INTO enrolment FROM operator_mfa m WHERE m.account_id = account FOR UPDATE;
    IF NOT FOUND THEN RETURN 'not-enrolled'; END IF;
    IF coalesce(code, '') <> '' THEN
        SELECT s INTO matched FROM generate_series(now_step - 1, now_step + 1) s
        WHERE bc_totp(bc_base32_decode(enrolment.secret), s) = code ORDER BY s DESC LIMIT 1;
        IF matched IS NOT NULL AND matched <= enrolment.last_step THEN
            replayed := true;
            matched := NULL;
        ELSIF matched IS NOT NULL THEN
            UPDATE operator_mfa SET last_step = matched WHERE account_id = account;
        END IF;
    ELSIF coalesce(recovery_hash, '') <> '' THEN
        UPDATE operator_recovery_codes SET used_at = stamp WHERE account_id = account AND code_hash = recovery_hash AND used_at IS NULL RETURNING id INTO matched;
    END IF;
    IF matched IS NULL THEN
        INSERT INTO sign_in_failures (login_key, failures, last_failure_at) VALUES (key, 1, stamp)
        ON CONFLICT (login_key) DO UPDATE SET failures = sign_in_failures.failures + 1, last_failure_at = EXCLUDED.last_failure_at;
        RETURN CASE WHEN replayed THEN 'used' ELSE 'wrong' END;
    END IF;
    DELETE FROM sign_in_failures WHERE login_key = key;
    DELETE FROM operator_sessions s WHERE s.pid = pg_backend_pid();
    INSERT INTO operator_sessions (pid, started, account_id, verified_at)
    SELECT pg_backend_pid(), backend_start, account, clock_timestamp() FROM pg_stat_activity WHERE pid = pg_backend_pid();
    RETURN 'verified';
END
$$;
-- Brings an operator's role in line with its account: made (with a password: a SCRAM-SHA-256
-- verifier, never the password itself), renamed with its login, LOGIN while it is an operator,
-- NOLOGIN while not, dropped with its account. Not for operators to call: the triggers below and
-- bc_operator_password() do.
--@ postgresql
CREATE FUNCTION bc_operator_role_apply(account BIGINT, verifier TEXT) RETURNS VOID LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    roles RECORD;
    found_account RECORD;
    existing TEXT;
    wanted TEXT;
BEGIN
    SELECT * INTO roles FROM database_roles;
    IF NOT FOUND THEN RETURN; END IF;
    IF verifier IS NOT NULL AND verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'not a SCRAM-SHA-256 verifier';
    END IF;
    SELECT r.role_name INTO existing FROM operator_roles r WHERE r.account_id = account;
    SELECT a.login_key, (a.status <> 'disabled' AND a.has_password AND (a.administrator <> 0
        OR EXISTS (SELECT 1 FROM account_security_groups s WHERE s.account_id = a.id))) AS active
    INTO found_account FROM accounts a WHERE a.id = account;
    IF NOT FOUND THEN
        IF existing IS NOT NULL THEN
            EXECUTE format('DROP ROLE IF EXISTS %I', existing);
            DELETE FROM operator_roles WHERE account_id = account;
        END IF;
        RETURN;
    END IF;
    wanted := bc_role_name(found_account.login_key);
    IF existing IS NULL THEN
        IF verifier IS NULL OR NOT found_account.active THEN RETURN; END IF;
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = wanted) THEN
            RAISE EXCEPTION USING ERRCODE = '42710', MESSAGE = format('the database role %s exists already', wanted);
        END IF;
        -- The owner is a member, so that its definer functions see the session's start
        -- (pg_stat_activity shows it to the roles that have the session role's privileges).
        EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT PASSWORD %L IN ROLE %I ROLE %I',
            wanted, verifier, roles.operator_role, roles.owner_role);
        INSERT INTO operator_roles (account_id, role_name) VALUES (account, wanted);
        RETURN;
    END IF;
    IF existing <> wanted THEN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = wanted) THEN
            RAISE EXCEPTION USING ERRCODE = '42710', MESSAGE = format('the database role %s exists already', wanted);
        END IF;
        EXECUTE format('ALTER ROLE %I RENAME TO %I', existing, wanted);
        UPDATE operator_roles SET role_name = wanted WHERE account_id = account;
    END IF;
    EXECUTE format('ALTER ROLE %I %s', wanted, CASE WHEN found_account.active THEN 'LOGIN' ELSE 'NOLOGIN' END);
    IF verifier IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', wanted, verifier);
    END IF;
END
$$;
-- Core sets an account's role password here right after it stored the account's password hash,
-- in the same transaction: the owner for any account, an operator for the accounts it reaches.
--@ postgresql
CREATE FUNCTION bc_operator_password(account BIGINT, verifier TEXT) RETURNS VOID LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF verifier IS NULL OR NOT (bc_is_owner() OR EXISTS (SELECT 1 FROM accounts a WHERE a.id = account
        AND a.group_id = ANY (ARRAY (SELECT bc_groups(false))))) THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'permission denied: the account is outside the operator''s groups';
    END IF;
    PERFORM bc_operator_role_apply(account, verifier);
END
$$;
-- The triggers that keep the roles in line: a changed password clears the role's until core
-- sets the new one (bc_operator_password); a lost switch or security group, a disabled account
-- or a new login change the role; a deleted account drops it.
--@ postgresql
CREATE FUNCTION bc_operator_role_follow() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    existing TEXT;
BEGIN
    IF TG_TABLE_NAME = 'accounts' THEN
        IF TG_OP = 'UPDATE' AND OLD.password_hash IS DISTINCT FROM NEW.password_hash THEN
            SELECT r.role_name INTO existing FROM operator_roles r WHERE r.account_id = NEW.id;
            IF existing IS NOT NULL THEN EXECUTE format('ALTER ROLE %I PASSWORD NULL', existing); END IF;
        END IF;
        PERFORM bc_operator_role_apply(CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END, NULL);
    ELSE
        PERFORM bc_operator_role_apply(CASE WHEN TG_OP = 'DELETE' THEN OLD.account_id ELSE NEW.account_id END, NULL);
    END IF;
    RETURN NULL;
END
$$;
--@ postgresql
CREATE TRIGGER accounts_operator_role AFTER UPDATE OF login_key, status, administrator, password_hash ON accounts FOR EACH ROW EXECUTE FUNCTION bc_operator_role_follow();
--@ postgresql
CREATE TRIGGER accounts_operator_role_gone AFTER DELETE ON accounts FOR EACH ROW EXECUTE FUNCTION bc_operator_role_follow();
--@ postgresql
CREATE TRIGGER account_security_groups_operator_role AFTER INSERT OR DELETE ON account_security_groups FOR EACH ROW EXECUTE FUNCTION bc_operator_role_follow();
-- Entries name who made them: an operator's session writes its own login, whatever it sent.
--@ postgresql
CREATE FUNCTION bc_audit_actor() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    actor_login TEXT;
BEGIN
    IF NOT bc_is_owner() THEN
        SELECT a.login INTO actor_login FROM accounts a WHERE a.id = bc_session_account();
        NEW.actor := coalesce(actor_login, session_user);
    END IF;
    RETURN NEW;
END
$$;
--@ postgresql
CREATE TRIGGER audit_log_actor BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION bc_audit_actor();
-- The roles, owners, row security and grants; idempotent, run as the owner's credentials. A
-- user that may not create roles leaves the database as it was: scopes are then enforced by
-- core only, until someone who may runs CALL bc_row_security_install().
--@ postgresql
CREATE PROCEDURE bc_row_security_install() LANGUAGE plpgsql AS $proc$
DECLARE
    oid_text TEXT := (SELECT oid::TEXT FROM pg_database WHERE datname = current_database());
    owner_role TEXT;
    operator_role TEXT;
    schema_name TEXT := current_schema();
    item RECORD;
    pol RECORD;
    scope TEXT := 'ARRAY (SELECT bc_groups(false))';
    readable TEXT := 'ARRAY (SELECT bc_groups(true))';
    via_account TEXT := 'EXISTS (SELECT 1 FROM accounts a WHERE a.id = account_id)';
    top TEXT := 'EXISTS (SELECT 1 FROM groups g WHERE g.parent_id IS NULL AND g.id = ANY (ARRAY (SELECT bc_groups(false))))';
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolcreaterole)) THEN
        RAISE NOTICE 'row security not installed: % may not create roles', current_user;
        RETURN;
    END IF;
    SELECT r.owner_role, r.operator_role INTO owner_role, operator_role FROM database_roles r;
    IF owner_role IS NULL THEN
        owner_role := 'bc_' || oid_text || '_owner';
        operator_role := 'bc_' || oid_text || '_operator';
        INSERT INTO database_roles VALUES (owner_role, operator_role);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = owner_role) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN CREATEROLE NOBYPASSRLS', owner_role);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = operator_role) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN NOBYPASSRLS', operator_role);
    END IF;
    IF NOT pg_has_role(current_user, owner_role, 'MEMBER') THEN
        EXECUTE format('GRANT %I TO %I', owner_role, current_user);
    END IF;
    -- Only this database's operators connect; nobody else makes objects or temporary tables.
    BEGIN
        EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
        EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', current_database(), owner_role);
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), operator_role);
    EXCEPTION WHEN insufficient_privilege THEN
        RAISE NOTICE '% does not own the database: PUBLIC keeps CONNECT and TEMPORARY', current_user;
    END;
    BEGIN
        EXECUTE format('REVOKE CREATE ON SCHEMA %I FROM PUBLIC', schema_name);
    EXCEPTION WHEN insufficient_privilege THEN
        RAISE NOTICE '% does not own the schema: PUBLIC keeps what it may do there', current_user;
    END;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', schema_name, operator_role);

    FOR item IN SELECT c.relname, c.relkind FROM pg_class c WHERE c.relnamespace = schema_name::regnamespace
        AND c.relkind IN ('r', 'v', 'm') AND pg_get_userbyid(c.relowner) <> owner_role LOOP
        -- A table's identity sequences and indexes follow it.
        EXECUTE format('ALTER %s %I OWNER TO %I', CASE item.relkind WHEN 'v' THEN 'VIEW'
            WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END, item.relname, owner_role);
    END LOOP;
    FOR item IN SELECT p.oid::regprocedure AS signature, p.prosecdef, p.prokind FROM pg_proc p
        WHERE p.pronamespace = schema_name::regnamespace AND NOT EXISTS (SELECT 1 FROM pg_depend d
        WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e') LOOP
        IF item.prokind <> 'p' THEN
            EXECUTE format('ALTER FUNCTION %s OWNER TO %I', item.signature, owner_role);
            EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', item.signature);
            IF item.prosecdef THEN
                EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', item.signature, schema_name);
            END IF;
        ELSE
            EXECUTE format('REVOKE EXECUTE ON PROCEDURE %s FROM PUBLIC', item.signature);
        END IF;
    END LOOP;
    -- What operators may call: what policies and core's sign-in need; nothing that changes roles
    -- but bc_operator_password, which checks the caller's reach.
    FOR item IN SELECT unnest(ARRAY['bc_groups(boolean)', 'bc_logins_taken(text[])', 'bc_session_operator()',
        'bc_verify_code(text,text)', 'bc_operator_password(bigint,text)', 'bc_role_name(text)', 'bc_session_account()', 'bc_search_accounts(text)']) AS signature LOOP
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO %I', item.signature, operator_role);
    END LOOP;
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO %I', schema_name, operator_role);

    -- Row security on every table that holds a customer's data, the owner seeing all of it.
    FOR item IN SELECT unnest(ARRAY['groups', 'accounts', 'audit_log', 'storages', 'profiles', 'subscriptions',
        'security_groups', 'account_subscriptions', 'account_security_groups', 'group_digest_recipients',
        'email_templates', 'activation_tokens', 'outbox', 'database_settings', 'operator_mfa',
        'operator_recovery_codes', 'sign_in_failures', 'operator_roles', 'operator_sessions']) AS name LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', item.name);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', item.name);
        EXECUTE format('REVOKE ALL ON %I FROM PUBLIC', item.name);
        EXECUTE format('REVOKE ALL ON %I FROM %I', item.name, operator_role);
        EXECUTE format('DROP POLICY IF EXISTS owner_all ON %I', item.name);
        EXECUTE format('CREATE POLICY owner_all ON %I TO %I USING (true) WITH CHECK (true)', item.name, owner_role);
        FOR pol IN SELECT p.polname FROM pg_policy p WHERE p.polrelid = item.name::regclass AND p.polname LIKE 'operator\_%' LOOP
            EXECUTE format('DROP POLICY %I ON %I', pol.polname, item.name);
        END LOOP;
    END LOOP;
    EXECUTE format('GRANT SELECT ON schema_version, database_roles TO %I', operator_role);

    -- Groups: read the own subtree and the groups above it; change, add and delete in the subtree;
    -- never move one (no UPDATE of parent_id) nor touch the counters the database keeps.
    EXECUTE format('GRANT SELECT, INSERT, DELETE ON groups TO %I', operator_role);
    EXECUTE format('GRANT UPDATE (%s) ON groups TO %I', (SELECT string_agg(quote_ident(attname), ', ') FROM pg_attribute
        WHERE attrelid = 'groups'::regclass AND attnum > 0 AND NOT attisdropped AND attname NOT IN ('id', 'parent_id', 'account_count')), operator_role);
    EXECUTE format('CREATE POLICY operator_read ON groups FOR SELECT TO %I USING (id = ANY (%s))', operator_role, readable);
    EXECUTE format('CREATE POLICY operator_add ON groups FOR INSERT TO %I WITH CHECK (parent_id = ANY (%s))', operator_role, scope);
    EXECUTE format('CREATE POLICY operator_change ON groups FOR UPDATE TO %I USING (id = ANY (%s)) WITH CHECK (id = ANY (%s))', operator_role, scope, scope);
    EXECUTE format('CREATE POLICY operator_delete ON groups FOR DELETE TO %I USING (id = ANY (%s) AND parent_id = ANY (%s))', operator_role, scope, scope);

    -- Accounts: the subtree only; never the password hash.
    EXECUTE format('GRANT SELECT (%s) ON accounts TO %I', (SELECT string_agg(quote_ident(attname), ', ') FROM pg_attribute
        WHERE attrelid = 'accounts'::regclass AND attnum > 0 AND NOT attisdropped AND attname <> 'password_hash'), operator_role);
    EXECUTE format('GRANT INSERT, DELETE ON accounts TO %I', operator_role);
    EXECUTE format('GRANT UPDATE (%s) ON accounts TO %I', (SELECT string_agg(quote_ident(attname), ', ') FROM pg_attribute
        WHERE attrelid = 'accounts'::regclass AND attnum > 0 AND NOT attisdropped AND attname NOT IN ('id', 'has_password', 'subscription_count')), operator_role);
    EXECUTE format('CREATE POLICY operator_all ON accounts TO %I USING (group_id = ANY (%s)) WITH CHECK (group_id = ANY (%s))', operator_role, scope, scope);

    -- A group's catalog, settings and templates: read in the subtree and above, written in the subtree.
    FOR item IN SELECT unnest(ARRAY['storages', 'profiles', 'subscriptions', 'security_groups', 'group_digest_recipients', 'email_templates']) AS name LOOP
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO %I', item.name, operator_role);
        EXECUTE format('CREATE POLICY operator_read ON %I FOR SELECT TO %I USING (group_id = ANY (%s))', item.name, operator_role, readable);
        EXECUTE format('CREATE POLICY operator_add ON %I FOR INSERT TO %I WITH CHECK (group_id = ANY (%s))', item.name, operator_role, scope);
        EXECUTE format('CREATE POLICY operator_change ON %I FOR UPDATE TO %I USING (group_id = ANY (%s)) WITH CHECK (group_id = ANY (%s))', item.name, operator_role, scope, scope);
        EXECUTE format('CREATE POLICY operator_delete ON %I FOR DELETE TO %I USING (group_id = ANY (%s))', item.name, operator_role, scope);
    END LOOP;

    -- What belongs to an account: as far as its account is seen.
    FOR item IN SELECT unnest(ARRAY['account_subscriptions', 'activation_tokens', 'outbox']) AS name LOOP
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO %I', item.name, operator_role);
        EXECUTE format('CREATE POLICY operator_all ON %I TO %I USING (%s) WITH CHECK (%s)', item.name, operator_role, via_account, via_account);
    END LOOP;
    EXECUTE format('GRANT SELECT, INSERT, DELETE ON account_security_groups TO %I', operator_role);
    EXECUTE format('CREATE POLICY operator_all ON account_security_groups TO %I USING (%s) WITH CHECK (%s AND EXISTS (SELECT 1 FROM security_groups s WHERE s.id = security_group_id))', operator_role, via_account, via_account);
    -- Second factors: never the secret nor a recovery code's hash (bc_verify_code checks them).
    EXECUTE format('GRANT SELECT (account_id, last_step, enrolled_at), INSERT, DELETE ON operator_mfa TO %I', operator_role);
    EXECUTE format('GRANT SELECT (id, account_id, used_at), INSERT, DELETE ON operator_recovery_codes TO %I', operator_role);
    EXECUTE format('GRANT SELECT ON operator_roles TO %I', operator_role);
    FOR item IN SELECT unnest(ARRAY['operator_mfa', 'operator_recovery_codes', 'operator_roles']) AS name LOOP
        EXECUTE format('CREATE POLICY operator_all ON %I TO %I USING (%s) WITH CHECK (%s)', item.name, operator_role, via_account, via_account);
    END LOOP;

    -- The audit log: read in the subtree, append only (its trigger refuses UPDATE and DELETE to all).
    EXECUTE format('GRANT SELECT, INSERT ON audit_log TO %I', operator_role);
    EXECUTE format('CREATE POLICY operator_read ON audit_log FOR SELECT TO %I USING (group_id = ANY (%s))', operator_role, scope);
    EXECUTE format('CREATE POLICY operator_add ON audit_log FOR INSERT TO %I WITH CHECK (group_id IS NULL OR group_id = ANY (%s))', operator_role, readable);

    -- The database's own settings (mail server, …): read by every operator, changed by the top group's.
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON database_settings TO %I', operator_role);
    EXECUTE format('CREATE POLICY operator_read ON database_settings FOR SELECT TO %I USING (bc_session_account() IS NOT NULL)', operator_role);
    EXECUTE format('CREATE POLICY operator_add ON database_settings FOR INSERT TO %I WITH CHECK (%s)', operator_role, top);
    EXECUTE format('CREATE POLICY operator_change ON database_settings FOR UPDATE TO %I USING (%s) WITH CHECK (%s)', operator_role, top, top);
    EXECUTE format('CREATE POLICY operator_delete ON database_settings FOR DELETE TO %I USING (%s)', operator_role, top);
END
$proc$;
-- The counters the database keeps run as the owner: operators may not write them.
--@ postgresql
ALTER FUNCTION bc_count_accounts() SECURITY DEFINER;
--@ postgresql
ALTER FUNCTION bc_count_subscriptions() SECURITY DEFINER;
--@ postgresql
CALL bc_row_security_install();
