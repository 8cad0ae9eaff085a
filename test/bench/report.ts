// What a bench run found, as results.json holds it and as Markdown tables for people: the reads against bare Fastify,
// the writes against the plain durable baseline and the no-database one (with the check that every acknowledged write
// was committed), memory, uploads, growth with more articles, notes and the CPU profile.
import type { ConcurrentRss, UploadRun } from './media.js'
import { fixed, mb, signed, type Run } from './measure.js'
import { formatProfile, type ProfileSummary } from './profile.js'
import type { WriteBench } from './writes.js'

export interface Side { rps: number, p99_ms: number, runs: Run[] }
export interface Compared {
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
export interface Growth { key: string, name: string, path: string, body_bytes: number, rps: number, p99_ms: number, uncached_ms: number, runs: Run[], failures: number }

export interface MemoryReport {
  after_warmup_bytes: number
  after_requests_bytes: number
  heap_used_after_warmup_bytes: number
  heap_used_after_requests_bytes: number
  /** The app's image process, when it was running at the reading (it exits after 10 s idle). */
  image_process_after_warmup_bytes: number
  image_process_after_requests_bytes: number
}

/**
 * RSS of the app under many distinct public URLs (issue 22, part 3: the memory budget), and of the plain cache baseline
 * (test/bench/plain-cache.ts) asked for the same URLs with the same budget: what the runtime alone costs.
 */
export interface DistinctUrlsRss {
  urls: number
  /** RESPONSE_CACHE_MAX_MB in bytes. */
  budget_bytes: number
  before_bytes: number
  after_bytes: number
  /** Where the RSS after is: the V8 heap reserved and in use, memory outside it (buffers), what the budget counted of both. */
  after_heap_total_bytes: number
  after_heap_used_bytes: number
  after_external_bytes: number
  after_budget_counted_bytes: number
  /** Requests that got no answer (refused connections, resets). */
  errors: number
  /** The bound: budget + the documented fixed overhead. */
  limit_bytes: number
  pass: boolean
  /** The plain cache baseline: RSS before and after, its V8 heap reserved and in use, memory outside it, what its Map counted. */
  plain: {
    before_bytes: number
    after_bytes: number
    after_heap_total_bytes: number
    after_heap_used_bytes: number
    after_external_bytes: number
    after_counted_bytes: number
    mean_body_bytes: number
    errors: number
  }
  /** The app's RSS growth over the run ÷ the plain baseline's; null when the plain baseline did not grow (a short run). */
  growth_ratio: number | null
}

export interface BenchOutput {
  created_at: string
  engine: string
  machine: string
  options: Record<string, unknown>
  database: { engine: string, where: string, schema: string | undefined, generated_articles: number, generated_reviews: number, fill_seconds: number, bytes: number, plain: { where: string, schema: string | undefined } }
  startup_ms: { app: number, baseline: number, plain: number }
  targets: Compared[]
  writes: WriteBench
  growth: Growth[]
  rss: {
    requests: { app: number, baseline: number }
    app: MemoryReport
    baseline: MemoryReport
    growth: number
    goals: { max_bytes: number, max_growth: number }
    pass: { max: boolean, growth: boolean }
    distinct_urls: DistinctUrlsRss | undefined
  }
  media: { uploads: UploadRun | undefined, concurrent_rss: ConcurrentRss | undefined }
  notes: string[]
  profile: ProfileSummary | undefined
  bench_seconds: number
}

const verdict = (pass: boolean) => pass ? 'PASS' : 'MISS'

function readLines ({ targets }: BenchOutput, engineName: string): string[] {
  if (targets.length === 0) return []
  return [
    '',
    `| Target (${engineName}) | Status | Body bytes | App req/s | App p99 ms | Baseline req/s | Baseline p99 ms | Ratio (median) | Ratio p25–p75 | Goal | |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    ...targets.map((result) => `| ${result.name} | ${result.status} | ${result.body_bytes} | ${fixed(result.app.rps, 0)} | ${fixed(result.app.p99_ms, 1)} | ` +
      `${fixed(result.baseline.rps, 0)} | ${fixed(result.baseline.p99_ms, 1)} | ${fixed(result.ratio, 2)} | ${fixed(result.ratio_p25, 2)}–${fixed(result.ratio_p75, 2)} | ` +
      `≥ ${fixed(result.goal, 2)} | ${verdict(result.pass)}${result.failures > 0 ? ` (${result.failures} failed requests)` : ''} |`),
  ]
}

function writeLines ({ writes, engine }: BenchOutput, engineName: string): string[] {
  if (writes.results.length === 0) return []
  const batches = engine === 'sqlite'
  return [
    '',
    `| Write (${engineName}) | Connections | App req/s | App p99 ms | Plain durable req/s${batches ? ' (writes per COMMIT, mean / max)' : ''} | No-database req/s | ` +
      'App / plain (median, p25–p75) | App / no database | Goal | |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---|---|',
    ...writes.results.map((result) => `| ${result.name} | ${result.connections} | ${fixed(result.app.rps, 0)} | ${fixed(result.app.p99_ms, 1)} | ` +
      `${fixed(result.plain.rps, 0)}${batches ? ` (${fixed(result.plain.batch_mean, 1)} / ${result.plain.batch_max})` : ''} | ${fixed(result.baseline.rps, 0)} | ` +
      `${fixed(result.ratio_plain, 2)} (${fixed(result.ratio_plain_p25, 2)}–${fixed(result.ratio_plain_p75, 2)}) | ${fixed(result.ratio_baseline, 2)} | ` +
      (result.goal.measure === 'app/plain' ? `app/plain ≥ ${fixed(result.goal.min, 2)}` : `app ≥ ${result.goal.min} committed writes/s (${fixed(result.app.writes_per_s, 0)})`) +
      ` | ${verdict(result.pass)}${result.failures > 0 ? ` (${result.failures} failed requests)` : ''} |`),
    '',
    '| Committed? (rows and outbox events after the run vs 2xx receipts) | Receipts | Rows added | Events added | Missing rows | Missing events | |',
    '|---|---:|---:|---:|---:|---:|---|',
    ...writes.checks.map((check) => `| ${check.server}, ${check.key} | ${check.acknowledged} | ${check.rows_added} | ${check.events_added} | ` +
      `${check.missing_rows} | ${check.missing_events} | ${check.pass ? 'OK' : 'FAILED'}${check.repeated > 0 ? ` (${check.repeated} ids acknowledged twice)` : ''} |`),
  ]
}

const imageRss = (bytes: number) => bytes === 0 ? 'not running' : `${mb(bytes)} MB`

function memoryLines ({ rss }: BenchOutput): string[] {
  const lines = [
    '',
    '| Memory (RSS) | App | Baseline | Goal | |',
    '|---|---:|---:|---|---|',
    `| after warm-up | ${mb(rss.app.after_warmup_bytes)} MB | ${mb(rss.baseline.after_warmup_bytes)} MB | | |`,
    `| after ${rss.requests.app} / ${rss.requests.baseline} more requests | ${mb(rss.app.after_requests_bytes)} MB | ${mb(rss.baseline.after_requests_bytes)} MB | ≤ 150 MB | ${verdict(rss.pass.max)} |`,
    `| growth over those requests | ${signed(rss.growth * 100)} % | ${signed((rss.baseline.after_requests_bytes / rss.baseline.after_warmup_bytes - 1) * 100)} % | within 20 % | ${verdict(rss.pass.growth)} |`,
    `| V8 heap used, after warm-up → after | ${mb(rss.app.heap_used_after_warmup_bytes)} → ${mb(rss.app.heap_used_after_requests_bytes)} MB | ` +
      `${mb(rss.baseline.heap_used_after_warmup_bytes)} → ${mb(rss.baseline.heap_used_after_requests_bytes)} MB | | |`,
    `| image process (decodes uploads and variants; exits after 10 s idle), after warm-up → after | ${imageRss(rss.app.image_process_after_warmup_bytes)} → ` +
      `${imageRss(rss.app.image_process_after_requests_bytes)} | | | |`,
  ]
  // Issue 22, part 3: RSS under many distinct URLs, once measured.
  const distinct = rss.distinct_urls
  if (distinct) {
    lines.push('', `| RSS, ${distinct.urls} distinct public URLs | Before | After | Goal (budget ${mb(distinct.budget_bytes)} MB + 100 MB) | Unanswered | |`, '|---|---:|---:|---:|---:|---|',
      `| app | ${mb(distinct.before_bytes)} MB | ${mb(distinct.after_bytes)} MB | ≤ ${mb(distinct.limit_bytes)} MB | ${distinct.errors} | ${verdict(distinct.pass)} |`,
      `| plain cache baseline (bare Fastify, one Map, the same budget and bodies) | ${mb(distinct.plain.before_bytes)} MB | ${mb(distinct.plain.after_bytes)} MB | ≤ ${mb(distinct.limit_bytes)} MB | ${distinct.plain.errors} | ${verdict(distinct.plain.after_bytes <= distinct.limit_bytes)} |`,
      '', `Growth over the run: the app ${mb(distinct.after_bytes - distinct.before_bytes)} MB, the plain baseline ${mb(distinct.plain.after_bytes - distinct.plain.before_bytes)} MB ` +
      `(×${distinct.growth_ratio?.toFixed(2) ?? '–'}); the plain baseline after: V8 heap ${mb(distinct.plain.after_heap_total_bytes)} MB reserved (${mb(distinct.plain.after_heap_used_bytes)} MB in use), ` +
      `${mb(distinct.plain.after_external_bytes)} MB outside it, its Map counting ${mb(distinct.plain.after_counted_bytes)} MB of bodies averaging ${distinct.plain.mean_body_bytes} bytes.`,
      '', `Where the RSS after is: V8 heap ${mb(distinct.after_heap_total_bytes)} MB reserved (${mb(distinct.after_heap_used_bytes)} MB in use), ` +
      `${mb(distinct.after_external_bytes)} MB outside it (buffers), the response budget counting ${mb(distinct.after_budget_counted_bytes)} MB of both; ` +
      `the rest, ${mb(distinct.after_bytes - distinct.after_heap_total_bytes - distinct.after_external_bytes)} MB, is Node's own code and memory, SQLite and the allocator's free lists.`)
  }
  return lines
}

function mediaLines ({ media: { uploads, concurrent_rss: concurrentRss } }: BenchOutput, engineName: string): string[] {
  const lines: string[] = []
  if (uploads) {
    lines.push('', `| Uploads (${engineName}, ${mb(uploads.image_bytes)} MB JPEG, ${uploads.connections} at a time) | Uploads | Uploads/s | MB/s | p50 ms | p99 ms | |`, '|---|---:|---:|---:|---:|---:|---|',
      `| POST /v1/admin/media | ${uploads.uploads} | ${fixed(uploads.uploads_per_s, 1)} | ${fixed(uploads.mb_per_s, 1)} | ${fixed(uploads.p50_ms, 0)} | ${fixed(uploads.p99_ms, 0)} | ${uploads.failures > 0 ? `${uploads.failures} failed` : ''} |`)
  }
  if (concurrentRss) {
    lines.push('', `| RSS, ${concurrentRss.uploads} uploads at once (server + image process) | Before | Peak (image process) | After | Budget | |`, '|---|---:|---:|---:|---:|---|',
      `| app (${concurrentRss.samples} samples) | ${mb(concurrentRss.before_bytes)} MB | ${mb(concurrentRss.peak_bytes)} MB (${mb(concurrentRss.image_process_peak_bytes)} MB) | ` +
        `${mb(concurrentRss.after_bytes)} MB | ${mb(concurrentRss.budget_bytes)} MB | ` +
        `${verdict(concurrentRss.pass)}${concurrentRss.failures > 0 ? ` (${concurrentRss.failures} failed)` : ''} |`,
      `Budget: ${concurrentRss.budget}.`)
  }
  return lines
}

/** The Markdown report printed at the end of a run. */
export function formatReport (output: BenchOutput, engineName: string): string {
  const { database, startup_ms: startup, growth } = output
  const articles = database.generated_articles
  const lines = [
    output.machine,
    `Database (${engineName}): ${articles > 0 ? `seed + ${articles} generated articles (${database.generated_reviews} reviews), written in ${database.fill_seconds.toFixed(1)} s; ` : 'the seed article; '}` +
      `${mb(database.bytes)} MB. App start-up (fork to listening): ${Math.round(startup.app)} ms (baseline ${Math.round(startup.baseline)} ms, plain durable ${Math.round(startup.plain)} ms).`,
    ...readLines(output, engineName),
    ...writeLines(output, engineName),
    ...memoryLines(output),
    ...mediaLines(output, engineName),
  ]
  if (growth.length > 0) {
    lines.push(
      '',
      `| With ${articles} more articles (${engineName}) | Body bytes | req/s | p99 ms | Uncached ms (median of 5) |`,
      '|---|---:|---:|---:|---:|',
      ...growth.map((result) => `| ${result.name} | ${result.body_bytes} | ${fixed(result.rps, 0)} | ${fixed(result.p99_ms, 1)} | ${fixed(result.uncached_ms, 1)} |` +
        (result.failures > 0 ? ` ${result.failures} failed requests` : ''))
    )
  }
  if (output.notes.length > 0) lines.push('', ...output.notes.map((note) => `- ${note}`))
  if (output.profile) lines.push('', formatProfile(output.profile))
  return lines.join('\n')
}
