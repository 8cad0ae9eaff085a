// Where SQLite and PostgreSQL need different statements for the same guarantee, in one place: repositories and
// services call these helpers with the executor they hold, and never ask which engine runs.
import { PostgresAdapter, sql, type SelectQueryBuilder } from 'kysely'
import type { Executor } from './schema.js'

/** True when the executor (a Kysely instance or a transaction) talks to PostgreSQL. */
export function onPostgres (db: Executor): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter
}

/**
 * The service's PostgreSQL advisory locks, one 32-bit class each (a lock is class + 32-bit key): migrating (key 0),
 * background jobs by name (`exclusively`, the name hashed), and check-then-insert keys (`lockKeys`, the key hashed).
 */
export const ADVISORY_LOCKS = { migrations: 4241, jobs: 4242, keys: 4243 } as const

/**
 * A lock key as an SQL string literal: E'…' with backslashes and quotes escaped, which reads the same whatever
 * standard_conforming_strings says. Undefined for a key with a control character or a lone surrogate (not sent as text
 * the same way twice): it goes as a parameter.
 */
function keyLiteral (key: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(key) || Buffer.from(key).toString() !== key) return undefined
  return `E'${key.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`
}

/**
 * Serializes check-then-insert work on the same keys across connections and instances: on PostgreSQL a
 * transaction-scoped advisory lock per key (held until COMMIT or ROLLBACK; keys are taken in sorted order, so two
 * transactions wanting the same keys cannot wait on each other); on SQLite nothing, as one writer holds the database.
 * Call it inside the transaction, before reading what decides the insert. First in a transaction, the locks go out
 * with its BEGIN in one round trip (./postgres.ts): one simple query, so the keys are literals, not parameters.
 * `keys` may be a function, for keys that cost a digest to make: on SQLite it is not called.
 */
export async function lockKeys (trx: Executor, keys: string[] | (() => string[])): Promise<void> {
  if (!onPostgres(trx)) return
  const sorted = [...new Set(typeof keys === 'function' ? keys() : keys)].sort()
  if (sorted.length === 0) return
  const literals = sorted.map(keyLiteral)
  if (literals.every((literal) => literal !== undefined)) {
    await sql.raw(literals.map((literal) => `SELECT pg_advisory_xact_lock(${ADVISORY_LOCKS.keys}, hashtext(${literal}))`).join(';')).execute(trx)
    return
  }
  for (const key of sorted) {
    await sql`SELECT pg_advisory_xact_lock(${ADVISORY_LOCKS.keys}, hashtext(${key}))`.execute(trx)
  }
}

/**
 * Rows a worker claims: on PostgreSQL `FOR UPDATE OF <table> SKIP LOCKED`, so concurrent claimers (several instances)
 * each get different rows and none waits; on SQLite the query as it is (its transaction is the only writer).
 */
export function claimingRows<DB, TB extends keyof DB & string, O> (query: SelectQueryBuilder<DB, TB, O>, db: Executor, table: TB): SelectQueryBuilder<DB, TB, O> {
  return onPostgres(db) ? query.forUpdate(table).skipLocked() : query
}

/**
 * Rows read to decide a change to them: on PostgreSQL `FOR UPDATE`, so a concurrent transaction deciding the same
 * (another instance moderating the same review) waits and then reads the outcome; on SQLite the query as it is.
 */
export function lockedForUpdate<DB, TB extends keyof DB, O> (query: SelectQueryBuilder<DB, TB, O>, db: Executor): SelectQueryBuilder<DB, TB, O> {
  return onPostgres(db) ? query.forUpdate() : query
}

/** PostgreSQL aborted the transaction to break a deadlock (40P01) or a serialization conflict (40001): running it again is safe. */
export function isTransientConflict (error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code
  return code === '40P01' || code === '40001'
}
