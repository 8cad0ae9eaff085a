-- Scheduled publishing (issue 23): when a draft is to be published, and when a published article is to be taken back
-- to draft, as ISO-8601 UTC text like every timestamp here; NULL when nothing is scheduled. The scheduler asks "what is
-- due" (publish_at <= now for drafts, unpublish_at <= now for published articles) and "what is next": the partial
-- indexes hold only the few scheduled rows.
ALTER TABLE articles ADD COLUMN publish_at TEXT;
ALTER TABLE articles ADD COLUMN unpublish_at TEXT;
CREATE INDEX articles_publish_at_idx ON articles (publish_at) WHERE publish_at IS NOT NULL;
CREATE INDEX articles_unpublish_at_idx ON articles (unpublish_at) WHERE unpublish_at IS NOT NULL;
