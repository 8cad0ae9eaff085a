-- Authoring: a richer article model (author, tags, language, SEO fields, cover image), renames that keep old
-- slugs answering, per-section versions for concurrency checks, and a revision history of every write.

CREATE TABLE authors (
  id    INTEGER PRIMARY KEY,
  slug  TEXT NOT NULL UNIQUE,
  name  TEXT NOT NULL
);

CREATE TABLE tags (
  id    INTEGER PRIMARY KEY,
  slug  TEXT NOT NULL UNIQUE,
  name  TEXT NOT NULL
);

ALTER TABLE articles ADD COLUMN author_id INTEGER REFERENCES authors (id);
ALTER TABLE articles ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
ALTER TABLE articles ADD COLUMN canonical_url TEXT;
ALTER TABLE articles ADD COLUMN meta_title TEXT;
ALTER TABLE articles ADD COLUMN meta_description TEXT;
ALTER TABLE articles ADD COLUMN cover_image_url TEXT;
ALTER TABLE articles ADD COLUMN cover_image_alt TEXT;
-- Name of the admin key (or 'seed', 'cli') that made the latest write.
ALTER TABLE articles ADD COLUMN updated_by TEXT;

-- Public list filtered by author.
CREATE INDEX articles_author_idx ON articles (author_id, status, published_at);

CREATE TABLE article_tags (
  article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  tag_id      INTEGER NOT NULL REFERENCES tags (id),
  position    INTEGER NOT NULL CHECK (position >= 0),
  PRIMARY KEY (article_id, tag_id)
);
-- Public list filtered by tag, and tag counts.
CREATE INDEX article_tags_tag_idx ON article_tags (tag_id, article_id);

-- Old slugs of renamed articles: they answer 301 to the article's current slug (one hop, whatever the chain).
CREATE TABLE article_redirects (
  slug        TEXT    PRIMARY KEY,
  article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  created_at  TEXT    NOT NULL
);
CREATE INDEX article_redirects_article_idx ON article_redirects (article_id);

-- A section's own version: bumped when its key, position, heading or blocks change, so editing one section leaves
-- the others' ETags alone.
ALTER TABLE sections ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);

-- Every write's resulting article, as the editable JSON document (ArticleInput), by version.
CREATE TABLE article_revisions (
  article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  version     INTEGER NOT NULL CHECK (version >= 1),
  created_at  TEXT    NOT NULL,
  created_by  TEXT    NOT NULL,
  summary     TEXT    NOT NULL,
  snapshot    TEXT    NOT NULL,
  PRIMARY KEY (article_id, version)
);
