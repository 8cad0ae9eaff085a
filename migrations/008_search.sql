-- Full-text search over articles (GET /v1/search), with SQLite FTS5.
--
-- An article is searched in parts: one for its title and intro (section_id NULL) and one per section. A part holds
-- the title (the title-and-intro part only; '' in the others), the section heading ('' for the intro) and the plain
-- text of its blocks: paragraphs and list items, one per line. The text lives in search_parts; search_index is an
-- FTS5 index over it (external content), kept equal to it by the triggers below.
--
-- ContentRepository.saveDocument rewrites the parts that differ from the saved document, in the transaction that
-- writes the article. Deleting an article or a section deletes its parts through the foreign keys (cascades fire the
-- triggers), so the index never outlives the content. Drafts are indexed too: the search filters on articles.status
-- when it runs, so publishing and unpublishing need no reindexing.

CREATE TABLE search_parts (
  id          INTEGER PRIMARY KEY,
  article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  section_id  INTEGER REFERENCES sections (id) ON DELETE CASCADE,
  title       TEXT    NOT NULL,
  heading     TEXT    NOT NULL,
  body        TEXT    NOT NULL
);
-- One part per container; also "the parts of an article" for reindexing.
CREATE UNIQUE INDEX search_parts_part_idx ON search_parts (article_id, COALESCE(section_id, 0));
-- Deleting a section finds its part (the foreign key's cascade).
CREATE INDEX search_parts_section_idx ON search_parts (section_id);

-- porter: "internship" finds "internships", "coding" finds "code". remove_diacritics 2: "cafe" finds "café".
CREATE VIRTUAL TABLE search_index USING fts5 (
  title, heading, body,
  content = 'search_parts', content_rowid = 'id',
  tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER search_parts_after_insert AFTER INSERT ON search_parts
BEGIN
  INSERT INTO search_index (rowid, title, heading, body) VALUES (NEW.id, NEW.title, NEW.heading, NEW.body);
END;

CREATE TRIGGER search_parts_after_delete AFTER DELETE ON search_parts
BEGIN
  INSERT INTO search_index (search_index, rowid, title, heading, body) VALUES ('delete', OLD.id, OLD.title, OLD.heading, OLD.body);
END;

CREATE TRIGGER search_parts_after_update AFTER UPDATE ON search_parts
BEGIN
  INSERT INTO search_index (search_index, rowid, title, heading, body) VALUES ('delete', OLD.id, OLD.title, OLD.heading, OLD.body);
  INSERT INTO search_index (rowid, title, heading, body) VALUES (NEW.id, NEW.title, NEW.heading, NEW.body);
END;

-- The parts of the articles written before this migration, exactly as saveDocument writes them (src/content/search-repository.ts):
-- texts in block order, list items in item order, joined by newlines; U+FDD0 and U+FDD1 (the snippet markers) become U+FFFD.
INSERT INTO search_parts (article_id, section_id, title, heading, body)
WITH texts (article_id, section_id, block_position, item_position, text) AS (
  SELECT article_id, section_id, position, -1, text FROM blocks WHERE type = 'paragraph'
  UNION ALL
  SELECT blocks.article_id, blocks.section_id, blocks.position, list_items.position, list_items.text
  FROM blocks JOIN list_items ON list_items.block_id = blocks.id
),
bodies (article_id, section_id, body) AS (
  SELECT article_id, section_id, group_concat(text, char(10) ORDER BY block_position, item_position)
  FROM texts GROUP BY article_id, section_id
),
parts (article_id, section_id, title, heading) AS (
  SELECT id, NULL, title, '' FROM articles
  UNION ALL
  SELECT article_id, id, '', heading FROM sections
)
SELECT parts.article_id, parts.section_id,
  replace(replace(parts.title, char(64976), char(65533)), char(64977), char(65533)),
  replace(replace(parts.heading, char(64976), char(65533)), char(64977), char(65533)),
  replace(replace(coalesce(bodies.body, ''), char(64976), char(65533)), char(64977), char(65533))
FROM parts
LEFT JOIN bodies ON bodies.article_id = parts.article_id AND bodies.section_id IS parts.section_id
ORDER BY parts.article_id, parts.section_id;
