// Opens the database — SQLite at DATABASE_PATH, or PostgreSQL at DATABASE_URL — and the Kysely instance every
// repository queries through. What differs between the engines beyond SQL lives here and in ./postgres.ts.
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import SQLite from 'better-sqlite3'
import { CompiledQuery, Kysely, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type SqliteDialectConfig, type TransactionSettings } from 'kysely'
import type { Database } from './schema.js'
import type { DatabaseHandle, DatabaseLocation } from './handle.js'
import { migrate, pendingMigrations } from './migrate.js'
import { openPostgres } from './postgres.js'
import { preparedSql } from './prepared.js'

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
      // Kysely runs the statement right after preparing it, in the same synchronous step.
      // A write with RETURNING is a reader to better-sqlite3: the SQL says it writes.
      const writes = !statement.reader || RETURNING.test(sql)
      if (writes && (sqlite.inTransaction ? ENDS_TRANSACTION.test(sql) : !STARTS_TRANSACTION.test(sql))) committedInProcess++
      return statement
    },
  }
}

/** Commits through any connection of this process: writes outside a transaction, and COMMIT (or ROLLBACK). */
let committedInProcess = 0
const ENDS_TRANSACTION = /^\s*(?:commit|end|rollback)\b(?!\s+to\b)/i
const STARTS_TRANSACTION = /^\s*(?:begin|savepoint)\b/i
const RETURNING = /\breturning\b/i

/**
 * content_state.version read through a prepared statement at most once per event-loop turn: requests of the same turn
 * share the read, and a commit through any connection of this process makes it read again, so nothing read after a
 * write returned can be older than that write. Another process's write is seen from the next turn on. While a
 * transaction is open on this connection (the write queue's batch, an authoring edit), the version last read outside
 * it is still the committed one; with none, the version it would read may yet be rolled back and its number used again
 * by the next commit: the answer is then NaN, which equals no version, so nothing built meanwhile is served as current.
 */
function memoizedContentVersion (sqlite: SQLite.Database) {
  let statement: SQLite.Statement | undefined
  let memo: number | undefined
  let memoAfter = -1
  let forgetScheduled = false
  const forgetAtTurnEnd = () => {
    forgetScheduled = false
    memo = undefined
  }
  return {
    current: (): number => {
      if (memo !== undefined && memoAfter === committedInProcess) return memo
      if (sqlite.inTransaction) return Number.NaN
      // Prepared on first use: the table exists only once migrations ran.
      memo = (statement ??= sqlite.prepare('SELECT version FROM content_state WHERE id = 1').pluck()).get() as number
      memoAfter = committedInProcess
      if (!forgetScheduled) {
        forgetScheduled = true
        setImmediate(forgetAtTurnEnd)
      }
      return memo
    },
  }
}

/**
 * Kysely opens SQLite transactions DEFERRED: the write lock is asked for at the first write, and when another process
 * (the CLI beside the server, a second server) committed since this transaction's first read, SQLite answers "database
 * is locked" at once, without waiting busy_timeout, since waiting cannot help a stale snapshot. A transaction is
 * therefore begun IMMEDIATE (the lock taken first, waiting up to busy_timeout for it), except one declared read only,
 * which never needs it and must not block writers.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig
  constructor (config: SqliteDialectConfig) {
    super(config)
    this.#config = config
  }

  override createDriver (): Driver {
    return new (class extends SqliteDriver {
      override async beginTransaction (connection: DatabaseConnection, settings?: TransactionSettings): Promise<void> {
        await connection.executeQuery(CompiledQuery.raw(settings?.accessMode === 'read only' ? 'begin' : 'begin immediate'))
      }
    })(this.#config)
  }
}

/** How every SQLite connection of the service is set up (the bench's plain baseline uses the same). */
export const SQLITE_PRAGMAS = [
  'journal_mode = WAL',
  // FULL: a commit is fsynced before it is acknowledged, so a 2xx survives power loss too.
  'synchronous = FULL',
  'foreign_keys = ON',
  'busy_timeout = 5000',
  // Deleted content is overwritten with zeros, not left in free pages: erased personal data must not be recoverable from the file.
  'secure_delete = ON',
]

export function openSqlite (path: string): DatabaseHandle {
  if (path !== ':memory:' && !path.startsWith('file:')) mkdirSync(dirname(path), { recursive: true })
  const sqlite = new SQLite(path)
  for (const pragma of SQLITE_PRAGMAS) sqlite.pragma(pragma)
  const version = memoizedContentVersion(sqlite)
  const statementCache = withStatementCache(sqlite)
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: statementCache }) })
  let closed = false
  return {
    engine: 'sqlite',
    db,
    sqlite,
    statements: preparedSql((text) => statementCache.prepare(text), () => sqlite.inTransaction),
    contentVersion: { current: version.current },
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
