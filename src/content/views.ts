// What the admin routes show of a stored article or section, with its ETag.
import type { ArticleView, SectionView } from './authoring.js'
import type { StoredDocument } from './repository.js'
import { articleWordCount, readingTimeMinutes } from './model/text.js'

export const articleEtag = (stored: Pick<StoredDocument, 'id' | 'version' | 'created_at'>) =>
  `"${stored.id}-${stored.version}-${Date.parse(stored.created_at).toString(36)}"`
export const sectionEtag = (articleId: number, row: { id: number, version: number }) => `"${articleId}-s${row.id}-${row.version}"`

export function viewOf (stored: StoredDocument): ArticleView {
  const { document } = stored
  const sections = document.sections.map((section, position) => ({ key: section.key, position, heading: section.heading, blocks: section.blocks }))
  const wordCount = articleWordCount({ intro: document.intro, sections })
  return {
    etag: articleEtag(stored),
    article: {
      slug: document.slug,
      title: document.title,
      excerpt: document.excerpt,
      status: document.status,
      published_at: document.published_at,
      publish_at: stored.schedule.publish_at,
      unpublish_at: stored.schedule.unpublish_at,
      intro: document.intro,
      sections,
      toc: sections.map(({ key, heading }) => ({ key, heading })),
      word_count: wordCount,
      reading_time_minutes: readingTimeMinutes(wordCount),
      author: document.author,
      tags: document.tags,
      language: document.language,
      canonical_url: document.canonical_url,
      meta_title: document.meta_title,
      meta_description: document.meta_description,
      cover_image: document.cover_image,
      version: stored.version,
      created_at: stored.created_at,
      updated_at: stored.updated_at,
      updated_by: stored.updated_by,
    },
  }
}

export function sectionViewOf (stored: StoredDocument, key: string): SectionView | undefined {
  const position = stored.document.sections.findIndex((section) => section.key === key)
  const row = stored.sections.get(key)
  if (position === -1 || !row) return undefined
  const { heading, blocks } = stored.document.sections[position]!
  return { etag: sectionEtag(stored.id, row), section: { key, position, heading, blocks } }
}
