// Backups with SQLite's online backup API (consistent while the server writes), and restores that refuse to replace a
// database another process has open.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { dirname } from 'node:path'
import SQLite from 'better-sqlite3'

export class BackupError extends Error {
  constructor (message: string) {
    super(message)
    this.name = 'BackupError'
  }
}

/** The problems PRAGMA integrity_check finds, or none, and whether the file is one of this service's databases. */
function verify (path: string): void {
  const db = new SQLite(path, { readonly: true, fileMustExist: true })
  try {
    const result = db.pragma('integrity_check') as Array<{ integrity_check: string }>
    if (result.length !== 1 || result[0]?.integrity_check !== 'ok') {
      throw new BackupError(`${path} fails SQLite's integrity check: ${result.map((row) => row.integrity_check).slice(0, 5).join('; ')}`)
    }
    const migrations = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get() as { n: number }
    if (migrations.n !== 1) throw new BackupError(`${path} is not a database of this service (it has no schema_migrations table)`)
  } finally {
    db.close()
  }
}

/** Copies the open database to `path`, page by page, while other connections go on reading and writing. */
export async function backupDatabase (sqlite: SQLite.Database, path: string, alongside?: (partial: string) => Promise<void>): Promise<{ pages: number }> {
  if (existsSync(path)) throw new BackupError(`${path} exists: choose a new file, a backup never overwrites one`)
  mkdirSync(dirname(path), { recursive: true })
  const partial = `${path}.partial`
  rmSync(partial, { force: true })
  try {
    const { totalPages } = await sqlite.backup(partial)
    verify(partial)
    // What goes beside the backup (the media files its rows name) is complete before the backup takes its name.
    await alongside?.(partial)
    renameSync(partial, path)
    return { pages: totalPages }
  } finally {
    rmSync(partial, { force: true })
  }
}

/** The media items and variants of a database whose bytes are files under MEDIA_PATH (storage 'files'). */
export interface MediaFiles {
  items: Array<{ id: string, name: string }>
  variants: Array<{ media_id: string, width: number, format: string }>
}

/** The media files the SQLite database at `path` (a backup) names: none when it has no media tables. */
export function mediaFilesOf (path: string): MediaFiles {
  const db = new SQLite(path, { readonly: true, fileMustExist: true })
  try {
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN ('media', 'media_variants')").get() as { n: number }
    if (tables.n < 2) return { items: [], variants: [] }
    return {
      items: db.prepare("SELECT id, name FROM media WHERE storage = 'files' ORDER BY id").all() as MediaFiles['items'],
      variants: db.prepare("SELECT media_id, width, format FROM media_variants WHERE storage = 'files' ORDER BY media_id, width, format").all() as MediaFiles['variants'],
    }
  } finally {
    db.close()
  }
}

/**
 * Replaces the database at `target` with the backup at `source`. Refused while another process (the server) has the
 * target open: the check takes SQLite's exclusive lock, which an open connection in WAL mode prevents.
 */
export async function restoreDatabase (source: string, target: string): Promise<{ pages: number }> {
  if (!existsSync(source)) throw new BackupError(`${source} does not exist`)
  verify(source)
  if (existsSync(target)) {
    const probe = new SQLite(target, { timeout: 0 })
    try {
      probe.pragma('locking_mode = EXCLUSIVE')
      probe.exec('BEGIN EXCLUSIVE')
      probe.exec('COMMIT')
    } catch {
      throw new BackupError(`${target} is in use (is the server running?): stop every process using it, then restore`)
    } finally {
      probe.close()
    }
  }
  mkdirSync(dirname(target), { recursive: true })
  const backup = new SQLite(source, { readonly: true })
  try {
    const { totalPages } = await backup.backup(target)
    verify(target)
    return { pages: totalPages }
  } finally {
    backup.close()
  }
}
