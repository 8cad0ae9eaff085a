// Subheadings of an article in the order normalization gives them ids (intro, then each section; depth first through
// list items, quotes and footnotes), for the export's `heading_ids` front matter and its import.
import type { Block, BlockInput } from '../model/blocks.js'
import { slugify } from '../model/text.js'

type AnyBlock = Block | BlockInput

/** Every subheading in `lists` (block lists in article order), depth first. */
export function headingsInOrder<H> (lists: ReadonlyArray<readonly AnyBlock[]>): H[] {
  const found: H[] = []
  const visit = (blocks: readonly AnyBlock[]) => {
    for (const block of blocks) {
      if (block.type === 'heading') found.push(block as H)
      else if (block.type === 'list') for (const item of block.items) visit(item.children ?? [])
      else if (block.type === 'blockquote' || block.type === 'footnoteDefinition') visit(block.children)
    }
  }
  lists.forEach(visit)
  return found
}

/** Slugs of `texts` (at most `maxLength` characters), made unique among themselves and `taken` with -2, -3… */
function uniqueSlugs (texts: readonly string[], maxLength: number, taken: Set<string>): string[] {
  return texts.map((text) => {
    const base = slugify(text).slice(0, maxLength).replace(/-+$/, '') || 'section'
    let slug = base
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`
    taken.add(slug)
    return slug
  })
}

/** The ids normalization gives subheadings written without one (normalize.ts: the slug, made unique in the article). */
export function derivedHeadingIds (texts: readonly string[], sectionKeys: Iterable<string>): string[] {
  return uniqueSlugs(texts, 200, new Set(sectionKeys))
}

/** Section keys as the import derives them from headings: their slugs (at most 100 characters), made unique. */
export function deriveSectionKeys (headings: readonly string[]): string[] {
  return uniqueSlugs(headings, 100, new Set())
}
