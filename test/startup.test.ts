import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { test } from 'tap'
import { loadConfig, ConfigError } from '../src/config.js'
import { ADMIN, childEnv, runScript, scriptCommand, SLUG, tempDir } from './helper.js'
import { spawn } from 'node:child_process'

test('config: every bad value is named with what it should be', async (t) => {
  let error: unknown
  try {
    loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud', REVIEW_MODERATION: 'maybe', ADMIN_API_KEY: 'short' })
  } catch (caught) {
    error = caught
  }
  t.ok(error instanceof ConfigError)
  const message = (error as Error).message
  t.match(message, /PORT must be an integer from 0 to 65535, got "abc"/)
  t.match(message, /LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"/)
  t.match(message, /REVIEW_MODERATION must be one of pre, post, got "maybe"/)
  t.match(message, /ADMIN_API_KEY must be a string of at least 16 characters, got 5 characters/)
  t.notOk(message.includes('"short"'), 'a secret is never echoed')
  t.throws(() => loadConfig({ CORS_ORIGINS: 'https://a.example/path', WEBHOOK_URLS: 'ftp://x' }), /CORS_ORIGINS: "https:\/\/a.example\/path" is not an origin[\s\S]*WEBHOOK_URLS: "ftp:\/\/x" is not an http\(s\) URL[\s\S]*WEBHOOK_SECRET: required/)
  t.match(loadConfig({}), { port: 3000, host: '127.0.0.1', databasePath: 'data/content.db', logLevel: 'info', corsOrigins: [] })
  t.same(loadConfig({ CORS_ORIGINS: '*' }).corsOrigins, '*')
  t.same(loadConfig({ CORS_ORIGINS: 'https://a.example, https://b.example/' }).corsOrigins, ['https://a.example', 'https://b.example'])
})

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
  const path = join(tempDir(t), 'socket.db')
  const { command, args } = scriptCommand('server')
  const child = spawn(command, args, { env: childEnv({ DATABASE_PATH: path, PORT: '0', LOG_LEVEL: 'info', ADMIN_API_KEY: ADMIN.authorization.slice(7) }), stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve))
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000)
    child.stdout.on('data', (chunk) => {
      output += chunk
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
      if (match) { clearTimeout(timer); resolve(match[1]!) }
    })
    child.stderr.on('data', (chunk) => { output += chunk })
  })
  t.teardown(() => { if (child.exitCode === null) child.kill('SIGKILL') })

  const article = await fetch(`${origin}/v1/articles/${SLUG}`)
  t.equal(article.status, 200)
  t.equal(article.headers.get('content-type'), 'application/json; charset=utf-8')
  t.equal(((await article.json()) as { data: { sections: unknown[] } }).data.sections.length, 9, 'migrated and seeded on first start')
  const missing = await fetch(`${origin}/nope`)
  t.equal(missing.status, 404)
  t.equal(missing.headers.get('content-type'), 'application/problem+json; charset=utf-8')
  t.equal((await fetch(`${origin}/v1/admin/whoami`, { headers: ADMIN })).status, 200)
  t.equal((await fetch(`${origin}/ready`)).status, 200)

  child.kill('SIGTERM')
  t.equal(await exited, 0, 'exits 0 on SIGTERM')
  t.match(output, /"signal":"SIGTERM"/)
  t.match(output, /"msg":"incoming request"/)
  t.match(output, /"reqId":"[\w-]+"/, 'request ids in the logs')
})

test('TRUST_PROXY names the proxies; true is refused', async (t) => {
  t.equal(loadConfig({}).trustProxy, false)
  t.equal(loadConfig({ TRUST_PROXY: '1' }).trustProxy, 1)
  t.equal(loadConfig({ TRUST_PROXY: '10.0.0.0/8, loopback' }).trustProxy, '10.0.0.0/8,loopback')
  t.throws(() => loadConfig({ TRUST_PROXY: 'true' }), /TRUST_PROXY must be false, the number of proxies.*true would trust addresses any client can forge/)

  const { build } = await import('./helper.js')
  const app = await build(t, { env: { TRUST_PROXY: '1', REVIEW_RATE_LIMIT_MAX: '1' } })
  const url = `/v1/articles/${SLUG}/reviews`
  const send = (forwarded: string, body: string) => app.inject({ method: 'POST', url, remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': forwarded }, payload: { author_name: 'A', rating: 5, body } })
  t.equal((await send('203.0.113.5', 'first')).statusCode, 201)
  t.equal((await send('198.51.100.9, 203.0.113.5', 'second')).statusCode, 429, 'a forged left-most entry does not make a new client: one hop is trusted')
})
