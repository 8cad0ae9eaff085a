// Webhook delivery log (admin): every event sent to every URL, with each attempt.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { BEARER_SECURITY } from '../http/auth.js'
import { pageEnvelope } from '../http/pagination.js'
import { Ref, problemResponses } from '../http/schemas.js'
import type { WebhookRepository } from './repository.js'
import { WebhookDeliveryListQuerySchema, WebhookDeliveryListSchema } from './schemas.js'

export const webhookAdminRoutes: FastifyPluginAsyncTypebox<{ webhooks: WebhookRepository }> = async (app, { webhooks }) => {
  app.get('/webhook-deliveries', {
    schema: {
      operationId: 'listWebhookDeliveries',
      tags: ['Webhooks'],
      summary: 'List webhook deliveries',
      description: 'Newest first: one entry per event and URL, with its status and every attempt. Filter by status, event type or event id.',
      security: BEARER_SECURITY,
      querystring: WebhookDeliveryListQuerySchema,
      response: {
        200: { description: 'A page of deliveries.', ...Ref(WebhookDeliveryListSchema) },
        ...problemResponses([400, 401]),
      },
    },
  }, async (request, reply) => {
    const { status, event_type, event_id, limit, page } = request.query
    const { deliveries, total } = await webhooks.listDeliveries({ status, eventType: event_type, eventId: event_id, limit, page })
    return pageEnvelope(request, reply, deliveries, { page, limit, total })
  })
}
