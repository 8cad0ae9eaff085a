// npm run cli -- copy-database (src/db/copy.ts): every table into an empty database of either engine, ids, versions and
// timestamps kept, so that an app on the copy answers every read exactly as the original does.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import type { FastifyInstance, InjectOptions } from 'fastify'
import { sql } from 'kysely'
import { test } from 'tap'
import { migrationsDir } from '../../src/base/paths.js'
import { openDatabase, openSqlite, type DatabaseHandle, type DatabaseLocation } from '../../src/db/connection.js'
import { COPIED_TABLES, copyDatabase, maskPasswords, NOT_COPIED_TABLES } from '../../src/db/copy.js'
import { startReceiver, waitFor } from '../fixtures/webhook-receiver.js'
import { snapshotTables } from '../fuzz/openapi-fuzz.js'
import { ADMIN, build, databaseEnv, postContactForm, postReview, reviewPayload, runScript, SLUG, TEST_DATABASE_URL, tempDir, WEBHOOK_SECRET } from '../helper.js'

/** The PostgreSQL parts need a server: CI runs the suite with TEST_DATABASE_URL set. */
const NO_POSTGRES = TEST_DATABASE_URL ? false : 'needs PostgreSQL: set TEST_DATABASE_URL=postgres://… (CI does)'
const PASSWORD = /:content@|s3cret/

/** A tap test, as the callbacks of test() get it. */
type T = Parameters<Parameters<typeof test>[0]>[0]
interface Tap { teardown(fn: () => unknown): void }

/** A fresh, empty PostgreSQL schema (only when TEST_DATABASE_URL is set), as a DATABASE_URL. */
async function freshPostgres (t: Tap): Promise<string> {
  const env = await databaseEnv(t)
  if (!env.DATABASE_URL) throw new Error('freshPostgres needs TEST_DATABASE_URL')
  return env.DATABASE_URL
}

const sourceEnv = (location: DatabaseLocation): Record<string, string> => 'url' in location ? { DATABASE_URL: location.url } : { DATABASE_PATH: location.path }

function copyCli (source: DatabaseLocation, target: string) {
  return runScript('cli', ['copy-database', '--to', target], sourceEnv(source), 120_000)
}

/** Opens `location` for the test's length. */
function opened (t: Tap, location: DatabaseLocation): DatabaseHandle {
  const database = openDatabase('url' in location ? { url: location.url, poolMax: 2 } : location)
  t.teardown(() => database.close())
  return database
}

/** The tables a migrated database holds: SQLite's without its own and the FTS5 index (search_index and its shadow tables). */
async function migratedTables (database: DatabaseHandle): Promise<string[]> {
  const { rows } = database.engine === 'sqlite'
    ? await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE 'search\\_index%' ESCAPE '\\'`.execute(database.db)
    : await sql<{ name: string }>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`.execute(database.db)
  return rows.map((row) => row.name).sort()
}

/** Every copied table's rows, sorted by key, generated columns left out: the two engines' rows compare equal with t.same. */
async function tableRows (location: DatabaseLocation): Promise<Record<string, unknown[]>> {
  const database = openDatabase('url' in location ? { url: location.url, poolMax: 2 } : location)
  try {
    const result: Record<string, unknown[]> = {}
    for (const table of COPIED_TABLES) {
      const { rows } = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table.name)}`.execute(database.db)
      const key = table.key ?? ['id']
      result[table.name] = rows
        .map(({ document: _generated, ...row }) => row)
        .sort((a, b) => {
          for (const column of key) {
            const [x, y] = [a[column], b[column]] as [string | number, string | number]
            if (x !== y) return x < y ? -1 : 1
          }
          return 0
        })
    }
    return result
  } finally {
    await database.close()
  }
}

/** Where each table with integer ids continues: SQLite's sqlite_sequence (AUTOINCREMENT), PostgreSQL's identity sequences. */
async function idCounters (location: DatabaseLocation): Promise<Record<string, number>> {
  const database = openDatabase('url' in location ? { url: location.url, poolMax: 2 } : location)
  try {
    if (database.engine === 'sqlite') {
      const { rows } = await sql<{ name: string, seq: number }>`SELECT name, seq FROM sqlite_sequence ORDER BY name`.execute(database.db)
      return Object.fromEntries(rows.map((row) => [row.name, Number(row.seq)]))
    }
    const counters: Record<string, number> = {}
    for (const table of ['reviews', 'webhook_deliveries']) {
      const { rows } = await sql<{ seq: number | null }>`SELECT pg_sequence_last_value(pg_get_serial_sequence(${table}, 'id')::regclass) AS seq`.execute(database.db)
      counters[table] = Number(rows[0]!.seq)
    }
    return counters
  } finally {
    await database.close()
  }
}

function admin (app: FastifyInstance, method: InjectOptions['method'], url: string, payload?: unknown, headers: Record<string, string> = {}) {
  return app.inject({ method, url, headers: { ...ADMIN, ...headers }, ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }) })
}

const ARTICLE = {
  slug: 'finding-a-healthcare-internship',
  title: 'Finding a Healthcare Internship — café, naïve, “quotes” 😀',
  status: 'published',
  intro: [{ type: 'paragraph', text: 'Most placements are found through people, not job boards. Ça va.' }],
  sections: [
    { heading: 'Where to Look', blocks: [{ type: 'list', style: 'bullet', items: [{ text: 'Teaching hospitals' }, { text: 'Laboratories' }] }] },
    { heading: 'What to Ask', blocks: [{ type: 'paragraph', text: 'Ask who will supervise you.' }, { type: 'list', style: 'ordered', items: [{ text: 'Hours?' }, { text: 'Pay?' }] }] },
    { key: 'after', heading: 'After the Placement', blocks: [{ type: 'paragraph', text: 'Keep in touch with Zoë.' }] },
  ],
  tags: [{ name: 'Careers' }, { name: 'Internships' }, { name: 'Ärzte' }],
  author: { name: 'Dr. Amna Siddiqui' },
  meta_title: 'Internships: where to look',
  meta_description: 'Where to look, what to ask.',
  canonical_url: 'https://www.example.org/internships',
  cover_image: { url: 'https://www.example.org/cover.jpg', alt: 'A ward' },
}

/**
 * Writes a realistic history through the HTTP API into the SQLite file `path`: the seed article, a second article with
 * sections, tags and author, renamed (a redirect), edited section by section, a draft, reviews approved, hidden and
 * deleted, contact messages (JSON, form, Idempotency-Key), admin keys, and webhook deliveries with a failed attempt each.
 */
async function writeHistory (t: Tap, path: string) {
  const receiver = await startReceiver(t, (n) => n % 2 === 1 ? 500 : 200)
  const app = await build(t, {
    env: {
      DATABASE_PATH: path, WEBHOOK_URLS: receiver.url, WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_SECRET, WEBHOOK_BACKOFF_MS: '10', WEBHOOK_TIMEOUT_MS: '10000',
    },
  })
  const ok = <R extends { statusCode: number, body: string }>(res: R, status: number): R => {
    if (res.statusCode !== status) throw new Error(`expected ${status}, got ${res.statusCode}: ${res.body}`)
    return res
  }
  ok(await admin(app, 'POST', '/v1/admin/articles', ARTICLE), 201)
  ok(await admin(app, 'PATCH', `/v1/admin/articles/${ARTICLE.slug}`, { slug: 'healthcare-internships-2027' }), 200)
  const slug = 'healthcare-internships-2027'
  ok(await admin(app, 'POST', `/v1/admin/articles/${slug}/sections`, { heading: 'On the First Day', blocks: [{ type: 'paragraph', text: 'Arrive early.' }], position: 1 }), 201)
  ok(await admin(app, 'PATCH', `/v1/admin/articles/${slug}/sections/what-to-ask`, { heading: 'Questions to Ask' }), 200)
  ok(await admin(app, 'PATCH', `/v1/admin/articles/${SLUG}`, { title: 'From Training to Employment: Internships' }), 200)
  ok(await admin(app, 'POST', '/v1/admin/articles', {
    slug: 'a-draft', title: 'A Draft', sections: [{ heading: 'Only Section', blocks: [{ type: 'paragraph', text: 'Not yet.' }] }], tags: [{ name: 'Careers' }], author: { name: 'Zoë Quinn' },
  }), 201)

  // Reviews: three approved (an average of 4.33…), one hidden as spam, one deleted (the highest id: its id is never reused), one pending.
  const reviews: number[] = []
  for (const [index, rating] of [5, 4, 4, 2, 3, 1].entries()) {
    const res = ok(await postReview(app, reviewPayload({ rating, author_name: `Reader ${index} — Ünal`, email: `reader${index}@example.org` }), `203.0.113.${index + 10}`), 201)
    reviews.push(res.json().data.id as number)
  }
  for (const id of reviews.slice(0, 3)) ok(await admin(app, 'PATCH', `/v1/admin/reviews/${id}`, { status: 'approved' }), 200)
  ok(await admin(app, 'PATCH', `/v1/admin/reviews/${reviews[3]!}`, { status: 'spam' }), 200)
  ok(await admin(app, 'DELETE', `/v1/admin/reviews/${reviews[5]!}`), 204)
  ok(await app.inject({ method: 'POST', url: `/v1/articles/${slug}/reviews`, payload: reviewPayload({ rating: 3 }), remoteAddress: '203.0.113.99' }), 201)

  // Contact: JSON, with an Idempotency-Key (sent twice: one message, one record), a form post, one marked read.
  const message = { name: 'Ada Lovelace', email: 'ada@example.org', subject: 'Internships', message: 'Do you offer radiology internships?', article_slug: SLUG }
  const first = ok(await app.inject({ method: 'POST', url: '/v1/contact-messages', payload: message, remoteAddress: '198.51.100.1' }), 202)
  const keyed = { 'idempotency-key': 'copy-database-key-1' }
  const idempotent = { ...message, email: 'grace@example.org', message: 'Keyed, sent twice.' }
  ok(await app.inject({ method: 'POST', url: '/v1/contact-messages', payload: idempotent, headers: keyed, remoteAddress: '198.51.100.2' }), 202)
  ok(await app.inject({ method: 'POST', url: '/v1/contact-messages', payload: idempotent, headers: keyed, remoteAddress: '198.51.100.2' }), 202)
  ok(await postContactForm(app, { email: 'form@example.org', message: 'Sent from a plain form, naïvely.' }, { remoteAddress: '198.51.100.3' }), 202)
  ok(await admin(app, 'PATCH', `/v1/admin/contact-messages/${first.json().data.id as string}`, { status: 'read' }), 200)

  // Admin keys: one used (last_used_at), one revoked.
  const { key } = await app.repositories.keys.create('ops-laptop')
  ok(await app.inject({ url: '/v1/admin/whoami', headers: { authorization: `Bearer ${key}` } }), 200)
  await app.repositories.keys.create('old-key')
  await app.repositories.keys.revoke('old-key')

  // Every event delivered (after one failed attempt each): nothing left for a dispatcher on the copy to do.
  await waitFor(async () => {
    const [events, pending] = await Promise.all([
      app.database.db.selectFrom('webhook_events').select('id').where('fanned_out_at', 'is', null).execute(),
      app.database.db.selectFrom('webhook_deliveries').select('id').where('status', '=', 'pending').execute(),
    ])
    return events.length === 0 && pending.length === 0
  }, { what: 'every webhook delivered', timeoutMs: 60_000 })
  await app.close()
}

interface Answer { status: number, headers: Record<string, unknown>, body: unknown }

/** The requests whose answers must not change: every public and admin read, for every article, section, revision and message. */
async function readRequests (app: FastifyInstance): Promise<InjectOptions[]> {
  const requests: InjectOptions[] = [
    { url: '/v1/articles' }, { url: '/v1/articles?sort=title' }, { url: '/v1/articles?tag=careers' }, { url: '/v1/articles?author=dr-amna-siddiqui' },
    { url: '/v1/tags' }, { url: '/v1/articles/finding-a-healthcare-internship' }, { url: '/feed.atom' }, { url: '/sitemap.xml' },
    { url: '/v1/search?q=internship' }, { url: '/v1/search?q=cafe' }, { url: '/v1/search?q=supervise' },
  ]
  const adminRead = (url: string): InjectOptions => ({ url, headers: ADMIN })
  requests.push(...['/v1/admin/articles', '/v1/admin/articles?status=draft', '/v1/admin/reviews', '/v1/admin/reviews?status=pending',
    '/v1/admin/contact-messages', '/v1/admin/contact-messages?status=read', '/v1/admin/webhook-deliveries?limit=100'].map(adminRead))
  for (const email of ['ada@example.org', 'reader1@example.org']) {
    requests.push({ method: 'POST', url: '/v1/admin/data-subjects/export', headers: ADMIN, payload: { email } })
  }
  const articles = (await app.inject(adminRead('/v1/admin/articles?limit=100'))).json().data as Array<{ slug: string, status: string }>
  for (const { slug, status } of articles) {
    const base = `/v1/admin/articles/${slug}`
    const article = (await app.inject(adminRead(base))).json().data as { sections: Array<{ key: string }> }
    requests.push(adminRead(base), adminRead(`${base}/export`), adminRead(`${base}/revisions`))
    const revisions = (await app.inject(adminRead(`${base}/revisions`))).json().data as Array<{ version: number }>
    requests.push(...revisions.map((revision) => adminRead(`${base}/revisions/${revision.version}`)))
    requests.push(...article.sections.map((section) => adminRead(`${base}/sections/${section.key}`)))
    if (status !== 'published') continue
    const url = `/v1/articles/${slug}`
    requests.push({ url }, { url, headers: { accept: 'text/html' } }, { url, headers: { accept: 'text/markdown' } }, { url: `${url}?fields=title,reviews` },
      { url: `${url}/jsonld` }, { url: `${url}/sections` }, { url: `${url}/reviews` }, { url: `${url}/reviews/summary` },
      ...article.sections.map((section) => ({ url: `${url}/sections/${section.key}` })))
  }
  const messages = (await app.inject(adminRead('/v1/admin/contact-messages'))).json().data as Array<{ id: string }>
  requests.push(...messages.map((message) => adminRead(`/v1/admin/contact-messages/${message.id}`)))
  return requests
}

const KEPT_HEADERS = ['content-type', 'etag', 'location', 'link', 'content-language', 'cache-control']

/**
 * Search answers carry the engine's own relevance scores and snippet windows (FTS5's snippet() and ts_headline cut the
 * text around the matches differently): the hits and their order are compared, and of each snippet the words it marks.
 */
function engineNeutral (body: { data?: Array<Record<string, unknown>> }) {
  const marked = (snippet: unknown) => [...String(snippet).matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => match[1]!.toLowerCase()).sort()
  return { ...body, data: body.data?.map(({ score: _score, snippet, ...hit }) => ({ ...hit, marked: marked(snippet) })) }
}

async function answers (app: FastifyInstance, requests: InjectOptions[]): Promise<Map<string, Answer>> {
  const result = new Map<string, Answer>()
  for (const request of requests) {
    const res = await app.inject(request)
    const url = request.url as string
    const json = String(res.headers['content-type'] ?? '').includes('json')
    const search = url.startsWith('/v1/search')
    let body: unknown = json ? res.json() : res.body
    if (search && res.statusCode === 200) body = engineNeutral(body as { data: Array<Record<string, unknown>> })
    const headers = Object.fromEntries(KEPT_HEADERS.filter((name) => !(search && name === 'etag')).map((name) => [name, res.headers[name]]))
    result.set(`${request.method ?? 'GET'} ${url} ${JSON.stringify(request.headers ?? {})} ${JSON.stringify(request.payload ?? '')}`, { status: res.statusCode, headers, body })
  }
  return result
}

const READER_ENV = { PUBLIC_BASE_URL: 'https://api.example.org', SITE_NAME: 'Example' }

async function appOn (t: Tap, location: DatabaseLocation) {
  return build(t, { env: { ...READER_ENV, ...sourceEnv(location) }, seed: false })
}

test('COPIED_TABLES names every table the migrations create, parents before children', async (t) => {
  const check = async (t: T, database: DatabaseHandle) => {
    await database.migrate(migrationsDir)
    const tables = await migratedTables(database)
    const known = new Set([...COPIED_TABLES.map((table) => table.name), ...Object.keys(NOT_COPIED_TABLES)])
    t.same(tables.filter((name) => !known.has(name)), [], 'a table a migration added is copied (COPIED_TABLES) or says why not (NOT_COPIED_TABLES)')
    t.same(COPIED_TABLES.map((table) => table.name).filter((name) => !tables.includes(name)), [], 'every listed table exists')
    if (database.engine !== 'sqlite') return
    const order = COPIED_TABLES.map((table) => table.name as string)
    for (const [index, name] of order.entries()) {
      const { rows } = await sql<{ table: string }>`SELECT "table" FROM pragma_foreign_key_list(${name})`.execute(database.db)
      for (const parent of rows) t.ok(order.indexOf(parent.table) < index, `${name} after ${parent.table}, which its foreign key references`)
    }
  }
  t.test('SQLite', async (t) => {
    const database = openSqlite(':memory:')
    t.teardown(() => database.close())
    await check(t, database)
  })
  t.test('PostgreSQL', { skip: NO_POSTGRES }, async (t) => {
    await check(t, opened(t, { url: await freshPostgres(t), poolMax: 2 }))
  })
})

test('copy-database: an app on the copy answers every read as the original does, SQLite to PostgreSQL and back', async (t) => {
  const dir = tempDir(t)
  const original = { path: join(dir, 'original.db') }
  await writeHistory(t, original.path)
  const originalRows = await tableRows(original)
  const reader = await appOn(t, original)
  const requests = await readRequests(reader)
  const expected = await answers(reader, requests)
  t.ok(requests.length > 60, `${requests.length} reads compared`)
  t.match(originalRows, {
    articles: [{}, {}, {}],
    article_redirects: [{ slug: 'finding-a-healthcare-internship' }],
    reviews: { length: 6 },
    contact_messages: { length: 3 },
    idempotency_records: { length: 1 },
    api_keys: [{ name: 'ops-laptop', last_used_at: String }, { name: 'old-key', revoked_at: String }],
    webhook_deliveries: { length: originalRows.webhook_events!.length },
  }, 'the history holds every kind of row')
  t.ok(originalRows.webhook_delivery_attempts!.some((attempt) => (attempt as { succeeded: number }).succeeded === 0), 'and failed delivery attempts')

  /** Copies with the CLI, then compares rows, id counters and every read with the original. */
  async function copiedAndCompared (t: T, from: DatabaseLocation, to: DatabaseLocation) {
    const copied = await copyCli(from, 'url' in to ? to.url : to.path)
    t.equal(copied.code, 0, copied.stderr)
    t.notMatch(copied.stdout + copied.stderr, PASSWORD, 'no password printed')
    for (const table of COPIED_TABLES) {
      t.match(copied.stdout, new RegExp(`^ {2}${table.name} +${originalRows[table.name]!.length} +[0-9a-f]{16}$`, 'm'), `${table.name}: its rows counted in the summary`)
    }
    t.match(copied.stdout, /content_state\.version \d+, as in the source\./)
    t.same(await tableRows(to), originalRows, 'the same rows, field by field')
    t.same(await idCounters(to), await idCounters(original), 'reviews and webhook_deliveries continue where the original stopped (deleted ids are not handed out again)')

    const app = await appOn(t, to)
    const got = await answers(app, requests)
    for (const [request, answer] of expected) t.same(got.get(request), answer, request)
  }

  /** New rows on a copy get new ids: no collision with a copied one, none the original had handed out already. */
  async function continues (t: T, to: DatabaseLocation) {
    const app = await appOn(t, to)
    const review = await app.inject({ method: 'POST', url: `/v1/articles/${SLUG}/reviews`, payload: reviewPayload(), remoteAddress: '192.0.2.1' })
    t.equal(review.statusCode, 201, review.body)
    t.equal(review.json().data.id, (await idCounters(original)).reviews! + 1, 'the next review id is after every id the original handed out')
    const article = await admin(app, 'POST', '/v1/admin/articles', { slug: 'after-the-copy', title: 'After the Copy', sections: [] })
    t.equal(article.statusCode, 201, article.body)
    const { id } = await app.database.db.selectFrom('articles').select('id').where('slug', '=', 'after-the-copy').executeTakeFirstOrThrow()
    t.equal(id, Math.max(...originalRows.articles!.map((row) => (row as { id: number }).id)) + 1, 'the next article id is after the copied ones')
  }

  t.test('SQLite to SQLite', async (t) => {
    const copy = { path: join(dir, 'copy.db') }
    await copiedAndCompared(t, original, copy)
    await continues(t, copy)
  })

  t.test('SQLite to PostgreSQL, then PostgreSQL to a new SQLite file', { skip: NO_POSTGRES }, async (t) => {
    const postgres = { url: await freshPostgres(t), poolMax: 2 }
    const back = { path: join(dir, 'back.db') }
    await t.test('to PostgreSQL', async (t) => { await copiedAndCompared(t, original, postgres) })
    await t.test('and back', async (t) => { await copiedAndCompared(t, postgres, back) })
    await t.test('both go on', async (t) => {
      await continues(t, postgres)
      await continues(t, back)
    })
  })
})

test('copyDatabase in pages of a few rows: keyset pages over composite keys, checksums verified', async (t) => {
  const dir = tempDir(t)
  const source = { path: join(dir, 'source.db') }
  const app = await build(t, { env: { DATABASE_PATH: source.path } })
  for (const number of [1, 2, 3]) {
    const res = await admin(app, 'POST', '/v1/admin/articles', { ...ARTICLE, slug: `article-${number}`, tags: [{ name: 'A' }, { name: 'B' }, { name: `C${number}` }] })
    t.equal(res.statusCode, 201, res.body)
    await admin(app, 'PATCH', `/v1/admin/articles/article-${number}`, { title: `Article ${number}` })
  }
  await app.close()
  const targets: DatabaseLocation[] = [{ path: join(dir, 'target.db') }]
  if (TEST_DATABASE_URL) targets.push({ url: await freshPostgres(t), poolMax: 2 })
  for (const target of targets) {
    const report = await copyDatabase({ source, target, migrationsDir, batchRows: 2 })
    t.equal(report.tables.find((table) => table.table === 'article_tags')?.rows, 9)
    t.equal(report.tables.find((table) => table.table === 'article_revisions')?.rows, 7)
    t.same(await tableRows(target), await tableRows(source), `${'url' in target ? 'PostgreSQL' : 'SQLite'}: the same rows`)
    t.same(report.notes, [], 'both sides order text by code point')
  }

  t.test('a target whose content version had counted further keeps counting up: caches never see an old version again', async (t) => {
    const target = { path: join(dir, 'counted.db') }
    t.equal((await runScript('cli', ['migrate'], { DATABASE_PATH: target.path })).code, 0)
    const sqlite = new SQLite(target.path)
    sqlite.prepare('UPDATE content_state SET version = 1000').run()
    sqlite.close()
    const report = await copyDatabase({ source, target, migrationsDir })
    t.ok(report.contentVersion.source < 1000)
    t.same(report.contentVersion, { source: report.contentVersion.source, target: 1001 })
    const { content_state: state, ...rows } = await tableRows(target)
    const { content_state: _source, ...expected } = await tableRows(source)
    t.same(state, [{ id: 1, version: 1001 }])
    t.same(rows, expected, 'every other row as in the source')
  })
})

test('copy-database refuses, changing nothing', async (t) => {
  const dir = tempDir(t)
  const source = { path: join(dir, 'source.db') }
  t.equal((await runScript('cli', ['seed'], { DATABASE_PATH: source.path })).code, 0)

  /** Runs the copy, expects a refusal matching `message`, and the target's tables as they were. */
  async function refused (t: T, from: DatabaseLocation, target: DatabaseLocation, message: RegExp) {
    const snapshot = async () => {
      if ('path' in target && !existsSync(target.path)) return 'no file'
      const database = openDatabase('url' in target ? { url: target.url, poolMax: 2 } : target)
      try { return await snapshotTables(database) } finally { await database.close() }
    }
    const before = await snapshot()
    const result = await copyCli(from, 'url' in target ? target.url : target.path)
    t.equal(result.code, 1, result.stdout)
    t.match(result.stderr, message)
    t.notMatch(result.stderr, /\n\s+at /, 'no stack trace')
    t.notMatch(result.stderr + result.stdout, PASSWORD, 'no password printed')
    t.same(await snapshot(), before, 'the target is as it was')
  }

  t.test('a target that holds rows', async (t) => {
    const target = { path: join(dir, 'seeded.db') }
    t.equal((await runScript('cli', ['seed'], { DATABASE_PATH: target.path })).code, 0)
    await refused(t, source, target, /^Refused: the target .*seeded\.db is not empty: articles \(1\), article_revisions \(1\), sections \(9\)/)
  })

  t.test('a PostgreSQL target that holds rows', { skip: NO_POSTGRES }, async (t) => {
    const target = { url: await freshPostgres(t), poolMax: 2 }
    t.equal((await runScript('cli', ['seed'], { DATABASE_URL: target.url })).code, 0)
    await refused(t, source, target, /^Refused: the target postgres:\/\/content:\*\*\*@.* is not empty: articles \(1\)/)
  })

  t.test('a source with migrations pending', async (t) => {
    const partial = join(dir, 'partial-migrations')
    mkdirSync(partial)
    for (const file of readdirSync(migrationsDir).filter((name) => name.endsWith('.sql')).slice(0, 5)) copyFileSync(join(migrationsDir, file), join(partial, file))
    const old = { path: join(dir, 'old.db') }
    const database = openSqlite(old.path)
    await database.migrate(partial)
    await database.close()
    const pending = /^Refused: the source .*old\.db is not fully migrated \(pending: 006_review_counters\.sql, .*010_rate_limits\.sql\)/
    await refused(t, old, { path: join(dir, 'never-created.db') }, pending)
    t.notOk(existsSync(join(dir, 'never-created.db')), 'the target file is not even created')
    if (!NO_POSTGRES) {
      const target = { url: await freshPostgres(t), poolMax: 2 }
      await refused(t, old, target, pending)
      t.same(await migratedTables(opened(t, target)), [], 'no table created in the PostgreSQL target')
    }
  })

  t.test('text PostgreSQL cannot store (U+0000, which SQLite keeps): the row is named', { skip: NO_POSTGRES }, async (t) => {
    const nul = { path: join(dir, 'nul.db') }
    const app = await build(t, { env: { DATABASE_PATH: nul.path } })
    const created = await admin(app, 'POST', '/v1/admin/articles', { slug: 'nul', title: 'NUL', sections: [] })
    t.equal(created.statusCode, 201, created.body)
    // The API refuses U+0000 now (400); a database written by an earlier version may hold it all the same.
    await app.database.db.updateTable('articles').set({ title: 'N\u0000L' }).where('slug', '=', 'nul').execute()
    await app.close()
    const target = { url: await freshPostgres(t), poolMax: 2 }
    const result = await copyCli(nul, target.url)
    t.equal(result.code, 1)
    t.match(result.stderr, /^Refused: articles\.title of the row id = 2 holds the character U\+0000, which PostgreSQL cannot store in text: remove it on the source, then copy again\. Nothing was copied \(rolled back\)\./)
    const rows = await tableRows(target)
    t.same(COPIED_TABLES.filter((table) => rows[table.name]!.length > 0).map((table) => table.name), ['content_state'], 'migrated, but no row copied')
  })

  t.test('a source that does not exist', async (t) => {
    await refused(t, { path: join(dir, 'nope.db') }, { path: join(dir, 'nope-target.db') }, /^Refused: the source .*nope\.db does not exist/)
    t.notOk(existsSync(join(dir, 'nope.db')), 'no source file is created')
  })

  t.test('a target with other migrations applied', async (t) => {
    const target = { path: join(dir, 'newer.db') }
    t.equal((await runScript('cli', ['migrate'], { DATABASE_PATH: target.path })).code, 0)
    const sqlite = new SQLite(target.path)
    sqlite.prepare('INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (11, ?, ?, ?)').run('011_future.sql', 'x', new Date().toISOString())
    sqlite.close()
    await refused(t, source, target, /^Refused: the target .*newer\.db has a different set of migrations applied: The database has migration 011_future\.sql applied/)
  })

  t.test('the source itself', async (t) => {
    await refused(t, source, source, /^Refused: the target .*source\.db is the source/)
  })

  t.test('no --to, or a URL without it: usage, and no password', async (t) => {
    const missing = await runScript('cli', ['copy-database'], { DATABASE_PATH: source.path })
    t.equal(missing.code, 1)
    t.match(missing.stderr, /copy-database needs --to TARGET[\s\S]*Usage:[\s\S]*copy-database --to TARGET/)
    const positional = await runScript('cli', ['copy-database', 'postgres://content:s3cret-pw@127.0.0.1:5432/content'], { DATABASE_PATH: source.path })
    t.equal(positional.code, 1)
    t.match(positional.stderr, /postgres:\/\/content:\*\*\*@127\.0\.0\.1:5432\/content/)
    t.notMatch(positional.stderr, /s3cret/)
    t.equal(maskPasswords('at postgresql://u:p@ss/w@db:5432/x?a=1 and postgres://v:q@h/y'), 'at postgresql://u:***@db:5432/x?a=1 and postgres://v:***@h/y',
      'every URL in a message, an unencoded @ or / in the password included')
  })
})

test('copy-database: a failure while copying leaves the target without a copied row; passwords never printed', async (t) => {
  const dir = tempDir(t)
  const source = { path: join(dir, 'source.db') }
  const app = await build(t, { env: { DATABASE_PATH: source.path } })
  t.equal((await postReview(app, reviewPayload())).statusCode, 201)
  await app.close()

  const counts = async (location: DatabaseLocation) => {
    const rows = await tableRows(location)
    return Object.fromEntries(Object.entries(rows).map(([table, list]) => [table, list.length]))
  }
  const empty = { ...Object.fromEntries(COPIED_TABLES.map((table) => [table.name, 0])), content_state: 1 }

  t.test('SQLite: an insert fails half-way (reviews come after the articles)', async (t) => {
    const target = { path: join(dir, 'failing.db') }
    t.equal((await runScript('cli', ['migrate'], { DATABASE_PATH: target.path })).code, 0)
    const sqlite = new SQLite(target.path)
    sqlite.exec("CREATE TRIGGER fail_reviews BEFORE INSERT ON reviews BEGIN SELECT RAISE(ABORT, 'injected failure'); END")
    sqlite.close()
    const result = await copyCli(source, target.path)
    t.equal(result.code, 1)
    t.match(result.stderr, /^Copy failed, nothing was copied \(the target's transaction was rolled back\): injected failure/)
    t.same(await counts(target), empty, 'no row copied, not even the articles inserted before the failure')
  })

  t.test('PostgreSQL: the same', { skip: NO_POSTGRES }, async (t) => {
    const target = { url: await freshPostgres(t), poolMax: 2 }
    t.equal((await runScript('cli', ['migrate'], { DATABASE_URL: target.url })).code, 0)
    const database = opened(t, target)
    await sql.raw("CREATE FUNCTION fail_reviews() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$").execute(database.db)
    await sql.raw('CREATE TRIGGER fail_reviews BEFORE INSERT ON reviews FOR EACH ROW EXECUTE FUNCTION fail_reviews()').execute(database.db)
    const result = await copyCli(source, target.url)
    t.equal(result.code, 1)
    t.match(result.stderr, /^Copy failed, nothing was copied \(the target's transaction was rolled back\): injected failure/)
    t.notMatch(result.stderr, PASSWORD)
    t.same(await counts(target), empty, 'no row copied')
    const { rows } = await sql<{ version: number }>`SELECT version FROM content_state`.execute(database.db)
    t.same(rows, [{ version: 1 }], 'content_state untouched')
  })

  t.test('an unreachable or refusing PostgreSQL server: the error, without the password', async (t) => {
    const unreachable = await copyCli(source, 'postgres://content:s3cret-pw@127.0.0.1:1/content')
    t.equal(unreachable.code, 1)
    t.match(unreachable.stderr, /^Copy failed, nothing was copied .*ECONNREFUSED/)
    t.notMatch(unreachable.stderr + unreachable.stdout, /s3cret/)
    const asSource = await runScript('cli', ['copy-database', '--to', join(dir, 'x.db')], { DATABASE_URL: 'postgres://content:s3cret-pw@127.0.0.1:1/content' })
    t.equal(asSource.code, 1)
    t.notMatch(asSource.stderr + asSource.stdout, /s3cret/)
    if (NO_POSTGRES) return
    const url = new URL(TEST_DATABASE_URL!)
    url.password = 's3cret-wrong'
    const wrong = await copyCli(source, url.toString())
    t.equal(wrong.code, 1)
    t.match(wrong.stderr, /password authentication failed/)
    t.notMatch(wrong.stderr + wrong.stdout, /s3cret/)
  })
})
