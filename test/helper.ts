// Test helpers: an app on a fresh database per test, closed on teardown.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import pg from 'pg'
import { buildApp, type BuildOptions } from '../src/app.js'
import { loadConfig, type Config } from '../src/config.js'
import { configuredLocation, openDatabase, openSqlite, type DatabaseHandle } from '../src/db/connection.js'
import { migrationsDir } from '../src/base/paths.js'
import { createServices } from '../src/services.js'
import { seedArticles } from '../seed/index.js'
import type { CreateContactMessage } from '../src/contact/schemas.js'
import type { Submission } from '../src/reviews/service.js'

export const SLUG = 'from-training-to-employment-the-power-of-healthcare-internships'
export const ADMIN_KEY = 'test-admin-key-0123456789abcdef'
export const ADMIN = { authorization: `Bearer ${ADMIN_KEY}` }
/** Standard Webhooks secrets (whsec_ + base64 of 32 bytes), as `npm run cli -- webhook-secret` prints them. */
export const WEBHOOK_SECRET = `whsec_${Buffer.alloc(32, 7).toString('base64')}`
export const OTHER_WEBHOOK_SECRET = `whsec_${Buffer.alloc(32, 9).toString('base64')}`
/** The content type of every error response (RFC 9457 problem details). */
export const PROBLEM = 'application/problem+json; charset=utf-8'
/** What a plain HTML form (no JavaScript) sends. */
export const FORM_CONTENT_TYPE = { 'content-type': 'application/x-www-form-urlencoded' }
export const REVIEWS_URL = `/v1/articles/${SLUG}/reviews`
/** True when running the compiled tests (dist/), as `npm test` does; false under a TypeScript loader. */
export const COMPILED = import.meta.url.endsWith('.js')

interface Tap { teardown(fn: () => unknown): void }

/**
 * TEST_DATABASE_URL=postgres://… runs the suite on PostgreSQL: every test gets a schema of its own in that database
 * (created here, dropped on teardown) instead of a fresh SQLite database.
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined
/** The engine the suite runs on. */
export const ENGINE: 'sqlite' | 'postgres' = TEST_DATABASE_URL ? 'postgres' : 'sqlite'

let adminPool: pg.Pool | undefined
let schemaNumber = 0

/** A new, empty PostgreSQL schema in TEST_DATABASE_URL's database, and a DATABASE_URL whose connections use it. */
async function freshPostgresSchema (t: Tap): Promise<string> {
  adminPool ??= new pg.Pool({ connectionString: TEST_DATABASE_URL, max: 2, allowExitOnIdle: true })
  const schema = `test_${process.pid}_${++schemaNumber}_${Math.random().toString(36).slice(2, 8)}`
  await adminPool.query(`CREATE SCHEMA ${schema}`)
  // After the app closed (teardowns run last-registered first): no connection uses the schema any more.
  t.teardown(async () => { await adminPool!.query(`DROP SCHEMA ${schema} CASCADE`) })
  const url = new URL(TEST_DATABASE_URL!)
  url.searchParams.set('options', `-c search_path=${schema}`)
  return url.toString()
}

/**
 * The environment naming a fresh database for this test that several processes can share (a server and the CLI): a
 * SQLite file in a temporary directory, or a PostgreSQL schema when the suite runs on PostgreSQL.
 */
export async function databaseEnv (t: Tap, file = 'content.db'): Promise<Record<string, string>> {
  if (TEST_DATABASE_URL) return { DATABASE_URL: await freshPostgresSchema(t) }
  return { DATABASE_PATH: join(tempDir(t), file) }
}

/** Opens the database a test environment names (as the server would: DATABASE_URL or DATABASE_PATH), closed on teardown. */
export function openDatabaseOf (t: Tap, env: Record<string, string>): DatabaseHandle {
  const database = openDatabase(configuredLocation(loadConfig(env)))
  t.teardown(() => database.close())
  return database
}

/** A temporary directory removed on teardown. */
export function tempDir (t: Tap): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-api-test-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

const templates = new Map<'migrated' | 'seeded', Promise<string>>()

/** An SQLite file as `npm run migrate` (or, seeded, `npm run seed`) leaves it: made in-process, once per test file. */
function sqliteTemplate (kind: 'migrated' | 'seeded'): Promise<string> {
  let template = templates.get(kind)
  if (!template) {
    template = (async () => {
      const dir = mkdtempSync(join(tmpdir(), 'content-api-template-'))
      process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
      const path = join(dir, `${kind}.db`)
      const database = openSqlite(path)
      try {
        await database.migrate(migrationsDir)
        // As the seed command does it (announced: the outbox gets its events), with the default config.
        if (kind === 'seeded') await seedArticles(createServices(database, loadConfig({ DATABASE_PATH: path, MEDIA_PATH: join(dir, 'media') })).services.authoring)
      } finally {
        // Closing the last connection checkpoints the WAL into the file: the copy is the whole database.
        await database.close()
      }
      return path
    })()
    templates.set(kind, template)
  }
  return template
}

/**
 * Puts at `path` a fresh SQLite database with every migration applied (and the seed articles, when `seeded`), as the
 * CLI's migrate (seed) command leaves it: a copy of a template, for tests that only need it as a starting point (a CLI
 * start costs a second or more of CPU, a copy nothing). test/cli.test.ts runs those commands themselves.
 */
export async function sqliteDatabaseFile (path: string, { seeded = false }: { seeded?: boolean } = {}): Promise<void> {
  const template = await sqliteTemplate(seeded ? 'seeded' : 'migrated')
  mkdirSync(dirname(path), { recursive: true })
  copyFileSync(template, path)
}

export interface BuildTestOptions {
  env?: Record<string, string>
  seed?: boolean
  /** Receives the production JSON log lines (see captureLogs). */
  logStream?: BuildOptions['logStream']
  /** Adjusts the parsed config beyond what the environment can say (e.g. a rate-limit window shorter than a second). */
  configure?: (config: Config) => void
  /** The app's clock (BuildOptions.clock): a test moves it forward instead of waiting. */
  clock?: BuildOptions['clock']
}

/** buildApp on a fresh in-memory database (unless env.DATABASE_PATH says otherwise), migrated and seeded. */
export async function build (t: Tap, { env = {}, seed = true, logStream, configure, clock }: BuildTestOptions = {}): Promise<FastifyInstance> {
  // No load shedding on event-loop delay unless a test asks: building a second app in the same process blocks the loop
  // for seconds, which the first would rightly take for pressure (test/http/pressure.test.ts tests the shedding).
  // On PostgreSQL a fresh schema, unless the test names a database (a file to share, or a DATABASE_URL).
  const database = TEST_DATABASE_URL && !env.DATABASE_URL && (env.DATABASE_PATH ?? ':memory:') === ':memory:'
    ? { DATABASE_URL: await freshPostgresSchema(t) }
    : {}
  // Uploaded images go to a folder of this test's (never the repository's data/media).
  const media = env.MEDIA_PATH ? {} : { MEDIA_PATH: join(tempDir(t), 'media') }
  const config = loadConfig({ DATABASE_PATH: ':memory:', LOG_LEVEL: 'silent', ADMIN_API_KEY: ADMIN_KEY, MAX_EVENT_LOOP_DELAY_MS: '0', ...database, ...media, ...env })
  configure?.(config)
  const app = await buildApp({ config, seed, logger: logStream !== undefined, ...(logStream ? { logStream } : {}), ...(clock ? { clock } : {}) })
  t.teardown(() => app.close())
  await app.ready()
  return app
}

/**
 * Makes every insert into `table` fail (a trigger raising an error, on either engine), to show that a write failing
 * half-way leaves nothing behind. Resolves with the function that removes the trigger.
 */
export async function failInsertsInto (app: FastifyInstance, table: string): Promise<() => Promise<void>> {
  const { sqlite, db } = app.database
  if (sqlite) {
    sqlite.exec(`CREATE TEMP TRIGGER fail_${table} BEFORE INSERT ON ${table} BEGIN SELECT RAISE(ABORT, 'injected failure'); END`)
    return async () => { sqlite.exec(`DROP TRIGGER fail_${table}`) }
  }
  await sql.raw(`CREATE FUNCTION fail_${table}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$`).execute(db)
  await sql.raw(`CREATE TRIGGER fail_${table} BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION fail_${table}()`).execute(db)
  return async () => { await sql.raw(`DROP FUNCTION fail_${table}() CASCADE`).execute(db) }
}

/** A logger writing JSON lines into an array, to assert what reaches the logs. */
export function captureLogs () {
  const lines: string[] = []
  const stream = { write (line: string) { lines.push(...line.split('\n').filter(Boolean)) } }
  return { stream, lines, text: () => lines.join('\n') }
}

/**
 * Node running `args` (a compiled script and its arguments) without tap's loader. Dropping NODE_OPTIONS from the child's
 * env is not enough: tap's process tracking (@tapjs/processinfo, through process-on-spawn) puts its loader back into
 * NODE_OPTIONS of every process a test spawns, and that loader costs each node start about a second of CPU (a loader
 * thread, every module read again for its line lengths). `env -u NODE_OPTIONS` removes it between the spawn and node.
 */
export function plainNode (args: string[]): { command: string, args: string[] } {
  return { command: '/usr/bin/env', args: ['-u', 'NODE_OPTIONS', process.execPath, ...args] }
}

/** Runs one of the project's entry points (src/cli, src/server) in a child process, compiled or through the TS loader alike. */
export function scriptCommand (name: 'cli' | 'server'): { command: string, args: string[] } {
  const file = fileURLToPath(new URL(`../src/${name}.${COMPILED ? 'js' : 'ts'}`, import.meta.url))
  // Compiled: plain node (tap's loaders would slow every start several-fold); TS: the same loader as this process.
  return COMPILED ? plainNode([file]) : { command: process.execPath, args: [...process.execArgv, file] }
}

/** The environment for a child process: tap's NODE_OPTIONS loaders are dropped for compiled scripts (they triple start-up time). */
export function childEnv (env: Record<string, string>): NodeJS.ProcessEnv {
  const base = { ...process.env }
  if (COMPILED) delete base.NODE_OPTIONS
  return { ...base, ...env }
}

export interface ScriptResult { code: number | null, signal: NodeJS.Signals | null, stdout: string, stderr: string }

/** Runs an entry point to its end (killed after `timeoutMs`: a safety net against a hang, not a time it must finish in). */
export function runScript (name: 'cli' | 'server', args: string[], env: Record<string, string>, timeoutMs = 120_000): Promise<ScriptResult> {
  const { command, args: base } = scriptCommand(name)
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...base, ...args], { env: childEnv({ LOG_LEVEL: 'silent', ...env }), stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => { stdout += chunk })
    child.stderr.on('data', (chunk) => { stderr += chunk })
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({ code, signal, stdout, stderr })
    })
  })
}

/**
 * Runs a CLI command in this process (src/cli.ts's runCli, with the environment runScript would give the child) and
 * answers as runScript('cli', …) does. A node start costs about half a second of CPU, this nothing: the tests run
 * through a real process at least once per command (its exit code and output), and the rest of their checks here.
 */
export async function runCliInProcess (args: string[], env: Record<string, string>): Promise<ScriptResult> {
  const { runCli } = await import('../src/cli.js')
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    log: (text) => { stdout += `${text}\n` },
    error: (text) => { stderr += `${text}\n` },
    write: (text) => { stdout += text },
  })
  return { code, signal: null, stdout, stderr }
}

export interface ServerProcess {
  /** http://127.0.0.1:PORT, from the "Server listening at" log line. */
  origin: string
  /** Everything the process wrote so far (stdout and stderr). */
  output(): string
  /** Sends `signal` (SIGTERM unless given) if it still runs, then resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>
}

/**
 * Starts src/server in a child process on a free port (JSON logs at info, to find it); killed on teardown if still
 * running. As in build(), no load shedding on event-loop delay unless the test asks: on a loaded machine the server's
 * loop lags past the production limit (a second) while it answers a burst, and it would rightly refuse what comes next
 * with a 503 (a summary read after 200 concurrent POSTs did, beside two busy loops).
 */
export async function startServer (t: Tap, env: Record<string, string>, timeoutMs = 60_000): Promise<ServerProcess> {
  const { command, args } = scriptCommand('server')
  const child = spawn(command, args, { env: childEnv({ PORT: '0', LOG_LEVEL: 'info', MAX_EVENT_LOOP_DELAY_MS: '0', ...env }), stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve))
  t.teardown(() => { if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL') })
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), timeoutMs)
    child.stdout.on('data', (chunk) => {
      output += chunk
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
      if (match) { clearTimeout(timer); resolve(match[1]!) }
    })
    child.stderr.on('data', (chunk) => { output += chunk })
    exited.then((code) => { clearTimeout(timer); reject(new Error(`server exited with ${code} before listening:\n${output}`)) }, reject)
  })
  return {
    origin,
    output: () => output,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      return exited
    },
  }
}

const systemDateNow = Date.now
let dateNowShiftMs = 0

/**
 * Moves the rate limiters' clock `ms` forward, as if that much time had passed, instead of waiting for a window to end
 * (a test that sleeps past a short window has its first requests land in different windows on a loaded machine). On
 * SQLite the counters are in this process: @fastify/rate-limit's memory store reads Date.now(), shifted here until the
 * test ends. On PostgreSQL they are in the rate_limits table, timed by the database's clock: each window is moved back.
 */
export async function advanceRateLimitClock (t: Tap, app: FastifyInstance, ms: number): Promise<void> {
  if (!app.database.sqlite) {
    await sql`UPDATE rate_limits SET resets_at = resets_at - ${ms}`.execute(app.database.db)
    return
  }
  if (dateNowShiftMs === 0) {
    Date.now = () => systemDateNow() + dateNowShiftMs
    t.teardown(() => {
      Date.now = systemDateNow
      dateNowShiftMs = 0
    })
  }
  dateNowShiftMs += ms
}

/** Posts the contact form as a browser does without JavaScript (application/x-www-form-urlencoded). */
export function postContactForm (app: FastifyInstance, fields: Record<string, string> | string, { headers = {}, remoteAddress }: { headers?: Record<string, string>, remoteAddress?: string } = {}) {
  return app.inject({
    method: 'POST',
    url: '/v1/contact-messages',
    headers: { ...FORM_CONTENT_TYPE, ...headers },
    payload: typeof fields === 'string' ? fields : new URLSearchParams(fields).toString(),
    ...(remoteAddress ? { remoteAddress } : {}),
  })
}

let reviewNumber = 0
/** A valid review of the seed article as a client posts it; every call's body differs, so none is a duplicate of another. */
export function reviewPayload (overrides: Record<string, unknown> = {}) {
  return {
    author_name: 'Ayesha K.',
    email: 'ayesha@example.org',
    rating: 5,
    title: 'Exactly what our graduates needed',
    body: `Clear and practical, review number ${++reviewNumber}.`,
    ...overrides,
  }
}

/** POSTs a review of the seed article over HTTP (rate limited per `remoteAddress`). */
export function postReview (app: FastifyInstance, payload: unknown, remoteAddress = '203.0.113.7') {
  return app.inject({ method: 'POST', url: REVIEWS_URL, payload: payload as Record<string, unknown>, remoteAddress })
}

/** Every stored review, in id order, whatever its status. */
export function storedReviews (app: FastifyInstance) {
  return app.database.db.selectFrom('reviews').selectAll().orderBy('id').execute()
}

/** Stores a contact message through the service the route uses, as if received at `now`, without rate limits. */
export function receiveMessage (app: FastifyInstance, fields: CreateContactMessage, now?: Date, idempotencyKey?: string) {
  return app.services.contact.submit({ fields, form: false, idempotencyKey, countAgainstLimits: async () => ({}) }, now)
}

/** Submits a review of the seed article through the service the route uses (no rate limit), as if at `now`. */
export async function submitReview (app: FastifyInstance, fields: Partial<Submission> = {}, now?: Date) {
  const result = await app.services.reviews.submit({
    articleSlug: SLUG, authorName: 'A', email: null, rating: 5, title: null, body: 'A review.', spam: false, clientIp: '198.51.100.1', ...fields,
  }, now)
  if (result.outcome !== 'created') throw new Error(`review not stored: ${result.outcome}`)
  return result
}

/**
 * A write committing while a read is being answered, at a known point: `write` runs once, on the first call of the
 * content repository's `method` after this, once that call has read its rows and before it returns them. Undone on
 * teardown.
 */
export function writeDuringRead (t: Tap, app: FastifyInstance, method: 'listTags' | 'findPublishedArticle', write: () => Promise<unknown>) {
  const content = app.repositories.content as unknown as Record<typeof method, (...args: unknown[]) => Promise<unknown>>
  const original = content[method]
  let pending = true
  content[method] = async (...args) => {
    const rows = await original.apply(content, args)
    if (pending) {
      pending = false
      await write()
    }
    return rows
  }
  t.teardown(() => { content[method] = original })
}
