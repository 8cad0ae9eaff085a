// Media: uploads (content-addressed: the same bytes give the same item), variants made once and then served from
// storage, edits, deletion (refused while an article uses the item) and the purge of unused variants. Image work is
// bounded (MEDIA_CONCURRENCY jobs at once) and runs in sharp's threads, off the event loop.
import { createHash } from 'node:crypto'
import { MEDIA_WIDTHS, TYPE_EXTENSIONS, type MediaFormat, type MediaType } from '../base/media.js'
import type { Executor } from '../db/schema.js'
import { conflict, HttpProblem, notFound } from '../http/errors.js'
import type { BudgetEntry, ResponseBudget } from '../http/response-budget.js'
import type { EventOutbox } from '../webhooks/outbox.js'
import { cleanUpload, makeVariant } from './images.js'
import type { MediaRepository, MediaRow, VariantRow } from './repository.js'
import { originalKey, variantKey, type MediaStores } from './storage.js'

export const MEDIA_EVENTS = [
  { type: 'media.created', when: 'an image was uploaded (not for the same bytes uploaded again)', data: 'the MediaItem' },
  { type: 'media.deleted', when: 'an image was deleted', data: 'the MediaItem' },
]

/** An article that uses a media item. */
export interface MediaUse { slug: string, title: string, status: string }

/** What is sent for a media URL: the stored bytes and what describes them. */
export interface MediaFile {
  bytes: Buffer
  content_type: string
  etag: string
}

export interface MediaService {
  /** Stores an upload; `created` is false when the same bytes were uploaded before (that item is returned as it is). */
  upload(file: { bytes: Buffer, filename: string | undefined, alt?: string | undefined, title?: string | null | undefined }): Promise<{ item: MediaRow, created: boolean }>
  /** The original (no width, no format), or a variant, made on first request; undefined when the item does not exist. */
  file(id: string, variant: { w?: number | undefined, format?: MediaFormat | undefined }): Promise<MediaFile | undefined>
  update(id: string, changes: { alt?: string, title?: string | null }): Promise<MediaRow>
  /** Deletes an item that no article uses (409 naming the articles otherwise). */
  remove(id: string): Promise<void>
  /** Deletes the stored variants of items no article uses; they are made again if asked for. */
  purgeUnusedVariants(): Promise<{ variants: number, bytes: number }>
}

export interface MediaServiceOptions {
  db: Executor
  media: MediaRepository
  stores: MediaStores
  events: EventOutbox
  /** The articles using an item (the content feature's article_media). */
  usedBy(id: string, trx?: Executor): Promise<MediaUse[]>
  /** The item as its webhook events carry it. */
  eventData(item: MediaRow): unknown
  settings: { maxPixels: number, concurrency: number }
  /** Memory for recently sent files (originals and variants), in bytes; 0 keeps none. */
  /** Recently sent files are kept within this budget, shared with every kept response. */
  budget: ResponseBudget
  now?: () => Date
}

/**
 * How long a kept file is sent without asking the database whether its item still exists: bytes never change, but
 * another instance may delete the item (this one forgets a deleted item at once).
 */
const KEPT_FOR_MS = 60_000

/** Recently sent files, counted against the one response budget (RESPONSE_CACHE_MAX_MB) with every other kept answer. */
function createFileCache (budget: ResponseBudget) {
  const entries = new Map<string, { file: MediaFile, at: number, kept: BudgetEntry }>()
  const drop = (key: string) => {
    const entry = entries.get(key)
    if (!entry) return
    entries.delete(key)
    entry.kept.release()
  }
  return {
    get (key: string, now: number): MediaFile | undefined {
      const entry = entries.get(key)
      if (!entry) return undefined
      if (now - entry.at > KEPT_FOR_MS) {
        drop(key)
        return undefined
      }
      entry.kept.use()
      return entry.file
    },
    set (key: string, file: MediaFile, now: number) {
      drop(key)
      // One file never takes more than an eighth of the room.
      if (file.bytes.length > budget.maxBytes / 8) return
      const kept = budget.keep(200 + key.length + file.etag.length + file.content_type.length, [file.bytes], () => entries.delete(key))
      if (kept) entries.set(key, { file, at: now, kept })
    },
    forget (id: string) {
      for (const key of [...entries.keys()]) if (key.startsWith(`${id}|`)) drop(key)
    },
  }
}

/** A strong ETag of some bytes: the start of their SHA-256, base64url. */
export const etagOf = (bytes: Buffer) => `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"`

/** The file name in an item's URL: the upload's name without its extension, made URL-safe, and the type's extension. */
export function mediaName (filename: string | undefined, type: MediaType): string {
  const stem = (filename ?? '').replace(/\.[^.]*$/, '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/, '')
  return `${stem || 'image'}.${TYPE_EXTENSIONS[type]}`
}

/** At most `limit` jobs at once; the others wait their turn in order. */
export function createLimiter (limit: number) {
  let running = 0
  const waiting: Array<() => void> = []
  return async function run<T> (job: () => Promise<T>): Promise<T> {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve))
    running++
    try {
      return await job()
    } finally {
      running--
      waiting.shift()?.()
    }
  }
}

export function createMediaService (options: MediaServiceOptions): MediaService {
  const { db, media, stores, events, settings } = options
  const now = options.now ?? (() => new Date())
  const limit = createLimiter(settings.concurrency)
  // One job per variant in this process: concurrent first requests for it wait for the same one.
  const making = new Map<string, Promise<MediaFile | undefined>>()
  const kept = createFileCache(options.budget)

  async function original (item: MediaRow): Promise<Buffer> {
    const bytes = await stores.of(item.storage).get(originalKey(item.id))
    if (!bytes) throw new HttpProblem(503, `The bytes of media item ${item.id} are missing from its storage (${item.storage}).`, { headers: { 'retry-after': '60' } })
    return bytes
  }

  async function makeAndStore (item: MediaRow, width: number, format: MediaFormat): Promise<MediaFile> {
    const source = await original(item)
    const made = await limit(() => makeVariant(source, item.content_type, { width, format }))
    const store = stores.current
    const row: VariantRow = {
      media_id: item.id, width, format, content_type: made.content_type, bytes: made.bytes.length, etag: etagOf(made.bytes), storage: store.kind, created_at: now().toISOString(),
    }
    // Bytes first, then the row that says they are there: a crash between leaves bytes nobody points at, never a row
    // pointing at nothing. In the database, both in one transaction.
    if (store.kind === 'files') await store.put(variantKey(item.id, width, format), made.bytes)
    await db.transaction().execute(async (trx) => {
      if (store.kind === 'database') await store.put(variantKey(item.id, width, format), made.bytes, trx)
      await media.insertVariant(row, trx)
    })
    return { bytes: made.bytes, content_type: row.content_type, etag: row.etag }
  }

  async function storedVariant (item: MediaRow, width: number, format: MediaFormat): Promise<MediaFile | undefined> {
    const stored = await media.findVariant(item.id, width, format)
    if (!stored) return undefined
    const bytes = await stores.of(stored.storage).get(variantKey(item.id, width, format))
    return bytes ? { bytes, content_type: stored.content_type, etag: stored.etag } : undefined
  }

  async function variant (item: MediaRow, width: number, format: MediaFormat): Promise<MediaFile | undefined> {
    const stored = await storedVariant(item, width, format)
    if (stored) return stored
    const key = `${item.id}/${width}.${format}`
    let job = making.get(key)
    if (!job) {
      // Looked up again inside the job: a request whose lookup above missed a variant that another request's job
      // stored (and finished) meanwhile finds it here instead of making it a second time.
      job = storedVariant(item, width, format).then((found) => found ?? makeAndStore(item, width, format)).finally(() => making.delete(key))
      making.set(key, job)
    }
    return job
  }

  async function findFile (id: string, w: number | undefined, format: MediaFormat | undefined): Promise<MediaFile | undefined> {
    const item = await media.find(id)
    if (!item) return undefined
    // A width at or above the original's is the original's own size: variants never enlarge.
    const width = w !== undefined && w < item.width ? w : 0
    if (width === 0 && (format === undefined || `image/${format}` === item.content_type)) {
      return { bytes: await original(item), content_type: item.content_type, etag: item.etag }
    }
    // A GIF resized stays animated as WebP; other originals keep their format unless asked.
    const target: MediaFormat = format ?? (item.content_type === 'image/gif' ? 'webp' : item.content_type.slice(6) as MediaFormat)
    return variant(item, width, target)
  }

  return {
    async upload ({ bytes, filename, alt, title }) {
      const sha256 = createHash('sha256').update(bytes).digest('hex')
      const existing = await media.findBySha256(sha256)
      if (existing) return { item: existing, created: false }
      const clean = await limit(() => cleanUpload(bytes, { maxPixels: settings.maxPixels }))
      const at = now().toISOString()
      const store = stores.current
      const item: MediaRow = {
        id: sha256.slice(0, 24),
        sha256,
        name: mediaName(filename, clean.content_type),
        content_type: clean.content_type,
        bytes: clean.bytes.length,
        etag: etagOf(clean.bytes),
        width: clean.width,
        height: clean.height,
        alt: alt?.trim() ?? '',
        title: title?.trim() || null,
        thumbhash: clean.thumbhash,
        storage: store.kind,
        created_at: at,
        updated_at: at,
      }
      // The file is on disk (flushed) before the row that acknowledges it commits.
      if (store.kind === 'files') await store.put(originalKey(item.id), clean.bytes)
      const created = await db.transaction().execute(async (trx) => {
        // The same bytes uploaded concurrently: the first to commit wins, the other answers with its item.
        if (await media.findBySha256(sha256, trx)) return false
        if (store.kind === 'database') await store.put(originalKey(item.id), clean.bytes, trx)
        await media.insert(item, trx)
        await events.enqueue({ type: 'media.created', data: options.eventData(item), subject: { type: 'media', id: item.id } }, trx)
        return true
      }).catch(async (error: unknown) => {
        if (await media.findBySha256(sha256)) return false
        throw error
      })
      if (!created) {
        const winner = await media.findBySha256(sha256)
        if (winner) return { item: winner, created: false }
      }
      return { item, created: true }
    },

    async file (id, { w, format }) {
      const key = `${id}|${w ?? ''}|${format ?? ''}`
      const at = Date.now()
      const hit = kept.get(key, at)
      if (hit) return hit
      const found = await findFile(id, w, format)
      if (found) kept.set(key, found, at)
      return found
    },

    async update (id, changes) {
      const updated = await media.update(id, changes, now())
      if (!updated) throw notFound(`No media item ${id}.`)
      return updated
    },

    async remove (id) {
      const keys = await db.transaction().execute(async (trx) => {
        const item = await media.find(id, trx)
        if (!item) throw notFound(`No media item ${id}.`)
        const users = await options.usedBy(id, trx)
        if (users.length > 0) {
          throw conflict(`Media item ${id} is used by ${users.length === 1 ? 'an article' : `${users.length} articles`}: ${users.map((use) => use.slug).join(', ')}. Remove it from them first.`, '/problems/media-in-use')
        }
        const variants = await media.variantsOf(id, trx)
        const byStore = [{ kind: item.storage, key: originalKey(id) }, ...variants.map((v) => ({ kind: v.storage, key: variantKey(id, v.width, v.format) }))]
        await stores.of('database').delete(byStore.filter((entry) => entry.kind === 'database').map((entry) => entry.key), trx)
        await media.remove(id, trx)
        await events.enqueue({ type: 'media.deleted', data: options.eventData(item), subject: { type: 'media', id } }, trx)
        return byStore.filter((entry) => entry.kind === 'files').map((entry) => entry.key)
      })
      kept.forget(id)
      // Files go once the rows are gone (a crash in between leaves files nothing points at, never the reverse).
      await stores.of('files').delete(keys)
    },

    async purgeUnusedVariants () {
      const variants = await media.unusedVariants()
      const files: string[] = []
      await db.transaction().execute(async (trx) => {
        await stores.of('database').delete(variants.filter((v) => v.storage === 'database').map((v) => variantKey(v.media_id, v.width, v.format)), trx)
        await media.removeVariants(variants, trx)
      })
      for (const v of variants) {
        kept.forget(v.media_id)
        if (v.storage === 'files') files.push(variantKey(v.media_id, v.width, v.format))
      }
      await stores.of('files').delete(files)
      return { variants: variants.length, bytes: variants.reduce((sum, v) => sum + v.bytes, 0) }
    },
  }
}

/** The widths a `w` query may name (documented in the OpenAPI document). */
export const ALLOWED_WIDTHS: readonly number[] = MEDIA_WIDTHS
