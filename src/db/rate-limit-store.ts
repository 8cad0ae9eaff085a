// A store for @fastify/rate-limit that keeps its counters in PostgreSQL (migrations/postgres/010_rate_limits.sql), so
// that every instance on the same database enforces one limit together. Same semantics as the plugin's in-memory
// store: a fixed window from a key's first hit; `read` looks without counting.
import { sql } from 'kysely'
import type { Executor } from './schema.js'

type Callback = (error: Error | null, result?: { current: number, ttl: number }) => void

/** Expired counters are deleted at most this often (by whichever instance counts a hit after that long). */
const SWEEP_INTERVAL_MS = 60_000

// The start of the statement: one instant however often a statement says it.
const NOW_MS = sql<number>`(extract(epoch from statement_timestamp()) * 1000)::bigint`

export interface RateLimitStoreClass {
  new (options: unknown): RateLimitStore
}

export interface RateLimitStore {
  incr(key: string, callback: Callback, timeWindow: number, max: number): void
  read(key: string, callback: Callback, timeWindow: number, max: number): void
  child(routeOptions: unknown): RateLimitStore
}

/** The store class to hand @fastify/rate-limit (`store`), counting in `db`. */
export function postgresRateLimitStore (db: Executor): RateLimitStoreClass {
  let lastSweep = 0

  function sweep () {
    const now = Date.now()
    if (now - lastSweep < SWEEP_INTERVAL_MS) return
    lastSweep = now
    // Best effort: a failed sweep leaves rows that the next one deletes.
    sql`DELETE FROM rate_limits WHERE resets_at <= ${NOW_MS}`.execute(db).catch(() => undefined)
  }

  class PostgresRateLimitStore implements RateLimitStore {
    incr (key: string, callback: Callback, timeWindow: number) {
      sweep()
      // One statement: concurrent hits on the same key from any instance are counted one after the other by the row lock.
      sql<{ hits: number, ttl: number }>`
        INSERT INTO rate_limits AS r (key, hits, resets_at) VALUES (${key}, 1, ${NOW_MS} + ${timeWindow})
        ON CONFLICT (key) DO UPDATE SET
          hits = CASE WHEN r.resets_at <= ${NOW_MS} THEN 1 ELSE r.hits + 1 END,
          resets_at = CASE WHEN r.resets_at <= ${NOW_MS} THEN ${NOW_MS} + ${timeWindow} ELSE r.resets_at END
        RETURNING hits, resets_at - ${NOW_MS} AS ttl`.execute(db).then(({ rows }) => {
        const row = rows[0]!
        callback(null, { current: row.hits, ttl: Math.max(0, Number(row.ttl)) })
      }, (error: Error) => callback(error))
    }

    read (key: string, callback: Callback) {
      sql<{ hits: number, ttl: number }>`
        SELECT hits, resets_at - ${NOW_MS} AS ttl FROM rate_limits WHERE key = ${key} AND resets_at > ${NOW_MS}`.execute(db).then(({ rows }) => {
        const row = rows[0]
        callback(null, row ? { current: row.hits, ttl: Math.max(0, Number(row.ttl)) } : { current: 0, ttl: 0 })
      }, (error: Error) => callback(error))
    }

    child () {
      return new PostgresRateLimitStore()
    }
  }
  return PostgresRateLimitStore
}
