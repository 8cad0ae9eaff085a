// Webhook signatures by the Standard Webhooks specification (https://www.standardwebhooks.com), with its reference
// library: receivers verify with the `standardwebhooks` package of their language and the same whsec_ secret.
import { Webhook } from 'standardwebhooks'

/** Request headers of a delivery: the three the specification signs with, and two for receivers' convenience. */
export const WEBHOOK_HEADERS = {
  id: 'webhook-id',
  timestamp: 'webhook-timestamp',
  signature: 'webhook-signature',
  event: 'webhook-event',
  attempt: 'webhook-attempt',
} as const

/** How deliveries are signed, in the words the OpenAPI document and the README use. */
export const SIGNATURE_SCHEME = 'webhook-signature is `v1,` followed by the base64 HMAC-SHA256, keyed with the base64-decoded part of ' +
  // eslint-disable-next-line no-template-curly-in-string -- the text shows receivers the template of the signed content
  'WEBHOOK_SECRET after `whsec_`, of `${webhook-id}.${webhook-timestamp}.${raw body}` (Standard Webhooks). While secrets are rotated, ' +
  'WEBHOOK_SECRET lists several and the header carries one signature per secret, separated by spaces: accept the request when any of them matches.'

/** Signs with every secret given (the new one and, during a rotation, the old ones): the webhook-signature value. */
export function createWebhookSigner (secrets: readonly string[]) {
  const signers = secrets.map((secret) => new Webhook(secret))
  return (id: string, timestamp: Date, body: string): string => signers.map((signer) => signer.sign(id, timestamp, body)).join(' ')
}
