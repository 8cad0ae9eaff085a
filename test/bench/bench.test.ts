// The load benchmark's harness in a tiny bounded run: it must start both servers, measure every target and write results.json.
// With TEST_DATABASE_URL the run is on PostgreSQL (--database-url), in a schema of its own that must be gone afterwards.
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { test } from 'tap'
import { COMPILED, ENGINE, TEST_DATABASE_URL, tempDir } from '../helper.js'

const RUN_SCRIPT = fileURLToPath(new URL('./run.js', import.meta.url))
const COMPARED = ['article-200', 'article-304', 'section', 'list', 'review-summary', 'contact-post', 'review-post', 'media-variant']
const GROWTH = ['growth-article', 'growth-list-first', 'growth-list-last', 'growth-tag', 'growth-search']

test('npm run bench, bounded', { skip: COMPILED ? false : 'runs the compiled harness (npm test builds it)' }, async (t) => {
  const out = join(tempDir(t), 'results.json')
  const options = ['--duration', '1', '--rounds', '1', '--warmup', '0', '--connections', '4', '--articles', '20', '--requests-for-rss', '500', '--uploads', '1', '--concurrent-uploads', '2', '--no-pin', '--out', out,
    ...(TEST_DATABASE_URL ? ['--database-url', TEST_DATABASE_URL] : [])]
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'info' }
  delete env.NODE_OPTIONS // tap's own hooks: not for the servers measured
  delete env.BENCH_DATABASE_URL // the engine is the suite's
  // No load shedding (as startServer in the helper): on a loaded machine the app's loop lags past a second under
  // autocannon, and its 503s would count as failed requests of a harness that works.
  env.MAX_EVENT_LOOP_DELAY_MS = '0'
  const exit = await new Promise<{ code: number | null, stderr: string }>((resolve) => {
    const child = execFile(process.execPath, [RUN_SCRIPT, ...options], { timeout: 600_000, env }, (_error, _stdout, stderr) => {
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
  t.same(results.growth.map((target: { key: string }) => target.key), GROWTH, 'every growth target, search included, on both engines')
  for (const target of results.growth) t.ok(Number.isFinite(target.rps) && Number.isFinite(target.uncached_ms), `${target.key}: numbers`)
  t.ok(results.rss.app.after_warmup_bytes > 0 && results.rss.app.after_requests_bytes > 0 && results.rss.baseline.after_requests_bytes > 0, 'RSS of both servers')
  t.ok(results.database.bytes > 0 && results.startup_ms.app > 0, 'database size and start-up time')
  const { uploads, concurrent_rss: burst } = results.media
  t.match(uploads, { uploads: 1, failures: 0 }, 'uploads: every one answered 201')
  t.ok(uploads.image_bytes > 1.5 * 1024 * 1024 && uploads.uploads_per_s > 0 && uploads.p99_ms > 0, 'uploads: a 2 MB JPEG, a rate and a p99')
  t.match(burst, { uploads: 2, failures: 0 }, 'uploads at once: every one answered 201')
  t.ok(burst.peak_bytes >= burst.before_bytes && burst.budget_bytes > burst.before_bytes && burst.samples > 0, 'uploads at once: RSS sampled against a budget')
  t.type(burst.pass, 'boolean')

  if (TEST_DATABASE_URL) {
    t.match(results.database.schema, /^bench_[0-9a-f]+$/, 'a schema of its own')
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL })
    await client.connect()
    t.teardown(() => client.end())
    const { rows } = await client.query('SELECT count(*)::int AS n FROM pg_namespace WHERE nspname = $1', [results.database.schema])
    t.equal(rows[0].n, 0, 'dropped at the end')
  }
})
