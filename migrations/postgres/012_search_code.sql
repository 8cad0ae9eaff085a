-- PostgreSQL version of migrations/012_search_code.sql: search indexes code blocks, weighted below the prose
-- (src/content/search/query.ts SEARCH_WEIGHTS). search_parts gets a `code` column beside `body`, and `document` its
-- text as weight D (title A, heading B, body C). A generated column's expression cannot change, so `document` and its
-- GIN index are made again (PostgreSQL computes it for every row as the column is added).
--
-- A part's code is the text of its blocks' code blocks at any depth (a list item's or a quote's too), in document
-- order, joined by newlines, U+FDD0 and U+FDD1 (the snippet markers) as U+FFFD: as saveDocument writes it
-- (search/repository.ts searchPartsOf), and as the SQLite migration computes it. (jsonb orders an object's keys its own
-- way, but a node's blocks are in one array, `children` or `items`, whose order it keeps; `strict` so that `.**` visits
-- each node once; `.**` includes the block itself.) Its body is unchanged: articles from before migration 011 hold
-- paragraphs and lists only, whose text 008 indexed as saveDocument does.

ALTER TABLE search_parts ADD COLUMN code text NOT NULL DEFAULT '';

UPDATE search_parts SET code = coalesce((
  SELECT replace(replace(string_agg(node.value #>> '{}', chr(10) ORDER BY blocks.position, node.place), chr(64976), chr(65533)), chr(64977), chr(65533))
  FROM blocks
  CROSS JOIN LATERAL jsonb_path_query(blocks.content::jsonb, 'strict $.** ? (@.type == "code").value') WITH ORDINALITY AS node (value, place)
  WHERE blocks.article_id = search_parts.article_id AND blocks.section_id IS NOT DISTINCT FROM search_parts.section_id
), '');

DROP INDEX search_parts_document_idx;
ALTER TABLE search_parts DROP COLUMN document;
ALTER TABLE search_parts ADD COLUMN document tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('content_search'::regconfig, title), 'A') ||
  setweight(to_tsvector('content_search'::regconfig, heading), 'B') ||
  setweight(to_tsvector('content_search'::regconfig, body), 'C') ||
  setweight(to_tsvector('content_search'::regconfig, code), 'D')
) STORED;
CREATE INDEX search_parts_document_idx ON search_parts USING gin (document);
