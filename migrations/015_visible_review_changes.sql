-- Only review changes the public can see bump the article's reviews_version (and so, through 009's trigger,
-- content_state): a review that is or was approved. A pending or spam review, its moderation to spam or trash, or an
-- erasure of one never shown, leaves every public answer — and every response cache — as it was.
-- Replaces 006's triggers, which bumped on any change to any review.

DROP TRIGGER reviews_bump_article_after_insert;
DROP TRIGGER reviews_bump_article_after_update;
DROP TRIGGER reviews_bump_article_after_delete;

CREATE TRIGGER reviews_bump_article_after_insert AFTER INSERT ON reviews
WHEN NEW.status = 'approved'
BEGIN
  UPDATE articles SET reviews_version = reviews_version + 1 WHERE id = NEW.article_id;
END;

CREATE TRIGGER reviews_bump_article_after_update AFTER UPDATE ON reviews
WHEN OLD.status = 'approved' OR NEW.status = 'approved'
BEGIN
  UPDATE articles SET reviews_version = reviews_version + 1 WHERE id IN (OLD.article_id, NEW.article_id);
END;

CREATE TRIGGER reviews_bump_article_after_delete AFTER DELETE ON reviews
WHEN OLD.status = 'approved'
BEGIN
  UPDATE articles SET reviews_version = reviews_version + 1 WHERE id = OLD.article_id;
END;
