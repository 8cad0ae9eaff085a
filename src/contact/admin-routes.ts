// Admin inbox for contact messages: list and search, read one, triage (status), delete. Bearer key required.
import { Type } from '@sinclair/typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { BEARER_SECURITY } from '../http/auth.js'
import { notFound } from '../http/errors.js'
import { pageEnvelope } from '../http/pagination.js'
import { Ref, problemResponses } from '../http/schemas.js'
import type { ContactRepository } from './repository.js'
import {
  ContactMessageEnvelopeSchema, ContactMessageIdSchema, ContactMessageListQuerySchema, ContactMessageListSchema,
  UpdateContactMessageSchema, type ContactMessageStatus,
} from './schemas.js'

const MessageParams = Type.Object({ id: Ref(ContactMessageIdSchema) })
const INBOX_STATUSES: ContactMessageStatus[] = ['new', 'read', 'archived']

const missing = (id: string) => notFound(`No contact message "${id}".`)

export const contactAdminRoutes: FastifyPluginAsyncTypebox<{ contact: ContactRepository }> = async (app, { contact }) => {
  // Personal data: never cached by browsers or proxies.
  app.addHook('onRequest', async (_request, reply) => { reply.header('cache-control', 'no-store') })

  app.get('/contact-messages', {
    schema: {
      operationId: 'listContactMessages',
      tags: ['Contact inbox'],
      summary: 'List contact messages',
      description: 'Newest first. Filter by `status` (default: everything but spam) and search with `q`. Paging links are in `meta.pagination` and the `Link` header.',
      security: BEARER_SECURITY,
      querystring: ContactMessageListQuerySchema,
      response: {
        200: { description: 'A page of messages.', ...Ref(ContactMessageListSchema) },
        ...problemResponses(400, 401),
      },
    },
  }, async (request, reply) => {
    const { status, q, limit, page } = request.query
    const { messages, total } = await contact.list({ statuses: status ?? INBOX_STATUSES, q, limit, page })
    return pageEnvelope(request, reply, messages, { page, limit, total })
  })

  app.get('/contact-messages/:id', {
    schema: {
      operationId: 'getContactMessage',
      tags: ['Contact inbox'],
      summary: 'Get a contact message',
      description: 'Reading does not change the status: mark it read with PATCH.',
      security: BEARER_SECURITY,
      params: MessageParams,
      response: {
        200: { description: 'The message.', ...Ref(ContactMessageEnvelopeSchema) },
        ...problemResponses(400, 401, 404),
      },
    },
  }, async (request) => {
    const message = await contact.find(request.params.id)
    if (!message) throw missing(request.params.id)
    return { data: message }
  })

  app.patch('/contact-messages/:id', {
    schema: {
      operationId: 'updateContactMessage',
      tags: ['Contact inbox'],
      summary: 'Triage a contact message',
      description: 'Set the status: new, read, archived or spam. Setting the current status changes nothing.',
      security: BEARER_SECURITY,
      params: MessageParams,
      body: Ref(UpdateContactMessageSchema),
      response: {
        200: { description: 'The updated message.', ...Ref(ContactMessageEnvelopeSchema) },
        ...problemResponses(400, 401, 404, 415),
      },
    },
  }, async (request) => {
    const message = await contact.updateStatus(request.params.id, request.body.status)
    if (!message) throw missing(request.params.id)
    return { data: message }
  })

  app.delete('/contact-messages/:id', {
    schema: {
      operationId: 'deleteContactMessage',
      tags: ['Contact inbox'],
      summary: 'Delete a contact message',
      description: 'Deletes the message and what was derived from it: its notification events (pending deliveries are cancelled) and stored idempotent responses.',
      security: BEARER_SECURITY,
      params: MessageParams,
      response: {
        204: { description: 'Deleted.', type: 'null' },
        ...problemResponses(400, 401, 404),
      },
    },
  }, async (request, reply) => {
    if (!await contact.remove(request.params.id)) throw missing(request.params.id)
    request.log.info({ contact_message_id: request.params.id, admin: request.adminKeyName }, 'contact message deleted')
    return reply.code(204).send()
  })
}
