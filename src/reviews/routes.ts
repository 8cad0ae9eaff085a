// Reader reviews: submit (rate-limited, honeypot, duplicate check), list approved, rating summary.
import { normalizeIP } from '@fastify/rate-limit'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Config } from '../config.js'
import { conflict, notFound } from '../http/errors.js'
import { pageEnvelope } from '../http/pagination.js'
import { cleanFields } from '../http/sanitize.js'
import { normalizeEmail } from '../privacy/email.js'
import { sha256 } from '../idempotency/repository.js'
import { Ref, problemResponses } from '../http/schemas.js'
import { ArticleParams } from '../content/routes.js'
import type { ReviewRepository } from './repository.js'
import type { ContentRepository } from '../content/repository.js'
import {
  CreateReviewSchema, ReviewEnvelopeSchema, ReviewListQuerySchema, ReviewListSchema, ReviewSummaryEnvelopeSchema, type Review,
} from './schemas.js'


export interface ReviewRoutesOptions {
  reviews: ReviewRepository
  content: ContentRepository
  config: Config['reviews']
}

export const reviewRoutes: FastifyPluginAsyncTypebox<ReviewRoutesOptions> = async (app, { reviews, content, config }) => {
  async function requirePublished (slug: string) {
    if (!await content.isPublished(slug)) throw notFound(`No published article "${slug}".`)
  }

  app.post('/articles/:slug/reviews', {
    schema: {
      operationId: 'createReview',
      tags: ['Reviews'],
      summary: 'Submit a review',
      description: 'Stores a review of a published article. With pre-moderation (the default) it stays `pending`, invisible to the public, ' +
        'until a moderator approves it; with post-moderation it is `approved` at once. A 201 means the review is committed. ' +
        `Limited to ${config.rateLimit.max} submissions per client IP per ${config.rateLimit.windowMs / 1000} seconds; ` +
        'the same text from the same email or IP on the same article within 24 hours is a 409.',
      params: ArticleParams,
      body: Ref(CreateReviewSchema),
      response: {
        201: { description: 'The review was stored.', ...Ref(ReviewEnvelopeSchema) },
        ...problemResponses(400, 404, 409, 413, 415, 429),
      },
    },
    preValidation: async (request) => {
      cleanFields(request.body, ['author_name', 'title', 'email'], ['body'])
    },
    // After validation: a reader correcting a field error is not locked out. Keyed by a hash, so memory holds no addresses.
    preHandler: app.rateLimit({
      max: config.rateLimit.max,
      timeWindow: config.rateLimit.windowMs,
      keyGenerator: (request) => `review-ip:${sha256(normalizeIP(request.ip))}`,
    }),
  }, async (request, reply) => {
    const { slug } = request.params
    const input = request.body
    const isSpam = Boolean(input.website)
    const status = isSpam ? 'spam' : config.moderation === 'pre' ? 'pending' : 'approved'
    const result = await reviews.submit({
      articleSlug: slug,
      authorName: input.author_name,
      email: input.email ? normalizeEmail(input.email) : null,
      rating: input.rating,
      title: input.title || null,
      body: input.body,
      status,
      clientIp: request.ip,
    })
    if (result.outcome === 'no-article') throw notFound(`No published article "${slug}".`)
    if (result.outcome === 'duplicate') throw conflict('You already submitted this review for this article in the last 24 hours.', '/problems/duplicate-review')
    const { email: _email, updated_at: _updated, ...review } = result.review
    // A bot that filled the honeypot sees what a person would see.
    const shown: Review = isSpam ? { ...review, status: config.moderation === 'pre' ? 'pending' : 'approved' } : review
    return reply.code(201).send({ data: shown })
  })

  app.get('/articles/:slug/reviews', {
    schema: {
      operationId: 'listReviews',
      tags: ['Reviews'],
      summary: 'List approved reviews',
      description: 'Approved reviews of a published article, newest first by default, paged like the article list (meta.pagination and a Link header).',
      params: ArticleParams,
      querystring: ReviewListQuerySchema,
      response: {
        200: { description: 'A page of approved reviews.', ...Ref(ReviewListSchema) },
        ...problemResponses(400, 404),
      },
    },
  }, async (request, reply) => {
    const { slug } = request.params
    await requirePublished(slug)
    const { limit, page, sort } = request.query
    const { reviews: data, total } = await reviews.listApproved(slug, { limit, page, sort })
    return pageEnvelope(request, reply, data, { page, limit, total })
  })

  app.get('/articles/:slug/reviews/summary', {
    schema: {
      operationId: 'getReviewSummary',
      tags: ['Reviews'],
      summary: 'Rating summary',
      description: 'Count, average and per-star distribution of approved reviews: schema.org AggregateRating with ' +
        'reviewCount = count, ratingValue = average, bestRating = 5, worstRating = 1. `average` is null when there are no reviews.',
      params: ArticleParams,
      response: {
        200: { description: 'The summary.', ...Ref(ReviewSummaryEnvelopeSchema) },
        ...problemResponses(400, 404),
      },
    },
  }, async (request) => {
    await requirePublished(request.params.slug)
    return { data: await reviews.summary(request.params.slug) }
  })
}
