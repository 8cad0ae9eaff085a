// Webhook schemas: event types, the signed payload receivers get, and the admin delivery log.
import { Type, type Static } from '@sinclair/typebox'
import { DescribedRef, DescribedRefTo, INT32_MAX, PaginationSchema, PageQuerySchema, Ref, StringEnum, TimestampSchema, descriptionWithExample, limitQuery } from '../http/schemas.js'

/** An event type a feature announces: handed to the webhooks feature by app.ts, so the catalogue is documented in one place. */
export interface WebhookEventDefinition {
  type: string
  /** When it is sent, e.g. 'a review was submitted'. */
  when: string
  /** What its `data` holds, e.g. 'the AdminReview (with the reviewer email)'. */
  data: string
}

/** Refers to the WebhookEventType component: the event types app.ts registered. */
const WebhookEventTypeRefSchema = Type.Unsafe<string>(Type.Ref('WebhookEventType'))

export const WebhookEventIdSchema = Type.String({
  $id: 'WebhookEventId',
  format: 'uuid',
  maxLength: 36,
  description: 'Event identifier (a UUID), also sent as the Webhook-Id header: the same on every retry, so receivers can de-duplicate.',
  examples: ['7d1e3b5a-2c4f-4e8a-b6d9-1f0a2c3e4b5d'],
})

const EXAMPLE_EVENT = {
  id: '7d1e3b5a-2c4f-4e8a-b6d9-1f0a2c3e4b5d',
  type: 'message.received',
  created_at: '2025-03-04T10:15:30.000Z',
  data: {
    id: '0b6f7c62-3c1e-4b9a-9d55-2f0d7c9a1e42',
    name: 'Ada Lovelace',
    email: 'ada@example.org',
    subject: 'Radiology internships',
    message: 'Hello! Do you offer internships in radiology for recent graduates?',
    article_slug: 'from-training-to-employment-the-power-of-healthcare-internships',
    status: 'new',
    received_at: '2025-03-04T10:15:30.000Z',
    updated_at: '2025-03-04T10:15:30.000Z',
  },
}

/** An event as stored and sent (the WebhookEvent component). */
export interface WebhookEvent { id: string, type: string, created_at: string, data: Record<string, unknown> }

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'succeeded', 'failed'] as const
export type WebhookDeliveryStatus = typeof WEBHOOK_DELIVERY_STATUSES[number]

export const WebhookDeliveryStatusSchema = StringEnum(WEBHOOK_DELIVERY_STATUSES, {
  $id: 'WebhookDeliveryStatus',
  maxLength: 10,
  // No `examples`: the enum lists the values, and an optional query parameter refers to it (see descriptionWithExample).
  description: 'pending: not yet delivered (a retry is scheduled); succeeded: a 2xx was received; failed: every attempt failed.',
})

const nullable = <T extends ReturnType<typeof Type.String> | ReturnType<typeof Type.Integer>>(schema: T, description: string, example: unknown) =>
  Type.Union([schema, Type.Null()], { description, examples: [example] })

export const WebhookDeliveryAttemptSchema = Type.Object({
  attempt: Type.Integer({ format: 'int32', minimum: 1, maximum: INT32_MAX, description: 'Attempt number, from 1.', examples: [1] }),
  started_at: Ref(TimestampSchema),
  duration_ms: Type.Integer({ format: 'int32', minimum: 0, maximum: INT32_MAX, description: 'Time until the response headers arrived, or until it failed.', examples: [42] }),
  status_code: nullable(Type.Integer({ format: 'int32', minimum: 100, maximum: 599 }), 'HTTP status received, or null when no response arrived.', 503),
  error: nullable(Type.String({ maxLength: 500 }), 'Why it failed, or null on success.', 'HTTP 503'),
  succeeded: Type.Boolean({ description: 'true when the receiver answered 2xx.' }),
}, { $id: 'WebhookDeliveryAttempt', additionalProperties: false })

const EXAMPLE_DELIVERY = {
  id: 12,
  event_id: EXAMPLE_EVENT.id,
  event_type: 'message.received',
  url: 'https://hooks.example.org/content-api',
  status: 'succeeded',
  attempt_count: 2,
  next_attempt_at: null,
  delivered_at: '2025-03-04T10:15:31.120Z',
  last_status_code: 200,
  last_error: null,
  created_at: '2025-03-04T10:15:30.010Z',
  updated_at: '2025-03-04T10:15:31.120Z',
  attempts: [
    { attempt: 1, started_at: '2025-03-04T10:15:30.020Z', duration_ms: 35, status_code: 503, error: 'HTTP 503', succeeded: false },
    { attempt: 2, started_at: '2025-03-04T10:15:31.080Z', duration_ms: 40, status_code: 200, error: null, succeeded: true },
  ],
}

export const WebhookDeliverySchema = Type.Object({
  id: Type.Integer({ format: 'int32', minimum: 1, maximum: INT32_MAX, description: 'Delivery identifier.', examples: [12] }),
  event_id: Ref(WebhookEventIdSchema),
  event_type: WebhookEventTypeRefSchema,
  url: Type.String({ maxLength: 2000, description: 'The receiving URL (one of WEBHOOK_URLS).', examples: ['https://hooks.example.org/content-api'] }),
  status: Ref(WebhookDeliveryStatusSchema),
  attempt_count: Type.Integer({ format: 'int32', minimum: 0, maximum: INT32_MAX, description: 'Attempts made so far.', examples: [3] }),
  next_attempt_at: Type.Union([Ref(TimestampSchema), Type.Null()], { description: 'When the next attempt is due (pending only), else null.' }),
  delivered_at: Type.Union([Ref(TimestampSchema), Type.Null()], { description: 'When a 2xx was received, else null.' }),
  last_status_code: nullable(Type.Integer({ format: 'int32', minimum: 100, maximum: 599 }), 'Status of the latest attempt, if it got a response.', 200),
  last_error: nullable(Type.String({ maxLength: 500 }), 'Why the latest attempt failed, or null.', null),
  created_at: Ref(TimestampSchema),
  updated_at: Ref(TimestampSchema),
  attempts: Type.Array(Ref(WebhookDeliveryAttemptSchema), { maxItems: 100, description: 'Every attempt, oldest first.' }),
}, {
  $id: 'WebhookDelivery',
  additionalProperties: false,
  description: 'One event sent to one URL, with every attempt made.',
  examples: [EXAMPLE_DELIVERY],
})
export type WebhookDelivery = Static<typeof WebhookDeliverySchema>
export type WebhookDeliveryAttempt = Static<typeof WebhookDeliveryAttemptSchema>

export const WebhookDeliveryListSchema = Type.Object({
  data: Type.Array(Ref(WebhookDeliverySchema), { maxItems: 100 }),
  meta: Type.Object({ pagination: Ref(PaginationSchema) }, { additionalProperties: false }),
}, {
  $id: 'WebhookDeliveryList',
  additionalProperties: false,
  examples: [{ data: [EXAMPLE_DELIVERY], meta: { pagination: { page: 1, limit: 20, pages: 1, total: 1, next: null, prev: null } } }],
})

export const WebhookDeliveryListQuerySchema = Type.Object({
  status: Type.Optional(DescribedRef(WebhookDeliveryStatusSchema, descriptionWithExample('Only deliveries with this status.', 'failed'))),
  event_type: Type.Optional(DescribedRefTo<string>('WebhookEventType', descriptionWithExample('Only deliveries of events of this type.', 'message.received'))),
  // Not the WebhookEventId component, which carries an example (for event bodies): this one is in the description.
  event_id: Type.Optional(Type.String({
    format: 'uuid',
    maxLength: 36,
    description: descriptionWithExample('Only deliveries of this event (its id, a UUID, as in the Webhook-Id header).', '7d1e3b5a-2c4f-4e8a-b6d9-1f0a2c3e4b5d'),
  })),
  limit: limitQuery(100, 20),
  page: PageQuerySchema,
}, { additionalProperties: false })

/** The enum of event types, and the event body whose `data` each type fills. */
function eventCatalogueSchemas (events: readonly WebhookEventDefinition[]) {
  const types = events.map((event) => event.type)
  const eventType = StringEnum(types, {
    $id: 'WebhookEventType',
    maxLength: 50,
    // No `examples`: the enum lists the values, and an optional query parameter refers to it (see descriptionWithExample).
    description: `${events.map((event) => `${event.type}: ${event.when}`).join('; ')}.`,
  })
  // Types sharing a payload are named together: "for a and b, the X".
  const byData = new Map<string, string[]>()
  for (const event of events) byData.set(event.data, [...byData.get(event.data) ?? [], event.type])
  const payloads = [...byData].map(([data, names]) => `for ${names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}` : names[0]!}, ${data}`)
  const event = Type.Object({
    id: Ref(WebhookEventIdSchema),
    type: WebhookEventTypeRefSchema,
    created_at: Ref(TimestampSchema),
    data: Type.Object({}, { additionalProperties: true, description: `The subject of the event: ${payloads.join('; ')}.` }),
  }, {
    $id: 'WebhookEvent',
    additionalProperties: false,
    description: 'The JSON body POSTed to every URL in WEBHOOK_URLS. Verify the webhook-signature header before trusting it.',
    examples: [EXAMPLE_EVENT],
  })
  return [eventType, event]
}

/** Every webhooks schema, for the event types the features announce. */
export const webhookSchemas = (events: readonly WebhookEventDefinition[]) => {
  const [eventType, event] = eventCatalogueSchemas(events)
  return [eventType!, WebhookEventIdSchema, event!, WebhookDeliveryStatusSchema, WebhookDeliveryAttemptSchema, WebhookDeliverySchema, WebhookDeliveryListSchema]
}
