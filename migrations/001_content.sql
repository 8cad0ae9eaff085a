-- Articles as structured data: article -> sections -> blocks -> list items.
-- Intro blocks belong to the article directly (section_id IS NULL).

CREATE TABLE articles (
  id            INTEGER PRIMARY KEY,
  slug          TEXT    NOT NULL UNIQUE,
  title         TEXT    NOT NULL,
  excerpt       TEXT    NOT NULL,
  status        TEXT    NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
  published_at  TEXT,
  created_at    TEXT    NOT NULL,
  updated_at    TEXT    NOT NULL,
  version       INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  word_count    INTEGER NOT NULL DEFAULT 0 CHECK (word_count >= 0),
  CHECK (status = 'draft' OR published_at IS NOT NULL)
);

-- Public listing: published articles ordered by date or title.
CREATE INDEX articles_published_idx ON articles (status, published_at);
CREATE INDEX articles_title_idx ON articles (status, title);

CREATE TABLE sections (
  id          INTEGER PRIMARY KEY,
  article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  key         TEXT    NOT NULL,
  position    INTEGER NOT NULL CHECK (position >= 0),
  heading     TEXT    NOT NULL,
  UNIQUE (article_id, key),
  UNIQUE (article_id, position)
);

CREATE TABLE blocks (
  id          INTEGER PRIMARY KEY,
  article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  section_id  INTEGER REFERENCES sections (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL CHECK (position >= 0),
  type        TEXT    NOT NULL CHECK (type IN ('paragraph', 'list')),
  text        TEXT,
  style       TEXT    CHECK (style IN ('bullet', 'ordered')),
  CHECK ((type = 'paragraph' AND text IS NOT NULL AND style IS NULL)
      OR (type = 'list' AND text IS NULL AND style IS NOT NULL))
);

-- One position per container (the intro, or a section); also serves "blocks of an article in order".
CREATE UNIQUE INDEX blocks_position_idx ON blocks (article_id, COALESCE(section_id, 0), position);
CREATE INDEX blocks_section_idx ON blocks (section_id);

CREATE TABLE list_items (
  id        INTEGER PRIMARY KEY,
  block_id  INTEGER NOT NULL REFERENCES blocks (id) ON DELETE CASCADE,
  position  INTEGER NOT NULL CHECK (position >= 0),
  text      TEXT    NOT NULL,
  UNIQUE (block_id, position)
);
