// Published articles for syndication (the Atom feed and sitemap of src/feeds/, handed over in app.ts): newest first,
// and each one's body as the same HTML fragment the article route serves, without the embedded JSON-LD.
import type { ContentRepository, PublishedVersion } from './repository.js'
import { articleHtml } from './render/render.js'
import type { Author, Tag } from './model/schemas.js'

export interface SyndicatedArticle {
  slug: string
  title: string
  excerpt: string
  language: string
  author: Author | null
  tags: Tag[]
  published_at: string
  updated_at: string
  html: string
}

export interface SyndicationSource {
  /** Changes with every write to content (see ContentRepository.contentVersion). */
  contentVersion(): number
  listPublished(limit: number): Promise<PublishedVersion[]>
  findPublished(slug: string): Promise<SyndicatedArticle | undefined>
}

export function createSyndicationSource (content: Pick<ContentRepository, 'contentVersion' | 'listPublishedVersions' | 'findPublishedArticle'>): SyndicationSource {
  return {
    contentVersion: () => content.contentVersion(),
    listPublished: (limit) => content.listPublishedVersions(limit),
    async findPublished (slug) {
      const article = await content.findPublishedArticle(slug)
      if (!article) return undefined
      const { title, excerpt, language, author, tags, published_at: publishedAt, updated_at: updatedAt } = article
      return { slug, title, excerpt, language, author, tags, published_at: publishedAt, updated_at: updatedAt, html: articleHtml(article) }
    },
  }
}
