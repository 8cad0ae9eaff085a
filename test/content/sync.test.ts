// GET /v1/sync: an app's offline copy, kept with the typed client (openapi-fetch over openapi/openapi.d.ts) through a
// random script of admin writes, equals the server's published articles field by field; writes committed while a sync
// is paged come with the next sync; tokens are validated, expire with the tombstones, and work on every instance.
import { test } from 'tap'
import fc from 'fast-check'
import createClient from 'openapi-fetch'
import type { FastifyInstance } from 'fastify'
import type { paths } from '../../openapi/openapi.js'
import { encodeSyncToken } from '../../src/content/sync/token.js'
import { ADMIN, build, databaseEnv, PROBLEM, SLUG, TEST_DATABASE_URL } from '../helper.js'

const DAY_MS = 24 * 60 * 60 * 1000

/** openapi-fetch's fetch, answered by app.inject (no socket). */
function injectFetch (app: FastifyInstance) {
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url)
    const res = await app.inject({ method: request.method as 'GET', url: url.pathname + url.search, headers: Object.fromEntries(request.headers) })
    const headers = new Headers()
    for (const [name, value] of Object.entries(res.headers)) if (value !== undefined) headers.set(name, String(value))
    return new Response(res.statusCode === 204 || res.statusCode === 304 ? null : res.rawPayload, { status: res.statusCode, headers })
  }
}

/** The client as the README makes it: JSON answers. */
const clientOf = (app: FastifyInstance) => createClient<paths, `${string}/${string}json`>({ baseUrl: 'http://localhost', fetch: injectFetch(app) })
type Api = ReturnType<typeof clientOf>
type Article = Record<string, unknown> & { slug: string }

/** An app's copy: articles by id, and the token to sync from. */
class LocalCopy {
  readonly byId = new Map<number, Article>()
  /** The same copy kept by slug (an app that knows articles by slug needs the rename tombstones). */
  readonly keyedBySlug = new Map<string, Article>()
  token: string | undefined
  pages = 0

  /** Syncs to the end (every page), `limit` items a page; `apis` answer the pages in turn (instances of one service). */
  async sync (apis: Api[], limit: number, between?: (page: number) => Promise<unknown>) {
    let token = this.token
    for (let page = 0; ; page++) {
      const api = apis[(this.pages++) % apis.length]!
      const { data, error, response } = await api.GET('/v1/sync', { params: { query: { limit, ...(token ? { sync_token: token } : {}) } } })
      if (error) throw new Error(`sync page ${page}: ${response.status} ${error.detail}`)
      for (const item of data.data) {
        if (item.type === 'deleted') {
          this.byId.delete(item.id)
          this.keyedBySlug.delete(item.slug)
        } else {
          this.byId.set(item.id, item.article)
          this.keyedBySlug.set(item.article.slug, item.article)
        }
      }
      if (data.next_sync_token) {
        this.token = data.next_sync_token
        return
      }
      token = data.next_page_token
      await between?.(page)
    }
  }

  /** The copy by slug, sorted; throws when the copies kept by id and by slug differ. */
  bySlug () {
    const sorted = (articles: Iterable<Article>) => Object.fromEntries([...articles].map((article): [string, Article] => [article.slug, article]).sort(([a], [b]) => a.localeCompare(b)))
    const byId = sorted(this.byId.values())
    if (JSON.stringify(byId) !== JSON.stringify(sorted(this.keyedBySlug.values()))) throw new Error(`the copies by id and by slug differ: ${Object.keys(byId).join()} / ${[...this.keyedBySlug.keys()].sort().join()}`)
    return byId
  }
}

/** Every published article as GET /v1/articles/{slug} serves it (without `reviews`, which sync leaves out), by slug. */
async function publishedArticles (api: Api) {
  const { data: list } = await api.GET('/v1/articles', { params: { query: { limit: 100, fields: 'slug' } } })
  const articles: Record<string, Article> = {}
  for (const { slug } of list!.data as Array<{ slug: string }>) {
    const { data } = await api.GET('/v1/articles/{slug}', { params: { path: { slug } } })
    const { reviews: _reviews, ...article } = data!.data as Article
    articles[slug] = article
  }
  return Object.fromEntries(Object.entries(articles).sort(([a], [b]) => a.localeCompare(b)))
}

const paragraph = (text: string) => [{ type: 'paragraph', text }]

/** Admin writes through the API; each returns the status code. */
function writer (app: FastifyInstance) {
  const send = async (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
    (await app.inject({ method, url: `/v1/admin${url}`, headers: ADMIN, ...(payload ? { payload } : {}) })).statusCode
  return {
    create: (slug: string, published: boolean, author = 'Ada Writer') => send('POST', '/articles', {
      slug,
      title: `Article ${slug}`,
      status: published ? 'published' : 'draft',
      author: { name: author, slug: 'ada' },
      intro: paragraph(`Intro of ${slug}.`),
      sections: [{ heading: 'First', blocks: paragraph('One.') }, { heading: 'Second', blocks: paragraph('Two.') }],
    }),
    patch: (slug: string, changes: Record<string, unknown>) => send('PATCH', `/articles/${slug}`, changes),
    section: (slug: string, text: string) => send('POST', `/articles/${slug}/sections`, { heading: text, blocks: paragraph(text) }),
    remove: (slug: string) => send('DELETE', `/articles/${slug}`),
  }
}

type Command =
  | { op: 'create', published: boolean }
  | { op: 'title' | 'section' | 'rename' | 'publish' | 'unpublish' | 'delete' | 'author', pick: number }
  | { op: 'sync', limit: number }

const commandArbitrary: fc.Arbitrary<Command> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('create' as const), published: fc.boolean() }), weight: 3 },
  {
    arbitrary: fc.record({ op: fc.constantFrom('title' as const, 'section' as const, 'rename' as const, 'publish' as const, 'unpublish' as const, 'delete' as const, 'author' as const), pick: fc.nat(1000) }),
    weight: 7,
  },
  { arbitrary: fc.record({ op: fc.constant('sync' as const), limit: fc.integer({ min: 1, max: 4 }) }), weight: 2 }
)

test('an app keeps a copy with the typed client through a random script of writes', async (t) => {
  // On PostgreSQL two instances on one database answer the pages in turn: tokens work on either.
  const env = TEST_DATABASE_URL ? await databaseEnv(t) : {}
  const app = await build(t, { env })
  const apps = TEST_DATABASE_URL ? [app, await build(t, { env, seed: false })] : [app]
  const apis = apps.map(clientOf)
  const write = writer(app)
  const copy = new LocalCopy()
  await copy.sync(apis, 2)
  t.same(Object.keys(copy.bySlug()), [SLUG], 'the initial sync brings the seed article')

  const script = fc.sample(fc.array(commandArbitrary, { minLength: 50, maxLength: 50 }), { seed: 23, numRuns: 1 })[0]!
  const slugs: string[] = [SLUG]
  let made = 0
  const picked = (pick: number) => slugs[pick % slugs.length]!
  const counts: Record<string, number> = {}
  for (const command of script) {
    if (command.op === 'sync') {
      await copy.sync(apis, command.limit)
      continue
    }
    if (command.op !== 'create' && slugs.length === 0) continue
    let status: number
    switch (command.op) {
      case 'create': {
        const slug = `article-${++made}`
        status = await write.create(slug, command.published)
        slugs.push(slug)
        break
      }
      case 'title': status = await write.patch(picked(command.pick), { title: `Retitled ${command.pick}` }); break
      case 'section': status = await write.section(picked(command.pick), `Added ${++made}`); break
      case 'publish': status = await write.patch(picked(command.pick), { status: 'published' }); break
      case 'unpublish': status = await write.patch(picked(command.pick), { status: 'draft' }); break
      // The shared author's name shows in every article by them: renaming it changes those articles too.
      case 'author': status = await write.patch(picked(command.pick), { author: { name: `Ada ${command.pick}`, slug: 'ada' } }); break
      case 'rename': {
        const index = command.pick % slugs.length
        const slug = `renamed-${++made}`
        status = await write.patch(slugs[index]!, { slug })
        slugs[index] = slug
        break
      }
      case 'delete': {
        const index = command.pick % slugs.length
        status = await write.remove(slugs[index]!)
        slugs.splice(index, 1)
        break
      }
    }
    t.ok(status === 200 || status === 201 || status === 204, `${command.op}: ${status}`)
    counts[command.op] = (counts[command.op] ?? 0) + 1
  }
  t.ok(['create', 'title', 'section', 'rename', 'publish', 'delete', 'unpublish', 'author'].every((op) => (counts[op] ?? 0) > 0), `the script has every kind of write: ${JSON.stringify(counts)}`)
  await copy.sync(apis, 3)
  const server = await publishedArticles(apis[0]!)
  t.ok(Object.keys(server).length >= 3, 'several articles are published at the end')
  t.same(copy.bySlug(), server, 'the copy equals the published articles, field by field')

  // Nothing changed: an empty page with the same token.
  const { data } = await apis.at(-1)!.GET('/v1/sync', { params: { query: { sync_token: copy.token! } } })
  t.same(data, { data: [], next_sync_token: copy.token })
})

test('writes committed during a multi-page sync come with the next sync: nothing skipped, nothing stale', async (t) => {
  const app = await build(t)
  const api = clientOf(app)
  const write = writer(app)
  for (let n = 1; n <= 6; n++) t.equal(await write.create(`article-${n}`, true), 201)

  const copy = new LocalCopy()
  // Pages of 2: [seed, 1], [2, 3], then what is left. Between the pages: writes to articles already sent (the seed),
  // still to come (4 renamed, 5 deleted, 6 changed) and new (7).
  const writes = [
    () => Promise.all([write.patch(SLUG, { title: 'Changed after it was sent' }), write.create('article-7', true)]),
    () => Promise.all([write.patch('article-4', { slug: 'article-4-renamed' }), write.remove('article-5'), write.patch('article-6', { title: 'Changed before it was sent' })]),
  ]
  await copy.sync([api], 2, async (page) => writes[page]?.())
  t.equal(copy.pages, 3)
  t.same(Object.keys(copy.bySlug()), [SLUG, 'article-1', 'article-2', 'article-3'].sort(),
    'the sync holds what was current when it started and unchanged since; the rest comes with the next')
  t.equal(copy.bySlug()[SLUG]!.title, 'From Training to Employment: The Power of Healthcare Internships', 'the seed as it was sent')
  await copy.sync([api], 2)
  t.same(copy.bySlug(), await publishedArticles(api), 'the next sync brings every change made during the first')

  // Renaming an author (or a tag) changes every article that shows it: each comes with the next sync.
  t.equal(await write.patch('article-1', { author: { name: 'Ada Renamed', slug: 'ada' } }), 200)
  await copy.sync([api], 100)
  t.same(copy.bySlug()['article-2']!.author, { slug: 'ada', name: 'Ada Renamed' }, "another article's author name is current")

  // Concurrent writers while the next sync pages: each page fetched while a write commits.
  let n = 8
  await copy.sync([api], 1, async () => Promise.all([write.create(`article-${n++}`, true), write.section('article-1', `Added ${n}`)]))
  await copy.sync([api], 2)
  t.same(copy.bySlug(), await publishedArticles(api), 'after the next sync the copy is current')
})

test('sync tokens, fields, caching and retention', async (t) => {
  const app = await build(t, { env: { SYNC_TOMBSTONE_RETENTION_DAYS: '30' } })
  const sync = (query = '') => app.inject({ url: `/v1/sync${query}` })

  const first = await sync('?fields=title,updated_at')
  t.equal(first.statusCode, 200)
  t.equal(first.headers['cache-control'], 'private, no-store', 'never kept by a cache: the answer depends on the token')
  t.same(Object.keys(first.json().data[0].article), ['slug', 'title', 'updated_at'], 'fields trims the article; slug always comes')
  const token: string = first.json().next_sync_token

  t.test('a token is validated', async (t) => {
    for (const bad of ['abc', encodeSyncToken({ from: 0 }).replace('eyJ2IjoxL', 'eyJ2IjoyL'), Buffer.from('{"v":1,"f":-1}').toString('base64url'), '!!',
      // An id past PostgreSQL's integer columns: a 400, not the database's out-of-range error as a 500.
      Buffer.from('{"v":1,"f":0,"u":1,"a":[0,1,1099511627776]}').toString('base64url')]) {
      const res = await sync(`?sync_token=${encodeURIComponent(bad)}`)
      t.equal(res.statusCode, 400, bad)
      t.equal(res.headers['content-type'], PROBLEM)
      t.equal(res.headers['cache-control'], 'private, no-store')
    }
    const unknownField = await sync('?fields=title,reviews')
    t.equal(unknownField.statusCode, 400)
    t.match(unknownField.json().errors[0], { path: '/query/fields' })
    const ahead = await sync(`?sync_token=${encodeSyncToken({ from: 1_000_000 })}`)
    t.equal(ahead.statusCode, 410, 'a token from ahead of this database: start over')
  })

  // An unpublish dated 31 days ago (the authoring clock is injectable) leaves a tombstone past the retention.
  await app.services.authoring.patch(SLUG, { status: 'draft' }, { by: 'test', now: new Date(Date.now() - 31 * DAY_MS) })
  const delta = await sync(`?sync_token=${token}`)
  t.match(delta.json(), { data: [{ type: 'deleted', slug: SLUG, reason: 'unpublished' }] }, 'the tombstone, before the purge')
  const later = delta.json().next_sync_token as string

  await app.services.purgeExpiredData()
  t.same(await app.database.db.selectFrom('sync_tombstones').selectAll().execute(), [], 'retention purged the tombstone')
  const expired = await sync(`?sync_token=${token}`)
  t.equal(expired.statusCode, 410, 'a token older than the purged tombstones')
  t.equal(expired.headers['content-type'], PROBLEM)
  t.match(expired.json(), { type: '/problems/sync-token-expired', detail: /Start over with GET \/v1\/sync/ })
  const current = await sync(`?sync_token=${later}`)
  t.same(current.json(), { data: [], next_sync_token: later }, 'a token newer than the purge still works')
  t.same((await sync()).json().data, [], 'starting over: no article is published')
})
