// Review schemas: what readers submit, what the public sees, what moderators see.
import { Type, type Static } from '@sinclair/typebox'
import {
  INT32_MAX, descriptionWithExample, limitQuery, PageQuerySchema, PaginationSchema, Ref, SlugSchema, StringEnum, TimestampSchema, UrlIntegerSchema, pathIdentifier,
} from '../http/schemas.js'

export const REVIEW_STATUSES = ['pending', 'approved', 'spam', 'trash'] as const
export type ReviewStatus = typeof REVIEW_STATUSES[number]

export const ReviewStatusSchema = StringEnum(REVIEW_STATUSES, {
  $id: 'ReviewStatus',
  description: 'pending: awaiting moderation (invisible to the public); approved: public; spam and trash: hidden.',
  examples: ['approved'],
})

const example = {
  id: 42,
  article_slug: 'from-training-to-employment-the-power-of-healthcare-internships',
  author_name: 'Ayesha K.',
  rating: 5,
  title: 'Exactly what our HIM graduates needed',
  body: 'The section on medical coding and billing matched what our interns did in their first month.',
  status: 'approved',
  created_at: '2026-11-20T10:15:00.000Z',
}

/** Approved reviews of the seed article, newest first (the ReviewSummary example counts them). */
const approvedExamples = [
  {
    id: 61,
    article_slug: example.article_slug,
    author_name: 'Maria L.',
    rating: 3,
    title: null,
    body: 'A useful overview. I would have liked more on finding placements outside Pakistan’s healthcare sector.',
    status: 'approved',
    created_at: '2026-11-23T18:40:00.000Z',
  },
  {
    id: 57,
    article_slug: example.article_slug,
    author_name: 'Dr. Imran S.',
    rating: 5,
    title: 'Soft skills, finally taken seriously',
    body: 'Glad to see empathy and communication treated as skills interns build, not traits they either have or lack.',
    status: 'approved',
    created_at: '2026-11-21T07:05:00.000Z',
  },
  example,
]

/** A review waiting in the moderation queue, as moderators see it; approving it is the PATCH example. */
const pendingExample = {
  id: 64,
  article_slug: example.article_slug,
  author_name: 'Jon P.',
  rating: 4,
  title: 'Good primer for nursing students',
  body: 'I shared the section on building job-ready skills with our second-year cohort before their placements.',
  status: 'pending',
  created_at: '2026-11-24T08:02:00.000Z',
  email: 'jon.p@example.org',
  updated_at: '2026-11-24T08:02:00.000Z',
}

/** The rating summary of approvedExamples. */
const summaryExample = { count: 3, average: 4.33, distribution: { 1: 0, 2: 0, 3: 1, 4: 0, 5: 2 } }

const onePage = (total: number) => ({ page: 1, limit: 20, pages: 1, total, next: null, prev: null })

const reviewFields = {
  id: Type.Integer({ format: 'int32', minimum: 1, maximum: INT32_MAX, description: 'Review id.', examples: [example.id] }),
  article_slug: Ref(SlugSchema),
  author_name: Type.String({ minLength: 1, maxLength: 80, description: 'Name shown with the review.', examples: [example.author_name] }),
  rating: Type.Integer({ format: 'int32', minimum: 1, maximum: 5, description: 'Stars, 1 (worst) to 5 (best).', examples: [example.rating] }),
  title: Type.Union([Type.String({ maxLength: 120 }), Type.Null()], { description: 'Optional headline.', examples: [example.title] }),
  body: Type.String({ minLength: 1, maxLength: 5000, description: 'Review text, plain (never interpreted as markup).', examples: [example.body] }),
  status: Ref(ReviewStatusSchema),
  created_at: Ref(TimestampSchema),
}

export const ReviewSchema = Type.Object(reviewFields, {
  $id: 'Review',
  additionalProperties: false,
  description: 'A reader review, as the public sees it (schema.org Review: author, reviewRating, reviewBody).',
  examples: [example],
})
export type Review = Static<typeof ReviewSchema>

export const AdminReviewSchema = Type.Object({
  ...reviewFields,
  email: Type.Union([Type.String({ maxLength: 254, format: 'email' }), Type.Null()], { description: 'Reviewer email, if given. Never shown publicly.', examples: ['ayesha@example.org'] }),
  updated_at: Ref(TimestampSchema),
}, { $id: 'AdminReview', additionalProperties: false, description: 'A review with the fields only moderators see.', examples: [pendingExample] })
export type AdminReview = Static<typeof AdminReviewSchema>

export const CreateReviewSchema = Type.Object({
  author_name: Type.String({ minLength: 1, maxLength: 80, description: 'Name shown with the review (1–80 characters).', examples: [example.author_name] }),
  email: Type.Optional(Type.String({ format: 'email', maxLength: 254, description: 'Optional; stored for the site owner, never shown publicly.', examples: ['ayesha@example.org'] })),
  rating: Type.Integer({ format: 'int32', minimum: 1, maximum: 5, description: 'Stars, 1 to 5.', examples: [5] }),
  title: Type.Optional(Type.String({ maxLength: 120, description: 'Optional headline (at most 120 characters).', examples: [example.title] })),
  body: Type.String({ minLength: 1, maxLength: 5000, description: 'Review text (1–5000 characters), plain text.', examples: [example.body] }),
  website: Type.Optional(Type.String({ maxLength: 500, description: 'Leave empty. (A trap for bots: filled-in submissions are discarded as spam.)', examples: [''] })),
}, {
  $id: 'CreateReview',
  additionalProperties: false,
  description: 'A new review. Text is trimmed and stripped of control characters before it is checked and stored.',
  examples: [{ author_name: example.author_name, email: 'ayesha@example.org', rating: 5, title: example.title, body: example.body }],
})
export type CreateReview = Static<typeof CreateReviewSchema>

export const ReviewEnvelopeSchema = Type.Object({ data: Ref(ReviewSchema) }, {
  $id: 'ReviewEnvelope',
  additionalProperties: false,
  // The CreateReview example as stored under pre-moderation (the default): pending until a moderator approves it.
  examples: [{ data: { ...example, status: 'pending' } }],
})

export const REVIEW_SORTS = ['-created_at', 'created_at', '-rating', 'rating'] as const
export type ReviewSort = typeof REVIEW_SORTS[number]

export const ReviewListQuerySchema = Type.Object({
  limit: limitQuery(100, 20),
  page: PageQuerySchema,
  sort: StringEnum(REVIEW_SORTS, { default: '-created_at', description: descriptionWithExample('Newest first by default; "-rating" puts the best first.', '-rating') }),
}, { additionalProperties: false })

export const ReviewListSchema = Type.Object({
  data: Type.Array(Ref(ReviewSchema), { maxItems: 100 }),
  meta: Type.Object({ pagination: Ref(PaginationSchema) }, { additionalProperties: false }),
}, { $id: 'ReviewList', additionalProperties: false, examples: [{ data: approvedExamples, meta: { pagination: onePage(approvedExamples.length) } }] })

const countOf = (stars: number) => Type.Integer({ format: 'int32', minimum: 0, maximum: INT32_MAX, description: `Approved ${stars}-star reviews.`, examples: [0] })

export const ReviewSummarySchema = Type.Object({
  count: Type.Integer({ format: 'int32', minimum: 0, maximum: INT32_MAX, description: 'Approved reviews (schema.org AggregateRating.reviewCount).', examples: [0] }),
  average: Type.Union([Type.Number({ minimum: 1, maximum: 5 }), Type.Null()], {
    description: 'Mean rating of approved reviews rounded to 2 decimals (AggregateRating.ratingValue, on a scale of worstRating 1 to bestRating 5); null when there are none.',
    examples: [null],
  }),
  distribution: Type.Object({ 1: countOf(1), 2: countOf(2), 3: countOf(3), 4: countOf(4), 5: countOf(5) }, {
    additionalProperties: false,
    description: 'Approved reviews per star rating.',
  }),
}, {
  $id: 'ReviewSummary',
  additionalProperties: false,
  description: 'Rating summary over approved reviews. Maps to schema.org AggregateRating: count → reviewCount, average → ratingValue, bestRating 5, worstRating 1.',
  examples: [summaryExample],
})
export type ReviewSummary = Static<typeof ReviewSummarySchema>

export const ReviewSummaryEnvelopeSchema = Type.Object({ data: Ref(ReviewSummarySchema) }, {
  $id: 'ReviewSummaryEnvelope',
  additionalProperties: false,
  examples: [{ data: summaryExample }],
})

export const AdminReviewListQuerySchema = Type.Object({
  status: Type.Optional(StringEnum(REVIEW_STATUSES, { description: descriptionWithExample('Only reviews with this status.', 'pending') })),
  article: Type.Optional(Type.String({ pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', maxLength: 200, description: descriptionWithExample('Only reviews of the article with this slug.', example.article_slug) })),
  limit: limitQuery(100, 20),
  page: PageQuerySchema,
}, { additionalProperties: false })

export const AdminReviewListSchema = Type.Object({
  data: Type.Array(Ref(AdminReviewSchema), { maxItems: 100 }),
  meta: Type.Object({ pagination: Ref(PaginationSchema) }, { additionalProperties: false }),
}, { $id: 'AdminReviewList', additionalProperties: false, examples: [{ data: [pendingExample], meta: { pagination: onePage(1) } }] })

export const AdminReviewEnvelopeSchema = Type.Object({ data: Ref(AdminReviewSchema) }, {
  $id: 'AdminReviewEnvelope',
  additionalProperties: false,
  // The queued review after `{"status": "approved"}`.
  examples: [{ data: { ...pendingExample, status: 'approved', updated_at: '2026-11-24T09:30:00.000Z' } }],
})

export const ArticleSlugParamsSchema = Type.Object({
  slug: pathIdentifier('Slug of a published article.', example.article_slug),
})

export const ReviewIdParamsSchema = Type.Object({
  id: UrlIntegerSchema({ minimum: 1, maximum: INT32_MAX, description: 'Review id.', examples: [pendingExample.id] }),
})

export const UpdateReviewSchema = Type.Object({
  status: Ref(ReviewStatusSchema),
}, { $id: 'UpdateReview', additionalProperties: false, description: 'A moderation decision.', examples: [{ status: 'approved' }] })

export const reviewSchemas = [
  ReviewStatusSchema, ReviewSchema, AdminReviewSchema, CreateReviewSchema, ReviewEnvelopeSchema, ReviewListSchema,
  ReviewSummarySchema, ReviewSummaryEnvelopeSchema, AdminReviewListSchema, AdminReviewEnvelopeSchema, UpdateReviewSchema,
]
