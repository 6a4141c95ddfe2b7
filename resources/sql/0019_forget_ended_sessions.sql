-- A verified second factor is kept per server process (operator_sessions, 0017): one row for every
-- sign-in with MFA, which stayed when the process ended. Each newly verified session now forgets
-- the rows whose process is gone, so that the table holds about one row per open connection of an
-- operator. By the process id alone: pg_stat_activity hides the start of a session from a role
-- without the rights of the session's role, and a row of a reused id verifies nothing
-- (bc_session_verified compares the start).
--@ postgresql
CREATE FUNCTION bc_forget_ended_sessions() RETURNS TRIGGER LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    DELETE FROM operator_sessions s WHERE NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.pid = s.pid);
    RETURN NULL;
END
$$;
--@ postgresql
CREATE TRIGGER operator_sessions_forget_ended AFTER INSERT ON operator_sessions
    FOR EACH STATEMENT EXECUTE FUNCTION bc_forget_ended_sessions();
--@ postgresql
CALL bc_row_security_install();
