// Article → Markdown, through mdast-util-to-markdown + mdast-util-gfm (model/mdast.ts gives the blocks as mdast).
// Importing the export gives back the identical stored article, and exporting that again gives the same text. The
// front matter says only what the body cannot: the slug, status and dates, fields without a place in the body, section
// keys and subheading ids that differ from the ones the import derives, and the section level when the body cannot show
// it (an article without sections whose intro has subheadings).
import type { Heading, Root } from 'mdast'
import type * as MdastUtilFrontmatter from 'mdast-util-frontmatter'
import type * as MdastUtilGfm from 'mdast-util-gfm'
import type * as MdastUtilToMarkdown from 'mdast-util-to-markdown'
import YAML from 'yaml'
import { requireOnFirstUse } from '../../base/lazy.js'
import type { ArticleDocument } from '../model/document.js'
import type { Block, HeadingBlock } from '../model/blocks.js'
import { blocksToMdast } from '../model/mdast.js'
import { deriveExcerpt, slugify } from '../model/text.js'
import { deriveSectionKeys, derivedHeadingIds, headingsInOrder } from './headings.js'

// The Markdown serializer: loaded by the first export or Markdown answer, not at start.
const mdastUtilToMarkdown = requireOnFirstUse<typeof MdastUtilToMarkdown>('mdast-util-to-markdown')
const mdastUtilFrontmatter = requireOnFirstUse<typeof MdastUtilFrontmatter>('mdast-util-frontmatter')
const mdastUtilGfm = requireOnFirstUse<typeof MdastUtilGfm>('mdast-util-gfm')

let serializerOptions: MdastUtilToMarkdown.Options | undefined
function serializer (): MdastUtilToMarkdown.Options {
  serializerOptions ??= {
    extensions: [mdastUtilFrontmatter().frontmatterToMarkdown(['yaml']), mdastUtilGfm().gfmToMarkdown()],
    bullet: '-',
    listItemIndent: 'one',
  }
  return serializerOptions
}

const sectionHeading = (text: string): Heading => ({ type: 'heading', depth: 2, children: text === '' ? [] : [{ type: 'text', value: text }] })

/** The front matter fields of an export (see the file comment). */
function frontMatterOf (document: ArticleDocument): Record<string, unknown> {
  const derived = (name: { slug: string, name: string }) => name.slug === slugify(name.name) ? name.name : name
  const fields: Record<string, unknown> = { slug: document.slug, status: document.status }
  if (document.published_at) fields.published_at = document.published_at
  if (document.excerpt !== deriveExcerpt(document.intro)) fields.excerpt = document.excerpt
  if (document.author) fields.author = derived(document.author)
  if (document.tags.length > 0) fields.tags = document.tags.map(derived)
  fields.language = document.language
  for (const field of ['canonical_url', 'meta_title', 'meta_description'] as const) {
    if (document[field] !== null) fields[field] = document[field]
  }
  // A media cover by its URL (absolute in an export: the import takes this service's media URL for a reference again).
  if (document.cover_image) fields.cover_image = { url: document.cover_image.url, alt: document.cover_image.alt }
  const keys = document.sections.map((section) => section.key)
  // Also when a heading gives no key (only emoji, another script): the key is then the author's choice, said once.
  const headings = document.sections.map((section) => section.heading)
  if (keys.join('/') !== deriveSectionKeys(headings).join('/') || headings.some((heading) => slugify(heading) === '')) fields.section_keys = keys
  const subheadings = headingsInOrder<HeadingBlock>([document.intro, ...document.sections.map((section) => section.blocks)])
  const ids = subheadings.map((heading) => heading.id)
  if (ids.join('/') !== derivedHeadingIds(subheadings.map((heading) => heading.text), keys).join('/')) fields.heading_ids = ids
  // Without sections, the import would take the intro's shallowest subheadings for sections.
  if (document.sections.length === 0 && document.intro.some((block) => block.type === 'heading')) fields.section_level = 2
  return fields
}

/** The article as Markdown; importing it gives the same article back. */
export function articleToMarkdown (document: ArticleDocument): string {
  const root: Root = {
    type: 'root',
    children: [
      { type: 'yaml', value: YAML.stringify(frontMatterOf(document), { lineWidth: 0 }).trimEnd() },
      { type: 'heading', depth: 1, children: [{ type: 'text', value: document.title }] },
      ...blocksToMdast(document.intro),
      ...document.sections.flatMap((section) => [sectionHeading(section.heading), ...blocksToMdast(section.blocks)]),
    ],
  }
  return mdastUtilToMarkdown().toMarkdown(root, serializer())
}

/** One section as Markdown, as it appears in its article's export: a `##` heading and its blocks. */
export function sectionToMarkdown (section: { heading: string, blocks: Block[] }): string {
  return mdastUtilToMarkdown().toMarkdown({ type: 'root', children: [sectionHeading(section.heading), ...blocksToMdast(section.blocks)] }, serializer())
}
