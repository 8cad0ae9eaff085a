// RSS under many distinct public URLs (issue 22: "RSS after 250,000 distinct URLs", goal ≤ RESPONSE_CACHE_MAX_MB + 100 MB):
// the app (test/bench/server.ts) on a database with generated articles, asked once for each of N distinct URLs that its
// caches key on — article lists by page and size, searches, trimmed articles (`fields=`), review pages, sections — one in ten with Accept-Encoding (compressed forms are kept too), over keep-alive
// sockets, so the front cache meets them as well. RSS is read before and after. Then the same URLs, in the same order,
// go to the plain cache baseline (test/bench/plain-cache.ts: bare Fastify, the same V8 flags and budget, bodies of the
// sizes and statuses the app gave), whose RSS says what the runtime alone costs a server keeping that many answers.
//
// Standalone: node dist/test/bench/distinct-urls.js [--urls 250000] [--cache-mb 64] [--articles 200] [--connections 10]
//             [--database-url postgres://…] [--no-plain]
// From the bench runner: measureDistinctUrls({ urls, cacheMb, … }) → DistinctUrlsResult.
import { fork } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { Agent, request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { ARTICLE_FIELDS } from '../../src/content/model/queries.js'
import { isPostgresUrl, postgresSchema, sqliteDatabase, type BenchDatabase } from './database.js'
import { fillDatabase, vocabulary } from './generate.js'
import type { ServerMessage } from './server.js'
import { appNodeFlags } from './node-flags.js'
import { memoryOfChild } from './ipc.js'

const SERVER_SCRIPT = fileURLToPath(new URL('./server.js', import.meta.url))
const PLAIN_CACHE_SCRIPT = fileURLToPath(new URL('./plain-cache.js', import.meta.url))
const MB = 1024 * 1024

export interface DistinctUrlsOptions {
  /** Distinct URLs asked for, once each. */
  urls: number
  /** RESPONSE_CACHE_MAX_MB of the app. */
  cacheMb?: number
  /** Generated articles in the database (200 by default: most of the article cache's 256). */
  articles?: number
  /** Requests in flight at once. */
  connections?: number
  /** A PostgreSQL database to make a schema in (dropped after); default a temporary SQLite file. */
  databaseUrl?: string
  /** Whether to ask the plain cache baseline for the same URLs after the app (default true). */
  plainBaseline?: boolean
  /** Called now and then with the URLs asked so far. */
  progress?: (done: number) => void
}

export interface DistinctUrlsResult {
  urls: number
  cache_mb: number
  articles: number
  engine: 'sqlite' | 'postgres'
  rss_before_bytes: number
  rss_after_bytes: number
  heap_used_after_bytes: number
  /** Where the RSS after is: the V8 heap reserved (of which heap_used_after_bytes in use)… */
  heap_total_after_bytes: number
  /** …memory outside the V8 heap (buffers: bodies and compressed forms)… */
  external_after_bytes: number
  /** …and what the response budget counted of both (≤ RESPONSE_CACHE_MAX_MB). */
  budget_counted_after_bytes: number
  /** RESPONSE_CACHE_MAX_MB + 100 MB (the goal). */
  max_rss_bytes: number
  pass: boolean
  /** Answers by status (200s and 404s both count as asked). */
  statuses: Record<string, number>
  errors: number
  seconds: number
  /** Mean milliseconds per request, by the kind of URL (list, search, fields, reviews, sections, sorted list). */
  mean_ms_by_kind: Record<string, number>
  /** The plain cache baseline (test/bench/plain-cache.ts) asked for the same URLs, when measured. */
  plain?: PlainCacheResult
}

/** The plain cache baseline's figures: RSS before and after the same URLs, where it is after, what its Map counted. */
export interface PlainCacheResult {
  rss_before_bytes: number
  rss_after_bytes: number
  heap_total_after_bytes: number
  heap_used_after_bytes: number
  external_after_bytes: number
  counted_after_bytes: number
  /** Mean bytes of the bodies asked for (identity: what the app's were before compression). */
  mean_body_bytes: number
  errors: number
  seconds: number
}

const KINDS = ['list', 'search', 'fields', 'reviews', 'sections', 'sorted list']

/** The i-th distinct URL (and whether to ask for a compressed answer): every i gives another URL the caches key on. */
export function distinctUrl (i: number, articles: number): { path: string, compressed: 'br' | 'gzip' | undefined } {
  const article = `generated-${i % articles}`
  const round = Math.floor(i / 6)
  // One in ten compressed (gzip; one in a thousand brotli, whose quality-9 compression of a one-off answer costs ~20 ms).
  const compressed = i % 1000 === 0 ? 'br' : i % 10 === 0 ? 'gzip' : undefined
  switch (i % 6) {
    case 0: return { path: `/v1/articles?limit=${1 + round % 100}&page=${1 + Math.floor(round / 100)}`, compressed }
    case 1: return { path: `/v1/search?q=${vocabulary[round % vocabulary.length]}&page=${1 + Math.floor(round / vocabulary.length)}`, compressed }
    case 2: {
      // A non-empty subset of the article's fields, by the bits of a number that grows with i.
      const mask = 1 + Math.floor(i / articles) % (2 ** ARTICLE_FIELDS.length - 1)
      const fields = ARTICLE_FIELDS.filter((_, bit) => mask & (1 << bit))
      return { path: `/v1/articles/${article}?fields=${fields.join(',')}`, compressed }
    }
    case 3: return { path: `/v1/articles/${article}/reviews?limit=${1 + round % 100}&page=${1 + Math.floor(round / 100 / articles)}`, compressed }
    case 4: return { path: `/v1/articles/${article}/sections?limit=${1 + round % 50}`, compressed }
    default: return { path: `/v1/articles?sort=title&limit=${1 + round % 100}&page=${1 + Math.floor(round / 100)}`, compressed }
  }
}

const memoryOf = (child: ReturnType<typeof fork>) => memoryOfChild(child, 'the app')

function startServer (script: string, args: string[], env: Record<string, string>): Promise<{ child: ReturnType<typeof fork>, origin: string }> {
  const inherited = { ...process.env }
  delete inherited.DATABASE_URL
  delete inherited.DATABASE_PATH
  const child = fork(script, args, {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    execArgv: appNodeFlags(),

    env: { ...inherited, LOG_LEVEL: 'warn', LOG_REQUESTS: 'false', NODE_ENV: 'production', ...env },
  })
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start within 120 s`)), 120_000)
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`${script} exited (${code}) before listening`)) })
    child.on('message', (message: ServerMessage) => {
      if (message.type !== 'listening') return
      clearTimeout(timer)
      resolve({ child, origin: `http://127.0.0.1:${message.port}` })
    })
  })
}

/** One GET: its status and the bytes of its body as sent before any compression (decoded when it came compressed). */
function get (agent: Agent, origin: string, path: string, headers: Record<string, string>): Promise<{ status: number, bytes: number }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${origin}${path}`, { agent, headers }, (response) => {
      const encoding = response.headers['content-encoding']
      const chunks: Buffer[] = []
      let bytes = 0
      response.on('data', (chunk: Buffer) => { if (encoding) chunks.push(chunk); else bytes += chunk.length })
      response.on('end', () => {
        try {
          if (encoding) bytes = (encoding === 'br' ? brotliDecompressSync : gunzipSync)(Buffer.concat(chunks)).length
          resolve({ status: response.statusCode ?? 0, bytes })
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error))) // a body that does not decode counts as unanswered
        }
      })
      response.on('error', reject)
    })
    request.on('error', reject)
    request.end()
  })
}

/** Asks `origin` for the first `urls` distinct URLs, `connections` at a time, each once; `headers(i)` adds to the request. */
async function askAll (origin: string, urls: number, articles: number, connections: number, headers: (i: number) => Record<string, string>,
  answered: (i: number, status: number, bytes: number, ms: number) => void, progress?: (done: number) => void): Promise<{ errors: number, seconds: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections })
  let errors = 0
  let next = 0
  const started = performance.now()
  const worker = async () => {
    while (next < urls) {
      const i = next++
      const { path, compressed } = distinctUrl(i, articles)
      const sent = performance.now()
      try {
        const { status, bytes } = await get(agent, origin, path, { ...(compressed ? { 'accept-encoding': compressed } : {}), ...headers(i) })
        answered(i, status, bytes, performance.now() - sent)
      } catch {
        errors++
      }
      if (i % 10_000 === 0) progress?.(i)
    }
  }
  await Promise.all(Array.from({ length: connections }, worker))
  agent.destroy()
  return { errors, seconds: (performance.now() - started) / 1000 }
}

async function stopServer (child: ReturnType<typeof fork> | undefined) {
  if (!child || child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await exited
}

export async function measureDistinctUrls ({ urls, cacheMb = 64, articles = 200, connections = 10, databaseUrl, plainBaseline = true, progress }: DistinctUrlsOptions): Promise<DistinctUrlsResult> {
  const dir = mkdtempSync(join(tmpdir(), 'distinct-urls-'))
  let database: BenchDatabase | undefined
  let child: ReturnType<typeof fork> | undefined
  try {
    database = databaseUrl ? await postgresSchema(databaseUrl) : sqliteDatabase(join(dir, 'bench.db'))
    await fillDatabase(database.env, articles)
    const app = await startServer(SERVER_SCRIPT, ['app'], { ...database.env, RESPONSE_CACHE_MAX_MB: String(cacheMb), MEDIA_PATH: join(dir, 'media') })
    child = app.child
    const before = await memoryOf(child)
    const statuses: Record<string, number> = {}
    const spent = KINDS.map(() => 0)
    // What the app answered each URL with, for the plain baseline to answer the same.
    const answeredStatus = new Uint16Array(urls)
    const answeredBytes = new Uint32Array(urls)
    const { errors, seconds } = await askAll(app.origin, urls, articles, connections, () => ({}), (i, status, bytes, ms) => {
      spent[i % KINDS.length]! += ms
      statuses[status] = (statuses[status] ?? 0) + 1
      answeredStatus[i] = status
      answeredBytes[i] = bytes
    }, progress)
    const after = await memoryOf(child)
    await stopServer(child)
    child = undefined
    const maxRss = (cacheMb + 100) * MB
    const result: DistinctUrlsResult = {
      urls,
      cache_mb: cacheMb,
      articles,
      engine: database.engine,
      rss_before_bytes: before.rss,
      rss_after_bytes: after.rss,
      heap_used_after_bytes: after.heapUsed,
      heap_total_after_bytes: after.heapTotal,
      external_after_bytes: after.external,
      budget_counted_after_bytes: after.budgetBytes,
      max_rss_bytes: maxRss,
      pass: after.rss <= maxRss,
      statuses,
      errors,
      seconds,
      mean_ms_by_kind: Object.fromEntries(KINDS.map((kind, index) => [kind, Math.round(spent[index]! / (urls / KINDS.length) * 100) / 100])),
    }
    if (!plainBaseline) return result
    const plain = await startServer(PLAIN_CACHE_SCRIPT, [], { RESPONSE_CACHE_MAX_MB: String(cacheMb) })
    child = plain.child
    const plainBefore = await memoryOfChild(child, 'the plain cache baseline')
    const plainRun = await askAll(plain.origin, urls, articles, connections,
      (i) => ({ 'x-bench-size': String(answeredBytes[i]), 'x-bench-status': String(answeredStatus[i] || 200) }), () => {}, progress)
    const plainAfter = await memoryOfChild(child, 'the plain cache baseline')
    result.plain = {
      rss_before_bytes: plainBefore.rss,
      rss_after_bytes: plainAfter.rss,
      heap_total_after_bytes: plainAfter.heapTotal,
      heap_used_after_bytes: plainAfter.heapUsed,
      external_after_bytes: plainAfter.external,
      counted_after_bytes: plainAfter.budgetBytes,
      mean_body_bytes: Math.round(answeredBytes.reduce((sum, bytes) => sum + bytes, 0) / urls),
      errors: plainRun.errors,
      seconds: plainRun.seconds,
    }
    return result
  } finally {
    await stopServer(child)
    await database?.drop()
    rmSync(dir, { recursive: true, force: true })
  }
}

function bounded (name: string, raw: string, min: number, max: number): number {
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    console.error(`distinct-urls: --${name} must be an integer from ${min} to ${max}, not "${raw}"`)
    process.exit(2)
  }
  return value
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      urls: { type: 'string', default: '250000' },
      'cache-mb': { type: 'string', default: '64' },
      articles: { type: 'string', default: '200' },
      connections: { type: 'string', default: '10' },
      'database-url': { type: 'string' },
      'no-plain': { type: 'boolean', default: false },
    },
  })
  const databaseUrl = values['database-url']
  if (databaseUrl !== undefined && !isPostgresUrl(databaseUrl)) {
    console.error('distinct-urls: --database-url must be a postgres:// or postgresql:// URL')
    process.exit(2)
  }
  const result = await measureDistinctUrls({
    urls: bounded('urls', values.urls, 1, 10_000_000),
    cacheMb: bounded('cache-mb', values['cache-mb'], 0, 16_384),
    articles: bounded('articles', values.articles, 1, 100_000),
    connections: bounded('connections', values.connections, 1, 100),
    ...(databaseUrl ? { databaseUrl } : {}),
    plainBaseline: !values['no-plain'],
    progress: (done) => process.stderr.write(`\r  ${done} URLs`),
  })
  process.stderr.write('\n')
  const mb = (bytes: number) => (bytes / MB).toFixed(1)
  console.log(JSON.stringify(result, null, 2))
  console.error(`RSS ${mb(result.rss_before_bytes)} MB before, ${mb(result.rss_after_bytes)} MB after ${result.urls} distinct URLs ` +
    `(RESPONSE_CACHE_MAX_MB=${result.cache_mb}; goal ≤ ${mb(result.max_rss_bytes)} MB: ${result.pass ? 'met' : 'missed'}) in ${result.seconds.toFixed(0)} s; ` +
    `after: V8 heap ${mb(result.heap_total_after_bytes)} MB (${mb(result.heap_used_after_bytes)} MB in use), outside it ${mb(result.external_after_bytes)} MB, ` +
    `the budget counting ${mb(result.budget_counted_after_bytes)} MB`)
  const plain = result.plain
  if (plain) {
    console.error(`plain cache baseline: RSS ${mb(plain.rss_before_bytes)} MB before, ${mb(plain.rss_after_bytes)} MB after the same URLs ` +
      `(bodies of ${plain.mean_body_bytes} bytes on average) in ${plain.seconds.toFixed(0)} s; after: V8 heap ${mb(plain.heap_total_after_bytes)} MB ` +
      `(${mb(plain.heap_used_after_bytes)} MB in use), outside it ${mb(plain.external_after_bytes)} MB, its Map counting ${mb(plain.counted_after_bytes)} MB`)
  }
}
