// Prepared statements for the hot writes on SQLite. Inside the write queue's batch (./write-queue.ts) a repository can
// skip the query builder: `preparedOf(trx)` gives the batch's statements, run synchronously by better-sqlite3 on the
// connection the batch holds. Anywhere else (PostgreSQL, an admin transaction, no transaction) it gives undefined and
// the repository builds its query with Kysely as usual.
import type SQLite from 'better-sqlite3'
import type { Executor } from './schema.js'

/** What better-sqlite3 binds: numbers, strings, bigints, buffers and null (not booleans, not undefined). */
export type SqlValue = string | number | bigint | Buffer | null

export interface PreparedSql {
  get<T>(sql: string, ...params: SqlValue[]): T | undefined
  all<T>(sql: string, ...params: SqlValue[]): T[]
  run(sql: string, ...params: SqlValue[]): SQLite.RunResult
  /** Whether a transaction is open on the connection. */
  inTransaction(): boolean
}

/** Statements by SQL text, prepared once: `prepare` is the connection's cached (and commit-counting) prepare. */
export function preparedSql (prepare: (sql: string) => SQLite.Statement, inTransaction: () => boolean): PreparedSql {
  return {
    inTransaction,
    get: <T>(sql: string, ...params: SqlValue[]) => prepare(sql).get(...params) as T | undefined,
    all: <T>(sql: string, ...params: SqlValue[]) => prepare(sql).all(...params) as T[],
    run: (sql, ...params) => prepare(sql).run(...params),
  }
}

const batches = new WeakMap<Executor, PreparedSql>()

/** The prepared statements of the SQLite write batch `trx` runs in; undefined for any other executor. */
export function preparedOf (trx: Executor): PreparedSql | undefined {
  return batches.get(trx)
}

/** Marks `trx` as a write batch's connection while `work` runs (the write queue only). */
export async function asBatch<T> (trx: Executor, statements: PreparedSql, work: () => Promise<T>): Promise<T> {
  batches.set(trx, statements)
  try {
    return await work()
  } finally {
    batches.delete(trx)
  }
}
