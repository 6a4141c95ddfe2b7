-- Multi-factor authentication required per group: when a group's switch is on, every operator of
-- that group and of the groups below it needs an enrolment to sign in (OperatorSignIn). Stored as
-- the other switches are (accounts.administrator). The notation is explained in 0001_initial.sql.
ALTER TABLE groups ADD COLUMN require_mfa {{int}} NOT NULL DEFAULT 0;
