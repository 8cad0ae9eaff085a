// Migration runner: numbered SQL files applied in order, each in its own transaction, recorded with a checksum.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type SQLite from 'better-sqlite3'
import { sha256 } from '../base/hash.js'

export class MigrationError extends Error {
  constructor (message: string) {
    super(message)
    this.name = 'MigrationError'
  }
}

interface MigrationFile { version: number, name: string, sql: string, checksum: string }
interface AppliedMigration { version: number, name: string, checksum: string }

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

/** Apply pending migrations; refuse to start if an applied migration was edited or is missing. Returns the names applied. */
export function migrate (sqlite: SQLite.Database, dir: string): string[] {
  sqlite.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    checksum TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`)
  const migrations = readMigrations(dir)
  const applied = sqlite.prepare('SELECT version, name, checksum FROM schema_migrations ORDER BY version').all() as AppliedMigration[]

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
  const record = sqlite.prepare('INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)')
  const ran: string[] = []
  for (const migration of migrations) {
    if (done.has(migration.version)) continue
    sqlite.transaction(() => {
      sqlite.exec(migration.sql)
      record.run(migration.version, migration.name, migration.checksum, new Date().toISOString())
    }).immediate()
    ran.push(migration.name)
  }
  return ran
}
