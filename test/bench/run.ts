// Load benchmark (`npm run bench`): the app's public endpoints against a bare Fastify baseline measured in the same
// run, reported as ratios (shared machines are noisy; absolute numbers mean little), plus the app's memory under load
// and, with --articles N, what N more articles cost; for media, an image variant served from storage against the same
// bytes from bare Fastify, upload throughput and p99 for a 2 MB JPEG, and RSS while 50 uploads are processed at once
// (test/bench/media.ts). Writes bench/results.json and prints Markdown tables.
//
// The app runs at LOG_LEVEL=info, rate limits raised so every POST is a real committed write, on a temporary SQLite
// file or, with --database-url postgres://… (or BENCH_DATABASE_URL), on a schema of its own in that PostgreSQL database,
// created for the run and dropped at its end (also after a failure, SIGINT or SIGTERM).
// The baseline (test/bench/server.ts) sends the app's own responses, captured at start-up as bytes with every header,
// and validates POST bodies with the app's schemas, so a ratio is what the app costs beyond Fastify itself.
// Each round measures every target next to its baseline (order alternating between rounds); a ratio is the median over
// rounds of app/baseline from the same pair, so slow drifts in machine load cancel.
import { execFileSync, fork, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { request as httpRequest } from 'node:http'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { projectRoot } from '../../src/base/paths.js'
import { ENGINE_NAMES, isPostgresUrl, postgresSchema, sqliteDatabase } from './database.js'
import { fillDatabase, tagSlug, type FillResult } from './generate.js'
import { benchPhoto, measureConcurrentRss, measureUploads, prepareVariant, type ConcurrentRss, type UploadRun } from './media.js'
import { formatProfile, summarizeProfile, type ProfileSummary } from './profile.js'
import type { BaselineResponses, CapturedResponse, ServerMessage } from './server.js'

const SLUG = 'from-training-to-employment-the-power-of-healthcare-internships'
const SERVER_SCRIPT = fileURLToPath(new URL('./server.js', import.meta.url))
const MB = 1024 * 1024

const USAGE = 'Options: --duration S (1-30, default 3) --connections N (1-100, default 10) --rounds N (1-30, default 3) ' +
  '--warmup S (0-10, default 1) --articles N (0-100000, default 0) --requests-for-rss N (0-10000000, default 100000) ' +
  '--uploads N (0-10000, default 40) --concurrent-uploads N (0-200, default 50) --out PATH (default bench/results.json) --only KEY,KEY (targets to run) --profile (CPU profile of the app) --no-pin ' +
  '--database-url postgres://… (default BENCH_DATABASE_URL; unset: a temporary SQLite file)'

/** A mistake in the options found once the run has started (its database exists): reported after the clean-up. */
class UsageError extends Error {}

function fail (message: string): never {
  console.error(`bench: ${message}\n${USAGE}`)
  process.exit(2)
}

function readOptions () {
  try {
    return parseArgs({
      options: {
        duration: { type: 'string', default: '3' },
        connections: { type: 'string', default: '10' },
        rounds: { type: 'string', default: '3' },
        warmup: { type: 'string', default: '1' },
        articles: { type: 'string', default: '0' },
        'requests-for-rss': { type: 'string', default: '100000' },
        uploads: { type: 'string', default: '40' },
        'concurrent-uploads': { type: 'string', default: '50' },
        out: { type: 'string', default: join(projectRoot, 'bench', 'results.json') },
        only: { type: 'string' },
        profile: { type: 'boolean', default: false },
        'no-pin': { type: 'boolean', default: false },
        'database-url': { type: 'string' },
      },
    }).values
  } catch (error) {
    fail((error as Error).message)
  }
}

function bounded (name: string, raw: string, min: number, max: number): number {
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) fail(`--${name} must be an integer from ${min} to ${max}, not "${raw}"`)
  return value
}

const args = readOptions()
const DURATION = bounded('duration', args.duration, 1, 30)
const CONNECTIONS = bounded('connections', args.connections, 1, 100)
const ROUNDS = bounded('rounds', args.rounds, 1, 30)
const WARMUP = bounded('warmup', args.warmup, 0, 10)
const ARTICLES = bounded('articles', args.articles, 0, 100_000)
const RSS_REQUESTS = bounded('requests-for-rss', args['requests-for-rss'], 0, 10_000_000)
const UPLOADS = bounded('uploads', args.uploads, 0, 10_000)
const CONCURRENT_UPLOADS = bounded('concurrent-uploads', args['concurrent-uploads'], 0, 200)
/** Uploads in flight at once in the throughput run. */
const UPLOAD_CONNECTIONS = 4
const LOG_LEVEL = process.env.LOG_LEVEL ?? 'info'
const DATABASE_URL = args['database-url'] ?? (process.env.BENCH_DATABASE_URL || undefined)
// Never echoed: it may hold a password.
if (DATABASE_URL !== undefined && !isPostgresUrl(DATABASE_URL)) fail('--database-url (or BENCH_DATABASE_URL) must be a valid postgres:// or postgresql:// URL')

// ---- Targets ----

interface Target {
  key: string
  name: string
  method: 'GET' | 'POST'
  path: string
  headers?: Record<string, string>
  /** A new body per request (POSTs): each one is a new message or review, so none is refused as a duplicate. */
  body?: (n: number) => string
  status: number
  /** Minimum app/baseline req/s ratio (targets compared with the baseline). */
  goal?: number
}

const JSON_HEADERS = { 'content-type': 'application/json' }
const contactBody = (n: number) => JSON.stringify({ name: `Bench Sender ${n}`, email: `sender-${n}@example.org`, message: `Benchmark message number ${n}: do you offer radiology internships?` })
const reviewBody = (n: number) => JSON.stringify({ author_name: `Reader ${n}`, rating: 1 + n % 5, body: `Benchmark review number ${n}: the section on soft skills was useful.` })

function comparedTargets (etag: string, variantPath: string): Target[] {
  return [
    { key: 'article-200', name: 'article 200', method: 'GET', path: `/v1/articles/${SLUG}`, status: 200, goal: 0.90 },
    { key: 'article-304', name: 'article 304 (If-None-Match)', method: 'GET', path: `/v1/articles/${SLUG}`, headers: { 'if-none-match': etag }, status: 304, goal: 0.95 },
    { key: 'section', name: 'section', method: 'GET', path: `/v1/articles/${SLUG}/sections/conclusion`, status: 200, goal: 0.90 },
    { key: 'list', name: 'article list', method: 'GET', path: '/v1/articles', status: 200, goal: 0.85 },
    { key: 'review-summary', name: 'review summary', method: 'GET', path: `/v1/articles/${SLUG}/reviews/summary`, status: 200, goal: 0.85 },
    { key: 'contact-post', name: 'contact POST', method: 'POST', path: '/v1/contact-messages', headers: JSON_HEADERS, body: contactBody, status: 202, goal: 0.70 },
    { key: 'review-post', name: 'review POST', method: 'POST', path: `/v1/articles/${SLUG}/reviews`, headers: JSON_HEADERS, body: reviewBody, status: 201, goal: 0.70 },
    { key: 'media-variant', name: 'image variant (w=640, from storage)', method: 'GET', path: variantPath, status: 200, goal: 0.90 },
  ]
}

/** With --articles N: the reads whose cost could grow with the content (app only). */
function growthTargets (lastPage: number, article: string, tag: string, query: string): Target[] {
  return [
    { key: 'growth-article', name: `article (${article})`, method: 'GET', path: `/v1/articles/${article}`, status: 200 },
    { key: 'growth-list-first', name: 'list, first page', method: 'GET', path: '/v1/articles?page=1', status: 200 },
    { key: 'growth-list-last', name: `list, last page (${lastPage})`, method: 'GET', path: `/v1/articles?page=${lastPage}`, status: 200 },
    { key: 'growth-tag', name: `list, tag filter (${tag})`, method: 'GET', path: `/v1/articles?tag=${tag}`, status: 200 },
    { key: 'growth-search', name: `search (q=${query})`, method: 'GET', path: `/v1/search?q=${encodeURIComponent(query)}`, status: 200 },
  ]
}

/** Requests that miss the response cache but cost the same as a target's (other slugs, other page sizes). */
function uncachedPaths (key: string, lastPage: number, total: number, article: string, tag: string, query: string): string[] {
  const limits = [19, 18, 17, 16, 15]
  switch (key) {
    case 'growth-article': {
      const index = Number(article.split('-')[1])
      return limits.map((_, n) => `/v1/articles/generated-${index + n + 1}`)
    }
    case 'growth-list-first': return limits.map((limit) => `/v1/articles?page=1&limit=${limit}`)
    case 'growth-list-last': return limits.map((limit) => `/v1/articles?page=${Math.ceil(total / limit)}&limit=${limit}`)
    case 'growth-tag': return limits.map((limit) => `/v1/articles?tag=${tag}&limit=${limit}`)
    case 'growth-search': return limits.map((limit) => `/v1/search?q=${encodeURIComponent(query)}&limit=${limit - 10}`)
    default: return []
  }
}
// ---- Child processes ----

interface Server { kind: 'app' | 'baseline', child: ChildProcess, origin: string, startMs: number }

const children: ChildProcess[] = []
function stopChildren () {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
}
function childrenStopped (): Promise<void> {
  stopChildren()
  const running = children.filter((child) => child.exitCode === null && child.signalCode === null)
  return Promise.all(running.map((child) => new Promise((resolve) => child.once('exit', resolve)))).then(() => undefined)
}
process.on('exit', stopChildren)

/** Set by main once there is something to remove (the servers, the run's database): it runs once, whoever calls first. */
let cleanUp: (() => Promise<void>) | undefined
/** Aborted by SIGINT or SIGTERM: work in this process (filling the database) stops. */
const interruption = new AbortController()
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interruption.signal.aborted) process.exit(130) // asked again: at once
    interruption.abort()
    console.error(`\nbench: ${signal}, cleaning up (again to quit at once)`)
    setTimeout(() => { console.error('bench: clean-up took over 20 s, quitting'); process.exit(130) }, 20_000).unref()
    ;(cleanUp ?? childrenStopped)().catch((error: Error) => console.error(`bench: ${error.message}`)).finally(() => process.exit(130))
  })
}

/** With two or more CPUs and taskset: servers on the last CPU, this loader on the first, so they do not compete. */
const pinning = !args['no-pin'] && cpus().length >= 2 && hasTaskset()
function hasTaskset (): boolean {
  try { execFileSync('taskset', ['-V'], { stdio: 'ignore' }); return true } catch { return false }
}
function pin (pid: number, cpu: number) {
  if (pinning) execFileSync('taskset', ['-a', '-cp', String(cpu), String(pid)], { stdio: 'ignore' })
}

function startServer (kind: 'app' | 'baseline', argv: string[], { env = {}, execArgv = [] }: { env?: Record<string, string>, execArgv?: string[] } = {}): Promise<Server> {
  const started = performance.now()
  // The database is the run's own (env), never one the shell's DATABASE_URL or DATABASE_PATH names.
  const inherited = { ...process.env }
  delete inherited.DATABASE_URL
  delete inherited.DATABASE_PATH
  const child = fork(SERVER_SCRIPT, [kind, ...argv], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'], // app logs (JSON lines) go to /dev/null: their cost is measured, not their I/O
    env: { ...inherited, LOG_LEVEL, NODE_ENV: 'production', ...env },
    execArgv,
  })
  children.push(child)
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${kind} server did not start within 120 s`)), 120_000)
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`${kind} server exited (${code}) before listening`)) })
    const onMessage = (message: ServerMessage) => {
      if (message.type !== 'listening') return
      clearTimeout(timer)
      child.off('message', onMessage)
      const startMs = performance.now() - started
      pin(child.pid!, cpus().length - 1)
      resolve({ kind, child, origin: `http://127.0.0.1:${message.port}`, startMs })
    }
    child.on('message', onMessage)
  })
}

function stopServer ({ child }: Server): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.removeAllListeners('exit')
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}

function memoryOf ({ child, kind }: Server): Promise<{ rss: number, heapUsed: number }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${kind} server did not report its memory within 60 s`)), 60_000)
    const onMessage = (message: ServerMessage) => {
      if (message.type !== 'memory') return
      clearTimeout(timer)
      child.off('message', onMessage)
      resolve({ rss: message.rss, heapUsed: message.heapUsed })
    }
    child.on('message', onMessage)
    child.send({ type: 'memory' })
  })
}

// ---- HTTP ----

/** Headers Node's HTTP server adds (or that describe the connection): not part of a captured response. */
const TRANSPORT_HEADERS = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding'])

/** One request, as autocannon sends it (no Accept-Encoding): the status, the headers in order and the body bytes. */
function send (origin: string, target: Pick<Target, 'method' | 'path' | 'headers'>, body?: string): Promise<{ status: number, headers: Array<[string, string]>, body: Buffer, ms: number }> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${origin}${target.path}`, { method: target.method, headers: target.headers ?? {}, agent: false }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => {
        const headers: Array<[string, string]> = []
        for (let i = 0; i < response.rawHeaders.length; i += 2) {
          const name = response.rawHeaders[i]!
          if (!TRANSPORT_HEADERS.has(name.toLowerCase())) headers.push([name, response.rawHeaders[i + 1]!])
        }
        resolve({ status: response.statusCode ?? 0, headers, body: Buffer.concat(chunks), ms: performance.now() - started })
      })
      response.on('error', reject)
    })
    request.on('error', reject)
    request.end(body)
  })
}

async function capture (origin: string, target: Target, expected: number, body?: string): Promise<CapturedResponse> {
  const response = await send(origin, target, body)
  if (response.status !== expected) throw new Error(`${target.method} ${target.path} answered ${response.status}, not ${expected}: ${response.body.toString().slice(0, 300)}`)
  return { status: response.status, headers: response.headers, body: response.body.toString('base64') }
}

/** The baseline must answer exactly as the app did: same status, headers (in order) and bytes. */
async function checkSameResponse (app: Server, baseline: Server, target: Target) {
  const [ours, theirs] = [await send(app.origin, target), await send(baseline.origin, target)]
  const describe = (response: typeof ours) => JSON.stringify({ status: response.status, headers: response.headers, bytes: response.body.toString('base64') })
  if (describe(ours) !== describe(theirs)) {
    throw new Error(`the baseline's answer to ${target.name} differs from the app's:\napp      ${describe(ours).slice(0, 2000)}\nbaseline ${describe(theirs).slice(0, 2000)}`)
  }
}

// ---- Measuring ----

interface Run { rps: number, p99: number, requests: number, failures: number }

let bodyCounter = 1
const nextBody = () => bodyCounter++

async function measure (server: Server, target: Target, options: { duration?: number, amount?: number }): Promise<Run> {
  const request: autocannon.Request = { method: target.method, path: target.path, headers: target.headers ?? {} }
  const { body } = target
  if (body) request.setupRequest = (built) => ({ ...built, body: body(nextBody()) })
  const result = await autocannon({
    url: server.origin,
    connections: CONNECTIONS,
    pipelining: 1,
    timeout: 10,
    requests: [request],
    ...(options.amount ? { amount: options.amount } : { duration: options.duration ?? DURATION }),
  })
  const expected = result.statusCodeStats?.[`${target.status}`]?.count ?? 0
  const answered = Object.values(result.statusCodeStats ?? {}).reduce((sum, { count }) => sum + (count ?? 0), 0)
  const failures = answered - expected + result.errors + result.timeouts
  return { rps: result.requests.average, p99: result.latency.p99, requests: answered, failures }
}

/** Many requests across several targets, for memory: autocannon cycles through them on each connection. */
async function load (server: Server, targets: Target[], amount: number): Promise<number> {
  const result = await autocannon({
    url: server.origin,
    connections: CONNECTIONS,
    pipelining: 1,
    timeout: 10,
    amount,
    requests: targets.map((target) => ({ method: target.method, path: target.path, headers: target.headers ?? {} })),
  })
  return result.errors + result.timeouts
}

/** Quantile q (0..1) with linear interpolation; quantile(values, 0.5) is the median. */
function quantile (values: number[], q: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const position = (sorted.length - 1) * q
  const below = Math.floor(position)
  const above = Math.min(below + 1, sorted.length - 1)
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below)
}
const median = (values: number[]) => quantile(values, 0.5)
const fixed = (value: number, digits: number) => Number.isFinite(value) ? value.toFixed(digits) : '–'
const mb = (bytes: number) => Math.round(bytes / MB * 10) / 10
const signed = (value: number) => `${value >= 0 ? '+' : ''}${fixed(value, 1)}`

type Memory = { rss: number, heapUsed: number }
const memoryReport = ({ warm, loaded }: { warm: Memory, loaded: Memory }) => ({
  after_warmup_bytes: warm.rss,
  after_requests_bytes: loaded.rss,
  heap_used_after_warmup_bytes: warm.heapUsed,
  heap_used_after_requests_bytes: loaded.heapUsed,
})

// ---- Main ----

interface Side { rps: number, p99_ms: number, runs: Run[] }
interface Compared {
  key: string
  name: string
  method: string
  path: string
  status: number
  body_bytes: number
  app: Side
  baseline: Side
  ratio: number
  ratio_p25: number
  ratio_p75: number
  goal: number
  pass: boolean
  failures: number
}
interface Growth { key: string, name: string, path: string, body_bytes: number, rps: number, p99_ms: number, uncached_ms: number, runs: Run[], failures: number }

async function main () {
  const benchStarted = performance.now()
  pin(process.pid, 0)
  const dir = mkdtempSync(join(tmpdir(), 'content-api-bench-'))
  const profileDir = args.profile ? mkdtempSync(join(tmpdir(), 'content-api-profile-')) : undefined
  const only = args.only ? new Set(args.only.split(',').map((key) => key.trim())) : undefined
  const notes: string[] = []
  // A schema is being created (PostgreSQL) or a file named (SQLite); a signal arriving meanwhile drops it once it exists.
  const opening = DATABASE_URL ? postgresSchema(DATABASE_URL) : Promise.resolve(sqliteDatabase(join(dir, 'bench.db')))
  let filling: Promise<FillResult> | undefined
  let cleaning: Promise<void> | undefined
  cleanUp = () => (cleaning ??= (async () => {
    // The servers and the fill first: on PostgreSQL they hold connections (and locks) in the schema being dropped.
    await childrenStopped()
    await filling?.catch(() => undefined)
    try {
      await opening.then((database) => database.drop(), () => undefined)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })())
  try {
    const database = await opening
    const engineName = ENGINE_NAMES[database.engine]
    console.error(`bench: on ${database.description}`)
    // The database: migrated and seeded (and filled with --articles N) before the app starts, so start-up is measured on it.
    if (ARTICLES > 0) console.error(`bench: writing ${ARTICLES} generated articles…`)
    const fill = await (filling = fillDatabase(database.env, ARTICLES, {
      signal: interruption.signal,
      progress: (done) => { if (ARTICLES > 0) process.stderr.write(`\r  ${done}/${ARTICLES}`) },
    }))
    if (ARTICLES > 0) console.error(`\r  ${ARTICLES} articles and ${fill.reviews} reviews in ${fill.seconds.toFixed(1)} s`)
    const databaseBytes = fill.bytes

    const photo = await benchPhoto()
    const adminKey = `bench-${randomBytes(16).toString('hex')}`
    const app = await startServer('app', [], {
      env: { ...database.env, CONTACT_RATE_LIMIT_MAX: '1000000', REVIEW_RATE_LIMIT_MAX: '1000000', ADMIN_API_KEY: adminKey, MEDIA_PATH: join(dir, 'media') },
      execArgv: profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [],
    })

    // The baseline's responses: the app's own, captured once. The POSTs first: a new review changes the content version,
    // so the reads are rendered again after it (same bytes, a later Last-Modified).
    const contact = await capture(app.origin, { key: '', name: 'contact', method: 'POST', path: '/v1/contact-messages', headers: JSON_HEADERS, status: 202 }, 202, contactBody(0))
    const review = await capture(app.origin, { key: '', name: 'review', method: 'POST', path: `/v1/articles/${SLUG}/reviews`, headers: JSON_HEADERS, status: 201 }, 201, reviewBody(0))
    const article = await capture(app.origin, { key: '', name: 'article', method: 'GET', path: `/v1/articles/${SLUG}`, status: 200 }, 200)
    const etag = article.headers.find(([name]) => name.toLowerCase() === 'etag')?.[1]
    if (!etag) throw new Error('the article has no ETag')
    // An image uploaded and its 640-pixel variant made once: the target reads it from storage (MEDIA_STORAGE's default).
    const compared = comparedTargets(etag, await prepareVariant(app.origin, adminKey, photo))
    const byKey = new Map(compared.map((target) => [target.key, target]))
    const captured: BaselineResponses = {
      article,
      articleNotModified: await capture(app.origin, byKey.get('article-304')!, 304),
      section: await capture(app.origin, byKey.get('section')!, 200),
      list: await capture(app.origin, byKey.get('list')!, 200),
      reviewSummary: await capture(app.origin, byKey.get('review-summary')!, 200),
      contact,
      review,
      mediaVariant: await capture(app.origin, byKey.get('media-variant')!, 200),
    }
    const responsesFile = join(dir, 'responses.json')
    writeFileSync(responsesFile, JSON.stringify(captured))
    const baseline = await startServer('baseline', [responsesFile])
    for (const target of compared) if (target.method === 'GET') await checkSameResponse(app, baseline, target)
    const bodyBytes = new Map(compared.map((target) => [target.key, Buffer.from(captured[CAPTURE_OF[target.key]!].body, 'base64').length]))

    // With --articles N: a generated article from the middle, the last page, the commonest kind of tag, a planted word.
    let growth: Target[] = []
    let uncached = new Map<string, string[]>()
    if (ARTICLES > 0) {
      const firstPage = await send(app.origin, { method: 'GET', path: '/v1/articles' })
      const pagination = (JSON.parse(firstPage.body.toString()) as { meta: { pagination: { total: number, pages: number } } }).meta.pagination
      const middle = `generated-${Math.floor(ARTICLES / 2)}`
      const tag = tagSlug(0)
      const query = 'healthcare'
      growth = growthTargets(pagination.pages, middle, tag, query)
      uncached = new Map(growth.map((target) => [target.key, uncachedPaths(target.key, pagination.pages, pagination.total, middle, tag, query)]))
    }
    const selected = <T extends Target> (targets: T[]) => only ? targets.filter((target) => only.has(target.key)) : targets
    const comparedRun = selected(compared)
    const growthSelected = selected(growth)
    if (comparedRun.length + growthSelected.length === 0) throw new UsageError(`--only names no target: ${[...compared, ...growth].map((target) => target.key).join(', ')}`)
    // Every growth read must answer what it is measured for: a wrong status is a failed bench, not a left-out target.
    const growthRun: Target[] = []
    for (const target of growthSelected) {
      const { status } = await send(app.origin, target)
      if (status !== target.status) throw new Error(`${target.name}: GET ${target.path} answered ${status} on ${engineName}, not ${target.status}`)
      growthRun.push(target)
    }

    const runs = ROUNDS * (2 * comparedRun.length + growthRun.length)
    const warmups = 2 * comparedRun.length + growthRun.length
    console.error(`bench: ${runs} runs of ${DURATION} s + ${warmups} warm-ups of ${WARMUP} s (memory read after ${RSS_REQUESTS} requests per server), ` +
      `${CONNECTIONS} connections: about ${Math.ceil((runs * DURATION + warmups * WARMUP) / 60 + 0.3)} min`)

    for (const target of comparedRun) {
      if (WARMUP === 0) break
      await measure(baseline, target, { duration: WARMUP })
      await measure(app, target, { duration: WARMUP })
    }
    for (const target of growthRun) if (WARMUP > 0) await measure(app, target, { duration: WARMUP })

    // Memory: after the warm-up, and again once each server has answered at least RSS_REQUESTS more requests — those of
    // the rounds (every target), topped up with GETs of the compared reads when the rounds sent fewer.
    const memory = { app: { warm: await memoryOf(app), loaded: { rss: 0, heapUsed: 0 } }, baseline: { warm: await memoryOf(baseline), loaded: { rss: 0, heapUsed: 0 } } }
    const reads = compared.filter((target) => target.method === 'GET')
    const results = new Map(comparedRun.map((target) => [target.key, { app: [] as Run[], baseline: [] as Run[] }]))
    const growthRuns = new Map(growthRun.map((target) => [target.key, [] as Run[]]))
    for (let round = 0; round < ROUNDS; round++) {
      for (const target of comparedRun) {
        const result = results.get(target.key)!
        if (round % 2 === 0) {
          result.app.push(await measure(app, target, {}))
          result.baseline.push(await measure(baseline, target, {}))
        } else {
          result.baseline.push(await measure(baseline, target, {}))
          result.app.push(await measure(app, target, {}))
        }
        const [ours, theirs] = [result.app.at(-1)!, result.baseline.at(-1)!]
        console.error(`  round ${round + 1}/${ROUNDS} ${target.name}: ${fixed(ours.rps, 0)} req/s vs baseline ${fixed(theirs.rps, 0)} ` +
          `(${fixed(ours.rps / theirs.rps, 2)})${ours.failures + theirs.failures > 0 ? `, ${ours.failures} + ${theirs.failures} failures` : ''}`)
      }
      for (const target of growthRun) {
        const run = await measure(app, target, {})
        growthRuns.get(target.key)!.push(run)
        console.error(`  round ${round + 1}/${ROUNDS} ${target.name}: ${fixed(run.rps, 0)} req/s, p99 ${run.p99} ms${run.failures > 0 ? `, ${run.failures} failures` : ''}`)
      }
    }
    const answered = (server: 'app' | 'baseline') => [...results.values()].flatMap((result) => result[server]).reduce((sum, run) => sum + run.requests, 0) +
      (server === 'app' ? [...growthRuns.values()].flat().reduce((sum, run) => sum + run.requests, 0) : 0)
    const loadRequests = { app: answered('app'), baseline: answered('baseline') }
    for (const [kind, server] of [['app', app], ['baseline', baseline]] as const) {
      const missing = RSS_REQUESTS - loadRequests[kind]
      if (missing > 0) {
        console.error(`bench: ${missing} more GETs to the ${kind} for memory`)
        const errors = await load(server, reads, missing)
        if (errors > 0) notes.push(`memory load: ${errors} errors from the ${kind}`)
        loadRequests[kind] += missing
      }
      memory[kind].loaded = await memoryOf(server)
    }

    // Uploads, after the memory readings above (their buffers would count there): throughput, then 50 at once.
    let uploads: UploadRun | undefined
    let concurrentRss: ConcurrentRss | undefined
    if (UPLOADS > 0) {
      console.error(`bench: ${UPLOADS} uploads of a ${mb(photo.length)} MB JPEG, ${UPLOAD_CONNECTIONS} at a time`)
      uploads = await measureUploads(app.origin, adminKey, photo, { count: UPLOADS, connections: UPLOAD_CONNECTIONS, first: 1 })
    }
    if (CONCURRENT_UPLOADS > 0) {
      console.error(`bench: ${CONCURRENT_UPLOADS} uploads at once, RSS sampled`)
      concurrentRss = await measureConcurrentRss(app.origin, adminKey, photo, {
        count: CONCURRENT_UPLOADS, first: UPLOADS + 1, concurrency: Number(process.env.MEDIA_CONCURRENCY ?? 2), memory: () => memoryOf(app),
      })
    }

    // Uncached cost: the response cache answers repeated URLs, so time requests no one asked for yet (median of 5).
    const growthResults: Growth[] = []
    for (const target of growthRun) {
      const times: number[] = []
      for (const path of uncached.get(target.key) ?? []) {
        const response = await send(app.origin, { method: 'GET', path })
        if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`)
        times.push(response.ms)
      }
      const targetRuns = growthRuns.get(target.key)!
      const sample = await send(app.origin, target)
      growthResults.push({
        key: target.key,
        name: target.name,
        path: target.path,
        body_bytes: sample.body.length,
        rps: median(targetRuns.map((run) => run.rps)),
        p99_ms: median(targetRuns.map((run) => run.p99)),
        uncached_ms: median(times),
        runs: targetRuns,
        failures: targetRuns.reduce((sum, run) => sum + run.failures, 0),
      })
    }

    const comparedResults: Compared[] = comparedRun.map((target) => {
      const { app: ours, baseline: theirs } = results.get(target.key)!
      const ratios = ours.map((run, i) => run.rps / theirs[i]!.rps)
      const ratio = median(ratios)
      const failures = [...ours, ...theirs].reduce((sum, run) => sum + run.failures, 0)
      return {
        key: target.key,
        name: target.name,
        method: target.method,
        path: target.path,
        status: target.status,
        body_bytes: bodyBytes.get(target.key) ?? 0,
        app: { rps: median(ours.map((run) => run.rps)), p99_ms: median(ours.map((run) => run.p99)), runs: ours },
        baseline: { rps: median(theirs.map((run) => run.rps)), p99_ms: median(theirs.map((run) => run.p99)), runs: theirs },
        ratio,
        ratio_p25: quantile(ratios, 0.25),
        ratio_p75: quantile(ratios, 0.75),
        goal: target.goal ?? 0,
        pass: ratio >= (target.goal ?? 0) && failures === 0,
        failures,
      }
    })

    const rssLimit = 150 * MB
    const rssGrowth = memory.app.loaded.rss / memory.app.warm.rss - 1
    const rss = {
      requests: loadRequests,
      app: memoryReport(memory.app),
      baseline: memoryReport(memory.baseline),
      growth: rssGrowth,
      goals: { max_bytes: rssLimit, max_growth: 0.2 },
      pass: { max: memory.app.loaded.rss <= rssLimit, growth: Math.abs(rssGrowth) <= 0.2 },
    }

    const lastPage = growthResults.find((result) => result.key === 'growth-list-last')
    const firstPage = growthResults.find((result) => result.key === 'growth-list-first')
    if (lastPage && firstPage) {
      const cachedSlower = firstPage.rps / lastPage.rps
      const uncachedSlower = lastPage.uncached_ms / firstPage.uncached_ms
      notes.push(`Last list page vs first: ${fixed(cachedSlower, 2)}× the time per request under load (cached), ${fixed(uncachedSlower, 2)}× uncached ` +
        `(${fixed(lastPage.uncached_ms, 1)} vs ${fixed(firstPage.uncached_ms, 1)} ms)` +
        (cachedSlower > 2 || uncachedSlower > 2 ? ': MORE THAN 2× SLOWER — the article list pages by OFFSET; keyset paging would keep the last page as cheap as the first.' : ': within 2×.'))
    }

    let profile: ProfileSummary | undefined
    if (profileDir) {
      await stopServer(app)
      const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'))
      if (file) profile = summarizeProfile(join(profileDir, file))
      else notes.push(`no .cpuprofile was written in ${profileDir}`)
    }

    const machine = `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}; ${pinning ? 'servers pinned to the last CPU, loader to the first' : 'no CPU pinning'}; ` +
      `autocannon ${CONNECTIONS} connections, ${DURATION} s per run, ${ROUNDS} round(s), ${WARMUP} s warm-up; app LOG_LEVEL=${LOG_LEVEL}, ${database.description}.`
    const output = {
      created_at: new Date().toISOString(),
      engine: database.engine,
      machine,
      options: { duration: DURATION, connections: CONNECTIONS, rounds: ROUNDS, warmup: WARMUP, articles: ARTICLES, requests_for_rss: RSS_REQUESTS, uploads: UPLOADS, concurrent_uploads: CONCURRENT_UPLOADS, log_level: LOG_LEVEL, pinning },
      database: { engine: database.engine, where: database.description, schema: database.schema, generated_articles: ARTICLES, generated_reviews: fill.reviews, fill_seconds: fill.seconds, bytes: databaseBytes },
      startup_ms: { app: app.startMs, baseline: baseline.startMs },
      targets: comparedResults,
      growth: growthResults,
      rss,
      media: { uploads, concurrent_rss: concurrentRss },
      notes,
      profile,
      bench_seconds: (performance.now() - benchStarted) / 1000,
    }
    mkdirSync(dirname(args.out), { recursive: true })
    writeFileSync(args.out, `${JSON.stringify(output, null, 2)}\n`)

    const verdict = (pass: boolean) => pass ? 'PASS' : 'MISS'
    const lines = [
      machine,
      `Database (${engineName}): ${ARTICLES > 0 ? `seed + ${ARTICLES} generated articles (${fill.reviews} reviews), written in ${fill.seconds.toFixed(1)} s; ` : 'the seed article; '}` +
        `${mb(databaseBytes)} MB. App start-up (fork to listening): ${Math.round(app.startMs)} ms (baseline ${Math.round(baseline.startMs)} ms).`,
      '',
      `| Target (${engineName}) | Status | Body bytes | App req/s | App p99 ms | Baseline req/s | Baseline p99 ms | Ratio (median) | Ratio p25–p75 | Goal | |`,
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
      ...comparedResults.map((result) => `| ${result.name} | ${result.status} | ${result.body_bytes} | ${fixed(result.app.rps, 0)} | ${fixed(result.app.p99_ms, 1)} | ` +
        `${fixed(result.baseline.rps, 0)} | ${fixed(result.baseline.p99_ms, 1)} | ${fixed(result.ratio, 2)} | ${fixed(result.ratio_p25, 2)}–${fixed(result.ratio_p75, 2)} | ` +
        `≥ ${fixed(result.goal, 2)} | ${verdict(result.pass)}${result.failures > 0 ? ` (${result.failures} failed requests)` : ''} |`),
      '',
      '| Memory (RSS) | App | Baseline | Goal | |',
      '|---|---:|---:|---|---|',
      `| after warm-up | ${mb(rss.app.after_warmup_bytes)} MB | ${mb(rss.baseline.after_warmup_bytes)} MB | | |`,
      `| after ${loadRequests.app} / ${loadRequests.baseline} more requests | ${mb(rss.app.after_requests_bytes)} MB | ${mb(rss.baseline.after_requests_bytes)} MB | ≤ 150 MB | ${verdict(rss.pass.max)} |`,
      `| growth over those requests | ${signed(rssGrowth * 100)} % | ${signed((rss.baseline.after_requests_bytes / rss.baseline.after_warmup_bytes - 1) * 100)} % | within 20 % | ${verdict(rss.pass.growth)} |`,
      `| V8 heap used, after warm-up → after | ${mb(rss.app.heap_used_after_warmup_bytes)} → ${mb(rss.app.heap_used_after_requests_bytes)} MB | ` +
        `${mb(rss.baseline.heap_used_after_warmup_bytes)} → ${mb(rss.baseline.heap_used_after_requests_bytes)} MB | | |`,
    ]
    if (uploads) {
      lines.push('', `| Uploads (${engineName}, ${mb(uploads.image_bytes)} MB JPEG, ${uploads.connections} at a time) | Uploads | Uploads/s | MB/s | p50 ms | p99 ms | |`, '|---|---:|---:|---:|---:|---:|---|',
        `| POST /v1/admin/media | ${uploads.uploads} | ${fixed(uploads.uploads_per_s, 1)} | ${fixed(uploads.mb_per_s, 1)} | ${fixed(uploads.p50_ms, 0)} | ${fixed(uploads.p99_ms, 0)} | ${uploads.failures > 0 ? `${uploads.failures} failed` : ''} |`)
    }
    if (concurrentRss) {
      lines.push('', `| RSS, ${concurrentRss.uploads} uploads at once | Before | Peak | After | Budget | |`, '|---|---:|---:|---:|---:|---|',
        `| app (${concurrentRss.samples} samples) | ${mb(concurrentRss.before_bytes)} MB | ${mb(concurrentRss.peak_bytes)} MB | ${mb(concurrentRss.after_bytes)} MB | ${mb(concurrentRss.budget_bytes)} MB | ` +
          `${verdict(concurrentRss.pass)}${concurrentRss.failures > 0 ? ` (${concurrentRss.failures} failed)` : ''} |`,
        `Budget: ${concurrentRss.budget}.`)
    }
    if (growthResults.length > 0) {
      lines.push(
        '',
        `| With ${ARTICLES} more articles (${engineName}) | Body bytes | req/s | p99 ms | Uncached ms (median of 5) |`,
        '|---|---:|---:|---:|---:|',
        ...growthResults.map((result) => `| ${result.name} | ${result.body_bytes} | ${fixed(result.rps, 0)} | ${fixed(result.p99_ms, 1)} | ${fixed(result.uncached_ms, 1)} |` +
          (result.failures > 0 ? ` ${result.failures} failed requests` : ''))
      )
    }
    if (notes.length > 0) lines.push('', ...notes.map((note) => `- ${note}`))
    if (profile) lines.push('', formatProfile(profile))
    console.log(lines.join('\n'))
    console.error(`bench: ${args.out} written; ${Math.round(output.bench_seconds)} s in all`)
    const failures = comparedResults.reduce((sum, result) => sum + result.failures, 0) + growthResults.reduce((sum, result) => sum + result.failures, 0) +
      (uploads?.failures ?? 0) + (concurrentRss?.failures ?? 0)
    if (failures > 0) {
      console.error(`bench: ${failures} requests failed (errors, timeouts or an unexpected status)`)
      process.exitCode = 1
    }
  } finally {
    await cleanUp()
    if (profileDir) console.error(`bench: CPU profile kept in ${profileDir}`)
  }
}

/** Which captured response each compared target's baseline sends. */
const CAPTURE_OF: Record<string, keyof BaselineResponses> = {
  'article-200': 'article',
  'article-304': 'articleNotModified',
  section: 'section',
  list: 'list',
  'review-summary': 'reviewSummary',
  'contact-post': 'contact',
  'review-post': 'review',
  'media-variant': 'mediaVariant',
}

try {
  await main()
} catch (error) {
  if (!(error instanceof UsageError)) throw error
  console.error(`bench: ${error.message}\n${USAGE}`)
  process.exitCode = 2
}
