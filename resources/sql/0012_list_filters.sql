-- The status filter's "Unlicensed" at a million accounts. The notation is explained in
-- 0001_initial.sql. Counting the accounts without a subscription read every row of the table;
-- with this index it reads the index entries of those accounts only, as a status does
-- (accounts_status). A page walks the sort column's index and checks each row instead.
CREATE INDEX accounts_unlicensed ON accounts (subscription_count);
