// Opens the SQLite database (pragmas set) and the Kysely instance every repository queries through.
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import type { Database } from './schema.js'

export interface DatabaseHandle {
  /** A single number read by a prepared statement (no query builder): for values read on every request. */
  readNumber(sql: string): () => number
  /** Typed query builder: the only way repositories talk to the database. */
  db: Kysely<Database>
  /** The raw connection, for the migration runner and backups only. */
  sqlite: SQLite.Database
  /**
   * After erasing personal data: copy the write-ahead log into the database file and truncate it, so the old
   * page images that still held the erased rows are gone from disk too (secure_delete zeroes them in the file).
   */
  scrub(): Promise<void>
  close(): Promise<void>
}

/**
 * Kysely's SQLite driver prepares every query anew; better-sqlite3 statements are reusable,
 * so keep the prepared statement per SQL text (bounded: queries are built from a fixed set of shapes).
 */
function withStatementCache (sqlite: SQLite.Database, limit = 500) {
  const cache = new Map<string, SQLite.Statement>()
  return {
    close: () => sqlite.close(),
    prepare (sql: string) {
      let statement = cache.get(sql)
      if (!statement) {
        statement = sqlite.prepare(sql)
        if (cache.size >= limit) cache.delete(cache.keys().next().value as string)
        cache.set(sql, statement)
      }
      return statement
    },
  }
}

export function openDatabase (path: string): DatabaseHandle {
  if (path !== ':memory:' && !path.startsWith('file:')) mkdirSync(dirname(path), { recursive: true })
  const sqlite = new SQLite(path)
  sqlite.pragma('journal_mode = WAL')
  // FULL: a commit is fsynced before it is acknowledged, so a 2xx survives power loss too.
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  // Deleted content is overwritten with zeros, not left in free pages: erased personal data must not be recoverable from the file.
  sqlite.pragma('secure_delete = ON')
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) })
  let closed = false
  return {
    db,
    sqlite,
    readNumber (query) {
      const statement = sqlite.prepare(query).pluck()
      return () => statement.get() as number
    },
    async scrub () {
      if (sqlite.open) sqlite.pragma('wal_checkpoint(TRUNCATE)')
    },
    async close () {
      if (closed) return
      closed = true
      await db.destroy()
      if (sqlite.open) sqlite.close()
    },
  }
}
