// Review moderation for site owners: the queue, status decisions, deletion.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { BEARER_SECURITY } from '../http/auth.js'
import { notFound } from '../http/errors.js'
import { pageEnvelope } from '../http/pagination.js'
import { Ref, problemExample, problemResponses } from '../http/schemas.js'
import type { ReviewRepository } from './repository.js'
import type { ReviewService } from './service.js'
import {
  AdminReviewEnvelopeSchema, AdminReviewListQuerySchema, AdminReviewListSchema, ReviewIdParamsSchema, UpdateReviewSchema,
} from './schemas.js'

const noSuchReview = { notFound: problemExample('No such review', 404, 'No review 4242.', '4k2j9d-f') }

export interface ReviewAdminRoutesOptions {
  repository: ReviewRepository
  reviews: ReviewService
}

export const reviewAdminRoutes: FastifyPluginAsyncTypebox<ReviewAdminRoutesOptions> = async (app, { repository, reviews }) => {
  app.get('/reviews', {
    schema: {
      operationId: 'listReviewsForModeration',
      tags: ['Review moderation'],
      summary: 'Moderation queue',
      description: 'All reviews, newest first, with reviewer emails. Filter by `status` (e.g. pending) and `article` (slug).',
      security: BEARER_SECURITY,
      querystring: AdminReviewListQuerySchema,
      response: {
        200: { description: 'A page of reviews.', ...Ref(AdminReviewListSchema) },
        ...problemResponses([400, 401]),
      },
    },
  }, async (request, reply) => {
    const { status, article, limit, page } = request.query
    const { reviews: data, total } = await repository.listForModeration({ limit, page, status, articleSlug: article })
    return pageEnvelope(request, reply, data, { page, limit, total })
  })

  app.patch('/reviews/:id', {
    schema: {
      operationId: 'moderateReview',
      tags: ['Review moderation'],
      summary: 'Set a review’s status',
      description: 'Approve, hide as spam or trash, or send back to pending. Lists, summary and article counts reflect it at once.',
      security: BEARER_SECURITY,
      params: ReviewIdParamsSchema,
      body: Ref(UpdateReviewSchema),
      response: {
        200: { description: 'The updated review.', ...Ref(AdminReviewEnvelopeSchema) },
        ...problemResponses([400, 401, 404, 413, 415], { 404: noSuchReview }),
      },
    },
  }, async (request) => {
    const review = await reviews.moderate(request.params.id, request.body.status)
    if (!review) throw notFound(`No review ${request.params.id}.`)
    return { data: review }
  })

  app.delete('/reviews/:id', {
    schema: {
      operationId: 'deleteReview',
      tags: ['Review moderation'],
      summary: 'Delete a review for good',
      description: 'Removes the review from storage: it leaves the public list and the rating summary, and cannot be restored. To take it down reversibly, set its status to `trash` or `spam` instead (PATCH).',
      security: BEARER_SECURITY,
      params: ReviewIdParamsSchema,
      response: {
        204: { description: 'Deleted.', type: 'null' },
        ...problemResponses([400, 401, 404], { 404: noSuchReview }),
      },
    },
  }, async (request, reply) => {
    if (!await reviews.remove(request.params.id)) throw notFound(`No review ${request.params.id}.`)
    return reply.code(204).send()
  })
}
