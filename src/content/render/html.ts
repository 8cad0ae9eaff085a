// The HTML representation of a published article or section. The outer structure is ours (`<article lang>`, `<h1>`, a
// `<section aria-labelledby>` with its `<h2 id>` per section, the JSON-LD script); the blocks go through the mdast
// toolchain: model/mdast.ts → mdast-util-to-hast (raw HTML kept) → hast-util-raw (so `<kbd>`, text, `</kbd>` pair up)
// → hast-util-sanitize (the schema of model/sanitize.ts again: raw HTML was sanitized when written; belt and braces)
// → hast-util-to-html. Every text is escaped as escapeHtml does (& < > " '), as before rich content.
//
// Decisions:
// - Links keep their URL as written, with no `rel` or `target`: the page that embeds the fragment knows its own policy.
// - Subheadings (h3–h6) keep their `id` as stored (unique in the article, apart from section keys). Every other id
//   comes from raw HTML or footnotes and carries the `user-content-` prefix, so it cannot take a section key's place.
// - Footnotes (GFM's markup: `<sup><a data-footnote-ref>`, `<section data-footnotes class="footnotes">` with
//   back-references) are numbered across the article (see footnotes.ts). The article lists them all after its last
//   section; a section's HTML lists, inside its `<section>`, the footnotes its references point to, wherever they are
//   defined (and those it defines that nothing references), so a section page makes sense on its own.
import { randomBytes } from 'node:crypto'
import type { Element, ElementContent, Nodes, Root } from 'hast'
import type * as HastUtilRaw from 'hast-util-raw'
import type * as HastUtilToHtml from 'hast-util-to-html'
import type { FootnoteReference as MdastFootnoteReference, Image as MdastImage, Root as MdastRoot } from 'mdast'
import type * as MdastUtilToHast from 'mdast-util-to-hast'
import { requireOnFirstUse } from '../../base/lazy.js'
import { escapeHtml, jsonForScript } from '../../base/markup.js'
import type { Block, MediaFields } from '../model/blocks.js'
import { blocksToMdast } from '../model/mdast.js'
import { NOT_HTML, sanitizeTree } from '../model/sanitize.js'
import type { Article, Section } from '../model/schemas.js'
import { footnotePlan, footnotesOfPart, type FootnotePlan } from './footnotes.js'

// The hast and mdast utilities (with parse5, about 15 MB of RSS): loaded by the first HTML answer, not at start.
const hastUtilRaw = requireOnFirstUse<typeof HastUtilRaw>('hast-util-raw')
const hastUtilToHtml = requireOnFirstUse<typeof HastUtilToHtml>('hast-util-to-html')
const mdastUtilToHast = requireOnFirstUse<typeof MdastUtilToHast>('mdast-util-to-hast')

const PREFIX = 'user-content-'
const noteId = (identifier: string) => `${PREFIX}fn-${encodeURIComponent(identifier)}`
const referenceId = (identifier: string, count: number) => `${PREFIX}fnref-${encodeURIComponent(identifier)}${count > 1 ? `-${count}` : ''}`
export const FOOTNOTE_LABEL_ID = `${PREFIX}footnote-label`

/** The state of one rendering (an article or a section). */
interface Rendering {
  plan: FootnotePlan
  /** References met so far per footnote, counted from the article's start: reference ids are unique in the article. */
  counts: Map<string, number>
  /** The references met in this rendering, per footnote (their counts): where its back-references point. */
  met: Map<string, number[]>
  /**
   * Marks the ids we set (subheadings, footnotes) before sanitizing, which prefixes every id: afterwards, only ids that
   * carry the mark lose the prefix again. Random per rendering, so no stored raw HTML can carry it.
   */
  mark: string
}

const newRendering = (plan: FootnotePlan, counts = new Map<string, number>()): Rendering =>
  ({ plan, counts: new Map(counts), met: new Map(), mark: `m${randomBytes(6).toString('hex')}-` })

const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element =>
  ({ type: 'element', tagName, properties, children })
const text = (value: string) => ({ type: 'text' as const, value })
/** Children separated (and, with `outer`, surrounded) by line breaks, as mdast-util-to-hast lays out blocks. */
const lines = (children: ElementContent[], outer = true): ElementContent[] =>
  [...(outer ? [text('\n')] : []), ...children.flatMap((child, index) => index === 0 ? [child] : [text('\n'), child]), ...(outer ? [text('\n')] : [])]

function footnoteReference (rendering: Rendering) {
  return (_state: unknown, node: MdastFootnoteReference): ElementContent => {
    const number = rendering.plan.numbers.get(node.identifier)
    // A reference to no footnote stays as written.
    if (number === undefined) return text(`[^${node.label ?? node.identifier}]`)
    const count = (rendering.counts.get(node.identifier) ?? 0) + 1
    rendering.counts.set(node.identifier, count)
    rendering.met.set(node.identifier, [...(rendering.met.get(node.identifier) ?? []), count])
    return element('sup', {}, [element('a', { href: `#${noteId(node.identifier)}`, id: referenceId(node.identifier, count), dataFootnoteRef: true, ariaDescribedBy: [FOOTNOTE_LABEL_ID] }, [text(String(number))])])
  }
}

/**
 * `<img src srcset sizes width height alt title loading="lazy" decoding="async">`: a media item with its variants and
 * size (the browser reserves the space: no layout shift); an external image with what is known of it.
 */
function image (_state: unknown, node: MdastImage & MediaFields): Element {
  const properties: Element['properties'] = { src: node.url }
  if (node.srcset) Object.assign(properties, { srcSet: node.srcset, sizes: node.sizes ?? '' })
  if (node.width !== undefined && node.height !== undefined) Object.assign(properties, { width: node.width, height: node.height })
  properties.alt = node.alt ?? ''
  if (node.title) properties.title = node.title
  return element('img', { ...properties, loading: 'lazy', decoding: 'async' }, [])
}

/** Blocks as hast, raw HTML still raw. Footnote definitions render nothing in place (they are listed at the end). */
function blocksTree (blocks: readonly Block[], rendering: Rendering): Root {
  const mdast: MdastRoot = { type: 'root', children: blocksToMdast(blocks) }
  return mdastUtilToHast().toHast(mdast, { allowDangerousHtml: true, handlers: { footnoteReference: footnoteReference(rendering), image } }) as Root
}

/** Our ids (all there are before raw HTML is parsed) and references to them, marked. */
function markIds (node: Nodes, mark: string) {
  if (node.type === 'element') {
    const { properties } = node
    if (typeof properties.id === 'string') properties.id = mark + properties.id
    if (Array.isArray(properties.ariaDescribedBy)) properties.ariaDescribedBy = properties.ariaDescribedBy.map((id) => mark + String(id))
  }
  if ('children' in node) for (const child of node.children) markIds(child, mark)
}

const hasRaw = (node: Nodes): boolean => node.type === 'raw' || ('children' in node && node.children.some(hasRaw))

/** After sanitizing: our ids as we set them, and every text escaped as escapeHtml does (a raw node of escaped text). */
function restore (node: Nodes, marked: string) {
  if (node.type === 'element') {
    const { properties } = node
    const unmark = (id: unknown) => typeof id === 'string' && id.startsWith(marked) ? id.slice(marked.length) : id
    if (properties.id !== undefined) properties.id = unmark(properties.id) as string
    if (Array.isArray(properties.ariaDescribedBy)) properties.ariaDescribedBy = properties.ariaDescribedBy.map(unmark) as string[]
    for (const [name, value] of Object.entries(properties)) if (typeof value === 'string') properties[name] = value.replace(NOT_HTML, '')
  }
  if ('children' in node) {
    node.children = node.children.map((child) => {
      if (child.type === 'text') return { type: 'raw', value: escapeHtml(child.value.replace(NOT_HTML, '')) }
      restore(child, marked)
      return child
    })
  }
}

/** A hast tree of ours as safe HTML: raw HTML parsed in place, sanitized, ids restored, text escaped. */
function serialize (tree: Root, rendering: Rendering): string {
  markIds(tree, rendering.mark)
  const parsed = hasRaw(tree) ? hastUtilRaw().raw(tree) as Root : tree
  const clean = sanitizeTree(parsed)
  restore(clean, `${PREFIX}${rendering.mark}`)
  return hastUtilToHtml().toHtml(clean, { allowDangerousHtml: true, closeSelfClosing: true, characterReferences: { useNamedReferences: true } })
}

const blocksHtml = (blocks: readonly Block[], rendering: Rendering) => blocks.length === 0 ? '' : serialize(blocksTree(blocks, rendering), rendering)

/** `<section data-footnotes class="footnotes">` listing `identifiers`, each with back-references to the references met. */
function footnotesHtml (identifiers: string[], rendering: Rendering): string {
  if (identifiers.length === 0) return ''
  const { plan } = rendering
  // Every footnote's content first: references inside footnotes add back-references to the others.
  const contents = identifiers.map((identifier) => blocksTree(plan.definitions.get(identifier)!.children, rendering).children as ElementContent[])
  const items = identifiers.map((identifier, index) => {
    const number = plan.numbers.get(identifier)!
    const backReferences = (rendering.met.get(identifier) ?? []).flatMap((count, position): ElementContent[] => [
      ...(position > 0 ? [text(' ')] : []),
      element('a', { href: `#${referenceId(identifier, count)}`, dataFootnoteBackref: '', ariaLabel: `Back to reference ${number}${count > 1 ? `-${count}` : ''}`, className: ['data-footnote-backref'] },
        [text('↩'), ...(count > 1 ? [element('sup', {}, [text(String(count))])] : [])]),
    ])
    const content = contents[index]!.filter((child) => child.type !== 'text' || child.value !== '\n')
    const last = content.at(-1)
    if (backReferences.length > 0) {
      if (last?.type === 'element' && last.tagName === 'p') last.children.push(text(' '), ...backReferences)
      else content.push(element('p', {}, backReferences))
    }
    // Numbered as in the article, also where a section lists only some of them.
    return element('li', { id: noteId(identifier), ...(number !== index + 1 ? { value: String(number) } : {}) }, lines(content))
  })
  const section = element('section', { dataFootnotes: true, className: ['footnotes'] }, lines([
    element('h2', { className: ['sr-only'], id: FOOTNOTE_LABEL_ID }, [text('Footnotes')]),
    element('ol', {}, lines(items)),
  ]))
  return serialize({ type: 'root', children: [section] }, rendering)
}

type SectionContent = Pick<Section, 'key' | 'heading' | 'blocks'>

/**
 * `<section aria-labelledby="{key}"><h2 id="{key}">`: the heading carries the id, so `#{key}` links (the table of
 * contents) land on it, and the section is named by it for assistive technology.
 */
function sectionLines (section: SectionContent, body: string[]): string[] {
  const key = escapeHtml(section.key)
  return [`<section aria-labelledby="${key}">`, `<h2 id="${key}">${escapeHtml(section.heading)}</h2>`, ...body.filter((part) => part !== ''), '</section>']
}

type Body = Pick<Article, 'title' | 'language' | 'intro'> & { sections: SectionContent[] }

const partsOf = (article: Pick<Body, 'intro' | 'sections'>) => [article.intro, ...article.sections.map((section) => section.blocks)]

/**
 * The article as an HTML fragment: one `<article lang>` element with the `<h1>` title, the intro, a `<section>` per
 * section and the footnotes, for a page to place in its own layout (a whole document would bring a <head> and <body>
 * that it must strip). `structuredData` (JSON-LD) is embedded as `<script type="application/ld+json">`.
 */
export function articleHtml (article: Body, structuredData?: unknown): string {
  const plan = footnotePlan(partsOf(article))
  const rendering = newRendering(plan)
  const intro = blocksHtml(article.intro, rendering)
  const sections = article.sections.flatMap((section) => sectionLines(section, [blocksHtml(section.blocks, rendering)]))
  return [
    `<article lang="${escapeHtml(article.language)}">`,
    `<h1>${escapeHtml(article.title)}</h1>`,
    ...(intro === '' ? [] : [intro]),
    ...sections,
    ...(plan.numbers.size === 0 ? [] : [footnotesHtml(footnotesOfPart(plan, [], 'all'), rendering)]),
    ...(structuredData === undefined ? [] : [`<script type="application/ld+json">${jsonForScript(structuredData)}</script>`]),
    '</article>',
    '',
  ].join('\n')
}

/**
 * One section as an HTML fragment: `<section>` with its `<h2 id>` and blocks. Given the whole article, footnotes are
 * numbered as in the article and found wherever they are defined; without it, only the section's own count.
 */
export function sectionHtml (section: SectionContent, article?: Pick<Body, 'intro' | 'sections'>): string {
  const parts = article ? partsOf(article) : [[], section.blocks]
  const found = article ? article.sections.findIndex((candidate) => candidate.key === section.key) : 0
  const part = found === -1 ? parts.length : found + 1
  const plan = footnotePlan(found === -1 ? [...parts, section.blocks] : parts)
  const rendering = newRendering(plan, plan.before[part])
  const body = blocksHtml(section.blocks, rendering)
  const footnotes = footnotesHtml(footnotesOfPart(plan, rendering.met.keys(), part), rendering)
  return `${sectionLines(section, [body, footnotes]).join('\n')}\n`
}
