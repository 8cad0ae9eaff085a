// A store for @fastify/rate-limit that keeps its counters in PostgreSQL (migrations/postgres/010_rate_limits.sql), so
// that every instance on the same database enforces one limit together. Same semantics as the plugin's in-memory
// store: a fixed window from a key's first hit; `read` looks without counting.
//
// Hits are counted in batches, like group commit: the hits that arrive while one batch's statement runs go together in
// the next one (one statement and one commit, however many requests). A key hit n times in a batch is counted by n at
// once, and its callers hear 1..n above the count before, in the order they arrived: what n statements one after
// the other would have answered. Before, every limited request cost its own statement and commit; at 50 concurrent
// contact messages that was 2 of each request's 3 commits.
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

interface Hit { key: string, timeWindow: number, callback: Callback }

/** The store class to hand @fastify/rate-limit (`store`), counting in `db`. */
export function postgresRateLimitStore (db: Executor): RateLimitStoreClass {
  let lastSweep = 0
  let waiting: Hit[] = []
  let counting = false

  function sweep () {
    const now = Date.now()
    if (now - lastSweep < SWEEP_INTERVAL_MS) return
    lastSweep = now
    // Best effort: a failed sweep leaves rows that the next one deletes.
    sql`DELETE FROM rate_limits WHERE resets_at <= ${NOW_MS}`.execute(db).catch(() => undefined)
  }

  /** Counts one batch of hits in one statement, then the hits that came meanwhile, until none are waiting. */
  async function count () {
    counting = true
    try {
      while (waiting.length > 0) {
        const batch = waiting
        waiting = []
        const byKey = new Map<string, Hit[]>()
        for (const hit of batch) {
          const hits = byKey.get(hit.key)
          if (hits) hits.push(hit)
          else byKey.set(hit.key, [hit])
        }
        // Sorted: every instance locks the rows of a batch in the same order, so two batches never deadlock.
        const keys = [...byKey.keys()].sort()
        let rows: Array<{ key: string, hits: number, ttl: string }>
        try {
          // One statement: concurrent batches from any instance touching the same key are counted one after the other
          // by the row lock. The key's window is its first hit's (one route, one window).
          rows = (await sql<{ key: string, hits: number, ttl: string }>`
            INSERT INTO rate_limits AS r (key, hits, resets_at)
            SELECT key, n, ${NOW_MS} + time_window FROM unnest(${keys}::text[], ${keys.map((key) => byKey.get(key)!.length)}::int[],
              ${keys.map((key) => byKey.get(key)![0]!.timeWindow)}::bigint[]) AS hit(key, n, time_window)
            ON CONFLICT (key) DO UPDATE SET
              hits = CASE WHEN r.resets_at <= ${NOW_MS} THEN excluded.hits ELSE r.hits + excluded.hits END,
              resets_at = CASE WHEN r.resets_at <= ${NOW_MS} THEN excluded.resets_at ELSE r.resets_at END
            RETURNING key, hits, resets_at - ${NOW_MS} AS ttl`.execute(db)).rows
        } catch (error) {
          for (const hit of batch) hit.callback(error as Error)
          continue
        }
        for (const row of rows) {
          const hits = byKey.get(row.key)!
          const ttl = Math.max(0, Number(row.ttl))
          hits.forEach((hit, index) => hit.callback(null, { current: row.hits - hits.length + index + 1, ttl }))
        }
      }
    } finally {
      counting = false
    }
  }

  class PostgresRateLimitStore implements RateLimitStore {
    incr (key: string, callback: Callback, timeWindow: number) {
      sweep()
      waiting.push({ key, timeWindow, callback })
      if (!counting) count().catch(() => undefined)
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
