// Contact message queries: insertion and the duplicate window, the inbox, and lookups by email hash and age.
import { sql } from 'kysely'
import type { Executor } from '../db/schema.js'
import { writeInChunks } from '../db/chunked.js'
import { executeSql, MAX_INSERT_ATTEMPTS, preparedOf } from '../db/prepared.js'
import { emailHash, normalizeEmail } from '../base/email.js'
import { sha256 } from '../base/hash.js'
import type { ContactMessage, ContactMessageStatus } from './schemas.js'

export interface ContactListOptions {
  statuses: ContactMessageStatus[]
  q?: string | undefined
  limit: number
  page: number
}

export interface ContactRepository {
  /**
   * Stores the message unless one with the same dedupe key was received after `since` (spam copies count only when
   * `includeSpam`): then returns the earliest such one instead. The caller holds the key's lock (`lockKeys`).
   */
  insertUnlessDuplicate(message: ContactMessage, extra: DuplicateWindow & { articleId: number | null }, trx: Executor): Promise<{ id: string, received_at: string } | undefined>
  list(options: ContactListOptions, trx?: Executor): Promise<{ messages: ContactMessage[], total: number }>
  find(id: string, trx?: Executor): Promise<ContactMessage | undefined>
  updateStatus(id: string, status: ContactMessageStatus, now?: Date, trx?: Executor): Promise<ContactMessage | undefined>
  /** Deletes these messages; returns how many there were. */
  removeMany(ids: string[], trx?: Executor): Promise<number>
  /** Messages sent from this email (by hash), oldest first. */
  listForEmailHash(hash: string, trx?: Executor): Promise<ContactMessage[]>
  idsForEmailHash(hash: string, trx?: Executor): Promise<string[]>
  idsReceivedBefore(cutoff: Date, trx?: Executor): Promise<string[]>
}

/** Which earlier messages make a new one a duplicate: those with its dedupe key received after `since`, spam only when `includeSpam`. */
export interface DuplicateWindow {
  dedupeKey: string
  since: Date
  includeSpam: boolean
}

/** Identifies "the same message from the same email". */
export function dedupeKey (email: string, message: string): string {
  return sha256(`dedupe:${normalizeEmail(email)}\n${message}`)
}

/** `%`, `_` and the escape character itself match literally. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`)

// The hot statements: prepared inside the SQLite write batch; elsewhere (PostgreSQL) the check and the insert are one
// statement, one round trip, run after the key's lock was granted, so it sees a twin committed meanwhile.
const COLUMNS = 'id, name, email, email_hash, subject, message, article_id, status, dedupe_key, received_at, updated_at'
/** The earlier copies that make a message a duplicate: spam ones only for a spam message (two parameters: key, since). */
const IN_WINDOW = { withSpam: 'dedupe_key = ? AND received_at > ?', withoutSpam: "dedupe_key = ? AND received_at > ? AND status != 'spam'" }
const bySpam = (sql: (inWindow: string) => string) => ({ withSpam: sql(IN_WINDOW.withSpam), withoutSpam: sql(IN_WINDOW.withoutSpam) })
const FIND_DUPLICATE_SQL = bySpam((inWindow) => `SELECT id, received_at FROM contact_messages WHERE ${inWindow} ORDER BY received_at, id LIMIT 1`)
const INSERT_SQL = `INSERT INTO contact_messages (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
const INSERT_UNLESS_DUPLICATE_SQL = bySpam((inWindow) =>
  `INSERT INTO contact_messages (${COLUMNS}) SELECT ?, ?, ?, ?, ?, ?, CAST(? AS integer), ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM contact_messages WHERE ${inWindow})`)

export function createContactRepository (db: Executor): ContactRepository {
  const messages = (trx: Executor) => trx.selectFrom('contact_messages as m').leftJoin('articles as a', 'a.id', 'm.article_id')
  const columns = [
    'm.id', 'm.name', 'm.email', 'm.subject', 'm.message', 'a.slug as article_slug', 'm.status', 'm.received_at', 'm.updated_at',
  ] as const

  return {
    async insertUnlessDuplicate (message, { articleId, dedupeKey, since, includeSpam }, trx) {
      const spam = includeSpam ? 'withSpam' : 'withoutSpam'
      const window = [dedupeKey, since.toISOString()]
      const row = [message.id, message.name, message.email, emailHash(message.email), message.subject, message.message,
        articleId, message.status, dedupeKey, message.received_at, message.updated_at]
      const prepared = preparedOf(trx)
      if (prepared) {
        const duplicate = prepared.get<{ id: string, received_at: string }>(FIND_DUPLICATE_SQL[spam], ...window)
        if (!duplicate) prepared.run(INSERT_SQL, ...row)
        return duplicate
      }
      // Refused means an earlier copy was there. Twins wait for the key's lock, but an admin may mark that copy as spam or
      // erase it before the lookup below: then there is none to answer with, and the insert runs again.
      for (let attempt = 1; ; attempt++) {
        const { changes } = await executeSql(trx, INSERT_UNLESS_DUPLICATE_SQL[spam], [...row, ...window])
        if (changes === 1) return undefined
        const { rows: [duplicate] } = await executeSql<{ id: string, received_at: string }>(trx, FIND_DUPLICATE_SQL[spam], window)
        if (duplicate) return duplicate
        if (attempt === MAX_INSERT_ATTEMPTS) throw new Error(`contact message neither stored nor found as a duplicate in ${attempt} attempts`)
      }
    },

    async list ({ statuses, q, limit, page }, trx = db) {
      let filtered = messages(trx).where('m.status', 'in', statuses)
      if (q) {
        const pattern = `%${escapeLike(q)}%`
        // lower() on both sides: case-insensitive on SQLite (ASCII) and PostgreSQL alike.
        filtered = filtered.where((eb) => eb.or((['m.name', 'm.email', 'm.subject', 'm.message'] as const).map((column) =>
          sql<boolean>`lower(${sql.ref(column)}) like lower(${pattern}) escape '\\'`)))
      }
      const [rows, count] = await Promise.all([
        filtered.select(columns).orderBy('m.received_at', 'desc').orderBy('m.id', 'desc')
          .limit(limit).offset((page - 1) * limit).execute(),
        filtered.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
      ])
      return { messages: rows, total: Number(count.total) }
    },

    async find (id, trx = db) {
      return messages(trx).select(columns).where('m.id', '=', id).executeTakeFirst()
    },

    async updateStatus (id, status, now = new Date(), trx = db) {
      await trx.updateTable('contact_messages').set({ status, updated_at: now.toISOString() })
        .where('id', '=', id).where('status', '!=', status).execute()
      return this.find(id, trx)
    },

    async removeMany (ids, trx = db) {
      return writeInChunks(ids, async (chunk) => (await trx.deleteFrom('contact_messages').where('id', 'in', chunk).executeTakeFirst()).numDeletedRows)
    },

    async listForEmailHash (hash, trx = db) {
      return messages(trx).select(columns).where('m.email_hash', '=', hash).orderBy('m.received_at').orderBy('m.id').execute()
    },

    async idsForEmailHash (hash, trx = db) {
      return (await trx.selectFrom('contact_messages').select('id').where('email_hash', '=', hash).execute()).map((row) => row.id)
    },

    async idsReceivedBefore (cutoff, trx = db) {
      return (await trx.selectFrom('contact_messages').select('id').where('received_at', '<', cutoff.toISOString()).execute()).map((row) => row.id)
    },
  }
}
