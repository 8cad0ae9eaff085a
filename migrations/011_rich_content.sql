-- Rich content (links, emphasis, code, quotes, images, tables, subheadings, nested lists): a block stays a row (its
-- place in the intro or a section, so a section's blocks are replaced on their own) and holds its mdast node as JSON
-- in `content` (src/content/model/blocks.ts). List items move into their list's JSON; the list_items table goes.
-- Existing paragraphs and lists keep their text word for word: the same JSON, byte for byte, that the application
-- writes for them (JSON.stringify of normalize.ts's block: keys in that order, no spaces; empty text, no children).
CREATE TABLE blocks_rich (
  id          INTEGER PRIMARY KEY,
  article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  section_id  INTEGER REFERENCES sections (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL CHECK (position >= 0),
  type        TEXT    NOT NULL,
  content     TEXT    NOT NULL CHECK (json_valid(content))
);

INSERT INTO blocks_rich (id, article_id, section_id, position, type, content)
SELECT b.id, b.article_id, b.section_id, b.position, b.type,
  CASE WHEN b.type = 'paragraph'
    THEN json_object('type', 'paragraph', 'text', b.text, 'children',
      CASE WHEN b.text = '' THEN json_array() ELSE json_array(json_object('type', 'text', 'value', b.text)) END)
    ELSE json_object('type', 'list', 'style', b.style, 'start', NULL, 'spread', json('false'), 'items', (
      SELECT json_group_array(json(json_object(
        'text', item.text, 'checked', NULL, 'spread', json('false'),
        'children', CASE WHEN item.text = '' THEN json_array()
          ELSE json_array(json_object('type', 'paragraph', 'text', item.text, 'children', json_array(json_object('type', 'text', 'value', item.text)))) END
      )))
      FROM (SELECT text FROM list_items WHERE block_id = b.id ORDER BY position) AS item
    ))
  END
FROM blocks AS b;

DROP TABLE list_items;
DROP TABLE blocks;
ALTER TABLE blocks_rich RENAME TO blocks;

-- One position per container (the intro, or a section); also serves "blocks of an article in order".
CREATE UNIQUE INDEX blocks_position_idx ON blocks (article_id, COALESCE(section_id, 0), position);
CREATE INDEX blocks_section_idx ON blocks (section_id);
