-- Delta sync for apps (issue 23, GET /v1/sync): one counter, bumped once by every transaction that writes an
-- article's content or status (the last thing it does, so counter order is commit order); each article remembers the
-- counter value of its latest change (sync_seq), and what left the public set — an article deleted or unpublished
-- while published, the old slug of a published article renamed — leaves a tombstone with the counter of that change.
-- A sync token is a counter value: "everything up to here". Tombstones older than SYNC_TOMBSTONE_RETENTION_DAYS are
-- purged; purged_through is the highest counter value purged, and a token older than it can no longer be answered.
CREATE TABLE sync_state (
  id              INTEGER PRIMARY KEY CHECK (id = 1),
  seq             INTEGER NOT NULL,
  purged_through  INTEGER NOT NULL DEFAULT 0
);
INSERT INTO sync_state (id, seq) VALUES (1, 0);

-- Existing articles are all "changed at 0": an initial sync (everything up to the counter) includes them.
ALTER TABLE articles ADD COLUMN sync_seq INTEGER NOT NULL DEFAULT 0;
CREATE INDEX articles_sync_idx ON articles (status, sync_seq, id);

-- No foreign key to articles: the article may be gone.
CREATE TABLE sync_tombstones (
  seq         INTEGER NOT NULL,
  article_id  INTEGER NOT NULL,
  slug        TEXT NOT NULL,
  deleted_at  TEXT NOT NULL,
  reason      TEXT NOT NULL CHECK (reason IN ('deleted', 'unpublished', 'renamed')),
  PRIMARY KEY (seq, article_id)
);
CREATE INDEX sync_tombstones_deleted_idx ON sync_tombstones (deleted_at);
