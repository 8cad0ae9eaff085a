// A published article, or one of its sections, as HTML, Markdown or plain text: the representations its routes serve
// besides JSON. Pure functions: the routes cache what they return per state of the article.
import { escapeHtml, jsonForScript } from '../../base/markup.js'
import type { ArticleDocument } from '../model/document.js'
import { articleToMarkdown, sectionToMarkdown } from '../markdown/markdown.js'
import type { Block } from '../model/blocks.js'
import { blockText } from '../model/plain-text.js'
import type { Article, Section } from '../model/schemas.js'

/** What the article and section routes offer, in the server's order of preference (JSON when Accept does not choose). */
export const REPRESENTATIONS = {
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
  text: 'text/plain; charset=utf-8',
} as const
export type RepresentationKind = keyof typeof REPRESENTATIONS
export const REPRESENTATION_TYPES = Object.values(REPRESENTATIONS)
const KINDS = new Map(Object.entries(REPRESENTATIONS).map(([kind, type]) => [type as string, kind as RepresentationKind]))
/** The kind of an offered media type (`text/html; charset=utf-8` → `html`). */
export const kindOf = (type: string) => KINDS.get(type)!

type Body = Pick<Article, 'title' | 'language' | 'intro' | 'sections'>

function blockHtml (block: Block): string {
  if (block.type === 'paragraph') return `<p>${escapeHtml(block.text)}</p>`
  if (block.type !== 'list') return `<p>${escapeHtml(blockText(block))}</p>`
  const tag = block.style === 'ordered' ? 'ol' : 'ul'
  return [`<${tag}>`, ...block.items.map((item) => `<li>${escapeHtml(item.text)}</li>`), `</${tag}>`].join('\n')
}

/**
 * `<section aria-labelledby="{key}"><h2 id="{key}">`: the heading carries the id, so `#{key}` links (the table of
 * contents) land on it, and the section is named by it for assistive technology.
 */
function sectionLines (section: Pick<Section, 'key' | 'heading' | 'blocks'>): string[] {
  const key = escapeHtml(section.key)
  return [`<section aria-labelledby="${key}">`, `<h2 id="${key}">${escapeHtml(section.heading)}</h2>`, ...section.blocks.map(blockHtml), '</section>']
}

/**
 * The article as an HTML fragment: one `<article lang>` element with the `<h1>` title, the intro, and a `<section>` per
 * section, for a page to place in its own layout (a whole document would bring a <head> and <body> that it must strip).
 * Every text is escaped. `structuredData` (JSON-LD) is embedded as `<script type="application/ld+json">`.
 */
export function articleHtml (article: Body, structuredData?: unknown): string {
  return [
    `<article lang="${escapeHtml(article.language)}">`,
    `<h1>${escapeHtml(article.title)}</h1>`,
    ...article.intro.map(blockHtml),
    ...article.sections.flatMap(sectionLines),
    ...(structuredData === undefined ? [] : [`<script type="application/ld+json">${jsonForScript(structuredData)}</script>`]),
    '</article>',
    '',
  ].join('\n')
}

/** One section as an HTML fragment: `<section>` with its `<h2 id>` and blocks. */
export function sectionHtml (section: Pick<Section, 'key' | 'heading' | 'blocks'>): string {
  return `${sectionLines(section).join('\n')}\n`
}

/** A heading underlined (= for the title, - for sections), as plain-text documents do. */
const underlined = (text: string, rule: string) => `${text}\n${rule.repeat(Math.max(3, [...text.split('\n').at(-1)!].length))}`

function blockPlainText (block: Block): string {
  if (block.type !== 'list') return blockText(block)
  return block.items.map((item, index) => {
    const marker = block.style === 'ordered' ? `${index + 1}. ` : '- '
    // Lines after the first are indented under the item's text.
    return marker + item.text.split('\n').join(`\n${' '.repeat(marker.length)}`)
  }).join('\n')
}

const sectionParts = (section: Pick<Section, 'heading' | 'blocks'>) => [underlined(section.heading, '-'), ...section.blocks.map(blockPlainText)]

/** The article as plain text: the title and headings underlined, paragraphs and lists separated by blank lines. */
export function articleText (article: Body): string {
  return `${[underlined(article.title, '='), ...article.intro.map(blockPlainText), ...article.sections.flatMap(sectionParts)].join('\n\n')}\n`
}

export function sectionText (section: Pick<Section, 'heading' | 'blocks'>): string {
  return `${sectionParts(section).join('\n\n')}\n`
}

/** The published article as the authoring export writes it (GET /v1/admin/articles/{slug}/export): front matter and body. */
export function articleMarkdown (article: Omit<Article, 'reviews'>): string {
  const document: ArticleDocument = {
    slug: article.slug,
    title: article.title,
    excerpt: article.excerpt,
    status: 'published',
    published_at: article.published_at,
    intro: article.intro,
    sections: article.sections.map(({ key, heading, blocks }) => ({ key, heading, blocks })),
    author: article.author,
    tags: article.tags,
    language: article.language,
    canonical_url: article.canonical_url,
    meta_title: article.meta_title,
    meta_description: article.meta_description,
    cover_image: article.cover_image,
  }
  return articleToMarkdown(document)
}

export { sectionToMarkdown as sectionMarkdown }
