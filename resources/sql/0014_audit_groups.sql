-- The audit log read by people: filtered by group (and subtree), actor, action, object type and
-- time, newest first, a page at a time from the last entry shown on (keyset by at, id). The notation
-- is explained in 0001_initial.sql.
-- The group an entry is about: an account's or a catalog item's group, a group itself (a deleted
-- group's entry names the group above it). New entries take it from AuditEntry::groupId. No
-- foreign key: the log outlives the groups it names.
ALTER TABLE audit_log ADD COLUMN group_id {{int}};
-- Older entries learn it once, here, as new entries would have had it: from the object as the entry
-- recorded it (its "groupId" after the change, else before; a deleted group's "parentId"), else,
-- for entries that recorded no object (a resent activation, an MFA reset), from the object as it
-- is now. An entry about an object that is gone and recorded none keeps no group: it is in the
-- unfiltered log, under no group. An empty text counts as no JSON.
-- The log is append-only; its guard against UPDATE (0001_initial.sql) stands aside for this one
-- statement.
--@ sqlite
DROP TRIGGER audit_log_no_update;
--@ sqlite
UPDATE audit_log SET group_id = CASE WHEN object_type = 'group' AND action = 'group.deleted' THEN json_extract(nullif(before_state, ''), '$.parentId') WHEN object_type = 'group' THEN object_id ELSE coalesce(json_extract(nullif(after_state, ''), '$.groupId'), json_extract(nullif(before_state, ''), '$.groupId'), CASE object_type WHEN 'account' THEN (SELECT a.group_id FROM accounts a WHERE a.id = audit_log.object_id) WHEN 'profile' THEN (SELECT p.group_id FROM profiles p WHERE p.id = audit_log.object_id) WHEN 'storage' THEN (SELECT s.group_id FROM storages s WHERE s.id = audit_log.object_id) WHEN 'subscription' THEN (SELECT s.group_id FROM subscriptions s WHERE s.id = audit_log.object_id) WHEN 'security-group' THEN (SELECT s.group_id FROM security_groups s WHERE s.id = audit_log.object_id) END) END;
--@ sqlite
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
-- PostgreSQL's guard refuses UPDATE and DELETE in one trigger; disabling it is part of the
-- migration's transaction.
--@ postgresql
ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
--@ postgresql
UPDATE audit_log SET group_id = CASE WHEN object_type = 'group' AND action = 'group.deleted' THEN (nullif(before_state, '')::jsonb ->> 'parentId')::bigint WHEN object_type = 'group' THEN object_id ELSE coalesce((nullif(after_state, '')::jsonb ->> 'groupId')::bigint, (nullif(before_state, '')::jsonb ->> 'groupId')::bigint, CASE object_type WHEN 'account' THEN (SELECT a.group_id FROM accounts a WHERE a.id = audit_log.object_id) WHEN 'profile' THEN (SELECT p.group_id FROM profiles p WHERE p.id = audit_log.object_id) WHEN 'storage' THEN (SELECT s.group_id FROM storages s WHERE s.id = audit_log.object_id) WHEN 'subscription' THEN (SELECT s.group_id FROM subscriptions s WHERE s.id = audit_log.object_id) WHEN 'security-group' THEN (SELECT s.group_id FROM security_groups s WHERE s.id = audit_log.object_id) END) END;
--@ postgresql
ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;
--@ mariadb
DROP TRIGGER audit_log_no_update;
--@ mariadb
UPDATE audit_log SET group_id = CASE WHEN object_type = 'group' AND action = 'group.deleted' THEN CAST(JSON_VALUE(nullif(before_state, ''), '$.parentId') AS SIGNED) WHEN object_type = 'group' THEN object_id ELSE coalesce(CAST(JSON_VALUE(nullif(after_state, ''), '$.groupId') AS SIGNED), CAST(JSON_VALUE(nullif(before_state, ''), '$.groupId') AS SIGNED), CASE object_type WHEN 'account' THEN (SELECT a.group_id FROM accounts a WHERE a.id = audit_log.object_id) WHEN 'profile' THEN (SELECT p.group_id FROM profiles p WHERE p.id = audit_log.object_id) WHEN 'storage' THEN (SELECT s.group_id FROM storages s WHERE s.id = audit_log.object_id) WHEN 'subscription' THEN (SELECT s.group_id FROM subscriptions s WHERE s.id = audit_log.object_id) WHEN 'security-group' THEN (SELECT s.group_id FROM security_groups s WHERE s.id = audit_log.object_id) END) END;
--@ mariadb
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the audit log is append-only';
-- Newest first, alone and after each filter that narrows by equality: the keyset (at, id) follows
-- the filter's column, so that a page deep in a million entries reads what the first one does.
CREATE INDEX audit_log_at ON audit_log (at, id);
CREATE INDEX audit_log_group_at ON audit_log (group_id, at, id);
CREATE INDEX audit_log_actor_at ON audit_log (actor, at, id);
CREATE INDEX audit_log_action_at ON audit_log (action, at, id);
CREATE INDEX audit_log_type_at ON audit_log (object_type, at, id);
-- The text search (lower(summary) LIKE '%text%', AuditStore::page) on PostgreSQL: a trigram index
-- of pg_trgm (0004_search.sql) finds the few entries a rare text matches without reading the log.
--@ postgresql
CREATE INDEX audit_log_summary_trgm ON audit_log USING gin (lower(summary) gin_trgm_ops);
-- On SQLite: an FTS5 trigram index of the summaries, as 0004_search.sql has for the accounts, for
-- texts of three characters or more, in any case. The log is append-only: entries are only added.
--@ sqlite
CREATE VIRTUAL TABLE audit_log_search USING fts5 (summary, content = 'audit_log', content_rowid = 'id', tokenize = 'trigram case_sensitive 0');
--@ sqlite
INSERT INTO audit_log_search (audit_log_search) VALUES ('rebuild');
--@ sqlite
CREATE TRIGGER audit_log_search_insert AFTER INSERT ON audit_log BEGIN INSERT INTO audit_log_search (rowid, summary) VALUES (new.id, new.summary); END;
