// Review queries: submission with duplicate detection, public lists and summaries, moderation.
import { createHash, createHmac, randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema.js'
import { normalizeEmail } from '../privacy/email.js'
import { enqueueEvent } from '../webhooks/outbox.js'
import { deleteEventsForSubjects } from '../webhooks/repository.js'
import type { AdminReview, Review, ReviewSort, ReviewStatus, ReviewSummary } from './schemas.js'

export interface NewReview {
  articleSlug: string
  authorName: string
  email: string | null
  rating: number
  title: string | null
  body: string
  status: ReviewStatus
  clientIp: string
}

export type SubmitResult =
  | { outcome: 'created', review: AdminReview }
  | { outcome: 'duplicate' }
  | { outcome: 'no-article' }

export interface ReviewRepository {
  /** Stores a review unless the same body came from the same email or IP on the same article within 24 hours. */
  submit(review: NewReview, now?: Date): Promise<SubmitResult>
  listApproved(articleSlug: string, options: { limit: number, page: number, sort: ReviewSort }): Promise<{ reviews: Review[], total: number }>
  summary(articleSlug: string): Promise<ReviewSummary>
  listForModeration(filter: { status?: ReviewStatus, articleSlug?: string, limit: number, page: number }): Promise<{ reviews: AdminReview[], total: number }>
  setStatus(id: number, status: ReviewStatus, now?: Date): Promise<{ review: AdminReview, previous: ReviewStatus } | undefined>
  remove(id: number): Promise<boolean>
}

export const DUPLICATE_WINDOW_MS = 24 * 60 * 60 * 1000

const SORTS: Record<ReviewSort, { column: 'created_at' | 'rating', direction: 'asc' | 'desc' }> = {
  '-created_at': { column: 'created_at', direction: 'desc' },
  created_at: { column: 'created_at', direction: 'asc' },
  '-rating': { column: 'rating', direction: 'desc' },
  rating: { column: 'rating', direction: 'asc' },
}

/** Same words, whatever the case and spacing: the duplicate check compares these digests. */
export const bodyDigest = (body: string) => createHash('sha256').update(body.toLowerCase().replace(/\s+/g, ' ').trim()).digest('hex')

export const roundAverage = (sum: number, count: number) => count === 0 ? null : Math.round((sum / count) * 100) / 100

const adminColumns = [
  'reviews.id', 'articles.slug as article_slug', 'reviews.author_name', 'reviews.email', 'reviews.rating', 'reviews.title',
  'reviews.body', 'reviews.status', 'reviews.created_at', 'reviews.updated_at',
] as const

function announce (trx: Kysely<Database>, type: 'review.created' | 'review.approved', review: AdminReview, now: Date) {
  return enqueueEvent(trx, type, review, {
    subject: { type: 'review', id: review.id },
    ...(review.email ? { email: review.email } : {}),
    now,
  })
}

/** Reviews written with this email (data-subject export), oldest first. */
export async function reviewsForEmail (trx: Kysely<Database>, email: string): Promise<AdminReview[]> {
  return trx.selectFrom('reviews').innerJoin('articles', 'articles.id', 'reviews.article_id').select(adminColumns)
    .where('reviews.email', '=', normalizeEmail(email)).orderBy('reviews.created_at').orderBy('reviews.id').execute()
}

/** Erase the reviews written with this email (data-subject erasure); their events are erased by email too. */
export async function eraseReviewsForEmail (trx: Kysely<Database>, email: string): Promise<{ reviews: number }> {
  const result = await trx.deleteFrom('reviews').where('email', '=', normalizeEmail(email)).executeTakeFirst()
  return { reviews: Number(result.numDeletedRows) }
}

export function createReviewRepository (db: Kysely<Database>): ReviewRepository {
  let ipKey: string | undefined

  /** Client IPs are stored only as HMACs under a per-installation key, so a leaked table does not reveal them. */
  async function hashIp (ip: string): Promise<string> {
    if (!ipKey) {
      await db.insertInto('instance_secrets')
        .values({ name: 'ip-hash-key', value: randomBytes(32).toString('hex'), created_at: new Date().toISOString() })
        .onConflict((oc) => oc.column('name').doNothing()).execute()
      ipKey = (await db.selectFrom('instance_secrets').select('value').where('name', '=', 'ip-hash-key').executeTakeFirstOrThrow()).value
    }
    return createHmac('sha256', ipKey).update(ip).digest('hex')
  }

  function findForModeration (executor: Kysely<Database>, id: number) {
    return executor.selectFrom('reviews').innerJoin('articles', 'articles.id', 'reviews.article_id')
      .select(adminColumns).where('reviews.id', '=', id).executeTakeFirst()
  }

  return {
    async submit (review, now = new Date()) {
      const ipHash = await hashIp(review.clientIp)
      const bodyHash = bodyDigest(review.body)
      const timestamp = now.toISOString()
      const since = new Date(now.getTime() - DUPLICATE_WINDOW_MS).toISOString()
      // Check and insert in one transaction: two identical submissions racing cannot both get in.
      return db.transaction().execute(async (trx): Promise<SubmitResult> => {
        const article = await trx.selectFrom('articles').select('id')
          .where('slug', '=', review.articleSlug).where('status', '=', 'published').executeTakeFirst()
        if (!article) return { outcome: 'no-article' }
        const duplicate = await trx.selectFrom('reviews').select('id')
          .where('article_id', '=', article.id).where('body_hash', '=', bodyHash).where('created_at', '>', since)
          .where((eb) => review.email === null ? eb('ip_hash', '=', ipHash) : eb.or([eb('ip_hash', '=', ipHash), eb('email', '=', review.email)]))
          .executeTakeFirst()
        if (duplicate) return { outcome: 'duplicate' }
        const { id } = await trx.insertInto('reviews').values({
          article_id: article.id,
          author_name: review.authorName,
          email: review.email,
          rating: review.rating,
          title: review.title,
          body: review.body,
          status: review.status,
          ip_hash: ipHash,
          body_hash: bodyHash,
          created_at: timestamp,
          updated_at: timestamp,
        }).returning('id').executeTakeFirstOrThrow()
        const created = (await findForModeration(trx, id))!
        // Announced in the same transaction as the insert (outbox): committed together or not at all. Spam is not announced.
        if (created.status !== 'spam') await announce(trx, 'review.created', created, now)
        if (created.status === 'approved') await announce(trx, 'review.approved', created, now)
        return { outcome: 'created', review: created }
      })
    },

    async listApproved (articleSlug, { limit, page, sort }) {
      const { column, direction } = SORTS[sort]
      const approved = db.selectFrom('reviews').innerJoin('articles', 'articles.id', 'reviews.article_id')
        .where('articles.slug', '=', articleSlug).where('reviews.status', '=', 'approved')
      const [rows, count] = await Promise.all([
        approved.select(['reviews.id', 'articles.slug as article_slug', 'reviews.author_name', 'reviews.rating', 'reviews.title', 'reviews.body', 'reviews.status', 'reviews.created_at'])
          .orderBy(`reviews.${column}`, direction).orderBy('reviews.id', direction)
          .limit(limit).offset((page - 1) * limit).execute(),
        approved.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
      ])
      return { reviews: rows, total: Number(count.total) }
    },

    async summary (articleSlug) {
      const rows = await db.selectFrom('reviews').innerJoin('articles', 'articles.id', 'reviews.article_id')
        .select((eb) => ['reviews.rating', eb.fn.countAll<number>().as('n')])
        .where('articles.slug', '=', articleSlug).where('reviews.status', '=', 'approved')
        .groupBy('reviews.rating').execute()
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

    async listForModeration ({ status, articleSlug, limit, page }) {
      let query = db.selectFrom('reviews').innerJoin('articles', 'articles.id', 'reviews.article_id')
      if (status) query = query.where('reviews.status', '=', status)
      if (articleSlug) query = query.where('articles.slug', '=', articleSlug)
      const [rows, count] = await Promise.all([
        query.select(adminColumns).orderBy('reviews.created_at', 'desc').orderBy('reviews.id', 'desc')
          .limit(limit).offset((page - 1) * limit).execute(),
        query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
      ])
      return { reviews: rows, total: Number(count.total) }
    },

    async setStatus (id, status, now = new Date()) {
      return db.transaction().execute(async (trx) => {
        const current = await trx.selectFrom('reviews').select('status').where('id', '=', id).executeTakeFirst()
        if (!current) return undefined
        if (current.status !== status) {
          await trx.updateTable('reviews').set({ status, updated_at: now.toISOString() }).where('id', '=', id).execute()
        }
        const review = (await findForModeration(trx, id))!
        if (status === 'approved' && current.status !== 'approved') await announce(trx, 'review.approved', review, now)
        return { review, previous: current.status }
      })
    },

    async remove (id) {
      return db.transaction().execute(async (trx) => {
        // Its notifications carry a copy of it: they go too.
        await deleteEventsForSubjects(trx, 'review', [String(id)])
        const result = await trx.deleteFrom('reviews').where('id', '=', id).executeTakeFirst()
        return Number(result.numDeletedRows) > 0
      })
    },
  }
}
