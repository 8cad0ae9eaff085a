// Parsed Markdown (mdast) as the article's written blocks (BlockInput): positions stripped, link and image references
// resolved against their definitions (which are dropped), a paragraph holding only an image made an image block, raw
// HTML sanitized here already (so that what is stored exports to the same Markdown), subheadings nested in quotes and
// lists clamped to depth 3–6. Every block's source position is recorded by its JSON Pointer. Pure functions.
import type { Definition, ListItem as MdastListItem, Nodes, PhrasingContent, RootContent, Table } from 'mdast'
import type { BlockInput, Inline, ListItemInput, TableCellInput } from '../model/blocks.js'
import { sanitizeHtml } from '../model/sanitize.js'
import { imageFileOf, RELATIVE_URL, type ImageReference, type ImportedImage } from './images.js'
import type { MarkdownProblem, SourcePositions } from './problems.js'

export interface ConvertContext {
  definitions: Map<string, Definition>
  warnings: MarkdownProblem[]
  positions: SourcePositions
  /** Reparses sanitized raw HTML that no longer reads as HTML (see `htmlBlocks`). */
  reparse: (markdown: string) => RootContent[]
  /**
   * The post's image files, when the import has them (a bundle, a blog folder): relative file → its media URL. Given,
   * relative images are not warned about: those not in it are listed in `images`, for the caller to report.
   */
  imageFiles?: Readonly<Record<string, ImportedImage>> | undefined
  images?: ImageReference[]
}

const positionOf = (node: Nodes) => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 })

/** Every link reference definition in the tree (the first of an identifier wins, as CommonMark says). */
export function collectDefinitions (node: Nodes, into = new Map<string, Definition>()): Map<string, Definition> {
  if (node.type === 'definition') {
    if (!into.has(node.identifier)) into.set(node.identifier, node)
  } else if ('children' in node) {
    for (const child of node.children) collectDefinitions(child, into)
  }
  return into
}

/** A URL a reader's browser resolves against the page (relative): kept, and reported. */
function checkUrl (url: string, node: Nodes, path: string, what: string, context: ConvertContext) {
  if (url !== '' && RELATIVE_URL.test(url)) {
    context.warnings.push({ path, ...positionOf(node), message: `${what} "${url.slice(0, 200)}" is relative: kept as written (it resolves against the page that shows the article)` })
  }
}

/** An image's URL as stored: a post's file the import was given becomes its media URL (see ConvertContext.imageFiles). */
function imageUrl (url: string, alt: string, node: Nodes, path: string, context: ConvertContext): string {
  const file = context.imageFiles === undefined ? undefined : imageFileOf(url)
  if (file === undefined) {
    checkUrl(url, node, path, 'image', context)
    return url
  }
  const imported = Object.hasOwn(context.imageFiles!, file) ? context.imageFiles![file] : undefined
  if (imported) return imported.url
  context.images?.push({ file, url, alt, path, ...positionOf(node) })
  return url
}

/** Adjacent text nodes as one (what the parser gives for the same Markdown, so the stored form exports stably). */
function mergeText (nodes: Inline[]): Inline[] {
  const merged: Inline[] = []
  for (const node of nodes) {
    const last = merged.at(-1)
    if (node.type === 'text' && last?.type === 'text') merged[merged.length - 1] = { type: 'text', value: last.value + node.value }
    else merged.push(node)
  }
  return merged
}

export function inline (nodes: readonly PhrasingContent[], path: string, context: ConvertContext): Inline[] {
  const result: Inline[] = []
  for (const node of nodes) {
    const at = `${path}/${result.length}`
    switch (node.type) {
      case 'text': case 'inlineCode':
        result.push({ type: node.type, value: node.value })
        break
      case 'emphasis': case 'strong': case 'delete':
        result.push({ type: node.type, children: inline(node.children, `${at}/children`, context) })
        break
      case 'break':
        result.push({ type: 'break' })
        break
      case 'link':
        checkUrl(node.url, node, `${at}/url`, 'link', context)
        result.push({ type: 'link', url: node.url, title: node.title ?? null, children: inline(node.children, `${at}/children`, context) })
        break
      case 'image':
        result.push({ type: 'image', url: imageUrl(node.url, node.alt ?? '', node, `${at}/url`, context), alt: node.alt ?? '', title: node.title ?? null })
        break
      case 'linkReference': case 'imageReference': {
        const definition = context.definitions.get(node.identifier)
        // The parser makes references only of defined labels; a missing one stays what CommonMark renders: its text.
        if (!definition) {
          result.push(...(node.type === 'linkReference' ? inline(node.children, path, context) : [{ type: 'text' as const, value: node.alt ?? '' }]))
        } else if (node.type === 'linkReference') {
          checkUrl(definition.url, node, `${at}/url`, 'link', context)
          result.push({ type: 'link', url: definition.url, title: definition.title ?? null, children: inline(node.children, `${at}/children`, context) })
        } else {
          result.push({ type: 'image', url: imageUrl(definition.url, node.alt ?? '', node, `${at}/url`, context), alt: node.alt ?? '', title: definition.title ?? null })
        }
        break
      }
      case 'footnoteReference':
        result.push({ type: 'footnoteReference', identifier: node.identifier, label: node.label ?? null })
        break
      case 'html': {
        // What sanitizing leaves must still be markup (a CDATA section leaves escaped text, which exports as text).
        const sanitized = sanitizeHtml(node.value)
        const value = /^<[^]*>$/.test(sanitized) ? sanitized : ''
        if (value !== node.value) context.warnings.push({ ...(value === '' ? {} : { path: at }), ...positionOf(node), message: `raw HTML ${JSON.stringify(node.value.slice(0, 100))} was sanitized (unsafe tags and attributes removed, open elements closed)${value === '' ? ': nothing was left' : ''}` })
        if (value === '' || value === node.value) {
          if (value !== '') result.push({ type: 'html', value })
          break
        }
        // Sanitizing may close what it opened (`<a …>` → `<a></a>`): one node per tag, as Markdown reads it back.
        const reparsed = context.reparse(value)
        const paragraph = reparsed.length === 1 && reparsed[0]!.type === 'paragraph' ? reparsed[0] : undefined
        if (paragraph?.children.every((child) => child.type === 'html')) result.push(...paragraph.children.map((child) => ({ type: 'html' as const, value: (child as { value: string }).value })))
        else result.push({ type: 'html', value })
        break
      }
    }
  }
  return mergeText(result)
}

/** Blocks of a container (the root's body, a quote, a list item, a footnote), each recorded at `${path}/${index}`. */
export function blocks (nodes: readonly RootContent[], path: string, context: ConvertContext): BlockInput[] {
  const result: BlockInput[] = []
  for (const node of nodes) {
    for (const converted of block(node, `${path}/${result.length}`, context)) {
      context.positions[`${path}/${result.length}`] = positionOf(node)
      result.push(converted)
    }
  }
  return result
}

function listItem (item: MdastListItem, path: string, context: ConvertContext): ListItemInput {
  context.positions[path] = positionOf(item)
  const children = blocks(item.children, `${path}/children`, context)
  // Spread means blank lines between the item's blocks: with one block left (a definition dropped), there are none.
  return { checked: item.checked ?? null, spread: (item.spread ?? false) && children.length > 1, children }
}

function table (node: Table, path: string, context: ConvertContext): BlockInput {
  const columns = node.children[0]?.children.length ?? 0
  const rows = node.children.map((row, rowIndex) => {
    const cells: TableCellInput[] = row.children.slice(0, columns)
      .map((cell, index) => ({ type: 'tableCell', children: inline(cell.children, `${path}/children/${rowIndex}/children/${index}/children`, context) }))
    // A short row is filled with empty cells, as GFM renders it (and as the export writes it back).
    while (cells.length < columns) cells.push({ type: 'tableCell', children: [] })
    return { type: 'tableRow' as const, children: cells }
  })
  return { type: 'table', align: Array.from({ length: columns }, (_, index) => node.align?.[index] ?? null), children: rows }
}

/**
 * Raw HTML on its own lines, sanitized. What sanitizing leaves must still read as raw HTML when exported; when it
 * does not (only text left of an unknown element), it is imported as the Markdown it now is.
 */
function htmlBlocks (value: string, node: Nodes, path: string, context: ConvertContext): BlockInput[] {
  const sanitized = sanitizeHtml(value)
  if (sanitized === value) return [{ type: 'html', value }]
  const warning = { ...positionOf(node), message: `raw HTML ${JSON.stringify(value.slice(0, 100))} was sanitized (unsafe tags and attributes removed, open elements closed)` }
  if (sanitized.trim() === '') {
    context.warnings.push({ ...warning, message: `${warning.message}: nothing was left` })
    return []
  }
  context.warnings.push({ path, ...warning })
  const reparsed = context.reparse(sanitized)
  if (reparsed.length === 1 && reparsed[0]!.type === 'html' && reparsed[0].value === sanitized) return [{ type: 'html', value: sanitized }]
  // Blocks of the sanitized remainder: its raw HTML is already sanitized (sanitizing is idempotent).
  return blocks(reparsed, `${path}/..`, { ...context, positions: {}, warnings: [] })
}

function block (node: RootContent, path: string, context: ConvertContext): BlockInput[] {
  switch (node.type) {
    case 'paragraph': {
      const warned = context.warnings.length
      const found = context.images?.length ?? 0
      const children = inline(node.children, `${path}/children`, context)
      const only = children.length === 1 ? children[0]! : undefined
      if (only?.type === 'image') {
        // The image is the block: what was said of it is said of the block's fields.
        for (const warning of context.warnings.slice(warned)) warning.path = warning.path?.replace(`${path}/children/0`, path)
        for (const image of context.images?.slice(found) ?? []) image.path = image.path.replace(`${path}/children/0`, path)
        return [{ type: 'image', url: only.url, alt: only.alt, title: only.title }]
      }
      if (children.length === 0) return []
      // Only raw tags left (the rest sanitized away): on a line of its own that is raw HTML, as the export will read.
      if (children.every((child) => child.type === 'html')) {
        const value = children.map((child) => (child as { value: string }).value).join('')
        const reparsed = context.reparse(value)
        if (reparsed.length === 1 && reparsed[0]!.type === 'html' && reparsed[0].value === value) return [{ type: 'html', value }]
      }
      return [{ type: 'paragraph', children }]
    }
    case 'heading':
      // Only headings nested in quotes, lists and footnotes get here (import.ts places the body's): depth 3–6.
      return [{ type: 'heading', depth: Math.min(6, Math.max(3, node.depth)) as 3 | 4 | 5 | 6, children: inline(node.children, `${path}/children`, context) }]
    case 'thematicBreak':
      return [{ type: 'thematicBreak' }]
    case 'blockquote':
      return [{ type: 'blockquote', children: blocks(node.children, `${path}/children`, context) }]
    case 'list':
      return [{
        type: 'list',
        style: node.ordered ? 'ordered' : 'bullet',
        start: node.ordered ? (node.start ?? 1) : null,
        spread: node.spread ?? false,
        items: node.children.map((item, index) => listItem(item, `${path}/items/${index}`, context)),
      }]
    case 'code':
      return [{ type: 'code', lang: node.lang ?? null, meta: node.meta ?? null, value: node.value }]
    case 'html':
      return htmlBlocks(node.value, node, path, context)
    case 'table':
      return [table(node, path, context)]
    case 'footnoteDefinition':
      return [{ type: 'footnoteDefinition', identifier: node.identifier, label: node.label ?? null, children: blocks(node.children, `${path}/children`, context) }]
    // Definitions are resolved into their links; front matter is read by import.ts.
    default:
      return []
  }
}
