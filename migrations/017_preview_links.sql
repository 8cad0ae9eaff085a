-- Draft previews: a link shows an article as it is now (a draft, or a published article with its latest edits) to
-- whoever holds its token. Only the SHA-256 of a token is stored; the token is shown once, when the link is made.
-- Revoking a link deletes its row; deleting the article deletes its links.
CREATE TABLE preview_links (
  -- AUTOINCREMENT: a revoked link's id is never handed out again, so a stale DELETE cannot revoke a newer link.
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  token_hash  TEXT    NOT NULL UNIQUE,   -- hex SHA-256 of the token
  created_at  TEXT    NOT NULL,
  created_by  TEXT    NOT NULL,          -- name of the admin key that made it
  expires_at  TEXT    NOT NULL
);

-- An article's links, unexpired first to last (the admin list).
CREATE INDEX preview_links_article_idx ON preview_links (article_id, expires_at);
