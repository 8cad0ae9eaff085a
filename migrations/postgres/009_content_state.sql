-- PostgreSQL version of migrations/009_content_state.sql.
-- One counter for everything the public read routes serve (articles, their sections and tags, review stats): bumped
-- by triggers whenever an article row changes — every content write bumps the article's version, every change to
-- its reviews its reviews_version — so response caches check one row per request, and see writes made by any
-- process (the CLI, another instance) before their next response.
--
-- Row-level triggers on articles, as on SQLite: one bump per inserted, updated or deleted article row (an UPDATE that
-- changes nothing still counts, on both engines), including the updates made by 006's review triggers. Unlike SQLite's,
-- they are deferred constraint triggers, run at COMMIT: the bump row-locks content_state until the transaction ends,
-- and taking that lock last (after every article row lock the transaction takes) means no two transactions can each
-- hold one lock the other waits for, and writers hold the shared row only for their commit. Readers see the new
-- version and the new content in the same commit.

CREATE TABLE content_state (
  id       integer PRIMARY KEY CHECK (id = 1),
  version  integer NOT NULL
);
INSERT INTO content_state (id, version) VALUES (1, 1);

CREATE FUNCTION content_state_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE content_state SET version = version + 1 WHERE id = 1;
  RETURN NULL;  -- ignored for AFTER triggers
END;
$$;

CREATE CONSTRAINT TRIGGER content_state_after_article_insert AFTER INSERT ON articles
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION content_state_bump();

CREATE CONSTRAINT TRIGGER content_state_after_article_update AFTER UPDATE ON articles
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION content_state_bump();

CREATE CONSTRAINT TRIGGER content_state_after_article_delete AFTER DELETE ON articles
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION content_state_bump();
