// Prepared statements for the hot writes on SQLite. Inside the write queue's batch (./write-queue.ts) a repository can
// skip the query builder: `preparedOf(trx)` gives the batch's statements, run synchronously by better-sqlite3 on the
// connection the batch holds. Anywhere else (PostgreSQL, an admin transaction, no transaction) it gives undefined and
// the repository builds its query with Kysely as usual, or runs its SQL text with `executeSql`.
import type SQLite from 'better-sqlite3'
import { CompiledQuery } from 'kysely'
import { onPostgres } from './dialect.js'
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

/**
 * Attempts at a check-and-insert statement whose refusal is gone by the statement that looks at it (changed meanwhile
 * by a connection not holding the submission's lock): then it runs again.
 */
export const MAX_INSERT_ATTEMPTS = 3

const numberedTexts = new Map<string, string>()

/** A SQL text's `?` placeholders as PostgreSQL's $1, $2, … (the texts run here have no `?` inside a literal). */
function dollarNumbered (text: string): string {
  let numbered = numberedTexts.get(text)
  if (numbered === undefined) {
    let next = 0
    numbered = text.replace(/\?/g, () => `$${++next}`)
    numberedTexts.set(text, numbered)
  }
  return numbered
}

/**
 * Runs a SQL text written with `?` placeholders through any executor, without the query builder: the same text on
 * SQLite, numbered on PostgreSQL (where ./postgres.ts sends it as a named statement). For the hot statements outside
 * the SQLite write batch, where one hand-written statement does the work of two built ones.
 */
export async function executeSql<T> (trx: Executor, text: string, params: SqlValue[]): Promise<{ rows: T[], changes: number }> {
  const result = await trx.executeQuery<T>(CompiledQuery.raw(onPostgres(trx) ? dollarNumbered(text) : text, params))
  return { rows: result.rows, changes: Number(result.numAffectedRows ?? 0) }
}
