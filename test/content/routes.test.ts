import { test } from 'tap'
import { build, SLUG } from '../helper.js'

const PROBLEM = 'application/problem+json; charset=utf-8'

test('GET /v1/articles', async (t) => {
  const app = await build(t)

  t.test('lists the published seed article as a summary', async (t) => {
    const res = await app.inject({ url: '/v1/articles' })
    t.equal(res.statusCode, 200)
    t.equal(res.headers['content-type'], 'application/json; charset=utf-8')
    const body = res.json()
    t.equal(body.data.length, 1)
    const summary = body.data[0]
    t.same(Object.keys(summary).sort(), ['excerpt', 'published_at', 'reading_time_minutes', 'section_count', 'slug', 'title', 'updated_at', 'word_count'])
    t.equal(summary.slug, SLUG)
    t.equal(summary.title, 'From Training to Employment: The Power of Healthcare Internships')
    t.equal(summary.section_count, 9)
    t.ok(summary.excerpt.startsWith('The healthcare industry demands more than academic qualifications.'))
    // `wc -w` over the source body, with em dashes as word breaks, counts 646.
    t.equal(summary.word_count, 646)
    t.equal(summary.reading_time_minutes, 4)
    t.same(body.meta.pagination, { page: 1, limit: 20, pages: 1, total: 1, next: null, prev: null })
    t.notOk(res.headers.link, 'no Link header when there is one page')
  })

  t.test('pages with limit/page, sorts, hides drafts and sends Link headers', async (t) => {
    const app = await build(t)
    const { content } = app.repositories
    for (const [slug, title, published_at] of [['b-second', 'B second', '2025-02-01T00:00:00.000Z'], ['a-third', 'A third', '2025-03-01T00:00:00.000Z'], ['c-fourth', 'C fourth', '2025-04-01T00:00:00.000Z']]) {
      await content.upsertArticle({ slug: slug!, title: title!, status: 'published', published_at: published_at!, intro: [{ type: 'paragraph', text: `About ${title}` }], sections: [] })
    }
    await content.upsertArticle({ slug: 'a-draft', title: 'A draft', status: 'draft', intro: [], sections: [] })

    const first = await app.inject({ url: '/v1/articles?limit=2' })
    t.equal(first.statusCode, 200)
    t.same(first.json().data.map((a: { slug: string }) => a.slug), ['c-fourth', 'a-third'], 'newest first by default, no draft')
    t.same(first.json().meta.pagination, { page: 1, limit: 2, pages: 2, total: 4, next: 2, prev: null })
    t.equal(first.headers.link, '</v1/articles?limit=2&page=2>; rel="next"')

    const second = await app.inject({ url: '/v1/articles?limit=2&page=2' })
    t.same(second.json().data.map((a: { slug: string }) => a.slug), ['b-second', SLUG])
    t.same(second.json().meta.pagination, { page: 2, limit: 2, pages: 2, total: 4, next: null, prev: 1 })
    t.equal(second.headers.link, '</v1/articles?limit=2&page=1>; rel="prev"')

    const byTitle = await app.inject({ url: '/v1/articles?sort=title' })
    t.same(byTitle.json().data.map((a: { title: string }) => a.title[0]), ['A', 'B', 'C', 'F'])
    const byTitleDesc = await app.inject({ url: '/v1/articles?sort=-title' })
    t.same(byTitleDesc.json().data.map((a: { title: string }) => a.title[0]), ['F', 'C', 'B', 'A'])
    const oldest = await app.inject({ url: '/v1/articles?sort=published_at&limit=1' })
    t.equal(oldest.json().data[0].slug, SLUG)

    const beyond = await app.inject({ url: '/v1/articles?limit=2&page=9' })
    t.equal(beyond.statusCode, 200)
    t.same(beyond.json().data, [])
    t.equal(beyond.json().meta.pagination.prev, 2, 'prev of a page past the end points at the last page')
  })

  t.test('rejects out-of-range limit and unknown sort with field errors', async (t) => {
    const res = await app.inject({ url: '/v1/articles?limit=101&sort=newest&page=0' })
    t.equal(res.statusCode, 400)
    t.equal(res.headers['content-type'], PROBLEM)
    const body = res.json()
    t.equal(body.status, 400)
    t.same(body.errors.map((e: { path: string }) => e.path).sort(), ['/query/limit', '/query/page', '/query/sort'])
    t.match(body.errors.find((e: { path: string }) => e.path === '/query/sort').message, /one of: published_at, -published_at, title, -title/)
  })
})
