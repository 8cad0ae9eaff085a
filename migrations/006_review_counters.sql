-- A counter per article bumped by any change to its reviews, so caches of the article response (which carries the
-- review count and average) can tell with one row lookup whether they are current. Triggers, so that no write path
-- (moderation, data-subject erasure, a script) can forget to bump it.

ALTER TABLE articles ADD COLUMN reviews_version INTEGER NOT NULL DEFAULT 0;

CREATE TRIGGER reviews_bump_article_after_insert AFTER INSERT ON reviews
BEGIN
  UPDATE articles SET reviews_version = reviews_version + 1 WHERE id = NEW.article_id;
END;

CREATE TRIGGER reviews_bump_article_after_update AFTER UPDATE ON reviews
BEGIN
  UPDATE articles SET reviews_version = reviews_version + 1 WHERE id IN (OLD.article_id, NEW.article_id);
END;

CREATE TRIGGER reviews_bump_article_after_delete AFTER DELETE ON reviews
BEGIN
  UPDATE articles SET reviews_version = reviews_version + 1 WHERE id = OLD.article_id;
END;
