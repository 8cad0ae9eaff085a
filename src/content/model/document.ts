// The editable article: what an author writes, what is stored, what a revision keeps. Pure functions only.
import type { Block, BlockInput } from './blocks.js'
import { normalizeArticleBlocks, type ContentLimits, type ContentProblem } from './normalize.js'
import type { ArticleInput, Author, CoverImage, CoverImageInput, SectionInput, Tag } from './schemas.js'
import { deriveExcerpt, slugify } from './text.js'

export type ArticleStatus = 'draft' | 'published'

/** Every field settled: keys, excerpt, language, author and tag slugs. Serialized as ArticleInput in revisions. */
export interface ArticleDocument {
  slug: string
  title: string
  excerpt: string
  status: ArticleStatus
  /** Set on first publish and kept (an unpublished article remembers when it was first published). */
  published_at: string | null
  intro: Block[]
  sections: Array<{ key: string, heading: string, blocks: Block[] }>
  author: Author | null
  tags: Tag[]
  language: string
  canonical_url: string | null
  meta_title: string | null
  meta_description: string | null
  cover_image: CoverImage | null
}

const MODEL_FIELDS = ['author', 'tags', 'language', 'canonical_url', 'meta_title', 'meta_description', 'cover_image'] as const

/** A document whose blocks are as written (not yet settled by normalizeArticleBlocks). */
export type UnsettledDocument = Omit<ArticleDocument, 'intro' | 'sections'> & {
  intro: readonly BlockInput[]
  sections: Array<{ key: string, heading: string, blocks: readonly BlockInput[] }>
}

/** Section keys as given, or the slug of the heading. */
export function sectionsWithKeys (sections: SectionInput[]): UnsettledDocument['sections'] {
  return sections.map((section) => ({ key: section.key ?? slugify(section.heading), heading: section.heading, blocks: section.blocks }))
}

/**
 * The document with its blocks settled (normalize.ts): plain text and inline content both present, subheading ids
 * unique, raw HTML sanitized, limits checked. `paths` says where each block list was written (for problems).
 */
export function settleDocument (
  document: UnsettledDocument,
  limits: ContentLimits,
  paths: { intro: string, section: (index: number) => string },
  imagePaths?: WeakMap<object, string>
): { document: ArticleDocument, problems: ContentProblem[] } {
  const settled = normalizeArticleBlocks(document.intro, document.sections, paths, limits, imagePaths)
  const excerptFromIntro = document.excerpt === '' || document.excerpt === deriveExcerpt(document.intro)
  return {
    document: {
      ...document,
      // A derived excerpt follows the settled intro (its text may differ from what was written).
      excerpt: excerptFromIntro ? deriveExcerpt(settled.intro) : document.excerpt,
      intro: settled.intro,
      sections: document.sections.map((section, index) => ({ ...section, blocks: settled.sections[index]! })),
    },
    problems: settled.problems,
  }
}

/** The author as given (slug defaulting to the slug of the name), or null. */
export function authorOf (author: ArticleInput['author']): Author | null {
  return author ? { slug: author.slug ?? slugify(author.name), name: author.name } : null
}

/**
 * The cover as written, in the stored shape: url (empty when only `media_id` is given) and alt; the media fields are
 * filled in from the media item when the article is written (content/media.ts), never taken as written.
 */
export function coverOf (cover: CoverImageInput | null | undefined): CoverImage | null {
  if (!cover) return null
  return { url: cover.url ?? '', alt: cover.alt ?? '', ...(cover.media_id !== undefined ? { media_id: cover.media_id } : {}) }
}

export function tagsOf (tags: NonNullable<ArticleInput['tags']>): Tag[] {
  return tags.map((tag) => ({ slug: tag.slug ?? slugify(tag.name), name: tag.name }))
}

/**
 * A whole article as submitted, settled into a document. `previous` is the stored article it replaces (if any):
 * its first publication time is kept; without an explicit `published_at`, publishing for the first time sets `now`.
 */
export function documentFromInput (input: ArticleInput, { defaultLanguage, previous, now }: { defaultLanguage: string, previous?: ArticleDocument | undefined, now: Date }): UnsettledDocument {
  const intro = input.intro ?? []
  const status = input.status ?? 'draft'
  return {
    slug: input.slug,
    title: input.title,
    // Derived from the settled intro by settleDocument.
    excerpt: input.excerpt ?? '',
    status,
    published_at: input.published_at ?? previous?.published_at ?? (status === 'published' ? now.toISOString() : null),
    intro,
    sections: sectionsWithKeys(input.sections),
    author: authorOf(input.author),
    tags: tagsOf(input.tags ?? []),
    language: input.language ?? defaultLanguage,
    canonical_url: input.canonical_url ?? null,
    meta_title: input.meta_title ?? null,
    meta_description: input.meta_description ?? null,
    cover_image: coverOf(input.cover_image),
  }
}

/** Two documents hold the same article (so a write of one over the other changes nothing). */
export const sameDocument = (a: ArticleDocument, b: ArticleDocument) => JSON.stringify(a) === JSON.stringify(b)

/** The first duplicate among values, if any. */
export function firstDuplicate (values: string[]): string | undefined {
  const seen = new Set<string>()
  for (const value of values) {
    if (seen.has(value)) return value
    seen.add(value)
  }
  return undefined
}

/** A short, human summary of what a write changed, for the revision list ("title, 2 sections, status: published"). */
export function describeChange (before: ArticleDocument | undefined, after: ArticleDocument): string {
  if (!before) return `created (${after.status}, ${after.sections.length} section${after.sections.length === 1 ? '' : 's'})`
  const changes: string[] = []
  if (before.status !== after.status) changes.push(after.status === 'published' ? 'published' : 'unpublished')
  if (before.slug !== after.slug) changes.push(`slug ${before.slug} → ${after.slug}`)
  for (const field of ['title', 'excerpt', 'published_at', ...MODEL_FIELDS] as const) {
    // A first publication sets published_at: "published" says it.
    if (field === 'published_at' && before.published_at === null && before.status !== after.status) continue
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) changes.push(field)
  }
  if (JSON.stringify(before.intro) !== JSON.stringify(after.intro)) changes.push('intro')
  const beforeKeys = before.sections.map((section) => section.key)
  const afterKeys = after.sections.map((section) => section.key)
  const added = afterKeys.filter((key) => !beforeKeys.includes(key))
  const removed = beforeKeys.filter((key) => !afterKeys.includes(key))
  const edited = after.sections.filter((section) => {
    const old = before.sections.find((candidate) => candidate.key === section.key)
    return old && JSON.stringify({ h: old.heading, b: old.blocks }) !== JSON.stringify({ h: section.heading, b: section.blocks })
  }).map((section) => section.key)
  if (added.length > 0) changes.push(`added section${added.length === 1 ? '' : 's'} ${added.join(', ')}`)
  if (removed.length > 0) changes.push(`removed section${removed.length === 1 ? '' : 's'} ${removed.join(', ')}`)
  if (edited.length > 0) changes.push(`edited section${edited.length === 1 ? '' : 's'} ${edited.join(', ')}`)
  const kept = afterKeys.filter((key) => beforeKeys.includes(key))
  if (added.length === 0 && removed.length === 0 && kept.join() !== beforeKeys.filter((key) => afterKeys.includes(key)).join()) changes.push('sections reordered')
  return (changes.join('; ') || 'no change').slice(0, 500)
}

/** The document as an ArticleInput (every field given), for revisions and Markdown export. */
export function documentAsInput (document: ArticleDocument): Required<Omit<ArticleInput, 'published_at'>> & { published_at?: string } {
  const { published_at: publishedAt, sections, ...rest } = document
  return { ...rest, sections: sections.map(({ key, heading, blocks }) => ({ key, heading, blocks })), ...(publishedAt ? { published_at: publishedAt } : {}) }
}
