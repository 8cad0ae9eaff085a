// Nothing acknowledged is lost, for uploads too: a real server takes concurrent image uploads over sockets and is killed
// with SIGKILL at a different moment each time, over the same database and media folder, once with MEDIA_STORAGE=files
// and once with MEDIA_STORAGE=database. Every upload that got a 201 is then listed and served byte for byte as its
// item says (its size, its type, the bytes the server's cleaning makes of what was sent); every listed item is served
// (no row without its bytes), and in the folder no temporary file is ever what a URL serves.
// `npm test` kills the files driver's server once; `npm run crash` each driver's 20 times (with test/db/crash.test.ts).
import { createHash } from 'node:crypto'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'
import { test } from 'tap'
import { MEDIA_MAX_PIXELS } from '../../src/base/media.js'
import { cleanUpload } from '../../src/media/process.js'
import { etagOf } from '../../src/media/service.js'
import { ADMIN, ADMIN_KEY, databaseEnv, startServer, tempDir } from '../helper.js'

const KILLS = Number(process.env.CRASH_KILLS ?? 1)
const UPLOADERS = 4

interface Acknowledged { id: string, url: string, bytes: number, content_type: string, sha256: string, sent: Buffer }
interface ListedItem { id: string, url: string, bytes: number, content_type: string, sha256: string }

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

/** A distinct small image per number: its colour, size and type follow from n, so no two uploads have the same bytes. */
function image (n: number): Promise<Buffer> {
  const background = { r: (n * 47) % 256, g: (n * 101) % 256, b: (n * 7 + 60) % 256 }
  const picture = sharp({ create: { width: 40 + (n % 23) * 7, height: 30 + (n % 17) * 5, channels: 3, background } })
  switch (n % 3) {
    case 0: return picture.png().toBuffer()
    case 1: return picture.jpeg({ quality: 80 }).toBuffer()
    default: return picture.webp({ quality: 80 }).toBuffer()
  }
}

async function upload (origin: string, bytes: Buffer, n: number): Promise<Response> {
  const form = new FormData()
  form.append('file', new Blob([bytes]), `crash-${n}.img`)
  form.append('alt', `Upload ${n}`)
  return fetch(`${origin}/v1/admin/media`, { method: 'POST', headers: ADMIN, body: form })
}

/** Every item GET /v1/admin/media lists, page by page. */
async function listAll (origin: string): Promise<ListedItem[]> {
  const items: ListedItem[] = []
  for (let page = 1; ; page++) {
    const res = await fetch(`${origin}/v1/admin/media?limit=100&page=${page}`, { headers: ADMIN })
    if (res.status !== 200) throw new Error(`GET /v1/admin/media answered ${res.status}: ${await res.text()}`)
    const { data, meta } = await res.json() as { data: ListedItem[], meta: { pagination: { pages: number } } }
    items.push(...data)
    if (page >= meta.pagination.pages) return items
  }
}

/** The temporary files (`*.tmp`) under a folder, at any depth. */
function temporaryFiles (root: string): string[] {
  if (!existsSync(root)) return []
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.tmp'))
}

// npm test kills the server once, storing uploads as files (where a half-written file could appear); npm run crash
// (CRASH_KILLS set) kills it 20 times with each driver (the database driver's durability is the database's commit).
const STORAGES = process.env.CRASH_KILLS === undefined ? ['files'] as const : ['files', 'database'] as const
for (const storage of STORAGES) {
  test(`kill -9 during uploads (MEDIA_STORAGE=${storage}), ${KILLS} times, loses no acknowledged upload`, async (t) => {
    const mediaPath = join(tempDir(t), 'media')
    const env = {
      ...await databaseEnv(t, 'crash-media.db'),
      ADMIN_API_KEY: ADMIN_KEY,
      LOG_REQUESTS: 'false',
      MEDIA_STORAGE: storage,
      MEDIA_PATH: mediaPath,
    }
    const acknowledged: Acknowledged[] = []
    const unexpected: string[] = []
    let sent = 0
    let number = 0
    for (let round = 1; round <= KILLS; round++) {
      const server = await startServer(t, env)
      const state = { killed: false }
      const ackedBefore = acknowledged.length
      const uploader = async () => {
        while (!state.killed) {
          const n = ++number
          const bytes = await image(n)
          try {
            sent++
            const res = await upload(server.origin, bytes, n)
            if (res.status === 201) {
              const { data } = await res.json() as { data: ListedItem }
              acknowledged.push({ id: data.id, url: data.url, bytes: data.bytes, content_type: data.content_type, sha256: data.sha256, sent: bytes })
            } else {
              const text = await res.text().catch(() => '')
              if (!state.killed) unexpected.push(`upload ${n} answered ${res.status}: ${text.slice(0, 200)}`)
            }
          } catch {
            // The connection died with the server: this upload was never acknowledged.
          }
        }
      }
      const uploaders = Array.from({ length: UPLOADERS }, () => uploader())
      // Killed after a number of acknowledged uploads that differs per round, however long a loaded machine takes.
      const target = ackedBefore + 6 + ((round * 5) % 9)
      while (acknowledged.length < target && unexpected.length === 0) await new Promise((resolve) => setTimeout(resolve, 2))
      await server.stop('SIGKILL')
      state.killed = true
      await Promise.all(uploaders)
    }
    t.same(unexpected, [], 'every upload answered 201 until the kill')
    t.ok(acknowledged.length >= KILLS * 6, `${acknowledged.length} uploads acknowledged over ${KILLS} kills (${sent} sent)`)
    t.equal(new Set(acknowledged.map((ack) => ack.id)).size, acknowledged.length, 'each acknowledged upload is an item of its own (distinct bytes)')

    const server = await startServer(t, env)
    const listed = await listAll(server.origin)
    const byId = new Map(listed.map((item) => [item.id, item]))
    const lost = acknowledged.filter((ack) => !byId.has(ack.id))
    t.same(lost.map((ack) => ack.id), [], 'every acknowledged upload is listed after the restart')
    const changed = acknowledged.filter((ack) => {
      const item = byId.get(ack.id)
      return item && (item.bytes !== ack.bytes || item.content_type !== ack.content_type || item.sha256 !== ack.sha256 || new URL(item.url).pathname !== new URL(ack.url).pathname)
    })
    t.same(changed.map((ack) => ack.id), [], 'and listed as its 201 said (bytes, content_type, sha256, URL path; the origin is each server\'s own)')
    t.ok(acknowledged.every((ack) => ack.sha256 === sha256(ack.sent)), 'sha256 is that of the bytes sent')

    // Every listed item (acknowledged or committed just before a kill) is served whole; an acknowledged one is served
    // as the server cleans what was sent (cleaning is deterministic: the same sharp, the same settings).
    const sentOf = new Map(acknowledged.map((ack) => [ack.id, ack.sent]))
    const wrong: string[] = []
    for (const item of listed) {
      const res = await fetch(new URL(new URL(item.url).pathname, server.origin))
      const body = Buffer.from(await res.arrayBuffer())
      const problems = [
        res.status !== 200 && `status ${res.status}`,
        res.headers.get('content-type') !== item.content_type && `content-type ${res.headers.get('content-type')}`,
        body.length !== item.bytes && `${body.length} bytes, not ${item.bytes}`,
        res.headers.get('etag') !== etagOf(body) && 'an ETag not of the bytes served',
      ].filter(Boolean)
      const original = sentOf.get(item.id)
      if (original && problems.length === 0) {
        const expected = await cleanUpload(original, { maxPixels: MEDIA_MAX_PIXELS })
        if (sha256(body) !== sha256(expected.bytes)) problems.push(`sha256 ${sha256(body)} of the served bytes, not ${sha256(expected.bytes)}`)
      }
      if (problems.length > 0) wrong.push(`${item.id}: ${problems.join(', ')}`)
    }
    t.same(wrong, [], `all ${listed.length} listed items are served byte-identical, with their type and size`)

    if (storage === 'files') {
      const missing = listed.filter((item) => !existsSync(join(mediaPath, item.id.slice(0, 2), item.id, 'original')))
      t.same(missing.map((item) => item.id), [], 'every item\'s file is in MEDIA_PATH under its final name')
      const temporary = temporaryFiles(mediaPath)
      // A kill mid-write may leave a temporary file; it is never under a name a URL reads.
      t.ok(temporary.every((name) => /\/original\.[0-9a-f]{12}\.tmp$/.test(name)), `${temporary.length} temporary files left by the kills, none under a served name`)
    } else {
      t.same(temporaryFiles(mediaPath), [], 'nothing written to MEDIA_PATH')
    }
    await server.stop('SIGTERM')
  })
}
