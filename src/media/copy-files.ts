// What copy-database does with media whose bytes are files under MEDIA_PATH: carries them into the target's
// media_blobs (the rows then say storage 'database'), so that instances sharing nothing but a PostgreSQL database serve
// them; or keeps the rows as they are (the target's server reads the same MEDIA_PATH).
import { access } from 'node:fs/promises'
import type { CopyRewrite, Row } from '../db/copy.js'
import { fileStorage, originalKey, variantKey } from './storage.js'

export type MediaCopyMode = 'database' | 'keep'

/**
 * The mode `--media` asks for (undefined when it names none); without it, `database` for a PostgreSQL target, whose
 * instances share nothing but the database, and `keep` for a SQLite one, whose server reads the same MEDIA_PATH.
 */
export function mediaCopyMode (option: string | undefined, target: 'sqlite' | 'postgres'): MediaCopyMode | undefined {
  if (option === undefined) return target === 'postgres' ? 'database' : 'keep'
  return option === 'database' || option === 'keep' ? option : undefined
}

export interface MediaCopy extends CopyRewrite {
  readonly mode: MediaCopyMode
  /** What the copy did with the files, once it is done. */
  readonly result: {
    /** Files whose bytes were written into media_blobs. */
    carried: number
    bytes: number
    /** Items and variants the copy left with storage 'files' (all of them with `keep`). */
    kept: number
    /** Files that were missing: each names the item. */
    warnings: string[]
  }
}

const exists = (path: string) => access(path).then(() => true, () => false)

/**
 * The rewrite copy-database applies to media rows. `database`: each item and variant stored as a file under `root`
 * gets its bytes into media_blobs (read one file at a time) and says storage 'database'; an item whose file is missing
 * is copied as it was, and a variant whose file is missing is left out (it is made again when next asked for), each
 * with a warning. `keep`: rows as they are.
 */
export function mediaCopy (mode: MediaCopyMode, root: string): MediaCopy {
  const files = fileStorage(root)
  const result = { carried: 0, bytes: 0, kept: 0, warnings: [] as string[] }
  /** Keys of the files to carry, and those the source holds in media_blobs already (the same key, the same bytes). */
  const carrying: string[] = []
  const inBlobs = new Set<string>()

  /** The row as written: storage 'database' once its file is known to be there, undefined to leave it out. */
  async function carried (row: Row, key: string, what: string, missing: 'keep' | 'leave out'): Promise<Row | undefined> {
    if (row.storage !== 'files') return row
    if (mode === 'keep') {
      result.kept++
      return row
    }
    if (await exists(files.pathOf(key))) {
      carrying.push(key)
      return { ...row, storage: 'database' }
    }
    result.warnings.push(`${what}: its file ${files.pathOf(key)} is missing; ${missing === 'keep' ? "copied as it was (storage 'files')" : 'left out (it is made again when next asked for)'}`)
    if (missing === 'leave out') return undefined
    result.kept++
    return row
  }

  return {
    mode,
    result,
    async rows (table, rows) {
      if (table === 'media') {
        const written: Row[] = []
        for (const row of rows) written.push((await carried(row, originalKey(String(row.id)), `media ${String(row.id)} (${String(row.name)})`, 'keep'))!)
        return written
      }
      if (table === 'media_variants') {
        const written: Row[] = []
        for (const row of rows) {
          const [id, width, format] = [String(row.media_id), Number(row.width), String(row.format)]
          const kept = await carried(row, variantKey(id, width, format), `media ${id}, variant ${width}.${format}`, 'leave out')
          if (kept) written.push(kept)
        }
        return written
      }
      if (table === 'media_blobs') for (const row of rows) inBlobs.add(String(row.key))
      return rows
    },
    async * extra (table) {
      if (table !== 'media_blobs') return
      for (const key of carrying) {
        if (inBlobs.has(key)) continue
        const data = await files.get(key)
        if (!data) throw new Error(`${files.pathOf(key)} disappeared while it was being copied`)
        result.carried++
        result.bytes += data.byteLength
        yield [{ key, data }]
      }
    },
  }
}
