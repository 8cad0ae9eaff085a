import { test } from 'tap'
import { ADMIN, build, SLUG } from '../helper.js'

test('public reads are cacheable with ETags; admin responses are not stored', async (t) => {
  const app = await build(t, { env: { REVIEW_MODERATION: 'post' } })
  const url = `/v1/articles/${SLUG}`

  const first = await app.inject({ url })
  t.equal(first.statusCode, 200)
  t.equal(first.headers['cache-control'], 'public, max-age=60, stale-while-revalidate=600')
  const etag = first.headers.etag as string
  t.match(etag, /^"[A-Za-z0-9+/=]+"$/)

  const again = await app.inject({ url, headers: { 'if-none-match': etag } })
  t.equal(again.statusCode, 304, 'unchanged: 304')
  t.equal(again.body, '')
  t.equal(again.headers.etag, etag)
  t.equal(again.headers['cache-control'], 'public, max-age=60, stale-while-revalidate=600', 'a 304 repeats the caching policy (RFC 9110: it must, for the stored copy)')

  t.test('a change beneath the article changes its ETag', async (t) => {
    const review = await app.inject({ method: 'POST', url: `${url}/reviews`, payload: { author_name: 'A', rating: 5, body: 'Great' } })
    t.equal(review.statusCode, 201)
    const changed = await app.inject({ url, headers: { 'if-none-match': etag } })
    t.equal(changed.statusCode, 200, 'the review count changed, so the representation did')
    t.not(changed.headers.etag, etag)
    t.same(changed.json().data.reviews, { count: 1, average: 5 })
  })

  t.test('every public list and item route sends an ETag', async (t) => {
    for (const path of ['/v1/articles', `${url}/sections`, `${url}/sections/conclusion`, `${url}/reviews`, `${url}/reviews/summary`]) {
      const res = await app.inject({ url: path })
      t.ok(res.headers.etag, path)
      t.equal(res.headers['cache-control'], 'public, max-age=60, stale-while-revalidate=600', path)
      const notModified = await app.inject({ url: path, headers: { 'if-none-match': res.headers.etag as string } })
      t.equal(notModified.statusCode, 304, path)
      t.equal(notModified.headers['cache-control'], 'public, max-age=60, stale-while-revalidate=600', `${path}: 304`)
    }
  })

  t.test('admin responses carry no-store', async (t) => {
    const res = await app.inject({ url: '/v1/admin/reviews', headers: ADMIN })
    t.equal(res.statusCode, 200)
    t.equal(res.headers['cache-control'], 'private, no-store')
    t.equal((await app.inject({ url: '/v1/admin/reviews' })).headers['cache-control'], 'private, no-store', 'even a 401')
  })
})
