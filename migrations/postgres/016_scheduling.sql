-- PostgreSQL version of migrations/016_scheduling.sql: when a draft is to be published and when a published article is
-- to go back to draft (ISO-8601 UTC text, NULL when nothing is scheduled), with partial indexes for "what is due".
ALTER TABLE articles ADD COLUMN publish_at text;
ALTER TABLE articles ADD COLUMN unpublish_at text;
CREATE INDEX articles_publish_at_idx ON articles (publish_at) WHERE publish_at IS NOT NULL;
CREATE INDEX articles_unpublish_at_idx ON articles (unpublish_at) WHERE unpublish_at IS NOT NULL;
