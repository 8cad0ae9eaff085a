// Read-through cache of published articles and their ready responses. One stored counter (content_state, bumped by a
// trigger on every change to an article row, by any process) says whether anything public changed since an entry was
// last checked: when it did not, a request costs one prepared-statement read; when it did, one indexed row says
// whether this article changed, and only then is it rebuilt. Each entry, with the responses made from it, is counted in
// the shared response budget (RESPONSE_CACHE_MAX_MB), which evicts the least recently used of every cache.
import { countResponse, type ReadyResponse } from '../http/caching.js'
import { createResponseBudget, type BudgetEntry, type ResponseBudget } from '../http/response-budget.js'
import type { ContentRepository } from './repository.js'
import type { Article, RatingStats, StoredArticle } from './model/schemas.js'

export interface CachedArticle {
  /** The article as served, with its review stats. */
  readonly article: Article
  /** When this state was first served here: the Last-Modified of its responses. */
  readonly builtAt: Date
  /**
   * This state's responses by kind (`json`, `html`, …, a section's `json key`): each rendered and hashed by the first
   * request that asks for it, kept (keep), then reused, so every representation has its own ETag and a hit costs no work.
   */
  readonly responses: Partial<Record<string, ReadyResponse>>
  /** Keeps `response` as this state's `key`, counted in the response budget; returns it. */
  keep(key: string, response: ReadyResponse): ReadyResponse
}

interface Entry extends CachedArticle {
  version: number
  reviewsVersion: number
  stored: StoredArticle
  /** The content version at which this entry was last known current. */
  checkedAt: number
  account: BudgetEntry | undefined
}

/** What an article's objects take in memory, roughly: its JSON twice over (V8 objects and strings weigh about that). */
const articleBytes = (article: Article) => 2 * JSON.stringify(article).length

export interface ArticleCache {
  /** The current published article, or undefined when there is none (unknown slug or a draft). */
  get(slug: string): Promise<CachedArticle | undefined>
}

/**
 * `present` turns a stored article into the one served (media images with absolute URLs, srcset and sizes: see
 * model/images.ts presentImages); applied once per state.
 */
export function createArticleCache (content: ContentRepository, ratings: (articleId: number) => Promise<RatingStats>, maxEntries = 256,
  present: (article: StoredArticle) => StoredArticle = (article) => article, budget: ResponseBudget = createResponseBudget(Infinity)): ArticleCache {
  const entries = new Map<string, Entry>()
  const drop = (slug: string) => {
    entries.get(slug)?.account?.release()
    entries.delete(slug)
  }
  return {
    async get (slug) {
      const contentVersion = content.contentVersion()
      const hit = entries.get(slug)
      if (hit && hit.checkedAt === contentVersion) {
        hit.account?.use()
        return hit
      }
      const state = await content.publishedArticleState(slug)
      if (!state) {
        drop(slug)
        return undefined
      }
      if (hit && hit.version === state.version && hit.reviewsVersion === state.reviewsVersion) {
        hit.checkedAt = contentVersion
        hit.account?.use()
        return hit
      }
      const [stored, reviews] = await Promise.all([
        hit && hit.version === state.version ? hit.stored : content.findPublishedArticle(slug).then((found) => found && present(found)),
        ratings(state.id),
      ])
      if (!stored) return undefined
      // Checked as of contentVersion, read after it: if a write slipped in between, the next request checks again.
      const responses: Partial<Record<string, ReadyResponse>> = {}
      const article = { ...stored, reviews }
      const entry: Entry = {
        ...state,
        stored,
        article,
        builtAt: new Date(),
        responses,
        checkedAt: contentVersion,
        account: undefined,
        keep (key, response) {
          responses[key] = response
          // An entry evicted meanwhile keeps it for the requests that hold the entry, uncounted, and goes with them.
          if (entry.account && !entry.account.released) countResponse(entry.account, response, 100 + key.length)
          return response
        },
      }
      drop(slug)
      if (entries.size >= maxEntries) drop(entries.keys().next().value as string)
      entry.account = budget.keep(500 + articleBytes(article), [], () => { if (entries.get(slug) === entry) entries.delete(slug) })
      // Over the whole budget alone: served, not kept.
      if (entry.account) entries.set(slug, entry)
      return entry
    },
  }
}
