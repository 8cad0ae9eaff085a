// copy-database: every table of one database into another, empty one, SQLite or PostgreSQL on either side. Ids,
// versions and timestamps are copied as they are, read in one transaction on the source and written in one on the
// target (a failure leaves the target without any copied row), then verified table by table: row counts and a
// checksum of the rows, computed on values normalized so that both engines give the same checksum for the same rows.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { sql, type Kysely } from 'kysely'
import { openDatabase } from './connection.js'
import type { DatabaseHandle, DatabaseLocation, Engine } from './handle.js'
import { MigrationError } from './migrate.js'
import type { Database } from './schema.js'
import { COPIED_TABLES, type CopiedTable } from './copied-tables.js'
import { describeLocation, maskPasswords } from './copy-locations.js'
import { CopyError, forEachPage, insertRows, TableChecksum, type Row } from './copy-pages.js'

export * from './copied-tables.js'
export * from './copy-locations.js'
export { CopyError, PAGE_BYTES, type Row } from './copy-pages.js'

export interface CopyOptions {
  /** The database copied from: the one the server is configured with. */
  source: DatabaseLocation
  /** The empty database copied into: migrated first, like the source. */
  target: DatabaseLocation
  migrationsDir: string
  /** Rows per page read and per INSERT at most (fewer where the engine's limit on bound parameters says). */
  batchRows?: number
  /** Bytes per page about (default PAGE_BYTES); tests make it small to see pages of single rows. */
  pageBytes?: number
  /** Changes rows on their way (media files carried into media_blobs: src/media/copy-files.ts); none by default. */
  rewrite?: CopyRewrite
}

/**
 * What a copy may change on the way, table by table, in copy order: the rows written (and verified) instead of the
 * source's, and rows added after them. The checksums cover the rows as written.
 */
export interface CopyRewrite {
  /** A page of `table`'s source rows as they are to be written: the same, changed, or fewer. */
  rows(table: string, rows: Row[]): Promise<Row[]>
  /** Rows to write into `table` after the source's, a page at a time. */
  extra(table: string): AsyncIterable<Row[]>
}

export interface TableCopy { table: string, rows: number, checksum: string }

export interface CopyReport {
  source: string
  target: string
  /** Migrations applied on both. */
  migrations: number
  /** In copy order; every checksum verified equal on both sides. */
  tables: TableCopy[]
  contentVersion: { source: number, target: number }
  /** Tables with integer ids: the target hands out new ids above `after` (the source's highest id ever, or more). */
  identities: Array<{ table: string, after: number }>
  /** What may differ all the same: a PostgreSQL side whose collation orders text otherwise than SQLite does. */
  notes: string[]
}

type Executor = Kysely<Database>

/** Bound parameters per statement at most: SQLite's SQLITE_MAX_VARIABLE_NUMBER, PostgreSQL's protocol limit. */
const MAX_PARAMETERS: Record<Engine, number> = { sqlite: 32_766, postgres: 65_535 }
const DEFAULT_BATCH_ROWS = 500

/**
 * Copies every table of `source` into `target` and verifies the copy. Refuses (CopyError, nothing changed) when the
 * source has migrations pending, the target has other migrations applied, or the target holds rows; any failure
 * while copying rolls the target's transaction back.
 */
export async function copyDatabase (options: CopyOptions): Promise<CopyReport> {
  try {
    return await copy(options)
  } catch (error) {
    if (error instanceof CopyError) throw error
    const message = error instanceof Error ? error.message : String(error)
    throw new CopyError(`Copy failed, nothing was copied (the target's transaction was rolled back): ${maskPasswords(message)}`)
  }
}

async function copy ({ source, target, migrationsDir, batchRows = DEFAULT_BATCH_ROWS, pageBytes, rewrite }: CopyOptions): Promise<CopyReport> {
  const sourceName = describeLocation(source)
  const targetName = describeLocation(target)
  if ('path' in target && (target.path === ':memory:' || target.path === '')) {
    throw new CopyError('Refused: the target must be a SQLite file or a postgres:// URL (an in-memory database would be gone when the command ends)')
  }
  if ('path' in source && (source.path === ':memory:' || !existsSync(source.path))) {
    throw new CopyError(`Refused: the source ${sourceName} does not exist (set DATABASE_PATH or DATABASE_URL to the database to copy)`)
  }
  if ('path' in source && 'path' in target ? resolve(source.path) === resolve(target.path) : 'url' in source && 'url' in target && source.url === target.url) {
    throw new CopyError(`Refused: the target ${targetName} is the source`)
  }

  const from = openDatabase(source)
  try {
    const migrations = await checkSource(from, sourceName, migrationsDir)
    const to = openDatabase(target)
    try {
      await prepareTarget(to, targetName, migrationsDir, migrations)
      const report = await transfer(from, to, targetName, { batchRows: Math.max(1, batchRows), pageBytes, rewrite })
      const notes = [await textOrderNote(from, sourceName), await textOrderNote(to, targetName)].filter((note) => note !== undefined)
      return { source: sourceName, target: targetName, migrations: migrations.length, ...report, notes }
    } finally {
      await to.close()
    }
  } finally {
    await from.close()
  }
}

interface AppliedMigration { version: number, name: string }

async function appliedMigrations (db: Executor): Promise<AppliedMigration[]> {
  const { rows } = await sql<AppliedMigration>`SELECT version, name FROM schema_migrations ORDER BY version`.execute(db)
  return rows.map((row) => ({ version: Number(row.version), name: row.name }))
}

/** The source's applied migrations, once it is known to have every migration applied (and no other). */
async function checkSource (from: DatabaseHandle, name: string, migrationsDir: string): Promise<AppliedMigration[]> {
  let pending: string[]
  try {
    pending = await from.pendingMigrations(migrationsDir)
  } catch (error) {
    if (error instanceof MigrationError) throw new CopyError(`Refused: the source ${name} does not match this version's migrations: ${error.message}`)
    throw error
  }
  if (pending.length > 0) {
    throw new CopyError(`Refused: the source ${name} is not fully migrated (pending: ${pending.join(', ')}). ` +
      'Migrate it first (npm run migrate, with the same DATABASE_URL or DATABASE_PATH), then copy.')
  }
  return appliedMigrations(from.db)
}

/** Refuses a target with rows or other migrations before changing anything, then migrates it like the source. */
async function prepareTarget (to: DatabaseHandle, name: string, migrationsDir: string, migrations: AppliedMigration[]) {
  try {
    await to.pendingMigrations(migrationsDir)
  } catch (error) {
    if (error instanceof MigrationError) throw new CopyError(`Refused: the target ${name} has a different set of migrations applied: ${error.message}`)
    throw error
  }
  const existing = await existingTables(to)
  await refuseRows(to.db, name, COPIED_TABLES.filter((table) => existing.has(table.name)))
  await to.migrate(migrationsDir)
  const applied = await appliedMigrations(to.db)
  const same = applied.length === migrations.length && applied.every((migration, index) => migration.version === migrations[index]!.version && migration.name === migrations[index]!.name)
  if (!same) {
    throw new CopyError(`Refused: the target ${name} has migrations ${applied.map((migration) => migration.name).join(', ')} applied, ` +
      `the source ${migrations.map((migration) => migration.name).join(', ')}`)
  }
}

/** Collations that order text by code point, as SQLite does (see migrations/postgres/001_content.sql). */
const CODE_POINT_COLLATIONS = new Set(['C', 'POSIX', 'C.UTF-8', 'C.utf8'])

async function textOrderNote (handle: DatabaseHandle, name: string): Promise<string | undefined> {
  if (handle.engine !== 'postgres') return undefined
  const { rows } = await sql<{ collation: string }>`SELECT datcollate AS collation FROM pg_database WHERE datname = current_database()`.execute(handle.db)
  const collation = rows[0]?.collation ?? ''
  if (CODE_POINT_COLLATIONS.has(collation)) return undefined
  return `${name} orders text by the collation ${collation}, not by code point as SQLite does: lists sorted by title or name may come out ` +
    "in another order than on SQLite (create the database with LC_COLLATE 'C.UTF-8' to keep SQLite's order)."
}

async function existingTables (handle: DatabaseHandle): Promise<Set<string>> {
  const { rows } = handle.engine === 'sqlite'
    ? await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table'`.execute(handle.db)
    : await sql<{ name: string }>`SELECT relname AS name FROM pg_class WHERE relkind IN ('r', 'p') AND pg_table_is_visible(oid)`.execute(handle.db)
  return new Set(rows.map((row) => row.name))
}

/** Refuses when any of `tables` (but those the migrations fill) holds a row. */
async function refuseRows (db: Executor, name: string, tables: readonly CopiedTable[]) {
  const filled: string[] = []
  for (const table of tables) {
    if (table.seeded) continue
    const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table.name)}`.execute(db)
    const count = Number(rows[0]!.n)
    if (count > 0) filled.push(`${table.name} (${count})`)
  }
  if (filled.length > 0) {
    throw new CopyError(`Refused: the target ${name} is not empty: ${filled.join(', ')}. Copy into a new database (or a new, empty PostgreSQL schema or database); nothing was changed.`)
  }
}

async function columnsOf (db: Executor, engine: Engine, table: string): Promise<string[]> {
  // Generated columns (search_parts.document on PostgreSQL) are computed by the target itself.
  const { rows } = engine === 'sqlite'
    ? await sql<{ name: string }>`SELECT name FROM pragma_table_xinfo(${table}) WHERE hidden = 0 ORDER BY cid`.execute(db)
    : await sql<{ name: string }>`SELECT attname AS name FROM pg_attribute
        WHERE attrelid = to_regclass(${table}) AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`.execute(db)
  return rows.map((row) => row.name)
}

/** The highest id the source's table has handed out (its AUTOINCREMENT counter or identity sequence), if it records one. */
async function recordedHighestId (db: Executor, engine: Engine, table: string): Promise<number> {
  const { rows } = engine === 'sqlite'
    ? await sql<{ seq: number | null }>`SELECT seq FROM sqlite_sequence WHERE name = ${table}`.execute(db)
    : await sql<{ seq: number | null }>`SELECT pg_sequence_last_value(pg_get_serial_sequence(${table}, 'id')::regclass) AS seq`.execute(db)
  return Number(rows[0]?.seq ?? 0)
}

/** Makes the target hand out ids above `highest` for this table; resolves with the id new rows will come after. */
async function advanceIdentity (db: Executor, engine: Engine, table: string, highest: number): Promise<number> {
  if (engine === 'postgres') {
    const { rows } = await sql<{ after: number | null }>`SELECT setval(seq, GREATEST(${highest}::bigint, COALESCE(pg_sequence_last_value(seq), 0))) AS after
      FROM (SELECT pg_get_serial_sequence(${table}, 'id')::regclass AS seq) AS identity WHERE seq IS NOT NULL`.execute(db)
    return Number(rows[0]?.after ?? highest)
  }
  // SQLite: INTEGER PRIMARY KEY continues after the highest id present (it keeps no count); AUTOINCREMENT after its
  // sqlite_sequence entry, which the inserts raised to the highest id copied, and which must also cover the ids the
  // source had handed out.
  const { rows } = await sql<{ auto: number }>`SELECT count(*) AS auto FROM sqlite_master WHERE type = 'table' AND name = ${table} AND sql LIKE '%AUTOINCREMENT%'`.execute(db)
  if (Number(rows[0]!.auto) === 0) {
    const { rows: present } = await sql<{ id: number | null }>`SELECT max(id) AS id FROM ${sql.table(table)}`.execute(db)
    return Number(present[0]?.id ?? 0)
  }
  const updated = await sql`UPDATE sqlite_sequence SET seq = max(seq, ${highest}) WHERE name = ${table}`.execute(db)
  if (Number(updated.numAffectedRows ?? 0) === 0) await sql`INSERT INTO sqlite_sequence (name, seq) VALUES (${table}, ${highest})`.execute(db)
  const { rows: sequence } = await sql<{ seq: number }>`SELECT seq FROM sqlite_sequence WHERE name = ${table}`.execute(db)
  return Number(sequence[0]!.seq)
}

/** Sets `columns` of the rows keyed by `rows`' keys to their values, a chunk of rows per UPDATE. */
async function restoreColumns (db: Executor, engine: Engine, table: string, key: string, columns: string[], rows: Map<unknown, Row>) {
  const perRow = 1 + 2 * columns.length
  const chunkRows = Math.max(1, Math.min(DEFAULT_BATCH_ROWS, Math.floor(MAX_PARAMETERS[engine] / perRow)))
  const entries = [...rows]
  for (let start = 0; start < entries.length; start += chunkRows) {
    const chunk = entries.slice(start, start + chunkRows)
    const assignments = columns.map((column) => sql`${sql.ref(column)} = CASE ${sql.ref(key)} ${sql.join(chunk.map(([id, values]) => sql`WHEN ${id} THEN CAST(${values[column]} AS INTEGER)`), sql` `)} END`)
    await sql`UPDATE ${sql.table(table)} SET ${sql.join(assignments)} WHERE ${sql.ref(key)} IN (${sql.join(chunk.map(([id]) => id))})`.execute(db)
  }
}

interface Plan { table: CopiedTable, key: string[], columns: string[], checksum: TableChecksum }

interface TransferOptions { batchRows: number, pageBytes: number | undefined, rewrite: CopyRewrite | undefined }

async function transfer (from: DatabaseHandle, to: DatabaseHandle, targetName: string, { batchRows, pageBytes, rewrite }: TransferOptions): Promise<Omit<CopyReport, 'source' | 'target' | 'migrations' | 'notes'>> {
  // One snapshot of the source: PostgreSQL's repeatable read; SQLite's read transaction (WAL) sees one state throughout.
  const read = (from.engine === 'postgres' ? from.db.transaction().setIsolationLevel('repeatable read') : from.db.transaction()).setAccessMode('read only')
  return read.execute((src) => to.db.transaction().execute(async (dst) => {
    if (to.engine === 'postgres') {
      // Nobody else writes the copied tables until this commits (readers may go on reading an empty target).
      await sql`LOCK TABLE ${sql.join(COPIED_TABLES.map((table) => sql.table(table.name)))} IN EXCLUSIVE MODE`.execute(dst)
    }
    // Checked again inside the transaction that writes: nothing can have been written in between.
    await refuseRows(dst, targetName, COPIED_TABLES)

    const plans: Plan[] = []
    for (const table of COPIED_TABLES) {
      const [columns, targetColumns] = await Promise.all([columnsOf(src, from.engine, table.name), columnsOf(dst, to.engine, table.name)])
      const missing = columns.filter((column) => !targetColumns.includes(column))
      const extra = targetColumns.filter((column) => !columns.includes(column))
      if (columns.length === 0 || missing.length > 0 || extra.length > 0) {
        throw new CopyError(`Refused: the table ${table.name} has different columns on the two sides (source only: ${missing.join(', ') || 'none'}; target only: ${extra.join(', ') || 'none'})`)
      }
      plans.push({ table, key: table.key ?? ['id'], columns, checksum: new TableChecksum([...columns].sort()) })
    }

    const maxRows = (columns: string[]) => Math.max(1, Math.min(batchRows, Math.floor(MAX_PARAMETERS[to.engine] / columns.length)))
    const paging = (columns: string[]) => ({ maxRows: maxRows(columns), pageBytes })
    // The counters of the rows the migrations inserted, before this copy's inserts fire triggers that bump them.
    const counted = new Map<string, Map<string, number>>()
    for (const { table, key, columns } of plans) {
      if (!table.seeded) continue
      const { counter } = table.seeded
      const values = new Map<string, number>()
      await forEachPage(dst, table, columns, paging(columns), async (rows) => {
        for (const row of rows) values.set(JSON.stringify(key.map((column) => row[column])), Number(row[counter]))
      })
      counted.set(table.name, values)
    }
    const restores: Array<{ plan: Plan, rows: Map<unknown, Row> }> = []
    const identities: CopyReport['identities'] = []
    const highestIds = new Map<string, number>()
    for (const plan of plans) {
      if (plan.table.seeded) continue
      const { table, key, columns, checksum } = plan
      const restore = table.restore ? { plan, rows: new Map<unknown, Row>() } : undefined
      if (restore) restores.push(restore)
      let highest = 0
      const write = async (rows: Row[]) => {
        for (const row of rows) {
          checksum.add(row)
          if (restore) restore.rows.set(row[key[0]!], Object.fromEntries(table.restore!.map((column) => [column, row[column]])))
          if (key.length === 1 && key[0] === 'id' && typeof row.id === 'number') highest = Math.max(highest, row.id)
        }
        await insertRows(dst, to.engine, table.name, key, columns, rows)
      }
      await forEachPage(src, table, columns, paging(columns), async (rows) => { await write(rewrite ? await rewrite.rows(table.name, rows) : rows) })
      if (rewrite) for await (const rows of rewrite.extra(table.name)) await write(rows)
      if (key.length === 1 && key[0] === 'id' && columns.includes('id')) {
        highestIds.set(table.name, Math.max(highest, await recordedHighestId(src, from.engine, table.name)))
      }
    }

    // Triggers fired by the inserts (review -> its article's reviews_version) counted what the source had counted already.
    for (const { plan, rows } of restores) await restoreColumns(dst, to.engine, plan.table.name, plan.key[0]!, plan.table.restore!, rows)
    // content_state bumps are deferred to COMMIT on PostgreSQL: run them now, so that the counter written below is final.
    if (to.engine === 'postgres') await sql`SET CONSTRAINTS ALL IMMEDIATE`.execute(dst)

    let contentVersion = { source: 0, target: 0 }
    for (const plan of plans) {
      const { table, key, columns, checksum } = plan
      if (!table.seeded) continue
      const { counter } = table.seeded
      const before = counted.get(table.name)!
      const planned: Row[] = []
      await forEachPage(src, table, columns, paging(columns), async (rows) => {
        for (const row of rows) {
          const had = before.get(JSON.stringify(key.map((column) => row[column])))
          const value = Number(row[counter])
          const kept = had === undefined || value > had ? value : had + 1
          planned.push({ ...row, [counter]: kept })
          if (table.name === 'content_state') contentVersion = { source: value, target: kept }
        }
      })
      await sql`DELETE FROM ${sql.table(table.name)}`.execute(dst)
      for (let start = 0; start < planned.length; start += maxRows(columns)) {
        await insertRows(dst, to.engine, table.name, key, columns, planned.slice(start, start + maxRows(columns)))
      }
      for (const row of planned) checksum.add(row)
    }

    for (const [table, highest] of highestIds) {
      if (highest > 0) identities.push({ table, after: await advanceIdentity(dst, to.engine, table, highest) })
    }

    // Verified before COMMIT: a difference rolls everything back.
    const tables: TableCopy[] = []
    for (const { table, columns, checksum } of plans) {
      const copied = new TableChecksum([...columns].sort())
      await forEachPage(dst, table, columns, paging(columns), async (rows) => { for (const row of rows) copied.add(row) })
      if (copied.rows !== checksum.rows || copied.value !== checksum.value) {
        throw new CopyError(`Verification failed for ${table.name}: the source has ${checksum.rows} rows (checksum ${checksum.value}), ` +
          `the target ${copied.rows} (checksum ${copied.value}); nothing was copied (rolled back)`)
      }
      tables.push({ table: table.name, rows: copied.rows, checksum: copied.value })
    }
    return { tables, contentVersion, identities }
  }))
}
