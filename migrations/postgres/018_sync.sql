-- PostgreSQL version of migrations/018_sync.sql: the delta-sync counter, each article's sync_seq, and tombstones.
-- Writers bump the counter with UPDATE … RETURNING as the last statement of their transaction: the row lock is held
-- until COMMIT, so counter order is commit order, and a REPEATABLE READ reader that sees counter value N sees every
-- change numbered N or less and none above. (009's deferred content_state triggers run at COMMIT, after this lock.)
CREATE TABLE sync_state (
  id              integer PRIMARY KEY CHECK (id = 1),
  seq             integer NOT NULL,
  purged_through  integer NOT NULL DEFAULT 0
);
INSERT INTO sync_state (id, seq) VALUES (1, 0);

ALTER TABLE articles ADD COLUMN sync_seq integer NOT NULL DEFAULT 0;
CREATE INDEX articles_sync_idx ON articles (status, sync_seq, id);

CREATE TABLE sync_tombstones (
  seq         integer NOT NULL,
  article_id  integer NOT NULL,
  slug        text NOT NULL,
  deleted_at  text NOT NULL,
  reason      text NOT NULL CHECK (reason IN ('deleted', 'unpublished', 'renamed')),
  PRIMARY KEY (seq, article_id)
);
CREATE INDEX sync_tombstones_deleted_idx ON sync_tombstones (deleted_at);
