import { request as httpRequest } from 'node:http'
import type { FastifyInstance } from 'fastify'
import { test } from 'tap'
import { loadConfig } from '../../src/config.js'
import { ADMIN, ADMIN_KEY, build, captureLogs, PROBLEM } from '../helper.js'

const DRAFT = {
  slug: 'night-shift-notes',
  title: 'Night Shift Notes',
  intro: [{ type: 'paragraph', text: 'Kept quiet until launch.' }],
  sections: [
    { heading: 'Before the Shift', blocks: [{ type: 'paragraph', text: 'Sleep in the afternoon.' }] },
    { heading: 'During the Shift', blocks: [{ type: 'list', style: 'bullet', items: [{ text: 'Eat at 2 a.m.' }, { text: 'Walk the ward' }] }] },
  ],
  tags: [{ name: 'Embargoed' }],
}
const LINKS = `/v1/admin/articles/${DRAFT.slug}/preview-links`

/** A clock the test moves forward. */
function testClock (start = Date.parse('2026-11-29T15:00:00.000Z')) {
  let now = start
  return { now: () => new Date(now), advance: (ms: number) => { now += ms } }
}

async function createDraft (app: FastifyInstance) {
  const res = await app.inject({ method: 'POST', url: '/v1/admin/articles', headers: ADMIN, payload: DRAFT })
  if (res.statusCode !== 201) throw new Error(`draft not created: ${res.body}`)
}

async function createLink (app: FastifyInstance, payload?: object) {
  const res = await app.inject({ method: 'POST', url: LINKS, headers: ADMIN, ...(payload ? { payload } : {}) })
  if (res.statusCode !== 201) throw new Error(`link not created: ${res.statusCode} ${res.body}`)
  return res
}

/** The path of a preview URL (the answer's url is absolute). */
const pathOf = (url: string) => new URL(url).pathname

/** A 404 body without its request id: what a client could compare. */
const comparable = (body: string) => {
  const { instance, ...rest } = JSON.parse(body) as Record<string, unknown>
  return rest
}

test('preview links: a draft in every representation to the token holder, and to nobody else', async (t) => {
  const clock = testClock()
  const logs = captureLogs()
  const app = await build(t, { clock: clock.now, logStream: logs.stream, env: { LOG_LEVEL: 'trace', LOG_REQUESTS: 'true', PUBLIC_BASE_URL: 'https://api.example.org' } })
  await createDraft(app)

  const created = await createLink(app)
  const link = created.json().data
  t.match(link, { id: Number, token: /^[A-Za-z0-9_-]{43}$/, created_by: 'ADMIN_API_KEY', created_at: '2026-11-29T15:00:00.000Z', expires_at: '2026-12-06T15:00:00.000Z' },
    'a 43-character base64url token, valid for PREVIEW_LINK_TTL_SECONDS (7 days) by default')
  t.equal(link.url, `https://api.example.org/v1/preview/${link.token}`, 'an absolute URL under PUBLIC_BASE_URL')
  t.equal(created.headers.location, `${LINKS}/${link.id}`, "Location: the link's admin URL")
  const stored = await app.database.db.selectFrom('preview_links').selectAll().execute()
  t.equal(stored.length, 1)
  t.notOk(JSON.stringify(stored).includes(link.token), 'the token itself is not stored')
  t.match(stored[0]!.token_hash, /^[0-9a-f]{64}$/, 'its SHA-256 is')
  const preview = pathOf(link.url)

  t.test('JSON: the public article shape, with the draft content; private, no-store, noindex', async (t) => {
    const res = await app.inject({ url: preview })
    t.equal(res.statusCode, 200)
    t.equal(res.headers['content-type'], 'application/json; charset=utf-8')
    t.equal(res.headers['cache-control'], 'private, no-store')
    t.equal(res.headers['x-robots-tag'], 'noindex')
    t.notOk(res.headers.etag, 'no validators: nothing to revalidate a kept copy against')
    t.notOk(res.headers['last-modified'])
    t.match(res.headers.vary, /Accept/)
    const { data } = res.json()
    t.match(data, {
      slug: DRAFT.slug,
      title: DRAFT.title,
      published_at: '2026-11-29T15:00:00.000Z',
      reviews: { count: 0, average: null },
      sections: [{ key: 'before-the-shift', position: 0 }, { key: 'during-the-shift', position: 1 }],
      tags: [{ slug: 'embargoed' }],
    })
    t.notOk('status' in data || 'version' in data, 'the public shape: no admin fields')
    t.equal((await app.inject({ method: 'HEAD', url: preview })).statusCode, 200, 'HEAD too')
  })

  t.test('HTML, Markdown and plain text as Accept asks; 406 for none of them', async (t) => {
    const html = await app.inject({ url: preview, headers: { accept: 'text/html' } })
    t.equal(html.headers['content-type'], 'text/html; charset=utf-8')
    t.match(html.body, /<h1>Night Shift Notes<\/h1>[\s\S]*Kept quiet until launch/)
    t.equal(html.headers['x-robots-tag'], 'noindex')
    const markdown = await app.inject({ url: preview, headers: { accept: 'text/markdown' } })
    t.equal(markdown.headers['content-type'], 'text/markdown; charset=utf-8')
    t.match(markdown.body, /^---\nslug: night-shift-notes\n[\s\S]*# Night Shift Notes\n\nKept quiet until launch\.\n\n## Before the Shift/)
    t.match(markdown.body, /^---\nslug: night-shift-notes\nstatus: draft\n/, 'its front matter says it is a draft')
    t.notMatch(markdown.body, /published_at|^date:/m, 'and gives no publication date')
    const text = await app.inject({ url: preview, headers: { accept: 'text/plain' } })
    t.equal(text.headers['content-type'], 'text/plain; charset=utf-8')
    t.match(text.body, /Night Shift Notes\n=+\n/)
    const refused = await app.inject({ url: preview, headers: { accept: 'image/png' } })
    t.equal(refused.statusCode, 406)
    t.equal(refused.headers['cache-control'], 'private, no-store')
  })

  t.test('sections: a page, and one section in each representation', async (t) => {
    const page = await app.inject({ url: `${preview}/sections?limit=1` })
    t.equal(page.statusCode, 200)
    t.equal(page.headers['cache-control'], 'private, no-store')
    t.equal(page.headers['x-robots-tag'], 'noindex')
    t.match(page.json(), { data: [{ key: 'before-the-shift' }], meta: { next_after: 'before-the-shift' } })
    t.equal(page.json().data.length, 1)
    t.match((await app.inject({ url: `${preview}/sections?after=before-the-shift` })).json(), { data: [{ key: 'during-the-shift' }], meta: { next_after: null } })
    t.equal((await app.inject({ url: `${preview}/sections?after=nope` })).statusCode, 404)

    const section = await app.inject({ url: `${preview}/sections/during-the-shift` })
    t.equal(section.statusCode, 200)
    t.match(section.json(), { data: { key: 'during-the-shift', heading: 'During the Shift', blocks: [{ type: 'list' }] } })
    t.equal(section.headers['cache-control'], 'private, no-store')
    t.match((await app.inject({ url: `${preview}/sections/during-the-shift`, headers: { accept: 'text/html' } })).body, /<h2 id="during-the-shift">During the Shift<\/h2>/)
    t.match((await app.inject({ url: `${preview}/sections/during-the-shift`, headers: { accept: 'text/markdown' } })).body, /^## During the Shift\n\n- Eat at 2 a\.m\./)
    t.match((await app.inject({ url: `${preview}/sections/during-the-shift`, headers: { accept: 'text/plain' } })).body, /During the Shift\n-+\n/)
    t.equal((await app.inject({ url: `${preview}/sections/nope` })).statusCode, 404)
  })

  t.test('the draft stays invisible everywhere public', async (t) => {
    t.equal((await app.inject({ url: `/v1/articles/${DRAFT.slug}` })).statusCode, 404)
    t.equal((await app.inject({ url: `/v1/articles/${DRAFT.slug}/sections` })).statusCode, 404)
    t.notOk((await app.inject({ url: '/v1/articles?limit=100' })).body.includes(DRAFT.slug), 'not listed')
    t.notOk((await app.inject({ url: '/v1/tags' })).body.includes('embargoed'), 'its tag is not counted')
    t.same((await app.inject({ url: '/v1/search?q=afternoon' })).json().data, [], 'not found by search')
    t.notOk((await app.inject({ url: '/feed.xml' })).body.includes(DRAFT.slug), 'not in the feed')
    t.notOk((await app.inject({ url: '/sitemap.xml' })).body.includes(DRAFT.slug), 'not in the sitemap')
  })

  t.test('an edit shows at once', async (t) => {
    const before = await app.inject({ url: preview })
    t.equal(before.json().data.title, DRAFT.title)
    const edit = await app.inject({ method: 'PATCH', url: `/v1/admin/articles/${DRAFT.slug}`, headers: ADMIN, payload: { title: 'Night Shift Notes, Revised' } })
    t.equal(edit.statusCode, 200)
    t.equal((await app.inject({ url: preview })).json().data.title, 'Night Shift Notes, Revised')
    t.match((await app.inject({ url: preview, headers: { accept: 'text/html' } })).body, /<h1>Night Shift Notes, Revised<\/h1>/)
  })

  t.test('the admin list: unexpired links, never a token or hash; one link by id', async (t) => {
    const second = (await createLink(app, { expires_in_seconds: 3600 })).json().data
    const list = await app.inject({ url: LINKS, headers: ADMIN })
    t.equal(list.statusCode, 200)
    t.equal(list.headers['cache-control'], 'private, no-store')
    t.same(list.json().data.map((item: { id: number }) => item.id), [second.id, link.id], 'newest first')
    t.same(Object.keys(list.json().data[0]).sort(), ['created_at', 'created_by', 'expires_at', 'id'])
    t.notOk(list.body.includes(link.token) || list.body.includes(second.token) || list.body.includes(stored[0]!.token_hash), 'no token, no hash')
    const one = await app.inject({ url: `${LINKS}/${second.id}`, headers: ADMIN })
    t.same(one.json(), { data: { id: second.id, created_at: second.created_at, created_by: 'ADMIN_API_KEY', expires_at: '2026-11-29T16:00:00.000Z' } })
  })

  t.test('wrong, expired and revoked tokens: one 404, the same as a missing article', async (t) => {
    const missing = await app.inject({ url: '/v1/articles/nope' })
    const wrong = await app.inject({ url: `/v1/preview/${'A'.repeat(43)}` })
    t.equal(wrong.statusCode, 404)
    t.equal(wrong.headers['content-type'], PROBLEM)
    t.equal(wrong.headers['cache-control'], 'private, no-store')
    t.equal(wrong.headers['x-robots-tag'], 'noindex')
    const shape = comparable(wrong.body)
    t.same(Object.keys(shape).sort(), Object.keys(comparable(missing.body)).sort(), 'the fields of a missing article')
    t.match(shape, { type: 'about:blank', title: 'Not Found', status: 404 })
    t.equal((await app.inject({ url: `/v1/preview/${link.token.slice(0, 42)}` })).statusCode, 404, 'a token one character short')
    t.same(comparable((await app.inject({ url: `/v1/preview/${'A'.repeat(43)}/sections` })).body), shape, 'the sections too')
    t.same(comparable((await app.inject({ url: `/v1/preview/${'A'.repeat(43)}/sections/before-the-shift` })).body), shape)

    const short = (await createLink(app, { expires_in_seconds: 60 })).json().data
    t.equal((await app.inject({ url: pathOf(short.url) })).statusCode, 200)
    clock.advance(59_999)
    t.equal((await app.inject({ url: pathOf(short.url) })).statusCode, 200, 'still valid a millisecond before it expires')
    clock.advance(1)
    const expired = await app.inject({ url: pathOf(short.url) })
    t.equal(expired.statusCode, 404, 'expired')
    t.same(comparable(expired.body), shape, 'answered exactly as a wrong token')
    t.equal((await app.inject({ url: `${LINKS}/${short.id}`, headers: ADMIN })).statusCode, 404, 'and gone from the admin side')
    t.notOk((await app.inject({ url: LINKS, headers: ADMIN })).body.includes(`"id":${short.id},`), 'and from the list')

    const revoke = await app.inject({ method: 'DELETE', url: `${LINKS}/${link.id}`, headers: ADMIN })
    t.equal(revoke.statusCode, 204)
    const revoked = await app.inject({ url: preview })
    t.equal(revoked.statusCode, 404, 'revoked')
    t.same(comparable(revoked.body), shape, 'answered exactly as a wrong token')
    t.equal((await app.inject({ url: `${preview}/sections/before-the-shift` })).statusCode, 404)
    t.equal((await app.inject({ method: 'DELETE', url: `${LINKS}/${link.id}`, headers: ADMIN })).statusCode, 404, 'revoked once')
  })

  t.test('the token never reaches the logs', async (t) => {
    const live = (await createLink(app)).json().data
    t.equal((await app.inject({ url: `${pathOf(live.url)}/nope` })).statusCode, 404, 'an unknown path under a preview')
    // A failure while answering (the database gone, say) is logged with its error and stack: still no URL.
    const previews = app.repositories.previews
    const original = Object.getOwnPropertyDescriptor(previews, 'findArticleSlug')!
    previews.findArticleSlug = async () => { throw new Error('the database does not answer') }
    t.equal((await app.inject({ url: pathOf(live.url) })).statusCode, 500)
    Object.defineProperty(previews, 'findArticleSlug', original)
    const text = logs.text()
    t.ok(text.includes('the database does not answer'), 'the failure is logged')
    t.ok(text.includes('"route":"/v1/preview/:token"'), 'preview requests are logged, by route pattern')
    t.ok(text.includes('"route":"/v1/preview/:token/sections/:key"'))
    t.notOk(text.includes(link.token) || text.includes(live.token), 'not the token')
    t.notOk(text.includes(ADMIN_KEY))
    t.notOk(text.includes('/v1/preview/A'), 'nor a wrong one')
  })
})

test('preview links: admin routes need a key, answer 404 for other articles, bound lifetimes; the front cache never keeps a preview', async (t) => {
  const app = await build(t, { env: { PREVIEW_LINK_TTL_SECONDS: '3600' } })
  await createDraft(app)
  await app.inject({ method: 'POST', url: '/v1/admin/articles', headers: ADMIN, payload: { ...DRAFT, slug: 'another-draft' } })

  for (const [method, url] of [['POST', LINKS], ['GET', LINKS], ['GET', `${LINKS}/1`], ['DELETE', `${LINKS}/1`]] as const) {
    const res = await app.inject({ method, url })
    t.equal(res.statusCode, 401, `${method} ${url} without a key`)
  }
  t.equal((await app.inject({ method: 'POST', url: '/v1/admin/articles/nope/preview-links', headers: ADMIN })).statusCode, 404, 'no such article')
  t.equal((await app.inject({ method: 'GET', url: '/v1/admin/articles/nope/preview-links', headers: ADMIN })).statusCode, 404)
  for (const expires of [59, 7_776_001, 1.5, '1 day']) {
    const res = await app.inject({ method: 'POST', url: LINKS, headers: ADMIN, payload: { expires_in_seconds: expires } })
    t.equal(res.statusCode, 400, `expires_in_seconds ${expires} refused`)
  }
  const longest = (await createLink(app, { expires_in_seconds: 7_776_000 })).json().data
  t.equal(Date.parse(longest.expires_at) - Date.parse(longest.created_at), 90 * 86_400_000, '90 days at most')
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/admin/articles/another-draft/preview-links/${longest.id}`, headers: ADMIN })).statusCode, 404,
    "another article's link is not this one's to revoke")
  t.equal((await app.inject({ url: `/v1/admin/articles/another-draft/preview-links/${longest.id}`, headers: ADMIN })).statusCode, 404)

  t.test('over a socket, where the front cache answers: every preview request reaches the database', async (t) => {
    const published = (await createLink(app)).json().data
    t.equal(Date.parse(published.expires_at) - Date.parse(published.created_at), 3_600_000, 'PREVIEW_LINK_TTL_SECONDS: the lifetime when the request gives none')
    await app.listen({ host: '127.0.0.1', port: 0 })
    const { port } = app.server.address() as { port: number }
    const get = (path: string) => new Promise<{ status: number, body: string }>((resolve, reject) => {
      httpRequest({ host: '127.0.0.1', port, path }, (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk) => { body += chunk })
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      }).on('error', reject).end()
    })
    const path = pathOf(published.url)
    const before = app.frontCache!.stats()
    t.equal((await get(path)).status, 200)
    t.equal((await get(path)).status, 200)
    await app.inject({ method: 'PATCH', url: `/v1/admin/articles/${DRAFT.slug}`, headers: ADMIN, payload: { title: 'Edited Over the Wire' } })
    t.match((await get(path)).body, /"title":"Edited Over the Wire"/, 'a second request after an edit shows the edit')
    // Revoking changes no article, so the content version the front cache keys on stays the same: only a preview
    // never kept can answer 404 now.
    t.equal((await app.inject({ method: 'DELETE', url: `${LINKS}/${published.id}`, headers: ADMIN })).statusCode, 204)
    t.equal((await get(path)).status, 404, 'revoked: 404 at once, the content version unchanged')
    t.match(app.frontCache!.stats(), { hits: before.hits, kept: before.kept }, 'nothing kept, nothing answered from the front cache')
    // (On PostgreSQL the first answers may be kept under a version read before the last write: a few reads, then.)
    for (let read = 0; read < 3; read++) t.equal((await get('/v1/articles/from-training-to-employment-the-power-of-healthcare-internships')).status, 200)
    t.ok(app.frontCache!.stats().hits > before.hits, 'while public reads are answered from it as usual')
  })

  t.test('deleting the article deletes its links', async (t) => {
    const link = (await createLink(app)).json().data
    t.equal((await app.inject({ method: 'DELETE', url: `/v1/admin/articles/${DRAFT.slug}`, headers: ADMIN })).statusCode, 204)
    t.equal((await app.inject({ url: pathOf(link.url) })).statusCode, 404)
    t.equal((await app.database.db.selectFrom('preview_links').select('id').where('id', '=', link.id).execute()).length, 0)
  })
})

test('PREVIEW_LINK_TTL_SECONDS: the default lifetime, validated at start-up', async (t) => {
  t.equal(loadConfig({}).previews.linkTtlSeconds, 604_800, '7 days by default')
  t.equal(loadConfig({ PREVIEW_LINK_TTL_SECONDS: '3600' }).previews.linkTtlSeconds, 3600)
  t.throws(() => loadConfig({ PREVIEW_LINK_TTL_SECONDS: '59' }), /PREVIEW_LINK_TTL_SECONDS must be an integer from 60 to 7776000, got "59"/)
  t.throws(() => loadConfig({ PREVIEW_LINK_TTL_SECONDS: '1d' }), /PREVIEW_LINK_TTL_SECONDS must be an integer/)
})
