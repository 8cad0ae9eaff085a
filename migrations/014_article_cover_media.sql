-- A cover image may be a media item (issue 21): its id, and what the item's bytes fix (they never change for an id),
-- denormalized so an article is read without the media table: size (no layout shift) and ThumbHash placeholder.
-- cover_image_url then holds the item's path (/media/{id}/{name}); served absolute under PUBLIC_BASE_URL. No foreign
-- key here: article_media (migration 013) holds every media id an article uses, the cover's too, and keeps it alive.
ALTER TABLE articles ADD COLUMN cover_media_id TEXT;
ALTER TABLE articles ADD COLUMN cover_image_width INTEGER;
ALTER TABLE articles ADD COLUMN cover_image_height INTEGER;
ALTER TABLE articles ADD COLUMN cover_image_thumbhash TEXT;
