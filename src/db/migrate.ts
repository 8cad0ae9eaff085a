// Migration runner: numbered SQL files applied in order, each in its own transaction, recorded with a checksum.
// SQLite's files are in migrations/, PostgreSQL's in migrations/postgres/ with the same numbers and names.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type SQLite from 'better-sqlite3'
import type pg from 'pg'
import { sha256 } from '../base/hash.js'
import { ADVISORY_LOCKS } from './dialect.js'

export class MigrationError extends Error {
  constructor (message: string) {
    super(message)
    this.name = 'MigrationError'
  }
}

interface MigrationFile { version: number, name: string, sql: string, checksum: string }
interface AppliedMigration { version: number, name: string, checksum: string }

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  checksum TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`

function readMigrations (dir: string): MigrationFile[] {
  const files = readdirSync(dir).filter((file) => file.endsWith('.sql')).sort()
  const migrations = files.map((name) => {
    const match = /^(\d+)_[\w-]+\.sql$/.exec(name)
    if (!match) throw new MigrationError(`Migration file name "${name}" must look like 001_description.sql`)
    const sql = readFileSync(join(dir, name), 'utf8')
    return { version: Number(match[1]), name, sql, checksum: sha256(sql) }
  })
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new MigrationError(`Migrations must be numbered 1, 2, 3, ... without gaps: "${migration.name}" is number ${migration.version}, expected ${index + 1}`)
    }
  })
  return migrations
}

/** The migrations not applied yet; throws if an applied one was edited or is missing from `migrations`. */
function pending (migrations: MigrationFile[], applied: AppliedMigration[]): MigrationFile[] {
  for (const record of applied) {
    const file = migrations.find((migration) => migration.version === record.version)
    if (!file) {
      throw new MigrationError(`The database has migration ${record.name} applied, but migrations/ has no file numbered ${record.version}: is this an older version of the code?`)
    }
    if (file.checksum !== record.checksum) {
      throw new MigrationError(
        `Migration ${file.name} was edited after it was applied (checksum ${record.checksum.slice(0, 12)} recorded, ${file.checksum.slice(0, 12)} on disk). ` +
        'Applied migrations must never change: restore the file and put the change in a new migration.')
    }
  }
  const done = new Set(applied.map((record) => record.version))
  return migrations.filter((migration) => !done.has(migration.version))
}

/** SQLite: apply pending migrations from `dir`; refuse to start if an applied migration was edited or is missing. Returns the names applied. */
export function migrate (sqlite: SQLite.Database, dir: string): string[] {
  sqlite.exec(CREATE_TABLE)
  const applied = sqlite.prepare('SELECT version, name, checksum FROM schema_migrations ORDER BY version').all() as AppliedMigration[]
  const record = sqlite.prepare('INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)')
  const ran: string[] = []
  for (const migration of pending(readMigrations(dir), applied)) {
    sqlite.transaction(() => {
      sqlite.exec(migration.sql)
      record.run(migration.version, migration.name, migration.checksum, new Date().toISOString())
    }).immediate()
    ran.push(migration.name)
  }
  return ran
}

/**
 * SQLite: the names of the migrations in `dir` not applied yet, read without applying or creating anything; throws as
 * `migrate` does when an applied migration was edited or is missing.
 */
export function pendingMigrations (sqlite: SQLite.Database, dir: string): string[] {
  const recorded = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get() !== undefined
  const applied = recorded ? sqlite.prepare('SELECT version, name, checksum FROM schema_migrations ORDER BY version').all() as AppliedMigration[] : []
  return pending(readMigrations(dir), applied).map((migration) => migration.name)
}

/** PostgreSQL: as `migrate`, from `dir`, holding an advisory lock so that concurrent starts wait for each other. */
export async function migratePostgres (pool: pg.Pool, dir: string): Promise<string[]> {
  const migrations = readMigrations(dir)
  const client = await pool.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1, 0)', [ADVISORY_LOCKS.migrations])
    try {
      // Held for the whole run: instances starting at once apply each migration exactly once.
      await client.query(CREATE_TABLE)
      const applied = (await client.query<AppliedMigration>('SELECT version, name, checksum FROM schema_migrations ORDER BY version')).rows
      const ran: string[] = []
      for (const migration of pending(migrations, applied)) {
        await client.query('BEGIN')
        try {
          await client.query(migration.sql)
          await client.query('INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES ($1, $2, $3, $4)',
            [migration.version, migration.name, migration.checksum, new Date().toISOString()])
          await client.query('COMMIT')
        } catch (error) {
          await client.query('ROLLBACK')
          throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`)
        }
        ran.push(migration.name)
      }
      return ran
    } finally {
      await client.query('SELECT pg_advisory_unlock($1, 0)', [ADVISORY_LOCKS.migrations])
    }
  } finally {
    client.release()
  }
}

/** PostgreSQL: as `pendingMigrations`, from `dir`. */
export async function pendingPostgresMigrations (pool: pg.Pool, dir: string): Promise<string[]> {
  const migrations = readMigrations(dir)
  const { rows } = await pool.query<{ recorded: boolean }>("SELECT to_regclass('schema_migrations') IS NOT NULL AS recorded")
  const applied = rows[0]!.recorded
    ? (await pool.query<AppliedMigration>('SELECT version, name, checksum FROM schema_migrations ORDER BY version')).rows
    : []
  return pending(migrations, applied).map((migration) => migration.name)
}
