import { test } from 'tap'
import type { FastifyInstance } from 'fastify'
import { ADMIN, build, PROBLEM, postReview, reviewPayload, WEBHOOK_SECRET } from '../helper.js'
import { unusedUrl, waitFor } from '../fixtures/webhook-receiver.js'

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
  // A receiver that is down: deliveries are recorded (and fail), which is what erasure must clean up.
  const app = await build(t, { env: { WEBHOOK_URLS: await unusedUrl(), WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_SECRET, WEBHOOK_MAX_ATTEMPTS: '1' } })
  const first = await submit(app, { name: 'Ada', email: 'ada@example.org', message: 'First question' }, { 'idempotency-key': 'ada-1' })
  const second = await submit(app, { email: 'Ada@Example.org', message: 'Second question' }, { 'idempotency-key': 'ada-2' })
  const spam = await submit(app, { email: 'ada@example.org', message: 'spam', _gotcha: 'x' })
  const other = await submit(app, { name: 'Bob', email: 'bob@example.org', message: 'Unrelated' })
  await waitFor(async () => (await app.database.db.selectFrom('webhook_deliveries').select('id').execute()).length === 3, { what: 'fan-out' })

  t.test('export returns everything stored for the email, matched case-insensitively', async (t) => {
    const res = await exportFor(app, 'ADA@example.org')
    t.equal(res.statusCode, 200)
    t.equal(res.headers['cache-control'], 'private, no-store')
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
})

test('data-subject requests cover reviews', async (t) => {
  const app = await build(t, { env: { REVIEW_RATE_LIMIT_MAX: '100' } })
  const mine = (await postReview(app, reviewPayload({ email: 'Ayesha@Example.org' }))).json().data
  await postReview(app, reviewPayload({ email: 'someone.else@example.org' }))
  await postReview(app, reviewPayload({ email: undefined }))

  const exported = await app.inject({ method: 'POST', url: '/v1/admin/data-subjects/export', headers: ADMIN, payload: { email: 'AYESHA@example.org' } })
  t.equal(exported.statusCode, 200)
  const { data } = exported.json()
  t.same(data.reviews.map((r: { id: number }) => r.id), [mine.id], 'matched case-insensitively, only this person')
  t.match(data.reviews[0], { email: 'ayesha@example.org', body: mine.body, rating: 5 })
  t.same(data.webhook_events.map((e: { type: string }) => e.type), ['review.created'])

  const erased = await app.inject({ method: 'POST', url: '/v1/admin/data-subjects/erase', headers: ADMIN, payload: { email: 'ayesha@example.org' } })
  t.equal(erased.statusCode, 200)
  t.match(erased.json().data.erased, { reviews: 1, webhook_events: 1, contact_messages: 0 })
  const left = await app.database.db.selectFrom('reviews').selectAll().orderBy('id').execute()
  t.equal(left.length, 2)
  t.notOk(left.some((r) => r.email === 'ayesha@example.org'))
  t.equal((await app.database.db.selectFrom('webhook_events').select('id').where('subject_type', '=', 'review').execute()).length, 2, "the other reviewers' events stay")
  t.match((await app.inject({ method: 'POST', url: '/v1/admin/data-subjects/erase', headers: ADMIN, payload: { email: 'ayesha@example.org' } })).json().data.erased, { reviews: 0, webhook_events: 0 })
})
