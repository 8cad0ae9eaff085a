// What every database handle offers, whichever engine is behind it (./connection.ts opens one).
import type SQLite from 'better-sqlite3'
import type { Kysely } from 'kysely'
import type { PreparedSql } from './prepared.js'
import type { Database } from './schema.js'

export type Engine = 'sqlite' | 'postgres'

/**
 * The content version (content_state.version, bumped by triggers on every article row change by any process), read
 * without a query builder: response caches compare it on every request.
 */
export interface ContentVersionSource {
  /**
   * The version as of the last check: on SQLite a prepared-statement read shared by the requests of an event-loop turn
   * (NaN while a transaction is open on the connection); on PostgreSQL the last refreshed value.
   */
  current(): number
  /**
   * PostgreSQL only: reads the version anew. Requests arriving in the same event-loop turn share one query, started
   * after they all arrived, so each sees every write committed before it (by this instance or another).
   */
  refresh?: () => Promise<void>
}

/** Where the connection comes from: SQLite file (or ':memory:'), or a PostgreSQL URL and pool size. */
export type DatabaseLocation = { path: string } | { url: string, poolMax: number }

export interface DatabaseHandle {
  engine: Engine
  /** Typed query builder: the only way repositories talk to the database. */
  db: Kysely<Database>
  /** The raw SQLite connection, for the migration runner and backups only; undefined on PostgreSQL. */
  sqlite: SQLite.Database | undefined
  /**
   * SQLite only: statements prepared once per SQL text through the connection's statement cache (commits counted for
   * the content version), for the write queue's batches and the hot writes in them (./prepared.ts).
   */
  statements: PreparedSql | undefined
  contentVersion: ContentVersionSource
  /**
   * Applies pending migrations from `dir` (SQLite) or `dir`/postgres (PostgreSQL, under an advisory lock: instances
   * starting together apply each exactly once); refuses edited or missing ones. Resolves with the names applied.
   */
  migrate(dir: string): Promise<string[]>
  /** The names of the migrations `migrate(dir)` would apply, without applying any; throws as `migrate` does. */
  pendingMigrations(dir: string): Promise<string[]>
  /**
   * Runs `work` only if no other process runs work under the same name (a PostgreSQL advisory lock; on SQLite, one
   * process writes at a time anyway): background jobs such as the retention purge then run on one instance at a time.
   * Resolves with undefined when another holds it.
   */
  exclusively<T>(name: string, work: () => Promise<T>): Promise<T | undefined>
  /**
   * After erasing personal data: on SQLite, copy the write-ahead log into the database file and truncate it, so the
   * old page images that still held the erased rows are gone from disk too (secure_delete zeroes them in the file).
   * PostgreSQL reclaims dead rows with (auto)vacuum; nothing to do here.
   */
  scrub(): Promise<void>
  close(): Promise<void>
}
