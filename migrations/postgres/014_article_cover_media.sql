-- PostgreSQL version of migrations/014_article_cover_media.sql: a cover image may be a media item; its id and what the
-- item's bytes fix (size, ThumbHash placeholder), denormalized. article_media (013) keeps the item alive.
ALTER TABLE articles ADD COLUMN cover_media_id text;
ALTER TABLE articles ADD COLUMN cover_image_width integer;
ALTER TABLE articles ADD COLUMN cover_image_height integer;
ALTER TABLE articles ADD COLUMN cover_image_thumbhash text;
