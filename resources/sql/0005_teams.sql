-- A team on one server. The notation is explained in 0001_initial.sql.
-- The id a front end gives an account it is creating: a retry after a lost reply finds the
-- account it created instead of creating it twice.
ALTER TABLE accounts ADD COLUMN request_id {{text}};
CREATE UNIQUE INDEX accounts_request_id ON accounts (request_id);
-- Live refresh. SQLite: PRAGMA data_version, nothing to store. PostgreSQL: every committed change
-- of the data the console shows sends a notification (one per transaction and table).
--@ postgresql
CREATE FUNCTION bc_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('backup_console_changes', TG_TABLE_NAME); RETURN NULL; END $$;
--@ postgresql
CREATE TRIGGER groups_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON groups FOR EACH STATEMENT EXECUTE FUNCTION bc_notify_change();
--@ postgresql
CREATE TRIGGER accounts_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON accounts FOR EACH STATEMENT EXECUTE FUNCTION bc_notify_change();
--@ postgresql
CREATE TRIGGER profiles_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON profiles FOR EACH STATEMENT EXECUTE FUNCTION bc_notify_change();
--@ postgresql
CREATE TRIGGER storages_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON storages FOR EACH STATEMENT EXECUTE FUNCTION bc_notify_change();
--@ postgresql
CREATE TRIGGER subscriptions_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON subscriptions FOR EACH STATEMENT EXECUTE FUNCTION bc_notify_change();
--@ postgresql
CREATE TRIGGER security_groups_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON security_groups FOR EACH STATEMENT EXECUTE FUNCTION bc_notify_change();
--@ postgresql
CREATE TRIGGER account_subscriptions_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON account_subscriptions FOR EACH STATEMENT EXECUTE FUNCTION bc_notify_change();
--@ postgresql
CREATE TRIGGER account_security_groups_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON account_security_groups FOR EACH STATEMENT EXECUTE FUNCTION bc_notify_change();
--@ postgresql
CREATE TRIGGER group_digest_recipients_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON group_digest_recipients FOR EACH STATEMENT EXECUTE FUNCTION bc_notify_change();
--@ postgresql
CREATE TRIGGER email_templates_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON email_templates FOR EACH STATEMENT EXECUTE FUNCTION bc_notify_change();
--@ postgresql
CREATE TRIGGER activation_tokens_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON activation_tokens FOR EACH STATEMENT EXECUTE FUNCTION bc_notify_change();
--@ postgresql
CREATE TRIGGER outbox_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON outbox FOR EACH STATEMENT EXECUTE FUNCTION bc_notify_change();
--@ postgresql
CREATE TRIGGER database_settings_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON database_settings FOR EACH STATEMENT EXECUTE FUNCTION bc_notify_change();
-- MariaDB has no notifications: a counter that every change of that data raises, polled.
--@ mariadb
CREATE TABLE change_counter (id INT PRIMARY KEY, counter BIGINT NOT NULL){{table}};
--@ mariadb
INSERT INTO change_counter (id, counter) VALUES (1, 0);
--@ mariadb
CREATE TRIGGER groups_counted_insert AFTER INSERT ON groups FOR EACH ROW UPDATE change_counter SET counter = counter + 1 WHERE id = 1;
--@ mariadb
CREATE TRIGGER groups_counted_update AFTER UPDATE ON groups FOR EACH ROW UPDATE change_counter SET counter = counter + 1 WHERE id = 1;
--@ mariadb
CREATE TRIGGER groups_counted_delete AFTER DELETE ON groups FOR EACH ROW UPDATE change_counter SET counter = counter + 1 WHERE id = 1;
--@ mariadb
CREATE TRIGGER accounts_counted_insert AFTER INSERT ON accounts FOR EACH ROW UPDATE change_counter SET counter = counter + 1 WHERE id = 1;
--@ mariadb
CREATE TRIGGER accounts_counted_update AFTER UPDATE ON accounts FOR EACH ROW UPDATE change_counter SET counter = counter + 1 WHERE id = 1;
--@ mariadb
CREATE TRIGGER accounts_counted_delete AFTER DELETE ON accounts FOR EACH ROW UPDATE change_counter SET counter = counter + 1 WHERE id = 1;
--@ mariadb
CREATE TRIGGER profiles_counted_insert AFTER INSERT ON profiles FOR EACH ROW UPDATE change_counter SET counter = counter + 1 WHERE id = 1;
--@ mariadb
CREATE TRIGGER profiles_counted_update AFTER UPDATE ON profiles FOR EACH ROW UPDATE change_counter SET counter = counter + 1 WHERE id = 1;
--@ mariadb
CREATE TRIGGER profiles_counted_delete AFTER DELETE ON profiles FOR EACH ROW UPDATE change_counter SET counter = counter + 1 WHERE id = 1;
--@ mariadb
CREATE TRIGGER storages_counted_insert AFTER INSERT ON storages FOR EACH ROW UPDATE change_counter SET counter = counter + 1 WHERE id = 1;
--@ mariadb
CREATE TRIGGER storages_counted_update AFTER UPDATE ON storages FOR EACH ROW UPDATE change_counter SET counter = counter + 1 WHERE id = 1;
--@ mariadb
CREATE TRIGGER storages_counted_delete AFTER DELETE ON storages FOR EACH ROW UPDATE change_counter SET counter = counter + 1 WHERE id = 1;
--@ mariadb
CREATE TRIGGER subscriptions_counted_insert AFTER INSERT ON subscriptions FOR EACH ROW UPDATE change_counter SET counter = counter + 1 WHERE id = 1;
--@ mariadb
CREATE TRIGGER subscriptions_counted_update AFTER UPDATE ON subscriptions FOR EACH ROW UPDATE change_counter SET counter = counter + 1 WHERE id = 1;
--@ mariadb
CREATE TRIGGER subscriptions_counted_delete AFTER DELETE ON subscriptions FOR EACH ROW UPDATE change_counter SET counter = counter + 1 WHERE id = 1;
--@ mariadb
CREATE TRIGGER security_groups_counted_insert AFTER INSERT ON security_groups FOR EACH ROW UPDATE change_counter SET counter = counter + 1 WHERE id = 1;
--@ mariadb
CREATE TRIGGER security_groups_counted_update AFTER UPDATE ON security_groups FOR EACH ROW UPDATE change_counter SET counter = counter + 1 WHERE id = 1;
--@ mariadb
CREATE TRIGGER security_groups_counted_delete AFTER DELETE ON security_groups FOR EACH ROW UPDATE change_counter SET counter = counter + 1 WHERE id = 1;
--@ mariadb
CREATE TRIGGER account_subscriptions_counted_insert AFTER INSERT ON account_subscriptions FOR EACH ROW UPDATE change_counter SET counter = counter + 1 WHERE id = 1;
--@ mariadb
CREATE TRIGGER account_subscriptions_counted_update AFTER UPDATE ON account_subscriptions FOR EACH ROW UPDATE change_counter SET counter = counter + 1 WHERE id = 1;
--@ mariadb
CREATE TRIGGER account_subscriptions_counted_delete AFTER DELETE ON account_subscriptions FOR EACH ROW UPDATE change_counter SET counter = counter + 1 WHERE id = 1;
--@ mariadb
CREATE TRIGGER account_security_groups_counted_insert AFTER INSERT ON account_security_groups FOR EACH ROW UPDATE change_counter SET counter = counter + 1 WHERE id = 1;
--@ mariadb
CREATE TRIGGER account_security_groups_counted_update AFTER UPDATE ON account_security_groups FOR EACH ROW UPDATE change_counter SET counter = counter + 1 WHERE id = 1;
--@ mariadb
CREATE TRIGGER account_security_groups_counted_delete AFTER DELETE ON account_security_groups FOR EACH ROW UPDATE change_counter SET counter = counter + 1 WHERE id = 1;
--@ mariadb
CREATE TRIGGER group_digest_recipients_counted_insert AFTER INSERT ON group_digest_recipients FOR EACH ROW UPDATE change_counter SET counter = counter + 1 WHERE id = 1;
--@ mariadb
CREATE TRIGGER group_digest_recipients_counted_update AFTER UPDATE ON group_digest_recipients FOR EACH ROW UPDATE change_counter SET counter = counter + 1 WHERE id = 1;
--@ mariadb
CREATE TRIGGER group_digest_recipients_counted_delete AFTER DELETE ON group_digest_recipients FOR EACH ROW UPDATE change_counter SET counter = counter + 1 WHERE id = 1;
--@ mariadb
CREATE TRIGGER email_templates_counted_insert AFTER INSERT ON email_templates FOR EACH ROW UPDATE change_counter SET counter = counter + 1 WHERE id = 1;
--@ mariadb
CREATE TRIGGER email_templates_counted_update AFTER UPDATE ON email_templates FOR EACH ROW UPDATE change_counter SET counter = counter + 1 WHERE id = 1;
--@ mariadb
CREATE TRIGGER email_templates_counted_delete AFTER DELETE ON email_templates FOR EACH ROW UPDATE change_counter SET counter = counter + 1 WHERE id = 1;
--@ mariadb
CREATE TRIGGER activation_tokens_counted_insert AFTER INSERT ON activation_tokens FOR EACH ROW UPDATE change_counter SET counter = counter + 1 WHERE id = 1;
--@ mariadb
CREATE TRIGGER activation_tokens_counted_update AFTER UPDATE ON activation_tokens FOR EACH ROW UPDATE change_counter SET counter = counter + 1 WHERE id = 1;
--@ mariadb
CREATE TRIGGER activation_tokens_counted_delete AFTER DELETE ON activation_tokens FOR EACH ROW UPDATE change_counter SET counter = counter + 1 WHERE id = 1;
--@ mariadb
CREATE TRIGGER outbox_counted_insert AFTER INSERT ON outbox FOR EACH ROW UPDATE change_counter SET counter = counter + 1 WHERE id = 1;
--@ mariadb
CREATE TRIGGER outbox_counted_update AFTER UPDATE ON outbox FOR EACH ROW UPDATE change_counter SET counter = counter + 1 WHERE id = 1;
--@ mariadb
CREATE TRIGGER outbox_counted_delete AFTER DELETE ON outbox FOR EACH ROW UPDATE change_counter SET counter = counter + 1 WHERE id = 1;
--@ mariadb
CREATE TRIGGER database_settings_counted_insert AFTER INSERT ON database_settings FOR EACH ROW UPDATE change_counter SET counter = counter + 1 WHERE id = 1;
--@ mariadb
CREATE TRIGGER database_settings_counted_update AFTER UPDATE ON database_settings FOR EACH ROW UPDATE change_counter SET counter = counter + 1 WHERE id = 1;
--@ mariadb
CREATE TRIGGER database_settings_counted_delete AFTER DELETE ON database_settings FOR EACH ROW UPDATE change_counter SET counter = counter + 1 WHERE id = 1;
