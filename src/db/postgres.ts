// PostgreSQL (DATABASE_URL): a bounded pg pool under Kysely's PostgresDialect, with the conversions that make rows
// come back as they do from SQLite (numbers as numbers), advisory locks, and the content-version check. The driver (pg)
// is loaded when the pool is first used, so a server on SQLite never loads it.
import { join } from 'node:path'
import { Kysely, PostgresDialect } from 'kysely'
import type pg from 'pg'
import { loadOnFirstUse } from '../base/lazy.js'
import { ADVISORY_LOCKS } from './dialect.js'
import type { DatabaseHandle } from './handle.js'
import { migratePostgres, pendingPostgresMigrations } from './migrate.js'
import type { Database } from './schema.js'

// count(*) and sum() are bigint, avg() numeric: pg hands both over as strings, SQLite as numbers. Every count and
// average here is far below 2^53, so numbers they are, for this pool only (pg's global parsers stay untouched).
const INT8 = 20
const NUMERIC = 1700
const toNumber = (value: string) => Number(value)
const typesOf = (driver: typeof pg) => ({
  getTypeParser: ((id: number, format?: 'text' | 'binary') => {
    if (id === INT8 || id === NUMERIC) return toNumber
    return format === 'binary' ? driver.types.getTypeParser(id, 'binary') as unknown : driver.types.getTypeParser(id) as unknown
  }) as typeof pg.types.getTypeParser,
})

/** Query texts given a statement name at most: queries are built from a fixed set of shapes, but `IN (…)` lists vary. */
const MAX_NAMED_TEXTS = 1000
const statementNames = new Map<string, string>()

/** The statement name of a query text (the same in every connection), or undefined once MAX_NAMED_TEXTS are named. */
function statementName (text: string): string | undefined {
  let name = statementNames.get(text)
  if (name === undefined && statementNames.size < MAX_NAMED_TEXTS) {
    name = `q${statementNames.size + 1}`
    statementNames.set(text, name)
  }
  return name
}

/** Clients whose transaction Kysely began ("begin") but whose BEGIN is not sent yet: it goes with their next query. */
const deferredBegins = new WeakSet<pg.PoolClient>()

/** What pg answers to a statement that was not sent (a BEGIN deferred, then a COMMIT or ROLLBACK of nothing). */
const unsent = (command: string) => ({ command, rowCount: null, oid: 0, rows: [], fields: [] })

/**
 * Two shortcuts on the statements Kysely sends through a pooled client, each saving PostgreSQL work per form write:
 * - Kysely sends every query unnamed, so PostgreSQL parses and plans it anew each time; on a form write that was most
 *   of the database's CPU (8 statements per contact message). A query with parameters is sent as a named statement
 *   instead: parsed once per connection, then only bound and run (pg keeps track of which connection knows which name).
 * - A transaction's "begin" is held back and sent with the transaction's first statement: when that statement has no
 *   parameters (the advisory locks of `lockKeys`), both go in one simple query, one round trip instead of two, and
 *   PostgreSQL runs them in order. Otherwise BEGIN is queued just before it (pg sends a client's queries one after the
 *   other). A transaction that sent nothing commits or rolls back nothing.
 */
function withQueryShortcuts (client: pg.PoolClient) {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown
  client.query = ((...args: unknown[]) => {
    const [text, values] = args
    const plain = args.length === 2 && typeof text === 'string' && Array.isArray(values)
    if (plain && values.length === 0) {
      if (text === 'begin') {
        deferredBegins.add(client)
        return Promise.resolve(unsent('BEGIN'))
      }
      if (deferredBegins.delete(client)) {
        if (text === 'commit' || text === 'rollback') return Promise.resolve(unsent(text.toUpperCase()))
        // A simple query of several statements answers with one result each: the caller asked for the last.
        return (query(`BEGIN;${text}`) as Promise<pg.QueryResult[]>).then((results) => results.at(-1))
      }
    } else if (deferredBegins.delete(client)) {
      // BEGIN fails only with its connection, and then so does the query queued after it, which the caller sees.
      (query('BEGIN') as Promise<unknown>).catch(() => undefined)
    }
    if (plain && values.length > 0) {
      const name = statementName(text)
      if (name !== undefined) return query({ name, text, values })
    }
    return query(...args)
  }) as typeof client.query
}

/**
 * A background job's advisory lock ($1: the jobs' class, $2: the job's name). Advisory locks are database-wide: the key
 * names the schema too, so that deployments (or test runs) in other schemas of the same database never skip their job
 * because this one holds it.
 */
const JOB_LOCK = "$1, hashtext(current_schema() || ':' || $2)"

const loadDriver = loadOnFirstUse('the PostgreSQL driver (pg)', async () => (await import('pg')).default)

export function openPostgres (url: string, poolMax: number): DatabaseHandle {
  let opened: pg.Pool | undefined
  const connectPool = loadOnFirstUse('the PostgreSQL pool', async () => {
    const driver = await loadDriver()
    const pool = new driver.Pool({ connectionString: url, max: poolMax, types: typesOf(driver), connectionTimeoutMillis: 10_000, idleTimeoutMillis: 30_000 })
    // An idle connection dropped by the server (restart, failover) is replaced on next use; without a listener it would crash the process.
    pool.on('error', () => undefined)
    pool.on('connect', withQueryShortcuts)
    // A client goes back to the pool with no transaction half-begun (Kysely always commits or rolls back; this is the guard).
    pool.on('release', (_error: unknown, client: pg.PoolClient) => { deferredBegins.delete(client) })
    opened = pool
    return pool
  })
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: connectPool }) })

  let version = 0
  let next: Promise<void> | undefined
  async function readVersion () {
    const pool = await connectPool()
    const { rows } = await pool.query<{ version: number }>({ text: 'SELECT version FROM content_state WHERE id = 1', name: 'content_version' })
    // Answers of overlapping reads may arrive out of order; the version only grows.
    version = Math.max(version, rows[0]!.version)
  }

  let closed = false
  return {
    engine: 'postgres',
    db,
    statements: undefined,
    sqlite: undefined,
    contentVersion: {
      current: () => version,
      refresh () {
        // Everyone asking during this turn waits for one read that starts after them (at the end of the turn).
        next ??= new Promise<void>((resolve, reject) => setImmediate(() => {
          next = undefined
          readVersion().then(resolve, reject)
        }))
        return next
      },
    },
    migrate: async (dir) => migratePostgres(await connectPool(), join(dir, 'postgres')),
    pendingMigrations: async (dir) => pendingPostgresMigrations(await connectPool(), join(dir, 'postgres')),
    async exclusively (name, work) {
      const client = await (await connectPool()).connect()
      try {
        const { rows } = await client.query<{ locked: boolean }>(`SELECT pg_try_advisory_lock(${JOB_LOCK}) AS locked`, [ADVISORY_LOCKS.jobs, name])
        if (!rows[0]!.locked) return undefined
        try {
          return await work()
        } finally {
          await client.query(`SELECT pg_advisory_unlock(${JOB_LOCK})`, [ADVISORY_LOCKS.jobs, name])
        }
      } finally {
        client.release()
      }
    },
    async scrub () {},
    async close () {
      if (closed) return
      closed = true
      await db.destroy()
      // Kysely ends the pool only if it ever used it (its driver starts lazily): a run that only migrated did not.
      if (opened && !opened.ended) await opened.end()
    },
  }
}
