// Read-through cache of assembled articles, validated by the article's version on every request.
import type { ContentRepository } from './repository.js'
import type { StoredArticle } from './schemas.js'

/**
 * Wraps a ContentRepository so findPublishedArticle rebuilds an article (4 queries) only when its version
 * changed; otherwise one indexed version lookup suffices. Every write beneath an article bumps its version,
 * also writes from other processes (`npm run seed`), so a cached copy is never served after a change.
 */
export function cachePublishedArticles (content: ContentRepository, maxEntries = 256): ContentRepository {
  const cache = new Map<string, { version: number, article: StoredArticle }>()
  return {
    ...content,
    async findPublishedArticle (slug) {
      const version = await content.publishedArticleVersion(slug)
      if (version === undefined) {
        cache.delete(slug)
        return undefined
      }
      const hit = cache.get(slug)
      if (hit && hit.version === version) return hit.article
      const article = await content.findPublishedArticle(slug)
      if (article) {
        cache.delete(slug)
        if (cache.size >= maxEntries) cache.delete(cache.keys().next().value as string)
        cache.set(slug, { version, article })
      }
      return article
    },
  }
}
