// Articles in and out of Markdown, through the mdast parser and serializer (micromark/mdast-util-*), never regular
// expressions: YAML front matter for the fields, `#` title, `##` sections, paragraphs, `-` and `1.` lists.
// Anything the model cannot hold (images, tables, nested lists, raw HTML, emphasis, links…) is refused with its line.
import type { List, Nodes, PhrasingContent, Root, RootContent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown, frontmatterToMarkdown } from 'mdast-util-frontmatter'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { toMarkdown, type Options as ToMarkdownOptions } from 'mdast-util-to-markdown'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfmTable } from 'micromark-extension-gfm-table'
import YAML from 'yaml'
import type { ArticleDocument } from '../model/document.js'
import type { Block, BlockInput } from '../model/blocks.js'
import { blocksToMdast } from '../model/mdast.js'
import { deriveExcerpt, slugify } from '../model/text.js'

export const MARKDOWN_TYPE = 'text/markdown'

/** A construct the article model cannot hold, or a malformed document: the line it is on and what is wrong. */
export class MarkdownError extends Error {
  constructor (readonly line: number, message: string) {
    super(`line ${line}: ${message}`)
    this.name = 'MarkdownError'
  }
}

/** Front matter fields an import accepts (the rest of the article is the Markdown body). */
const FRONT_MATTER_FIELDS = [
  'slug', 'title', 'excerpt', 'status', 'published_at', 'tags', 'author', 'language', 'canonical_url', 'meta_title',
  'meta_description', 'cover_image', 'section_keys',
] as const

const NAMES: Record<string, string> = {
  image: 'images',
  imageReference: 'images',
  table: 'tables',
  html: 'raw HTML',
  code: 'code blocks',
  inlineCode: 'inline code',
  blockquote: 'block quotes',
  thematicBreak: 'horizontal rules',
  emphasis: 'emphasis',
  strong: 'bold text',
  link: 'links',
  linkReference: 'links',
  definition: 'link definitions',
  break: 'hard line breaks',
  delete: 'strikethrough',
  footnoteReference: 'footnotes',
  footnoteDefinition: 'footnotes',
}

const lineOf = (node: Nodes) => node.position?.start.line ?? 1

function unsupported (node: Nodes): MarkdownError {
  const what = NAMES[node.type] ?? `"${node.type}" nodes`
  return new MarkdownError(lineOf(node), `${what} cannot be stored: articles hold plain-text paragraphs and lists only`)
}

/** The text of inline content that must be plain text (soft line breaks are kept inside the text). */
function plainText (children: PhrasingContent[]): string {
  return children.map((child) => {
    if (child.type !== 'text') throw unsupported(child)
    return child.value
  }).join('')
}

function listBlock (list: List): BlockInput {
  const items = list.children.map((item) => {
    const [first, ...rest] = item.children
    const nested = item.children.find((child) => child.type === 'list')
    if (nested) throw new MarkdownError(lineOf(nested), 'nested lists cannot be stored: lists hold one level of items')
    if (item.checked !== null && item.checked !== undefined) throw new MarkdownError(lineOf(item), 'task list items cannot be stored')
    if (!first || first.type !== 'paragraph') throw first ? unsupported(first) : new MarkdownError(lineOf(item), 'empty list items cannot be stored')
    if (rest.length > 0) throw new MarkdownError(lineOf(rest[0]!), 'a list item holds one paragraph of text')
    return { text: plainText(first.children) }
  })
  return { type: 'list', style: list.ordered ? 'ordered' : 'bullet', items }
}

function block (node: RootContent): BlockInput {
  if (node.type === 'paragraph') return { type: 'paragraph', text: plainText(node.children) }
  if (node.type === 'list') return listBlock(node)
  throw unsupported(node)
}

/** Parsed front matter: plain values only (the authoring schema checks types and lengths). */
function frontMatter (value: string, line: number): Record<string, unknown> {
  let parsed: unknown
  try {
    parsed = YAML.parse(value, { schema: 'core' })
  } catch (error) {
    throw new MarkdownError(line + ((error as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line ?? 0), `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]!}`)
  }
  if (parsed === null || parsed === undefined) return {}
  if (typeof parsed !== 'object' || Array.isArray(parsed)) throw new MarkdownError(line, 'front matter must be a map of fields (slug: …, title: …)')
  const record = parsed as Record<string, unknown>
  const unknown = Object.keys(record).find((key) => !(FRONT_MATTER_FIELDS as readonly string[]).includes(key))
  if (unknown) throw new MarkdownError(line, `unknown front matter field "${unknown}" (known: ${FRONT_MATTER_FIELDS.join(', ')})`)
  return record
}

/** `name` or `{name, slug}` in front matter, as the authoring schema takes it. */
const named = (value: unknown) => typeof value === 'string' ? { name: value } : value

/**
 * A Markdown document as an authoring input (validated afterwards like any JSON body). Section keys come from the
 * `section_keys` front matter list when given, else from the headings.
 */
export function markdownToInput (text: string): Record<string, unknown> {
  const tree = fromMarkdown(text, {
    extensions: [frontmatter(['yaml']), gfmTable()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmTableFromMarkdown()],
  })
  let fields: Record<string, unknown> = {}
  let title: { text: string, line: number } | undefined
  const intro: BlockInput[] = []
  const sections: Array<{ heading: string, blocks: BlockInput[] }> = []
  for (const node of tree.children) {
    if (node.type === 'yaml') {
      fields = frontMatter(node.value, lineOf(node) + 1)
    } else if (node.type === 'heading') {
      const heading = plainText((node).children)
      if (node.depth === 1) {
        if (title) throw new MarkdownError(lineOf(node), `a second "#" title (the first is on line ${title.line}): sections are "##" headings`)
        if (sections.length > 0) throw new MarkdownError(lineOf(node), 'the "#" title must come before the first "##" section')
        title = { text: heading, line: lineOf(node) }
      } else if (node.depth === 2) {
        if (heading.trim() === '') throw new MarkdownError(lineOf(node), 'a section heading cannot be empty')
        sections.push({ heading, blocks: [] })
      } else {
        throw new MarkdownError(lineOf(node), `"${'#'.repeat(node.depth)}" headings cannot be stored: an article has one "#" title and "##" sections`)
      }
    } else {
      (sections.at(-1)?.blocks ?? intro).push(block(node))
    }
  }
  if (title && fields.title !== undefined && fields.title !== title.text) {
    throw new MarkdownError(title.line, `the "#" title differs from the front matter title ${JSON.stringify(fields.title)}: give it once`)
  }
  const { section_keys: keys, author, tags, ...rest } = fields
  if (keys !== undefined && (!Array.isArray(keys) || keys.length !== sections.length)) {
    throw new MarkdownError(1, `section_keys must list one key per "##" section (${sections.length})`)
  }
  return {
    ...rest,
    ...(title ? { title: title.text } : {}),
    ...(author !== undefined ? { author: author === null ? null : named(author) } : {}),
    ...(tags !== undefined ? { tags: Array.isArray(tags) ? tags.map(named) : tags } : {}),
    intro,
    sections: sections.map((section, index) => ({ ...(Array.isArray(keys) ? { key: keys[index] as unknown } : {}), ...section })),
  }
}

const SERIALIZER_OPTIONS: ToMarkdownOptions = { extensions: [frontmatterToMarkdown(['yaml'])], bullet: '-', listItemIndent: 'one' }

/** The article as Markdown; importing it gives the same article back. Front matter says only what the body cannot. */
export function articleToMarkdown (document: ArticleDocument): string {
  const derived = (name: { slug: string, name: string }) => name.slug === slugify(name.name) ? name.name : name
  const fields: Record<string, unknown> = { slug: document.slug, status: document.status }
  if (document.published_at) fields.published_at = document.published_at
  if (document.excerpt !== deriveExcerpt(document.intro)) fields.excerpt = document.excerpt
  if (document.author) fields.author = derived(document.author)
  if (document.tags.length > 0) fields.tags = document.tags.map(derived)
  fields.language = document.language
  for (const field of ['canonical_url', 'meta_title', 'meta_description', 'cover_image'] as const) {
    if (document[field] !== null) fields[field] = document[field]
  }
  if (document.sections.some((section) => section.key !== slugify(section.heading))) fields.section_keys = document.sections.map((section) => section.key)
  const root: Root = {
    type: 'root',
    children: [
      { type: 'yaml', value: YAML.stringify(fields, { lineWidth: 0 }).trimEnd() },
      { type: 'heading', depth: 1, children: [{ type: 'text', value: document.title }] },
      ...blocksToMdast(document.intro),
      ...document.sections.flatMap((section) => [
        { type: 'heading' as const, depth: 2 as const, children: [{ type: 'text' as const, value: section.heading }] },
        ...blocksToMdast(section.blocks),
      ]),
    ],
  }
  return toMarkdown(root, SERIALIZER_OPTIONS)
}

/** One section as Markdown, as it appears in its article's export: a `##` heading and its blocks. */
export function sectionToMarkdown (section: { heading: string, blocks: Block[] }): string {
  return toMarkdown({
    type: 'root',
    children: [{ type: 'heading', depth: 2, children: [{ type: 'text', value: section.heading }] }, ...blocksToMdast(section.blocks)],
  }, SERIALIZER_OPTIONS)
}
