-- Operators' second factor and failed sign-ins. The notation is explained in 0001_initial.sql.
-- An operator's TOTP enrolment: its secret (base32; an authenticator app holds the same), the
-- last time step a code was accepted for (a code is single-use), and when it enrolled.
CREATE TABLE operator_mfa (
    account_id {{int}} NOT NULL PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    secret {{text}} NOT NULL,
    last_step {{int}} NOT NULL DEFAULT 0,
    enrolled_at {{text}} NOT NULL
){{table}};
-- The recovery codes, hashes only (core/auth/recoverycodes.h); a used code keeps its row.
CREATE TABLE operator_recovery_codes (
    id {{id}},
    account_id {{int}} NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    code_hash {{text}} NOT NULL,
    used_at {{text}}
){{table}};
CREATE UNIQUE INDEX operator_recovery_codes_hash ON operator_recovery_codes (account_id, code_hash);
-- Failed sign-ins in a row per login key, known or not, so that every console waits alike.
CREATE TABLE sign_in_failures (
    login_key {{text}} NOT NULL PRIMARY KEY,
    failures {{int}} NOT NULL,
    last_failure_at {{text}} NOT NULL
){{table}};
