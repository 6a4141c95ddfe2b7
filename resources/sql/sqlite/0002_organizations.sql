-- Profiles, storages, subscriptions, security groups and organization settings (issue 3).
-- Statements end with ";" at the end of a line; a trigger's body stays on one line.
CREATE TABLE storages (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE RESTRICT,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    region TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX storages_name ON storages (group_id, name_key);
CREATE TABLE profiles (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE RESTRICT,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    data_lock INTEGER NOT NULL DEFAULT 0,
    backup_locations TEXT NOT NULL DEFAULT 'local-and-cloud' CHECK (backup_locations IN ('local-and-cloud', 'cloud-only')),
    notification_level TEXT NOT NULL DEFAULT 'less' CHECK (notification_level IN ('off', 'less', 'more', 'all')),
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
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX profiles_name ON profiles (group_id, name_key);
CREATE TABLE subscriptions (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE RESTRICT,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX subscriptions_name ON subscriptions (group_id, name_key);
CREATE TABLE security_groups (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE RESTRICT,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    permissions INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX security_groups_name ON security_groups (group_id, name_key);
CREATE TABLE account_subscriptions (
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE RESTRICT,
    PRIMARY KEY (account_id, subscription_id)
);
CREATE INDEX account_subscriptions_subscription ON account_subscriptions (subscription_id);
CREATE TABLE account_security_groups (
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    security_group_id INTEGER NOT NULL REFERENCES security_groups (id) ON DELETE RESTRICT,
    PRIMARY KEY (account_id, security_group_id)
);
CREATE INDEX account_security_groups_group ON account_security_groups (security_group_id);
CREATE TABLE group_digest_recipients (
    group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    email TEXT NOT NULL,
    PRIMARY KEY (group_id, position)
);
ALTER TABLE groups ADD COLUMN customer_id TEXT NOT NULL DEFAULT '';
ALTER TABLE groups ADD COLUMN contact_company TEXT NOT NULL DEFAULT '';
ALTER TABLE groups ADD COLUMN contact_address TEXT NOT NULL DEFAULT '';
ALTER TABLE groups ADD COLUMN contact_phone TEXT NOT NULL DEFAULT '';
ALTER TABLE groups ADD COLUMN contact_email TEXT NOT NULL DEFAULT '';
ALTER TABLE groups ADD COLUMN services INTEGER NOT NULL DEFAULT 255;
ALTER TABLE groups ADD COLUMN auto_backup INTEGER NOT NULL DEFAULT 0;
ALTER TABLE groups ADD COLUMN default_storage_id INTEGER REFERENCES storages (id) ON DELETE SET NULL;
ALTER TABLE accounts ADD COLUMN notification_email TEXT NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN mobile TEXT NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN address TEXT NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN password_hash TEXT;
ALTER TABLE accounts ADD COLUMN profile_id INTEGER REFERENCES profiles (id) ON DELETE RESTRICT;
ALTER TABLE accounts ADD COLUMN storage_id INTEGER REFERENCES storages (id) ON DELETE RESTRICT;
ALTER TABLE accounts ADD COLUMN overrides TEXT NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN subscription_count INTEGER NOT NULL DEFAULT 0;
CREATE INDEX accounts_profile ON accounts (profile_id);
CREATE TRIGGER account_subscriptions_counted AFTER INSERT ON account_subscriptions BEGIN UPDATE accounts SET subscription_count = subscription_count + 1 WHERE id = NEW.account_id; END;
CREATE TRIGGER account_subscriptions_uncounted AFTER DELETE ON account_subscriptions BEGIN UPDATE accounts SET subscription_count = subscription_count - 1 WHERE id = OLD.account_id; END;
CREATE TRIGGER accounts_data_lock_delete BEFORE DELETE ON accounts WHEN (SELECT data_lock FROM profiles WHERE id = OLD.profile_id) = 1 BEGIN SELECT RAISE(ABORT, 'data lock: the account cannot be deleted'); END;
CREATE TRIGGER accounts_data_lock_profile BEFORE UPDATE OF profile_id ON accounts WHEN OLD.profile_id IS NOT NEW.profile_id AND (SELECT data_lock FROM profiles WHERE id = OLD.profile_id) = 1 BEGIN SELECT RAISE(ABORT, 'data lock: the profile cannot change'); END;
CREATE TRIGGER account_subscriptions_data_lock BEFORE DELETE ON account_subscriptions WHEN (SELECT p.data_lock FROM accounts a JOIN profiles p ON p.id = a.profile_id WHERE a.id = OLD.account_id) = 1 BEGIN SELECT RAISE(ABORT, 'data lock: the license cannot be removed'); END;
