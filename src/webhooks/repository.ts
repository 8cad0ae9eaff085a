// Outbox and delivery queries: fan-out of events to URLs, claiming due deliveries, recording attempts, the admin log.
// On PostgreSQL, add `.forUpdate().skipLocked()` to the claim query so several dispatchers can share the work;
// on SQLite the transaction alone serializes claims.
import { claimingRows } from '../db/dialect.js'
import { executeSql, preparedOf } from '../db/prepared.js'
import type { Executor } from '../db/schema.js'
import { writeInChunks } from '../db/chunked.js'
import { chunks } from '../base/chunks.js'
import { uuidV7 } from '../base/uuid.js'
import { emailHash } from '../base/email.js'
import type { WebhookDelivery, WebhookDeliveryAttempt, WebhookDeliveryStatus, WebhookEvent } from './schemas.js'

export interface ClaimedDelivery {
  id: number
  url: string
  /** Attempts made before this one. */
  attempts: number
  event: { id: string, type: string, created_at: string, payload: string }
}

export interface AttemptOutcome {
  startedAt: Date
  durationMs: number
  statusCode: number | null
  error: string | null
  succeeded: boolean
}

/** succeeded / failed (out of attempts) / retrying (scheduled again) / gone (deleted or settled meanwhile: nothing recorded). */
export type AttemptResult = 'succeeded' | 'failed' | 'retrying' | 'gone'

export interface DeliveryListOptions {
  status?: WebhookDeliveryStatus | undefined
  eventType?: string | undefined
  eventId?: string | undefined
  limit: number
  page: number
}

/** A change to announce, recorded in the transaction that makes it. */
export interface NewEvent {
  type: string
  /** The event's `data`: the subject as an admin sees it. */
  data: unknown
  /** What the event is about: its events are deleted with it (e.g. `{ type: 'review', id: 42 }`). */
  subject?: { type: string, id: string | number }
  /** The email of the person whose data the payload carries, so data-subject export/erase find the event. */
  email?: string
  now?: Date
  /** Stored as already fanned out (no receivers are configured): nothing will ever deliver it. */
  undelivered?: boolean
}

export interface DeletedEvents { webhook_events: number, webhook_deliveries: number }

export interface WebhookRepository {
  /** Record an event for delivery after commit; returns its id (sent as webhook-id). */
  insertEvent(event: NewEvent, trx?: Executor): Promise<string>
  /** Delete the events about these subjects (e.g. deleted contact messages), with their deliveries. */
  deleteEventsForSubjects(subjectType: string, subjectIds: string[], trx?: Executor): Promise<DeletedEvents>
  /** Events whose payload carries the personal data of the person with this email hash, oldest first. */
  listEventsForEmailHash(hash: string, trx?: Executor): Promise<WebhookEvent[]>
  deleteEventsForEmailHash(hash: string, trx?: Executor): Promise<DeletedEvents>
  /** Create a pending delivery per URL for up to `limit` events not yet fanned out; with no URLs, mark them all (no deliveries). Returns the events handled. */
  fanOut(urls: string[], now: Date, limit?: number): Promise<number>
  /** Lease up to `limit` due deliveries to these URLs for `leaseMs`, oldest due first. */
  claimDue(urls: string[], now: Date, limit: number, leaseMs: number): Promise<ClaimedDelivery[]>
  /** Record one attempt and settle or reschedule the delivery. */
  recordAttempt(delivery: ClaimedDelivery, outcome: AttemptOutcome, policy: { maxAttempts: number, retryAt: Date }): Promise<AttemptResult>
  /** Give a claim back untouched (the attempt was cut short by shutdown): the delivery is due again at once. */
  releaseClaim(delivery: ClaimedDelivery): Promise<void>
  /** When there is next something to do: now if events wait for fan-out, else the earliest due unleased delivery. */
  nextDueAt(urls: string[], now: Date): Promise<Date | undefined>
  listDeliveries(options: DeliveryListOptions): Promise<{ deliveries: WebhookDelivery[], total: number }>
  /** Retention: delete events created before `cutoff`, with their deliveries and attempts. */
  purgeEventsBefore(cutoff: Date): Promise<number>
}

function toEvent (row: { id: string, type: string, created_at: string, payload: string }): WebhookEvent {
  return { id: row.id, type: row.type, created_at: row.created_at, data: JSON.parse(row.payload) as Record<string, unknown> }
}

async function deleteEvents (trx: Executor, eventIds: string[]): Promise<DeletedEvents> {
  const webhook_deliveries = await writeInChunks(eventIds, async (ids) => {
    const row = await trx.selectFrom('webhook_deliveries').select((eb) => eb.fn.countAll<number>().as('n')).where('event_id', 'in', ids).executeTakeFirstOrThrow()
    return row.n
  })
  // Deliveries and their attempts go by ON DELETE CASCADE.
  const webhook_events = await writeInChunks(eventIds, async (ids) =>
    (await trx.deleteFrom('webhook_events').where('id', 'in', ids).executeTakeFirst()).numDeletedRows)
  return { webhook_events, webhook_deliveries }
}

/** Prepared inside the SQLite write batch (the form writes announce through it); elsewhere run as it is, without the query builder. */
const INSERT_EVENT_SQL = `INSERT INTO webhook_events (id, type, payload, subject_type, subject_id, subject_email_hash, created_at, fanned_out_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?)`

export function createWebhookRepository (db: Executor): WebhookRepository {
  return {
    async insertEvent ({ type, data, subject, email, now = new Date(), undelivered = false }, trx = db) {
      // Time-ordered: events written at one instant (one transaction announcing two changes) fan out, and get their
      // delivery ids, in the order written, as receivers expect, rather than in the order of random ids.
      const id = uuidV7()
      const row = [id, type, JSON.stringify(data), subject?.type ?? null, subject === undefined ? null : String(subject.id),
        email === undefined ? null : emailHash(email), now.toISOString(), undelivered ? now.toISOString() : null]
      const prepared = preparedOf(trx)
      if (prepared) prepared.run(INSERT_EVENT_SQL, ...row)
      else await executeSql(trx, INSERT_EVENT_SQL, row)
      return id
    },

    async deleteEventsForSubjects (subjectType, subjectIds, trx = db) {
      const eventIds: string[] = []
      for (const ids of chunks(subjectIds)) {
        const rows = await trx.selectFrom('webhook_events').select('id').where('subject_type', '=', subjectType).where('subject_id', 'in', ids).execute()
        eventIds.push(...rows.map((row) => row.id))
      }
      return deleteEvents(trx, eventIds)
    },

    async listEventsForEmailHash (hash, trx = db) {
      const rows = await trx.selectFrom('webhook_events').select(['id', 'type', 'created_at', 'payload'])
        .where('subject_email_hash', '=', hash).orderBy('created_at').orderBy('id').execute()
      return rows.map(toEvent)
    },

    async deleteEventsForEmailHash (hash, trx = db) {
      const rows = await trx.selectFrom('webhook_events').select('id').where('subject_email_hash', '=', hash).execute()
      return deleteEvents(trx, rows.map((row) => row.id))
    },

    async fanOut (urls, now, limit = 50) {
      const timestamp = now.toISOString()
      if (urls.length === 0) {
        // No receivers: the events are only marked, so receivers configured later never get them.
        const result = await db.updateTable('webhook_events').set({ fanned_out_at: timestamp }).where('fanned_out_at', 'is', null).executeTakeFirst()
        return Number(result.numUpdatedRows)
      }
      return db.transaction().execute(async (trx) => {
        // Several instances fan out at once: each takes events no other holds (SKIP LOCKED on PostgreSQL).
        const events = await claimingRows(trx.selectFrom('webhook_events').select('id')
          .where('fanned_out_at', 'is', null).orderBy('created_at').orderBy('id').limit(limit), trx, 'webhook_events').execute()
        if (events.length === 0) return 0
        const ids = events.map((event) => event.id)
        if (urls.length > 0) {
          await trx.insertInto('webhook_deliveries')
            .values(ids.flatMap((event_id) => urls.map((url) => ({
              event_id, url, status: 'pending' as const, next_attempt_at: timestamp, created_at: timestamp, updated_at: timestamp,
            }))))
            .onConflict((conflict) => conflict.columns(['event_id', 'url']).doNothing())
            .execute()
        }
        await trx.updateTable('webhook_events').set({ fanned_out_at: timestamp }).where('id', 'in', ids).execute()
        return ids.length
      })
    },

    async claimDue (urls, now, limit, leaseMs) {
      if (urls.length === 0 || limit <= 0) return []
      const timestamp = now.toISOString()
      return db.transaction().execute(async (trx) => {
        // Several dispatchers claim at once: each gets deliveries no other holds (SKIP LOCKED on PostgreSQL), then leases them.
        const rows = await claimingRows(trx.selectFrom('webhook_deliveries as d')
          .innerJoin('webhook_events as e', 'e.id', 'd.event_id')
          .select(['d.id', 'd.url', 'd.attempts', 'e.id as event_id', 'e.type', 'e.created_at', 'e.payload'])
          .where('d.status', '=', 'pending')
          .where('d.next_attempt_at', '<=', timestamp)
          .where('d.url', 'in', urls)
          .where((eb) => eb.or([eb('d.lease_expires_at', 'is', null), eb('d.lease_expires_at', '<=', timestamp)]))
          .orderBy('d.next_attempt_at').orderBy('d.id')
          .limit(limit), trx, 'd')
          .execute()
        if (rows.length === 0) return []
        await trx.updateTable('webhook_deliveries')
          .set({ lease_expires_at: new Date(now.getTime() + leaseMs).toISOString() })
          .where('id', 'in', rows.map((row) => row.id))
          .execute()
        return rows.map((row) => ({
          id: row.id,
          url: row.url,
          attempts: row.attempts,
          event: { id: row.event_id, type: row.type, created_at: row.created_at, payload: row.payload },
        }))
      })
    },

    async recordAttempt (delivery, outcome, { maxAttempts, retryAt }) {
      const attempt = delivery.attempts + 1
      const status: WebhookDeliveryStatus = outcome.succeeded ? 'succeeded' : attempt >= maxAttempts ? 'failed' : 'pending'
      const finishedAt = new Date(outcome.startedAt.getTime() + outcome.durationMs).toISOString()
      return db.transaction().execute(async (trx) => {
        const updated = await trx.updateTable('webhook_deliveries').set({
          status,
          attempts: attempt,
          next_attempt_at: status === 'pending' ? retryAt.toISOString() : null,
          lease_expires_at: null,
          last_status_code: outcome.statusCode,
          last_error: outcome.error,
          delivered_at: outcome.succeeded ? finishedAt : null,
          updated_at: finishedAt,
        })
          // Only the holder of this claim may record it: the row is unchanged since it was claimed.
          .where('id', '=', delivery.id).where('status', '=', 'pending').where('attempts', '=', delivery.attempts)
          .executeTakeFirst()
        if (Number(updated.numUpdatedRows) === 0) return 'gone'
        await trx.insertInto('webhook_delivery_attempts').values({
          delivery_id: delivery.id,
          attempt,
          started_at: outcome.startedAt.toISOString(),
          duration_ms: Math.max(0, Math.round(outcome.durationMs)),
          status_code: outcome.statusCode,
          error: outcome.error,
          succeeded: outcome.succeeded ? 1 : 0,
        }).execute()
        return status === 'pending' ? 'retrying' : status
      })
    },

    async releaseClaim (delivery) {
      await db.updateTable('webhook_deliveries').set({ lease_expires_at: null })
        .where('id', '=', delivery.id).where('status', '=', 'pending').where('attempts', '=', delivery.attempts)
        .execute()
    },

    async nextDueAt (urls, now) {
      const waiting = await db.selectFrom('webhook_events').select('id').where('fanned_out_at', 'is', null).limit(1).executeTakeFirst()
      if (waiting) return now
      if (urls.length === 0) return undefined
      const timestamp = now.toISOString()
      const row = await db.selectFrom('webhook_deliveries')
        .select((eb) => eb.fn.min('next_attempt_at').as('due'))
        .where('status', '=', 'pending')
        .where('url', 'in', urls)
        .where((eb) => eb.or([eb('lease_expires_at', 'is', null), eb('lease_expires_at', '<=', timestamp)]))
        .executeTakeFirst()
      return row?.due ? new Date(row.due) : undefined
    },

    async listDeliveries ({ status, eventType, eventId, limit, page }) {
      let filtered = db.selectFrom('webhook_deliveries as d').innerJoin('webhook_events as e', 'e.id', 'd.event_id')
      if (status) filtered = filtered.where('d.status', '=', status)
      if (eventType) filtered = filtered.where('e.type', '=', eventType)
      if (eventId) filtered = filtered.where('d.event_id', '=', eventId)
      const [rows, count] = await Promise.all([
        filtered.select([
          'd.id', 'd.event_id', 'e.type', 'd.url', 'd.status', 'd.attempts', 'd.next_attempt_at', 'd.delivered_at',
          'd.last_status_code', 'd.last_error', 'd.created_at', 'd.updated_at',
        ]).orderBy('d.created_at', 'desc').orderBy('d.id', 'desc').limit(limit).offset((page - 1) * limit).execute(),
        filtered.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
      ])
      const attemptsByDelivery = new Map<number, WebhookDeliveryAttempt[]>()
      if (rows.length > 0) {
        const attempts = await db.selectFrom('webhook_delivery_attempts')
          .select(['delivery_id', 'attempt', 'started_at', 'duration_ms', 'status_code', 'error', 'succeeded'])
          .where('delivery_id', 'in', rows.map((row) => row.id))
          .orderBy('delivery_id').orderBy('attempt').execute()
        for (const { delivery_id, succeeded, ...attempt } of attempts) {
          let list = attemptsByDelivery.get(delivery_id)
          if (!list) attemptsByDelivery.set(delivery_id, list = [])
          list.push({ ...attempt, succeeded: succeeded === 1 })
        }
      }
      return {
        total: Number(count.total),
        deliveries: rows.map((row) => ({
          id: row.id,
          event_id: row.event_id,
          event_type: row.type,
          url: row.url,
          status: row.status,
          attempt_count: row.attempts,
          next_attempt_at: row.next_attempt_at,
          delivered_at: row.delivered_at,
          last_status_code: row.last_status_code,
          last_error: row.last_error,
          created_at: row.created_at,
          updated_at: row.updated_at,
          attempts: attemptsByDelivery.get(row.id) ?? [],
        })),
      }
    },

    async purgeEventsBefore (cutoff) {
      const result = await db.deleteFrom('webhook_events').where('created_at', '<', cutoff.toISOString()).executeTakeFirst()
      return Number(result.numDeletedRows)
    },
  }
}
