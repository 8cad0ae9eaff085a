-- Media: uploaded images (content-addressed: the id is the start of the SHA-256 of the uploaded bytes), the variants
-- made of them on demand (a fixed set of widths and formats), their bytes when MEDIA_STORAGE=database, and which
-- articles use which image (an image in use cannot be deleted).
CREATE TABLE media (
  id            TEXT    PRIMARY KEY CHECK (length(id) = 24),
  sha256        TEXT    NOT NULL UNIQUE,             -- hex SHA-256 of the uploaded file: the same bytes, the same item
  name          TEXT    NOT NULL,                    -- file name in its URL, /media/{id}/{name}
  content_type  TEXT    NOT NULL,                    -- decided from the bytes
  bytes         INTEGER NOT NULL CHECK (bytes > 0),  -- size of the stored original (metadata removed)
  etag          TEXT    NOT NULL,                    -- strong ETag of the stored original (a hash of its bytes)
  width         INTEGER NOT NULL CHECK (width > 0),
  height        INTEGER NOT NULL CHECK (height > 0),
  alt           TEXT    NOT NULL DEFAULT '',
  title         TEXT,
  thumbhash     TEXT    NOT NULL,                    -- base64 ThumbHash placeholder
  storage       TEXT    NOT NULL CHECK (storage IN ('files', 'database')),
  created_at    TEXT    NOT NULL,
  updated_at    TEXT    NOT NULL
);

CREATE INDEX media_created_idx ON media (created_at DESC, id DESC);
CREATE INDEX media_type_idx ON media (content_type, created_at DESC, id DESC);

-- Made once on first request, then served from storage. width 0: the original's own size in another format.
CREATE TABLE media_variants (
  media_id      TEXT    NOT NULL REFERENCES media (id) ON DELETE CASCADE,
  width         INTEGER NOT NULL CHECK (width >= 0),
  format        TEXT    NOT NULL CHECK (format IN ('webp', 'avif', 'jpeg', 'png')),
  content_type  TEXT    NOT NULL,
  bytes         INTEGER NOT NULL CHECK (bytes > 0),
  etag          TEXT    NOT NULL,
  storage       TEXT    NOT NULL CHECK (storage IN ('files', 'database')),
  created_at    TEXT    NOT NULL,
  PRIMARY KEY (media_id, width, format)
);

-- The bytes of originals and variants stored in the database (MEDIA_STORAGE=database), by storage key.
CREATE TABLE media_blobs (
  key   TEXT PRIMARY KEY,
  data  BLOB NOT NULL
);

-- The media an article uses (cover image, image blocks, inline images), written with the article.
CREATE TABLE article_media (
  article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  media_id    TEXT    NOT NULL REFERENCES media (id),
  PRIMARY KEY (article_id, media_id)
);

CREATE INDEX article_media_media_idx ON article_media (media_id);
