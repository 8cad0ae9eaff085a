import { test } from 'tap'
import type { FastifyInstance, InjectOptions } from 'fastify'
import { ADMIN, build, failInsertsInto, PROBLEM, SLUG } from '../../helper.js'

const ARTICLES = '/v1/admin/articles'

const draft = {
  slug: 'finding-a-healthcare-internship',
  title: 'Finding a Healthcare Internship',
  intro: [{ type: 'paragraph', text: 'Most placements are found through people, not job boards.' }],
  sections: [
    { heading: 'Where to Look', blocks: [{ type: 'list', style: 'bullet', items: [{ text: 'Teaching hospitals' }, { text: 'Laboratories' }] }] },
    { heading: 'What to Ask', blocks: [{ type: 'paragraph', text: 'Ask who will supervise you.' }] },
    { key: 'after', heading: 'After the Placement', blocks: [{ type: 'paragraph', text: 'Keep in touch.' }] },
  ],
  tags: [{ name: 'Careers' }, { name: 'Internships' }],
  author: { name: 'Dr. Amna Siddiqui' },
}

function admin (app: FastifyInstance, method: InjectOptions['method'], url: string, payload?: unknown, headers: Record<string, string> = {}) {
  return app.inject({ method, url, headers: { ...ADMIN, ...headers }, ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }) })
}

async function events (app: FastifyInstance) {
  const rows = await app.database.db.selectFrom('webhook_events').select(['type', 'payload']).where('subject_type', '=', 'article').orderBy('created_at').orderBy('id').execute()
  return rows.map((row) => ({ type: row.type, ...JSON.parse(row.payload) as { slug: string, status: string, previous_slug: string | null } }))
}

test('create, read, publish, unpublish and delete an article', async (t) => {
  const app = await build(t)
  const created = await admin(app, 'POST', ARTICLES, draft)
  t.equal(created.statusCode, 201)
  t.equal(created.headers.location, `${ARTICLES}/${draft.slug}`)
  t.match(created.headers.etag, /^"\d+-1-[0-9a-z]+"$/, 'a strong ETag')
  const article = created.json().data
  t.match(article, { slug: draft.slug, status: 'draft', published_at: null, version: 1, updated_by: 'ADMIN_API_KEY', excerpt: draft.intro[0]!.text, language: 'en' })
  t.same(article.sections.map((s: { key: string, position: number }) => [s.key, s.position]), [['where-to-look', 0], ['what-to-ask', 1], ['after', 2]], 'keys from headings unless given')
  t.same(article.tags, [{ slug: 'careers', name: 'Careers' }, { slug: 'internships', name: 'Internships' }])
  t.same(article.author, { slug: 'dr-amna-siddiqui', name: 'Dr. Amna Siddiqui' })

  t.test('drafts are never public', async (t) => {
    t.equal((await app.inject({ url: `/v1/articles/${draft.slug}` })).statusCode, 404)
    t.notOk((await app.inject({ url: '/v1/articles' })).json().data.some((a: { slug: string }) => a.slug === draft.slug))
    t.same((await app.inject({ url: '/v1/tags' })).json().data, [], 'tags of drafts are not listed')
    const listed = (await admin(app, 'GET', `${ARTICLES}?status=draft`)).json()
    t.same(listed.data.map((a: { slug: string }) => a.slug), [draft.slug])
  })

  t.test('the same slug again is a 409 naming it', async (t) => {
    const again = await admin(app, 'POST', ARTICLES, { ...draft, title: 'Another' })
    t.equal(again.statusCode, 409)
    t.equal(again.headers['content-type'], PROBLEM)
    t.match(again.json(), { type: '/problems/slug-taken', detail: `Another article already has the slug "${draft.slug}".` })
  })

  t.test('publish: public at once, published_at set on the first publication and kept', async (t) => {
    const published = await admin(app, 'POST', `${ARTICLES}/${draft.slug}/publish`)
    t.equal(published.statusCode, 200)
    const publishedAt = published.json().data.published_at
    t.match(publishedAt, /^\d{4}-\d\d-\d\dT/)
    const served = await app.inject({ url: `/v1/articles/${draft.slug}` })
    t.equal(served.statusCode, 200)
    t.match(served.json().data, { title: draft.title, tags: draft.tags.map((tag) => ({ name: tag.name })), author: { name: 'Dr. Amna Siddiqui' }, reviews: { count: 0, average: null } })
    t.equal((await admin(app, 'POST', `${ARTICLES}/${draft.slug}/publish`)).json().data.version, 2, 'publishing again changes nothing')
    t.equal((await admin(app, 'POST', `${ARTICLES}/${draft.slug}/unpublish`)).json().data.status, 'draft')
    t.equal((await app.inject({ url: `/v1/articles/${draft.slug}` })).statusCode, 404, 'unpublished: gone from the public API')
    const again = await admin(app, 'POST', `${ARTICLES}/${draft.slug}/publish`)
    t.equal(again.json().data.published_at, publishedAt, 'the first publication date is kept')
  })

  t.test('list filters by tag and author; tags are counted; unknown parameters are refused', async (t) => {
    const byTag = (await app.inject({ url: '/v1/articles?tag=careers' })).json()
    t.same(byTag.data.map((a: { slug: string }) => a.slug), [draft.slug])
    t.match(byTag.data[0], { tags: [{ slug: 'careers' }, { slug: 'internships' }], author: { slug: 'dr-amna-siddiqui' }, reviews: { count: 0, average: null } })
    t.same((await app.inject({ url: '/v1/articles?author=dr-amna-siddiqui' })).json().data.map((a: { slug: string }) => a.slug), [draft.slug])
    t.same((await app.inject({ url: '/v1/articles?tag=nope' })).json().data, [])
    t.same((await app.inject({ url: '/v1/tags' })).json().data, [{ slug: 'careers', name: 'Careers', article_count: 1 }, { slug: 'internships', name: 'Internships', article_count: 1 }])
    const unknown = await app.inject({ url: `/v1/articles/${SLUG}?tags=x` })
    t.equal(unknown.statusCode, 400)
    t.same(unknown.json().errors, [{ path: '/query/tags', message: 'is not a known field or parameter here' }])
  })

  t.test('events: published, updated, unpublished, deleted', async (t) => {
    await admin(app, 'PATCH', `${ARTICLES}/${draft.slug}`, { title: 'Finding an Internship' })
    const deleted = await admin(app, 'DELETE', `${ARTICLES}/${draft.slug}`)
    t.equal(deleted.statusCode, 204)
    t.equal((await admin(app, 'GET', `${ARTICLES}/${draft.slug}`)).statusCode, 404)
    t.equal((await app.inject({ url: `/v1/articles/${draft.slug}` })).statusCode, 404)
    t.same((await events(app)).map((event) => [event.type, event.status]), [
      ['article.updated', 'draft'], ['article.published', 'published'], ['article.unpublished', 'draft'], ['article.published', 'published'],
      ['article.updated', 'published'], ['article.deleted', 'published'],
    ])
  })
})

test('optimistic concurrency: If-Match, 412 and 428', async (t) => {
  const app = await build(t)
  const url = `${ARTICLES}/${SLUG}`
  const read = await admin(app, 'GET', url)
  const etag = read.headers.etag as string

  t.test('two editors read the same version; the second write is refused, nothing is lost', async (t) => {
    const first = await admin(app, 'PATCH', url, { title: 'Edited by Ada' }, { 'if-match': etag })
    t.equal(first.statusCode, 200)
    t.not(first.headers.etag, etag)
    const second = await admin(app, 'PATCH', url, { excerpt: 'Edited by Grace' }, { 'if-match': etag })
    t.equal(second.statusCode, 412)
    t.equal(second.headers['content-type'], PROBLEM)
    t.equal(second.headers.etag, first.headers.etag, 'the current ETag comes with the refusal')
    t.equal(second.json().type, '/problems/precondition-failed')
    const now = (await admin(app, 'GET', url)).json().data
    t.equal(now.title, 'Edited by Ada', "Ada's change survives")
    t.not(now.excerpt, 'Edited by Grace')
    const retried = await admin(app, 'PATCH', url, { excerpt: 'Edited by Grace' }, { 'if-match': `"nope", ${first.headers.etag as string}` })
    t.equal(retried.statusCode, 200, 'a list containing the current ETag passes')
    t.equal((await admin(app, 'PUT', url, { ...now, title: 'x' }, { 'if-match': `W/${retried.headers.etag as string}` })).statusCode, 412, 'weak tags never match If-Match')
    t.equal((await admin(app, 'DELETE', url, undefined, { 'if-match': etag })).statusCode, 412, 'DELETE too')
    t.equal((await admin(app, 'GET', url)).statusCode, 200)
  })

  t.test('REQUIRE_IF_MATCH=true: writes without If-Match are a 428', async (t) => {
    const strict = await build(t, { env: { REQUIRE_IF_MATCH: 'true' } })
    const refused = await admin(strict, 'PATCH', url, { title: 'No precondition' })
    t.equal(refused.statusCode, 428)
    t.equal(refused.json().type, '/problems/precondition-required')
    const current = (await admin(strict, 'GET', url)).headers.etag as string
    t.equal((await admin(strict, 'PATCH', url, { title: 'With one' }, { 'if-match': current })).statusCode, 200)
    t.equal((await admin(strict, 'PATCH', url, { title: 'Star' }, { 'if-match': '*' })).statusCode, 200, '* matches any current version')
    t.equal((await admin(strict, 'POST', ARTICLES, { ...draft, slug: 'new-one' })).statusCode, 201, 'creating needs no precondition')

    // Section writes too: each refused without If-Match, changing nothing, then accepted with the ETag it asks for.
    const sections = `${url}/sections`
    const before = (await admin(strict, 'GET', url)).json().data
    const writes: Array<[InjectOptions['method'], string, unknown, () => Promise<string>]> = [
      ['POST', sections, { heading: 'Added Without a Precondition', blocks: [] }, async () => (await admin(strict, 'GET', url)).headers.etag as string],
      ['PUT', `${sections}/conclusion`, { heading: 'Replaced', blocks: [] }, async () => (await admin(strict, 'GET', `${sections}/conclusion`)).headers.etag as string],
      ['PATCH', `${sections}/conclusion`, { position: 0 }, async () => (await admin(strict, 'GET', `${sections}/conclusion`)).headers.etag as string],
      ['DELETE', `${sections}/conclusion`, undefined, async () => (await admin(strict, 'GET', `${sections}/conclusion`)).headers.etag as string],
    ]
    for (const [method, target, payload] of writes) {
      const refused = await admin(strict, method, target, payload)
      t.equal(refused.statusCode, 428, `${method} ${target.slice(url.length)} without If-Match`)
      t.equal(refused.json().type, '/problems/precondition-required')
    }
    const unchanged = (await admin(strict, 'GET', url)).json().data
    t.same([unchanged.version, unchanged.sections], [before.version, before.sections], 'nothing was written')
    for (const [method, target, payload, etag] of writes) {
      t.ok([200, 201, 204].includes((await admin(strict, method, target, payload, { 'if-match': await etag() })).statusCode), `${method} ${target.slice(url.length)} with If-Match`)
    }
  })
})

test('renaming keeps old slugs answering 301 in one hop', async (t) => {
  const app = await build(t)
  await admin(app, 'PATCH', `${ARTICLES}/${SLUG}`, { slug: 'internships-second-name' })
  await admin(app, 'PATCH', `${ARTICLES}/internships-second-name`, { slug: 'internships' })
  for (const [from, url] of [
    [SLUG, `/v1/articles/${SLUG}`],
    ['internships-second-name', '/v1/articles/internships-second-name/sections?limit=2'],
    [SLUG, `/v1/articles/${SLUG}/sections/conclusion`],
    [SLUG, `/v1/articles/${SLUG}/reviews?limit=5`],
    [SLUG, `/v1/articles/${SLUG}/reviews/summary`],
  ] as const) {
    const res = await app.inject({ url })
    t.equal(res.statusCode, 301, url)
    t.equal(res.headers.location, url.replace(`/articles/${from}`, '/articles/internships'), `${url}: straight to the current slug`)
    t.equal((await app.inject({ url: res.headers.location as string })).statusCode, 200)
  }
  const post = await app.inject({ method: 'POST', url: `/v1/articles/${SLUG}/reviews`, payload: { author_name: 'A', rating: 5, body: 'Good.' } })
  t.equal(post.statusCode, 308, 'a POST is sent on with its method and body')
  t.equal(post.headers.location, '/v1/articles/internships/reviews')

  t.test('an old slug taken by a new article is that article', async (t) => {
    t.equal((await admin(app, 'POST', ARTICLES, { ...draft, slug: 'internships-second-name', status: 'published' })).statusCode, 201)
    const res = await app.inject({ url: '/v1/articles/internships-second-name' })
    t.equal(res.statusCode, 200)
    t.equal(res.json().data.title, draft.title)
  })

  t.test('a renamed article back to draft: its old slugs are 404', async (t) => {
    await admin(app, 'POST', `${ARTICLES}/internships/unpublish`)
    t.equal((await app.inject({ url: `/v1/articles/${SLUG}` })).statusCode, 404)
  })

  t.test('the rename is announced with the previous slug', async (t) => {
    t.match((await events(app)).slice(0, 2), [{ type: 'article.updated', slug: 'internships-second-name', previous_slug: SLUG }, { slug: 'internships', previous_slug: 'internships-second-name' }])
  })
})

test('sections: add, replace, move, re-key and delete, each with its own ETag', async (t) => {
  const app = await build(t)
  await admin(app, 'POST', ARTICLES, { ...draft, status: 'published' })
  const base = `${ARTICLES}/${draft.slug}/sections`
  const keys = async () => (await app.inject({ url: `/v1/articles/${draft.slug}` })).json().data.sections.map((s: { key: string, position: number }) => `${s.position}:${s.key}`)
  const etagOf = async (key: string) => (await admin(app, 'GET', `${base}/${key}`)).headers.etag as string

  const added = await admin(app, 'POST', base, { heading: 'Before You Apply', blocks: [{ type: 'paragraph', text: 'Update your CV.' }], position: 1 })
  t.equal(added.statusCode, 201)
  t.match(added.json().data, { key: 'before-you-apply', position: 1 })
  t.same(await keys(), ['0:where-to-look', '1:before-you-apply', '2:what-to-ask', '3:after'], 'inserted at its position, public at once')
  t.equal((await admin(app, 'POST', base, { heading: 'What to ask', blocks: [] })).statusCode, 409, 'a key the article has is a 409')

  const untouched = await etagOf('where-to-look')
  const old = await etagOf('what-to-ask')
  const replaced = await admin(app, 'PUT', `${base}/what-to-ask`, { heading: 'Questions Worth Asking', blocks: [{ type: 'paragraph', text: 'Who supervises?' }] }, { 'if-match': old })
  t.equal(replaced.statusCode, 200)
  t.match(replaced.json().data, { key: 'what-to-ask', heading: 'Questions Worth Asking', blocks: [{ text: 'Who supervises?' }] }, 'a new heading keeps the key')
  t.equal((await admin(app, 'PUT', `${base}/what-to-ask`, { heading: 'Stale', blocks: [] }, { 'if-match': old })).statusCode, 412, 'a stale section ETag is refused')
  t.equal(await etagOf('where-to-look'), untouched, 'editing one section leaves the others\' ETags alone')

  const moved = await admin(app, 'PATCH', `${base}/after`, { position: 0 })
  t.equal(moved.json().data.position, 0)
  t.same(await keys(), ['0:after', '1:where-to-look', '2:before-you-apply', '3:what-to-ask'], 'positions stay contiguous')
  const rekeyed = await admin(app, 'PATCH', `${base}/after`, { key: 'afterwards', heading: 'Afterwards' })
  t.match(rekeyed.json().data, { key: 'afterwards', heading: 'Afterwards', position: 0 })
  t.equal((await app.inject({ url: `/v1/articles/${draft.slug}/sections/after` })).statusCode, 404)

  t.equal((await admin(app, 'DELETE', `${base}/where-to-look`)).statusCode, 204)
  t.same(await keys(), ['0:afterwards', '1:before-you-apply', '2:what-to-ask'])
  t.equal((await admin(app, 'DELETE', `${base}/where-to-look`)).statusCode, 404)
  const { data } = (await admin(app, 'GET', `${ARTICLES}/${draft.slug}`)).json()
  t.equal(data.version, 6, 'each write one version')
})

test('revisions: every write, listed newest first, restorable as a new version', async (t) => {
  const app = await build(t)
  const url = `${ARTICLES}/${SLUG}`
  await admin(app, 'PATCH', url, { title: 'A Shorter Title' })
  await admin(app, 'DELETE', `${url}/sections/conclusion`)
  const list = (await admin(app, 'GET', `${url}/revisions`)).json()
  t.same(list.data.map((r: { version: number, created_by: string, summary: string }) => [r.version, r.created_by, r.summary]), [
    [3, 'ADMIN_API_KEY', 'removed section conclusion'],
    [2, 'ADMIN_API_KEY', 'title'],
    [1, 'seed', 'created (published, 9 sections)'],
  ])
  const first = (await admin(app, 'GET', `${url}/revisions/1`)).json().data
  t.equal(first.article.title, 'From Training to Employment: The Power of Healthcare Internships')
  t.equal(first.article.sections.length, 9)
  t.equal((await admin(app, 'GET', `${url}/revisions/99`)).statusCode, 404)

  const restored = await admin(app, 'POST', `${url}/revisions/1/restore`)
  t.equal(restored.statusCode, 200)
  t.match(restored.json().data, { version: 4, title: first.article.title })
  const served = (await app.inject({ url: `/v1/articles/${SLUG}` })).json().data
  t.equal(served.sections.length, 9, 'the deleted section is back')
  t.equal((await admin(app, 'GET', `${url}/revisions`)).json().data[0].version, 4)

  t.test('a restore keeps the current status: a published article stays published, a draft stays a draft', async (t) => {
    // Revision 1 is published (the seed), revision 5 a draft.
    t.equal((await admin(app, 'POST', `${url}/unpublish`)).json().data.status, 'draft')
    const fromPublished = await admin(app, 'POST', `${url}/revisions/1/restore`)
    t.equal(fromPublished.statusCode, 200)
    t.match(fromPublished.json().data, { status: 'draft' }, 'restoring a published revision into a draft leaves it a draft')
    t.equal((await app.inject({ url: `/v1/articles/${SLUG}` })).statusCode, 404, 'and off the public API')
    const published = await admin(app, 'POST', `${url}/publish`)
    t.equal(published.json().data.status, 'published')
    const fromDraft = await admin(app, 'POST', `${url}/revisions/5/restore`)
    t.equal(fromDraft.statusCode, 200)
    t.match(fromDraft.json().data, { status: 'published', published_at: published.json().data.published_at }, 'restoring a draft revision into a published article leaves it published')
    t.equal((await app.inject({ url: `/v1/articles/${SLUG}` })).statusCode, 200, 'and public')
  })

  t.test('ARTICLE_REVISIONS_KEEP bounds the history', async (t) => {
    const kept = await build(t, { env: { ARTICLE_REVISIONS_KEEP: '2' } })
    for (const title of ['One', 'Two', 'Three']) await admin(kept, 'PATCH', url, { title })
    t.same((await admin(kept, 'GET', `${url}/revisions`)).json().data.map((r: { version: number }) => r.version), [4, 3])
  })
})

test('Markdown export and import', async (t) => {
  const app = await build(t)
  const exported = await admin(app, 'GET', `${ARTICLES}/${SLUG}/export`)
  t.equal(exported.statusCode, 200)
  t.equal(exported.headers['content-type'], 'text/markdown; charset=utf-8')
  const markdown = exported.body
  t.match(markdown, /^---\nslug: from-training-to-employment-the-power-of-healthcare-internships\nstatus: published\n/)
  t.match(markdown, /\n# From Training to Employment: The Power of Healthcare Internships\n/)
  t.match(markdown, /\n## Why Training Alone Is No Longer Enough\n/)
  t.match(markdown, /\n- Work in live healthcare environments\n/)

  t.test('exporting the seed and importing it back gives the identical article', async (t) => {
    const before = (await app.inject({ url: `/v1/articles/${SLUG}` })).json()
    const adminBefore = (await admin(app, 'GET', `${ARTICLES}/${SLUG}`)).json().data
    const imported = await admin(app, 'POST', `${ARTICLES}/import`, markdown, { 'content-type': 'text/markdown' })
    t.equal(imported.statusCode, 200, 'replaced (it exists)')
    t.same(imported.json().data, adminBefore, 'nothing changed: not even the version')
    t.same((await app.inject({ url: `/v1/articles/${SLUG}` })).json(), before)
    const fresh = await build(t, { seed: false })
    const created = await admin(fresh, 'POST', `${ARTICLES}/import`, markdown, { 'content-type': 'text/markdown' })
    t.equal(created.statusCode, 201)
    const served = (await fresh.inject({ url: `/v1/articles/${SLUG}` })).json()
    t.same({ ...served.data, updated_at: null }, { ...before.data, updated_at: null }, 'the same article in an empty database')
  })

  t.test('a new article is a 201 with its Location, as POST gives it; a replaced one a 200 without', async (t) => {
    const text = '---\nslug: questions-for-your-supervisor\n---\n# Questions for Your Supervisor\n\nAsk early.\n'
    const created = await admin(app, 'POST', `${ARTICLES}/import`, text, { 'content-type': 'text/markdown' })
    t.equal(created.statusCode, 201)
    t.equal(created.headers.location, `${ARTICLES}/questions-for-your-supervisor`, 'Location: the new article\'s admin URL')
    const there = await admin(app, 'GET', created.headers.location as string)
    t.equal(there.statusCode, 200, 'which answers')
    t.equal(there.headers.etag, created.headers.etag, 'with the article created')
    const replaced = await admin(app, 'POST', `${ARTICLES}/import`, text.replace('Ask early.', 'Ask early; it saves weeks.'), { 'content-type': 'text/markdown' })
    t.equal(replaced.statusCode, 200)
    t.notOk('location' in replaced.headers, 'a replacement creates nothing: no Location')

    const operations = (app.swagger() as unknown as { paths: Record<string, Record<string, { responses: Record<string, { headers?: Record<string, unknown> }> }>> }).paths
    const headersOf = (path: string) => Object.keys(operations[path]!.post!.responses['201']!.headers ?? {})
    t.same(headersOf(`${ARTICLES}/import`), headersOf(ARTICLES), 'the document says so, in the words of POST')
    t.ok(headersOf(`${ARTICLES}/import`).includes('Location'))
  })

  t.test('a renamed key, tags, author and fields travel in the front matter', async (t) => {
    await admin(app, 'POST', ARTICLES, { ...draft, excerpt: 'Hand-written.', canonical_url: 'https://example.org/a', cover_image: { url: 'https://cdn.example.org/a.jpg', alt: 'Interns' } })
    const text = (await admin(app, 'GET', `${ARTICLES}/${draft.slug}/export`)).body
    t.match(text, /section_keys:\n {2}- where-to-look\n {2}- what-to-ask\n {2}- after\n/)
    const before = (await admin(app, 'GET', `${ARTICLES}/${draft.slug}`)).json().data
    await admin(app, 'DELETE', `${ARTICLES}/${draft.slug}`)
    const again = await admin(app, 'POST', `${ARTICLES}/import`, text, { 'content-type': 'text/markdown' })
    t.equal(again.statusCode, 201)
    const after = again.json().data
    for (const field of ['slug', 'title', 'excerpt', 'status', 'intro', 'sections', 'tags', 'author', 'canonical_url', 'cover_image', 'language']) {
      t.same(after[field], before[field], field)
    }
  })

  t.test('rich constructs import; what was not kept as written comes back as warnings', async (t) => {
    const text = '---\nslug: rich\ncolour: red\n---\n# Rich\n\n![x](a.png)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- one\n  - nested\n\n<div>hi</div>\n\n### Deep\n\nSome *emphasis* here\n'
    const res = await admin(app, 'POST', `${ARTICLES}/import`, text, { 'content-type': 'text/markdown' })
    t.equal(res.statusCode, 201)
    const { data, warnings } = res.json()
    t.same(data.intro.map((block: { type: string }) => block.type), ['image', 'table', 'list', 'html'])
    t.same(data.sections.map((section: { key: string }) => section.key), ['deep'], 'the body\'s top heading level (###) starts the sections')
    t.same(warnings, [
      { line: 3, column: 1, message: 'front matter field "colour" is not an article field: ignored' },
      { path: '/intro/0/url', line: 7, column: 1, message: 'image "a.png" is relative: kept as written (it resolves against the page that shows the article)' },
    ])
    const noSlug = await admin(app, 'POST', `${ARTICLES}/import`, '# T\n\nText.\n', { 'content-type': 'text/markdown' })
    t.equal(noSlug.statusCode, 201, 'without a slug: the slug of the title')
    t.equal(noSlug.json().data.slug, 't')
  })

  t.test('a refusal lists every problem with its line, and stores nothing', async (t) => {
    const text = '---\nslug: not-stored\ndate: someday\nsection_keys: [a]\n---\n# Title\n\n[bad](javascript:alert(1))\n\n## One\n\n## Two\n\n![](data:x)\n'
    const res = await admin(app, 'POST', `${ARTICLES}/import`, text, { 'content-type': 'text/markdown' })
    t.equal(res.statusCode, 400)
    t.equal(res.headers['content-type'], PROBLEM)
    t.same(res.json().errors, [
      { path: '/body/published_at', line: 3, column: 1, message: '"date" is not a date: write 2024-03-05 or 2024-03-05T10:00:00Z' },
      { path: '/body/section_keys', line: 4, column: 1, message: 'section_keys lists 1 keys for 2 sections: give one key per section, in order' },
      { path: '/body/intro/0/children/0/url', line: 8, column: 1, message: 'must be an http(s), mailto or tel URL, or a relative one' },
      { path: '/body/sections/1/blocks/0/url', line: 14, column: 1, message: 'must be an http(s) URL or a relative one' },
    ])
    t.equal((await admin(app, 'GET', `${ARTICLES}/not-stored`)).statusCode, 404, 'nothing was stored')
  })
})

test('limits and bad input change nothing', async (t) => {
  const app = await build(t, { seed: false, env: { AUTHORING_MAX_SECTIONS: '3', AUTHORING_MAX_LIST_ITEMS: '2', AUTHORING_BODY_LIMIT_BYTES: '4096' } })
  t.equal((await admin(app, 'POST', ARTICLES, draft)).statusCode, 201, 'within the limits')
  const tooMany = await admin(app, 'POST', ARTICLES, { ...draft, sections: [...draft.sections, { heading: 'Four', blocks: [] }] })
  t.equal(tooMany.statusCode, 400)
  t.same(tooMany.json().errors, [{ path: '/body/sections', message: 'must have at most 3 sections (AUTHORING_MAX_SECTIONS)' }])
  const longList = await admin(app, 'POST', ARTICLES, { ...draft, sections: [{ heading: 'A', blocks: [{ type: 'list', style: 'bullet', items: [{ text: '1' }, { text: '2' }, { text: '3' }] }] }] })
  t.same(longList.json().errors, [{ path: '/body/sections/0/blocks/0/items', message: 'must have at most 2 items (AUTHORING_MAX_LIST_ITEMS)' }])
  const badBlock = await admin(app, 'POST', ARTICLES, { ...draft, sections: [{ heading: 'A', blocks: [{ type: 'list', style: 'zigzag', items: [] }] }] })
  t.equal(badBlock.statusCode, 400)
  t.match(badBlock.json().errors, [{ path: '/body/sections/0/blocks/0/style' }], 'an invalid block shape is named by its JSON path')
  const huge = await admin(app, 'POST', ARTICLES, { ...draft, intro: [{ type: 'paragraph', text: 'x'.repeat(5000) }] })
  t.equal(huge.statusCode, 413)
  t.equal(huge.headers['content-type'], PROBLEM)
  t.equal((await admin(app, 'GET', `${ARTICLES}?limit=100`)).json().meta.pagination.total, 1, 'nothing else was stored')

  t.test('a write failing half-way leaves the article byte-identical', async (t) => {
    const url = `${ARTICLES}/${draft.slug}`
    await admin(app, 'POST', `${url}/publish`)
    const before = (await admin(app, 'GET', url)).json()
    const exported = (await admin(app, 'GET', `${url}/export`)).body
    // Fail the transaction at its last step: after the article, its sections and blocks were rewritten.
    const undo = await failInsertsInto(app, 'article_revisions')
    const failed = await admin(app, 'PUT', url, { ...before.data, title: 'Half-way', sections: before.data.sections.slice(1) })
    t.equal(failed.statusCode, 500)
    await undo()
    t.same((await admin(app, 'GET', url)).json(), before)
    t.equal((await admin(app, 'GET', `${url}/export`)).body, exported)
    t.equal((await app.inject({ url: `/v1/articles/${draft.slug}` })).json().data.title, before.data.title, 'the public route agrees')
  })
})

test('a canonical_url that is not an absolute http(s) URL is a 400, not a stored article that cannot be served', async (t) => {
  const app = await build(t)
  for (const canonical_url of ['@', 'not a url', 'ftp://example.org/a', '/relative/path']) {
    const created = await admin(app, 'POST', ARTICLES, { ...draft, canonical_url })
    t.equal(created.statusCode, 400, canonical_url)
    t.equal(created.headers['content-type'], PROBLEM)
    t.match(created.json().errors, [{ path: '/body/canonical_url' }])
    const patched = await admin(app, 'PATCH', `${ARTICLES}/${SLUG}`, { canonical_url }, { 'if-match': '*' })
    t.equal(patched.statusCode, 400, `PATCH ${canonical_url}`)
  }
  t.equal((await admin(app, 'GET', `${ARTICLES}/${draft.slug}`)).statusCode, 404, 'nothing stored')
  t.equal((await admin(app, 'POST', ARTICLES, { ...draft, canonical_url: 'https://example.org/original' })).statusCode, 201)
})

test('the same tag twice is a 400, not a 500 from the article_tags key', async (t) => {
  const app = await build(t)
  const cases: Array<[Array<{ name: string, slug?: string }>, string]> = [
    [[{ name: 'Careers' }, { name: 'Careers' }], 'careers'],
    [[{ name: 'Careers' }, { name: 'careers!' }], 'careers'],
    [[{ name: 'A', slug: 'x' }, { name: 'B', slug: 'x' }], 'x'],
  ]
  for (const [tags, slug] of cases) {
    const created = await admin(app, 'POST', ARTICLES, { ...draft, tags })
    t.equal(created.statusCode, 400)
    t.equal(created.headers['content-type'], PROBLEM)
    t.same(created.json().errors, [{ path: '/body/tags/1', message: `repeats the tag "${slug}"` }])
    const patched = await admin(app, 'PATCH', `${ARTICLES}/${SLUG}`, { tags }, { 'if-match': '*' })
    t.equal(patched.statusCode, 400, 'PATCH too')
  }
  t.equal((await admin(app, 'GET', `${ARTICLES}/${draft.slug}`)).statusCode, 404, 'nothing stored')
})

test('a heading that gives no key (no ASCII letters or digits) needs an explicit key: never an empty one', async (t) => {
  const app = await build(t)
  const added = await admin(app, 'POST', `${ARTICLES}/${SLUG}/sections`, { heading: '🚀 ✨', blocks: [] }, { 'if-match': '*' })
  t.equal(added.statusCode, 400)
  t.same(added.json().errors, [{ path: '/body/key', message: 'is required: the heading has no letters or digits to make a key from' }])
  const keyed = await admin(app, 'POST', `${ARTICLES}/${SLUG}/sections`, { heading: '🚀 ✨', key: 'launch', blocks: [] }, { 'if-match': '*' })
  t.equal(keyed.statusCode, 201)
  t.equal(keyed.json().data.key, 'launch')
  const created = await admin(app, 'POST', ARTICLES, { ...draft, sections: [...draft.sections, { heading: 'مرحبا', blocks: [] }] })
  t.equal(created.statusCode, 400)
  t.same(created.json().errors, [{ path: '/body/sections/3/key', message: 'is required: the heading has no letters or digits to make a key from' }])
})

test('a tag or author name without a letter or digit, and no slug given, is a 400 naming the slug (found by the fuzzer)', async (t) => {
  const app = await build(t)
  const url = `/v1/admin/articles/${SLUG}`
  for (const [body, path] of [[{ tags: [{ name: 'Careers' }, { name: '!!!' }] }, '/body/tags/1/slug'], [{ author: { name: '—' } }, '/body/author/slug']] as const) {
    const res = await app.inject({ method: 'PATCH', url, headers: ADMIN, payload: body })
    t.equal(res.statusCode, 400)
    t.equal(res.headers['content-type'], PROBLEM)
    t.same(res.json().errors.map((error: { path: string }) => error.path), [path])
  }
  t.equal((await app.inject({ method: 'PATCH', url, headers: ADMIN, payload: { tags: [{ name: '!!!', slug: 'bangs' }] } })).statusCode, 200, 'with a slug it is fine')
  t.same((await app.inject({ url: `/v1/articles/${SLUG}` })).json().data.tags, [{ slug: 'bangs', name: '!!!' }])
})
