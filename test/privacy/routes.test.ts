import { join } from 'node:path'
import { test } from 'tap'
import type { FastifyInstance } from 'fastify'
import { ADMIN, ADMIN_KEY, build, captureLogs, receiveMessage, tempDir, WEBHOOK_SECRET } from '../helper.js'
import { purgeExpiredData } from '../../src/privacy/retention.js'
import { startReceiver, waitFor } from '../fixtures/webhook-receiver.js'

const PROBLEM = 'application/problem+json; charset=utf-8'

async function submit (app: FastifyInstance, payload: Record<string, string>, headers: Record<string, string> = {}) {
  const res = await app.inject({ method: 'POST', url: '/v1/contact-messages', payload, headers })
  if (res.statusCode !== 202) throw new Error(`submission failed: ${res.body}`)
  return res.json().data.id as string
}

const exportFor = (app: FastifyInstance, email: string) =>
  app.inject({ method: 'POST', url: '/v1/admin/data-subjects/export', headers: ADMIN, payload: { email } })
const eraseFor = (app: FastifyInstance, email: string) =>
  app.inject({ method: 'POST', url: '/v1/admin/data-subjects/erase', headers: ADMIN, payload: { email } })

test('POST /v1/admin/data-subjects/export and /erase', async (t) => {
  const app = await build(t, { env: { WEBHOOK_URLS: 'http://127.0.0.1:9/unused', WEBHOOK_SECRET, WEBHOOK_MAX_ATTEMPTS: '1' } })
  const first = await submit(app, { name: 'Ada', email: 'ada@example.org', message: 'First question' }, { 'idempotency-key': 'ada-1' })
  const second = await submit(app, { email: 'Ada@Example.org', message: 'Second question' }, { 'idempotency-key': 'ada-2' })
  const spam = await submit(app, { email: 'ada@example.org', message: 'spam', _gotcha: 'x' })
  const other = await submit(app, { name: 'Bob', email: 'bob@example.org', message: 'Unrelated' })
  await waitFor(async () => (await app.database.db.selectFrom('webhook_deliveries').select('id').execute()).length === 3, { what: 'fan-out' })

  t.test('export returns everything stored for the email, matched case-insensitively', async (t) => {
    const res = await exportFor(app, 'ADA@example.org')
    t.equal(res.statusCode, 200)
    t.equal(res.headers['cache-control'], 'no-store')
    const { data } = res.json()
    t.same(Object.keys(data).sort(), ['contact_messages', 'email', 'reviews', 'webhook_events'])
    t.equal(data.email, 'ADA@example.org')
    t.same(data.contact_messages.map((m: { id: string }) => m.id), [first, second, spam], 'oldest first, spam included')
    t.match(data.contact_messages[0], { name: 'Ada', email: 'ada@example.org', message: 'First question', status: 'new' })
    t.same(data.reviews, [])
    t.same(data.webhook_events.map((e: { type: string, data: { id: string } }) => [e.type, e.data.id]), [['message.received', first], ['message.received', second]])

    const nobody = await exportFor(app, 'nobody@example.org')
    t.same(nobody.json().data, { email: 'nobody@example.org', contact_messages: [], reviews: [], webhook_events: [] })
  })

  t.test('erase removes all of it, returns counts per kind, and leaves others alone', async (t) => {
    const res = await eraseFor(app, 'ada@example.org')
    t.equal(res.statusCode, 200)
    t.same(res.json(), { data: { email: 'ada@example.org', erased: { contact_messages: 3, reviews: 0, webhook_events: 2, webhook_deliveries: 2, idempotency_records: 2 } } })
    const { db } = app.database
    t.same((await db.selectFrom('contact_messages').select('id').execute()).map((row) => row.id), [other])
    t.equal((await db.selectFrom('webhook_events').select('id').execute()).length, 1)
    t.equal((await db.selectFrom('webhook_deliveries').select('id').execute()).length, 1)
    t.equal((await db.selectFrom('idempotency_records').select('resource_id').execute()).length, 0)
    t.same((await exportFor(app, 'ada@example.org')).json().data.contact_messages, [])

    const again = await eraseFor(app, 'ada@example.org')
    t.same(again.json().data.erased, { contact_messages: 0, reviews: 0, webhook_events: 0, webhook_deliveries: 0, idempotency_records: 0 })

    const retry = await app.inject({ method: 'POST', url: '/v1/contact-messages', headers: { 'idempotency-key': 'ada-1' }, payload: { name: 'Ada', email: 'ada@example.org', message: 'First question' } })
    t.not(retry.json().data.id, first, 'an erased idempotency key no longer replays the erased message')
  })

  t.test('needs the key and a valid email in the body', async (t) => {
    t.equal((await app.inject({ method: 'POST', url: '/v1/admin/data-subjects/export', payload: { email: 'a@example.org' } })).statusCode, 401)
    t.equal((await app.inject({ method: 'POST', url: '/v1/admin/data-subjects/erase', payload: { email: 'a@example.org' } })).statusCode, 401)
    const bad = await eraseFor(app, 'not-an-email')
    t.equal(bad.statusCode, 400)
    t.equal(bad.headers['content-type'], PROBLEM)
    t.same(bad.json().errors, [{ path: '/body/email', message: 'must be a valid email address' }])
    const missing = await app.inject({ method: 'POST', url: '/v1/admin/data-subjects/export', headers: ADMIN, payload: {} })
    t.same(missing.json().errors, [{ path: '/body/email', message: 'is required' }])
  })

  t.test('retention purge: old messages with their events and idempotency records, and expired keys', async (t) => {
    const { webhooks, idempotency } = app.repositories
    const { contact } = app.services
    const { db } = app.database
    const now = Date.now()
    const day = 24 * 60 * 60 * 1000
    const old = await receiveMessage(app, { email: 'old@example.org', message: 'Old' }, new Date(now - 400 * day), 'k1')
    await receiveMessage(app, { email: 'new@example.org', message: 'Recent' }, new Date(now - 2 * day), 'k2')
    const before = await db.selectFrom('contact_messages').select('id').execute()
    const result = await purgeExpiredData({ contact, webhooks, idempotency }, 365, new Date(now))
    t.match(result, { contact_messages: 1, webhook_events: 1, idempotency_records: 2 }, 'the old message, its event, its key, and the expired key of the recent one')
    const after = await db.selectFrom('contact_messages').select('id').execute()
    t.same(after.map((row) => row.id).sort(), before.map((row) => row.id).filter((id) => id !== old.receipt.id).sort())
    t.equal((await db.selectFrom('webhook_events').select('id').where('subject_id', '=', old.receipt.id).execute()).length, 0)
  })
})

test('the server purges on start-up what is older than CONTACT_RETENTION_DAYS', async (t) => {
  const databasePath = join(tempDir(t), 'content.db')
  const first = await build(t, { env: { DATABASE_PATH: databasePath } })
  await receiveMessage(first, { email: 'old@example.org', message: 'Old' }, new Date(Date.now() - 40 * 24 * 60 * 60 * 1000))
  await first.close()

  const logs = captureLogs()
  const second = await build(t, { env: { DATABASE_PATH: databasePath, CONTACT_RETENTION_DAYS: '30', LOG_LEVEL: 'info' }, logStream: logs.stream })
  await waitFor(async () => (await second.database.db.selectFrom('contact_messages').select('id').execute()).length === 0, { what: 'the purge' })
  await waitFor(() => logs.text().includes('retention purge'), { what: 'the purge log' })
  t.pass('purged')
})

test('personal data never reaches the logs', async (t) => {
  const receiver = await startReceiver(t, (n) => n === 1 ? 500 : 200)
  const logs = captureLogs()
  const app = await build(t, {
    logStream: logs.stream,
    env: {
      LOG_LEVEL: 'trace',
      CONTACT_RATE_LIMIT_MAX: '3',
      CONTACT_REDIRECT_ORIGINS: 'https://www.example.org',
      WEBHOOK_URLS: receiver.url,
      WEBHOOK_SECRET,
      WEBHOOK_BACKOFF_MS: '5',
    },
  })
  const secrets = ['Zanzibar Quux', 'zanzibar.quux@example.org', 'zanzibar.quux', 'Kumquat subject', 'Marmalade message body', 'grace.q@example.org', 'Grace Qwerty']

  const json = await app.inject({ method: 'POST', url: '/v1/contact-messages', headers: { 'idempotency-key': 'log-key' }, payload: { name: 'Zanzibar Quux', email: 'zanzibar.quux@example.org', subject: 'Kumquat subject', message: 'Marmalade message body' } })
  t.equal(json.statusCode, 202)
  const id = json.json().data.id
  const form = await app.inject({
    method: 'POST',
    url: '/v1/contact-messages',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ name: 'Grace Qwerty', email: 'grace.q@example.org', message: 'Marmalade message body', redirect: 'https://www.example.org/thanks' }).toString(),
  })
  t.equal(form.statusCode, 303)
  t.equal((await app.inject({ method: 'POST', url: '/v1/contact-messages', payload: { name: 'Zanzibar Quux', email: 'zanzibar.quux@example.org', message: 'x'.repeat(5001) } })).statusCode, 400)
  t.equal((await app.inject({ method: 'POST', url: '/v1/contact-messages', payload: { email: 'zanzibar.quux@example.org', message: 'Marmalade message body', article_slug: 'no-such-page' } })).statusCode, 400)
  t.equal((await app.inject({ method: 'POST', url: '/v1/contact-messages', payload: { email: 'zanzibar.quux@example.org', message: 'Marmalade message body 2' } })).statusCode, 202, 'the refused requests did not count')
  t.equal((await app.inject({ method: 'POST', url: '/v1/contact-messages', payload: { email: 'zanzibar.quux@example.org', message: 'Marmalade message body 3' } })).statusCode, 429)
  t.equal((await app.inject({ method: 'POST', url: '/v1/contact-messages', headers: { 'idempotency-key': 'log-key' }, payload: { email: 'zanzibar.quux@example.org', message: 'different' } })).statusCode, 422)
  t.equal((await app.inject({ url: `/v1/admin/contact-messages?q=${encodeURIComponent('zanzibar.quux@example.org')}`, headers: ADMIN })).json().data.length, 2)
  t.equal((await app.inject({ url: `/v1/admin/contact-messages/${id}`, headers: ADMIN })).statusCode, 200)
  t.equal((await app.inject({ method: 'PATCH', url: `/v1/admin/contact-messages/${id}`, headers: ADMIN, payload: { status: 'read' } })).statusCode, 200)
  await waitFor(() => receiver.requests.some((request) => request.status === 200), { what: 'the webhook retry' })
  t.equal((await app.inject({ method: 'POST', url: '/v1/admin/data-subjects/export', headers: ADMIN, payload: { email: 'zanzibar.quux@example.org' } })).statusCode, 200)
  t.equal((await app.inject({ method: 'POST', url: '/v1/admin/data-subjects/erase', headers: ADMIN, payload: { email: 'grace.q@example.org' } })).statusCode, 200)
  t.equal((await app.inject({ url: '/v1/admin/contact-messages?q=%25', headers: { authorization: 'Bearer wrong-key-0123456789' } })).statusCode, 401)

  const text = logs.text()
  t.ok(logs.lines.length > 20, `${logs.lines.length} log lines written`)
  for (const secret of [...secrets, ADMIN_KEY, 'wrong-key-0123456789', 'log-key', 'https://www.example.org/thanks']) {
    t.notOk(text.toLowerCase().includes(secret.toLowerCase()), `"${secret}" is not logged`)
  }
  t.notOk(text.includes('?q='), 'no raw URLs with query strings')
  t.ok(text.includes('"route":"/v1/contact-messages"'), 'route patterns are logged')
  t.ok(text.includes('"route":"/v1/admin/contact-messages/:id"'))
  t.ok(text.includes('"route":"/v1/admin/contact-messages"'))
  t.ok(text.includes('webhook attempt failed, will retry'), 'webhook outcomes are logged')
  t.ok(text.includes('data subject erased'), 'erasure is audited, without the email')
})
