// Review queries: duplicate detection and insertion, public lists and summaries, moderation, per-email export and erasure.
import { createHmac, randomBytes } from 'node:crypto'
import { lockedForUpdate } from '../db/dialect.js'
import { executeSql, MAX_INSERT_ATTEMPTS, preparedOf, type PreparedSql } from '../db/prepared.js'
import type { Executor } from '../db/schema.js'
import { normalizeEmail } from '../base/email.js'
import { sha256 } from '../base/hash.js'
import type { AdminReview, Review, ReviewSort, ReviewStatus, ReviewSummary } from './schemas.js'

export interface NewReview {
  /** The article reviewed: a published one, or the review is refused ('no-article'). */
  articleSlug: string
  authorName: string
  email: string | null
  rating: number
  title: string | null
  body: string
  status: ReviewStatus
  clientIp: string
}

export type InsertResult = { outcome: 'created', review: AdminReview } | { outcome: 'duplicate' } | { outcome: 'no-article' }

export interface ReviewRepository {
  /**
   * Stores a review of a published article unless the same body came from the same email or IP on it within 24 hours
   * (the caller holding reviewLockKey).
   */
  insertUnlessDuplicate(review: NewReview, now: Date, trx: Executor): Promise<InsertResult>
  listApproved(article: { id: number, slug: string }, options: { limit: number, page: number, sort: ReviewSort }, trx?: Executor): Promise<{ reviews: Review[], total: number }>
  summary(articleId: number, trx?: Executor): Promise<ReviewSummary>
  /** Count and average of approved reviews per article (articles without any are absent). */
  statsForArticles(articleIds: number[], trx?: Executor): Promise<Map<number, { count: number, average: number | null }>>
  listForModeration(filter: { status?: ReviewStatus | undefined, articleSlug?: string | undefined, limit: number, page: number }, trx?: Executor): Promise<{ reviews: AdminReview[], total: number }>
  find(id: number, trx?: Executor): Promise<AdminReview | undefined>
  /** Sets the status; returns the status it had, or undefined when there is no such review. */
  updateStatus(id: number, status: ReviewStatus, now: Date, trx?: Executor): Promise<ReviewStatus | undefined>
  remove(id: number, trx?: Executor): Promise<boolean>
  /** Reviews written with this email (data-subject export), oldest first. */
  listByEmail(email: string, trx?: Executor): Promise<AdminReview[]>
  removeByEmail(email: string, trx?: Executor): Promise<number>
}

export const DUPLICATE_WINDOW_MS = 24 * 60 * 60 * 1000

const SORTS: Record<ReviewSort, { column: 'created_at' | 'rating', direction: 'asc' | 'desc' }> = {
  '-created_at': { column: 'created_at', direction: 'desc' },
  created_at: { column: 'created_at', direction: 'asc' },
  '-rating': { column: 'rating', direction: 'desc' },
  rating: { column: 'rating', direction: 'asc' },
}

/** Same words, whatever the case and spacing: the duplicate check compares these digests. */
const bodyDigest = (body: string) => sha256(body.toLowerCase().replace(/\s+/g, ' ').trim())

/**
 * The `lockKeys` key a submission holds while insertUnlessDuplicate checks for its twins (PostgreSQL, several
 * instances): taken first in the transaction, with its BEGIN, so by the article's slug (its id is read after).
 */
export const reviewLockKey = (articleSlug: string, body: string) => `review:${articleSlug}:${bodyDigest(body)}`

const roundAverage = (sum: number, count: number) => count === 0 ? null : Math.round((sum / count) * 100) / 100

const adminColumns = [
  'reviews.id', 'articles.slug as article_slug', 'reviews.author_name', 'reviews.email', 'reviews.rating', 'reviews.title',
  'reviews.body', 'reviews.status', 'reviews.created_at', 'reviews.updated_at',
] as const

// The submission's statements, prepared inside the SQLite write batch: the same queries as the builder's below.
const DUPLICATE_SQL = 'SELECT id FROM reviews WHERE article_id = ? AND body_hash = ? AND created_at > ? AND '
const FIND_DUPLICATE_SQL = { byIp: `${DUPLICATE_SQL}ip_hash = ?`, byIpOrEmail: `${DUPLICATE_SQL}(ip_hash = ? OR email = ?)` }
const INSERT_SQL = `INSERT INTO reviews (article_id, author_name, email, rating, title, body, status, ip_hash, body_hash, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
/**
 * Outside the SQLite batch (PostgreSQL), the article lookup, the duplicate check and the insert in one statement, one
 * round trip, run after the key's lock was granted (so it sees a twin committed meanwhile). `publishedIdSql` is the
 * content feature's lookup of a published article's id by slug (one `?`).
 */
const insertUnlessDuplicateSql = (publishedIdSql: string) => `INSERT INTO reviews (article_id, author_name, email, rating, title, body, status, ip_hash, body_hash, created_at, updated_at)
  SELECT article.id, ?, ?, CAST(? AS integer), ?, ?, ?, ?, ?, ?, ? FROM (${publishedIdSql}) AS article
  WHERE NOT EXISTS (SELECT 1 FROM reviews WHERE article_id = article.id AND body_hash = ? AND created_at > ? AND (ip_hash = ? OR email = ?))
  RETURNING id, author_name, email, rating, title, body, status, created_at, updated_at`
const FIND_SQL = `SELECT reviews.id, articles.slug AS article_slug, reviews.author_name, reviews.email, reviews.rating, reviews.title,
  reviews.body, reviews.status, reviews.created_at, reviews.updated_at
  FROM reviews INNER JOIN articles ON articles.id = reviews.article_id WHERE reviews.id = ?`

/** insertUnlessDuplicate's check and insert as prepared statements (the caller holds the key lock, if any). */
function insertPrepared (prepared: PreparedSql, articleId: number, review: NewReview, hashes: { ipHash: string, bodyHash: string }, since: string, timestamp: string): InsertResult {
  const { ipHash, bodyHash } = hashes
  const duplicate = review.email === null
    ? prepared.get(FIND_DUPLICATE_SQL.byIp, articleId, bodyHash, since, ipHash)
    : prepared.get(FIND_DUPLICATE_SQL.byIpOrEmail, articleId, bodyHash, since, ipHash, review.email)
  if (duplicate) return { outcome: 'duplicate' }
  const { lastInsertRowid } = prepared.run(INSERT_SQL, articleId, review.authorName, review.email, review.rating, review.title,
    review.body, review.status, ipHash, bodyHash, timestamp, timestamp)
  return { outcome: 'created', review: prepared.get<AdminReview>(FIND_SQL, lastInsertRowid)! }
}

/** What the review repository needs from the content feature (given by src/services.ts). */
export interface ReviewRepositoryOptions {
  /** SQL of one `?`, the slug, answering the id of the published article with that slug (or no row). */
  publishedIdSql: string
}

export function createReviewRepository (db: Executor, { publishedIdSql }: ReviewRepositoryOptions): ReviewRepository {
  let ipKey: string | undefined
  const insertUnlessDuplicateText = insertUnlessDuplicateSql(publishedIdSql)

  /** Client IPs are stored only as HMACs under a per-installation key, so a leaked table does not reveal them. */
  async function hashIp (ip: string, trx: Executor): Promise<string> {
    if (!ipKey) {
      await trx.insertInto('instance_secrets')
        .values({ name: 'ip-hash-key', value: randomBytes(32).toString('hex'), created_at: new Date().toISOString() })
        .onConflict((oc) => oc.column('name').doNothing()).execute()
      ipKey = (await trx.selectFrom('instance_secrets').select('value').where('name', '=', 'ip-hash-key').executeTakeFirstOrThrow()).value
    }
    return createHmac('sha256', ipKey).update(ip).digest('hex')
  }

  /** Reviews with the article slug they belong to, as moderators see them. */
  const withArticle = (trx: Executor) => trx.selectFrom('reviews').innerJoin('articles', 'articles.id', 'reviews.article_id')

  return {
    async insertUnlessDuplicate (review, now, trx) {
      const ipHash = await hashIp(review.clientIp, trx)
      const bodyHash = bodyDigest(review.body)
      const since = new Date(now.getTime() - DUPLICATE_WINDOW_MS).toISOString()
      const timestamp = now.toISOString()
      const prepared = preparedOf(trx)
      if (prepared) {
        const article = prepared.get<{ id: number }>(publishedIdSql, review.articleSlug)
        return article ? insertPrepared(prepared, article.id, review, { ipHash, bodyHash }, since, timestamp) : { outcome: 'no-article' }
      }
      const created = ({ id, author_name, email, rating, title, body, status, created_at, updated_at }: Omit<AdminReview, 'article_slug'>): InsertResult =>
        // In the order find() answers, so that both engines serialize a review alike.
        ({ outcome: 'created', review: { id, article_slug: review.articleSlug, author_name, email, rating, title, body, status, created_at, updated_at } })
      // Twins submitted through other connections (PostgreSQL, several instances) waited for this one's reviewLockKey.
      for (let attempt = 1; ; attempt++) {
        const { rows: [stored] } = await executeSql<Omit<AdminReview, 'article_slug'>>(trx, insertUnlessDuplicateText, [
          review.authorName, review.email, review.rating, review.title, review.body, review.status, ipHash, bodyHash, timestamp, timestamp,
          review.articleSlug, bodyHash, since, ipHash, review.email])
        if (stored) return created(stored)
        // Refused: no published article, or a duplicate on it; told apart by what is there now. Should neither hold any
        // more (the article published, or the earlier review erased, since the insert), the insert runs again.
        const { rows: [article] } = await executeSql<{ id: number }>(trx, publishedIdSql, [review.articleSlug])
        if (!article) return { outcome: 'no-article' }
        const { rows: [duplicate] } = await executeSql(trx, FIND_DUPLICATE_SQL.byIpOrEmail, [article.id, bodyHash, since, ipHash, review.email])
        if (duplicate) return { outcome: 'duplicate' }
        if (attempt === MAX_INSERT_ATTEMPTS) throw new Error(`review neither stored nor refused in ${attempt} attempts`)
      }
    },

    async listApproved (article, { limit, page, sort }, trx = db) {
      const { column, direction } = SORTS[sort]
      // One article's reviews: read through its (article_id, status, column) index, in order, without a join.
      const approved = trx.selectFrom('reviews').where('article_id', '=', article.id).where('status', '=', 'approved')
      const [rows, count] = await Promise.all([
        approved.select(['id', 'author_name', 'rating', 'title', 'body', 'status', 'created_at'])
          .orderBy(column, direction).orderBy('id', direction)
          .limit(limit).offset((page - 1) * limit).execute(),
        approved.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
      ])
      return {
        reviews: rows.map((row) => ({
          id: row.id, article_slug: article.slug, author_name: row.author_name, rating: row.rating, title: row.title, body: row.body, status: row.status, created_at: row.created_at,
        })),
        total: Number(count.total),
      }
    },

    async summary (articleId, trx = db) {
      const rows = await trx.selectFrom('reviews')
        .select((eb) => ['rating', eb.fn.countAll<number>().as('n')])
        .where('article_id', '=', articleId).where('status', '=', 'approved')
        .groupBy('rating').execute()
      const distribution = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }
      let count = 0
      let sum = 0
      for (const row of rows) {
        const n = Number(row.n)
        distribution[row.rating as 1 | 2 | 3 | 4 | 5] = n
        count += n
        sum += n * row.rating
      }
      return { count, average: roundAverage(sum, count), distribution }
    },

    async statsForArticles (articleIds, trx = db) {
      const stats = new Map<number, { count: number, average: number | null }>()
      if (articleIds.length === 0) return stats
      const rows = await trx.selectFrom('reviews')
        .select((eb) => ['article_id', eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('rating').as('total')])
        .where('article_id', 'in', articleIds).where('status', '=', 'approved')
        .groupBy('article_id').execute()
      for (const row of rows) stats.set(row.article_id, { count: Number(row.n), average: roundAverage(Number(row.total), Number(row.n)) })
      return stats
    },

    async listForModeration ({ status, articleSlug, limit, page }, trx = db) {
      let query = withArticle(trx)
      if (status) query = query.where('reviews.status', '=', status)
      if (articleSlug) query = query.where('articles.slug', '=', articleSlug)
      const [rows, count] = await Promise.all([
        query.select(adminColumns).orderBy('reviews.created_at', 'desc').orderBy('reviews.id', 'desc')
          .limit(limit).offset((page - 1) * limit).execute(),
        query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
      ])
      return { reviews: rows, total: Number(count.total) }
    },

    async find (id, trx = db) {
      return withArticle(trx).select(adminColumns).where('reviews.id', '=', id).executeTakeFirst()
    },

    async updateStatus (id, status, now, trx = db) {
      const current = await lockedForUpdate(trx.selectFrom('reviews').select('status').where('id', '=', id), trx).executeTakeFirst()
      if (!current) return undefined
      if (current.status !== status) {
        await trx.updateTable('reviews').set({ status, updated_at: now.toISOString() }).where('id', '=', id).execute()
      }
      return current.status
    },

    async remove (id, trx = db) {
      const result = await trx.deleteFrom('reviews').where('id', '=', id).executeTakeFirst()
      return Number(result.numDeletedRows) > 0
    },

    async listByEmail (email, trx = db) {
      return withArticle(trx).select(adminColumns)
        .where('reviews.email', '=', normalizeEmail(email)).orderBy('reviews.created_at').orderBy('reviews.id').execute()
    },

    async removeByEmail (email, trx = db) {
      const result = await trx.deleteFrom('reviews').where('email', '=', normalizeEmail(email)).executeTakeFirst()
      return Number(result.numDeletedRows)
    },
  }
}
