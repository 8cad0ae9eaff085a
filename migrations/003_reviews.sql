-- Reader reviews of articles, with moderation status.

CREATE TABLE reviews (
  -- AUTOINCREMENT: an id is never reused after a delete, so webhook receivers and admin tools cannot mix two reviews up.
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id   INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  author_name  TEXT    NOT NULL,
  email        TEXT,
  rating       INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
  title        TEXT,
  body         TEXT    NOT NULL,
  status       TEXT    NOT NULL CHECK (status IN ('pending', 'approved', 'spam', 'trash')),
  -- Keyed hashes, never the raw values: for duplicate detection only.
  ip_hash      TEXT    NOT NULL,
  body_hash    TEXT    NOT NULL,
  created_at   TEXT    NOT NULL,
  updated_at   TEXT    NOT NULL
);

-- Public list (approved, by date) and the summary / article counts (approved, grouped by rating).
CREATE INDEX reviews_public_created_idx ON reviews (article_id, status, created_at);
CREATE INDEX reviews_public_rating_idx ON reviews (article_id, status, rating);
-- Admin queue: newest first, optionally by status.
CREATE INDEX reviews_admin_idx ON reviews (created_at);
CREATE INDEX reviews_admin_status_idx ON reviews (status, created_at);
-- "Same body on the same article within 24 hours" and data-subject requests by email.
CREATE INDEX reviews_duplicate_idx ON reviews (article_id, body_hash, created_at);
CREATE INDEX reviews_email_idx ON reviews (email);

-- Per-installation secrets generated on first use (e.g. the key for hashing client IPs).
CREATE TABLE instance_secrets (
  name        TEXT PRIMARY KEY,
  value       TEXT NOT NULL,
  created_at  TEXT NOT NULL
);
