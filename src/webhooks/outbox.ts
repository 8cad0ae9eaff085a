// Transactional outbox: a feature records an event in the same transaction as the change it announces;
// the dispatcher delivers it after commit. A rolled-back change therefore never announces anything,
// and a committed one is always announced (at least once), even across restarts.
import { randomUUID } from 'node:crypto'
import { EventEmitter } from 'node:events'
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema.js'
import { emailHash } from '../privacy/email.js'
import type { WebhookEventData, WebhookEventType } from './schemas.js'

export interface EnqueueEventOptions {
  /** What the event is about: its events are deleted with it (e.g. `{ type: 'review', id: 42 }`). */
  subject?: { type: string, id: string | number }
  /** The email of the person whose data the payload carries, so data-subject export/erase find the event. */
  email?: string
  now?: Date
}

/**
 * In-process hint that an event was written, so the dispatcher looks at once instead of at its next poll.
 * Only a hint: the dispatcher also polls, which covers events written by other processes.
 */
export const outboxActivity = new EventEmitter()
outboxActivity.setMaxListeners(0)

/**
 * Record `type` with `data` inside the caller's transaction; returns the event id (sent as Webhook-Id).
 * Call it with the transaction that makes the change, e.g. `db.transaction().execute((trx) => { ...; await enqueueEvent(trx, ...) })`.
 */
export async function enqueueEvent<T extends WebhookEventType> (
  trx: Kysely<Database>,
  type: T,
  data: WebhookEventData[T],
  options: EnqueueEventOptions = {},
): Promise<string> {
  const id = randomUUID()
  await trx.insertInto('webhook_events').values({
    id,
    type,
    payload: JSON.stringify(data),
    subject_type: options.subject?.type ?? null,
    subject_id: options.subject === undefined ? null : String(options.subject.id),
    subject_email_hash: options.email === undefined ? null : emailHash(options.email),
    created_at: (options.now ?? new Date()).toISOString(),
    fanned_out_at: null,
  }).execute()
  outboxActivity.emit('enqueued')
  return id
}
