-- Transactional outbox for event notifications, and the log of webhook deliveries and their attempts.

-- Written in the same transaction as the change it announces; fanned out to the configured URLs by the dispatcher.
CREATE TABLE webhook_events (
  id                  TEXT PRIMARY KEY,        -- UUID, sent as Webhook-Id: receivers de-duplicate on it
  type                TEXT NOT NULL,           -- message.received, review.created, review.approved, ...
  payload             TEXT NOT NULL,           -- JSON: the event's `data`
  subject_type        TEXT,                    -- what the event is about (contact_message, review), deleted with it
  subject_id          TEXT,
  subject_email_hash  TEXT,                    -- whose personal data the payload carries: data-subject export and erase
  created_at          TEXT NOT NULL,
  fanned_out_at       TEXT                     -- when a delivery per configured URL was created
);

CREATE INDEX webhook_events_fan_out_idx ON webhook_events (fanned_out_at, created_at);
CREATE INDEX webhook_events_created_idx ON webhook_events (created_at);
CREATE INDEX webhook_events_subject_idx ON webhook_events (subject_type, subject_id);
CREATE INDEX webhook_events_email_idx ON webhook_events (subject_email_hash);

-- One event to one URL, retried with exponential backoff until it succeeds or runs out of attempts.
CREATE TABLE webhook_deliveries (
  id                INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id          TEXT    NOT NULL REFERENCES webhook_events (id) ON DELETE CASCADE,
  url               TEXT    NOT NULL,
  status            TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'succeeded', 'failed')),
  attempts          INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at   TEXT,                      -- NULL once settled
  lease_expires_at  TEXT,                      -- set while a dispatcher is sending it; a crashed one's lease runs out
  last_status_code  INTEGER,
  last_error        TEXT,
  delivered_at      TEXT,
  created_at        TEXT    NOT NULL,
  updated_at        TEXT    NOT NULL,
  UNIQUE (event_id, url),
  CHECK ((status = 'pending') = (next_attempt_at IS NOT NULL))
);

CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (status, next_attempt_at);
CREATE INDEX webhook_deliveries_created_idx ON webhook_deliveries (created_at, id);

-- Every attempt, successful or not.
CREATE TABLE webhook_delivery_attempts (
  id           INTEGER PRIMARY KEY,
  delivery_id  INTEGER NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
  attempt      INTEGER NOT NULL CHECK (attempt >= 1),
  started_at   TEXT    NOT NULL,
  duration_ms  INTEGER NOT NULL CHECK (duration_ms >= 0),
  status_code  INTEGER,
  error        TEXT,
  succeeded    INTEGER NOT NULL CHECK (succeeded IN (0, 1)),
  UNIQUE (delivery_id, attempt)
);
