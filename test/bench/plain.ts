// The plain durable baseline of the write benchmarks (issue 22): the contact and review POSTs done plainly, with the
// same durable job as the app and nothing else — its own database (DATABASE_PATH or DATABASE_URL), migrated with the
// app's own migrations (same tables, indexes and triggers), one published article to review.
//   SQLite: better-sqlite3 prepared statements, WAL, synchronous=FULL, one transaction per event-loop turn (group
//   commit: the writes that arrived while the previous COMMIT ran form the next batch), each client answered after
//   COMMIT. PostgreSQL: pg with a pool, one transaction per write, concurrently (PostgreSQL's own group commit), the
//   same statements, prepared per connection (named queries), with the app's advisory lock per duplicate key.
// Per contact message: the duplicate-window lookup, the message row, its outbox event. Per review: the article lookup,
// the duplicate check, the review row, its outbox event(s). Keys and hashes are computed as the app computes them.
import { createHmac, randomBytes, randomUUID } from 'node:crypto'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import pg from 'pg'
import { emailHash, normalizeEmail } from '../../src/base/email.js'
import { sha256 } from '../../src/base/hash.js'
import { migrationsDir } from '../../src/base/paths.js'
import { uuidV7 } from '../../src/base/uuid.js'
import { SQLITE_PRAGMAS } from '../../src/db/connection.js'
import { ADVISORY_LOCKS } from '../../src/db/dialect.js'
import { migrate, migratePostgres } from '../../src/db/migrate.js'

/** The app's windows (src/contact/service.ts, src/reviews/repository.ts). */
const CONTACT_WINDOW_MS = 10 * 60 * 1000
const REVIEW_WINDOW_MS = 24 * 60 * 60 * 1000

export interface ContactFields { name?: string, email: string, subject?: string, message: string, _gotcha?: string }
export interface ReviewFields { author_name: string, email?: string, rating: number, title?: string, body: string, website?: string }
export interface ContactReceipt { id: string, status: 'received', received_at: string }
export interface PublicReview { id: number, article_slug: string, author_name: string, rating: number, title: string | null, body: string, status: string, created_at: string }
export type ReviewOutcome = { outcome: 'created', review: PublicReview } | { outcome: 'duplicate' } | { outcome: 'no-article' }

/** Commits since the last call: transactions, writes in them, the largest batch. */
export interface PlainStats { batches: number, writes: number, max_batch: number }

export interface PlainStore {
  contact(fields: ContactFields, now: Date): Promise<ContactReceipt>
  review(slug: string, fields: ReviewFields, ip: string, now: Date): Promise<ReviewOutcome>
  stats(): PlainStats
  close(): Promise<void>
}

const SQL = {
  article: "SELECT id FROM articles WHERE slug = $1 AND status = 'published'",
  contactDuplicate: "SELECT id, received_at FROM contact_messages WHERE dedupe_key = $1 AND received_at > $2 AND status <> 'spam' ORDER BY received_at, id LIMIT 1",
  contactInsert: 'INSERT INTO contact_messages (id, name, email, email_hash, subject, message, article_id, status, dedupe_key, received_at, updated_at) ' +
    'VALUES ($1, $2, $3, $4, $5, $6, NULL, $7, $8, $9, $9)',
  reviewDuplicate: 'SELECT id FROM reviews WHERE article_id = $1 AND body_hash = $2 AND created_at > $3 AND (ip_hash = $4 OR email = $5) LIMIT 1',
  reviewInsert: 'INSERT INTO reviews (article_id, author_name, email, rating, title, body, status, ip_hash, body_hash, created_at, updated_at) ' +
    'VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id',
  eventInsert: 'INSERT INTO webhook_events (id, type, payload, subject_type, subject_id, subject_email_hash, created_at, fanned_out_at) ' +
    'VALUES ($1, $2, $3, $4, $5, $6, $7, NULL)',
  lock: 'SELECT pg_advisory_xact_lock($1, hashtext($2))',
}
type Statement = keyof typeof SQL
/** better-sqlite3 binds a parameter used twice by name: `$1` becomes `@p1`, bound from { p1: values[0], … }. */
const sqliteText = (text: string) => text.replace(/\$(\d+)/g, '@p$1')
const sqliteValues = (values: unknown[]) => Object.fromEntries(values.map((value, index) => [`p${index + 1}`, value]))

type Rows = Array<Record<string, unknown>>
/** A write's work: it yields each statement to run (with its values) and gets its rows back, then returns the answer. */
type Work<T> = Generator<[Statement, unknown[]], T, Rows>

/**
 * The write logic, the same on both engines, as generators of statements: SQLite's group commit runs them
 * synchronously inside its batch, PostgreSQL's transactions one statement at a time on the write's own connection.
 */
function writes (transaction: <T>(work: () => Work<T>) => Promise<T>, reviewStatus: string) {
  const ipKey = randomBytes(32).toString('hex')
  const event = (type: string, data: object, subject: [string, string], hashedEmail: string | null, at: string): [Statement, unknown[]] =>
    ['eventInsert', [uuidV7(), type, JSON.stringify(data), subject[0], subject[1], hashedEmail, at]]
  return {
    contact (fields: ContactFields, now: Date): Promise<ContactReceipt> {
      const key = sha256(`dedupe:${normalizeEmail(fields.email)}\n${fields.message}`)
      const at = now.toISOString()
      const since = new Date(now.getTime() - CONTACT_WINDOW_MS).toISOString()
      const spam = Boolean(fields._gotcha)
      return transaction(function * (): Work<ContactReceipt> {
        yield ['lock', [ADVISORY_LOCKS.keys, `contact:${key}`]]
        const [duplicate] = yield ['contactDuplicate', [key, since]]
        if (duplicate) return { id: duplicate.id as string, status: 'received', received_at: duplicate.received_at as string }
        const message = { id: randomUUID(), name: fields.name || null, email: fields.email, subject: fields.subject || null, message: fields.message, article_slug: null, status: spam ? 'spam' : 'new', received_at: at, updated_at: at }
        const hashedEmail = emailHash(message.email)
        yield ['contactInsert', [message.id, message.name, message.email, hashedEmail, message.subject, message.message, message.status, key, at]]
        if (!spam) yield event('message.received', message, ['contact_message', message.id], hashedEmail, at)
        return { id: message.id, status: 'received', received_at: at }
      })
    },

    review (slug: string, fields: ReviewFields, ip: string, now: Date): Promise<ReviewOutcome> {
      const ipHash = createHmac('sha256', ipKey).update(ip).digest('hex')
      const bodyHash = sha256(fields.body.toLowerCase().replace(/\s+/g, ' ').trim())
      const email = fields.email ? normalizeEmail(fields.email) : null
      const at = now.toISOString()
      const since = new Date(now.getTime() - REVIEW_WINDOW_MS).toISOString()
      const status = fields.website ? 'spam' : reviewStatus
      return transaction(function * (): Work<ReviewOutcome> {
        const [article] = yield ['article', [slug]]
        if (!article) return { outcome: 'no-article' }
        const articleId = Number(article.id)
        yield ['lock', [ADVISORY_LOCKS.keys, `review:${articleId}:${bodyHash}`]]
        if ((yield ['reviewDuplicate', [articleId, bodyHash, since, ipHash, email]]).length > 0) return { outcome: 'duplicate' }
        const [row] = yield ['reviewInsert', [articleId, fields.author_name, email, fields.rating, fields.title || null, fields.body, status, ipHash, bodyHash, at]]
        const stored = { id: Number(row!.id), article_slug: slug, author_name: fields.author_name, email, rating: fields.rating, title: fields.title || null, body: fields.body, status, created_at: at, updated_at: at }
        const hashedEmail = email === null ? null : emailHash(email)
        if (status !== 'spam') yield event('review.created', stored, ['review', String(stored.id)], hashedEmail, at)
        if (status === 'approved') yield event('review.approved', stored, ['review', String(stored.id)], hashedEmail, at)
        const { email: _email, updated_at: _updated, ...review } = stored
        return { outcome: 'created', review: { ...review, status: fields.website ? reviewStatus : status } }
      })
    },
  }
}

/** The row the reviews belong to (the articles table's required columns only). */
const ARTICLE = 'INSERT INTO articles (slug, title, excerpt, status, published_at, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5, $5)'
const articleValues = (slug: string) => [slug, 'Plain baseline article', 'Reviews of the plain baseline go here.', 'published', new Date().toISOString()]

interface Job { work: () => Work<unknown>, resolve: (value: unknown) => void, reject: (error: unknown) => void }

export function openSqlitePlain (path: string, slug: string, reviewStatus: string): PlainStore {
  const sqlite = new SQLite(path)
  // The app's settings.
  for (const pragma of SQLITE_PRAGMAS) sqlite.pragma(pragma)
  migrate(sqlite, migrationsDir)
  sqlite.prepare(sqliteText(ARTICLE)).run(sqliteValues(articleValues(slug)))
  const statements = Object.fromEntries(Object.entries(SQL).filter(([name]) => name !== 'lock')
    .map(([name, text]) => [name, sqlite.prepare(sqliteText(text))])) as Record<Exclude<Statement, 'lock'>, SQLite.Statement>
  const begin = sqlite.prepare('BEGIN')
  const commit = sqlite.prepare('COMMIT')
  const rollback = sqlite.prepare('ROLLBACK')
  /** Runs a write's statements to its end, synchronously. */
  function run (work: Work<unknown>): unknown {
    let step = work.next()
    while (!step.done) {
      const [name, values] = step.value
      // One writer: the lock is PostgreSQL's only.
      const statement = name === 'lock' ? undefined : statements[name]
      const bound = sqliteValues(values)
      step = work.next(statement === undefined ? [] : statement.reader ? statement.all(bound) as Rows : (statement.run(bound), []))
    }
    return step.value
  }

  let pending: Job[] = []
  let stats: PlainStats = { batches: 0, writes: 0, max_batch: 0 }
  /** Every write queued in this event-loop turn, in one transaction; each one answered once it is committed. */
  function flush () {
    const batch = pending
    pending = []
    const results: unknown[] = []
    try {
      begin.run()
      // Checks come before inserts: a write does not fail alone; if one throws all the batch is undone and refused.
      for (const job of batch) results.push(run(job.work()))
      commit.run()
    } catch (error) {
      if (sqlite.inTransaction) rollback.run()
      for (const job of batch) job.reject(error)
      return
    }
    stats = { batches: stats.batches + 1, writes: stats.writes + batch.length, max_batch: Math.max(stats.max_batch, batch.length) }
    batch.forEach((job, index) => job.resolve(results[index]))
  }
  const transaction = <T> (work: () => Work<T>): Promise<T> => new Promise<T>((resolve, reject) => {
    if (pending.length === 0) setImmediate(flush)
    pending.push({ work, resolve: resolve as (value: unknown) => void, reject })
  })
  return {
    ...writes(transaction, reviewStatus),
    stats () { const taken = stats; stats = { batches: 0, writes: 0, max_batch: 0 }; return taken },
    async close () { sqlite.close() },
  }
}

export async function openPostgresPlain (url: string, poolMax: number, slug: string, reviewStatus: string): Promise<PlainStore> {
  const pool = new pg.Pool({ connectionString: url, max: poolMax, connectionTimeoutMillis: 10_000 })
  pool.on('error', () => undefined)
  await migratePostgres(pool, join(migrationsDir, 'postgres'))
  await pool.query(ARTICLE, articleValues(slug))
  let stats: PlainStats = { batches: 0, writes: 0, max_batch: 0 }
  async function transaction<T> (work: () => Work<T>): Promise<T> {
    const client = await pool.connect()
    try {
      await client.query('BEGIN')
      const steps = work()
      let step = steps.next()
      while (!step.done) {
        const [name, values] = step.value
        step = steps.next((await client.query({ name: `plain_${name}`, text: SQL[name], values })).rows as Rows)
      }
      await client.query('COMMIT')
      stats = { batches: stats.batches + 1, writes: stats.writes + 1, max_batch: 1 }
      return step.value
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined)
      throw error
    } finally {
      client.release()
    }
  }
  return {
    ...writes(transaction, reviewStatus),
    stats () { const taken = stats; stats = { batches: 0, writes: 0, max_batch: 0 }; return taken },
    close: () => pool.end(),
  }
}
