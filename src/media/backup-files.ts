// The media files a SQLite backup names (items and variants with storage 'files'), kept beside it in <backup>.media/
// with MEDIA_PATH's layout, and put back into MEDIA_PATH on restore. media_blobs come along inside the database file.
import { access, rename, rm } from 'node:fs/promises'
import type SQLite from 'better-sqlite3'
import { BackupError, backupDatabase, mediaFilesOf, restoreDatabase, type MediaFiles } from '../db/backup.js'
import { fileStorage, originalKey, variantKey } from './storage.js'

/** The folder beside a backup file that holds its media files. */
export const mediaFolderOf = (backupPath: string) => `${backupPath}.media`

export interface MediaFilesCopy {
  /** Files copied. */
  files: number
  bytes: number
  /** Files that were there already (restore: the same key holds the same bytes, so they are left as they are). */
  present: number
  /** Files that were not found, each naming its item. */
  missing: string[]
}

/** Storage keys of the files, each with the item it belongs to. */
function keysOf ({ items, variants }: MediaFiles): Array<{ key: string, what: string }> {
  return [
    ...items.map((item) => ({ key: originalKey(item.id), what: `media ${item.id} (${item.name})` })),
    ...variants.map((variant) => ({ key: variantKey(variant.media_id, variant.width, variant.format), what: `media ${variant.media_id}, variant ${variant.width}.${variant.format}` })),
  ]
}

const exists = (path: string) => access(path).then(() => true, () => false)

/** Copies each file from one root to another (files already in `to` are kept), one at a time, each written durably. */
async function copyFiles (media: MediaFiles, from: string, to: string, where: string): Promise<MediaFilesCopy> {
  const source = fileStorage(from)
  const target = fileStorage(to)
  const copy: MediaFilesCopy = { files: 0, bytes: 0, present: 0, missing: [] }
  for (const { key, what } of keysOf(media)) {
    if (await exists(target.pathOf(key))) {
      copy.present++
      continue
    }
    const bytes = await source.get(key)
    if (!bytes) {
      copy.missing.push(`${what}: ${source.pathOf(key)} is missing${where}`)
      continue
    }
    await target.put(key, bytes)
    copy.files++
    copy.bytes += bytes.byteLength
  }
  return copy
}

/**
 * Copies the files `media` names from MEDIA_PATH (`root`) into `folder`, written as `folder`.partial and renamed once
 * complete; no folder when there is no file to keep. Refused when `folder` exists (a backup never overwrites).
 */
export async function backupMediaFiles (media: MediaFiles, root: string, folder: string): Promise<MediaFilesCopy> {
  if (await exists(folder)) throw new BackupError(`${folder} exists: choose a new backup file, a backup never overwrites one`)
  const partial = `${folder}.partial`
  await rm(partial, { recursive: true, force: true })
  try {
    const copy = await copyFiles(media, root, partial, '')
    if (copy.files > 0) await rename(partial, folder)
    return copy
  } finally {
    await rm(partial, { recursive: true, force: true })
  }
}

/** Puts the files `media` names back from a backup's `folder` into MEDIA_PATH (`root`), deleting none that are there. */
export async function restoreMediaFiles (media: MediaFiles, folder: string, root: string): Promise<MediaFilesCopy> {
  return copyFiles(media, folder, root, ' (and MEDIA_PATH has none)')
}

/**
 * `backup PATH`: the database (SQLite's online backup) and, in PATH.media, the files under MEDIA_PATH (`root`) that
 * its rows name, complete before the backup file takes its name.
 */
export async function backupWithMedia (sqlite: SQLite.Database, path: string, root: string): Promise<{ pages: number, media: MediaFilesCopy }> {
  let media: MediaFilesCopy = { files: 0, bytes: 0, present: 0, missing: [] }
  const { pages } = await backupDatabase(sqlite, path, async (partial) => {
    media = await backupMediaFiles(mediaFilesOf(partial), root, mediaFolderOf(path))
  })
  return { pages, media }
}

/** `restore PATH`: the database at `target` replaced by the backup, then the files of PATH.media put back under `root`. */
export async function restoreWithMedia (path: string, target: string, root: string): Promise<{ pages: number, media: MediaFilesCopy }> {
  const { pages } = await restoreDatabase(path, target)
  return { pages, media: await restoreMediaFiles(mediaFilesOf(path), mediaFolderOf(path), root) }
}
