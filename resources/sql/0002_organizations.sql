-- Profiles, storages, subscriptions, security groups and organization settings.
-- The notation is explained in 0001_initial.sql.
CREATE TABLE storages (
    id {{id}},
    group_id {{int}} NOT NULL REFERENCES groups (id) ON DELETE RESTRICT,
    name {{text}} NOT NULL,
    name_key {{text}} NOT NULL,
    region {{text}} NOT NULL DEFAULT '',
    created_at {{text}} NOT NULL
){{table}};
CREATE UNIQUE INDEX storages_name ON storages (group_id, name_key);
CREATE TABLE profiles (
    id {{id}},
    group_id {{int}} NOT NULL REFERENCES groups (id) ON DELETE RESTRICT,
    name {{text}} NOT NULL,
    name_key {{text}} NOT NULL,
    data_lock {{int}} NOT NULL DEFAULT 0,
    backup_locations {{text}} NOT NULL DEFAULT 'local-and-cloud' CHECK (backup_locations IN ('local-and-cloud', 'cloud-only')),
    notification_level {{text}} NOT NULL DEFAULT 'less' CHECK (notification_level IN ('off', 'less', 'more', 'all')),
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
    created_at {{text}} NOT NULL
){{table}};
CREATE UNIQUE INDEX profiles_name ON profiles (group_id, name_key);
CREATE TABLE subscriptions (
    id {{id}},
    group_id {{int}} NOT NULL REFERENCES groups (id) ON DELETE RESTRICT,
    name {{text}} NOT NULL,
    name_key {{text}} NOT NULL,
    created_at {{text}} NOT NULL
){{table}};
CREATE UNIQUE INDEX subscriptions_name ON subscriptions (group_id, name_key);
CREATE TABLE security_groups (
    id {{id}},
    group_id {{int}} NOT NULL REFERENCES groups (id) ON DELETE RESTRICT,
    name {{text}} NOT NULL,
    name_key {{text}} NOT NULL,
    permissions {{int}} NOT NULL DEFAULT 0,
    created_at {{text}} NOT NULL
){{table}};
CREATE UNIQUE INDEX security_groups_name ON security_groups (group_id, name_key);
CREATE TABLE account_subscriptions (
    account_id {{int}} NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    subscription_id {{int}} NOT NULL REFERENCES subscriptions (id) ON DELETE RESTRICT,
    PRIMARY KEY (account_id, subscription_id)
){{table}};
CREATE INDEX account_subscriptions_subscription ON account_subscriptions (subscription_id);
CREATE TABLE account_security_groups (
    account_id {{int}} NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    security_group_id {{int}} NOT NULL REFERENCES security_groups (id) ON DELETE RESTRICT,
    PRIMARY KEY (account_id, security_group_id)
){{table}};
CREATE INDEX account_security_groups_group ON account_security_groups (security_group_id);
CREATE TABLE group_digest_recipients (
    group_id {{int}} NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    position {{int}} NOT NULL,
    email {{text}} NOT NULL,
    PRIMARY KEY (group_id, position)
){{table}};
ALTER TABLE groups ADD COLUMN customer_id {{text}} NOT NULL DEFAULT '';
ALTER TABLE groups ADD COLUMN contact_company {{text}} NOT NULL DEFAULT '';
ALTER TABLE groups ADD COLUMN contact_address {{long}} NOT NULL DEFAULT '';
ALTER TABLE groups ADD COLUMN contact_phone {{text}} NOT NULL DEFAULT '';
ALTER TABLE groups ADD COLUMN contact_email {{text}} NOT NULL DEFAULT '';
ALTER TABLE groups ADD COLUMN services {{int}} NOT NULL DEFAULT 255;
ALTER TABLE groups ADD COLUMN auto_backup {{int}} NOT NULL DEFAULT 0;
ALTER TABLE groups ADD COLUMN default_storage_id {{int}} REFERENCES storages (id) ON DELETE SET NULL;
ALTER TABLE accounts ADD COLUMN notification_email {{text}} NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN mobile {{text}} NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN phone {{text}} NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN address {{long}} NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN password_hash {{text}};
ALTER TABLE accounts ADD COLUMN profile_id {{int}} REFERENCES profiles (id) ON DELETE RESTRICT;
ALTER TABLE accounts ADD COLUMN storage_id {{int}} REFERENCES storages (id) ON DELETE RESTRICT;
ALTER TABLE accounts ADD COLUMN overrides {{long}} NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN subscription_count {{int}} NOT NULL DEFAULT 0;
CREATE INDEX accounts_profile ON accounts (profile_id);
--@ sqlite
CREATE TRIGGER account_subscriptions_counted AFTER INSERT ON account_subscriptions BEGIN UPDATE accounts SET subscription_count = subscription_count + 1 WHERE id = NEW.account_id; END;
--@ sqlite
CREATE TRIGGER account_subscriptions_uncounted AFTER DELETE ON account_subscriptions BEGIN UPDATE accounts SET subscription_count = subscription_count - 1 WHERE id = OLD.account_id; END;
--@ sqlite
CREATE TRIGGER accounts_data_lock_delete BEFORE DELETE ON accounts WHEN (SELECT data_lock FROM profiles WHERE id = OLD.profile_id) = 1 BEGIN SELECT RAISE(ABORT, 'data lock: the account cannot be deleted'); END;
--@ sqlite
CREATE TRIGGER accounts_data_lock_profile BEFORE UPDATE OF profile_id ON accounts WHEN OLD.profile_id IS NOT NEW.profile_id AND (SELECT data_lock FROM profiles WHERE id = OLD.profile_id) = 1 BEGIN SELECT RAISE(ABORT, 'data lock: the profile cannot change'); END;
--@ sqlite
CREATE TRIGGER account_subscriptions_data_lock BEFORE DELETE ON account_subscriptions WHEN (SELECT p.data_lock FROM accounts a JOIN profiles p ON p.id = a.profile_id WHERE a.id = OLD.account_id) = 1 BEGIN SELECT RAISE(ABORT, 'data lock: the license cannot be removed'); END;
--@ postgresql
CREATE FUNCTION bc_count_subscriptions() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'INSERT' THEN UPDATE accounts SET subscription_count = subscription_count + 1 WHERE id = NEW.account_id; ELSE UPDATE accounts SET subscription_count = subscription_count - 1 WHERE id = OLD.account_id; END IF; RETURN NULL; END $$;
--@ postgresql
CREATE TRIGGER account_subscriptions_counted AFTER INSERT OR DELETE ON account_subscriptions FOR EACH ROW EXECUTE FUNCTION bc_count_subscriptions();
--@ postgresql
CREATE FUNCTION bc_data_lock_account() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF (SELECT data_lock FROM profiles WHERE id = OLD.profile_id) = 1 THEN RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = TG_ARGV[0]; END IF; IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$;
--@ postgresql
CREATE FUNCTION bc_data_lock_license() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF (SELECT p.data_lock FROM accounts a JOIN profiles p ON p.id = a.profile_id WHERE a.id = OLD.account_id) = 1 THEN RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'data lock: the license cannot be removed'; END IF; RETURN OLD; END $$;
--@ postgresql
CREATE TRIGGER accounts_data_lock_delete BEFORE DELETE ON accounts FOR EACH ROW EXECUTE FUNCTION bc_data_lock_account('data lock: the account cannot be deleted');
--@ postgresql
CREATE TRIGGER accounts_data_lock_profile BEFORE UPDATE OF profile_id ON accounts FOR EACH ROW WHEN (OLD.profile_id IS DISTINCT FROM NEW.profile_id) EXECUTE FUNCTION bc_data_lock_account('data lock: the profile cannot change');
--@ postgresql
CREATE TRIGGER account_subscriptions_data_lock BEFORE DELETE ON account_subscriptions FOR EACH ROW EXECUTE FUNCTION bc_data_lock_license();
--@ mariadb
CREATE TRIGGER account_subscriptions_counted AFTER INSERT ON account_subscriptions FOR EACH ROW UPDATE accounts SET subscription_count = subscription_count + 1 WHERE id = NEW.account_id;
--@ mariadb
CREATE TRIGGER account_subscriptions_uncounted AFTER DELETE ON account_subscriptions FOR EACH ROW UPDATE accounts SET subscription_count = subscription_count - 1 WHERE id = OLD.account_id;
--@ mariadb
CREATE TRIGGER accounts_data_lock_delete BEFORE DELETE ON accounts FOR EACH ROW BEGIN IF (SELECT data_lock FROM profiles WHERE id = OLD.profile_id) = 1 THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'data lock: the account cannot be deleted'; END IF; END;
--@ mariadb
CREATE TRIGGER accounts_data_lock_profile BEFORE UPDATE ON accounts FOR EACH ROW BEGIN IF NOT (OLD.profile_id <=> NEW.profile_id) AND (SELECT data_lock FROM profiles WHERE id = OLD.profile_id) = 1 THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'data lock: the profile cannot change'; END IF; END;
--@ mariadb
CREATE TRIGGER account_subscriptions_data_lock BEFORE DELETE ON account_subscriptions FOR EACH ROW BEGIN IF (SELECT p.data_lock FROM accounts a JOIN profiles p ON p.id = a.profile_id WHERE a.id = OLD.account_id) = 1 THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'data lock: the license cannot be removed'; END IF; END;
