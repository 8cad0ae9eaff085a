// Webhook signatures: HMAC-SHA256 over the timestamp followed by the body (`${timestamp}${body}`), sent as `Webhook-Signature: v1=<hex>`.
import { createHmac, timingSafeEqual } from 'node:crypto'

export const WEBHOOK_HEADERS = {
  id: 'webhook-id',
  timestamp: 'webhook-timestamp',
  signature: 'webhook-signature',
  event: 'webhook-event',
  attempt: 'webhook-attempt',
} as const

/** `v1=` + hex HMAC-SHA256(secret, timestamp + body): the decimal Unix-seconds timestamp immediately followed by the raw body. */
export function signWebhook (secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}${body}`).digest('hex')}`
}

/** What a receiver does: recompute, compare in constant time, and refuse stale timestamps (replays). */
export function verifyWebhook (secret: string, headers: { timestamp: string | undefined, signature: string | undefined }, body: string,
  { toleranceSeconds = 300, now = Date.now() }: { toleranceSeconds?: number, now?: number } = {}): boolean {
  const timestamp = Number(headers.timestamp)
  if (!headers.signature || !Number.isInteger(timestamp) || Math.abs(now / 1000 - timestamp) > toleranceSeconds) return false
  const expected = Buffer.from(signWebhook(secret, timestamp, body))
  const presented = Buffer.from(headers.signature.trim())
  return presented.length === expected.length && timingSafeEqual(presented, expected)
}
