import { createHmac } from 'node:crypto'
import { test } from 'tap'
import type { FastifyInstance } from 'fastify'
import { Webhook } from 'standardwebhooks'
import { databaseEnv, openDatabaseOf, ADMIN, build, OTHER_WEBHOOK_SECRET as OTHER_SECRET, WEBHOOK_SECRET as SECRET } from '../helper.js'
import { createWebhookDispatcher, retryDelayMs } from '../../src/webhooks/dispatcher.js'
import { startReceiver, unusedUrl, waitFor, type ReceivedRequest } from '../fixtures/webhook-receiver.js'

/** What a receiver does with the `standardwebhooks` library: the parsed event, or a thrown WebhookVerificationError. */
const verified = (secret: string, request: ReceivedRequest) =>
  new Webhook(secret).verify(request.body, request.headers as Record<string, string>)
const message = { name: 'Ada Lovelace', email: 'ada@example.org', message: 'Do you offer radiology internships?' }

/** WEBHOOK_TIMEOUT_MS's largest value: an attempt on a receiver that never answers lasts this long unless something ends it. */
const LONGEST_TIMEOUT_MS = 120_000

/**
 * The receivers run in this process, so they answer only when the app under test lets the event loop go: on a busy
 * machine that can take seconds. The longest timeout keeps a slow answer from counting as a failed attempt; the test
 * of timeouts sets its own.
 */
function env (urls: string[], extra: Record<string, string> = {}) {
  return { WEBHOOK_URLS: urls.join(','), WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_SECRET: SECRET, WEBHOOK_BACKOFF_MS: '20', WEBHOOK_MAX_ATTEMPTS: '5', WEBHOOK_TIMEOUT_MS: String(LONGEST_TIMEOUT_MS), ...extra }
}

async function deliveries (app: FastifyInstance, query = '') {
  const res = await app.inject({ url: `/v1/admin/webhook-deliveries${query}`, headers: ADMIN })
  return res.json().data as Array<{ id: number, status: string, attempt_count: number, next_attempt_at: string | null, event_id: string, event_type: string, url: string, last_error: string | null, attempts: Array<{ attempt: number, started_at: string, duration_ms: number, status_code: number | null, error: string | null, succeeded: boolean }> }>
}

async function settled (app: FastifyInstance, count = 1) {
  return waitFor(async () => {
    const list = await deliveries(app)
    return list.length >= count && list.every((delivery) => delivery.status !== 'pending') ? list : undefined
  }, { what: 'deliveries to settle' })
}

test('webhook dispatcher', async (t) => {
  t.test('a receiver that fails twice then succeeds gets the event once successfully, with a valid signature', async (t) => {
    const receiver = await startReceiver(t, (n) => [500, 503][n - 1] ?? 200)
    const app = await build(t, { env: env([receiver.url]) })
    const res = await app.inject({ method: 'POST', url: '/v1/contact-messages', payload: message })
    t.equal(res.statusCode, 202)
    const messageId = res.json().data.id

    const [delivery] = await settled(app)
    t.equal(receiver.requests.length, 3)
    t.same(receiver.requests.map((r) => r.status), [500, 503, 200], 'exactly one successful receipt')
    const ids = new Set(receiver.requests.map((r) => r.headers['webhook-id']))
    t.equal(ids.size, 1, 'the same event id on every attempt')
    t.same(receiver.requests.map((r) => r.headers['webhook-attempt']), ['1', '2', '3'])

    const success = receiver.requests[2]!
    t.equal(success.headers['content-type'], 'application/json')
    t.equal(success.headers['webhook-event'], 'message.received')
    t.match(success.headers['webhook-signature'], /^v1,[A-Za-z0-9+/]{43}=$/)
    t.same(verified(SECRET, success), JSON.parse(success.body), 'the standardwebhooks library verifies the delivery')
    // Independently of both libraries: base64 HMAC-SHA256 keyed with the decoded secret over id.timestamp.body.
    const key = Buffer.from(SECRET.slice('whsec_'.length), 'base64')
    const signed = `${String(success.headers['webhook-id'])}.${String(success.headers['webhook-timestamp'])}.${success.body}`
    t.equal(success.headers['webhook-signature'], `v1,${createHmac('sha256', key).update(signed).digest('base64')}`, 'HMAC-SHA256 over id.timestamp.body')
    t.throws(() => verified(OTHER_SECRET, success), /No matching signature/, 'another secret does not verify')
    t.throws(() => verified(SECRET, { ...success, body: success.body.replace('Ada', 'Eve') }), /No matching signature/, 'a changed body does not verify')
    const event = JSON.parse(success.body)
    t.same(Object.keys(event).sort(), ['created_at', 'data', 'id', 'type'])
    t.equal(event.id, success.headers['webhook-id'])
    t.equal(event.type, 'message.received')
    t.match(event.data, { id: messageId, name: 'Ada Lovelace', email: 'ada@example.org', message: message.message, status: 'new' })

    t.match(delivery, { event_id: event.id, event_type: 'message.received', url: receiver.url, status: 'succeeded', attempt_count: 3, last_error: null })
    t.same(delivery!.attempts.map((a) => [a.attempt, a.status_code, a.succeeded]), [[1, 500, false], [2, 503, false], [3, 200, true]])
    t.equal(delivery!.attempts[0]!.error, 'HTTP 500')
    const [first, second, third] = delivery!.attempts.map((a) => Date.parse(a.started_at))
    t.ok(second! - first! >= 20 && third! - second! >= 40, 'exponential backoff between attempts')

    // Instead of waiting to see that nothing else arrives: the outbox has nothing left to send to this receiver, ever.
    t.equal(await app.repositories.webhooks.nextDueAt([receiver.url], new Date()), undefined, 'nothing more is due once delivered')
    t.equal(receiver.requests.length, 3, 'nothing more is sent once delivered')
  })

  t.test('a restart in the middle of retries still delivers, and so are events committed while no dispatcher ran', async (t) => {
    let up = false
    const receiver = await startReceiver(t, () => up ? 200 : 500)
    const database = await databaseEnv(t, 'content.db')
    const settings = env([receiver.url], database)

    // A minute's backoff: no second attempt can slip in before the "crash" below, however slow the machine.
    const first = await build(t, { env: { ...settings, WEBHOOK_BACKOFF_MS: '60000' } })
    const retried = await first.inject({ method: 'POST', url: '/v1/contact-messages', payload: message })
    t.equal(retried.statusCode, 202)
    await waitFor(async () => (await deliveries(first))[0]?.attempt_count === 1, { what: 'the first failed attempt' })
    await first.webhookDispatcher.stop() // as if the process died: the next event is committed but never dispatched
    const unsent = await first.inject({ method: 'POST', url: '/v1/contact-messages', payload: { ...message, message: 'Committed, not yet sent' } })
    t.equal(unsent.statusCode, 202)
    await first.close()
    t.equal(receiver.requests.length, 1)
    // As if the backoff had passed while no process ran: the retry is due now.
    const stored = openDatabaseOf(t, database)
    await stored.db.updateTable('webhook_deliveries').set({ next_attempt_at: new Date().toISOString() }).where('status', '=', 'pending').execute()
    await stored.close()

    up = true
    const second = await build(t, { env: settings })
    const list = await settled(second, 2)
    t.equal(receiver.requests.length, 3, 'one failure before the restart, then each event once')
    const byMessage = new Map(receiver.requests.map((request) => [JSON.parse(request.body).data.id as string, request]))
    t.same(new Set(byMessage.keys()), new Set([retried.json().data.id, unsent.json().data.id]))
    t.equal(receiver.requests[0]!.headers['webhook-id'], byMessage.get(retried.json().data.id)!.headers['webhook-id'], 'same event id across the restart: receivers can de-duplicate')
    for (const request of receiver.requests.slice(1)) t.ok(verified(SECRET, request), 'verifies')
    const retriedDelivery = list.find((delivery) => delivery.event_id === receiver.requests[0]!.headers['webhook-id'])!
    t.match(retriedDelivery, { status: 'succeeded', attempt_count: 2 }, JSON.stringify(retriedDelivery.attempts))
    t.same(retriedDelivery.attempts.map((a) => a.succeeded), [false, true], 'attempts from both processes are recorded')
  })

  t.test('a receiver that is down or slow never delays or fails a submission', async (t) => {
    const slow = await startReceiver(t, () => 'hang')
    const down = await unusedUrl()
    const app = await build(t, { env: env([slow.url, down], { WEBHOOK_TIMEOUT_MS: String(LONGEST_TIMEOUT_MS), WEBHOOK_BACKOFF_MS: '60000' }) })
    const res = await app.inject({ method: 'POST', url: '/v1/contact-messages', payload: message })
    t.equal(res.statusCode, 202)
    // The slow receiver's attempt cannot end before its two-minute timeout: had the submission waited for it, it would
    // have come back with the attempt counted.
    const atResponse = await deliveries(app)
    t.notOk(atResponse.some((delivery) => delivery.url === slow.url && delivery.attempt_count > 0), 'answered before the slow receiver\'s attempt ended')
    const refused = await waitFor(async () => (await deliveries(app)).find((delivery) => delivery.url === down && delivery.attempt_count === 1), { what: 'the attempt on the receiver that is down' })
    t.match(refused, { status: 'pending', last_error: /^request failed: .*ECONNREFUSED/ })
    t.ok(Date.parse(refused.next_attempt_at as string) > Date.now() + 50_000, 'retry scheduled after the backoff')
  })

  t.test('an attempt that gets no answer within WEBHOOK_TIMEOUT_MS fails as timed out, and is retried later', async (t) => {
    const slow = await startReceiver(t, () => 'hang')
    const app = await build(t, { env: env([slow.url], { WEBHOOK_TIMEOUT_MS: '200', WEBHOOK_BACKOFF_MS: '60000' }) })
    t.equal((await app.inject({ method: 'POST', url: '/v1/contact-messages', payload: message })).statusCode, 202)
    const [delivery] = await waitFor(async () => {
      const list = await deliveries(app)
      return list.length === 1 && list[0]!.attempt_count === 1 ? list : undefined
    }, { what: 'the attempt to time out' })
    t.match(delivery, { status: 'pending', last_error: 'timed out after 200 ms', last_status_code: null })
    t.ok(delivery!.attempts[0]!.duration_ms >= 190, `not before the timeout (${delivery!.attempts[0]!.duration_ms} ms)`)
    t.ok(Date.parse(delivery!.next_attempt_at as string) > Date.now() + 50_000, 'retry scheduled after the backoff')
  })

  t.test('shutdown aborts an attempt still waiting for its answer and hands it back, uncounted, for the next start', async (t) => {
    const slow = await startReceiver(t, () => 'hang')
    const database = await databaseEnv(t, 'content.db')
    // The slower alternative: a stop that waited for the attempt would wait out its two-minute timeout, and count it.
    const app = await build(t, { env: env([slow.url], { ...database, WEBHOOK_TIMEOUT_MS: String(LONGEST_TIMEOUT_MS) }) })
    const res = await app.inject({ method: 'POST', url: '/v1/contact-messages', payload: message })
    await waitFor(() => slow.requests.length >= 1, { what: 'the hanging request' })
    await app.close()

    const after = await build(t, { env: database }) // no URLs: nothing is sent
    const interrupted = await after.database.db.selectFrom('webhook_deliveries as d').innerJoin('webhook_events as e', 'e.id', 'd.event_id')
      .select(['d.status', 'd.attempts', 'd.lease_expires_at', 'd.url']).where('e.subject_id', '=', res.json().data.id).where('d.url', '=', slow.url)
      .executeTakeFirstOrThrow()
    t.same(interrupted, { status: 'pending', attempts: 0, lease_expires_at: null, url: slow.url }, 'the interrupted attempt is handed back, uncounted: closing did not wait for its timeout')
  })

  t.test('gives up after WEBHOOK_MAX_ATTEMPTS; fans out to every URL; enqueue works in any transaction', async (t) => {
    const failing = await startReceiver(t, () => 500)
    const healthy = await startReceiver(t)
    const app = await build(t, { env: env([failing.url, healthy.url], { WEBHOOK_MAX_ATTEMPTS: '3', WEBHOOK_BACKOFF_MS: '5' }) })
    const { db } = app.database
    const review = { id: 7, article_slug: 'an-article', author_name: 'Rev', email: 'rev@example.org', rating: 5, title: null, body: 'Fine', status: 'pending' as const, created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z' }
    const { outbox } = app.services
    const reviewEvent = await db.transaction().execute((trx) =>
      outbox.enqueue({ type: 'review.created', data: review, subject: { type: 'review', id: 7 }, email: 'rev@example.org' }, trx))
    await t.rejects(db.transaction().execute(async (trx) => {
      await outbox.enqueue({ type: 'review.approved', data: { ...review, id: 8, status: 'approved' } }, trx)
      throw new Error('rolled back')
    }))
    await settled(app, 2)

    t.equal(healthy.requests.length, 1, 'a rolled-back transaction announces nothing')
    t.match(JSON.parse(healthy.requests[0]!.body), { id: reviewEvent, type: 'review.created', data: { id: 7, rating: 5 } })
    t.equal(healthy.requests[0]!.headers['webhook-event'], 'review.created')
    t.equal(failing.requests.length, 3)
    const failed = await deliveries(app, '?status=failed')
    t.match(failed, [{ url: failing.url, status: 'failed', attempt_count: 3, last_error: 'HTTP 500', next_attempt_at: null }])
    t.match(await deliveries(app, '?status=succeeded'), [{ url: healthy.url, attempt_count: 1 }])
    t.equal((await deliveries(app, `?event_id=${reviewEvent}`)).length, 2)
    t.equal((await deliveries(app, '?event_type=message.received')).length, 0)
    const unauthorized = await app.inject({ url: '/v1/admin/webhook-deliveries' })
    t.equal(unauthorized.statusCode, 401)
  })
})

test('events fan out in the order they were written, even within one millisecond: delivery ids follow it', async (t) => {
  // A review published at once announces review.created then review.approved in one transaction, at one instant.
  const receiver = await startReceiver(t)
  const app = await build(t, { env: env([receiver.url]) })
  const review = { id: 7, article_slug: 'an-article', author_name: 'Rev', email: 'rev@example.org', rating: 5, title: null, body: 'Fine', status: 'approved' as const, created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z' }
  const now = new Date()
  const written = await app.database.db.transaction().execute(async (trx) => {
    const ids: string[] = []
    for (let n = 0; n < 16; n++) {
      const type = n % 2 === 0 ? 'review.created' : 'review.approved'
      ids.push(await app.services.outbox.enqueue({ type, data: { ...review, id: n }, subject: { type: 'review', id: n }, now }, trx))
    }
    return ids
  })
  const list = (await settled(app, written.length)).reverse() // the log lists the newest first
  t.same(list.map((delivery) => delivery.event_id), written, 'in the order written, not the order of random ids')
  const ids = list.map((delivery) => delivery.id)
  t.same(ids, [...ids].sort((a, b) => a - b), 'delivery ids ascending in that order')
})

test('without receivers, form writes start no fan-out transaction: their events are stored as fanned out, and the poll marks any left by older servers in one statement', async (t) => {
  const app = await build(t)
  // Who listens to the outbox: a dispatcher without receivers does not (nothing waits for an event).
  const listeners = (urls: string[]) => {
    let subscribed = 0
    const dispatcher = createWebhookDispatcher({
      repository: app.repositories.webhooks,
      outbox: { onEnqueued: () => { subscribed++; return () => undefined } },
      config: { urls, secrets: urls.length > 0 ? [SECRET] : [], allowPrivate: true, maxAttempts: 1, backoffMs: 10, timeoutMs: 1000 },
      log: app.log,
      userAgent: 'test',
      pollMs: 60_000,
    })
    dispatcher.start()
    return dispatcher.stop().then(() => subscribed)
  }
  t.equal(await listeners([]), 0, 'no receivers: not woken by writes')
  t.equal(await listeners(['http://127.0.0.1:9/hook']), 1, 'with receivers: woken by each gathering of writes')
  for (let n = 0; n < 3; n++) {
    const res = await app.inject({ method: 'POST', url: '/v1/contact-messages', payload: { ...message, message: `Question ${n}: radiology?` } })
    t.equal(res.statusCode, 202)
  }
  const events = () => app.database.db.selectFrom('webhook_events').select(['id', 'created_at', 'fanned_out_at']).orderBy('id').execute()
  const stored = await events()
  t.equal(stored.length, 3, 'every message announced')
  for (const event of stored) t.equal(event.fanned_out_at, event.created_at, 'stored as fanned out, in the insert itself: a restart with receivers never sends it')
  // Events an older server stored unmarked (its poll had not run before it stopped): one poll marks them all.
  await app.database.db.updateTable('webhook_events').set({ fanned_out_at: null }).execute()
  t.equal(await app.repositories.webhooks.fanOut([], new Date()), 3, 'one poll marks them all')
  t.same((await events()).filter((event) => event.fanned_out_at === null), [])
  t.same(await app.database.db.selectFrom('webhook_deliveries').select('id').execute(), [], 'and delivers nothing')
})

test('retries wait WEBHOOK_BACKOFF_MS, doubling per failed attempt', async (t) => {
  t.same([1, 2, 3, 4].map((n) => retryDelayMs(n, 1000)), [1000, 2000, 4000, 8000])
  t.equal(retryDelayMs(40, 1000), 6 * 60 * 60 * 1000, 'capped')
})
