// Review moderation for site owners: the queue, status decisions, deletion.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { BEARER_SECURITY } from '../http/auth.js'
import { notFound } from '../http/errors.js'
import { pageEnvelope } from '../http/pagination.js'
import { Ref, problemResponses } from '../http/schemas.js'
import type { ReviewRepository } from './repository.js'
import {
  AdminReviewEnvelopeSchema, AdminReviewListQuerySchema, AdminReviewListSchema, ReviewIdParamsSchema, UpdateReviewSchema,
} from './schemas.js'

export const reviewAdminRoutes: FastifyPluginAsyncTypebox<{ reviews: ReviewRepository }> = async (app, { reviews }) => {
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
        ...problemResponses(400, 401),
      },
    },
  }, async (request, reply) => {
    const { status, article, limit, page } = request.query
    const { reviews: data, total } = await reviews.listForModeration({ limit, page, ...(status ? { status } : {}), ...(article ? { articleSlug: article } : {}) })
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
        ...problemResponses(400, 401, 404, 415),
      },
    },
  }, async (request) => {
    const result = await reviews.setStatus(request.params.id, request.body.status)
    if (!result) throw notFound(`No review ${request.params.id}.`)
    return { data: result.review }
  })

  app.delete('/reviews/:id', {
    schema: {
      operationId: 'deleteReview',
      tags: ['Review moderation'],
      summary: 'Delete a review for good',
      security: BEARER_SECURITY,
      params: ReviewIdParamsSchema,
      response: {
        204: { description: 'Deleted.', type: 'null' },
        ...problemResponses(400, 401, 404),
      },
    },
  }, async (request, reply) => {
    if (!await reviews.remove(request.params.id)) throw notFound(`No review ${request.params.id}.`)
    return reply.code(204).send()
  })
}
