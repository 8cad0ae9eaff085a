// The load benchmark's harness in a tiny bounded run: it must start the three servers (app, no-database baseline, plain
// durable baseline), measure every target, check that every acknowledged write was committed and write results.json.
// With TEST_DATABASE_URL the run is on PostgreSQL (--database-url), in schemas of their own that must be gone afterwards.
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { test } from 'tap'
import { COMPILED, ENGINE, plainNode, TEST_DATABASE_URL, tempDir } from '../helper.js'
import { migrationsDir } from '../../src/base/paths.js'
import { migrate } from '../../src/db/migrate.js'
import SQLite from 'better-sqlite3'
import { sqliteDatabase } from './database.js'
import { checkCommitted } from './writes.js'

const RUN_SCRIPT = fileURLToPath(new URL('./run.js', import.meta.url))
const COMPARED = ['article-200', 'article-304', 'section', 'list', 'review-summary', 'media-variant']
/** Requests per write run: bounded by count, so every receipt's row is there when the run ends. */
const WRITES = 30
const DISTINCT_URLS = 120
const GROWTH = ['growth-article', 'growth-list-first', 'growth-list-last', 'growth-tag', 'growth-search']

test('npm run bench, bounded', { skip: COMPILED ? false : 'runs the compiled harness (npm test builds it)' }, async (t) => {
  const out = join(tempDir(t), 'results.json')
  // Reads at 100 requests a second: each run still lasts its second and counts its answers, without keeping both cores
  // busy for the whole read phase (the test checks that every target is measured, not how fast).
  const options = ['--duration', '1', '--rounds', '1', '--warmup', '0', '--connections', '4', '--read-rate', '100', '--articles', '20', '--requests-for-rss', '500', '--uploads', '1', '--concurrent-uploads', '2',
    '--write-connections', '3', '--write-requests', String(WRITES), '--distinct-urls', String(DISTINCT_URLS), '--no-pin', '--out', out,
    ...(TEST_DATABASE_URL ? ['--database-url', TEST_DATABASE_URL] : [])]
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'info' }
  delete env.NODE_OPTIONS // tap's own hooks: not for the servers measured
  delete env.BENCH_DATABASE_URL // the engine is the suite's
  // No load shedding (as startServer in the helper): on a loaded machine the app's loop lags past a second under
  // autocannon, and its 503s would count as failed requests of a harness that works.
  env.MAX_EVENT_LOOP_DELAY_MS = '0'
  const exit = await new Promise<{ code: number | null, stderr: string }>((resolve) => {
    // plainNode: tap would put its loader back into NODE_OPTIONS, and the harness's children would inherit it.
    const node = plainNode([RUN_SCRIPT, ...options])
    const child = execFile(node.command, node.args, { timeout: 600_000, env }, (_error, _stdout, stderr) => {
      resolve({ code: child.exitCode, stderr })
    })
  })
  t.equal(exit.code, 0, exit.stderr.slice(-2000))

  const results = JSON.parse(readFileSync(out, 'utf8'))
  t.equal(results.engine, ENGINE, `ran on ${ENGINE}`)
  t.notOk(/postgres(?:ql)?:\/\//.test(readFileSync(out, 'utf8')), 'no database URL (or its password) in results.json')
  t.same(results.targets.map((target: { key: string }) => target.key), COMPARED, 'every compared target')
  for (const target of results.targets) {
    t.ok(Number.isFinite(target.ratio) && target.ratio > 0, `${target.key}: a numeric ratio`)
    t.ok(target.app.rps > 0 && target.baseline.rps > 0, `${target.key}: both servers answered`)
    t.equal(target.failures, 0, `${target.key}: every request answered ${target.status}`)
    t.type(target.pass, 'boolean')
  }
  t.same(results.writes.results.map((write: { key: string, connections: number }) => `${write.key} ${write.connections}`), ['contact-post 3', 'review-post 3'], 'every write target')
  for (const write of results.writes.results) {
    t.equal(write.failures, 0, `${write.key}: every POST answered ${write.status} by the app and both baselines`)
    t.ok(write.app.rps > 0 && write.plain.rps > 0 && write.baseline.rps > 0, `${write.key}: the three servers answered`)
    t.ok(Number.isFinite(write.ratio_plain) && Number.isFinite(write.ratio_baseline), `${write.key}: both ratios`)
    t.ok(write.plain.batch_mean >= 1 && write.plain.batch_max >= 1 && write.plain.batch_max <= 3, `${write.key}: the plain server's commits (at most one write per connection in a batch)`)
    t.type(write.pass, 'boolean')
  }
  t.same(results.writes.checks.map((check: { server: string, key: string }) => `${check.server} ${check.key}`),
    ['app contact-post', 'plain contact-post', 'app review-post', 'plain review-post'], 'the app and the plain server checked for every write target')
  for (const check of results.writes.checks) {
    // Runs bounded by count: no request is left in flight, so the rows added are exactly the receipts.
    t.match(check, { acknowledged: WRITES, repeated: 0, missing_rows: 0, missing_events: 0, rows_added: WRITES, events_added: WRITES, pass: true }, `${check.server} ${check.key}: every receipt committed`)
  }
  t.same(results.growth.map((target: { key: string }) => target.key), GROWTH, 'every growth target, search included, on both engines')
  for (const target of results.growth) t.ok(Number.isFinite(target.rps) && Number.isFinite(target.uncached_ms), `${target.key}: numbers`)
  t.ok(results.rss.app.after_warmup_bytes > 0 && results.rss.app.after_requests_bytes > 0 && results.rss.baseline.after_requests_bytes > 0, 'RSS of both servers')
  t.ok(results.database.bytes > 0 && results.startup_ms.app > 0, 'database size and start-up time')
  const { uploads, concurrent_rss: burst } = results.media
  t.match(uploads, { uploads: 1, failures: 0 }, 'uploads: every one answered 201')
  t.ok(uploads.image_bytes > 1.5 * 1024 * 1024 && uploads.uploads_per_s > 0 && uploads.p99_ms > 0, 'uploads: a 2 MB JPEG, a rate and a p99')
  t.match(burst, { uploads: 2, failures: 0 }, 'uploads at once: every one answered 201')
  t.ok(burst.peak_bytes >= burst.before_bytes && burst.budget_bytes > burst.before_bytes && burst.samples > 0, 'uploads at once: RSS sampled against a budget')
  t.ok(burst.image_process_peak_bytes > 0 && burst.peak_bytes > burst.image_process_peak_bytes, 'uploads at once: the image process counted with the server')
  t.type(burst.pass, 'boolean')
  const distinct = results.rss.distinct_urls
  t.match(distinct, { urls: DISTINCT_URLS, errors: 0, budget_bytes: 64 * 1024 * 1024, limit_bytes: (64 + 100) * 1024 * 1024 }, 'RSS under distinct URLs, against budget + 100 MB')
  t.ok(distinct.before_bytes > 0 && distinct.after_bytes > 0, 'RSS read before and after')
  t.ok(distinct.after_heap_total_bytes >= distinct.after_heap_used_bytes && distinct.after_heap_used_bytes > 0 && distinct.after_external_bytes > 0, 'where the RSS is: the V8 heap and memory outside it')
  t.ok(distinct.after_budget_counted_bytes > 0 && distinct.after_budget_counted_bytes <= distinct.budget_bytes, 'what the response budget counted, within RESPONSE_CACHE_MAX_MB')
  t.type(distinct.pass, 'boolean')
  t.match(distinct.plain, { errors: 0 }, 'the plain cache baseline answered the same URLs')
  t.ok(distinct.plain.before_bytes > 0 && distinct.plain.after_bytes > 0 && distinct.plain.after_counted_bytes > 0 && distinct.plain.after_counted_bytes <= distinct.budget_bytes, 'the plain cache baseline: RSS before and after, its Map within the same budget')
  t.ok(distinct.plain.mean_body_bytes > 100, 'the plain cache baseline sent bodies of the sizes the app sent')
  const plainGrowth = distinct.plain.after_bytes - distinct.plain.before_bytes
  t.equal(distinct.growth_ratio, plainGrowth > 0 ? (distinct.after_bytes - distinct.before_bytes) / plainGrowth : null, 'the app\'s growth against the plain baseline\'s')

  if (TEST_DATABASE_URL) {
    t.match(results.database.schema, /^bench_[0-9a-f]+$/, 'a schema of its own')
    t.match(results.database.plain.schema, /^bench_[0-9a-f]+$/, 'the plain baseline in a schema of its own')
    t.not(results.database.plain.schema, results.database.schema)
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL })
    await client.connect()
    t.teardown(() => client.end())
    const { rows } = await client.query('SELECT count(*)::int AS n FROM pg_namespace WHERE nspname = ANY($1)', [[results.database.schema, results.database.plain.schema]])
    t.equal(rows[0].n, 0, 'both dropped at the end')
  }
})

test('the commit check cannot be fooled: a receipt without its row or event, or rows no receipt explains, fail it', async (t) => {
  const file = join(tempDir(t), 'check.db')
  const sqlite = new SQLite(file)
  migrate(sqlite, migrationsDir)
  const at = new Date().toISOString()
  const insert = sqlite.prepare("INSERT INTO contact_messages (id, email, email_hash, message, dedupe_key, received_at, updated_at) VALUES (?, 'a@example.org', 'h', 'm', ?, ?, ?)")
  const event = sqlite.prepare("INSERT INTO webhook_events (id, type, payload, subject_type, subject_id, created_at) VALUES (?, 'message.received', '{}', 'contact_message', ?, ?)")
  for (const id of ['one', 'two', 'three']) insert.run(id, `key-${id}`, at, at)
  for (const id of ['one', 'two']) event.run(`event-${id}`, id, at)
  sqlite.close()
  const database = sqliteDatabase(file)
  const check = (ids: string[], tolerance = 0, rowsBefore = 0) => checkCommitted('app', 'contact-post', database, { ids, rowsBefore, eventsBefore: rowsBefore, tolerance })
  t.match(await check(['one', 'two'], 0, 1), { acknowledged: 2, rows_added: 2, events_added: 1, pass: false }, 'fewer outbox events added than receipts')
  t.match(await check(['one', 'two', 'three'], 1), { missing_events: 1, pass: false }, 'a receipt whose event is missing')
  t.match(await check(['one', 'four'], 2), { missing_rows: 1, missing_events: 1, pass: false }, 'a receipt whose row is missing')
  t.match(await check(['one', 'one'], 2), { repeated: 1, pass: false }, 'one row acknowledged twice')
  t.match(await check(['one'], 0, 1), { rows_added: 2, pass: false }, 'a row no receipt explains, beyond the tolerance')
  const sqliteFile = new SQLite(file)
  sqliteFile.prepare("INSERT INTO webhook_events (id, type, payload, subject_type, subject_id, created_at) VALUES ('event-three', 'message.received', '{}', 'contact_message', 'three', ?)").run(at)
  sqliteFile.close()
  t.match(await check(['one', 'two', 'three']), { acknowledged: 3, rows_added: 3, events_added: 3, missing_rows: 0, missing_events: 0, pass: true }, 'every receipt committed with its event')
  t.match(await check(['two', 'three'], 1), { pass: true }, 'one row more than the receipts, within the tolerance (a request in flight at the end)')
})
