-- Which one change of a person's each audit entry belongs to: the entries one job of the console,
-- or one command of the CLI, wrote together share a batch (a UUID; NULL for what no person did, as
-- the activation page's). Edit → Undo takes back the operator's last batch (AccountService::undo).
-- The notation is explained in 0001_initial.sql.
ALTER TABLE audit_log ADD COLUMN batch {{text}};
CREATE INDEX audit_log_batch ON audit_log (batch);
