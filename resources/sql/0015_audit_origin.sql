-- Who made a change, now that operators sign in: the audit log's actor is the operator's login
-- (the system user's name while a database has no operator yet), and beside it the system user and
-- the host the change came from ("alice@desk-7"), so that a shared operator login still says where
-- it worked. Older entries have none. The notation is explained in 0001_initial.sql.
ALTER TABLE audit_log ADD COLUMN origin {{text}};
