// The same script of writes through the HTTP API, once on SQLite and once on PostgreSQL: every public and admin read
// then answers alike on both, field by field, and the stored rows hold the same kinds of values (timestamps as the
// same ISO text, booleans and ids as the same numbers). Only what cannot be equal between two runs is masked: the
// clock's digits (the format is still compared), random UUIDs, and ETags (hashes over bytes holding those timestamps).
// Runs where PostgreSQL is available: the PostgreSQL run of CI.
import { join } from 'node:path'
import type { InjectOptions } from 'fastify'
import { test } from 'tap'
import type { DatabaseLocation } from '../../src/db/connection.js'
import { COPIED_TABLES } from '../../src/db/copy.js'
import { appOn, engineNeutral, readRequests, tableRows, writeHistory } from '../fixtures/history.js'
import { databaseEnv, TEST_DATABASE_URL, tempDir } from '../helper.js'

const NO_POSTGRES = TEST_DATABASE_URL ? false : 'needs PostgreSQL: set TEST_DATABASE_URL=postgres://… (CI does)'

const TIMESTAMP = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})/g
const HTTP_DATE = /[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT/g
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g
/** The webhook receiver's port, a new one on each run. */
const RECEIVER = /127\.0\.0\.1:\d+/g
/** Numbers that measure the run, not the data: compared by type. */
const MEASURED = new Set(['duration_ms'])

/** Text with the digits of every timestamp masked (its format kept) and every UUID replaced. */
function masked (text: string): string {
  return text
    .replace(TIMESTAMP, (stamp) => stamp.replace(/\d/g, '9'))
    .replace(HTTP_DATE, (date) => date.replace(/\d/g, '9').replace(/[A-Z][a-z]{2}/g, 'Xxx'))
    .replace(UUID, '<uuid>')
    .replace(RECEIVER, '127.0.0.1:<port>')
}

function maskedValue (value: unknown): unknown {
  if (typeof value === 'string') return masked(value)
  if (Array.isArray(value)) return value.map(maskedValue)
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, MEASURED.has(key) ? typeof item : maskedValue(item)]))
  }
  return value
}

interface Read { request: string, status: number, headers: Record<string, unknown>, body: unknown }

const COMPARED_HEADERS = ['content-type', 'location', 'link', 'content-language', 'cache-control', 'vary', 'last-modified']

async function reads (location: DatabaseLocation, t: Parameters<Parameters<typeof test>[0]>[0]): Promise<Read[]> {
  const app = await appOn(t, location)
  const requests: InjectOptions[] = await readRequests(app)
  const result: Read[] = []
  for (const request of requests) {
    const res = await app.inject(request)
    const json = String(res.headers['content-type'] ?? '').includes('json')
    // Search: each engine ranks with its own scores and cuts its own snippet windows (the README says so).
    const search = (request.url as string).startsWith('/v1/search') && res.statusCode === 200
    const headers: Record<string, unknown> = Object.fromEntries(COMPARED_HEADERS.map((name) => [name, maskedValue(res.headers[name])]))
    const etag = res.headers.etag
    headers.etag = typeof etag === 'string' ? (etag.startsWith('W/') ? 'weak' : 'strong') : etag
    result.push({
      request: masked(`${request.method ?? 'GET'} ${request.url as string} ${JSON.stringify(request.payload ?? '')}`),
      status: res.statusCode,
      headers,
      body: maskedValue(search ? engineNeutral(res.json()) : json ? res.json() : res.body),
    })
  }
  await app.close()
  return result
}

/**
 * Every copied table's rows, each value reduced to its kind (the JavaScript type, or the shape of a timestamp), sorted:
 * rows keyed by random UUIDs come in a different order on each run.
 */
async function rowKinds (location: DatabaseLocation): Promise<Record<string, unknown[]>> {
  const kind = (value: unknown) => value === null ? null : typeof value === 'string' && new RegExp(`^${TIMESTAMP.source}$`).test(value) ? masked(value) : typeof value
  return Object.fromEntries(Object.entries(await tableRows(location)).map(([table, rows]) => [table, rows
    .map((row) => JSON.stringify(Object.fromEntries(Object.entries(row as Record<string, unknown>).sort(([a], [b]) => a < b ? -1 : 1).map(([column, value]) => [column, kind(value)]))))
    .sort()]))
}

test('the same writes on SQLite and on PostgreSQL: every read answers alike, field by field', { skip: NO_POSTGRES }, async (t) => {
  const sqlite = { path: join(tempDir(t), 'content.db') }
  const postgres = { url: (await databaseEnv(t)).DATABASE_URL!, poolMax: 2 }
  await writeHistory(t, sqlite)
  await writeHistory(t, postgres)

  const [onSqlite, onPostgres] = [await reads(sqlite, t), await reads(postgres, t)]
  t.ok(onSqlite.length > 60, `${onSqlite.length} reads compared`)
  t.same(onPostgres.map((read) => read.request), onSqlite.map((read) => read.request), 'the same reads (one per article, section, revision, message)')
  for (const [index, expected] of onSqlite.entries()) t.same(onPostgres[index], expected, expected.request)

  const [sqliteRows, postgresRows] = [await rowKinds(sqlite), await rowKinds(postgres)]
  for (const table of COPIED_TABLES) t.same(postgresRows[table.name], sqliteRows[table.name], `${table.name}: the same rows, each value of the same kind`)
})

test('the history is the same however late the dispatcher fans out: the deleted review’s notification had its delivery, and its id', async (t) => {
  // A loaded machine's dispatcher at its slowest: it fans out nothing until the history asks it to look (wake), or
  // else until the review has been deleted.
  const location = { path: join(tempDir(t), 'content.db') }
  let release!: () => void
  const released = new Promise<void>((resolve) => { release = resolve })
  await writeHistory(t, location, {
    prepare (app) {
      // Should the history stop short of both, the app still closes: teardowns run last-registered first.
      t.teardown(() => release())
      const { webhooks } = app.repositories
      const { reviews } = app.services
      const dispatcher = app.webhookDispatcher
      const [fanOut, remove, wake] = [webhooks.fanOut.bind(webhooks), reviews.remove.bind(reviews), dispatcher.wake.bind(dispatcher)]
      webhooks.fanOut = async (...args) => { await released; return fanOut(...args) }
      reviews.remove = async (...args) => { try { return await remove(...args) } finally { release() } }
      dispatcher.wake = () => { release(); wake() }
    },
  })
  const ids = (await tableRows(location)).webhook_deliveries!.map((row) => (row as { id: number }).id)
  t.ok(ids.length > 10, `${ids.length} deliveries`)
  // Ids are never reused: the deleted review's delivery took one, which no delivery has now.
  t.equal(Math.max(...ids), ids.length + 1, 'one delivery id taken by the deleted review’s delivery')
})
