// The content repository's contract: what content/ asks of the database, and the shapes it answers with.
import type { Executor } from '../db/schema.js'
import type { ArticleDocument, ArticleStatus } from './model/document.js'
import type { ArticleSort } from './model/queries.js'
import type { ArticleSummary, StoredArticle, Tag } from './model/schemas.js'

export interface ArticleListOptions { limit: number, page: number, sort: ArticleSort, tag?: string | undefined, author?: string | undefined }

/** `scheduled`: articles with a pending publish_at or unpublish_at (content/schedule). */
export interface AdminListOptions { limit: number, page: number, status?: ArticleStatus | 'scheduled' | undefined, tag?: string | undefined, q?: string | undefined }

/** An article as stored: its document and the bookkeeping around it. */
export interface StoredDocument {
  id: number
  version: number
  created_at: string
  updated_at: string
  updated_by: string | null
  document: ArticleDocument
  /** Per section key: its row id and version (section ETags). */
  sections: Map<string, { id: number, version: number }>
  /** Pending scheduled publication (of a draft) and unpublication (content/schedule); not part of the document. */
  schedule: ArticleSchedule
}

/** When the scheduler is to publish a draft, and to take a published article back to draft; null: not scheduled. */
export interface ArticleSchedule { publish_at: string | null, unpublish_at: string | null }

export interface AdminArticleSummary {
  slug: string
  title: string
  excerpt: string
  status: ArticleStatus
  published_at: string | null
  publish_at: string | null
  unpublish_at: string | null
  updated_at: string
  updated_by: string | null
  version: number
  section_count: number
  word_count: number
  tags: Tag[]
}

export interface Revision { version: number, created_at: string, created_by: string, summary: string }

/** A published article's identity, version (bumped by every change beneath it) and dates. */
export interface PublishedVersion { id: number, slug: string, version: number, published_at: string, updated_at: string, canonical_url: string | null }

/** What a served article (public list item) lacks until the reviews feature adds it. */
export type PublishedSummary = Omit<ArticleSummary, 'reviews'> & { id: number }

export interface ContentRepository {
  /**
   * The content version: changes with every change to any article row (content, status, review stats), made by any
   * process. Synchronous and cheap (one prepared statement): response caches check it on every request.
   */
  contentVersion(): number
  listPublishedArticles(options: ArticleListOptions, trx?: Executor): Promise<{ articles: PublishedSummary[], total: number }>
  findPublishedArticle(slug: string, trx?: Executor): Promise<StoredArticle | undefined>
  /** Cheap freshness check (one indexed row): the versions of a published article's content and of its reviews. */
  publishedArticleState(slug: string, trx?: Executor): Promise<{ id: number, version: number, reviewsVersion: number } | undefined>
  /** Published articles, newest first, at most `limit`: what a feed or sitemap lists, and versions to tell whether it changed. */
  listPublishedVersions(limit: number, trx?: Executor): Promise<PublishedVersion[]>
  /** The id of the published article with this slug: what other features attach their rows to. */
  findPublishedId(slug: string, trx?: Executor): Promise<number | undefined>
  /** For an old slug of a renamed article: its current slug and status. */
  findRedirect(slug: string, trx?: Executor): Promise<{ slug: string, status: ArticleStatus } | undefined>
  /** Tags with their published article counts (only tags that have some), by name. */
  listTags(trx?: Executor): Promise<Array<Tag & { article_count: number }>>
  countArticles(trx?: Executor): Promise<number>

  /** Any article, drafts included, by its current slug. */
  loadDocument(slug: string, trx?: Executor): Promise<StoredDocument | undefined>
  listArticles(options: AdminListOptions, trx?: Executor): Promise<{ articles: AdminArticleSummary[], total: number }>
  /** Writes `next` over `previous` (or creates it): one version more, changed rows only. Returns the new id and version. */
  saveDocument(previous: StoredDocument | undefined, next: ArticleDocument, meta: { now: Date, by: string }, trx: Executor): Promise<{ id: number, version: number }>
  deleteArticle(id: number, trx: Executor): Promise<void>
  /** The articles (drafts included) whose stored document uses this media item (article_media), by slug. */
  articlesUsingMedia(mediaId: string, trx?: Executor): Promise<Array<{ slug: string, title: string, status: ArticleStatus }>>
  /** Makes `slug` answer for the article (after a rename); a live article's slug is never a redirect. */
  addRedirect(slug: string, articleId: number, now: Date, trx: Executor): Promise<void>
  /** The slug is an article's own again (or a new article's): it no longer redirects. */
  removeRedirect(slug: string, trx: Executor): Promise<void>

  insertRevision(articleId: number, revision: Revision, snapshot: unknown, trx: Executor): Promise<void>
  listRevisions(articleId: number, options: { limit: number, page: number }, trx?: Executor): Promise<{ revisions: Revision[], total: number }>
  findRevision(articleId: number, version: number, trx?: Executor): Promise<(Revision & { snapshot: string }) | undefined>
  /** Keeps the newest `keep` revisions of an article. */
  pruneRevisions(articleId: number, keep: number, trx: Executor): Promise<void>
}
