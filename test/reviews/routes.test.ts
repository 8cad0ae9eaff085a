import { test } from 'tap'
import { advanceRateLimitClock, databaseEnv, openDatabaseOf, build, PROBLEM, postReview, REVIEWS_URL, reviewPayload, SLUG, startServer, storedReviews, submitReview } from '../helper.js'
import { DUPLICATE_WINDOW_MS } from '../../src/reviews/repository.js'

test('POST /v1/articles/:slug/reviews', async (t) => {
  t.test('pre-moderation (default): 201 pending, committed, invisible to the public', async (t) => {
    const app = await build(t)
    const res = await postReview(app, reviewPayload({ author_name: '  Ayesha\u0000 K.\n', body: ' Clear\r\nand <b>practical</b>. \u202E ', email: ' Ayesha@Example.ORG ' }))
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

    t.same((await app.inject({ url: REVIEWS_URL })).json().data, [])
    t.same((await app.inject({ url: `${REVIEWS_URL}/summary` })).json().data, { count: 0, average: null, distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } })
    t.same((await app.inject({ url: `/v1/articles/${SLUG}` })).json().data.reviews, { count: 0, average: null })
  })

  t.test('post-moderation: approved and visible at once', async (t) => {
    const app = await build(t, { env: { REVIEW_MODERATION: 'post' } })
    const res = await postReview(app, reviewPayload({ email: undefined, title: undefined, rating: 4 }))
    t.equal(res.statusCode, 201)
    t.equal(res.json().data.status, 'approved')
    t.equal(res.json().data.title, null)
    t.equal((await storedReviews(app))[0]!.email, null)
    t.equal((await app.inject({ url: REVIEWS_URL })).json().data[0].id, res.json().data.id)
    t.same((await app.inject({ url: `/v1/articles/${SLUG}` })).json().data.reviews, { count: 1, average: 4 })
  })

  t.test('unknown and draft articles are 404 and store nothing', async (t) => {
    const app = await build(t)
    await app.services.authoring.upsert({ slug: 'draft-article', title: 'Draft', status: 'draft', intro: [], sections: [] }, { by: 'test' })
    for (const slug of ['no-such-article', 'draft-article']) {
      const res = await app.inject({ method: 'POST', url: `/v1/articles/${slug}/reviews`, payload: reviewPayload() })
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
      [reviewPayload({ author_name: 'x'.repeat(81), title: 't'.repeat(121), rating: 6 }), [['/body/author_name', 'must be at most 80 characters'], ['/body/rating', 'must be at most 5'], ['/body/title', 'must be at most 120 characters']]],
      [reviewPayload({ rating: 4.5, body: 'b'.repeat(5001) }), [['/body/rating', 'must be integer'], ['/body/body', 'must be at most 5000 characters']]],
      [reviewPayload({ email: `${'e'.repeat(250)}@example.org` }), [['/body/email', 'must be at most 254 characters']]],
      // Bodies are not type-coerced: a one-item array would otherwise slip past the text cleaning.
      [reviewPayload({ author_name: ['  \u0007 '], rating: true, body: ['   '] }), [['/body/author_name', 'must be string'], ['/body/rating', 'must be integer'], ['/body/body', 'must be string']]],
      [reviewPayload({ rating: '5' }), [['/body/rating', 'must be integer']]],
    ]
    for (const [payload, expected] of cases) {
      const res = await postReview(app, payload)
      t.equal(res.statusCode, 400, JSON.stringify(payload).slice(0, 80))
      t.equal(res.headers['content-type'], PROBLEM)
      t.same(res.json().errors.map((e: { path: string, message: string }) => [e.path, e.message]).sort(), expected.sort())
    }
    const tooLarge = await postReview(app, reviewPayload({ body: 'x'.repeat(17 * 1024) }))
    t.equal(tooLarge.statusCode, 413)
    t.equal(tooLarge.headers['content-type'], PROBLEM)
    const notJson = await app.inject({ method: 'POST', url: REVIEWS_URL, headers: { 'content-type': 'text/plain' }, payload: 'five stars' })
    t.equal(notJson.statusCode, 415)
    const malformed = await app.inject({ method: 'POST', url: REVIEWS_URL, headers: { 'content-type': 'application/json' }, payload: '{"rating": 5,' })
    t.equal(malformed.statusCode, 400)
    t.same(await storedReviews(app), [], 'no rejected request stored anything')
  })

  t.test('honeypot: looks like success, stored as spam, never shown', async (t) => {
    const app = await build(t, { env: { REVIEW_MODERATION: 'post' } })
    const res = await postReview(app, reviewPayload({ website: 'http://cheap-pills.example' }))
    t.equal(res.statusCode, 201)
    t.equal(res.json().data.status, 'approved', 'the bot sees what a person would see')
    t.equal((await storedReviews(app))[0]!.status, 'spam')
    t.same((await app.inject({ url: REVIEWS_URL })).json().data, [])
    t.equal((await app.inject({ url: `${REVIEWS_URL}/summary` })).json().data.count, 0)
  })

  t.test('the same body from the same email or IP within 24 hours is a 409', async (t) => {
    const app = await build(t)
    const body = 'Helpful overview of internships.'
    t.equal((await postReview(app, reviewPayload({ body }), '198.51.100.1')).statusCode, 201)
    const sameEmail = await postReview(app, reviewPayload({ body: '  helpful   OVERVIEW of internships. ' }), '198.51.100.2')
    t.equal(sameEmail.statusCode, 409, 'same email, other IP, same words')
    t.equal(sameEmail.headers['content-type'], PROBLEM)
    t.equal(sameEmail.json().type, '/problems/duplicate-review')
    const sameIp = await postReview(app, reviewPayload({ body, email: 'other@example.org' }), '198.51.100.1')
    t.equal(sameIp.statusCode, 409, 'same IP, other email')
    t.equal((await postReview(app, reviewPayload({ body, email: 'other@example.org' }), '198.51.100.3')).statusCode, 201, 'another person may say the same')
    t.equal((await postReview(app, reviewPayload({ body: 'Something else entirely.' }), '198.51.100.1')).statusCode, 201)
    t.equal((await storedReviews(app)).length, 3)

    const later = new Date(Date.now() + DUPLICATE_WINDOW_MS + 60_000)
    const result = await app.services.reviews.submit({ articleSlug: SLUG, authorName: 'A', email: 'ayesha@example.org', rating: 5, title: null, body, spam: false, clientIp: '198.51.100.1' }, later)
    t.equal(result.outcome, 'created', 'allowed again after 24 hours')
  })

  t.test('per-IP rate limit: 429 with Retry-After, window resets', async (t) => {
    // A ten-minute window, so that no load on the machine can make these requests land in two windows; its end is
    // reached by moving the limiter's clock, not by waiting.
    const windowMs = 600_000
    const app = await build(t, { env: { REVIEW_RATE_LIMIT_MAX: '2', REVIEW_RATE_LIMIT_WINDOW_SECONDS: String(windowMs / 1000) } })
    for (let i = 0; i < 3; i++) t.equal((await postReview(app, reviewPayload({ rating: 9 }), '192.0.2.1')).statusCode, 400, 'invalid input does not count')
    t.equal((await postReview(app, reviewPayload(), '192.0.2.1')).statusCode, 201)
    t.equal((await postReview(app, reviewPayload(), '192.0.2.1')).statusCode, 201)
    const limited = await postReview(app, reviewPayload(), '192.0.2.1')
    t.equal(limited.statusCode, 429)
    t.equal(limited.headers['content-type'], PROBLEM)
    const retryAfter = Number(limited.headers['retry-after'])
    t.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= windowMs / 1000, `Retry-After: the seconds left in the window (${String(limited.headers['retry-after'])})`)
    t.equal(limited.json().type, '/problems/rate-limited')
    t.equal((await postReview(app, reviewPayload(), '192.0.2.2')).statusCode, 201, 'other clients are not affected')
    t.equal((await storedReviews(app)).length, 3, 'the limited request stored nothing')
    await advanceRateLimitClock(t, app, windowMs / 2)
    t.equal((await postReview(app, reviewPayload(), '192.0.2.1')).statusCode, 429, 'still limited half a window later')
    await advanceRateLimitClock(t, app, windowMs / 2)
    t.equal((await postReview(app, reviewPayload(), '192.0.2.1')).statusCode, 201, 'a new window admits the client again')
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
    const res = await app.inject({ url: `${REVIEWS_URL}?limit=2` })
    t.equal(res.statusCode, 200)
    t.same(res.json().data.map((r: { author_name: string }) => r.author_name), ['Reader 4', 'Reader 3'])
    t.same(res.json().meta.pagination, { page: 1, limit: 2, pages: 3, total: 5, next: 2, prev: null })
    t.equal(res.headers.link, `<${REVIEWS_URL}?limit=2&page=2>; rel="next"`)
    const last = await app.inject({ url: `${REVIEWS_URL}?limit=2&page=3` })
    t.same(last.json().data.map((r: { author_name: string }) => r.author_name), ['Reader 0'])
    t.equal(last.headers.link, `<${REVIEWS_URL}?limit=2&page=2>; rel="prev"`)
    t.notOk(JSON.stringify(res.json()).includes('email'))
  })

  t.test('sorts by date or rating', async (t) => {
    const ratings = async (sort: string) => (await app.inject({ url: `${REVIEWS_URL}?sort=${sort}` })).json().data.map((r: { rating: number }) => r.rating)
    t.same(await ratings('created_at'), [3, 5, 1, 4, 5])
    t.same(await ratings('-rating'), [5, 5, 4, 3, 1])
    t.same(await ratings('rating'), [1, 3, 4, 5, 5])
    const bad = await app.inject({ url: `${REVIEWS_URL}?sort=stars&limit=0` })
    t.equal(bad.statusCode, 400)
    t.same(bad.json().errors.map((e: { path: string }) => e.path).sort(), ['/query/limit', '/query/sort'])
  })

  t.test('unknown article is a 404', async (t) => {
    t.equal((await app.inject({ url: '/v1/articles/nope/reviews' })).statusCode, 404)
    t.equal((await app.inject({ url: '/v1/articles/nope/reviews/summary' })).statusCode, 404)
  })

  t.test('summary over approved reviews, rounded to 2 decimals', async (t) => {
    const res = await app.inject({ url: `${REVIEWS_URL}/summary` })
    t.equal(res.statusCode, 200)
    t.same(res.json().data, { count: 5, average: 3.6, distribution: { 1: 1, 2: 0, 3: 1, 4: 1, 5: 2 } })
    t.same((await app.inject({ url: `/v1/articles/${SLUG}` })).json().data.reviews, { count: 5, average: 3.6 })
    await submitReview(app, { authorName: 'Six', rating: 5, body: 'Sixth', clientIp: '10.0.2.1' })
    t.equal((await app.inject({ url: `${REVIEWS_URL}/summary` })).json().data.average, 3.83, '23 / 6 = 3.8333…')
  })
})

test('200 concurrent POSTs over a real socket are each stored exactly once', async (t) => {
  const database = await databaseEnv(t, 'concurrent.db')
  const server = await startServer(t, { ...database, REVIEW_MODERATION: 'post', REVIEW_RATE_LIMIT_MAX: '1000' })
  const { origin } = server

  const submissions = Array.from({ length: 200 }, (_, i) => ({ author_name: `Reader ${i}`, rating: 1 + ((i * 7) % 5), body: `Concurrent review ${i}` }))
  const responses = await Promise.all(submissions.map((body) => fetch(`${origin}${REVIEWS_URL}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })))
  t.same(responses.map((res) => res.status), submissions.map(() => 201), 'every submission acknowledged with 201')
  const created = await Promise.all(responses.map(async (res) => ((await res.json()) as { data: { id: number, body: string } }).data))
  t.equal(new Set(created.map((review) => review.id)).size, 200, '200 distinct ids')

  const summary = ((await (await fetch(`${origin}/v1/articles/${SLUG}/reviews/summary`)).json()) as { data: { count: number, average: number, distribution: Record<string, number> } }).data
  const distribution: Record<string, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }
  for (const submission of submissions) distribution[submission.rating]!++
  const sum = submissions.reduce((total, submission) => total + submission.rating, 0)
  t.same(summary, { count: 200, average: Math.round((sum / 200) * 100) / 100, distribution }, 'summary equals an independent recomputation')

  await server.stop('SIGTERM')
  // Read the file after the server is gone: what was acknowledged is on disk.
  const rows = await openDatabaseOf(t, database).db.selectFrom('reviews').select((eb) => ['body', eb.fn.countAll<number>().as('n')]).groupBy('body').execute()
  t.equal(rows.length, 200)
  t.ok(rows.every((row) => row.n === 1), 'no body stored twice')
  t.same(rows.map((row) => row.body).sort(), submissions.map((s) => s.body).sort())
})
