-- Whether the database has an operator yet (OperatorStore::anyOperator, asked before a console's
-- first job while nobody is signed in) finds the administrators with a password in an index,
-- instead of reading each administrator's row to learn whether it has one: at a million accounts
-- about 50,000 rows before the group tree could show. The notation is explained in 0001_initial.sql.
CREATE INDEX accounts_operators ON accounts (administrator, has_password);
