// The article cache (src/content/cache.ts) as the routes use it: never stale after an edit, an unpublish or a review
// change, not emptied by a write the public cannot see, and counted with every other cache in one memory budget.
import { test } from 'tap'
import { readSeedArticles } from '../../seed/index.js'
import { ADMIN, build, SLUG } from '../helper.js'

test('the article cache never serves a stale article', async (t) => {
  const app = await build(t)
  const url = `/v1/articles/${SLUG}/sections/conclusion`
  t.equal((await app.inject({ url })).json().data.heading, 'Conclusion')
  const [article] = readSeedArticles()
  article!.sections[8]!.blocks = [{ type: 'paragraph', text: 'Rewritten conclusion.' }]
  await app.services.authoring.upsert(article!, { by: 'test' })
  t.same((await app.inject({ url })).json().data.blocks, [{ type: 'paragraph', text: 'Rewritten conclusion.', children: [{ type: 'text', value: 'Rewritten conclusion.' }] }], 'an edit is served at once')

  await app.services.authoring.upsert({ ...article!, status: 'draft' }, { by: 'test' })
  t.equal((await app.inject({ url })).statusCode, 404, 'unpublishing is served at once')
  t.equal((await app.inject({ url: `/v1/articles/${SLUG}` })).statusCode, 404)
})

test('the cached article response follows review changes made anywhere', async (t) => {
  const app = await build(t, { env: { REVIEW_MODERATION: 'post' } })
  const url = `/v1/articles/${SLUG}`
  const first = await app.inject({ url })
  t.same(first.json().data.reviews, { count: 0, average: null })
  // Written straight to the table, as another process or a script would: the trigger bumps reviews_version.
  const { id } = await app.database.db.selectFrom('articles').select('id').where('slug', '=', SLUG).executeTakeFirstOrThrow()
  await app.database.db.insertInto('reviews').values({
    article_id: id,
    author_name: 'Direct',
    email: null,
    rating: 2,
    title: null,
    body: 'Inserted elsewhere',
    status: 'approved',
    ip_hash: 'x',
    body_hash: 'y',
    created_at: new Date().toISOString(),
    updated_at: new Date().toISOString(),
  }).execute()
  const second = await app.inject({ url })
  t.same(second.json().data.reviews, { count: 1, average: 2 })
  t.not(second.headers.etag, first.headers.etag)
  t.equal(second.json().data.updated_at, first.json().data.updated_at, 'the content itself did not change')
  await app.database.db.deleteFrom('reviews').execute()
  t.same((await app.inject({ url })).json().data.reviews, { count: 0, average: null }, 'deletes are seen too')
  t.equal((await app.inject({ url })).headers.etag, first.headers.etag, 'the same state has the same ETag')
})

test('a review the public cannot see (pending, spam) leaves every kept answer current; approving one does not', async (t) => {
  const app = await build(t)
  await app.listen({ host: '127.0.0.1', port: 0 })
  const origin = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`
  const url = `/v1/articles/${SLUG}`
  // Over a socket, so that the front cache (which app.inject never meets) answers what it kept: its hits say so.
  const get = async () => {
    const response = await fetch(`${origin}${url}`)
    return { etag: response.headers.get('etag'), reviews: (await response.json() as { data: { reviews: unknown } }).data.reviews }
  }
  const hits = () => app.frontCache!.stats().hits
  // On PostgreSQL a miss is kept under the version as last read: the first request brings it up to date.
  await get()
  const first = await get()
  await get()
  const before = hits()
  const review = { author_name: 'Reader', rating: 4, body: 'Useful, thank you.' }
  const pending = await app.inject({ method: 'POST', url: `${url}/reviews`, payload: review })
  t.equal(pending.statusCode, 201)
  t.equal(pending.json().data.status, 'pending')
  const spam = await app.inject({ method: 'POST', url: `${url}/reviews`, payload: { ...review, body: 'Buy now', website: 'https://spam.example' } })
  t.equal(spam.statusCode, 201)
  const moderated = await app.inject({ method: 'PATCH', url: `/v1/admin/reviews/${spam.json().data.id}`, headers: ADMIN, payload: { status: 'trash' } })
  t.equal(moderated.statusCode, 200, 'spam moved to trash: still invisible')
  const after = await get()
  t.equal(hits(), before + 1, 'the article is still answered from the kept copy')
  t.same(after, first, 'the same answer: no review shown')
  t.equal((await app.inject({ url: '/v1/articles' })).json().data[0].reviews.count, 0)

  const approved = await app.inject({ method: 'PATCH', url: `/v1/admin/reviews/${pending.json().data.id}`, headers: ADMIN, payload: { status: 'approved' } })
  t.equal(approved.statusCode, 200)
  const shown = await get()
  t.equal(hits(), before + 1, 'approving it is a change the public sees: the next answer is made anew')
  t.same(shown.reviews, { count: 1, average: 4 })
  t.not(shown.etag, first.etag)
  await app.inject({ method: 'PATCH', url: `/v1/admin/reviews/${pending.json().data.id}`, headers: ADMIN, payload: { status: 'spam' } })
  t.same((await get()).reviews, { count: 0, average: null }, 'hiding an approved review is seen at once')
})

test('every kind of cache counts against one budget (RESPONSE_CACHE_MAX_MB), which evicts across them and never runs over', async (t) => {
  const app = await build(t, { env: { RESPONSE_CACHE_MAX_MB: '1' } })
  const budget = app.responseBudget
  t.equal(budget.maxBytes, 1024 * 1024)
  await app.listen({ host: '127.0.0.1', port: 0 })
  const origin = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`
  const article = `/v1/articles/${SLUG}`
  // Distinct URLs of every kind the caches key on, plain and compressed; over a socket (front cache) and through
  // inject (the caches behind it): lists, searches, trimmed articles, pages of sections, review pages, feeds.
  const urls = ['/feed.atom', '/sitemap.xml', '/v1/tags']
  for (let n = 1; n <= 100; n++) {
    urls.push(`/v1/articles?limit=${n}`, `/v1/search?q=internship&limit=${1 + n % 50}&page=${1 + Math.floor(n / 50)}`,
      `${article}?fields=${['title', 'slug', 'intro', 'sections', 'toc'].filter((_, bit) => n & (1 << bit)).join(',') || 'title'}&include=reviews`,
      `${article}/sections?limit=${1 + n % 50}`, `${article}/reviews?limit=${n}`)
  }
  let peak = 0
  for (const [index, path] of urls.entries()) {
    const headers = { 'accept-encoding': index % 2 ? 'gzip' : 'br' }
    const answer = index % 3 ? await app.inject({ url: path, headers }) : await fetch(`${origin}${path}`, { headers })
    t.equal('statusCode' in answer ? answer.statusCode : answer.status, 200, path)
    if (!('statusCode' in answer)) await answer.arrayBuffer()
    peak = Math.max(peak, budget.stats().bytes)
  }
  // Every article representation and every section, in every encoding.
  const { data } = (await app.inject({ url: article })).json<{ data: { sections: Array<{ key: string }> } }>()
  for (const accept of ['application/json', 'text/html', 'text/markdown', 'text/plain']) {
    for (const encoding of ['br', 'gzip', 'identity']) {
      for (const path of [article, ...data.sections.map((section) => `${article}/sections/${section.key}`)]) {
        t.equal((await app.inject({ url: path, headers: { accept, 'accept-encoding': encoding } })).statusCode, 200)
        peak = Math.max(peak, budget.stats().bytes)
      }
    }
  }
  const stats = budget.stats()
  t.ok(peak <= budget.maxBytes, `never over the budget (peak ${peak} bytes)`)
  t.ok(stats.bytes > budget.maxBytes / 2, `the budget is used (${stats.bytes} bytes)`)
  t.ok(stats.evictions > 0, `entries were evicted to stay within it (${stats.evictions})`)
  t.ok(app.frontCache!.stats().kept > 0, 'the front cache counts there too')
  // What is evicted is made again: the answers stay right.
  t.equal((await app.inject({ url: '/v1/articles?limit=1' })).json().data.length, 1)
})
