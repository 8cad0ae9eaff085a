-- One counter for everything the public read routes serve (articles, their sections and tags, review stats): bumped
-- by triggers whenever an article row changes — every content write bumps the article's version, every change to
-- its reviews its reviews_version — so response caches check one row per request, and see writes made by any
-- process (the CLI, another instance) before their next response.

CREATE TABLE content_state (
  id       INTEGER PRIMARY KEY CHECK (id = 1),
  version  INTEGER NOT NULL
);
INSERT INTO content_state (id, version) VALUES (1, 1);

CREATE TRIGGER content_state_after_article_insert AFTER INSERT ON articles
BEGIN
  UPDATE content_state SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER content_state_after_article_update AFTER UPDATE ON articles
BEGIN
  UPDATE content_state SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER content_state_after_article_delete AFTER DELETE ON articles
BEGIN
  UPDATE content_state SET version = version + 1 WHERE id = 1;
END;
