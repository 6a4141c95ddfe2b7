-- Groups, accounts and the audit log.
-- One description for every backend (core/storage/database.cpp renders it): {{id}} is the key column,
-- {{int}} a 64-bit integer, {{text}} an indexable string, {{long}} a long text, {{table}} the
-- table options. A line "--@ backend …" makes the next statement that backend's only.
-- Statements end with ";" at the end of a line; a trigger's body stays on one line.
CREATE TABLE groups (
    id {{id}},
    parent_id {{int}} REFERENCES groups (id) ON DELETE RESTRICT,
    name {{text}} NOT NULL,
    name_key {{text}} NOT NULL,
    ws_limit {{int}} CHECK (ws_limit >= 0),
    srv_limit {{int}} CHECK (srv_limit >= 0),
    vm_limit {{int}} CHECK (vm_limit >= 0),
    mob_limit {{int}} CHECK (mob_limit >= 0),
    m365_limit {{int}} CHECK (m365_limit >= 0),
    storage_limit {{int}} CHECK (storage_limit >= 0),
    created_at {{text}} NOT NULL
){{table}};
--@ sqlite postgresql
CREATE UNIQUE INDEX groups_sibling_name ON groups (coalesce(parent_id, 0), name_key);
--@ sqlite postgresql
CREATE UNIQUE INDEX groups_single_root ON groups ((parent_id IS NULL)) WHERE parent_id IS NULL;
--@ mariadb
ALTER TABLE groups ADD COLUMN sibling_parent BIGINT AS (coalesce(parent_id, 0)) VIRTUAL, ADD COLUMN root_marker TINYINT AS (CASE WHEN parent_id IS NULL THEN 1 END) VIRTUAL;
--@ mariadb
CREATE UNIQUE INDEX groups_sibling_name ON groups (sibling_parent, name_key);
--@ mariadb
CREATE UNIQUE INDEX groups_single_root ON groups (root_marker);
CREATE TABLE accounts (
    id {{id}},
    group_id {{int}} NOT NULL REFERENCES groups (id) ON DELETE RESTRICT,
    login {{text}} NOT NULL,
    login_key {{text}} NOT NULL,
    email {{text}} NOT NULL,
    first_name {{text}} NOT NULL DEFAULT '',
    last_name {{text}} NOT NULL DEFAULT '',
    display_name {{text}} NOT NULL DEFAULT '',
    administrator {{int}} NOT NULL DEFAULT 0,
    agent_auto_update {{int}} NOT NULL DEFAULT 1,
    backup_locations {{text}} NOT NULL DEFAULT 'local-and-cloud' CHECK (backup_locations IN ('local-and-cloud', 'cloud-only')),
    notification_level {{text}} NOT NULL DEFAULT 'less' CHECK (notification_level IN ('off', 'less', 'more', 'all')),
    business_notifications {{int}} NOT NULL DEFAULT 1,
    status {{text}} NOT NULL DEFAULT 'inactive' CHECK (status IN ('inactive', 'active', 'disabled')),
    ws_limit {{int}} CHECK (ws_limit >= 0),
    ws_overage {{int}} NOT NULL DEFAULT 0 CHECK (ws_overage >= 0),
    srv_limit {{int}} CHECK (srv_limit >= 0),
    srv_overage {{int}} NOT NULL DEFAULT 0 CHECK (srv_overage >= 0),
    vm_limit {{int}} CHECK (vm_limit >= 0),
    vm_overage {{int}} NOT NULL DEFAULT 0 CHECK (vm_overage >= 0),
    mob_limit {{int}} CHECK (mob_limit >= 0),
    mob_overage {{int}} NOT NULL DEFAULT 0 CHECK (mob_overage >= 0),
    m365_limit {{int}} CHECK (m365_limit >= 0),
    m365_overage {{int}} NOT NULL DEFAULT 0 CHECK (m365_overage >= 0),
    storage_limit {{int}} CHECK (storage_limit >= 0),
    storage_overage {{int}} NOT NULL DEFAULT 0 CHECK (storage_overage >= 0),
    created_at {{text}} NOT NULL,
    updated_at {{text}} NOT NULL,
    activated_at {{text}}
){{table}};
CREATE UNIQUE INDEX accounts_login_key ON accounts (login_key);
CREATE INDEX accounts_group_login ON accounts (group_id, login_key);
CREATE INDEX accounts_group_status ON accounts (group_id, status);
CREATE TABLE audit_log (
    id {{id}},
    at {{text}} NOT NULL,
    actor {{text}} NOT NULL,
    action {{text}} NOT NULL,
    object_type {{text}} NOT NULL,
    object_id {{int}},
    summary {{long}} NOT NULL,
    before_state {{long}},
    after_state {{long}}
){{table}};
CREATE INDEX audit_log_object ON audit_log (object_type, object_id);
--@ sqlite
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
--@ sqlite
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
--@ postgresql
CREATE FUNCTION bc_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = TG_ARGV[0]; END $$;
--@ postgresql
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION bc_refuse('the audit log is append-only');
--@ postgresql
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION bc_refuse('the audit log is append-only');
--@ mariadb
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the audit log is append-only';
--@ mariadb
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the audit log is append-only';
