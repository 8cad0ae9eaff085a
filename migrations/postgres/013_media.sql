-- PostgreSQL version of migrations/013_media.sql: uploaded images, their variants, their bytes when
-- MEDIA_STORAGE=database (the default here, so that every instance sees the same files), and which articles use them.
CREATE TABLE media (
  id            text    PRIMARY KEY CHECK (length(id) = 24),
  sha256        text    NOT NULL UNIQUE,
  name          text    NOT NULL,
  content_type  text    NOT NULL,
  bytes         integer NOT NULL CHECK (bytes > 0),
  etag          text    NOT NULL,
  width         integer NOT NULL CHECK (width > 0),
  height        integer NOT NULL CHECK (height > 0),
  alt           text    NOT NULL DEFAULT '',
  title         text,
  thumbhash     text    NOT NULL,
  storage       text    NOT NULL CHECK (storage IN ('files', 'database')),
  created_at    text    NOT NULL,
  updated_at    text    NOT NULL
);

CREATE INDEX media_created_idx ON media (created_at DESC, id DESC);
CREATE INDEX media_type_idx ON media (content_type, created_at DESC, id DESC);

CREATE TABLE media_variants (
  media_id      text    NOT NULL REFERENCES media (id) ON DELETE CASCADE,
  width         integer NOT NULL CHECK (width >= 0),
  format        text    NOT NULL CHECK (format IN ('webp', 'avif', 'jpeg', 'png')),
  content_type  text    NOT NULL,
  bytes         integer NOT NULL CHECK (bytes > 0),
  etag          text    NOT NULL,
  storage       text    NOT NULL CHECK (storage IN ('files', 'database')),
  created_at    text    NOT NULL,
  PRIMARY KEY (media_id, width, format)
);

CREATE TABLE media_blobs (
  key   text  PRIMARY KEY,
  data  bytea NOT NULL
);

CREATE TABLE article_media (
  article_id  integer NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  media_id    text    NOT NULL REFERENCES media (id),
  PRIMARY KEY (article_id, media_id)
);

CREATE INDEX article_media_media_idx ON article_media (media_id);
