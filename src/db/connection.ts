// Opens the database — SQLite at DATABASE_PATH, or PostgreSQL at DATABASE_URL — and the Kysely instance every
// repository queries through. What differs between the engines beyond SQL lives here and in ./postgres.ts.
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import type { Database } from './schema.js'
import type { DatabaseHandle, DatabaseLocation } from './handle.js'
import { migrate, pendingMigrations } from './migrate.js'
import { openPostgres } from './postgres.js'

export type { ContentVersionSource, DatabaseHandle, DatabaseLocation, Engine } from './handle.js'

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

export function openSqlite (path: string): DatabaseHandle {
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
  let version: SQLite.Statement | undefined
  let closed = false
  return {
    engine: 'sqlite',
    db,
    sqlite,
    contentVersion: {
      // Prepared on first use: the table exists only once migrations ran.
      current: () => (version ??= sqlite.prepare('SELECT version FROM content_state WHERE id = 1').pluck()).get() as number,
    },
    migrate: async (dir) => migrate(sqlite, dir),
    pendingMigrations: async (dir) => pendingMigrations(sqlite, dir),
    exclusively: (_name, work) => work(),
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

export function openDatabase (location: DatabaseLocation): DatabaseHandle {
  return 'url' in location ? openPostgres(location.url, location.poolMax) : openSqlite(location.path)
}

/** The database the configuration names: PostgreSQL when DATABASE_URL is set, else the SQLite file at DATABASE_PATH. */
export function configuredLocation (config: { databasePath: string, postgres: { url: string, poolMax: number } | undefined }): DatabaseLocation {
  return config.postgres ?? { path: config.databasePath }
}
