-- Activation emails, links and the outbox. The notation is explained in 0001_initial.sql.
ALTER TABLE groups ADD COLUMN activation_days {{int}} NOT NULL DEFAULT 7 CHECK (activation_days BETWEEN 1 AND 90);
CREATE TABLE email_templates (
    group_id {{id}} REFERENCES groups (id) ON DELETE CASCADE,
    subject {{long}} NOT NULL,
    body_text {{long}} NOT NULL,
    body_html {{long}} NOT NULL
){{table}};
CREATE TABLE activation_tokens (
    id {{id}},
    account_id {{int}} NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    token_hash {{text}} NOT NULL UNIQUE,
    created_at {{text}} NOT NULL,
    expires_at {{text}} NOT NULL,
    used_at {{text}},
    revoked_at {{text}}
){{table}};
CREATE INDEX activation_tokens_account ON activation_tokens (account_id);
CREATE TABLE outbox (
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
    status {{text}} NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
    attempts {{int}} NOT NULL DEFAULT 0,
    last_error {{long}} NOT NULL DEFAULT '',
    next_attempt_at {{text}} NOT NULL,
    created_at {{text}} NOT NULL,
    sent_at {{text}}
){{table}};
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_account ON outbox (account_id);
CREATE TABLE database_settings (
    "key" {{text}} PRIMARY KEY,
    value {{long}} NOT NULL
){{table}};
