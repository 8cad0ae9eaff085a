-- Search indexes code blocks, weighted below the prose (src/content/search/query.ts SEARCH_WEIGHTS): search_parts gets
-- a `code` column beside `body`, and the FTS5 index (search_index) a fourth column for it. An FTS5 table cannot gain a
-- column, so the index and its triggers are made again and rebuilt from search_parts.
--
-- A part's code is the text of its blocks' code blocks at any depth (a list item's or a quote's too), in document
-- order, joined by newlines, U+FDD0 and U+FDD1 (the snippet markers) as U+FFFD: as saveDocument writes it
-- (search/repository.ts searchPartsOf). Its body is unchanged: articles from before migration 011 hold paragraphs and
-- lists only, whose text 008 indexed as saveDocument does.

ALTER TABLE search_parts ADD COLUMN code TEXT NOT NULL DEFAULT '';

UPDATE search_parts SET code = coalesce((
  SELECT replace(replace(group_concat(json_extract(node.value, '$.value'), char(10) ORDER BY blocks.position, node.id), char(64976), char(65533)), char(64977), char(65533))
  FROM blocks CROSS JOIN json_tree(blocks.content) AS node
  WHERE blocks.article_id = search_parts.article_id AND blocks.section_id IS search_parts.section_id
    AND node.type = 'object' AND json_extract(node.value, '$.type') = 'code'
), '');

DROP TRIGGER search_parts_after_insert;
DROP TRIGGER search_parts_after_delete;
DROP TRIGGER search_parts_after_update;
DROP TABLE search_index;

-- As in 008: porter stemming, diacritics removed.
CREATE VIRTUAL TABLE search_index USING fts5 (
  title, heading, body, code,
  content = 'search_parts', content_rowid = 'id',
  tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER search_parts_after_insert AFTER INSERT ON search_parts
BEGIN
  INSERT INTO search_index (rowid, title, heading, body, code) VALUES (NEW.id, NEW.title, NEW.heading, NEW.body, NEW.code);
END;

CREATE TRIGGER search_parts_after_delete AFTER DELETE ON search_parts
BEGIN
  INSERT INTO search_index (search_index, rowid, title, heading, body, code) VALUES ('delete', OLD.id, OLD.title, OLD.heading, OLD.body, OLD.code);
END;

CREATE TRIGGER search_parts_after_update AFTER UPDATE ON search_parts
BEGIN
  INSERT INTO search_index (search_index, rowid, title, heading, body, code) VALUES ('delete', OLD.id, OLD.title, OLD.heading, OLD.body, OLD.code);
  INSERT INTO search_index (rowid, title, heading, body, code) VALUES (NEW.id, NEW.title, NEW.heading, NEW.body, NEW.code);
END;

INSERT INTO search_index (search_index) VALUES ('rebuild');
