// The real server in a child process: refuses bad starts, serves, warns of nothing, shuts down gracefully.
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { test } from 'tap'
import {
  ADMIN, ADMIN_KEY, COMPILED, FORM_CONTENT_TYPE, PROBLEM, REVIEWS_URL, reviewPayload, runCliInProcess, runScript, SLUG, sqliteDatabaseFile, startServer, tempDir,
  WEBHOOK_SECRET,
} from './helper.js'

test('the server refuses to start on bad config, naming the variable', async (t) => {
  const result = await runScript('server', [], { PORT: '70000', DATABASE_PATH: ':memory:' })
  t.equal(result.code, 1)
  t.match(result.stderr, /Invalid configuration:\n {2}- PORT must be an integer from 0 to 65535, got "70000"/)
  t.notMatch(result.stderr, /at .*\.js:\d+/, 'no stack trace')
})

test('the server refuses to start on bad config without printing a secret', async (t) => {
  const result = await runScript('server', [], {
    DATABASE_PATH: ':memory:',
    WEBHOOK_URLS: 'https://hook-user:hunter2-pw@hooks.example.org/services/path-t0ken?token=query-t0ken',
    WEBHOOK_SECRET,
    PUBLIC_BASE_URL: 'https://base-user:base-p4ss@api.example.org',
  })
  t.equal(result.code, 1)
  t.match(result.stderr, /Invalid configuration:\n {2}- WEBHOOK_URLS: .* carries credentials[\s\S]*PUBLIC_BASE_URL: /)
  for (const secret of ['hook-user', 'hunter2-pw', 'path-t0ken', 'query-t0ken', 'base-user', 'base-p4ss']) {
    t.notOk(`${result.stdout}${result.stderr}`.includes(secret), `"${secret}" is not printed`)
  }
  t.notMatch(result.stderr, /at .*\.js:\d+/, 'no stack trace')
})

test('the server refuses to start when an applied migration was edited', async (t) => {
  const path = join(tempDir(t), 'edited.db')
  // As `npm run migrate` leaves it (test/cli.test.ts runs that command): a copy of a template, not a CLI start.
  await sqliteDatabaseFile(path)
  // Simulate an edit: the recorded checksum no longer matches the file on disk.
  const sqlite = new SQLite(path)
  sqlite.prepare("UPDATE schema_migrations SET checksum = 'deadbeef' || substr(checksum, 9) WHERE version = 1").run()
  sqlite.close()

  const result = await runScript('server', [], { DATABASE_PATH: path, PORT: '0' })
  t.equal(result.code, 1)
  t.match(result.stderr, /Refusing to start: Migration 001_content\.sql was edited after it was applied \(checksum deadbeef\S* recorded, \S+ on disk\)/)
  // The CLI's refusal: the same migration runner, in this process (runCliInProcess).
  const cli = await runCliInProcess(['migrate'], { DATABASE_PATH: path })
  t.equal(cli.code, 1)
  t.match(cli.stderr, /001_content\.sql was edited/)
})

// One server start for both (a start costs about two seconds of CPU): it serves, then it is stopped, and its output is
// read for both.
test('real server: serves over HTTP and shuts down gracefully on SIGTERM', async (t) => {
  // NODE_NO_WARNINGS=1 in the caller's environment would hide exactly what the warnings test looks for.
  const server = await startServer(t, { DATABASE_PATH: join(tempDir(t), 'socket.db'), ADMIN_API_KEY: ADMIN_KEY, LOG_REQUESTS: 'true', NODE_NO_WARNINGS: '0' })
  const { origin } = server

  const article = await fetch(`${origin}/v1/articles/${SLUG}`)
  t.equal(article.status, 200)
  t.equal(article.headers.get('content-type'), 'application/json; charset=utf-8')
  t.equal(((await article.json()) as { data: { sections: unknown[] } }).data.sections.length, 9, 'migrated and seeded on first start')
  const missing = await fetch(`${origin}/nope`)
  t.equal(missing.status, 404)
  t.equal(missing.headers.get('content-type'), PROBLEM)
  t.equal((await fetch(`${origin}/v1/admin/whoami`, { headers: ADMIN })).status, 200)
  t.equal((await fetch(`${origin}/ready`)).status, 200)
  // Routes of every kind, so that warnings emitted on first use (not only at registration) show too.
  t.equal((await fetch(`${origin}/v1/articles/${SLUG}`)).status, 200)
  t.equal((await fetch(`${origin}/v1/articles/${SLUG}/sections/conclusion`)).status, 200)
  t.equal((await fetch(`${origin}/v1/admin/whoami`, { headers: ADMIN })).status, 200)
  t.equal((await fetch(`${origin}/docs`)).status, 200)
  t.equal((await fetch(`${origin}/openapi.json`)).status, 200)
  const review = await fetch(`${origin}${REVIEWS_URL}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(reviewPayload()) })
  t.equal(review.status, 201)
  const form = await fetch(`${origin}/v1/contact-messages`, { method: 'POST', headers: FORM_CONTENT_TYPE, body: new URLSearchParams({ email: 'ada@example.org', message: 'Hello' }) })
  t.equal(form.status, 202)
  t.equal((await fetch(`${origin}/nope`)).status, 404)

  const exitCode = await server.stop('SIGTERM')
  t.equal(exitCode, 0, 'exits 0 on SIGTERM')
  const output = server.output()
  t.match(output, /"signal":"SIGTERM"/)
  t.match(output, /"msg":"request completed"/)
  t.notMatch(output, /"msg":"incoming request"/, 'one line per request, when it is answered')
  t.match(output, /"reqId":"[\w-]+"/, 'request ids in the logs')

  // Run compiled under plain node (as `npm start` does): under a TypeScript loader the loader itself may warn.
  t.test('a start prints no warnings', { skip: COMPILED ? false : 'needs the compiled server (npm test runs it)' }, async (t) => {
    t.equal(exitCode, 0, 'exits 0 on SIGTERM')
    t.match(output, /Server listening at/, 'the output was captured')
    t.notMatch(output, /Warning/, 'no Warning or DeprecationWarning (e.g. FSTDEP…) in stdout or stderr')
  })
})
