-- PostgreSQL version of migrations/006_review_counters.sql.
-- A counter per article bumped by any change to its reviews, so caches of the article response (which carries the
-- review count and average) can tell with one row lookup whether they are current. Triggers, so that no write path
-- (moderation, data-subject erasure, a script) can forget to bump it.
--
-- PostgreSQL triggers call a function: one plpgsql function serves the three triggers (TG_OP says which fired). They
-- are row-level AFTER triggers, as SQLite's are. An update bumps both the old and the new article (the same row once
-- when the review stayed on its article). Bumping updates the articles row, which fires 009's content_state trigger,
-- as on SQLite. When an article is deleted, its reviews go by ON DELETE CASCADE and the delete trigger finds no
-- article row left to bump (on both engines).

ALTER TABLE articles ADD COLUMN reviews_version integer NOT NULL DEFAULT 0;

CREATE FUNCTION reviews_bump_article() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE articles SET reviews_version = reviews_version + 1 WHERE id = NEW.article_id;
  ELSIF TG_OP = 'UPDATE' THEN
    UPDATE articles SET reviews_version = reviews_version + 1 WHERE id IN (OLD.article_id, NEW.article_id);
  ELSE
    UPDATE articles SET reviews_version = reviews_version + 1 WHERE id = OLD.article_id;
  END IF;
  RETURN NULL;  -- ignored for AFTER triggers
END;
$$;

CREATE TRIGGER reviews_bump_article_after_insert AFTER INSERT ON reviews
  FOR EACH ROW EXECUTE FUNCTION reviews_bump_article();

CREATE TRIGGER reviews_bump_article_after_update AFTER UPDATE ON reviews
  FOR EACH ROW EXECUTE FUNCTION reviews_bump_article();

CREATE TRIGGER reviews_bump_article_after_delete AFTER DELETE ON reviews
  FOR EACH ROW EXECUTE FUNCTION reviews_bump_article();
