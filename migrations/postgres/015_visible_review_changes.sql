-- PostgreSQL version of migrations/015_visible_review_changes.sql.
-- Only review changes the public can see bump the article's reviews_version (and so, through 009's trigger,
-- content_state): a review that is or was approved. A pending or spam review, its moderation to spam or trash, or an
-- erasure of one never shown, leaves every public answer — and every response cache — as it was.
-- 006's function stays; its triggers fire only WHEN the review is or was approved.

DROP TRIGGER reviews_bump_article_after_insert ON reviews;
DROP TRIGGER reviews_bump_article_after_update ON reviews;
DROP TRIGGER reviews_bump_article_after_delete ON reviews;

CREATE TRIGGER reviews_bump_article_after_insert AFTER INSERT ON reviews
  FOR EACH ROW WHEN (NEW.status = 'approved') EXECUTE FUNCTION reviews_bump_article();

CREATE TRIGGER reviews_bump_article_after_update AFTER UPDATE ON reviews
  FOR EACH ROW WHEN (OLD.status = 'approved' OR NEW.status = 'approved') EXECUTE FUNCTION reviews_bump_article();

CREATE TRIGGER reviews_bump_article_after_delete AFTER DELETE ON reviews
  FOR EACH ROW WHEN (OLD.status = 'approved') EXECUTE FUNCTION reviews_bump_article();
