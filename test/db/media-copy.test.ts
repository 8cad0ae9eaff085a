// Media through backup / restore and copy-database: rows and bytes arrive identical, files under MEDIA_PATH beside a
// backup or carried into media_blobs (--media=database), a missing file a warning naming its item.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { sql } from 'kysely'
import sharp from 'sharp'
import tap, { test } from 'tap'
import { migrationsDir } from '../../src/base/paths.js'
import { openDatabase, openSqlite, type DatabaseLocation } from '../../src/db/connection.js'
import { COPIED_TABLES, copyDatabase } from '../../src/db/copy.js'
import { forEachPage } from '../../src/db/copy-pages.js'
import type { Executor } from '../../src/db/schema.js'
import { backupWithMedia, mediaFolderOf, restoreWithMedia } from '../../src/media/backup-files.js'
import { mediaCopy, mediaCopyMode, type MediaCopyMode } from '../../src/media/copy-files.js'
import { createMediaRepository, type MediaRow } from '../../src/media/repository.js'
import { fileStorage, mediaStores, originalKey, variantKey } from '../../src/media/storage.js'
import { sourceEnv } from '../fixtures/history.js'
import { build, databaseEnv, runScript, TEST_DATABASE_URL, tempDir } from '../helper.js'

const NO_POSTGRES = TEST_DATABASE_URL ? false : 'needs PostgreSQL: set TEST_DATABASE_URL=postgres://… (CI does)'
const MEDIA_TABLES = ['media', 'media_variants', 'media_blobs', 'article_media']
const NOW = '2026-03-01T10:00:00.000Z'

interface Tap { teardown(fn: () => unknown): void }
/** A tap test, as the callbacks of test() get it. */
type T = Parameters<Parameters<typeof test>[0]>[0]

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

function itemOf (bytes: Buffer, name: string, contentType: string, storage: MediaRow['storage']): MediaRow {
  const hash = sha256(bytes)
  return {
    id: hash.slice(0, 24),
    sha256: hash,
    name,
    content_type: contentType,
    bytes: bytes.byteLength,
    etag: `"${hash.slice(0, 32)}"`,
    width: 8,
    height: 8,
    alt: `Alt of ${name}`,
    title: null,
    thumbhash: 'AAAA',
    storage,
    created_at: NOW,
    updated_at: NOW,
  }
}

/** The media a source holds: what each key's bytes are, and the items by role. */
interface Media {
  bytes: Map<string, Buffer>
  /** A PNG whose original and WebP variant are files under MEDIA_PATH; used by the seeded article. */
  files: MediaRow
  /** A JPEG whose original and PNG variant are rows of media_blobs; used by the seeded article. */
  blobs: MediaRow
  /** A PNG said to be a file under MEDIA_PATH, whose file is missing. */
  lost: MediaRow
}

/** A SQLite database with the seeded article and three images (as src/media/service.ts would store them). */
async function sourceWithMedia (t: Tap, dir: string): Promise<{ source: { path: string }, mediaPath: string, media: Media }> {
  const source = { path: join(dir, 'source.db') }
  const mediaPath = join(dir, 'media')
  const app = await build(t, { env: { DATABASE_PATH: source.path } })
  const db: Executor = app.database.db
  const stores = mediaStores(db, { kind: 'files', path: mediaPath })
  const repository = createMediaRepository(db)
  const image = (background: string) => sharp({ create: { width: 8, height: 8, channels: 3, background } })
  const [png, webp, jpeg, jpegAsPng, lostPng] = await Promise.all([
    image('#c00').png().toBuffer(), image('#c00').webp().toBuffer(), image('#0a0').jpeg().toBuffer(), image('#0a0').png().toBuffer(), image('#00c').png().toBuffer(),
  ])
  const media: Media = {
    bytes: new Map(),
    files: itemOf(png, 'red.png', 'image/png', 'files'),
    blobs: itemOf(jpeg, 'green.jpg', 'image/jpeg', 'database'),
    lost: itemOf(lostPng, 'blue.png', 'image/png', 'files'),
  }
  for (const [item, original, variant, format] of [[media.files, png, webp, 'webp'], [media.blobs, jpeg, jpegAsPng, 'png']] as const) {
    await repository.insert(item)
    await stores.of(item.storage).put(originalKey(item.id), original)
    await repository.insertVariant({ media_id: item.id, width: 0, format, content_type: `image/${format}`, bytes: variant.byteLength, etag: `"${sha256(variant).slice(0, 32)}"`, storage: item.storage, created_at: NOW })
    await stores.of(item.storage).put(variantKey(item.id, 0, format), variant)
    media.bytes.set(originalKey(item.id), original).set(variantKey(item.id, 0, format), variant)
  }
  await repository.insert(media.lost)
  const { id } = await db.selectFrom('articles').select('id').executeTakeFirstOrThrow()
  await db.insertInto('article_media').values([{ article_id: id, media_id: media.files.id }, { article_id: id, media_id: media.blobs.id }]).execute()
  await app.close()
  return { source, mediaPath, media }
}

/** The rows of the media tables, sorted by key (media_blobs' data as Buffers, as both drivers return them). */
async function mediaRows (location: DatabaseLocation): Promise<Record<string, Array<Record<string, unknown>>>> {
  const database = openDatabase('url' in location ? { url: location.url, poolMax: 2 } : location)
  try {
    const rows: Record<string, Array<Record<string, unknown>>> = {}
    for (const table of COPIED_TABLES.filter((copied) => MEDIA_TABLES.includes(copied.name))) {
      const key = table.key ?? ['id']
      const { rows: found } = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table.name)} ORDER BY ${sql.join(key.map((column) => sql.ref(column)))}`.execute(database.db)
      rows[table.name] = found
    }
    return rows
  } finally {
    await database.close()
  }
}

/** What the rows become once the files are carried into media_blobs: 'database', and a blob per file. */
function carriedRows (rows: Record<string, Array<Record<string, unknown>>>, media: Media) {
  const moved = (row: Record<string, unknown>) => row.storage === 'files' && (row.id ?? row.media_id) === media.files.id ? { ...row, storage: 'database' } : row
  const blobs = [...rows.media_blobs!, ...[...media.bytes].filter(([key]) => key.startsWith(media.files.id)).map(([key, data]) => ({ key, data }))]
  return { ...rows, media: rows.media!.map(moved), media_variants: rows.media_variants!.map(moved), media_blobs: blobs.sort((a, b) => String(a.key) < String(b.key) ? -1 : 1) }
}

/** One source for the tests below, which only read it (building an app on it takes a second). */
const shared = sourceWithMedia(tap, tempDir(tap))

test('backup / restore: files under MEDIA_PATH beside the backup and back, blobs inside it; a missing file named', async (t) => {
  const { source, mediaPath, media } = await shared
  const dir = tempDir(t)
  const expected = await mediaRows(source)
  const live = openSqlite(source.path)
  t.teardown(() => live.close())
  // What `npm run cli -- backup / restore` run (in this process: a child process per command would take seconds).
  const backupPath = join(dir, 'backups', 'copy.db')
  const lost = new RegExp(`^media ${media.lost.id} \\(blue\\.png\\): .*${media.lost.id}/original is missing$`)
  const backup = await backupWithMedia(live.sqlite!, backupPath, mediaPath)
  t.match(backup.media, { files: 2, present: 0, missing: [lost] })
  t.equal(backup.media.missing.length, 1, 'the missing file named, nothing else')
  const folder = fileStorage(mediaFolderOf(backupPath))
  t.equal(folder.root, `${backupPath}.media`)
  for (const [key, bytes] of media.bytes) {
    if (key.startsWith(media.files.id)) t.same(readFileSync(folder.pathOf(key)), bytes, `${key}: the same bytes, the same layout as MEDIA_PATH`)
  }
  t.notOk(existsSync(`${backupPath}.media.partial`), 'no partial folder left')
  t.notOk(existsSync(folder.pathOf(originalKey(media.blobs.id))), 'blobs stay inside the database file')

  const restoredPath = join(dir, 'restored.db')
  const restoredMedia = join(dir, 'restored-media')
  // A file already in MEDIA_PATH (the same key, so the same bytes) is kept, not written again.
  const present = fileStorage(restoredMedia).pathOf(originalKey(media.files.id))
  mkdirSync(dirname(present), { recursive: true })
  writeFileSync(present, media.bytes.get(originalKey(media.files.id))!)
  const restore = await restoreWithMedia(backupPath, restoredPath, restoredMedia)
  t.match(restore.media, { files: 1, present: 1, missing: [/is missing \(and MEDIA_PATH has none\)$/] })
  t.equal(restore.media.missing.length, 1)
  t.same(await mediaRows({ path: restoredPath }), expected, 'the same rows, blobs byte for byte')
  for (const [key, bytes] of media.bytes) {
    if (key.startsWith(media.files.id)) t.same(readFileSync(fileStorage(restoredMedia).pathOf(key)), bytes, `${key} back under MEDIA_PATH`)
  }

  t.test('a backup whose media folder exists is refused, leaving no file', async (t) => {
    const other = join(dir, 'backups', 'other.db')
    mkdirSync(mediaFolderOf(other))
    await t.rejects(backupWithMedia(live.sqlite!, other, mediaPath), { name: 'BackupError', message: /other\.db\.media exists/ })
    t.notOk(existsSync(other))
    t.notOk(existsSync(`${other}.partial`))
  })
})

test('copy-database carries media: rows and bytes identical; files into media_blobs by default to PostgreSQL', async (t) => {
  const { source, mediaPath, media } = await shared
  const dir = tempDir(t)
  const original = await mediaRows(source)
  t.equal(original.media_blobs!.length, 2)
  const copyCli = (from: DatabaseLocation, to: string, ...options: string[]) =>
    runScript('cli', ['copy-database', '--to', to, ...options], { ...sourceEnv(from), MEDIA_PATH: mediaPath })
  /** As the CLI copies (in this process: a child process per copy would take seconds). */
  const copy = (from: DatabaseLocation, to: DatabaseLocation, mode: MediaCopyMode) => {
    const rewrite = mediaCopy(mode, mediaPath)
    return copyDatabase({ source: from, target: to, migrationsDir, rewrite }).then((report) => ({ report, ...rewrite.result }))
  }
  const lost = new RegExp(`^media ${media.lost.id} \\(blue\\.png\\): its file .*${media.lost.id}/original is missing; copied as it was \\(storage 'files'\\)$`)

  t.test('to SQLite, files kept where they are (the default there)', async (t) => {
    const target = { path: join(dir, 'kept.db') }
    const { report, kept, carried, warnings } = await copy(source, target, 'keep')
    t.match(report.tables.find((table) => table.table === 'media_blobs'), { rows: 2 })
    t.same({ kept, carried, warnings }, { kept: 3, carried: 0, warnings: [] }, 'two items and a variant still say files')
    t.same(await mediaRows(target), original)
  })

  t.test('to SQLite with --media=database: the files become blobs, a missing one named', async (t) => {
    const target = { path: join(dir, 'carried.db') }
    const { report, kept, carried, bytes, warnings } = await copy(source, target, 'database')
    t.match(report.tables.find((table) => table.table === 'media_blobs'), { rows: 4 })
    t.same({ kept, carried }, { kept: 1, carried: 2 })
    t.equal(bytes, [...media.bytes].filter(([key]) => key.startsWith(media.files.id)).reduce((sum, [, data]) => sum + data.byteLength, 0))
    t.match(warnings, [lost])
    t.equal(warnings.length, 1)
    t.same(await mediaRows(target), carriedRows(original, media))
  })

  t.test('the CLI: --media=database by default to PostgreSQL (else as asked), and back; the defaults', async (t) => {
    const postgres = TEST_DATABASE_URL ? { url: (await databaseEnv(t)).DATABASE_URL!, poolMax: 2 } : undefined
    const target = postgres ?? { path: join(dir, 'cli.db') }
    const result = await copyCli(source, postgres?.url ?? join(dir, 'cli.db'), ...(postgres ? [] : ['--media=database']))
    t.equal(result.code, 0, result.stderr)
    t.match(result.stdout, /^ {2}media_blobs +4 +[0-9a-f]{16}$/m)
    t.match(result.stdout, /^Media \(--media=database\): 2 files under .* \(\d+ bytes\) carried into media_blobs; their rows say storage 'database'\.$/m)
    t.match(result.stdout, new RegExp(`^ {2}warning: ${lost.source.slice(1)}`, 'm'))
    const expected = carriedRows(original, media)
    t.same(await mediaRows(target), expected, postgres ? 'BLOB to bytea, byte for byte' : 'the same rows and bytes')
    if (postgres) {
      const back = { path: join(dir, 'back.db') }
      await copy(postgres, back, 'keep')
      t.same(await mediaRows(back), expected, 'bytea to BLOB, byte for byte')
    }
    t.same([mediaCopyMode(undefined, 'postgres'), mediaCopyMode(undefined, 'sqlite'), mediaCopyMode('keep', 'postgres'), mediaCopyMode('database', 'sqlite'), mediaCopyMode('elsewhere', 'sqlite')],
      ['database', 'keep', 'keep', 'database', undefined], 'the defaults, what may be asked for')
  })
})

test('media_blobs are read in pages bounded by their bytes (one row at least)', async (t) => {
  const check = async (t: T, location: DatabaseLocation) => {
    const database = openDatabase(location)
    t.teardown(() => database.close())
    await database.migrate(migrationsDir)
    const sizes = [3000, 100, 100, 5000, 100]
    const keys = sizes.map((_, index) => `${String(index).repeat(24)}/original`)
    await database.db.insertInto('media_blobs').values(sizes.map((size, index) => ({ key: keys[index]!, data: Buffer.alloc(size, index) }))).execute()
    const table = COPIED_TABLES.find((copied) => copied.name === 'media_blobs')!
    const pages: number[][] = []
    await forEachPage(database.db, table, ['key', 'data'], { maxRows: 500, pageBytes: 3200 }, async (rows) => {
      pages.push(rows.map((row) => (row.data as Buffer).byteLength))
    })
    t.same(pages, [[3000, 100, 100], [5000], [100]], 'as many rows as fit into 3,200 bytes; a larger row alone')
  }
  t.test('SQLite', async (t) => { await check(t, { path: ':memory:' }) })
  t.test('PostgreSQL', { skip: NO_POSTGRES }, async (t) => { await check(t, { url: (await databaseEnv(t)).DATABASE_URL!, poolMax: 2 }) })
})
