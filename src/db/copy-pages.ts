// How copy-database reads, writes and checksums rows: keyset pages bounded in rows and in bytes, multi-row INSERTs, and
// an order-independent checksum on values normalized so that both engines give the same one for the same rows.
import { createHash } from 'node:crypto'
import { sql, type Kysely } from 'kysely'
import type { Engine } from './handle.js'
import type { Database } from './schema.js'
import type { CopiedTable } from './copied-tables.js'

export type Row = Record<string, unknown>
type Executor = Kysely<Database>

/** Pages shrink below their row count when their rows are large (revision snapshots, image bytes): about this size. */
export const PAGE_BYTES = 16 * 1024 * 1024

export class CopyError extends Error {
  constructor (message: string) {
    super(message)
    this.name = 'CopyError'
  }
}

/** Values as both engines should agree on them: integers as numbers, text as strings (PostgreSQL types SQLite lacks, mapped). */
function normalized (value: unknown): unknown {
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString()
  if (typeof value === 'boolean') return value ? 1 : 0
  if (value instanceof Date) return value.toISOString()
  // SQLite BLOB and PostgreSQL bytea both arrive as a Buffer: the same bytes, the same digest.
  if (value instanceof Uint8Array) return { bytes: value.byteLength, sha256: createHash('sha256').update(value).digest('hex') }
  return value
}

/** An order-independent checksum of a table's rows (text keys sort differently under PostgreSQL collations). */
export class TableChecksum {
  rows = 0
  private sum = 0n
  constructor (private readonly columns: string[]) {}

  add (row: Row) {
    const digest = createHash('sha256').update(JSON.stringify(this.columns.map((column) => normalized(row[column])))).digest('hex')
    this.rows++
    this.sum = (this.sum + BigInt(`0x${digest}`)) % (1n << 256n)
  }

  get value (): string {
    return createHash('sha256').update(`${this.rows}:${this.sum.toString(16)}`).digest('hex').slice(0, 16)
  }
}

/** Roughly the memory a page of rows takes: text by its length, bytes by theirs, anything else 8. */
function sizeOf (rows: Row[]): number {
  let total = 0
  for (const row of rows) {
    for (const value of Object.values(row)) total += typeof value === 'string' ? value.length : value instanceof Uint8Array ? value.byteLength : 8
  }
  return total
}

export interface PageOptions {
  /** Rows per page at most. */
  maxRows: number
  /** Bytes per page about (default PAGE_BYTES): a table with `large` values never exceeds it but by a single row. */
  pageBytes?: number | undefined
}

/**
 * Reads a table in key order, a page at a time (keyset pagination: each page starts after the last key of the
 * previous). A table whose `large` column holds megabytes (image bytes) first reads the sizes of the next rows, so that
 * a page holds only as many as fit into `pageBytes` (one at least): memory stays bounded whatever the rows weigh.
 */
export async function forEachPage (db: Executor, table: CopiedTable, columns: string[], { maxRows, pageBytes = PAGE_BYTES }: PageOptions, visit: (rows: Row[]) => Promise<void>) {
  const key = table.key ?? ['id']
  const select = sql.join(columns.map((column) => sql.ref(column)))
  const order = sql.join(key.map((column) => sql.ref(column)))
  let after: unknown[] | undefined
  let size = maxRows
  for (;;) {
    const where = after ? sql`WHERE (${order}) > (${sql.join(after)})` : sql``
    if (table.large) {
      const { rows: sizes } = await sql<{ size: number | string }>`SELECT octet_length(${sql.ref(table.large)}) AS size FROM ${sql.table(table.name)} ${where} ORDER BY ${order} LIMIT ${maxRows}`.execute(db)
      let fitting = 0
      for (let total = 0; fitting < sizes.length; fitting++) {
        total += Number(sizes[fitting]!.size)
        if (fitting > 0 && total > pageBytes) break
      }
      size = Math.max(1, fitting)
    }
    const { rows } = await sql<Row>`SELECT ${select} FROM ${sql.table(table.name)} ${where} ORDER BY ${order} LIMIT ${size}`.execute(db)
    if (rows.length === 0) return
    await visit(rows)
    if (rows.length < size) return
    after = key.map((column) => rows.at(-1)![column])
    if (!table.large) size = Math.max(1, Math.min(maxRows, Math.floor(size * pageBytes / Math.max(1, sizeOf(rows)))))
  }
}

export async function insertRows (db: Executor, engine: Engine, table: string, key: string[], columns: string[], rows: Row[]) {
  if (rows.length === 0) return
  if (engine === 'postgres') {
    // PostgreSQL's text cannot hold U+0000 (SQLite's can): name the row rather than fail with an encoding error.
    for (const row of rows) {
      const column = columns.find((name) => typeof row[name] === 'string' && row[name].includes('\u0000'))
      if (column) {
        throw new CopyError(`Refused: ${table}.${column} of the row ${key.map((name) => `${name} = ${JSON.stringify(row[name])}`).join(', ')} holds the character U+0000, ` +
          'which PostgreSQL cannot store in text: remove it on the source, then copy again. Nothing was copied (rolled back).')
      }
    }
  }
  // Explicit ids into identity columns (PostgreSQL: also if one were GENERATED ALWAYS).
  const overriding = engine === 'postgres' ? sql`OVERRIDING SYSTEM VALUE` : sql``
  const values = sql.join(rows.map((row) => sql`(${sql.join(columns.map((column) => row[column]))})`))
  await sql`INSERT INTO ${sql.table(table)} (${sql.join(columns.map((column) => sql.ref(column)))}) ${overriding} VALUES ${values}`.execute(db)
}
