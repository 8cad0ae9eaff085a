// Read-through cache of published articles and their rendered responses, validated on every request by one row lookup.
import type { Representation } from '../http/caching.js'
import type { ContentRepository } from './repository.js'
import type { Article, RatingStats, StoredArticle } from './schemas.js'

export interface CachedArticle {
  /** The article as served, with its review stats. */
  readonly article: Article
  /**
   * This state's responses by kind (`json`, `html`, `markdown`, `text`, `jsonld`): each rendered and hashed by the
   * first request that asks for it, then reused, so every representation has its own ETag and a hit costs no work.
   */
  readonly responses: Partial<Record<string, Representation>>
}

interface Entry extends CachedArticle {
  version: number
  reviewsVersion: number
  stored: StoredArticle
}

export interface ArticleCache {
  /** The current published article, or undefined when there is none (unknown slug or a draft). */
  get(slug: string): Promise<CachedArticle | undefined>
}

/**
 * Every write beneath an article bumps its `version`, and any change to its reviews bumps `reviews_version`
 * (triggers), also writes from other processes. Comparing both on each request costs one indexed row lookup and
 * means a cached copy is never served after a change: rebuilding the article (four queries) happens only when
 * its content changed, recomputing the review stats only when its reviews did.
 */
export function createArticleCache (content: ContentRepository, ratings: (articleId: number) => Promise<RatingStats>, maxEntries = 256): ArticleCache {
  const entries = new Map<string, Entry>()
  return {
    async get (slug) {
      const state = await content.publishedArticleState(slug)
      if (!state) {
        entries.delete(slug)
        return undefined
      }
      const hit = entries.get(slug)
      if (hit && hit.version === state.version && hit.reviewsVersion === state.reviewsVersion) return hit
      const [stored, reviews] = await Promise.all([
        hit && hit.version === state.version ? hit.stored : content.findPublishedArticle(slug),
        ratings(state.id),
      ])
      if (!stored) return undefined
      // Read after the state: if a write slipped in between, this entry is newer than its state and the next request refreshes it.
      const entry: Entry = { ...state, stored, article: { ...stored, reviews }, responses: {} }
      entries.delete(slug)
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string)
      entries.set(slug, entry)
      return entry
    },
  }
}
