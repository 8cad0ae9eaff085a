// Where the bytes of images and their variants are kept, behind one small interface with two drivers: a folder
// (MEDIA_PATH: each file written to a temporary name, flushed to disk and renamed into place, so no half-written file
// is ever served) and the database (media_blobs: SQLite BLOB or PostgreSQL bytea, shared by every instance).
import { randomBytes } from 'node:crypto'
import { mkdir, open, readFile, rename, rm, rmdir } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import type { Executor } from '../db/schema.js'

export type StorageKind = 'files' | 'database'

export interface MediaStorage {
  readonly kind: StorageKind
  /**
   * Keeps `bytes` under `key`, durably: when it resolves, they survive a crash or power loss. Keys are content-addressed
   * (the same key always holds the same bytes), so writing one that exists changes nothing. `trx`: the database driver
   * writes in the caller's transaction.
   */
  put(key: string, bytes: Buffer, trx?: Executor): Promise<void>
  /** The bytes under `key`, or undefined when there are none. */
  get(key: string): Promise<Buffer | undefined>
  /** Removes the keys (those that do not exist are skipped). */
  delete(keys: readonly string[], trx?: Executor): Promise<void>
}

/** The storage key of a media item's original, and of one of its variants. */
export const originalKey = (id: string) => `${id}/original`
export const variantKey = (id: string, width: number, format: string) => `${id}/${width}.${format}`

const KEY = /^[0-9a-f]{24}\/(?:original|\d{1,5}\.(?:webp|avif|jpeg|png))$/

function checkedKey (key: string): string {
  if (!KEY.test(key)) throw new Error(`not a media storage key: ${key}`)
  return key
}

/** Files under `root`: {root}/{first two digits of the id}/{id}/{original | width.format}. */
export function fileStorage (root: string): MediaStorage & { pathOf(key: string): string, root: string } {
  const base = resolve(root)
  const pathOf = (key: string) => join(base, checkedKey(key).slice(0, 2), key)
  return {
    kind: 'files',
    root: base,
    pathOf,
    async put (key, bytes) {
      const path = pathOf(key)
      const dir = dirname(path)
      await mkdir(dir, { recursive: true })
      const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`
      const file = await open(temporary, 'wx')
      try {
        await file.writeFile(bytes)
        await file.sync()
      } finally {
        await file.close()
      }
      try {
        await rename(temporary, path)
      } catch (error) {
        await rm(temporary, { force: true })
        throw error
      }
      // The rename itself is durable once the folder is flushed (and the folders above it, which mkdir may have made).
      await syncFolder(dir)
      await syncFolder(dirname(dir))
    },
    async get (key) {
      try {
        return await readFile(pathOf(key))
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
        throw error
      }
    },
    async delete (keys) {
      const folders = new Set<string>()
      for (const key of keys) {
        const path = pathOf(key)
        await rm(path, { force: true })
        folders.add(dirname(path))
      }
      // An item's folder goes with its last file.
      for (const folder of folders) await rmdir(folder).catch(() => undefined)
    },
  }
}

async function syncFolder (path: string) {
  const folder = await open(path, 'r')
  try {
    await folder.sync()
  } finally {
    await folder.close()
  }
}

/** Rows of media_blobs, in the caller's transaction when given one. */
export function databaseStorage (db: Executor): MediaStorage {
  return {
    kind: 'database',
    async put (key, bytes, trx = db) {
      await trx.insertInto('media_blobs').values({ key: checkedKey(key), data: bytes })
        .onConflict((conflict) => conflict.column('key').doNothing()).execute()
    },
    async get (key) {
      const row = await db.selectFrom('media_blobs').select('data').where('key', '=', checkedKey(key)).executeTakeFirst()
      return row ? Buffer.from(row.data) : undefined
    },
    async delete (keys, trx = db) {
      if (keys.length === 0) return
      await trx.deleteFrom('media_blobs').where('key', 'in', keys.map(checkedKey)).execute()
    },
  }
}

/** Both drivers: items record which one holds their bytes, so changing MEDIA_STORAGE never loses the earlier ones. */
export interface MediaStores {
  /** Where new bytes are written. */
  current: MediaStorage
  of(kind: StorageKind): MediaStorage
}

export function mediaStores (db: Executor, options: { kind: StorageKind, path: string }): MediaStores {
  const files = fileStorage(options.path)
  const database = databaseStorage(db)
  const of = (kind: StorageKind) => kind === 'files' ? files : database
  return { current: of(options.kind), of }
}
