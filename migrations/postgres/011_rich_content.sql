-- Rich content (links, emphasis, code, quotes, images, tables, subheadings, nested lists): a block stays a row (its
-- place in the intro or a section, so a section's blocks are replaced on their own) and holds its mdast node as JSON
-- in `content` (src/content/model/blocks.ts; text, not jsonb, so that it reads back as written on both engines).
-- List items move into their list's JSON; the list_items table goes. Existing paragraphs and lists keep their text
-- word for word: the same JSON the application writes for them.
ALTER TABLE blocks ADD COLUMN content text;

UPDATE blocks SET content = json_build_object(
  'type', 'paragraph', 'text', text, 'children', json_build_array(json_build_object('type', 'text', 'value', text))
)::text
WHERE type = 'paragraph';

UPDATE blocks AS b SET content = json_build_object(
  'type', 'list', 'style', b.style, 'start', NULL, 'spread', false, 'items', COALESCE((
    SELECT json_agg(json_build_object(
      'text', item.text, 'checked', NULL, 'spread', false,
      'children', json_build_array(json_build_object('type', 'paragraph', 'text', item.text, 'children', json_build_array(json_build_object('type', 'text', 'value', item.text))))
    ) ORDER BY item.position)
    FROM list_items AS item WHERE item.block_id = b.id
  ), '[]'::json)
)::text
WHERE b.type = 'list';

DROP TABLE list_items;
ALTER TABLE blocks DROP CONSTRAINT blocks_check, DROP CONSTRAINT blocks_type_check, DROP CONSTRAINT blocks_style_check;
ALTER TABLE blocks DROP COLUMN style, DROP COLUMN text;
ALTER TABLE blocks ALTER COLUMN content SET NOT NULL;
