// Admin inbox for contact messages: list and search, read one, triage (status), delete. Bearer key required.
import { Type } from '@sinclair/typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { BEARER_SECURITY } from '../http/auth.js'
import { notFound } from '../http/errors.js'
import { pageEnvelope } from '../http/pagination.js'
import { Ref, problemExample, problemResponses } from '../http/schemas.js'
import type { ContactRepository } from './repository.js'
import type { ContactService } from './service.js'
import {
  ContactMessageEnvelopeSchema, ContactMessageIdSchema, ContactMessageListQuerySchema, ContactMessageListSchema,
  UpdateContactMessageSchema, type ContactMessageStatus,
} from './schemas.js'

const MessageParamsSchema = Type.Object({ id: Ref(ContactMessageIdSchema) })
const INBOX_STATUSES: ContactMessageStatus[] = ['new', 'read', 'archived']

const missing = (id: string) => notFound(`No contact message "${id}".`)
const noSuchMessage = { notFound: problemExample('No such message', 404, 'No contact message "5d1c9f3e-8a27-4c6b-b0e4-7f2a9c3d1e08".', '4k2j9d-g') }

export interface ContactAdminRoutesOptions {
  messages: ContactRepository
  contact: ContactService
}

export const contactAdminRoutes: FastifyPluginAsyncTypebox<ContactAdminRoutesOptions> = async (app, { messages, contact }) => {
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
        ...problemResponses([400, 401]),
      },
    },
  }, async (request, reply) => {
    const { status, q, limit, page } = request.query
    const found = await messages.list({ statuses: status ?? INBOX_STATUSES, q, limit, page })
    return pageEnvelope(request, reply, found.messages, { page, limit, total: found.total })
  })

  app.get('/contact-messages/:id', {
    schema: {
      operationId: 'getContactMessage',
      tags: ['Contact inbox'],
      summary: 'Get a contact message',
      description: 'Reading does not change the status: mark it read with PATCH.',
      security: BEARER_SECURITY,
      params: MessageParamsSchema,
      response: {
        200: { description: 'The message.', ...Ref(ContactMessageEnvelopeSchema) },
        ...problemResponses([400, 401, 404], { 404: noSuchMessage }),
      },
    },
  }, async (request) => {
    const message = await messages.find(request.params.id)
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
      params: MessageParamsSchema,
      body: Ref(UpdateContactMessageSchema),
      response: {
        200: { description: 'The updated message.', ...Ref(ContactMessageEnvelopeSchema) },
        ...problemResponses([400, 401, 404, 413, 415], { 404: noSuchMessage }),
      },
    },
  }, async (request) => {
    const message = await messages.updateStatus(request.params.id, request.body.status)
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
      params: MessageParamsSchema,
      response: {
        204: { description: 'Deleted.', type: 'null' },
        ...problemResponses([400, 401, 404], { 404: noSuchMessage }),
      },
    },
  }, async (request, reply) => {
    if (!await contact.remove(request.params.id)) throw missing(request.params.id)
    request.log.info({ contact_message_id: request.params.id, admin: request.adminKeyName }, 'contact message deleted')
    return reply.code(204).send()
  })
}
