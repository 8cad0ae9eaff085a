import { test } from 'tap'
import { build, PROBLEM, SLUG } from '../helper.js'

// Literals, not values computed by the functions that serve them (src/content/model/text.ts): a change there must show here.
const EXCERPT = 'The healthcare industry demands more than academic qualifications. Employers today seek professionals who are confident, adaptable, and capable of performing…'
const SECTION_KEYS = [
  'why-training-alone-is-no-longer-enough',
  'the-role-of-healthcare-internships-in-career-development',
  'building-job-ready-skills-through-hands-on-experience',
  'how-internships-improve-employment-opportunities',
  'developing-soft-skills-that-matter-in-healthcare',
  'supporting-workforce-development-in-healthcare',
  'the-importance-of-internships-in-pakistans-healthcare-sector',
  'from-intern-to-healthcare-professional',
  'conclusion',
]

test('GET /v1/articles', async (t) => {
  const app = await build(t)

  t.test('lists the published seed article as a summary', async (t) => {
    const res = await app.inject({ url: '/v1/articles' })
    t.equal(res.statusCode, 200)
    t.equal(res.headers['content-type'], 'application/json; charset=utf-8')
    const body = res.json()
    t.equal(body.data.length, 1)
    const summary = body.data[0]
    t.same(Object.keys(summary).sort(), [
      'author', 'canonical_url', 'cover_image', 'excerpt', 'language', 'meta_description', 'meta_title', 'published_at', 'reading_time_minutes',
      'reviews', 'section_count', 'slug', 'tags', 'title', 'updated_at', 'word_count',
    ])
    t.match(summary, { author: null, tags: [], language: 'en', canonical_url: null, meta_title: null, meta_description: null, cover_image: null, reviews: { count: 0, average: null } })
    t.equal(summary.slug, SLUG)
    t.equal(summary.title, 'From Training to Employment: The Power of Healthcare Internships')
    t.equal(summary.section_count, 9)
    t.ok(summary.excerpt.startsWith('The healthcare industry demands more than academic qualifications.'))
    t.equal(summary.excerpt, EXCERPT, 'the first intro paragraph cut at a word before 160 characters, with an ellipsis')
    // `wc -w` over the source body, with em dashes as word breaks, counts 646.
    t.equal(summary.word_count, 646)
    t.equal(summary.reading_time_minutes, 4)
    t.same(body.meta.pagination, { page: 1, limit: 20, pages: 1, total: 1, next: null, prev: null })
    t.notOk(res.headers.link, 'no Link header when there is one page')
  })

  t.test('pages with limit/page, sorts, hides drafts and sends Link headers', async (t) => {
    const app = await build(t)
    const content = app.services.authoring
    for (const [slug, title, published_at] of [['b-second', 'B second', '2025-02-01T00:00:00.000Z'], ['a-third', 'A third', '2025-03-01T00:00:00.000Z'], ['c-fourth', 'C fourth', '2025-04-01T00:00:00.000Z']]) {
      await content.upsert({ slug: slug!, title: title!, status: 'published', published_at: published_at!, intro: [{ type: 'paragraph', text: `About ${title}` }], sections: [] }, { by: 'test' })
    }
    await content.upsert({ slug: 'a-draft', title: 'A draft', status: 'draft', intro: [], sections: [] }, { by: 'test' })

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

test('GET /v1/articles/:slug', async (t) => {
  const app = await build(t)

  t.test('returns the whole article in one call', async (t) => {
    const res = await app.inject({ url: `/v1/articles/${SLUG}` })
    t.equal(res.statusCode, 200)
    const { data } = res.json()
    t.same(Object.keys(data).sort(), [
      'author', 'canonical_url', 'cover_image', 'excerpt', 'intro', 'language', 'meta_description', 'meta_title', 'published_at',
      'reading_time_minutes', 'reviews', 'sections', 'slug', 'tags', 'title', 'toc', 'updated_at', 'word_count',
    ])
    t.same(data.reviews, { count: 0, average: null }, 'enough to render "0 Reviews"')
    t.equal(data.intro.length, 2)
    t.equal(data.sections.length, 9)
    t.same(data.sections.map((s: { position: number }) => s.position), [0, 1, 2, 3, 4, 5, 6, 7, 8])
    t.same(data.toc, data.sections.map((s: { key: string, heading: string }) => ({ key: s.key, heading: s.heading })))
    t.same(data.toc.map((entry: { key: string }) => entry.key), SECTION_KEYS)
    t.same(data.sections.map((s: { key: string }) => s.key), SECTION_KEYS, 'section keys: the headings slugified, apostrophes dropped')
    t.equal(data.word_count, 646)
    t.equal(data.reading_time_minutes, 4, '646 words at 200 a minute, rounded up')
    t.equal(data.excerpt, EXCERPT)
    const first = data.sections[0]
    t.same(first.blocks.map((b: { type: string }) => b.type), ['paragraph', 'paragraph', 'list', 'paragraph'])
    t.equal(first.blocks[1].text, 'Healthcare internships address this challenge by allowing students to:', 'lead-in sentence kept as a paragraph')
    const item = (text: string) => ({ text, checked: null, spread: false, children: [{ type: 'paragraph', text, children: [{ type: 'text', value: text }] }] })
    t.same(first.blocks[2], {
      type: 'list',
      style: 'bullet',
      start: null,
      spread: false,
      items: [
        item('Work in live healthcare environments'),
        item('Observe real patient care and operational workflows'),
        item('Understand professional responsibilities and ethics'),
        item('Gain exposure to healthcare technology and systems'),
      ],
    }, 'a list: each item keeps its plain text, and its content as blocks')
    t.same(first.blocks[0].children, [{ type: 'text', value: first.blocks[0].text }], 'a plain paragraph: its text as one text node')
    t.equal(data.published_at, '2025-01-15T09:00:00.000Z')
    t.match(data.updated_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
  })

  t.test('unknown slug is a 404 problem', async (t) => {
    const res = await app.inject({ url: '/v1/articles/no-such-article' })
    t.equal(res.statusCode, 404)
    t.equal(res.headers['content-type'], PROBLEM)
    t.match(res.json(), { type: 'about:blank', title: 'Not Found', status: 404, detail: 'No published article "no-such-article".' })
  })

  t.test('a draft is a 404', async (t) => {
    const app = await build(t)
    await app.services.authoring.upsert({ slug: 'work-in-progress', title: 'WIP', status: 'draft', intro: [{ type: 'paragraph', text: 'Secret' }], sections: [] }, { by: 'test' })
    for (const url of ['/v1/articles/work-in-progress', '/v1/articles/work-in-progress/sections']) {
      const res = await app.inject({ url })
      t.equal(res.statusCode, 404, url)
    }
    t.same((await app.inject({ url: '/v1/articles' })).json().data.map((a: { slug: string }) => a.slug), [SLUG])
  })

  t.test('a malformed slug names no article: 404; an absurdly long one is a 414, a broken URL a 400', async (t) => {
    for (const slug of ['Not_A_Slug', 'FROM-TRAINING', 'caf%C3%A9', '..%2F..%2Fetc']) {
      const res = await app.inject({ url: `/v1/articles/${slug}` })
      t.equal(res.statusCode, 404, slug)
      t.equal(res.headers['content-type'], PROBLEM)
    }
    t.equal((await app.inject({ url: `/v1/articles/${'a'.repeat(200)}` })).statusCode, 404)
    const long = await app.inject({ url: `/v1/articles/${'a'.repeat(201)}` })
    t.equal(long.statusCode, 414)
    t.equal(long.headers['content-type'], PROBLEM)
    t.equal(long.json().detail, 'A path segment is longer than 200 characters.')
    const badEncoding = await app.inject({ url: '/v1/articles/%E0%A4%A' })
    t.equal(badEncoding.statusCode, 400)
    t.equal(badEncoding.headers['content-type'], PROBLEM)
  })
})

test('GET /v1/articles/:slug/sections', async (t) => {
  const app = await build(t)

  t.test('returns all sections in order by default', async (t) => {
    const res = await app.inject({ url: `/v1/articles/${SLUG}/sections` })
    t.equal(res.statusCode, 200)
    const body = res.json()
    t.equal(body.data.length, 9)
    t.equal(body.meta.next_after, null)
  })

  t.test('pages with limit and after', async (t) => {
    const keys: string[] = []
    let after: string | null = null
    let calls = 0
    do {
      const query: Record<string, string> = after ? { limit: '4', after } : { limit: '4' }
      const res = await app.inject({ url: `/v1/articles/${SLUG}/sections`, query })
      t.equal(res.statusCode, 200)
      const body: { data: Array<{ key: string }>, meta: { next_after: string | null } } = res.json()
      t.ok(body.data.length <= 4)
      keys.push(...body.data.map((s: { key: string }) => s.key))
      after = body.meta.next_after
      if (after) t.equal(after, body.data[body.data.length - 1]!.key)
      calls++
    } while (after && calls < 10)
    t.equal(calls, 3)
    const all = (await app.inject({ url: `/v1/articles/${SLUG}` })).json().data.toc.map((e: { key: string }) => e.key)
    t.same(keys, all, 'paging visits every section once, in order')
  })

  t.test('the last full page says there is no more', async (t) => {
    const res = await app.inject({ url: `/v1/articles/${SLUG}/sections?after=from-intern-to-healthcare-professional&limit=1` })
    t.same(res.json().data.map((s: { key: string }) => s.key), ['conclusion'])
    t.equal(res.json().meta.next_after, null)
  })

  t.test('unknown after key is a 404; bad limit a 400', async (t) => {
    const unknown = await app.inject({ url: `/v1/articles/${SLUG}/sections?after=nope` })
    t.equal(unknown.statusCode, 404)
    t.equal(unknown.headers['content-type'], PROBLEM)
    const bad = await app.inject({ url: `/v1/articles/${SLUG}/sections?limit=51` })
    t.equal(bad.statusCode, 400)
    t.same(bad.json().errors, [{ path: '/query/limit', message: 'must be at most 50' }])
    const unknownArticle = await app.inject({ url: '/v1/articles/nope/sections' })
    t.equal(unknownArticle.statusCode, 404)
  })
})

test('GET /v1/articles/:slug/sections/:key', async (t) => {
  const app = await build(t)

  t.test('returns one section', async (t) => {
    const res = await app.inject({ url: `/v1/articles/${SLUG}/sections/the-importance-of-internships-in-pakistans-healthcare-sector` })
    t.equal(res.statusCode, 200)
    const { data } = res.json()
    t.equal(data.heading, 'The Importance of Internships in Pakistan’s Healthcare Sector', 'typographic apostrophe kept')
    t.equal(data.position, 6)
    t.equal(data.blocks[2].items.length, 4)
  })

  t.test('unknown or malformed key is a 404 problem', async (t) => {
    const res = await app.inject({ url: `/v1/articles/${SLUG}/sections/nope` })
    t.equal(res.statusCode, 404)
    t.equal(res.json().detail, `Article "${SLUG}" has no section "nope".`)
    const malformed = await app.inject({ url: `/v1/articles/${SLUG}/sections/NOPE!` })
    t.equal(malformed.statusCode, 404)
    t.equal(malformed.headers['content-type'], PROBLEM)
  })
})
