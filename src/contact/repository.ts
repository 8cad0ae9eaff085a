// Contact message queries: durable intake (idempotency, duplicates, outbox event in one transaction), inbox, erasure.
import { randomUUID } from 'node:crypto'
import { sql, type Kysely } from 'kysely'
import type { Database } from '../db/schema.js'
import {
  deleteIdempotencyRecordsFor, findIdempotencyRecord, saveIdempotencyRecord, sha256, type IdempotencyClaim,
} from '../idempotency/repository.js'
import { emailHash, normalizeEmail } from '../privacy/email.js'
import { enqueueEvent } from '../webhooks/outbox.js'
import { deleteEventsForSubjects } from '../webhooks/repository.js'
import type { ContactMessage, ContactMessageStatus, ContactReceipt } from './schemas.js'

/** The same message from the same email within this window is stored once. */
export const DUPLICATE_WINDOW_MS = 10 * 60 * 1000

/** Events about a contact message name it with this subject type. */
export const CONTACT_MESSAGE_SUBJECT = 'contact_message'

export interface NewContactMessage {
  name: string | null
  email: string
  subject: string | null
  message: string
  article: { id: number, slug: string } | null
  /** The honeypot was filled: stored with status spam, announced to nobody. */
  spam: boolean
}

export type ReceiveResult =
  | { outcome: 'created' | 'duplicate' | 'replayed', receipt: ContactReceipt }
  /** The Idempotency-Key was used before with a different request. */
  | { outcome: 'key-reused' }

export interface ContactListOptions {
  statuses: ContactMessageStatus[]
  q?: string | undefined
  limit: number
  page: number
}

export interface PurgeCounts { contact_messages: number, idempotency_records: number, webhook_events: number, webhook_deliveries: number }

export interface ContactRepository {
  /** The id of the published article with this slug. */
  publishedArticleId(slug: string): Promise<number | undefined>
  /** The stored answer for an Idempotency-Key, checked before rate limits so retries are not counted twice. */
  replay(claim: IdempotencyClaim, now?: Date): Promise<ReceiveResult | undefined>
  /** Store a message, or recognise a replay or a duplicate; resolves only after commit. */
  receive(message: NewContactMessage, options?: { idempotency?: IdempotencyClaim | undefined, now?: Date }): Promise<ReceiveResult>
  list(options: ContactListOptions): Promise<{ messages: ContactMessage[], total: number }>
  find(id: string): Promise<ContactMessage | undefined>
  updateStatus(id: string, status: ContactMessageStatus, now?: Date): Promise<ContactMessage | undefined>
  /** Delete a message with everything derived from it (its events and deliveries, idempotency records). */
  remove(id: string): Promise<boolean>
  /** Retention: delete messages received before `cutoff`, with everything derived from them. */
  purgeReceivedBefore(cutoff: Date): Promise<PurgeCounts>
}

/** Identifies "the same message from the same email". */
export function dedupeKey (email: string, message: string): string {
  return sha256(`dedupe:${normalizeEmail(email)}\n${message}`)
}

type MessageRow = Omit<ContactMessage, 'article_slug'> & { article_slug: string | null }

function messageQuery (db: Kysely<Database>) {
  return db.selectFrom('contact_messages as m')
    .leftJoin('articles as a', 'a.id', 'm.article_id')
}

function selectMessage (query: ReturnType<typeof messageQuery>) {
  return query.select([
    'm.id', 'm.name', 'm.email', 'm.subject', 'm.message', 'a.slug as article_slug', 'm.status', 'm.received_at', 'm.updated_at',
  ])
}

const toMessage = (row: MessageRow): ContactMessage => ({
  id: row.id,
  name: row.name,
  email: row.email,
  subject: row.subject,
  message: row.message,
  article_slug: row.article_slug,
  status: row.status,
  received_at: row.received_at,
  updated_at: row.updated_at,
})

/** `%`, `_` and the escape character itself match literally. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`)

async function deleteMessages (trx: Kysely<Database>, ids: string[]): Promise<PurgeCounts> {
  const idempotency_records = await deleteIdempotencyRecordsFor(trx, ids)
  const events = await deleteEventsForSubjects(trx, CONTACT_MESSAGE_SUBJECT, ids)
  let contact_messages = 0
  for (let start = 0; start < ids.length; start += 500) {
    const result = await trx.deleteFrom('contact_messages').where('id', 'in', ids.slice(start, start + 500)).executeTakeFirst()
    contact_messages += Number(result.numDeletedRows)
  }
  return { contact_messages, idempotency_records, ...events }
}

/** Data-subject export: every message sent from this email (by hash), oldest first. */
export async function contactMessagesForEmailHash (trx: Kysely<Database>, hash: string): Promise<ContactMessage[]> {
  const rows = await selectMessage(messageQuery(trx)).where('m.email_hash', '=', hash)
    .orderBy('m.received_at').orderBy('m.id').execute()
  return rows.map(toMessage)
}

/** Data-subject erasure: the messages and everything derived from them. */
export async function eraseContactMessagesForEmailHash (trx: Kysely<Database>, hash: string): Promise<PurgeCounts> {
  const rows = await trx.selectFrom('contact_messages').select('id').where('email_hash', '=', hash).execute()
  return deleteMessages(trx, rows.map((row) => row.id))
}

export function createContactRepository (db: Kysely<Database>): ContactRepository {
  async function find (id: string) {
    const row = await selectMessage(messageQuery(db)).where('m.id', '=', id).executeTakeFirst()
    return row ? toMessage(row) : undefined
  }

  function interpret (record: { request_hash: string, response: string }, claim: IdempotencyClaim): ReceiveResult {
    return record.request_hash === claim.requestHash
      ? { outcome: 'replayed', receipt: JSON.parse(record.response) as ContactReceipt }
      : { outcome: 'key-reused' }
  }

  return {
    async publishedArticleId (slug) {
      const row = await db.selectFrom('articles').select('id').where('slug', '=', slug).where('status', '=', 'published').executeTakeFirst()
      return row?.id
    },

    async replay (claim, now = new Date()) {
      const record = await findIdempotencyRecord(db, claim.scope, claim.keyHash, now)
      return record ? interpret(record, claim) : undefined
    },

    async receive (input, { idempotency, now = new Date() } = {}) {
      const timestamp = now.toISOString()
      const key = dedupeKey(input.email, input.message)
      // SQLite: Kysely runs the whole transaction on the single connection, so check-then-insert cannot interleave.
      // PostgreSQL: the idempotency primary key rejects a concurrent twin; the duplicate window needs
      // `pg_advisory_xact_lock(hashtext(dedupe_key))` first (a unique constraint cannot express a sliding window).
      return db.transaction().execute(async (trx): Promise<ReceiveResult> => {
        if (idempotency) {
          const record = await findIdempotencyRecord(trx, idempotency.scope, idempotency.keyHash, now)
          if (record) return interpret(record, idempotency)
        }
        const duplicate = await trx.selectFrom('contact_messages').select(['id', 'received_at'])
          .where('dedupe_key', '=', key)
          .where('received_at', '>', new Date(now.getTime() - DUPLICATE_WINDOW_MS).toISOString())
          // A genuine message is never folded into an earlier copy caught by the honeypot: that one is hidden as spam.
          .$if(!input.spam, (query) => query.where('status', '!=', 'spam'))
          .orderBy('received_at').orderBy('id').limit(1)
          .executeTakeFirst()
        let result: ReceiveResult
        if (duplicate) {
          result = { outcome: 'duplicate', receipt: { id: duplicate.id, status: 'received', received_at: duplicate.received_at } }
        } else {
          const id = randomUUID()
          const message: ContactMessage = {
            id,
            name: input.name,
            email: input.email,
            subject: input.subject,
            message: input.message,
            article_slug: input.article?.slug ?? null,
            status: input.spam ? 'spam' : 'new',
            received_at: timestamp,
            updated_at: timestamp,
          }
          await trx.insertInto('contact_messages').values({
            id,
            name: message.name,
            email: message.email,
            email_hash: emailHash(message.email),
            subject: message.subject,
            message: message.message,
            article_id: input.article?.id ?? null,
            status: message.status,
            dedupe_key: key,
            received_at: timestamp,
            updated_at: timestamp,
          }).execute()
          if (!input.spam) {
            await enqueueEvent(trx, 'message.received', message, { subject: { type: CONTACT_MESSAGE_SUBJECT, id }, email: message.email, now })
          }
          result = { outcome: 'created', receipt: { id, status: 'received', received_at: timestamp } }
        }
        if (idempotency) await saveIdempotencyRecord(trx, idempotency, result.receipt.id, result.receipt, now)
        return result
      })
    },

    async list ({ statuses, q, limit, page }) {
      let filtered = messageQuery(db).where('m.status', 'in', statuses)
      if (q) {
        const pattern = `%${escapeLike(q)}%`
        // lower() on both sides: case-insensitive on SQLite (ASCII) and PostgreSQL alike.
        filtered = filtered.where((eb) => eb.or((['m.name', 'm.email', 'm.subject', 'm.message'] as const).map((column) =>
          sql<boolean>`lower(${sql.ref(column)}) like lower(${pattern}) escape '\\'`)))
      }
      const [rows, count] = await Promise.all([
        selectMessage(filtered).orderBy('m.received_at', 'desc').orderBy('m.id', 'desc')
          .limit(limit).offset((page - 1) * limit).execute(),
        filtered.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
      ])
      return { messages: rows.map(toMessage), total: Number(count.total) }
    },

    find,

    async updateStatus (id, status, now = new Date()) {
      const result = await db.updateTable('contact_messages').set({ status, updated_at: now.toISOString() })
        .where('id', '=', id).where('status', '!=', status).executeTakeFirst()
      if (Number(result.numUpdatedRows) === 0 && !await find(id)) return undefined
      return find(id)
    },

    async remove (id) {
      const counts = await db.transaction().execute((trx) => deleteMessages(trx, [id]))
      return counts.contact_messages > 0
    },

    async purgeReceivedBefore (cutoff) {
      return db.transaction().execute(async (trx) => {
        const rows = await trx.selectFrom('contact_messages').select('id').where('received_at', '<', cutoff.toISOString()).execute()
        return deleteMessages(trx, rows.map((row) => row.id))
      })
    },
  }
}
