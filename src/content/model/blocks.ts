// The rich content model: blocks and inline content as mdast (unist) nodes without positions, so Markdown import and
// export are lossless by construction and the mdast → hast toolchain renders them. Beside mdast's fields, every
// text-bearing node keeps its plain text in `text` (what clients before rich content read, word for word), and lists
// keep their `style` and `items` (mdast's `ordered` and `children`). Served blocks always carry both `text` and
// `children`; a written block may carry either (see normalize.ts).
import { Type, type TSchema } from '@sinclair/typebox'
import { MEDIA_ID_PATTERN } from '../../base/media.js'
import { RefTo, StringEnum } from '../../http/schemas.js'
import { AUTHORING_BODY_LIMIT, AUTHORING_LIMITS, atMost, fixedAtMost } from './limits.js'

// ——— Inline content (mdast phrasing content) ———

export interface Text { type: 'text', value: string }
export interface Emphasis { type: 'emphasis', children: Inline[] }
export interface Strong { type: 'strong', children: Inline[] }
/** GFM strikethrough (mdast `delete`). */
export interface Delete { type: 'delete', children: Inline[] }
export interface InlineCode { type: 'inlineCode', value: string }
export interface Link { type: 'link', url: string, title: string | null, children: Inline[] }
export interface Break { type: 'break' }
/**
 * What an image that shows a media item of this service carries besides url, alt and title: the item's id, what its
 * bytes fix (size, placeholder) and, as served, the variants. Absent on an external image.
 */
export interface MediaFields {
  media_id?: string
  width?: number
  height?: number
  thumbhash?: string
  srcset?: string
  sizes?: string
}
export interface InlineImage extends MediaFields { type: 'image', url: string, alt: string, title: string | null }
export interface FootnoteReference { type: 'footnoteReference', identifier: string, label: string | null }
/** Raw inline HTML (one tag or comment, as mdast splits it), sanitized when written. */
export interface InlineHtml { type: 'html', value: string }
export type Inline = Text | Emphasis | Strong | Delete | InlineCode | Link | Break | InlineImage | FootnoteReference | InlineHtml

// ——— Blocks (mdast flow content) ———

export interface ParagraphBlock { type: 'paragraph', text: string, children: Inline[] }
/** A subheading inside a section (`###`–`######`); `id` is its anchor, unique within the article. */
export interface HeadingBlock { type: 'heading', depth: 3 | 4 | 5 | 6, id: string, text: string, children: Inline[] }
export interface ListItem { text: string, checked: boolean | null, spread: boolean, children: Block[] }
export interface ListBlock { type: 'list', style: 'bullet' | 'ordered', start: number | null, spread: boolean, items: ListItem[] }
export interface BlockquoteBlock { type: 'blockquote', text: string, children: Block[] }
export interface CodeBlock { type: 'code', lang: string | null, meta: string | null, value: string }
export interface ImageBlock extends MediaFields { type: 'image', url: string, alt: string, title: string | null }
export type TableAlign = 'left' | 'right' | 'center' | null
export interface TableCell { type: 'tableCell', text: string, children: Inline[] }
export interface TableRow { type: 'tableRow', children: TableCell[] }
export interface TableBlock { type: 'table', align: TableAlign[], children: TableRow[] }
export interface ThematicBreakBlock { type: 'thematicBreak' }
export interface FootnoteDefinitionBlock { type: 'footnoteDefinition', identifier: string, label: string | null, text: string, children: Block[] }
export interface HtmlBlock { type: 'html', value: string }
export type Block =
  | ParagraphBlock | HeadingBlock | ListBlock | BlockquoteBlock | CodeBlock | ImageBlock | TableBlock | ThematicBreakBlock
  | FootnoteDefinitionBlock | HtmlBlock
export type BlockType = Block['type']

// ——— Blocks as written: `text` or `children` (or both), computed fields optional ———

type Loose<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>
export type ParagraphInput = Loose<ParagraphBlock, 'text' | 'children'>
export type HeadingInput = Loose<HeadingBlock, 'text' | 'children' | 'id'>
export type ListItemInput = Omit<Loose<ListItem, 'text' | 'checked' | 'spread' | 'children'>, 'children'> & { children?: BlockInput[] }
export type ListInput = Omit<Loose<ListBlock, 'start' | 'spread'>, 'items'> & { items: ListItemInput[] }
export type BlockquoteInput = Omit<Loose<BlockquoteBlock, 'text'>, 'children'> & { children: BlockInput[] }
export type CodeInput = Loose<CodeBlock, 'lang' | 'meta'>
export type ImageInput = Loose<ImageBlock, 'alt' | 'title' | 'url'>
export type TableCellInput = Loose<TableCell, 'text' | 'children'>
export interface TableRowInput { type: 'tableRow', children: TableCellInput[] }
export type TableInput = Omit<Loose<TableBlock, 'align'>, 'children'> & { children: TableRowInput[] }
export type FootnoteDefinitionInput = Omit<Loose<FootnoteDefinitionBlock, 'text' | 'label'>, 'children'> & { children: BlockInput[] }
export type BlockInput =
  | ParagraphInput | HeadingInput | ListInput | BlockquoteInput | CodeInput | ImageInput | TableInput | ThematicBreakBlock
  | FootnoteDefinitionInput | HtmlBlock

// ——— Schemas ———

const L = AUTHORING_LIMITS
/** How the schemas state the nesting limit (no JSON Schema keyword can): normalize.ts enforces it. */
export const NESTING = `Blocks nest at most ${L.depth} levels deep (a block in a list item, quote or footnote is one level down), and inline content inside inline content likewise, counted on from its block.`
const nullableString = (options: Record<string, unknown>) => Type.Unsafe<string | null>({ type: ['string', 'null'], ...options })
const kind = <T extends string>(type: T, description: string) => Type.Literal(type, { description })
const InlineRef = RefTo<Inline>('Inline')
const inlineChildren = (description: string) => Type.Array(InlineRef, {
  maxItems: L.inlineNodes,
  description: `${description} ${fixedAtMost(L.inlineNodes, 'nodes')}`,
})
const urlString = (description: string, example: string) => Type.String({ minLength: 1, maxLength: 2000, description, examples: [example] })
const object = <T extends Record<string, TSchema>>(id: string, properties: T, description: string, example: unknown) =>
  Type.Object(properties, { $id: id, additionalProperties: false, description, examples: [example] })

export const TextSchema = object('Text', {
  type: kind('text', 'Inline kind.'),
  value: Type.String({ minLength: 1, maxLength: L.textLength, description: 'The text, as written (typographic characters and line breaks kept).' }),
}, 'Plain text.', { type: 'text', value: 'Start with the hospitals your college works with.' })

export const EmphasisSchema = object('Emphasis', { type: kind('emphasis', 'Inline kind.'), children: inlineChildren('Emphasized content.') },
  'Emphasis (`*text*`, `<em>`).', { type: 'emphasis', children: [{ type: 'text', value: 'always' }] })
export const StrongSchema = object('Strong', { type: kind('strong', 'Inline kind.'), children: inlineChildren('Strongly emphasized content.') },
  'Strong emphasis (`**text**`, `<strong>`).', { type: 'strong', children: [{ type: 'text', value: 'before' }] })
export const DeleteSchema = object('Delete', { type: kind('delete', 'Inline kind.'), children: inlineChildren('Struck-through content.') },
  'Strikethrough (GFM `~~text~~`, `<del>`).', { type: 'delete', children: [{ type: 'text', value: 'six weeks' }] })
export const InlineCodeSchema = object('InlineCode', {
  type: kind('inlineCode', 'Inline kind.'),
  value: Type.String({ minLength: 1, maxLength: L.textLength, description: 'The code, verbatim.' }),
}, 'Code in a sentence (`` `code` ``, `<code>`).', { type: 'inlineCode', value: 'npm start' })
export const LinkSchema = object('Link', {
  type: kind('link', 'Inline kind.'),
  url: urlString('Where it points: an absolute http(s) or mailto URL, or a relative one (kept as written). javascript: and other schemes are refused.', 'https://www.who.int/health-topics/health-workforce'),
  title: nullableString({ maxLength: 500, description: 'Advisory title (tooltip), or null.' }),
  children: inlineChildren('The link text.'),
}, 'A hyperlink.', { type: 'link', url: 'https://www.who.int/health-topics/health-workforce', title: null, children: [{ type: 'text', value: 'WHO workforce data' }] })
export const BreakSchema = object('Break', { type: kind('break', 'Inline kind.') }, 'A hard line break (`<br>`).', { type: 'break' })
/** What a media image carries besides url, alt and title (see MediaFields): written, only `media_id` counts. */
export const mediaFields = {
  media_id: Type.Optional(Type.String({
    pattern: MEDIA_ID_PATTERN,
    minLength: 24,
    maxLength: 24,
    examples: ['3f9a0c1b2d4e5f60718293a4'],
    description: 'The media item shown (uploaded through POST /v1/admin/media). Written, it wins over `url`; a `url` that is this service\'s own media URL (`/media/{id}/…`, path-only or absolute) is stored as a reference too. Absent on an external image.',
  })),
  width: Type.Optional(Type.Integer({ format: 'int32', minimum: 1, maximum: 100_000, description: 'Width of the media item in pixels (reserve the space: no layout shift). Absent on an external image; ignored when written.' })),
  height: Type.Optional(Type.Integer({ format: 'int32', minimum: 1, maximum: 100_000, description: 'Height of the media item in pixels. Absent on an external image; ignored when written.' })),
  thumbhash: Type.Optional(Type.String({ maxLength: 200, description: 'ThumbHash of the media item (base64): a blurred placeholder to paint before the image arrives. Absent on an external image; ignored when written.' })),
  srcset: Type.Optional(Type.String({ maxLength: 4000, description: 'The `srcset` of the media item: absolute URLs of its resized variants with their widths. Absent on an external image; ignored when written.' })),
  sizes: Type.Optional(Type.String({ maxLength: 200, description: 'A `sizes` value to go with `srcset`. Absent on an external image; ignored when written.' })),
}
const imageFields = {
  url: urlString('The image: an absolute http(s) URL, or a relative one (kept as written). For a media item, its absolute URL under PUBLIC_BASE_URL (`/media/{id}/{name}`).', 'https://cdn.example.org/images/ward-round.jpg'),
  alt: Type.String({ maxLength: 1000, description: 'Text alternative for people who cannot see it: required (not empty) once the article is published. Left empty on a media image, the media item\'s alt is used.' }),
  title: nullableString({ maxLength: 500, description: 'Advisory title, or null.' }),
  ...mediaFields,
}
export const InlineImageSchema = object('InlineImage', { type: kind('image', 'Inline kind.'), ...imageFields },
  'An image inside a sentence.', { type: 'image', url: 'https://cdn.example.org/icons/stethoscope.svg', alt: 'stethoscope', title: null })
const footnoteIdentifier = Type.String({ minLength: 1, maxLength: 100, description: 'Identifier (normalized label: lowercase) that ties references to their definition.' })
const footnoteLabel = nullableString({ maxLength: 100, description: 'The label as written (`[^Label]`), or null.' })
export const FootnoteReferenceSchema = object('FootnoteReference', { type: kind('footnoteReference', 'Inline kind.'), identifier: footnoteIdentifier, label: footnoteLabel },
  'A reference to a footnote (GFM `[^1]`).', { type: 'footnoteReference', identifier: '1', label: '1' })
const htmlValue = (description: string, example: string) =>
  Type.String({ minLength: 1, maxLength: L.textLength, description: `${description} Sanitized when written (GitHub's allowlist: no script, style, event handlers or javascript: URLs).`, examples: [example] })
export const InlineHtmlSchema = object('InlineHtml', { type: kind('html', 'Inline kind.'), value: htmlValue('Raw HTML in a sentence: one tag or comment.', '<kbd>') },
  'Raw HTML inside a sentence (one tag, as Markdown splits it).', { type: 'html', value: '<kbd>' })

const INLINE_VARIANTS = ['Text', 'Emphasis', 'Strong', 'Delete', 'InlineCode', 'Link', 'Break', 'InlineImage', 'FootnoteReference', 'InlineHtml']
export const InlineSchema = Type.Unsafe<Inline>({
  $id: 'Inline',
  type: 'object',
  description: 'Inline content (an mdast phrasing node), discriminated by `type`.',
  oneOf: INLINE_VARIANTS.map((id) => Type.Ref(id)),
  discriminator: { propertyName: 'type' },
})

const inlineSchemas = [TextSchema, EmphasisSchema, StrongSchema, DeleteSchema, InlineCodeSchema, LinkSchema, BreakSchema, InlineImageSchema, FootnoteReferenceSchema, InlineHtmlSchema, InlineSchema]

/** Served blocks (`Block`, every field present) and written ones (`BlockInput`: `text` or `children`, defaults). */
function blockSchemas (mode: 'served' | 'input') {
  const input = mode === 'input'
  const id = (name: string) => input ? `${name}Input` : name
  const computed = <T extends TSchema>(schema: T) => input ? Type.Optional(schema) : schema
  const withDefault = computed
  const BlockRef = RefTo<Block>(id('Block'))
  const blockChildren = (description: string) => Type.Array(BlockRef, { maxItems: L.blocks, description: `${description} ${atMost(L.blocks, 'blocks', 'AUTHORING_MAX_BLOCKS')}` })
  const plainText = (description: string, example?: string) => computed(Type.String({
    maxLength: L.textLength,
    description: `${description} ${input ? 'Optional when `children` is given (it is computed from them); alone, it means plain text. When both are given and differ, `text` wins and replaces `children` (so a client that edits only `text` keeps working).' : ''}${atMost(L.textLength, 'characters', 'AUTHORING_MAX_TEXT_LENGTH')}`,
    ...(example ? { examples: [example] } : {}),
  }))
  const inline = (description: string) => computed(inlineChildren(description))
  const example = (value: unknown) => value

  const Paragraph = object(id('ParagraphBlock'), {
    type: kind('paragraph', 'Block kind.'),
    text: plainText('The paragraph as plain text (typographic characters kept).', 'Start with the hospitals your college works with.'),
    children: inline('The paragraph\'s inline content: text, emphasis, links, code…'),
  }, 'A paragraph.', example({ type: 'paragraph', text: 'Read the WHO workforce data first.', children: [{ type: 'text', value: 'Read the ' }, { type: 'link', url: 'https://www.who.int/health-topics/health-workforce', title: null, children: [{ type: 'text', value: 'WHO workforce data' }] }, { type: 'text', value: ' first.' }] }))

  const Heading = object(id('HeadingBlock'), {
    type: kind('heading', 'Block kind.'),
    depth: Type.Integer({ format: 'int32', minimum: 3, maximum: 6, description: '3 for `###` (`<h3>`) to 6; sections are the `##` level.' }),
    id: computed(Type.String({ minLength: 1, maxLength: 200, pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', description: `Anchor for deep links (\`#id\`), unique within the article and apart from section keys.${input ? ' Default: the slug of the text, suffixed -2, -3… when taken.' : ''}` })),
    text: plainText('The heading as plain text.'),
    children: inline('The heading\'s inline content.'),
  }, 'A subheading inside a section.', example({ type: 'heading', depth: 3, id: 'clinical-rotations', text: 'Clinical rotations', children: [{ type: 'text', value: 'Clinical rotations' }] }))

  /** Plain text computed from blocks (a list item's, a quote's): as long as its blocks, bounded by the request body. */
  const blocksText = (description: string) => computed(Type.String({
    maxLength: AUTHORING_BODY_LIMIT,
    description: `${description}${input ? ` Computed from \`children\` when they are given; alone (or differing from them), it means one plain-text paragraph, so it is at most ${L.textLength.toLocaleString('en-US')} characters then (AUTHORING_MAX_TEXT_LENGTH).` : ''}`,
  }))
  const Item = Type.Object({
    text: blocksText('The item as plain text (its blocks separated by blank lines).'),
    checked: withDefault(Type.Unsafe<boolean | null>({ type: ['boolean', 'null'], description: 'Task lists: true (done) or false; null for an ordinary item. Default: null.' })),
    spread: withDefault(Type.Boolean({ description: 'Whether its blocks are separated by blank lines (a loose item). Default: false.' })),
    children: computed(blockChildren('The item\'s blocks: usually one paragraph; nested lists, code, quotes…')),
  }, { $id: id('ListItem'), additionalProperties: false, description: 'A list item.', examples: [{ text: 'Teaching hospitals', checked: null, spread: false, children: [{ type: 'paragraph', text: 'Teaching hospitals', children: [{ type: 'text', value: 'Teaching hospitals' }] }] }] })

  const List = object(id('ListBlock'), {
    type: kind('list', 'Block kind.'),
    style: StringEnum(['bullet', 'ordered'], { description: 'bullet: unordered; ordered: numbered.' }),
    start: withDefault(Type.Unsafe<number | null>({ type: ['integer', 'null'], format: 'int32', minimum: 0, maximum: 999_999_999, description: 'Number of the first item of a numbered list when it is not 1; null otherwise (and always for bullets).' })),
    spread: withDefault(Type.Boolean({ description: 'Whether items are separated by blank lines (a loose list). Default: false.' })),
    items: Type.Array(RefTo<ListItem>(id('ListItem')), { minItems: 1, maxItems: L.listItems, description: atMost(L.listItems, 'items', 'AUTHORING_MAX_LIST_ITEMS') }),
  }, 'A bulleted, numbered or task list; items hold blocks, so lists nest.', example({ type: 'list', style: 'bullet', start: null, spread: false, items: [{ text: 'Teaching hospitals', checked: null, spread: false, children: [{ type: 'paragraph', text: 'Teaching hospitals', children: [{ type: 'text', value: 'Teaching hospitals' }] }] }] }))

  const Blockquote = object(id('BlockquoteBlock'), {
    type: kind('blockquote', 'Block kind.'),
    text: blocksText('The quotation as plain text (computed from its blocks).'),
    children: blockChildren('The quoted blocks.'),
  }, 'A block quotation.', example({ type: 'blockquote', text: 'Show up early.', children: [{ type: 'paragraph', text: 'Show up early.', children: [{ type: 'text', value: 'Show up early.' }] }] }))

  const Code = object(id('CodeBlock'), {
    type: kind('code', 'Block kind.'),
    lang: withDefault(nullableString({ maxLength: 100, pattern: '^\\S+$', description: 'Language of the code (the info string\'s first word: `ts`, `python`), or null.' })),
    meta: withDefault(nullableString({ maxLength: 500, description: 'The rest of the info string (`title="app.ts"`), or null.' })),
    value: Type.String({ maxLength: L.codeLength, description: `The code, verbatim. ${fixedAtMost(L.codeLength, 'characters')}` }),
  }, 'A fenced or indented code block.', example({ type: 'code', lang: 'sh', meta: null, value: 'npm start' }))

  const Image = object(id('ImageBlock'), {
    type: kind('image', 'Block kind.'),
    ...imageFields,
    ...(input ? { url: Type.Optional(imageFields.url), alt: Type.Optional(imageFields.alt), title: Type.Optional(imageFields.title) } : {}),
  }, 'An image on its own line (a paragraph holding only an image).', example({ type: 'image', url: 'https://cdn.example.org/images/ward-round.jpg', alt: 'Interns on a ward round', title: null }))

  const Cell = object(id('TableCell'), {
    type: kind('tableCell', 'Node kind.'),
    text: plainText('The cell as plain text.'),
    children: inline('The cell\'s inline content.'),
  }, 'A table cell.', example({ type: 'tableCell', text: 'Nursing', children: [{ type: 'text', value: 'Nursing' }] }))
  const Row = object(id('TableRow'), {
    type: kind('tableRow', 'Node kind.'),
    children: Type.Array(RefTo<TableCell>(id('TableCell')), { minItems: 1, maxItems: L.tableColumns, description: fixedAtMost(L.tableColumns, 'cells') }),
  }, 'A table row.', example({ type: 'tableRow', children: [{ type: 'tableCell', text: 'Nursing', children: [{ type: 'text', value: 'Nursing' }] }] }))
  const Table = object(id('TableBlock'), {
    type: kind('table', 'Block kind.'),
    align: withDefault(Type.Array(Type.Unsafe<TableAlign>({ type: ['string', 'null'], enum: ['left', 'right', 'center', null] }), { maxItems: L.tableColumns, description: 'Alignment per column (left, right, center or null: not set). Default: none set.' })),
    children: Type.Array(RefTo<TableRow>(id('TableRow')), { minItems: 1, maxItems: L.tableRows, description: `The rows; the first is the header row. ${fixedAtMost(L.tableRows, 'rows')}` }),
  }, 'A GFM table.', example({ type: 'table', align: ['left', 'right'], children: [{ type: 'tableRow', children: [{ type: 'tableCell', text: 'Field', children: [{ type: 'text', value: 'Field' }] }, { type: 'tableCell', text: 'Weeks', children: [{ type: 'text', value: 'Weeks' }] }] }, { type: 'tableRow', children: [{ type: 'tableCell', text: 'Nursing', children: [{ type: 'text', value: 'Nursing' }] }, { type: 'tableCell', text: '12', children: [{ type: 'text', value: '12' }] }] }] }))

  const ThematicBreak = object(id('ThematicBreakBlock'), { type: kind('thematicBreak', 'Block kind.') }, 'A thematic break (`---`, `<hr>`).', { type: 'thematicBreak' })

  const FootnoteDefinition = object(id('FootnoteDefinitionBlock'), {
    type: kind('footnoteDefinition', 'Block kind.'),
    identifier: footnoteIdentifier,
    label: withDefault(footnoteLabel),
    text: blocksText('The footnote as plain text (computed from its blocks).'),
    children: blockChildren('The footnote\'s blocks.'),
  }, 'A footnote (GFM `[^1]: …`); unique by identifier within the article.', example({ type: 'footnoteDefinition', identifier: '1', label: '1', text: 'WHO, 2024.', children: [{ type: 'paragraph', text: 'WHO, 2024.', children: [{ type: 'text', value: 'WHO, 2024.' }] }] }))

  const Html = object(id('HtmlBlock'), { type: kind('html', 'Block kind.'), value: htmlValue('Raw HTML.', '<details><summary>Sources</summary><p>WHO, 2024.</p></details>') },
    'Raw HTML on its own lines.', { type: 'html', value: '<details><summary>Sources</summary><p>WHO, 2024.</p></details>' })

  const variants = [Paragraph, Heading, List, Blockquote, Code, Image, Table, ThematicBreak, FootnoteDefinition, Html]
  const Union = Type.Unsafe<Block>({
    $id: id('Block'),
    type: 'object',
    description: `${input
      ? 'A content block as written, discriminated by `type`: as served (Block), where `text`, `children`, ids and defaults may be left out.'
      : 'A content block (an mdast node without positions), discriminated by `type`. Clients should skip types they do not know: new ones may be added.'} ${NESTING}`,
    oneOf: variants.map((variant) => Type.Ref(variant.$id!)),
    discriminator: { propertyName: 'type' },
  })
  return { Union, schemas: [...variants, Item, Cell, Row, Union] }
}

const served = blockSchemas('served')
const written = blockSchemas('input')

/** The served block union (every field present). */
export const BlockSchema = served.Union
/** The written block union (what authoring accepts). */
export const BlockInputSchema = Type.Unsafe<BlockInput>(written.Union)

/** Every schema of the model, to register once ($ids). */
export const blockSchemaList = [...inlineSchemas, ...served.schemas, ...written.schemas]

/** The block types, in the order the documentation lists them. */
export const BLOCK_TYPES: BlockType[] = ['paragraph', 'heading', 'list', 'blockquote', 'code', 'image', 'table', 'thematicBreak', 'footnoteDefinition', 'html']
export const INLINE_TYPES: Array<Inline['type']> = ['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'link', 'break', 'image', 'footnoteReference', 'html']
