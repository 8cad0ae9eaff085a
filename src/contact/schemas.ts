// Contact message schemas: what the public form accepts, what the sender gets back, and the admin inbox.
import { Type, type Static } from '@sinclair/typebox'
import { PaginationSchema, PageQuerySchema, Ref, SlugSchema, StringEnum, TimestampSchema, descriptionWithExample, limitQuery } from '../http/schemas.js'

export const CONTACT_MESSAGE_STATUSES = ['new', 'read', 'archived', 'spam'] as const
export type ContactMessageStatus = typeof CONTACT_MESSAGE_STATUSES[number]

export const ContactMessageStatusSchema = StringEnum(CONTACT_MESSAGE_STATUSES, {
  $id: 'ContactMessageStatus',
  maxLength: 10,
  // No `examples`: the enum lists the values, and an optional query parameter refers to it (see descriptionWithExample).
  description: 'Inbox state: new (unread), read, archived, or spam (the honeypot was filled, or marked so by an admin).',
})

export const ContactMessageIdSchema = Type.String({
  $id: 'ContactMessageId',
  format: 'uuid',
  maxLength: 36,
  description: 'Contact message identifier (a UUID).',
  examples: ['0b6f7c62-3c1e-4b9a-9d55-2f0d7c9a1e42'],
})

const EXAMPLE_ID = '0b6f7c62-3c1e-4b9a-9d55-2f0d7c9a1e42'
const EXAMPLE_TIME = '2025-03-04T10:15:30.000Z'
const EXAMPLE_MESSAGE = 'Hello! Do you offer internships in radiology for recent graduates?'

export const CreateContactMessageSchema = Type.Object({
  name: Type.Optional(Type.String({ maxLength: 100, description: 'Sender name. Optional; empty means none. Line breaks and runs of spaces become one space.', examples: ['Ada Lovelace'] })),
  email: Type.String({ minLength: 1, maxLength: 254, format: 'email', description: 'Where to reply. Required. Surrounding whitespace is ignored.', examples: ['ada@example.org'] }),
  message: Type.String({ minLength: 1, maxLength: 5000, description: 'The message, 1–5000 characters. Required. Surrounding whitespace is ignored.', examples: [EXAMPLE_MESSAGE] }),
  subject: Type.Optional(Type.String({ maxLength: 150, description: 'Subject line. Optional; empty means none.', examples: ['Radiology internships'] })),
  article_slug: Type.Optional(Type.String({
    maxLength: 200,
    pattern: '^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$',
    description: 'Slug of the published article the form was on. Optional; empty means none; an unknown slug is a 400.',
    examples: ['from-training-to-employment-the-power-of-healthcare-internships'],
  })),
  _gotcha: Type.Optional(Type.String({
    maxLength: 5000,
    description: 'Honeypot: leave empty. Render it hidden from people (e.g. off-screen, `tabindex="-1"`, `autocomplete="off"`); ' +
      'a submission that fills it is answered like any other but stored as spam and announces nothing.',
    examples: [''],
  })),
  redirect: Type.Optional(Type.String({
    maxLength: 2000,
    description: 'Form posts (application/x-www-form-urlencoded) only: answer 303 See Other to this URL instead of 202. ' +
      'Must be on an origin listed in CONTACT_REDIRECT_ORIGINS, else 400. Validated but not used for JSON requests.',
    examples: ['https://www.example.org/contact/thanks'],
  })),
}, {
  $id: 'CreateContactMessage',
  additionalProperties: false,
  description: 'A contact form submission, as JSON or as an HTML form post. Unknown fields are ignored.',
  examples: [{
    name: 'Ada Lovelace',
    email: 'ada@example.org',
    subject: 'Radiology internships',
    message: EXAMPLE_MESSAGE,
    article_slug: 'from-training-to-employment-the-power-of-healthcare-internships',
  }],
})
export type CreateContactMessage = Static<typeof CreateContactMessageSchema>

export const IdempotencyKeyHeaderSchema = Type.Object({
  'idempotency-key': Type.Optional(Type.String({
    minLength: 1,
    maxLength: 255,
    pattern: '^[\\x21-\\x7E]+$',
    description: descriptionWithExample('Makes retries safe: the same key with the same body gets the same response and stores nothing new (for 24 hours); ' +
      'the same key with a different body is a 422. Use a fresh random value (e.g. a UUID) per message.', '5f1c2a7e-8d4b-4f7e-9a39-0c3f6f2b9d11'),
  })),
})

export const ContactReceiptSchema = Type.Object({
  data: Type.Object({
    id: Ref(ContactMessageIdSchema),
    status: Type.Literal('received', { description: 'The message is stored (committed) and will be read.' }),
    received_at: Ref(TimestampSchema),
  }, { additionalProperties: false }),
}, {
  $id: 'ContactReceipt',
  additionalProperties: false,
  description: 'Acknowledgement: the message is safely stored.',
  examples: [{ data: { id: EXAMPLE_ID, status: 'received', received_at: EXAMPLE_TIME } }],
})
export type ContactReceipt = Static<typeof ContactReceiptSchema>['data']

const nullableText = (maxLength: number, description: string, example: string) =>
  Type.Union([Type.String({ maxLength }), Type.Null()], { description, examples: [example] })

const EXAMPLE_STORED = {
  id: EXAMPLE_ID,
  name: 'Ada Lovelace',
  email: 'ada@example.org',
  subject: 'Radiology internships',
  message: EXAMPLE_MESSAGE,
  article_slug: 'from-training-to-employment-the-power-of-healthcare-internships',
  status: 'new',
  received_at: EXAMPLE_TIME,
  updated_at: EXAMPLE_TIME,
}

export const ContactMessageSchema = Type.Object({
  id: Ref(ContactMessageIdSchema),
  name: nullableText(100, 'Sender name, or null.', 'Ada Lovelace'),
  email: Type.String({ maxLength: 254, format: 'email', description: 'Sender email.', examples: ['ada@example.org'] }),
  subject: nullableText(150, 'Subject, or null.', 'Radiology internships'),
  message: Type.String({ maxLength: 5000, description: 'The message.', examples: [EXAMPLE_MESSAGE] }),
  article_slug: Type.Union([Ref(SlugSchema), Type.Null()], { description: 'The article the form was on, or null (none given, or the article was deleted).' }),
  status: Ref(ContactMessageStatusSchema),
  received_at: Ref(TimestampSchema),
  updated_at: Ref(TimestampSchema),
}, {
  $id: 'ContactMessage',
  additionalProperties: false,
  description: 'A stored contact message.',
  examples: [EXAMPLE_STORED],
})
export type ContactMessage = Static<typeof ContactMessageSchema>

export const ContactMessageEnvelopeSchema = Type.Object({ data: Ref(ContactMessageSchema) }, {
  $id: 'ContactMessageEnvelope',
  additionalProperties: false,
  examples: [{ data: { ...EXAMPLE_STORED, status: 'read', updated_at: '2025-03-05T08:00:00.000Z' } }],
})

export const ContactMessageListSchema = Type.Object({
  data: Type.Array(Ref(ContactMessageSchema), { maxItems: 100 }),
  meta: Type.Object({ pagination: Ref(PaginationSchema) }, { additionalProperties: false }),
}, {
  $id: 'ContactMessageList',
  additionalProperties: false,
  examples: [{ data: [EXAMPLE_STORED], meta: { pagination: { page: 1, limit: 20, pages: 1, total: 1, next: null, prev: null } } }],
})

export const ContactMessageListQuerySchema = Type.Object({
  status: Type.Optional(Type.Array(Ref(ContactMessageStatusSchema), {
    minItems: 1,
    maxItems: 4,
    description: descriptionWithExample('Only messages in these states (repeat the parameter for several). Absent: every state except spam.', 'new'),
  })),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: descriptionWithExample('Case-insensitive substring searched in name, email, subject and message.', 'radiology') })),
  limit: limitQuery(100, 20),
  page: PageQuerySchema,
}, { additionalProperties: false })

export const UpdateContactMessageSchema = Type.Object({
  status: Ref(ContactMessageStatusSchema),
}, { $id: 'UpdateContactMessage', additionalProperties: false, description: 'Triage: move a message to another state.', examples: [{ status: 'read' }] })

export const contactSchemas = [
  ContactMessageStatusSchema, ContactMessageIdSchema, CreateContactMessageSchema, ContactReceiptSchema, ContactMessageSchema,
  ContactMessageEnvelopeSchema, ContactMessageListSchema, UpdateContactMessageSchema,
]
