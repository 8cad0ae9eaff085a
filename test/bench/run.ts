// Load benchmark (`npm run bench`): the app's public endpoints against baselines measured in the same run, reported as
// ratios (shared machines are noisy; absolute numbers mean little), plus the app's memory under load and, with
// --articles N, what N more articles cost; for media, an image variant served from storage against the same bytes
// from bare Fastify, upload throughput and p99 for a 2 MB JPEG, and RSS while 50 uploads are processed at once
// (test/bench/media.ts). Writes bench/results.json and prints Markdown tables (test/bench/report.ts).
//
// The app runs at LOG_LEVEL=info, rate limits raised so every POST is a real committed write, on a temporary SQLite
// file or, with --database-url postgres://… (or BENCH_DATABASE_URL), on a schema of its own in that PostgreSQL database,
// created for the run and dropped at its end (also after a failure, SIGINT or SIGTERM).
// Reads: the baseline (test/bench/server.ts) sends the app's own responses, captured at start-up as bytes with every
// header, so a ratio is what the app costs beyond Fastify itself. Each round measures every read next to its baseline
// (order alternating between rounds); a ratio is the median over rounds of app/baseline from the same pair.
// Writes (test/bench/writes.ts): contact and review POSTs against the plain durable baseline (test/bench/plain.ts, on
// a database of its own) and the no-database one, at each --write-connections count; every acknowledged write is
// looked up afterwards in the app's and the plain server's database.
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { ENGINE_NAMES, postgresSchema, sqliteDatabase, type BenchDatabase } from './database.js'
import { fillDatabase, tagSlug, type FillResult } from './generate.js'
import { benchPhoto, measureConcurrentRss, measureUploads, prepareVariant, type ConcurrentRss, type UploadRun } from './media.js'
import { capture, checkSameResponse, memoryReport, send, fixed } from './measure.js'
import { comparedResult, growthResults, measureReads } from './reads.js'
import { options, USAGE, UsageError } from './options.js'
import { summarizeProfile, type ProfileSummary } from './profile.js'
import { formatReport, type BenchOutput, type DistinctUrlsRss, type Growth } from './report.js'
import type { BaselineResponses } from './server.js'
import { childrenStopped, interruption, memoryOf, pin, pinning, setCleanUp, startServer, stopServer, type Server } from './servers.js'
import { SLUG, JSON_HEADERS, comparedTargets, contactBody, growthTargets, reviewBody, uncachedPaths, writeTargets, type Target } from './targets.js'
import { measureWrites } from './writes.js'
import { appNodeFlags } from './node-flags.js'
import { measureDistinctUrls } from './distinct-urls.js'

const MB = 1024 * 1024
const { duration: DURATION, connections: CONNECTIONS, rounds: ROUNDS, warmup: WARMUP, articles: ARTICLES } = options

/** Which captured response each read target's baseline sends. */
const CAPTURE_OF: Record<string, keyof BaselineResponses> = {
  'article-200': 'article',
  'article-304': 'articleNotModified',
  section: 'section',
  list: 'list',
  'review-summary': 'reviewSummary',
  'media-variant': 'mediaVariant',
}

/** The app's answers the baselines send (the POSTs first: a new review changes the content version, so reads come after). */
async function captureResponses (app: Server, adminKey: string, photo: Buffer) {
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
  return { compared, captured }
}

/** The targets this run measures (--only), and with --articles N the growth reads, checked to answer as expected. */
async function selectTargets (app: Server, compared: Target[], engineName: string) {
  // With --articles N: a generated article from the middle, the last page, the commonest kind of tag, a planted word.
  let growth: Target[] = []
  let uncached = new Map<string, string[]>()
  if (ARTICLES > 0) {
    const firstPage = await send(app.origin, { method: 'GET', path: '/v1/articles' })
    const pagination = (JSON.parse(firstPage.body.toString()) as { meta: { pagination: { total: number, pages: number } } }).meta.pagination
    const middle = `generated-${Math.floor(ARTICLES / 2)}`
    const [tag, query] = [tagSlug(0), 'healthcare']
    growth = growthTargets(pagination.pages, middle, tag, query)
    uncached = new Map(growth.map((target) => [target.key, uncachedPaths(target.key, pagination.pages, pagination.total, middle, tag, query)]))
  }
  const only = options.only
  const selected = (targets: Target[]) => only ? targets.filter((target) => only.has(target.key)) : targets
  const [comparedRun, writesRun, growthSelected] = [selected(compared), selected(writeTargets()), selected(growth)]
  if (comparedRun.length + writesRun.length + growthSelected.length === 0) {
    throw new UsageError(`--only names no target: ${[...compared, ...writeTargets(), ...growth].map((target) => target.key).join(', ')}`)
  }
  // Every growth read must answer what it is measured for: a wrong status is a failed bench, not a left-out target.
  const growthRun: Target[] = []
  for (const target of growthSelected) {
    const { status } = await send(app.origin, target)
    if (status !== target.status) throw new Error(`${target.name}: GET ${target.path} answered ${status} on ${engineName}, not ${target.status}`)
    growthRun.push(target)
  }
  return { comparedRun, writesRun, growthRun, uncached }
}

/** Uploads, after the memory readings (their buffers would count there): throughput, then 50 at once with RSS sampled. */
async function measureUploadPhase (app: Server, adminKey: string, photo: Buffer) {
  let uploads: UploadRun | undefined
  let concurrentRss: ConcurrentRss | undefined
  if (options.uploads > 0) {
    console.error(`bench: ${options.uploads} uploads of a ${Math.round(photo.length / MB * 10) / 10} MB JPEG, ${options.uploadConnections} at a time`)
    uploads = await measureUploads(app.origin, adminKey, photo, { count: options.uploads, connections: options.uploadConnections, first: 1 })
  }
  if (options.concurrentUploads > 0) {
    console.error(`bench: ${options.concurrentUploads} uploads at once, RSS sampled`)
    concurrentRss = await measureConcurrentRss(app.origin, adminKey, photo, {
      count: options.concurrentUploads, first: options.uploads + 1, concurrency: Number(process.env.MEDIA_CONCURRENCY ?? 2), memory: () => memoryOf(app),
    })
  }
  return { uploads, concurrentRss }
}

/** With --articles N: how much dearer the last list page is than the first. */
function pagingNote (growthDone: Growth[]): string | undefined {
  const lastPage = growthDone.find((result) => result.key === 'growth-list-last')
  const firstPage = growthDone.find((result) => result.key === 'growth-list-first')
  if (!lastPage || !firstPage) return undefined
  const cachedSlower = firstPage.rps / lastPage.rps
  const uncachedSlower = lastPage.uncached_ms / firstPage.uncached_ms
  return `Last list page vs first: ${fixed(cachedSlower, 2)}× the time per request under load (cached), ${fixed(uncachedSlower, 2)}× uncached ` +
    `(${fixed(lastPage.uncached_ms, 1)} vs ${fixed(firstPage.uncached_ms, 1)} ms)` +
    (cachedSlower > 2 || uncachedSlower > 2 ? ': MORE THAN 2× SLOWER — the article list pages by OFFSET; keyset paging would keep the last page as cheap as the first.' : ': within 2×.')
}

/** The app, then the baselines serving its captured answers (the plain one on a database of its own), checked to match. */
async function startServers (database: BenchDatabase, plainDatabase: BenchDatabase, dir: string, profileDir: string | undefined) {
  const photo = await benchPhoto()
  const adminKey = `bench-${randomBytes(16).toString('hex')}`
  const limits = { CONTACT_RATE_LIMIT_MAX: '1000000', REVIEW_RATE_LIMIT_MAX: '1000000' }
  const app = await startServer('app', [], {
    env: { ...database.env, ...limits, ADMIN_API_KEY: adminKey, MEDIA_PATH: join(dir, 'media') },
    execArgv: [...appNodeFlags(), ...(profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [])],
  })
  const { compared, captured } = await captureResponses(app, adminKey, photo)
  const responsesFile = join(dir, 'responses.json')
  writeFileSync(responsesFile, JSON.stringify(captured))
  // The two baselines start side by side (each a second or more of module loading and, for the plain one, migrations).
  const [baseline, plain] = await Promise.all([
    startServer('baseline', [responsesFile]),
    startServer('plain', [responsesFile], { env: { ...plainDatabase.env } }),
  ])
  for (const target of compared) if (target.method === 'GET') await checkSameResponse(app, baseline, target)
  return { app, baseline, plain, compared, captured, adminKey, photo }
}

/** RSS under many distinct public URLs (an app of its own, RESPONSE_CACHE_MAX_MB=64), when --distinct-urls asks for it. */
async function measureDistinctUrlsRss (): Promise<DistinctUrlsRss | undefined> {
  if (options.distinctUrls === 0) return undefined
  const cacheMb = 64
  console.error(`bench: RSS under ${options.distinctUrls} distinct URLs (RESPONSE_CACHE_MAX_MB=${cacheMb})`)
  const result = await measureDistinctUrls({
    urls: options.distinctUrls,
    cacheMb,
    // Most of the article cache's 256 entries; a handful for a short check.
    articles: options.distinctUrls >= 10_000 ? 200 : 10,
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
  })
  const plain = result.plain!
  return {
    urls: result.urls,
    budget_bytes: cacheMb * 1024 * 1024,
    before_bytes: result.rss_before_bytes,
    after_bytes: result.rss_after_bytes,
    after_heap_total_bytes: result.heap_total_after_bytes,
    after_heap_used_bytes: result.heap_used_after_bytes,
    after_external_bytes: result.external_after_bytes,
    after_budget_counted_bytes: result.budget_counted_after_bytes,
    limit_bytes: result.max_rss_bytes,
    pass: result.pass,
    errors: result.errors,
    plain: {
      before_bytes: plain.rss_before_bytes,
      after_bytes: plain.rss_after_bytes,
      after_heap_total_bytes: plain.heap_total_after_bytes,
      after_heap_used_bytes: plain.heap_used_after_bytes,
      after_external_bytes: plain.external_after_bytes,
      after_counted_bytes: plain.counted_after_bytes,
      mean_body_bytes: plain.mean_body_bytes,
      errors: plain.errors,
    },
    // Undefined when the plain baseline did not grow (a short run).
    growth_ratio: plain.rss_after_bytes > plain.rss_before_bytes ? (result.rss_after_bytes - result.rss_before_bytes) / (plain.rss_after_bytes - plain.rss_before_bytes) : null,
  }
}

async function main () {
  const benchStarted = performance.now()
  pin(process.pid, 0)
  const dir = mkdtempSync(join(tmpdir(), 'content-api-bench-'))
  const profileDir = options.profile ? mkdtempSync(join(tmpdir(), 'content-api-profile-')) : undefined
  const notes: string[] = []
  // Schemas are being created (PostgreSQL) or files named (SQLite): the app's, and the plain baseline's own; a signal
  // arriving meanwhile drops them once they exist.
  const open = (name: string) => options.databaseUrl ? postgresSchema(options.databaseUrl) : Promise.resolve(sqliteDatabase(join(dir, `${name}.db`)))
  const openings: Array<Promise<BenchDatabase>> = [open('bench'), open('plain')]
  let filling: Promise<FillResult> | undefined
  let cleaning: Promise<void> | undefined
  const cleanUp = () => (cleaning ??= (async () => {
    // The servers and the fill first: on PostgreSQL they hold connections (and locks) in the schemas being dropped.
    await childrenStopped()
    await filling?.catch(() => undefined)
    try {
      await Promise.all(openings.map((opening) => opening.then((database) => database.drop(), () => undefined)))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })())
  setCleanUp(cleanUp)
  try {
    const [database, plainDatabase] = await Promise.all(openings) as [BenchDatabase, BenchDatabase]
    const engineName = ENGINE_NAMES[database.engine]
    console.error(`bench: on ${database.description}`)
    // The database: migrated and seeded (and filled with --articles N) before the app starts, so start-up is measured on it.
    if (ARTICLES > 0) console.error(`bench: writing ${ARTICLES} generated articles…`)
    const fill = await (filling = fillDatabase(database.env, ARTICLES, {
      signal: interruption.signal,
      progress: (done) => { if (ARTICLES > 0) process.stderr.write(`\r  ${done}/${ARTICLES}`) },
    }))
    if (ARTICLES > 0) console.error(`\r  ${ARTICLES} articles and ${fill.reviews} reviews in ${fill.seconds.toFixed(1)} s`)

    const { app, baseline, plain, compared, captured, adminKey, photo } = await startServers(database, plainDatabase, dir, profileDir)
    const bodyBytes = (key: string) => Buffer.from(captured[CAPTURE_OF[key]!].body, 'base64').length

    const { comparedRun, writesRun, growthRun, uncached } = await selectTargets(app, compared, engineName)

    const readRuns = ROUNDS * (2 * comparedRun.length + growthRun.length)
    const writeRuns = ROUNDS * 3 * writesRun.length * options.writeConnections.length
    const warmups = 2 * comparedRun.length + growthRun.length + 3 * writesRun.length
    console.error(`bench: ${readRuns + writeRuns} runs of ${DURATION} s + ${warmups} warm-ups of ${WARMUP} s (memory read after ${options.rssRequests} requests per server), ` +
      `${CONNECTIONS} connections for reads, ${options.writeConnections.join(' and ')} for writes: about ${Math.ceil(((readRuns + writeRuns) * DURATION + warmups * WARMUP) / 60 + 0.3)} min`)

    const reads = await measureReads(app, baseline, compared, comparedRun, growthRun, notes)
    const { memory, loadRequests } = reads
    const writes = await measureWrites({
      app,
      plain,
      baseline,
      databases: { app: database, plain: plainDatabase },
      engine: database.engine,
      targets: writesRun,
      connections: options.writeConnections,
      rounds: ROUNDS,
      duration: DURATION,
      requests: options.writeRequests,
      warmup: WARMUP,
    })
    const distinctUrls = await measureDistinctUrlsRss()

    const { uploads, concurrentRss } = await measureUploadPhase(app, adminKey, photo)

    const growthDone = await growthResults(app, growthRun, reads.growthRuns, uncached)
    const comparedResults = comparedRun.map((target) => {
      const { app: ours, baseline: theirs } = reads.results.get(target.key)!
      return comparedResult(target, ours, theirs, bodyBytes(target.key))
    })
    const rssLimit = 150 * MB
    const rssGrowth = memory.app.loaded.rss / memory.app.warm.rss - 1

    const note = pagingNote(growthDone)
    if (note) notes.push(note)

    let profile: ProfileSummary | undefined
    if (profileDir) {
      await stopServer(app)
      const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'))
      if (file) profile = summarizeProfile(join(profileDir, file))
      else notes.push(`no .cpuprofile was written in ${profileDir}`)
    }

    const machine = `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}; ${pinning ? 'servers pinned to the last CPU, loader to the first' : 'no CPU pinning'}; ` +
      `autocannon ${CONNECTIONS} connections for reads${options.readRate ? ` at ${options.readRate} requests/s` : ''} (${options.writeConnections.join(', ')} for writes), ${DURATION} s per run, ${ROUNDS} round(s), ${WARMUP} s warm-up; ` +
      `app LOG_LEVEL=${options.logLevel}, ${database.description}; plain durable baseline on ${plainDatabase.description}.`
    const output: BenchOutput = {
      created_at: new Date().toISOString(),
      engine: database.engine,
      machine,
      options: {
        duration: DURATION,
        connections: CONNECTIONS,
        write_connections: options.writeConnections,
        rounds: ROUNDS,
        warmup: WARMUP,
        articles: ARTICLES,
        write_requests: options.writeRequests,
        read_rate: options.readRate,
        requests_for_rss: options.rssRequests,
        uploads: options.uploads,
        concurrent_uploads: options.concurrentUploads,
        log_level: options.logLevel,
        pinning,
      },
      database: {
        engine: database.engine,
        where: database.description,
        schema: database.schema,
        generated_articles: ARTICLES,
        generated_reviews: fill.reviews,
        fill_seconds: fill.seconds,
        bytes: fill.bytes,
        plain: { where: plainDatabase.description, schema: plainDatabase.schema },
      },
      startup_ms: { app: app.startMs, baseline: baseline.startMs, plain: plain.startMs },
      targets: comparedResults,
      writes,
      growth: growthDone,
      rss: {
        requests: loadRequests,
        app: memoryReport(memory.app),
        baseline: memoryReport(memory.baseline),
        growth: rssGrowth,
        goals: { max_bytes: rssLimit, max_growth: 0.2 },
        pass: { max: memory.app.loaded.rss <= rssLimit, growth: Math.abs(rssGrowth) <= 0.2 },
        distinct_urls: distinctUrls,
      },
      media: { uploads, concurrent_rss: concurrentRss },
      notes,
      profile,
      bench_seconds: (performance.now() - benchStarted) / 1000,
    }
    mkdirSync(dirname(options.out), { recursive: true })
    writeFileSync(options.out, `${JSON.stringify(output, null, 2)}\n`)
    console.log(formatReport(output, engineName))
    console.error(`bench: ${options.out} written; ${Math.round(output.bench_seconds)} s in all`)
    const failures = [...comparedResults, ...growthDone, ...writes.results].reduce((sum, result) => sum + result.failures, 0) +
      (uploads?.failures ?? 0) + (concurrentRss?.failures ?? 0)
    if (failures > 0) {
      console.error(`bench: ${failures} requests failed (errors, timeouts or an unexpected status)`)
      process.exitCode = 1
    }
    const uncommitted = writes.checks.filter((check) => !check.pass)
    if (uncommitted.length > 0) {
      console.error(`bench: acknowledged writes not committed as acknowledged: ${uncommitted.map((check) => `${check.server} ${check.key}`).join(', ')}`)
      process.exitCode = 1
    }
  } finally {
    await cleanUp()
    if (profileDir) console.error(`bench: CPU profile kept in ${profileDir}`)
  }
}

try {
  await main()
} catch (error) {
  if (!(error instanceof UsageError)) throw error
  console.error(`bench: ${error.message}\n${USAGE}`)
  process.exitCode = 2
}
