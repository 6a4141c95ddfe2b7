-- Emails that must not go out. The notation is explained in 0001_initial.sql.
-- A queued activation email is withdrawn when a resend replaces it or its account is disabled or
-- deleted: the outbox gets the status 'withdrawn', which the dispatcher never sends.
-- SQLite cannot change a CHECK constraint: the table is built again with the new one.
--@ sqlite
CREATE TABLE outbox_new (
    id {{id}},
    account_id {{int}} REFERENCES accounts (id) ON DELETE SET NULL,
    kind {{text}} NOT NULL,
    message_id {{text}} NOT NULL UNIQUE,
    recipient {{text}} NOT NULL,
    subject {{long}} NOT NULL,
    body_text {{long}} NOT NULL,
    body_html {{long}} NOT NULL,
    template_values {{long}} NOT NULL DEFAULT '{}',
    link_token {{text}},
    expires_at {{text}},
    status {{text}} NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'withdrawn')),
    attempts {{int}} NOT NULL DEFAULT 0,
    last_error {{long}} NOT NULL DEFAULT '',
    next_attempt_at {{text}} NOT NULL,
    created_at {{text}} NOT NULL,
    sent_at {{text}}
){{table}};
--@ sqlite
INSERT INTO outbox_new (id, account_id, kind, message_id, recipient, subject, body_text, body_html, template_values, link_token, expires_at, status, attempts, last_error, next_attempt_at, created_at, sent_at) SELECT id, account_id, kind, message_id, recipient, subject, body_text, body_html, template_values, link_token, expires_at, status, attempts, last_error, next_attempt_at, created_at, sent_at FROM outbox;
--@ sqlite
DROP TABLE outbox;
--@ sqlite
ALTER TABLE outbox_new RENAME TO outbox;
--@ sqlite
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
--@ sqlite
CREATE INDEX outbox_account ON outbox (account_id);
--@ postgresql
ALTER TABLE outbox DROP CONSTRAINT outbox_status_check;
--@ postgresql
ALTER TABLE outbox ADD CONSTRAINT outbox_status_check CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'withdrawn'));
-- MariaDB keeps a column's CHECK with the column: redefining the column replaces it.
--@ mariadb
ALTER TABLE outbox MODIFY status {{text}} NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'withdrawn'));
