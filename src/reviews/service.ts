// Review rules: which status a submission gets, which published article it belongs to, what is announced, and
// what a deletion takes with it. Each operation is one transaction across the repositories it touches.
import type { Executor } from '../db/schema.js'
import { lockKeys } from '../db/dialect.js'
import { reviewLockKey, type ReviewRepository } from './repository.js'
import type { AdminReview, Review, ReviewSort, ReviewStatus, ReviewSummary } from './schemas.js'

export type ReviewEventType = 'review.created' | 'review.approved'

/** Subject type of review events: deleting a review deletes its events. */
const REVIEW_SUBJECT = 'review'

/** What reviews need from the event outbox (the webhooks feature), inside the caller's transaction. */
export interface ReviewEvents {
  enqueue(event: { type: ReviewEventType, data: AdminReview, subject: { type: string, id: number }, email?: string, now: Date }, trx: Executor): Promise<unknown>
  deleteForSubjects(subjectType: string, subjectIds: string[], trx: Executor): Promise<unknown>
}

/** What reviews need from the content feature. */
export interface ReviewArticles {
  findPublishedId(slug: string, trx?: Executor): Promise<number | undefined>
}

export interface ReviewSettings {
  moderation: 'pre' | 'post'
}

export interface Submission {
  articleSlug: string
  authorName: string
  email: string | null
  rating: number
  title: string | null
  body: string
  /** The honeypot was filled: stored as spam, announced to nobody, answered like any other. */
  spam: boolean
  clientIp: string
}

export type SubmitResult =
  /** `review` is what the submitter is shown: a caught bot sees the status a person would. */
  | { outcome: 'created', review: Review, stored: AdminReview }
  | { outcome: 'duplicate' }
  | { outcome: 'no-article' }

export interface ReviewService {
  submit(submission: Submission, now?: Date): Promise<SubmitResult>
  /** undefined when the article is not published. */
  listApproved(articleSlug: string, options: { limit: number, page: number, sort: ReviewSort }): Promise<{ reviews: Review[], total: number } | undefined>
  summary(articleSlug: string): Promise<ReviewSummary | undefined>
  /** The review after the decision, or undefined when there is no such review. */
  moderate(id: number, status: ReviewStatus, now?: Date): Promise<AdminReview | undefined>
  remove(id: number): Promise<boolean>
  /** For data-subject requests: reviews keep the email as given, trimmed and lowercased, never shown publicly. */
  personalData: {
    name: string
    export(subject: { email: string }, trx: Executor): Promise<{ reviews: AdminReview[] }>
    erase(subject: { email: string }, trx: Executor): Promise<{ reviews: number }>
  }
}

export interface ReviewServiceOptions {
  db: Executor
  /** Runs a write in a shared transaction (group commit): resolves once it is committed. */
  writes: { run<T>(work: (trx: Executor) => Promise<T>): Promise<T> }
  reviews: ReviewRepository
  articles: ReviewArticles
  events: ReviewEvents
  settings: ReviewSettings
}

export function createReviewService ({ db, writes, reviews, articles, events, settings }: ReviewServiceOptions): ReviewService {
  /** Announced in the same transaction as the change (outbox): committed together or not at all. */
  const announce = (type: ReviewEventType, review: AdminReview, now: Date, trx: Executor) =>
    events.enqueue({ type, data: review, subject: { type: REVIEW_SUBJECT, id: review.id }, ...(review.email ? { email: review.email } : {}), now }, trx)

  const publicStatus: ReviewStatus = settings.moderation === 'pre' ? 'pending' : 'approved'

  return {
    async submit (submission, now = new Date()) {
      const { spam, articleSlug, ...fields } = submission
      // Check and insert in one write of the shared write transaction: two identical submissions cannot both get in.
      return writes.run(async (trx): Promise<SubmitResult> => {
        // Twins through other connections (PostgreSQL, several instances) wait here until this one commits.
        await lockKeys(trx, () => [reviewLockKey(articleSlug, fields.body)])
        const result = await reviews.insertUnlessDuplicate({ ...fields, articleSlug, status: spam ? 'spam' : publicStatus }, now, trx)
        if (result.outcome !== 'created') return result
        const stored = result.review
        if (stored.status !== 'spam') await announce('review.created', stored, now, trx)
        if (stored.status === 'approved') await announce('review.approved', stored, now, trx)
        const { email: _email, updated_at: _updated, ...review } = stored
        return { outcome: 'created', review: { ...review, status: spam ? publicStatus : review.status }, stored }
      })
    },

    async listApproved (articleSlug, options) {
      const articleId = await articles.findPublishedId(articleSlug)
      return articleId === undefined ? undefined : reviews.listApproved({ id: articleId, slug: articleSlug }, options)
    },

    async summary (articleSlug) {
      const articleId = await articles.findPublishedId(articleSlug)
      return articleId === undefined ? undefined : reviews.summary(articleId)
    },

    async moderate (id, status, now = new Date()) {
      return db.transaction().execute(async (trx) => {
        const previous = await reviews.updateStatus(id, status, now, trx)
        if (previous === undefined) return undefined
        const review = (await reviews.find(id, trx))!
        if (status === 'approved' && previous !== 'approved') await announce('review.approved', review, now, trx)
        return review
      })
    },

    async remove (id) {
      return db.transaction().execute(async (trx) => {
        // Its notifications carry a copy of it: they go too.
        await events.deleteForSubjects(REVIEW_SUBJECT, [String(id)], trx)
        return reviews.remove(id, trx)
      })
    },

    personalData: {
      name: 'reviews',
      async export ({ email }, trx) {
        return { reviews: await reviews.listByEmail(email, trx) }
      },
      async erase ({ email }, trx) {
        return { reviews: await reviews.removeByEmail(email, trx) }
      },
    },
  }
}

/** The events reviews announce (documented by the webhooks feature). */
export const REVIEW_EVENTS: Array<{ type: ReviewEventType, when: string, data: string }> = [
  { type: 'review.created', when: 'a review was submitted', data: 'the AdminReview (with the reviewer email)' },
  { type: 'review.approved', when: 'a review was published', data: 'the AdminReview (with the reviewer email)' },
]
