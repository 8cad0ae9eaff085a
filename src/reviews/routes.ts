// Reader reviews: submit (rate-limited, honeypot, duplicate check), list approved, rating summary.
import { normalizeIP } from '@fastify/rate-limit'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { conflict } from '../http/errors.js'
import { readyJson, sendCached, type ResponseCache } from '../http/caching.js'
import { linkHeader, paginate } from '../http/pagination.js'
import { cleanFields } from '../base/text.js'
import { normalizeEmail } from '../base/email.js'
import { sha256 } from '../base/hash.js'
import { MOVED_RESPONSE, OVERLOADED_EXAMPLES, Ref, problemExample, problemResponses, rateLimitedResponses } from '../http/schemas.js'
import type { ReviewService } from './service.js'
import {
  ArticleSlugParamsSchema, CreateReviewSchema, ReviewEnvelopeSchema, ReviewListQuerySchema, ReviewListSchema, ReviewSummaryEnvelopeSchema,
} from './schemas.js'

export interface ReviewRoutesOptions {
  reviews: ReviewService
  rateLimit: { max: number, windowMs: number }
  /** When a slug names no published article: a 301 (308 for writes) if it is an old slug of one, else a 404 (content's rule). */
  articleNotFound: (request: FastifyRequest, slug: string) => Promise<never>
  /** Ready responses of the public reads, each kept for one `contentVersion` (any change to reviews changes it). */
  cache: { responses: ResponseCache, version: () => number }
}

const noSuchArticle = { notFound: problemExample('No such article', 404, 'No published article "nope".', '4k2j9d-7') }
const duplicateReview = {
  duplicateReview: problemExample('The same review again', 409, 'You already submitted this review for this article in the last 24 hours.', '4k2j9d-8',
    { type: '/problems/duplicate-review' }),
}
export const reviewRoutes: FastifyPluginAsyncTypebox<ReviewRoutesOptions> = async (app, { reviews, rateLimit, articleNotFound, cache }) => {
  app.post('/articles/:slug/reviews', {
    schema: {
      operationId: 'createReview',
      tags: ['Reviews'],
      summary: 'Submit a review',
      description: 'Stores a review of a published article. With pre-moderation (the default) it stays `pending`, invisible to the public, ' +
        'until a moderator approves it; with post-moderation it is `approved` at once. A 201 means the review is committed. ' +
        `Limited to ${rateLimit.max} submissions per client IP per ${rateLimit.windowMs / 1000} seconds; ` +
        'the same text from the same email or IP on the same article within 24 hours is a 409.',
      params: ArticleSlugParamsSchema,
      body: Ref(CreateReviewSchema),
      // The limiter runs after validation (preHandler): 400, 413 and 415 are answered before it counts the request; a 503
      // may come from load shedding ahead of it too, so only the statuses the handler alone answers claim the headers.
      response: rateLimitedResponses({
        201: { description: 'The review was stored.', ...Ref(ReviewEnvelopeSchema) },
        308: {
          ...MOVED_RESPONSE[301],
          description: 'The article was renamed: repeat the POST at Location.',
          headers: { Location: MOVED_RESPONSE[301].headers.Location, 'Cache-Control': { description: '`private, no-store`: not kept.', type: 'string', maxLength: 1000 } },
        },
        ...problemResponses([400, 404, 409, 413, 415, 429, 503], { 404: noSuchArticle, 409: duplicateReview, ...OVERLOADED_EXAMPLES }),
      }, [201, 308, 404, 409]),
    },
    preValidation: async (request) => {
      cleanFields(request.body, ['author_name', 'title', 'email'], ['body'])
    },
    // After validation: a reader correcting a field error is not locked out. Keyed by a hash, so memory holds no addresses.
    preHandler: app.rateLimit({
      max: rateLimit.max,
      timeWindow: rateLimit.windowMs,
      keyGenerator: (request) => `review-ip:${sha256(normalizeIP(request.ip))}`,
    }),
  }, async (request, reply) => {
    const { slug } = request.params
    const input = request.body
    const result = await reviews.submit({
      articleSlug: slug,
      authorName: input.author_name,
      email: input.email ? normalizeEmail(input.email) : null,
      rating: input.rating,
      title: input.title || null,
      body: input.body,
      spam: Boolean(input.website),
      clientIp: request.ip,
    })
    if (result.outcome === 'no-article') return articleNotFound(request, slug)
    if (result.outcome === 'duplicate') throw conflict('You already submitted this review for this article in the last 24 hours.', '/problems/duplicate-review')
    return reply.code(201).send({ data: result.review })
  })

  app.get('/articles/:slug/reviews', {
    schema: {
      operationId: 'listReviews',
      tags: ['Reviews'],
      summary: 'List approved reviews',
      description: 'Approved reviews of a published article, newest first by default, paged like the article list (meta.pagination and a Link header).',
      params: ArticleSlugParamsSchema,
      querystring: ReviewListQuerySchema,
      response: {
        200: { description: 'A page of approved reviews.', ...Ref(ReviewListSchema) },
        ...MOVED_RESPONSE,
        ...problemResponses([400, 404], { 404: noSuchArticle }),
      },
    },
  }, async (request, reply) => {
    const { slug } = request.params
    const { limit, page, sort } = request.query
    return sendCached(request, reply, cache, `reviews ${request.url}`, async () => {
      const approved = await reviews.listApproved(slug, { limit, page, sort })
      if (!approved) return articleNotFound(request, slug)
      const pagination = paginate(page, limit, approved.total)
      const link = linkHeader(request.url, pagination)
      return readyJson(reply, { data: approved.reviews, meta: { pagination } }, link ? { link } : undefined)
    })
  })

  app.get('/articles/:slug/reviews/summary', {
    schema: {
      operationId: 'getReviewSummary',
      tags: ['Reviews'],
      summary: 'Rating summary',
      description: 'Count, average and per-star distribution of approved reviews: schema.org AggregateRating with ' +
        'reviewCount = count, ratingValue = average, bestRating = 5, worstRating = 1. `average` is null when there are no reviews.',
      params: ArticleSlugParamsSchema,
      response: {
        200: { description: 'The summary.', ...Ref(ReviewSummaryEnvelopeSchema) },
        ...MOVED_RESPONSE,
        ...problemResponses([400, 404], { 404: noSuchArticle }),
      },
    },
  }, async (request, reply) => {
    const { slug } = request.params
    return sendCached(request, reply, cache, `reviews/summary ${slug}`, async () => {
      const summary = await reviews.summary(slug)
      if (!summary) return articleNotFound(request, slug)
      return readyJson(reply, { data: summary })
    })
  })
}
