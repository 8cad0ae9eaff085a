// The media part of the load benchmark (test/bench/run.ts): the image a variant target serves, upload throughput and
// latency for a 2 MB JPEG, and the app's memory while 50 uploads are processed at once.
// Every upload has bytes of its own (a JPEG comment naming its number, COM segment), so none is answered as a repeat
// of an earlier one: each is decoded, turned upright, re-encoded without metadata, hashed and stored in full.
import { request as httpRequest } from 'node:http'
import { performance } from 'node:perf_hooks'
import sharp from 'sharp'
import { quantile } from './measure.js'

const MB = 1024 * 1024

/** A photo-like JPEG of about 2 MB (a gradient under noise, 2048 × 1536 at quality 92). */
export async function benchPhoto (): Promise<Buffer> {
  const width = 2048
  const height = 1536
  const raw = Buffer.alloc(width * height * 3)
  let seed = 1
  const noise = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff) * 60
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3
      raw[i] = (x * 255 / width + noise()) & 255
      raw[i + 1] = (y * 255 / height + noise()) & 255
      raw[i + 2] = (((x + y) % 256) + noise()) & 255
    }
  }
  return sharp(raw, { raw: { width, height, channels: 3 } }).jpeg({ quality: 92 }).toBuffer()
}

/** The photo with a comment segment right after its SOI marker: distinct bytes per `n`, the same image. */
export function distinctJpeg (photo: Buffer, n: number): Buffer {
  const text = Buffer.from(`bench upload ${n}`)
  const segment = Buffer.alloc(4)
  segment.writeUInt16BE(0xfffe, 0)
  segment.writeUInt16BE(text.length + 2, 2)
  return Buffer.concat([photo.subarray(0, 2), segment, text, photo.subarray(2)])
}

/** A multipart/form-data upload body (field `file`, and `alt`), as a browser's FormData sends it. */
export async function uploadBody (bytes: Buffer, name: string): Promise<{ body: Buffer, contentType: string }> {
  const form = new FormData()
  form.append('file', new Blob([bytes], { type: 'image/jpeg' }), name)
  form.append('alt', 'A benchmark photo')
  const request = new Request('http://bench.invalid/', { method: 'POST', body: form })
  return { body: Buffer.from(await request.arrayBuffer()), contentType: request.headers.get('content-type')! }
}

/** POSTs one prepared upload; resolves with its status, body and time. */
export function postUpload (origin: string, adminKey: string, upload: { body: Buffer, contentType: string }): Promise<{ status: number, body: string, ms: number }> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${origin}/v1/admin/media`, {
      method: 'POST',
      agent: false,
      headers: { authorization: `Bearer ${adminKey}`, 'content-type': upload.contentType, 'content-length': upload.body.length },
    }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString(), ms: performance.now() - started }))
      response.on('error', reject)
    })
    request.on('error', reject)
    request.end(upload.body)
  })
}

/**
 * Uploads the photo at 1280 pixels wide (a typical web original; smaller than the upload runs' so that the app's
 * memory readings before them are not those of a 2 MB decode) and asks for its 640-pixel variant once, so that the
 * variant target reads it from storage.
 */
export async function prepareVariant (origin: string, adminKey: string, photo: Buffer): Promise<string> {
  const original = await sharp(photo).resize({ width: 1280 }).jpeg({ quality: 90 }).toBuffer()
  const response = await postUpload(origin, adminKey, await uploadBody(original, 'ward-round.jpg'))
  if (response.status !== 201) throw new Error(`the variant's upload answered ${response.status}: ${response.body.slice(0, 300)}`)
  const url = new URL((JSON.parse(response.body) as { data: { url: string } }).data.url)
  const path = `${url.pathname}?w=640`
  const made = await fetch(`${origin}${path}`)
  if (made.status !== 200) throw new Error(`GET ${path} answered ${made.status}`)
  await made.arrayBuffer()
  return path
}

export interface UploadRun {
  uploads: number
  connections: number
  image_bytes: number
  uploads_per_s: number
  mb_per_s: number
  p50_ms: number
  p99_ms: number
  failures: number
}

/**
 * `count` uploads of distinct 2 MB JPEGs, `connections` at a time (each sends its next when its last is answered):
 * throughput over the whole run and the latency of each, from the first byte sent to the last received.
 */
export async function measureUploads (origin: string, adminKey: string, photo: Buffer, options: { count: number, connections: number, first: number }): Promise<UploadRun> {
  const bodies = await Promise.all(Array.from({ length: options.count }, (_, i) => uploadBody(distinctJpeg(photo, options.first + i), `photo-${options.first + i}.jpg`)))
  const times: number[] = []
  let failures = 0
  let next = 0
  const started = performance.now()
  const connection = async () => {
    while (next < bodies.length) {
      const body = bodies[next++]!
      const response = await postUpload(origin, adminKey, body).catch(() => ({ status: 0, ms: 0, body: '' }))
      if (response.status === 201) times.push(response.ms)
      else failures++
    }
  }
  await Promise.all(Array.from({ length: Math.min(options.connections, bodies.length) }, connection))
  const seconds = (performance.now() - started) / 1000
  const imageBytes = distinctJpeg(photo, options.first).length
  return {
    uploads: options.count,
    connections: options.connections,
    image_bytes: imageBytes,
    uploads_per_s: times.length / seconds,
    mb_per_s: times.length * imageBytes / MB / seconds,
    p50_ms: quantile(times, 0.5),
    p99_ms: quantile(times, 0.99),
    failures,
  }
}

export interface ConcurrentRss {
  uploads: number
  image_bytes: number
  before_bytes: number
  /** RSS of the server and its image process together. */
  peak_bytes: number
  after_bytes: number
  /** Of that peak's samples, the image process's largest RSS. */
  image_process_peak_bytes: number
  samples: number
  budget_bytes: number
  budget: string
  pass: boolean
  failures: number
}

/**
 * `count` uploads sent at once while the app's RSS (server and image process) is sampled (every 20 ms): the peak against a budget of what the
 * app may hold at once — each upload's body buffered whole (twice: the multipart chunks and the joined buffer), and
 * MEDIA_CONCURRENCY images decoded (RGB, twice: decoded input and the pipeline's output before encoding) — on top of
 * its RSS before, plus 64 MB for libvips' and the allocator's working memory.
 */
export async function measureConcurrentRss (origin: string, adminKey: string, photo: Buffer, options: {
  count: number
  first: number
  concurrency: number
  memory: () => Promise<{ rss: number, imageRss: number }>
}): Promise<ConcurrentRss> {
  const bodies = await Promise.all(Array.from({ length: options.count }, (_, i) => uploadBody(distinctJpeg(photo, options.first + i), `burst-${options.first + i}.jpg`)))
  const { width = 0, height = 0 } = await sharp(photo).metadata()
  // The server's RSS and its image process's (which decodes the uploads) together: the memory the service holds.
  let imagePeak = 0
  const total = async () => {
    const { rss, imageRss } = await options.memory()
    imagePeak = Math.max(imagePeak, imageRss)
    return rss + imageRss
  }
  const before = await total()
  let peak = before
  let samples = 0
  const state = { running: true }
  const sampling = (async () => {
    while (state.running) {
      peak = Math.max(peak, await total())
      samples++
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  })()
  const answers = await Promise.all(bodies.map((body) => postUpload(origin, adminKey, body).catch(() => ({ status: 0, ms: 0, body: '' }))))
  state.running = false
  await sampling
  const after = await total()
  peak = Math.max(peak, after)
  const imageBytes = distinctJpeg(photo, options.first).length
  const decoded = width * height * 3
  const slack = 64 * MB
  const budget = before + options.count * 2 * imageBytes + options.concurrency * 2 * decoded + slack
  return {
    uploads: options.count,
    image_bytes: imageBytes,
    before_bytes: before,
    peak_bytes: peak,
    image_process_peak_bytes: imagePeak,
    after_bytes: after,
    samples,
    budget_bytes: budget,
    budget: `RSS before + ${options.count} uploads × 2 × ${imageBytes} bytes (each body buffered whole, chunks and joined) + ` +
      `MEDIA_CONCURRENCY ${options.concurrency} × 2 × ${width} × ${height} × 3 bytes (decoded RGB in and out) + 64 MB (libvips and allocator)`,
    pass: peak <= budget,
    failures: answers.filter((answer) => answer.status !== 201).length,
  }
}
