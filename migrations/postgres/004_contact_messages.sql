-- PostgreSQL version of migrations/004_contact_messages.sql.
-- Contact form messages, and the idempotency records that make retried submissions safe.

CREATE TABLE contact_messages (
  id           text    PRIMARY KEY,            -- UUID, returned to the sender (text, as on SQLite: the code binds strings)
  name         text,
  email        text    NOT NULL,
  email_hash   text    NOT NULL,               -- SHA-256 of the trimmed, lowercased email: data-subject lookups
  subject      text,
  message      text    NOT NULL,
  article_id   integer REFERENCES articles (id) ON DELETE SET NULL,
  status       text    NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'read', 'archived', 'spam')),
  dedupe_key   text    NOT NULL,               -- SHA-256 of email + message: the same message twice in a window is stored once
  received_at  text    NOT NULL,
  updated_at   text    NOT NULL
);

-- Inbox: newest first, optionally by status; retention purge by age.
CREATE INDEX contact_messages_received_idx ON contact_messages (received_at, id);
CREATE INDEX contact_messages_status_idx ON contact_messages (status, received_at);
-- Export and erase by email.
CREATE INDEX contact_messages_email_idx ON contact_messages (email_hash);
-- Duplicate detection within the window.
CREATE INDEX contact_messages_dedupe_idx ON contact_messages (dedupe_key, received_at);

-- One row per Idempotency-Key per endpoint: replays get the stored response, a different body a 422.
-- The primary key is the unique constraint that makes concurrent first uses of a key safe on any engine.
CREATE TABLE idempotency_records (
  scope         text NOT NULL,                 -- the operation, e.g. 'POST /v1/contact-messages'
  key_hash      text NOT NULL,                 -- SHA-256 of the Idempotency-Key header
  request_hash  text NOT NULL,                 -- SHA-256 of the normalized request
  resource_id   text NOT NULL,                 -- what the request created (erased with it)
  response      text NOT NULL,                 -- JSON needed to repeat the response (text, not jsonb: returned as written)
  created_at    text NOT NULL,
  expires_at    text NOT NULL,
  PRIMARY KEY (scope, key_hash)
);

CREATE INDEX idempotency_records_resource_idx ON idempotency_records (resource_id);
CREATE INDEX idempotency_records_expires_idx ON idempotency_records (expires_at);
