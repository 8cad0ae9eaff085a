// What subscribers receive, as OpenAPI 3.1 `webhooks`: one entry per event type, described by the code that signs.
import type { OpenAPIV3_1 } from 'openapi-types'
import { SIGNATURE_SCHEME, WEBHOOK_HEADERS } from './signature.js'
import type { WebhookEventDefinition } from './schemas.js'

const header = (name: string, description: string, example: string) => ({
  name, in: 'header' as const, required: true, description, schema: { type: 'string' as const, maxLength: 200, examples: [example] },
})

export function webhookOperations (events: readonly WebhookEventDefinition[]): Record<string, OpenAPIV3_1.PathItemObject> {
  return Object.fromEntries(events.map(({ type }) => [type, {
    post: {
      operationId: `receive_${type.replace('.', '_')}`,
      tags: ['Webhooks'],
      summary: `${type} notification`,
      description: 'POSTed to every URL in WEBHOOK_URLS after the change commits; retried with exponential backoff until a 2xx arrives ' +
        'or WEBHOOK_MAX_ATTEMPTS is reached. Delivery is at least once: de-duplicate on webhook-id. ' +
        `Verify before trusting, e.g. with the \`standardwebhooks\` library of your language: ${SIGNATURE_SCHEME} ` +
        'Refuse timestamps more than 5 minutes away from your clock.',
      parameters: [
        header(WEBHOOK_HEADERS.id, 'Event id, the same on every retry: de-duplicate on it.', '7d1e3b5a-2c4f-4e8a-b6d9-1f0a2c3e4b5d'),
        header(WEBHOOK_HEADERS.timestamp, 'Unix time (seconds) of this attempt; part of the signed content.', '1741083330'),
        header(WEBHOOK_HEADERS.signature, 'Space-separated `v1,<base64>` signatures, one per WEBHOOK_SECRET.', 'v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4='),
        header(WEBHOOK_HEADERS.event, 'The event type, as in the body.', type),
        header(WEBHOOK_HEADERS.attempt, 'Attempt number, from 1.', '1'),
      ],
      requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/WebhookEvent' } } } },
      responses: {
        200: { description: 'Any 2xx acknowledges the event.' },
        400: { description: 'Any other answer, or none within WEBHOOK_TIMEOUT_MS, is retried later.' },
      },
      security: [],
    },
  }]))
}
