// Media test helpers: images made with sharp (tiny, so the tests stay fast), multipart uploads for app.inject, and
// every byte a media item left in storage (files under MEDIA_PATH and media_blobs rows).
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import type { FastifyInstance } from 'fastify'
import sharp from 'sharp'
import { ADMIN, ENGINE, build, tempDir, type BuildTestOptions } from '../helper.js'

interface Tap { teardown(fn: () => unknown): void }

/** Where new bytes go when MEDIA_STORAGE is not set: files on SQLite, the database on PostgreSQL. */
export const DEFAULT_STORAGE = ENGINE === 'postgres' ? 'database' : 'files'

/** An app (build() from test/helper.ts) whose media folder the test knows. */
export async function mediaApp (t: Tap, env: Record<string, string> = {}, options: Omit<BuildTestOptions, 'env'> = {}) {
  const mediaPath = env.MEDIA_PATH ?? join(tempDir(t), 'media')
  const app = await build(t, { ...options, env: { ...env, MEDIA_PATH: mediaPath } })
  return { app, mediaPath }
}

/** multipart/form-data with `file` (named `filename`, sent with the client's `contentType`) and text fields. */
export async function form (file: Buffer | undefined, filename: string, fields: Record<string, string> = {}, contentType = 'application/octet-stream') {
  const data = new FormData()
  if (file) data.append('file', new Blob([file], { type: contentType }), filename)
  for (const [name, value] of Object.entries(fields)) data.append(name, value)
  const request = new Request('http://x/', { method: 'POST', body: data })
  return { payload: Buffer.from(await request.arrayBuffer()), headers: { ...ADMIN, 'content-type': request.headers.get('content-type')! } }
}

/** POST /v1/admin/media with one file. */
export async function upload (app: FastifyInstance, file: Buffer | undefined, filename = 'image.bin', fields: Record<string, string> = {}, contentType?: string) {
  return app.inject({ method: 'POST', url: '/v1/admin/media', ...await form(file, filename, fields, contentType) })
}

/** Uploads and returns the item (fails the test's expectations loudly if the upload is refused). */
export async function uploaded (app: FastifyInstance, file: Buffer, filename = 'image.bin', fields: Record<string, string> = {}) {
  const res = await upload(app, file, filename, fields)
  if (res.statusCode !== 201 && res.statusCode !== 200) throw new Error(`upload refused: ${res.statusCode} ${res.body}`)
  const item = res.json().data as { id: string, url: string, content_type: string, width: number, height: number, bytes: number, sha256: string, name: string }
  return { ...item, path: new URL(item.url).pathname }
}

/** A plain image of `width` × `height` in `format`, different for each `color`. */
export function image (format: 'jpeg' | 'png' | 'webp' | 'avif' | 'gif', width = 64, height = 48, color = '#3a6') {
  return sharp({ create: { width, height, channels: 3, background: color } }).toFormat(format).toBuffer()
}

/** A JPEG of a smooth gradient (cheap to encode at any size), different for each `seed`. */
export async function photo (width: number, height: number, seed = 1): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3
      raw[i] = Math.floor((x * 255) / width)
      raw[i + 1] = Math.floor((y * 255) / height)
      raw[i + 2] = (seed * 37 + ((x >> 4) ^ (y >> 4)) * 8) & 0xff
    }
  }
  return sharp(raw, { raw: { width, height, channels: 3 } }).jpeg({ quality: 80 }).toBuffer()
}

/** A JPEG of noise: large for its pixels. */
export async function noise (width: number, height: number): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3)
  let state = 1
  for (let i = 0; i < raw.length; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff
    raw[i] = state >> 16
  }
  return sharp(raw, { raw: { width, height, channels: 3 } }).jpeg({ quality: 90 }).toBuffer()
}

/** An animated GIF: three frames of `width` × `height`. */
export async function animatedGif (width = 64, height = 48): Promise<Buffer> {
  const frame = (background: string) => sharp({ create: { width, height, channels: 4, background } }).png().toBuffer()
  const frames = [await frame('#f00'), await frame('#0f0'), await frame('#00f')]
  return sharp(frames, { join: { animated: true } }).gif({ delay: [100, 100, 100], loop: 0 }).toBuffer()
}

/** What a phone leaves in a photo: where it was taken, and the camera's serial number. */
export const SECRETS = {
  serial: 'SN-4417-0099-2231',
  owner: 'Dr Jane Ward',
  datum: 'WGS-84 HOME-7',
  /** 26.29 seconds of latitude, as the EXIF rational 2629/100 (little-endian, as sharp writes it). */
  latitudeSeconds: Buffer.from([0x45, 0x0a, 0, 0, 0x64, 0, 0, 0]),
  /** 40.12 seconds of longitude, 4012/100. */
  longitudeSeconds: Buffer.from([0xac, 0x0f, 0, 0, 0x64, 0, 0, 0]),
}

/** A JPEG carrying GPS coordinates and a camera serial in its EXIF. */
export function gpsJpeg (width = 120, height = 80) {
  return sharp({ create: { width, height, channels: 3, background: '#c33' } }).jpeg().withExif({
    IFD0: { Make: 'Canon', Model: 'EOS R5', Artist: SECRETS.owner },
    IFD2: { BodySerialNumber: SECRETS.serial },
    IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 2629/100', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 4012/100', GPSMapDatum: SECRETS.datum },
  }).toBuffer()
}

/** The byte strings of SECRETS found in `bytes`. */
export function secretsIn (bytes: Buffer): string[] {
  return Object.entries(SECRETS).filter(([, secret]) => bytes.includes(secret)).map(([name]) => name)
}

function chunk (type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A decompression bomb: a PNG of a few dozen bytes whose header says `width` × `height` pixels. */
export function pixelBomb (width = 50_000, height = 50_000): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8-bit RGB, deflate, no filter method, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', Buffer.from([0x78, 0x9c, 0x63, 0, 0, 0, 1, 0, 1])), chunk('IEND', Buffer.alloc(0))])
}

/** Every file under `root` (relative paths), sorted. */
export function filesUnder (root: string): string[] {
  const found: string[] = []
  const walk = (dir: string, prefix: string) => {
    let names: string[]
    try { names = readdirSync(dir) } catch { return }
    for (const name of names) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path, `${prefix}${name}/`)
      else found.push(`${prefix}${name}`)
    }
  }
  walk(root, '')
  return found.sort()
}

/** The stored bytes of an item (original and variants) in both drivers, by storage key. */
export async function storedBytes (app: FastifyInstance, mediaPath: string, id: string): Promise<Map<string, Buffer>> {
  const stored = new Map<string, Buffer>()
  for (const file of filesUnder(mediaPath)) {
    if (file.startsWith(`${id.slice(0, 2)}/${id}/`)) stored.set(file.slice(3), readFileSync(join(mediaPath, file)))
  }
  const blobs = await app.database.db.selectFrom('media_blobs').select(['key', 'data']).where('key', 'like', `${id}/%`).execute()
  for (const blob of blobs) stored.set(blob.key, Buffer.from(blob.data))
  return stored
}

/** The rows of a table about a media item. */
export function rowsOf (app: FastifyInstance, table: 'media' | 'media_variants', id: string) {
  const db = app.database.db
  return table === 'media'
    ? db.selectFrom('media').selectAll().where('id', '=', id).execute()
    : db.selectFrom('media_variants').selectAll().where('media_id', '=', id).orderBy('width').orderBy('format').execute()
}

/** The webhook events (outbox rows) about a media item, oldest first. */
export async function mediaEvents (app: FastifyInstance, id: string): Promise<Array<{ type: string, data: Record<string, unknown> }>> {
  const rows = await app.database.db.selectFrom('webhook_events').select(['type', 'payload'])
    .where('subject_type', '=', 'media').where('subject_id', '=', id).orderBy('id').execute()
  return rows.map((row) => ({ type: row.type, data: JSON.parse(row.payload) as Record<string, unknown> }))
}
