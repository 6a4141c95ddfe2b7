-- Groups, accounts and the audit log (issue 2). Statements end with ";" at the end of a line.
CREATE TABLE groups (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES groups (id) ON DELETE RESTRICT,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    ws_limit INTEGER CHECK (ws_limit >= 0),
    srv_limit INTEGER CHECK (srv_limit >= 0),
    vm_limit INTEGER CHECK (vm_limit >= 0),
    mob_limit INTEGER CHECK (mob_limit >= 0),
    m365_limit INTEGER CHECK (m365_limit >= 0),
    storage_limit INTEGER CHECK (storage_limit >= 0),
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX groups_sibling_name ON groups (coalesce(parent_id, 0), name_key);
CREATE UNIQUE INDEX groups_single_root ON groups ((parent_id IS NULL)) WHERE parent_id IS NULL;
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE RESTRICT,
    login TEXT NOT NULL,
    login_key TEXT NOT NULL,
    email TEXT NOT NULL,
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    display_name TEXT NOT NULL DEFAULT '',
    administrator INTEGER NOT NULL DEFAULT 0,
    agent_auto_update INTEGER NOT NULL DEFAULT 1,
    backup_locations TEXT NOT NULL DEFAULT 'local-and-cloud' CHECK (backup_locations IN ('local-and-cloud', 'cloud-only')),
    notification_level TEXT NOT NULL DEFAULT 'less' CHECK (notification_level IN ('off', 'less', 'more', 'all')),
    business_notifications INTEGER NOT NULL DEFAULT 1,
    status TEXT NOT NULL DEFAULT 'inactive' CHECK (status IN ('inactive', 'active', 'disabled')),
    ws_limit INTEGER CHECK (ws_limit >= 0),
    ws_overage INTEGER NOT NULL DEFAULT 0 CHECK (ws_overage >= 0),
    srv_limit INTEGER CHECK (srv_limit >= 0),
    srv_overage INTEGER NOT NULL DEFAULT 0 CHECK (srv_overage >= 0),
    vm_limit INTEGER CHECK (vm_limit >= 0),
    vm_overage INTEGER NOT NULL DEFAULT 0 CHECK (vm_overage >= 0),
    mob_limit INTEGER CHECK (mob_limit >= 0),
    mob_overage INTEGER NOT NULL DEFAULT 0 CHECK (mob_overage >= 0),
    m365_limit INTEGER CHECK (m365_limit >= 0),
    m365_overage INTEGER NOT NULL DEFAULT 0 CHECK (m365_overage >= 0),
    storage_limit INTEGER CHECK (storage_limit >= 0),
    storage_overage INTEGER NOT NULL DEFAULT 0 CHECK (storage_overage >= 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    activated_at TEXT
);
CREATE UNIQUE INDEX accounts_login_key ON accounts (login_key);
CREATE INDEX accounts_group_login ON accounts (group_id, login_key);
CREATE INDEX accounts_group_status ON accounts (group_id, status);
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id INTEGER,
    summary TEXT NOT NULL,
    before_state TEXT,
    after_state TEXT
);
CREATE INDEX audit_log_object ON audit_log (object_type, object_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
