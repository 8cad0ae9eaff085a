// Data-subject request schemas: export and erase everything stored about one email address.
import { Type, type Static } from '@sinclair/typebox'
import { INT32_MAX, RefTo } from '../http/schemas.js'
import type { ContactMessage } from '../contact/schemas.js'
import type { WebhookEvent } from '../webhooks/schemas.js'
import type { AdminReview } from '../reviews/schemas.js'

// The other features' components, by name (registered in app.ts), with their static types.
const ContactMessageRefSchema = RefTo<ContactMessage>('ContactMessage')
const AdminReviewRefSchema = RefTo<AdminReview>('AdminReview')
const WebhookEventRefSchema = RefTo<WebhookEvent>('WebhookEvent')

export const DataSubjectRequestSchema = Type.Object({
  email: Type.String({ minLength: 1, maxLength: 254, format: 'email', description: 'The person\'s email address (matched case-insensitively). Sent in the body so it never appears in URLs or access logs.', examples: ['ada@example.org'] }),
}, { $id: 'DataSubjectRequest', additionalProperties: false, examples: [{ email: 'ada@example.org' }] })

const count = (description: string) => Type.Integer({ format: 'int32', minimum: 0, maximum: INT32_MAX, description, examples: [1] })

export const DataSubjectExportSchema = Type.Object({
  data: Type.Object({
    email: Type.String({ maxLength: 254, description: 'The email as requested.', examples: ['ada@example.org'] }),
    contact_messages: Type.Array(ContactMessageRefSchema, { maxItems: 100_000, description: 'Contact messages sent from this email, oldest first.' }),
    reviews: Type.Array(AdminReviewRefSchema, { maxItems: 100_000, description: 'Reviews written with this email, oldest first.' }),
    webhook_events: Type.Array(WebhookEventRefSchema, { maxItems: 100_000, description: 'Notifications whose payload carries this person\'s data (copies of the above).' }),
  }, { additionalProperties: false }),
}, {
  $id: 'DataSubjectExport',
  additionalProperties: false,
  description: 'Everything stored about one email address.',
  examples: [{
    data: {
      email: 'ada@example.org',
      contact_messages: [{
        id: '0b6f7c62-3c1e-4b9a-9d55-2f0d7c9a1e42',
        name: 'Ada Lovelace',
        email: 'ada@example.org',
        subject: 'Radiology internships',
        message: 'Hello! Do you offer internships in radiology for recent graduates?',
        article_slug: null,
        status: 'read',
        received_at: '2025-03-04T10:15:30.000Z',
        updated_at: '2025-03-05T08:00:00.000Z',
      }],
      reviews: [],
      webhook_events: [],
    },
  }],
})
export type DataSubjectExport = Static<typeof DataSubjectExportSchema>['data']

export const ErasedCountsSchema = Type.Object({
  contact_messages: count('Contact messages erased.'),
  reviews: count('Reviews erased.'),
  webhook_events: count('Notification events erased (their payloads carried this person\'s data).'),
  webhook_deliveries: count('Delivery records of those events erased.'),
  idempotency_records: count('Stored responses to retried submissions erased.'),
}, { additionalProperties: false })
export type ErasedCounts = Static<typeof ErasedCountsSchema>

export const DataSubjectErasureSchema = Type.Object({
  data: Type.Object({
    email: Type.String({ maxLength: 254, description: 'The email as requested.', examples: ['ada@example.org'] }),
    erased: ErasedCountsSchema,
  }, { additionalProperties: false }),
}, {
  $id: 'DataSubjectErasure',
  additionalProperties: false,
  description: 'What was erased, per kind. Erasing again finds nothing: all counts 0.',
  examples: [{ data: { email: 'ada@example.org', erased: { contact_messages: 2, reviews: 0, webhook_events: 1, webhook_deliveries: 1, idempotency_records: 1 } } }],
})

export const privacySchemas = [DataSubjectRequestSchema, DataSubjectExportSchema, DataSubjectErasureSchema]
