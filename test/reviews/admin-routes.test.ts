import { test } from 'tap'
import { ADMIN, build, PROBLEM, postReview, REVIEWS_URL, reviewPayload, SLUG, storedReviews } from '../helper.js'

test('admin: /v1/admin/reviews moderation', async (t) => {
  const app = await build(t)
  const created: Array<{ id: number }> = []
  for (const [index, ip] of ['10.1.0.1', '10.1.0.2', '10.1.0.3'].entries()) {
    created.push((await postReview(app, reviewPayload({ rating: index + 3, email: `reader${index}@example.org` }), ip)).json().data)
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
    t.same((await app.inject({ url: REVIEWS_URL })).json().data.map((r: { id: number }) => r.id), [second.id, first.id])
    t.same((await app.inject({ url: `${REVIEWS_URL}/summary` })).json().data, { count: 2, average: 3.5, distribution: { 1: 0, 2: 0, 3: 1, 4: 1, 5: 0 } })
    t.same((await app.inject({ url: `/v1/articles/${SLUG}` })).json().data.reviews, { count: 2, average: 3.5 })

    const hide = await app.inject({ method: 'PATCH', url: `/v1/admin/reviews/${second.id}`, headers: ADMIN, payload: { status: 'spam' } })
    t.equal(hide.json().data.status, 'spam')
    t.same((await app.inject({ url: REVIEWS_URL })).json().data.map((r: { id: number }) => r.id), [first.id])
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
    t.same((await app.inject({ url: `${REVIEWS_URL}/summary` })).json().data.count, 0)
  })
})

test('review ids are never reused after a delete', async (t) => {
  const app = await build(t)
  const first = (await postReview(app, reviewPayload())).json().data.id
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/admin/reviews/${first}`, headers: ADMIN })).statusCode, 204)
  const second = (await postReview(app, reviewPayload())).json().data.id
  t.ok(second > first, `${second} > ${first}`)
})
