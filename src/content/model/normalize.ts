// Written blocks settled into served ones: plain text computed from inline content (or inline content from plain
// text), defaults filled in, subheading ids made unique, raw HTML sanitized, unsafe URLs and over-deep nesting refused.
// Every problem is collected with its JSON Pointer, so one refusal lists them all. Pure functions.
import type {
  Block, BlockInput, FootnoteDefinitionBlock, HeadingBlock, ImageBlock, ImageInput, Inline, InlineImage, ListItem, ListItemInput, TableCell, TableCellInput,
} from './blocks.js'
import { AUTHORING_LIMITS } from './limits.js'
import { blocksText, inlineText } from './plain-text.js'
import { sanitizeHtml } from './sanitize.js'
import { slugify } from './text.js'

export interface ContentProblem { path: string, message: string }

const SAFE_URL = /^(?:https?:|mailto:|tel:|#|\/|\.{0,2}\/|[^:/?#]*(?:[/?#]|$))/i

/** A link or image URL a reader can follow safely: http(s), mailto, tel, or relative (no javascript:, data:…). */
export function safeUrl (url: string): boolean {
  // Control characters and whitespace inside a scheme are how "java\tscript:" slips through; browsers strip them.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '')
  return SAFE_URL.test(cleaned)
}

/** What normalization needs to know about the whole article: ids taken so far (section keys, earlier subheadings). */
export interface NormalizeContext {
  /** The configured limits (AUTHORING_MAX_*: at most the schema's). */
  limits: ContentLimits
  takenIds: Set<string>
  footnotes: Set<string>
  problems: ContentProblem[]
  /** Where each settled image was written (its JSON Pointer), for problems found later (unknown media, missing alt). */
  imagePaths?: WeakMap<object, string> | undefined
}

export interface ContentLimits { blocks: number, listItems: number, textLength: number }

export const newContext = (limits: ContentLimits, sectionKeys: Iterable<string> = [], imagePaths?: WeakMap<object, string>): NormalizeContext =>
  ({ limits, takenIds: new Set(sectionKeys), footnotes: new Set(), problems: [], imagePaths })

/**
 * An image as settled: url, alt and title, and the media id when one was given (a media URL is recognized later, with
 * the media: see content/media.ts). What a media item fixes (width, placeholder…) is filled in then, never taken as written.
 */
function image (node: ImageInput | InlineImage, path: string, context: NormalizeContext): ImageBlock {
  const url = node.url ?? ''
  if (node.url === undefined && node.media_id === undefined) context.problems.push({ path: `${path}/url`, message: 'is required unless media_id is given' })
  else if (node.url !== undefined && !safeUrl(url)) context.problems.push({ path: `${path}/url`, message: 'must be an http(s) URL or a relative one' })
  const settled: ImageBlock = { type: 'image', url, alt: node.alt ?? '', title: node.title ?? null, ...(node.media_id !== undefined ? { media_id: node.media_id } : {}) }
  context.imagePaths?.set(settled, path)
  return settled
}

function checkText (text: string, path: string, context: NormalizeContext) {
  if (text.length > context.limits.textLength) context.problems.push({ path, message: `must be at most ${context.limits.textLength} characters (AUTHORING_MAX_TEXT_LENGTH)` })
}

function uniqueId (wanted: string, taken: Set<string>): string {
  const base = wanted || 'section'
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  taken.add(id)
  return id
}

function inline (nodes: readonly Inline[], path: string, depth: number, context: NormalizeContext): Inline[] {
  if (depth > AUTHORING_LIMITS.depth) {
    context.problems.push({ path, message: `nests deeper than ${AUTHORING_LIMITS.depth} levels` })
    return []
  }
  return nodes.map((node, index): Inline => {
    const at = `${path}/${index}`
    switch (node.type) {
      case 'emphasis': case 'strong': case 'delete':
        return { type: node.type, children: inline(node.children, `${at}/children`, depth + 1, context) }
      case 'link':
        if (!safeUrl(node.url)) context.problems.push({ path: `${at}/url`, message: 'must be an http(s), mailto or tel URL, or a relative one' })
        return { type: 'link', url: node.url, title: node.title ?? null, children: inline(node.children, `${at}/children`, depth + 1, context) }
      case 'image':
        return image(node, at, context)
      case 'footnoteReference':
        return { type: 'footnoteReference', identifier: node.identifier, label: node.label ?? null }
      case 'html':
        return { type: 'html', value: sanitizeHtml(node.value) }
      default:
        return node
    }
  }).filter((node) => node.type !== 'html' || node.value !== '')
}

/** `text` and `children` of a text-bearing node: `text` alone means plain text; when both differ, `text` wins. */
function textAndChildren (node: { text?: string | undefined, children?: Inline[] | undefined }, path: string, depth: number, context: NormalizeContext) {
  // A block's own inline content is at the block's level: only inline content inside inline content nests deeper.
  const children = node.children === undefined ? undefined : inline(node.children, `${path}/children`, depth, context)
  if (children === undefined || (node.text !== undefined && node.text !== inlineText(children))) {
    const text = node.text ?? ''
    checkText(text, `${path}/text`, context)
    return { text, children: text === '' ? [] : [{ type: 'text' as const, value: text }] }
  }
  const text = inlineText(children)
  checkText(text, `${path}/${node.text === undefined ? 'children' : 'text'}`, context)
  return { text, children }
}

function listItem (item: ListItemInput, path: string, depth: number, context: NormalizeContext): ListItem {
  const children = item.children !== undefined
    ? blocks(item.children, `${path}/children`, depth + 1, context)
    : undefined
  const computed = children ? blocksText(children) : undefined
  const replaced = children === undefined || (item.text !== undefined && item.text !== computed)
  // `text` that stands for the item's blocks is one paragraph: as long as a paragraph may be.
  if (replaced) checkText(item.text ?? '', `${path}/text`, context)
  const settled = replaced
    ? (item.text ?? '') === '' ? [] : [{ type: 'paragraph' as const, text: item.text!, children: [{ type: 'text' as const, value: item.text! }] }]
    : children
  return { text: blocksText(settled), checked: item.checked ?? null, spread: item.spread ?? false, children: settled }
}

function tableCell (cell: TableCellInput, path: string, depth: number, context: NormalizeContext): TableCell {
  return { type: 'tableCell', ...textAndChildren(cell, path, depth, context) }
}

function block (node: BlockInput, path: string, depth: number, context: NormalizeContext): Block | undefined {
  switch (node.type) {
    case 'paragraph':
      return { type: 'paragraph', ...textAndChildren(node, path, depth, context) }
    case 'heading': {
      const content = textAndChildren(node, path, depth, context)
      let id = node.id
      if (id !== undefined) {
        if (context.takenIds.has(id)) context.problems.push({ path: `${path}/id`, message: `"${id}" is already the id of a section or subheading of this article` })
        context.takenIds.add(id)
      } else {
        id = uniqueId(slugify(content.text).slice(0, 200).replace(/-+$/, ''), context.takenIds)
      }
      return { type: 'heading', depth: node.depth, id, ...content } satisfies HeadingBlock
    }
    case 'list':
      if (node.items.length > context.limits.listItems) context.problems.push({ path: `${path}/items`, message: `must have at most ${context.limits.listItems} items (AUTHORING_MAX_LIST_ITEMS)` })
      return {
        type: 'list',
        style: node.style,
        // One canonical form: a numbered list that starts at 1 says null, however it was written (`1.` in Markdown).
        start: node.style === 'ordered' && node.start !== undefined && node.start !== null && node.start !== 1 ? node.start : null,
        spread: node.spread ?? false,
        items: node.items.map((item, index) => listItem(item, `${path}/items/${index}`, depth, context)),
      }
    case 'blockquote': {
      const children = blocks(node.children, `${path}/children`, depth + 1, context)
      return { type: 'blockquote', text: blocksText(children), children }
    }
    case 'code':
      return { type: 'code', lang: node.lang ?? null, meta: node.meta ?? null, value: node.value }
    case 'image':
      return image(node, path, context)
    case 'table': {
      const rows = node.children.map((row, rowIndex) => ({
        type: 'tableRow' as const,
        children: row.children.map((cell, index) => tableCell(cell, `${path}/children/${rowIndex}/children/${index}`, depth, context)),
      }))
      const columns = Math.max(...rows.map((row) => row.children.length))
      const align = Array.from({ length: columns }, (_, index) => node.align?.[index] ?? null)
      return { type: 'table', align, children: rows }
    }
    case 'thematicBreak':
      return { type: 'thematicBreak' }
    case 'footnoteDefinition': {
      if (context.footnotes.has(node.identifier)) context.problems.push({ path: `${path}/identifier`, message: `footnote "${node.identifier}" is defined twice in this article` })
      context.footnotes.add(node.identifier)
      const children = blocks(node.children, `${path}/children`, depth + 1, context)
      return { type: 'footnoteDefinition', identifier: node.identifier, label: node.label ?? null, text: blocksText(children), children } satisfies FootnoteDefinitionBlock
    }
    case 'html': {
      const value = sanitizeHtml(node.value)
      // Nothing left once unsafe markup is gone (a lone <script>): the block goes too.
      return value === '' ? undefined : { type: 'html', value }
    }
  }
}

/** Written blocks as served: see the file comment. Problems go to `context.problems` (paths under `path`). */
export function blocks (nodes: readonly BlockInput[], path: string, depth: number, context: NormalizeContext): Block[] {
  if (depth > AUTHORING_LIMITS.depth) {
    context.problems.push({ path, message: `nests deeper than ${AUTHORING_LIMITS.depth} levels` })
    return []
  }
  if (nodes.length > context.limits.blocks) context.problems.push({ path, message: `must have at most ${context.limits.blocks} blocks (AUTHORING_MAX_BLOCKS)` })
  const settled: Block[] = []
  nodes.forEach((node, index) => {
    const result = block(node, `${path}/${index}`, depth, context)
    if (result) settled.push(result)
  })
  return settled
}

/** Blocks of a whole article (intro, then each section in order): one context, so ids and footnotes are unique across it. */
export function normalizeArticleBlocks (intro: readonly BlockInput[], sections: ReadonlyArray<{ key: string, blocks: readonly BlockInput[] }>, paths: { intro: string, section: (index: number) => string }, limits: ContentLimits, imagePaths?: WeakMap<object, string>) {
  const context = newContext(limits, sections.map((section) => section.key), imagePaths)
  const settledIntro = blocks(intro, paths.intro, 0, context)
  const settledSections = sections.map((section, index) => blocks(section.blocks, paths.section(index), 0, context))
  return { intro: settledIntro, sections: settledSections, problems: context.problems }
}
