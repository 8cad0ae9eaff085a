import { test } from 'tap'
import type { FastifyInstance } from 'fastify'
import { ADMIN, build, FORM_CONTENT_TYPE, PROBLEM, postContactForm, receiveMessage, SLUG } from '../helper.js'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

const valid = { name: 'Ada Lovelace', email: 'ada@example.org', subject: 'Internships', message: 'Do you offer radiology internships?' }

/** Stored messages, oldest first; only those from `email` when given. */
async function rows (app: FastifyInstance, email?: string) {
  let query = app.database.db.selectFrom('contact_messages').selectAll().orderBy('received_at').orderBy('id')
  if (email) query = query.where('email', '=', email)
  return query.execute()
}

async function eventsAbout (app: FastifyInstance, messageId: string) {
  return app.database.db.selectFrom('webhook_events').selectAll().where('subject_id', '=', messageId).execute()
}

async function countAll (app: FastifyInstance) {
  const [messages, events] = await Promise.all([rows(app), app.database.db.selectFrom('webhook_events').select('id').execute()])
  return { messages: messages.length, events: events.length }
}

let address = 0
/** A fresh client address per request, so the per-IP limit stays out of the way. */
const freshAddress = () => `10.0.${Math.floor(++address / 250)}.${address % 250}`

/** A JSON (or raw string) POST, from a fresh client address unless given. */
function post (app: FastifyInstance, payload: unknown, options: { headers?: Record<string, string>, remoteAddress?: string } = {}) {
  return app.inject({
    method: 'POST',
    url: '/v1/contact-messages',
    ...(typeof payload === 'string' ? { payload } : { payload: payload as Record<string, unknown> }),
    headers: options.headers ?? {},
    remoteAddress: options.remoteAddress ?? freshAddress(),
  })
}

/** A plain HTML form post, from a fresh client address. */
const postForm = (app: FastifyInstance, fields: Record<string, string> | string, headers: Record<string, string> = {}) =>
  postContactForm(app, fields, { headers, remoteAddress: freshAddress() })

test('POST /v1/contact-messages', async (t) => {
  const app = await build(t, { env: { CONTACT_REDIRECT_ORIGINS: 'https://www.example.org', CONTACT_RATE_LIMIT_MAX: '1000' } })

  t.test('stores a JSON message and answers 202 with the committed row', async (t) => {
    const res = await post(app, { ...valid, article_slug: SLUG })
    t.equal(res.statusCode, 202)
    t.equal(res.headers['content-type'], 'application/json; charset=utf-8')
    t.equal(res.headers['cache-control'], 'private, no-store')
    const { data } = res.json()
    t.same(Object.keys(data).sort(), ['id', 'received_at', 'status'])
    t.match(data.id, UUID)
    t.equal(data.status, 'received')
    t.ok(Date.parse(data.received_at) <= Date.now())

    const stored = await rows(app, valid.email)
    t.equal(stored.length, 1)
    t.match(stored[0], { id: data.id, name: 'Ada Lovelace', email: 'ada@example.org', subject: 'Internships', message: valid.message, status: 'new', received_at: data.received_at })
    t.type(stored[0]!.article_id, 'number')

    const outbox = await eventsAbout(app, data.id)
    t.equal(outbox.length, 1, 'message.received is written with the message')
    t.equal(outbox[0]!.type, 'message.received')
    t.match(JSON.parse(outbox[0]!.payload), { id: data.id, email: 'ada@example.org', article_slug: SLUG, status: 'new' })
  })

  t.test('a plain HTML form post (urlencoded) works end to end: 303 to the allowed redirect', async (t) => {
    const res = await postForm(app, {
      name: '  Grace\r\nHopper ',
      email: ' grace@example.org ',
      subject: '',
      message: 'Line one\r\nLine two  ',
      article_slug: SLUG,
      _gotcha: '',
      redirect: 'https://www.example.org/contact/thanks?from=form',
      submit: 'Send',
    })
    t.equal(res.statusCode, 303)
    t.equal(res.headers.location, 'https://www.example.org/contact/thanks?from=form')
    t.equal(res.body, '')
    const [stored] = await rows(app, 'grace@example.org')
    t.match(stored, { name: 'Grace Hopper', subject: null, message: 'Line one\nLine two', status: 'new' })
    const inbox = await app.inject({ url: `/v1/admin/contact-messages/${stored!.id}`, headers: ADMIN })
    t.equal(inbox.json().data.article_slug, SLUG, 'the page the form was on is kept')
    t.equal((await eventsAbout(app, stored!.id)).length, 1)

    const plain = await postForm(app, 'email=alan%40example.org&message=Hello+there&name=', { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8' })
    t.equal(plain.statusCode, 202, 'without redirect a form post gets the JSON receipt')
    t.equal(plain.json().data.status, 'received')
    t.match(await rows(app, 'alan@example.org'), [{ message: 'Hello there', name: null, article_id: null }])

    const script = await post(app, { ...valid, email: 'script@example.org', redirect: 'https://www.example.org/thanks' })
    t.equal(script.statusCode, 202, 'a JSON request with an allowed redirect still gets 202 JSON')
    t.notOk(script.headers.location)
  })

  t.test('a redirect outside CONTACT_REDIRECT_ORIGINS is a 400 naming the field, and nothing is stored', async (t) => {
    const before = await countAll(app)
    for (const redirect of ['https://evil.example.com/', 'https://www.example.org.evil.com/', 'https://user@www.example.org/', 'javascript:alert(1)', '/relative', 'http://www.example.org/']) {
      const res = await postForm(app, { ...valid, email: 'redirect@example.org', redirect })
      t.equal(res.statusCode, 400, redirect)
      t.same(res.json().errors, [{ path: '/body/redirect', message: 'must be a URL on an allowed origin' }], redirect)
    }
    t.same(await countAll(app), before)
  })

  t.test('bad input is a 400 problem naming every invalid field; nothing is stored', async (t) => {
    const before = await countAll(app)
    const res = await post(app, { name: 'n'.repeat(101), email: 'not-an-email', subject: 's'.repeat(151), message: '   ' })
    t.equal(res.statusCode, 400)
    t.equal(res.headers['content-type'], PROBLEM)
    const body = res.json()
    t.equal(body.type, '/problems/validation-error')
    t.same(body.errors.map((e: { path: string }) => e.path).sort(), ['/body/email', '/body/message', '/body/name', '/body/subject'])
    const messages = Object.fromEntries(body.errors.map((e: { path: string, message: string }) => [e.path, e.message]))
    t.equal(messages['/body/email'], 'must be a valid email address')
    t.equal(messages['/body/message'], 'must not be empty')
    t.equal(messages['/body/name'], 'must be at most 100 characters')
    t.equal(messages['/body/subject'], 'must be at most 150 characters')

    const missing = await postForm(app, { name: 'Ada' })
    t.equal(missing.statusCode, 400)
    t.same(missing.json().errors, [{ path: '/body/email', message: 'is required' }, { path: '/body/message', message: 'is required' }])

    const long = await post(app, { email: 'a@example.org', message: 'm'.repeat(5001) })
    t.same(long.json().errors, [{ path: '/body/message', message: 'must be at most 5000 characters' }])
    const longEmail = await post(app, { email: `${'a'.repeat(250)}@example.org`, message: 'hi' })
    t.equal(longEmail.json().errors[0].path, '/body/email')

    const unknownArticle = await post(app, { ...valid, article_slug: 'no-such-article' })
    t.equal(unknownArticle.statusCode, 400)
    t.same(unknownArticle.json().errors, [{ path: '/body/article_slug', message: 'must be the slug of a published article' }])
    const badSlug = await post(app, { ...valid, article_slug: 'Not A Slug' })
    t.same(badSlug.json().errors, [{ path: '/body/article_slug', message: 'has an invalid format' }])
    const both = await post(app, { ...valid, article_slug: 'no-such-article', redirect: 'https://evil.example.com/' })
    t.same(both.json().errors.map((e: { path: string }) => e.path), ['/body/redirect', '/body/article_slug'], 'both checks reported together')

    // Bodies are not type-coerced, and invisible or control characters are dropped before the checks.
    const arrays = await post(app, { email: ['a1@example.org'], message: ['   \u0000  '] })
    t.same(arrays.json().errors, [{ path: '/body/email', message: 'must be string' }, { path: '/body/message', message: 'must be string' }])
    const invisible = await post(app, { email: 'a@example.org', message: '\u202E\u200B\u0000 ' })
    t.same(invisible.json().errors, [{ path: '/body/message', message: 'must not be empty' }])

    t.equal((await post(app, '[1,2]', { headers: { 'content-type': 'application/json' } })).statusCode, 400)
    const broken = await post(app, '{"email":', { headers: { 'content-type': 'application/json' } })
    t.equal(broken.statusCode, 400)
    t.equal(broken.headers['content-type'], PROBLEM)

    t.same(await countAll(app), before)
  })

  t.test('415 for other content types, 413 over 16 KB; nothing is stored', async (t) => {
    const before = await countAll(app)
    for (const type of ['text/plain', 'multipart/form-data; boundary=x', 'application/xml']) {
      const res = await post(app, 'email=a@example.org&message=hi', { headers: { 'content-type': type } })
      t.equal(res.statusCode, 415, type)
      t.equal(res.headers['content-type'], PROBLEM)
    }
    const big = await post(app, { email: 'a@example.org', message: 'x'.repeat(17 * 1024) })
    t.equal(big.statusCode, 413)
    t.equal(big.headers['content-type'], PROBLEM)
    const bigForm = await postForm(app, `email=a%40example.org&message=${'x'.repeat(17 * 1024)}`)
    t.equal(bigForm.statusCode, 413)
    t.same(await countAll(app), before)

    const elsewhere = await app.inject({ method: 'POST', url: '/v1/admin/data-subjects/export', payload: 'email=a%40example.org', headers: { ...FORM_CONTENT_TYPE, ...ADMIN } })
    t.equal(elsewhere.statusCode, 415, 'urlencoded is accepted by the contact endpoint only')
  })

  t.test('a filled honeypot gets the same 202, is stored as spam and announces nothing', async (t) => {
    const res = await post(app, { ...valid, email: 'bot@example.com', _gotcha: 'http://spam.example.com' })
    t.equal(res.statusCode, 202)
    t.same(Object.keys(res.json().data).sort(), ['id', 'received_at', 'status'])
    t.equal(res.json().data.status, 'received')
    const [stored] = await rows(app, 'bot@example.com')
    t.equal(stored!.status, 'spam')
    t.equal((await eventsAbout(app, stored!.id)).length, 0)
  })

  t.test('Idempotency-Key: the same key and body replay the response; a different body is a 422', async (t) => {
    const headers = { 'idempotency-key': 'a4f1c0de-0000-4000-8000-000000000001' }
    const payload = { ...valid, email: 'idem@example.org' }
    const first = await post(app, payload, { headers })
    t.equal(first.statusCode, 202)
    t.notOk(first.headers['idempotent-replayed'])
    const again = await post(app, payload, { headers })
    t.equal(again.statusCode, 202)
    t.same(again.json(), first.json())
    t.equal(again.headers['idempotent-replayed'], 'true')
    const other = await post(app, { ...payload, message: 'Something else' }, { headers })
    t.equal(other.statusCode, 422)
    t.equal(other.headers['content-type'], PROBLEM)
    t.equal(other.json().type, '/problems/idempotency-key-reused')
    t.equal((await rows(app, 'idem@example.org')).length, 1)
    t.equal((await eventsAbout(app, first.json().data.id)).length, 1)

    const key = { 'idempotency-key': 'concurrent-key-1' }
    const responses = await Promise.all([1, 2, 3, 4].map(() => post(app, { email: 'concurrent@example.org', message: 'Same' }, { headers: key })))
    t.same(responses.map((r) => r.statusCode), [202, 202, 202, 202])
    t.equal(new Set(responses.map((r) => r.json().data.id)).size, 1, 'concurrent first uses of one key store one message')
    t.equal((await rows(app, 'concurrent@example.org')).length, 1)

    const form = { email: 'form-idem@example.org', message: 'Hi', redirect: 'https://www.example.org/thanks' }
    const formKey = { 'idempotency-key': 'form-key' }
    const [one, two] = [await postForm(app, form, formKey), await postForm(app, form, formKey)]
    t.same([one.statusCode, two.statusCode], [303, 303], 'a form post replays its 303')
    t.equal(two.headers.location, 'https://www.example.org/thanks')
    t.equal((await rows(app, 'form-idem@example.org')).length, 1)
    t.equal((await post(app, { email: 'form-idem@example.org', message: 'Hi', redirect: 'https://www.example.org/thanks' }, { headers: { 'idempotency-key': 'form-key' } })).statusCode, 422,
      'the same fields as JSON are a different request')

    const invalid = await post(app, valid, { headers: { 'idempotency-key': 'x'.repeat(256) } })
    t.equal(invalid.statusCode, 400)
    t.equal(invalid.json().errors[0].path, '/headers/idempotency-key')
  })

  t.test('the same message from the same email within 10 minutes is stored once', async (t) => {
    const payload = { ...valid, email: 'dup@example.org' }
    const first = await post(app, payload)
    const second = await post(app, { ...payload, email: ' DUP@example.org ', name: 'Someone else' })
    t.equal(second.statusCode, 202)
    t.same(second.json(), first.json(), 'the first id and time')
    t.equal((await rows(app, 'dup@example.org')).length, 1)
    t.equal((await eventsAbout(app, first.json().data.id)).length, 1, 'and announced once')
    const followUp = await post(app, { ...payload, message: 'A follow-up question' })
    t.not(followUp.json().data.id, first.json().data.id)

    const later = await receiveMessage(app, { email: payload.email, message: payload.message }, new Date(Date.now() + 11 * 60 * 1000))
    t.equal(later.outcome, 'created', 'after the window it is a new message')
    t.equal((await rows(app, 'dup@example.org')).length, 3)
  })

  t.test('a genuine message is never folded into an earlier honeypot catch', async (t) => {
    const payload = { ...valid, email: 'caught@example.org', message: 'Same words twice' }
    const trapped = await post(app, { ...payload, _gotcha: 'filled by a bot' })
    const genuine = await post(app, payload)
    t.equal(genuine.statusCode, 202)
    t.not(genuine.json().data.id, trapped.json().data.id)
    t.same((await rows(app, 'caught@example.org')).map((row: { status: string }) => row.status).sort(), ['new', 'spam'])
  })
})

test('POST /v1/contact-messages rate limits', async (t) => {
  const app = await build(t, { env: { CONTACT_RATE_LIMIT_MAX: '2', CONTACT_RATE_LIMIT_WINDOW_SECONDS: '600' } })

  t.test('per IP: 429 problem with Retry-After; other addresses unaffected; nothing stored', async (t) => {
    const ip = '203.0.113.7'
    const first = await post(app, { ...valid, email: 'one@example.org' }, { remoteAddress: ip })
    t.equal(first.statusCode, 202)
    t.equal(first.headers['x-ratelimit-limit'], '2')
    t.equal(first.headers['x-ratelimit-remaining'], '1')
    t.equal((await post(app, { ...valid, email: 'two@example.org' }, { remoteAddress: ip })).statusCode, 202)
    const limited = await post(app, { ...valid, email: 'three@example.org' }, { remoteAddress: ip })
    t.equal(limited.statusCode, 429)
    t.equal(limited.headers['content-type'], PROBLEM)
    t.equal(limited.headers['retry-after'], '600')
    t.match(limited.json(), { status: 429, type: '/problems/rate-limited', detail: /network address.*600 seconds/ })
    t.equal((await rows(app, 'three@example.org')).length, 0)
    t.equal((await post(app, { ...valid, email: 'four@example.org' }, { remoteAddress: '198.51.100.1' })).statusCode, 202)
  })

  t.test('a request refused for a field (400) does not count against the limits', async (t) => {
    const ip = '203.0.113.99'
    for (let i = 0; i < 3; i++) {
      const refused = await post(app, { ...valid, email: 'fixer@example.org', article_slug: 'no-such-article' }, { remoteAddress: ip })
      t.equal(refused.statusCode, 400)
    }
    t.equal((await post(app, { ...valid, email: 'fixer@example.org' }, { remoteAddress: ip })).statusCode, 202, 'the corrected form goes through')
  })

  t.test('per email, whatever the address and letter case', async (t) => {
    t.equal((await post(app, { ...valid, email: 'limited@example.org', message: 'one' })).statusCode, 202)
    t.equal((await post(app, { ...valid, email: 'LIMITED@Example.org', message: 'two' })).statusCode, 202)
    const limited = await post(app, { ...valid, email: 'limited@example.org', message: 'three' })
    t.equal(limited.statusCode, 429)
    t.match(limited.json().detail, /email address/)
    t.ok(Number(limited.headers['retry-after']) > 0)
    t.equal((await rows(app)).filter((row) => row.email.toLowerCase() === 'limited@example.org').length, 2)
  })

  t.test('retries with an Idempotency-Key are answered without counting against the limits', async (t) => {
    const headers = { 'idempotency-key': 'retry-me' }
    const payload = { ...valid, email: 'retry@example.org' }
    const first = await post(app, payload, { headers, remoteAddress: '192.0.2.50' })
    t.equal(first.statusCode, 202)
    for (let retry = 0; retry < 3; retry++) {
      const again = await post(app, payload, { headers, remoteAddress: '192.0.2.50' })
      t.equal(again.statusCode, 202)
      t.same(again.json(), first.json())
    }
    t.equal((await post(app, { ...payload, message: 'new' }, { remoteAddress: '192.0.2.50' })).statusCode, 202, 'one real message left in the window')
  })
})
