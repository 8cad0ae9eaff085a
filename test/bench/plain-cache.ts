// The plain cache baseline for RSS under many distinct URLs (test/bench/distinct-urls.ts): bare Fastify that imports
// nothing of the app but its brotli settings (src/base/compression.ts), answering every GET with a JSON body of the size and status the app gave for the same URL (the
// loader says which in x-bench-size and x-bench-status), built as a server builds one — rows as objects, then
// JSON.stringify — compressed as the app compresses (gzip level 9, brotli with the app's brotliOptions), and kept in
// one least-recently-used Map bounded by RESPONSE_CACHE_MAX_MB (body, compressed forms, headers and key counted). What
// it holds after the run is what the runtime itself costs a server that keeps that budget of answers.
//
// Run by the loader as a child (fork): reports { type: 'listening', port } over IPC, answers { type: 'memory' }, exits
// on SIGTERM or when the loader goes away.
import Fastify from 'fastify'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { brotliOptions } from '../../src/base/compression.js'
import type { ServerMessage } from './server.js'

const MB = 1024 * 1024
const budget = Number(process.env.RESPONSE_CACHE_MAX_MB ?? 64) * MB
/** A row's JSON without its id's digits (twice: id and slug), its intro's characters and a separating comma. */
const ROW_SHELL = JSON.stringify({ id: '', slug: 'row-', title: '', intro: '' }).length - 2 + 40
const WORDS = ['care', 'intern', 'nurse', 'clinic', 'patient', 'skills', 'hospital', 'training', 'employer', 'health', 'ward', 'shift']

interface Kept { status: number, headers: Record<string, string>, body: Buffer, bytes: number }
const kept = new Map<string, Kept>()
let counted = 0

/** Words from `seed` on, `length` characters exactly (JSON needs no escapes for them). */
function words (seed: number, length: number): string {
  let text = ''
  for (let i = seed; text.length < length; i++) text += WORDS[i % WORDS.length] + ' '
  return text.slice(0, length)
}

/**
 * A JSON body of exactly `size` bytes (when size allows the envelope): rows of about 400 bytes, the last one's text
 * filling the rest, stringified at once as a route's answer is.
 */
export function plainBody (path: string, size: number): string {
  const envelope = JSON.stringify({ data: [], links: { self: path } }).length
  const rows: Array<{ id: number, slug: string, title: string, intro: string }> = []
  let length = envelope
  for (let id = 0; length < size; id++) {
    // {"id":…,"slug":"row-…","title":"<40 characters>","intro":""}, and the comma before every row but the first:
    // counted, not stringified, so the body is the one string a route would make.
    const shell = ROW_SHELL + 2 * String(id).length + (rows.length === 0 ? 0 : 1)
    const room = size - length - shell
    if (room < 0) break
    const intro = words(id + path.length, room > 700 ? 360 : room)
    rows.push({ id, slug: `row-${id}`, title: words(id, 40), intro })
    length += shell + intro.length
  }
  return JSON.stringify({ data: rows, links: { self: path } })
}

function keep (key: string, entry: Kept) {
  kept.set(key, entry)
  counted += entry.bytes
  for (const [oldKey, old] of kept) {
    if (counted <= budget) break
    kept.delete(oldKey)
    counted -= old.bytes
  }
}

const app = Fastify({ logger: false })
app.get('/*', async (request, reply) => {
  const accept = request.headers['accept-encoding']
  const encoding = accept?.includes('br') ? 'br' : accept?.includes('gzip') ? 'gzip' : undefined
  const key = `${request.url}\n${encoding ?? ''}`
  let entry = kept.get(key)
  if (entry) {
    kept.delete(key)
    kept.set(key, entry)
  } else {
    const size = Number(request.headers['x-bench-size'] ?? 0)
    const status = Number(request.headers['x-bench-status'] ?? 200)
    const identity = Buffer.from(plainBody(request.url, size))
    const body = encoding === 'br' ? brotliCompressSync(identity, brotliOptions(identity.length)) : encoding === 'gzip' ? gzipSync(identity, { level: 9 }) : identity
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'public, max-age=60',
      etag: `"${body.length.toString(36)}-${key.length.toString(36)}"`,
      vary: 'Accept-Encoding',
      ...(encoding ? { 'content-encoding': encoding } : {}),
    }
    const headerBytes = Object.entries(headers).reduce((sum, [name, value]) => sum + name.length + value.length, 0)
    entry = { status, headers, body, bytes: body.length + headerBytes + key.length }
    keep(key, entry)
  }
  return reply.code(entry.status).headers(entry.headers).send(entry.body)
})

const report = (message: ServerMessage) => process.send?.(message)
await app.listen({ host: '127.0.0.1', port: 0 })
const address = app.server.address()
if (!address || typeof address === 'string') throw new Error('not listening on a TCP port')
const stop = () => { app.close().then(() => process.exit(0), () => process.exit(1)) }
process.on('SIGTERM', stop)
process.on('disconnect', stop)
process.on('message', (message: { type?: string }) => {
  if (message.type !== 'memory') return
  const { rss, heapTotal, heapUsed, external } = process.memoryUsage()
  report({ type: 'memory', rss, heapTotal, heapUsed, external, budgetBytes: counted, imageRss: 0 })
})
report({ type: 'listening', port: address.port })
