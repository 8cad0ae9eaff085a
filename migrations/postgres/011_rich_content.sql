-- Rich content (links, emphasis, code, quotes, images, tables, subheadings, nested lists): a block stays a row (its
-- place in the intro or a section, so a section's blocks are replaced on their own) and holds its mdast node as JSON
-- in `content` (src/content/model/blocks.ts; text, not jsonb, so that it reads back as written on both engines).
-- List items move into their list's JSON; the list_items table goes. Existing paragraphs and lists keep their text
-- word for word: the same JSON, byte for byte, that the application writes for them (JSON.stringify of normalize.ts's
-- block: keys in that order, no spaces; empty text, no children). So it is built as text, each string quoted by
-- to_json(text), which escapes as JSON.stringify does: json_build_object would put spaces around every colon.
ALTER TABLE blocks ADD COLUMN content text;

UPDATE blocks SET content = '{"type":"paragraph","text":' || to_json(text)::text || ',"children":'
  || CASE WHEN text = '' THEN '[]' ELSE '[{"type":"text","value":' || to_json(text)::text || '}]' END || '}'
WHERE type = 'paragraph';

UPDATE blocks AS b SET content = '{"type":"list","style":' || to_json(b.style)::text || ',"start":null,"spread":false,"items":['
  || COALESCE((
    SELECT string_agg('{"text":' || to_json(item.text)::text || ',"checked":null,"spread":false,"children":'
      || CASE WHEN item.text = '' THEN '[]'
        ELSE '[{"type":"paragraph","text":' || to_json(item.text)::text || ',"children":[{"type":"text","value":' || to_json(item.text)::text || '}]}]' END
      || '}', ',' ORDER BY item.position)
    FROM list_items AS item WHERE item.block_id = b.id
  ), '') || ']}'
WHERE b.type = 'list';

DROP TABLE list_items;
ALTER TABLE blocks DROP CONSTRAINT blocks_check, DROP CONSTRAINT blocks_type_check, DROP CONSTRAINT blocks_style_check;
ALTER TABLE blocks DROP COLUMN style, DROP COLUMN text;
ALTER TABLE blocks ALTER COLUMN content SET NOT NULL;
