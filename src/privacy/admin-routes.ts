// Data-subject requests (admin): export or erase everything stored for one email. Emails travel in bodies, never URLs.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { BEARER_SECURITY } from '../http/auth.js'
import { Ref, problemResponses } from '../http/schemas.js'
import { DataSubjectErasureSchema, DataSubjectExportSchema, DataSubjectRequestSchema } from './schemas.js'
import type { PrivacyService } from './service.js'

export const privacyAdminRoutes: FastifyPluginAsyncTypebox<{ privacy: PrivacyService }> = async (app, { privacy }) => {
  app.post('/data-subjects/export', {
    schema: {
      operationId: 'exportDataSubject',
      tags: ['Privacy'],
      summary: 'Export everything stored for an email',
      description: 'Right of access: contact messages, reviews and the notification events carrying their data, as one consistent snapshot.',
      security: BEARER_SECURITY,
      body: Ref(DataSubjectRequestSchema),
      response: {
        200: { description: 'Everything stored for this email (empty lists when nothing is).', ...Ref(DataSubjectExportSchema) },
        ...problemResponses([400, 401, 413, 415]),
      },
    },
  }, async (request) => ({ data: await privacy.exportData(request.body.email) }))

  app.post('/data-subjects/erase', {
    schema: {
      operationId: 'eraseDataSubject',
      tags: ['Privacy'],
      summary: 'Erase everything stored for an email',
      description: 'Right to erasure: deletes, in one transaction, the contact messages and reviews sent with this email and everything derived ' +
        'from them (notification events and their delivery records, stored idempotent responses). Returns the counts removed per kind. Repeatable.',
      security: BEARER_SECURITY,
      body: Ref(DataSubjectRequestSchema),
      response: {
        200: { description: 'Erased; the counts say how much.', ...Ref(DataSubjectErasureSchema) },
        ...problemResponses([400, 401, 413, 415]),
      },
    },
  }, async (request) => {
    const erased = await privacy.eraseData(request.body.email)
    // An audit trail without the personal data itself.
    request.log.info({ admin: request.adminKeyName, erased }, 'data subject erased')
    return { data: { email: request.body.email, erased } }
  })
}
