import { test } from 'tap'
import { ADMIN, build, SLUG, submitReview } from '../helper.js'
import { DUPLICATE_WINDOW_MS } from '../../src/reviews/repository.js'
import type { FastifyInstance } from 'fastify'

const PROBLEM = 'application/problem+json; charset=utf-8'
const REVIEWS = `/v1/articles/${SLUG}/reviews`

let counter = 0
const review = (overrides: Record<string, unknown> = {}) => ({
  author_name: 'Ayesha K.',
  email: 'ayesha@example.org',
  rating: 5,
  title: 'Exactly what our graduates needed',
  body: `Clear and practical, review number ${++counter}.`,
  ...overrides,
})

const post = (app: FastifyInstance, payload: unknown, remoteAddress = '203.0.113.7') =>
  app.inject({ method: 'POST', url: REVIEWS, payload: payload as Record<string, unknown>, remoteAddress })

const storedReviews = (app: FastifyInstance) => app.database.db.selectFrom('reviews').selectAll().orderBy('id').execute()

test('POST /v1/articles/:slug/reviews', async (t) => {
  t.test('pre-moderation (default): 201 pending, committed, invisible to the public', async (t) => {
    const app = await build(t)
    const res = await post(app, review({ author_name: '  Ayesha\u0000 K.\n', body: ' Clear\r\nand <b>practical</b>. \u202E ', email: ' Ayesha@Example.ORG ' }))
    t.equal(res.statusCode, 201)
    t.equal(res.headers['content-type'], 'application/json; charset=utf-8')
    const { data } = res.json()
    t.same(Object.keys(data).sort(), ['article_slug', 'author_name', 'body', 'created_at', 'id', 'rating', 'status', 'title'], 'no email in the response')
    t.match(data, { article_slug: SLUG, author_name: 'Ayesha K.', rating: 5, body: 'Clear\nand <b>practical</b>.', status: 'pending' })

    const [row] = await storedReviews(app)
    t.equal(row!.id, data.id)
    t.equal(row!.email, 'ayesha@example.org', 'email stored, trimmed and lowercased')
    t.equal(row!.body, 'Clear\nand <b>practical</b>.', 'plain text: control characters removed, markup kept as text')
    t.equal(row!.status, 'pending')
    t.match(row!.ip_hash, /^[0-9a-f]{64}$/)
    t.notOk(JSON.stringify(row).includes('203.0.113.7'), 'the IP itself is not stored')

    t.same((await app.inject({ url: REVIEWS })).json().data, [])
    t.same((await app.inject({ url: `${REVIEWS}/summary` })).json().data, { count: 0, average: null, distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } })
    t.same((await app.inject({ url: `/v1/articles/${SLUG}` })).json().data.reviews, { count: 0, average: null })
  })

  t.test('post-moderation: approved and visible at once', async (t) => {
    const app = await build(t, { env: { REVIEW_MODERATION: 'post' } })
    const res = await post(app, review({ email: undefined, title: undefined, rating: 4 }))
    t.equal(res.statusCode, 201)
    t.equal(res.json().data.status, 'approved')
    t.equal(res.json().data.title, null)
    t.equal((await storedReviews(app))[0]!.email, null)
    t.equal((await app.inject({ url: REVIEWS })).json().data[0].id, res.json().data.id)
    t.same((await app.inject({ url: `/v1/articles/${SLUG}` })).json().data.reviews, { count: 1, average: 4 })
  })

  t.test('unknown and draft articles are 404 and store nothing', async (t) => {
    const app = await build(t)
    await app.services.authoring.upsert({ slug: 'draft-article', title: 'Draft', status: 'draft', intro: [], sections: [] }, { by: 'test' })
    for (const slug of ['no-such-article', 'draft-article']) {
      const res = await app.inject({ method: 'POST', url: `/v1/articles/${slug}/reviews`, payload: review() })
      t.equal(res.statusCode, 404, slug)
      t.equal(res.headers['content-type'], PROBLEM)
    }
    t.same(await storedReviews(app), [])
  })

  t.test('invalid input: 400 naming every field, nothing stored', async (t) => {
    const app = await build(t, { env: { REVIEW_RATE_LIMIT_MAX: '100' } })
    const cases: Array<[Record<string, unknown>, Array<[string, string]>]> = [
      [{}, [['/body/author_name', 'is required'], ['/body/rating', 'is required'], ['/body/body', 'is required']]],
      [{ author_name: ' \t ', email: 'not-an-email', rating: 0, body: '\u0007' }, [['/body/author_name', 'must not be empty'], ['/body/email', 'must be a valid email address'], ['/body/rating', 'must be at least 1'], ['/body/body', 'must not be empty']]],
      [review({ author_name: 'x'.repeat(81), title: 't'.repeat(121), rating: 6 }), [['/body/author_name', 'must be at most 80 characters'], ['/body/rating', 'must be at most 5'], ['/body/title', 'must be at most 120 characters']]],
      [review({ rating: 4.5, body: 'b'.repeat(5001) }), [['/body/rating', 'must be integer'], ['/body/body', 'must be at most 5000 characters']]],
      [review({ email: `${'e'.repeat(250)}@example.org` }), [['/body/email', 'must be at most 254 characters']]],
      // Bodies are not type-coerced: a one-item array would otherwise slip past the text cleaning.
      [review({ author_name: ['  \u0007 '], rating: true, body: ['   '] }), [['/body/author_name', 'must be string'], ['/body/rating', 'must be integer'], ['/body/body', 'must be string']]],
      [review({ rating: '5' }), [['/body/rating', 'must be integer']]],
    ]
    for (const [payload, expected] of cases) {
      const res = await post(app, payload)
      t.equal(res.statusCode, 400, JSON.stringify(payload).slice(0, 80))
      t.equal(res.headers['content-type'], PROBLEM)
      t.same(res.json().errors.map((e: { path: string, message: string }) => [e.path, e.message]).sort(), expected.sort())
    }
    const tooLarge = await post(app, review({ body: 'x'.repeat(17 * 1024) }))
    t.equal(tooLarge.statusCode, 413)
    t.equal(tooLarge.headers['content-type'], PROBLEM)
    const notJson = await app.inject({ method: 'POST', url: REVIEWS, headers: { 'content-type': 'text/plain' }, payload: 'five stars' })
    t.equal(notJson.statusCode, 415)
    const malformed = await app.inject({ method: 'POST', url: REVIEWS, headers: { 'content-type': 'application/json' }, payload: '{"rating": 5,' })
    t.equal(malformed.statusCode, 400)
    t.same(await storedReviews(app), [], 'no rejected request stored anything')
  })

  t.test('honeypot: looks like success, stored as spam, never shown', async (t) => {
    const app = await build(t, { env: { REVIEW_MODERATION: 'post' } })
    const res = await post(app, review({ website: 'http://cheap-pills.example' }))
    t.equal(res.statusCode, 201)
    t.equal(res.json().data.status, 'approved', 'the bot sees what a person would see')
    t.equal((await storedReviews(app))[0]!.status, 'spam')
    t.same((await app.inject({ url: REVIEWS })).json().data, [])
    t.equal((await app.inject({ url: `${REVIEWS}/summary` })).json().data.count, 0)
  })

  t.test('the same body from the same email or IP within 24 hours is a 409', async (t) => {
    const app = await build(t)
    const body = 'Helpful overview of internships.'
    t.equal((await post(app, review({ body }), '198.51.100.1')).statusCode, 201)
    const sameEmail = await post(app, review({ body: '  helpful   OVERVIEW of internships. ' }), '198.51.100.2')
    t.equal(sameEmail.statusCode, 409, 'same email, other IP, same words')
    t.equal(sameEmail.headers['content-type'], PROBLEM)
    t.equal(sameEmail.json().type, '/problems/duplicate-review')
    const sameIp = await post(app, review({ body, email: 'other@example.org' }), '198.51.100.1')
    t.equal(sameIp.statusCode, 409, 'same IP, other email')
    t.equal((await post(app, review({ body, email: 'other@example.org' }), '198.51.100.3')).statusCode, 201, 'another person may say the same')
    t.equal((await post(app, review({ body: 'Something else entirely.' }), '198.51.100.1')).statusCode, 201)
    t.equal((await storedReviews(app)).length, 3)

    const later = new Date(Date.now() + DUPLICATE_WINDOW_MS + 60_000)
    const result = await app.services.reviews.submit({ articleSlug: SLUG, authorName: 'A', email: 'ayesha@example.org', rating: 5, title: null, body, spam: false, clientIp: '198.51.100.1' }, later)
    t.equal(result.outcome, 'created', 'allowed again after 24 hours')
  })

  t.test('per-IP rate limit: 429 with Retry-After, window resets', async (t) => {
    const app = await build(t, { env: { REVIEW_RATE_LIMIT_MAX: '2', REVIEW_RATE_LIMIT_WINDOW_SECONDS: '1' } })
    for (let i = 0; i < 3; i++) t.equal((await post(app, review({ rating: 9 }), '192.0.2.1')).statusCode, 400, 'invalid input does not count')
    t.equal((await post(app, review(), '192.0.2.1')).statusCode, 201)
    t.equal((await post(app, review(), '192.0.2.1')).statusCode, 201)
    const limited = await post(app, review(), '192.0.2.1')
    t.equal(limited.statusCode, 429)
    t.equal(limited.headers['content-type'], PROBLEM)
    t.equal(limited.headers['retry-after'], '1')
    t.equal(limited.json().type, '/problems/rate-limited')
    t.equal((await post(app, review(), '192.0.2.2')).statusCode, 201, 'other clients are not affected')
    t.equal((await storedReviews(app)).length, 3, 'the limited request stored nothing')
    await new Promise((resolve) => setTimeout(resolve, 1100))
    t.equal((await post(app, review(), '192.0.2.1')).statusCode, 201, 'a new window admits the client again')
  })
})

test('GET /v1/articles/:slug/reviews', async (t) => {
  const app = await build(t, { env: { REVIEW_MODERATION: 'post', REVIEW_RATE_LIMIT_MAX: '1000' } })
  const base = Date.parse('2026-01-01T00:00:00.000Z')
  for (const [index, rating] of [3, 5, 1, 4, 5].entries()) {
    await submitReview(app, { authorName: `Reader ${index}`, rating, body: `Review ${index}`, clientIp: `10.0.0.${index}` }, new Date(base + index * 60_000))
  }
  const { stored } = await submitReview(app, { authorName: 'Pending', rating: 1, body: 'Not yet', clientIp: '10.0.1.1' }, new Date(base + 600_000))
  await app.services.reviews.moderate(stored.id, 'pending')

  t.test('approved only, newest first, paged with Link headers', async (t) => {
    const res = await app.inject({ url: `${REVIEWS}?limit=2` })
    t.equal(res.statusCode, 200)
    t.same(res.json().data.map((r: { author_name: string }) => r.author_name), ['Reader 4', 'Reader 3'])
    t.same(res.json().meta.pagination, { page: 1, limit: 2, pages: 3, total: 5, next: 2, prev: null })
    t.equal(res.headers.link, `<${REVIEWS}?limit=2&page=2>; rel="next"`)
    const last = await app.inject({ url: `${REVIEWS}?limit=2&page=3` })
    t.same(last.json().data.map((r: { author_name: string }) => r.author_name), ['Reader 0'])
    t.equal(last.headers.link, `<${REVIEWS}?limit=2&page=2>; rel="prev"`)
    t.notOk(JSON.stringify(res.json()).includes('email'))
  })

  t.test('sorts by date or rating', async (t) => {
    const ratings = async (sort: string) => (await app.inject({ url: `${REVIEWS}?sort=${sort}` })).json().data.map((r: { rating: number }) => r.rating)
    t.same(await ratings('created_at'), [3, 5, 1, 4, 5])
    t.same(await ratings('-rating'), [5, 5, 4, 3, 1])
    t.same(await ratings('rating'), [1, 3, 4, 5, 5])
    const bad = await app.inject({ url: `${REVIEWS}?sort=stars&limit=0` })
    t.equal(bad.statusCode, 400)
    t.same(bad.json().errors.map((e: { path: string }) => e.path).sort(), ['/query/limit', '/query/sort'])
  })

  t.test('unknown article is a 404', async (t) => {
    t.equal((await app.inject({ url: '/v1/articles/nope/reviews' })).statusCode, 404)
    t.equal((await app.inject({ url: '/v1/articles/nope/reviews/summary' })).statusCode, 404)
  })

  t.test('summary over approved reviews, rounded to 2 decimals', async (t) => {
    const res = await app.inject({ url: `${REVIEWS}/summary` })
    t.equal(res.statusCode, 200)
    t.same(res.json().data, { count: 5, average: 3.6, distribution: { 1: 1, 2: 0, 3: 1, 4: 1, 5: 2 } })
    t.same((await app.inject({ url: `/v1/articles/${SLUG}` })).json().data.reviews, { count: 5, average: 3.6 })
    await submitReview(app, { authorName: 'Six', rating: 5, body: 'Sixth', clientIp: '10.0.2.1' })
    t.equal((await app.inject({ url: `${REVIEWS}/summary` })).json().data.average, 3.83, '23 / 6 = 3.8333…')
  })
})

test('admin: /v1/admin/reviews moderation', async (t) => {
  const app = await build(t)
  const created: Array<{ id: number }> = []
  for (const [index, ip] of ['10.1.0.1', '10.1.0.2', '10.1.0.3'].entries()) {
    created.push((await post(app, review({ rating: index + 3, email: `reader${index}@example.org` }), ip)).json().data)
  }

  t.test('needs the admin key', async (t) => {
    for (const [method, url] of [['GET', '/v1/admin/reviews'], ['PATCH', '/v1/admin/reviews/1'], ['DELETE', '/v1/admin/reviews/1']] as const) {
      const res = await app.inject({ method, url, payload: method === 'PATCH' ? { status: 'approved' } : undefined })
      t.equal(res.statusCode, 401, `${method} ${url}`)
    }
    t.equal((await storedReviews(app)).filter((r) => r.status !== 'pending').length, 0)
  })

  t.test('lists newest first with emails, filtered by status and article', async (t) => {
    const res = await app.inject({ url: '/v1/admin/reviews', headers: ADMIN })
    t.equal(res.statusCode, 200)
    t.same(res.json().data.map((r: { id: number }) => r.id), created.map((r) => r.id).reverse())
    t.equal(res.json().data[0].email, 'reader2@example.org')
    t.equal((await app.inject({ url: '/v1/admin/reviews?status=approved', headers: ADMIN })).json().meta.pagination.total, 0)
    t.equal((await app.inject({ url: `/v1/admin/reviews?status=pending&article=${SLUG}`, headers: ADMIN })).json().meta.pagination.total, 3)
    t.equal((await app.inject({ url: '/v1/admin/reviews?article=other-article', headers: ADMIN })).json().meta.pagination.total, 0)
    t.equal((await app.inject({ url: '/v1/admin/reviews?status=deleted', headers: ADMIN })).statusCode, 400)
  })

  t.test('a moderation decision is visible at once everywhere', async (t) => {
    const [first, second] = created as [{ id: number }, { id: number }]
    const approve = await app.inject({ method: 'PATCH', url: `/v1/admin/reviews/${first.id}`, headers: ADMIN, payload: { status: 'approved' } })
    t.equal(approve.statusCode, 200)
    t.match(approve.json().data, { id: first.id, status: 'approved', email: 'reader0@example.org' })
    await app.inject({ method: 'PATCH', url: `/v1/admin/reviews/${second.id}`, headers: ADMIN, payload: { status: 'approved' } })
    t.same((await app.inject({ url: REVIEWS })).json().data.map((r: { id: number }) => r.id), [second.id, first.id])
    t.same((await app.inject({ url: `${REVIEWS}/summary` })).json().data, { count: 2, average: 3.5, distribution: { 1: 0, 2: 0, 3: 1, 4: 1, 5: 0 } })
    t.same((await app.inject({ url: `/v1/articles/${SLUG}` })).json().data.reviews, { count: 2, average: 3.5 })

    const hide = await app.inject({ method: 'PATCH', url: `/v1/admin/reviews/${second.id}`, headers: ADMIN, payload: { status: 'spam' } })
    t.equal(hide.json().data.status, 'spam')
    t.same((await app.inject({ url: REVIEWS })).json().data.map((r: { id: number }) => r.id), [first.id])
    t.same((await app.inject({ url: `/v1/articles/${SLUG}` })).json().data.reviews, { count: 1, average: 3 })
  })

  t.test('bad moderation requests', async (t) => {
    const unknown = await app.inject({ method: 'PATCH', url: '/v1/admin/reviews/9999', headers: ADMIN, payload: { status: 'approved' } })
    t.equal(unknown.statusCode, 404)
    t.equal(unknown.headers['content-type'], PROBLEM)
    const badStatus = await app.inject({ method: 'PATCH', url: `/v1/admin/reviews/${created[2]!.id}`, headers: ADMIN, payload: { status: 'published' } })
    t.equal(badStatus.statusCode, 400)
    t.same(badStatus.json().errors, [{ path: '/body/status', message: 'must be one of: pending, approved, spam, trash' }])
    const badId = await app.inject({ method: 'PATCH', url: '/v1/admin/reviews/abc', headers: ADMIN, payload: { status: 'approved' } })
    t.equal(badId.statusCode, 400)
    t.equal((await storedReviews(app)).find((r) => r.id === created[2]!.id)!.status, 'pending', 'unchanged')
  })

  t.test('DELETE removes the review', async (t) => {
    const target = created[0]!
    const res = await app.inject({ method: 'DELETE', url: `/v1/admin/reviews/${target.id}`, headers: ADMIN })
    t.equal(res.statusCode, 204)
    t.equal(res.body, '')
    t.notOk((await storedReviews(app)).some((r) => r.id === target.id))
    t.equal((await app.inject({ method: 'DELETE', url: `/v1/admin/reviews/${target.id}`, headers: ADMIN })).statusCode, 404)
    t.same((await app.inject({ url: `${REVIEWS}/summary` })).json().data.count, 0)
  })
})

test('review events are written to the outbox with the change', async (t) => {
  const eventsOf = (app: FastifyInstance) => app.database.db.selectFrom('webhook_events')
    .select(['type', 'subject_type', 'subject_id', 'payload']).where('subject_type', '=', 'review').orderBy('created_at').orderBy('type', 'desc').execute()

  t.test('pre-moderation: review.created on submit, review.approved on the first approval only', async (t) => {
    const app = await build(t)
    const { id } = (await post(app, review())).json().data
    t.same((await eventsOf(app)).map((e) => [e.type, e.subject_type, e.subject_id]), [['review.created', 'review', String(id)]])
    t.match(JSON.parse((await eventsOf(app))[0]!.payload), { id, status: 'pending', email: 'ayesha@example.org', article_slug: SLUG })

    await app.inject({ method: 'PATCH', url: `/v1/admin/reviews/${id}`, headers: ADMIN, payload: { status: 'approved' } })
    await app.inject({ method: 'PATCH', url: `/v1/admin/reviews/${id}`, headers: ADMIN, payload: { status: 'approved' } })
    t.same((await eventsOf(app)).map((e) => e.type), ['review.created', 'review.approved'], 'approving twice announces once')
    t.match(JSON.parse((await eventsOf(app))[1]!.payload), { id, status: 'approved' })

    t.equal((await post(app, review({ body: 'Bot text', website: 'x' }))).statusCode, 201)
    t.equal((await post(app, { author_name: '' })).statusCode, 400)
    t.equal((await eventsOf(app)).length, 2, 'spam and rejected submissions announce nothing')

    t.equal((await app.inject({ method: 'DELETE', url: `/v1/admin/reviews/${id}`, headers: ADMIN })).statusCode, 204)
    t.same(await eventsOf(app), [], 'deleting a review deletes the notifications that carry it')
  })

  t.test('post-moderation: created and approved at once', async (t) => {
    const app = await build(t, { env: { REVIEW_MODERATION: 'post' } })
    await post(app, review())
    t.same((await eventsOf(app)).map((e) => e.type).sort(), ['review.approved', 'review.created'])
  })
})

test('data-subject requests cover reviews', async (t) => {
  const app = await build(t, { env: { REVIEW_RATE_LIMIT_MAX: '100' } })
  const mine = (await post(app, review({ email: 'Ayesha@Example.org' }))).json().data
  await post(app, review({ email: 'someone.else@example.org' }))
  await post(app, review({ email: undefined }))

  const exported = await app.inject({ method: 'POST', url: '/v1/admin/data-subjects/export', headers: ADMIN, payload: { email: 'AYESHA@example.org' } })
  t.equal(exported.statusCode, 200)
  const { data } = exported.json()
  t.same(data.reviews.map((r: { id: number }) => r.id), [mine.id], 'matched case-insensitively, only this person')
  t.match(data.reviews[0], { email: 'ayesha@example.org', body: mine.body, rating: 5 })
  t.same(data.webhook_events.map((e: { type: string }) => e.type), ['review.created'])

  const erased = await app.inject({ method: 'POST', url: '/v1/admin/data-subjects/erase', headers: ADMIN, payload: { email: 'ayesha@example.org' } })
  t.equal(erased.statusCode, 200)
  t.match(erased.json().data.erased, { reviews: 1, webhook_events: 1, contact_messages: 0 })
  const left = await storedReviews(app)
  t.equal(left.length, 2)
  t.notOk(left.some((r) => r.email === 'ayesha@example.org'))
  t.equal((await app.database.db.selectFrom('webhook_events').select('id').where('subject_type', '=', 'review').execute()).length, 2, "the other reviewers' events stay")
  t.match((await app.inject({ method: 'POST', url: '/v1/admin/data-subjects/erase', headers: ADMIN, payload: { email: 'ayesha@example.org' } })).json().data.erased, { reviews: 0, webhook_events: 0 })
})

test('review ids are never reused after a delete', async (t) => {
  const app = await build(t)
  const first = (await post(app, review())).json().data.id
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/admin/reviews/${first}`, headers: ADMIN })).statusCode, 204)
  const second = (await post(app, review())).json().data.id
  t.ok(second > first, `${second} > ${first}`)
})
