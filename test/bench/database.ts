// The database a bench run measures the app on: a temporary SQLite file (the default), or with a postgres:// URL a
// schema of its own in that database, created for the run and dropped after it (test/helper.ts does the same per test).
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import SQLite from 'better-sqlite3'
import pg from 'pg'
import { loadConfig } from '../../src/config.js'

export type BenchEngine = 'sqlite' | 'postgres'

export const ENGINE_NAMES: Record<BenchEngine, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' }

export interface BenchDatabase {
  engine: BenchEngine
  /** The environment the app opens it with: DATABASE_PATH, or a DATABASE_URL whose connections use the run's schema. */
  env: Record<string, string>
  /** Where it is, for people and results.json: engine, version, host and schema; never a password. */
  description: string
  /** The run's PostgreSQL schema; undefined on SQLite. */
  schema: string | undefined
  /**
   * Removes what the run created: on PostgreSQL the schema, after ending the run's connections still open (a fill
   * interrupted half-way). Once only: later calls return the first call's promise. The SQLite file goes with the run's
   * temporary directory.
   */
  drop(): Promise<void>
}

/** A database URL the bench accepts: a postgres:// or postgresql:// URL that parses (checked before any connection). */
export function isPostgresUrl (value: string): boolean {
  return /^postgres(?:ql)?:\/\//.test(value) && URL.canParse(value)
}

export function sqliteDatabase (file: string): BenchDatabase {
  return {
    engine: 'sqlite',
    env: { DATABASE_PATH: file },
    description: `SQLite file in ${tmpdir()}`,
    schema: undefined,
    drop: async () => {},
  }
}

/** Creates `bench_<random>` in the database at `databaseUrl`; its connections are named after it (application_name). */
export async function postgresSchema (databaseUrl: string): Promise<BenchDatabase> {
  const schema = `bench_${randomBytes(5).toString('hex')}`
  const url = new URL(databaseUrl)
  const options = url.searchParams.get('options')
  url.searchParams.set('options', `${options ? `${options} ` : ''}-c search_path=${schema}`)
  url.searchParams.set('application_name', schema)
  const poolMax = loadConfig({ DATABASE_URL: url.toString(), PG_POOL_MAX: process.env.PG_POOL_MAX }).postgres!.poolMax
  const admin = new pg.Pool({ connectionString: databaseUrl, max: 1, connectionTimeoutMillis: 10_000, allowExitOnIdle: true })
  admin.on('error', () => undefined)
  let version: string
  try {
    const { rows } = await admin.query<{ server_version: string }>('SHOW server_version')
    version = rows[0]!.server_version.split(' ')[0]!
    await admin.query(`CREATE SCHEMA ${schema}`)
  } catch (error) {
    await admin.end()
    throw error
  }

  let dropped: Promise<void> | undefined
  async function drop () {
    try {
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()', [schema])
      await admin.query(`DROP SCHEMA ${schema} CASCADE`)
    } catch (error) {
      throw new Error(`could not drop the bench schema (${(error as Error).message}): DROP SCHEMA ${schema} CASCADE by hand`)
    } finally {
      await admin.end()
    }
  }
  return {
    engine: 'postgres',
    env: { DATABASE_URL: url.toString() },
    description: `PostgreSQL ${version} at ${url.host}${url.pathname}, schema ${schema} (dropped after the run), PG_POOL_MAX=${poolMax}`,
    schema,
    drop: () => (dropped ??= drop()),
  }
}

/**
 * One column of a query's rows, as strings, read on a connection of its own (a read-only one on SQLite): what the
 * bench checks a server really committed with, while that server runs.
 */
export async function selectColumn (database: BenchDatabase, text: string): Promise<string[]> {
  if (database.engine === 'sqlite') {
    const sqlite = new SQLite(database.env.DATABASE_PATH, { readonly: true })
    try {
      return (sqlite.prepare(text).raw().all() as unknown[][]).map((row) => String(row[0]))
    } finally {
      sqlite.close()
    }
  }
  const client = new pg.Client({ connectionString: database.env.DATABASE_URL })
  await client.connect()
  try {
    return (await client.query<unknown[]>({ text, rowMode: 'array' })).rows.map((row) => String(row[0]))
  } finally {
    await client.end()
  }
}
