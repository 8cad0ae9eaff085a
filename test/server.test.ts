// The real server in a child process: refuses bad starts, serves, shuts down gracefully.
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { test } from 'tap'
import { ADMIN, ADMIN_KEY, PROBLEM, runScript, SLUG, startServer, tempDir } from './helper.js'

test('the server refuses to start on bad config, naming the variable', async (t) => {
  const result = await runScript('server', [], { PORT: '70000', DATABASE_PATH: ':memory:' })
  t.equal(result.code, 1)
  t.match(result.stderr, /Invalid configuration:\n {2}- PORT must be an integer from 0 to 65535, got "70000"/)
  t.notMatch(result.stderr, /at .*\.js:\d+/, 'no stack trace')
})

test('the server refuses to start when an applied migration was edited', async (t) => {
  const path = join(tempDir(t), 'edited.db')
  const migrated = await runScript('cli', ['migrate'], { DATABASE_PATH: path })
  t.equal(migrated.code, 0, migrated.stderr)
  // Simulate an edit: the recorded checksum no longer matches the file on disk.
  const sqlite = new SQLite(path)
  sqlite.prepare("UPDATE schema_migrations SET checksum = 'deadbeef' || substr(checksum, 9) WHERE version = 1").run()
  sqlite.close()

  const result = await runScript('server', [], { DATABASE_PATH: path, PORT: '0' })
  t.equal(result.code, 1)
  t.match(result.stderr, /Refusing to start: Migration 001_content\.sql was edited after it was applied \(checksum deadbeef\S* recorded, \S+ on disk\)/)
  const cli = await runScript('cli', ['migrate'], { DATABASE_PATH: path })
  t.equal(cli.code, 1)
  t.match(cli.stderr, /001_content\.sql was edited/)
})

test('real server: serves over HTTP and shuts down gracefully on SIGTERM', async (t) => {
  const server = await startServer(t, { DATABASE_PATH: join(tempDir(t), 'socket.db'), ADMIN_API_KEY: ADMIN_KEY })
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

  t.equal(await server.stop('SIGTERM'), 0, 'exits 0 on SIGTERM')
  const output = server.output()
  t.match(output, /"signal":"SIGTERM"/)
  t.match(output, /"msg":"incoming request"/)
  t.match(output, /"reqId":"[\w-]+"/, 'request ids in the logs')
})
