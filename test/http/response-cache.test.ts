// Ready public responses (src/http/caching.ts): validators and 304s on every public GET, compression, the cache
// headers, per-section ETags, and never a stale body after a write, from this process or another.
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { test } from 'tap'
import { readSeedArticles } from '../../seed/index.js'
import { databaseEnv, ADMIN, build, SLUG, writeDuringRead } from '../helper.js'
import { BUFFER_OVERHEAD, ENTRY_OVERHEAD, createResponseBudget, retainedBytes } from '../../src/http/response-budget.js'

const ARTICLE = `/v1/articles/${SLUG}`
const PUBLIC_GETS = [
  '/v1/articles', '/v1/articles?limit=1&page=1', '/v1/tags', ARTICLE, `${ARTICLE}/jsonld`, `${ARTICLE}/sections`,
  `${ARTICLE}/sections?limit=2`, `${ARTICLE}/sections/conclusion`, `${ARTICLE}/reviews`, `${ARTICLE}/reviews/summary`,
  '/v1/search?q=internship', '/feed.atom', '/sitemap.xml',
]
const DEFAULT_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600'

test('every public GET: validators, 304 by If-None-Match and If-Modified-Since, the cache headers', async (t) => {
  const app = await build(t)
  for (const url of PUBLIC_GETS) {
    const res = await app.inject({ url })
    t.equal(res.statusCode, 200, url)
    const etag = String(res.headers.etag)
    const lastModified = String(res.headers['last-modified'])
    t.match(etag, /^"[a-z]+\/[A-Za-z0-9+/]{27}="$/, `${url}: a strong ETag named by its representation`)
    t.ok(lastModified && !Number.isNaN(Date.parse(lastModified)) && lastModified.endsWith(' GMT'), `${url}: Last-Modified is an HTTP-date`)
    t.equal(res.headers['cache-control'], DEFAULT_CACHE_CONTROL, `${url}: Cache-Control`)
    t.match(res.headers.vary, /(^|, )Accept-Encoding($|,)/, `${url}: Vary names Accept-Encoding`)

    for (const [name, value] of [
      ['if-none-match', etag],
      ['if-none-match', `W/${etag}`],
      ['if-none-match', `"json/other", ${etag}`],
      ['if-none-match', '*'],
      ['if-modified-since', lastModified],
      ['if-modified-since', new Date(Date.parse(lastModified) + 3_600_000).toUTCString()],
    ] as const) {
      const revalidated = await app.inject({ url, headers: { [name]: value } })
      t.equal(revalidated.statusCode, 304, `${url}: ${name}: ${value} → 304`)
      t.equal(revalidated.body, '', `${url}: a 304 has no body`)
      t.equal(revalidated.headers.etag, etag, `${url}: a 304 carries the ETag`)
      t.equal(revalidated.headers['last-modified'], lastModified, `${url}: and Last-Modified`)
      t.equal(revalidated.headers['cache-control'], DEFAULT_CACHE_CONTROL, `${url}: and Cache-Control`)
    }
    const older = await app.inject({ url, headers: { 'if-modified-since': new Date(Date.parse(lastModified) - 1000).toUTCString() } })
    t.equal(older.statusCode, 200, `${url}: a copy older than Last-Modified gets the body`)
    const staleTag = await app.inject({ url, headers: { 'if-none-match': '"json/stale"', 'if-modified-since': lastModified } })
    t.equal(staleTag.statusCode, 200, `${url}: If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2)`)
    const garbage = await app.inject({ url, headers: { 'if-modified-since': 'not a date' } })
    t.equal(garbage.statusCode, 200, `${url}: an unparseable If-Modified-Since is ignored`)
  }
})

test('admin and personal answers are private, no-store; errors carry no public caching', async (t) => {
  const app = await build(t)
  const admin = await app.inject({ url: '/v1/admin/articles', headers: ADMIN })
  t.equal(admin.statusCode, 200)
  t.equal(admin.headers['cache-control'], 'private, no-store')
  const contact = await app.inject({ method: 'POST', url: '/v1/contact-messages', payload: { email: 'a@example.org', message: 'Hello there' } })
  t.equal(contact.statusCode, 202)
  t.equal(contact.headers['cache-control'], 'private, no-store')
  const missing = await app.inject({ url: '/v1/articles/nope' })
  t.equal(missing.statusCode, 404)
  t.equal(missing.headers['cache-control'], undefined, 'a 404 is not marked public')
  t.equal(missing.headers.etag, undefined, 'nor given an ETag')
})

test('PUBLIC_CACHE_CONTROL sets the public policy; RESPONSE_CACHE_MAX_MB=0 keeps nothing and answers the same', async (t) => {
  const app = await build(t, { env: { PUBLIC_CACHE_CONTROL: 'public, no-cache', RESPONSE_CACHE_MAX_MB: '0' } })
  const first = await app.inject({ url: '/v1/articles' })
  t.equal(first.headers['cache-control'], 'public, no-cache')
  const second = await app.inject({ url: '/v1/articles' })
  t.equal(second.body, first.body)
  t.equal(second.headers.etag, first.headers.etag, 'the ETag is the bytes\' hash, so rebuilding keeps it')
})

/** WBITS from a Brotli stream's header (RFC 7932, section 9.1): the window is 2^WBITS - 16 bytes. */
function brotliWindowBits (stream: Buffer): number {
  const bits = stream[0]! | (stream[1]! << 8)
  if ((bits & 1) === 0) return 16
  const n = (bits >> 1) & 7
  if (n !== 0) return 17 + n
  const m = (bits >> 4) & 7
  return m === 0 ? 17 : 8 + m
}

test('bodies over 1 KB are sent as brotli or gzip, as Accept-Encoding prefers, and decompress to the same bytes', async (t) => {
  const app = await build(t)
  for (const url of [ARTICLE, `${ARTICLE}/sections`, '/feed.atom']) {
    const plain = await app.inject({ url })
    t.equal(plain.headers['content-encoding'], undefined, `${url}: no Accept-Encoding, no encoding`)
    t.ok(plain.rawPayload.length > 1024, `${url}: over 1 KB`)
    const br = await app.inject({ url, headers: { 'accept-encoding': 'gzip, deflate, br' } })
    t.equal(br.headers['content-encoding'], 'br', `${url}: br preferred when both are accepted`)
    t.ok(brotliDecompressSync(br.rawPayload).equals(plain.rawPayload), `${url}: brotli decompresses to the identical body`)
    t.ok(br.rawPayload.length < plain.rawPayload.length / 2, `${url}: and is smaller`)
    // A window the body fits in (2^WBITS - 16 bytes), not Brotli's default 4 MB one, whose 32 MB hash table quality 9
    // allocated for every body.
    t.equal(brotliWindowBits(br.rawPayload), Math.max(10, Math.ceil(Math.log2(plain.rawPayload.length + 16))), `${url}: a window the size of the body`)
    t.equal(br.headers.etag, plain.headers.etag, `${url}: the ETag names the representation, whatever the encoding`)
    const gzip = await app.inject({ url, headers: { 'accept-encoding': 'gzip' } })
    t.equal(gzip.headers['content-encoding'], 'gzip')
    t.ok(gunzipSync(gzip.rawPayload).equals(plain.rawPayload), `${url}: gzip decompresses to the identical body`)
    const refused = await app.inject({ url, headers: { 'accept-encoding': 'br;q=0, gzip;q=0' } })
    t.equal(refused.headers['content-encoding'], undefined, `${url}: encodings the client refuses are not used`)
    const again = await app.inject({ url, headers: { 'accept-encoding': 'br' } })
    t.ok(again.rawPayload.equals(br.rawPayload), `${url}: the compressed form is kept, not remade`)
  }
  const small = await app.inject({ url: '/v1/tags', headers: { 'accept-encoding': 'br, gzip' } })
  t.equal(small.headers['content-encoding'], undefined, 'a body under 1 KB is sent as it is')
  t.same(JSON.parse(brotliDecompressSync((await app.inject({ url: ARTICLE, headers: { 'accept-encoding': 'br' } })).rawPayload).toString()).data.slug, SLUG)
})

test('editing one section changes its ETag and the article\'s, and leaves every other section\'s', async (t) => {
  const app = await build(t)
  const keys = ((await app.inject({ url: `${ARTICLE}/sections` })).json().data as Array<{ key: string }>).map((section) => section.key)
  const etags = async () => Object.fromEntries(await Promise.all(keys.map(async (key) => [key, (await app.inject({ url: `${ARTICLE}/sections/${key}` })).headers.etag])))
  const before = await etags()
  const articleBefore = (await app.inject({ url: ARTICLE })).headers.etag
  const edited = await app.inject({
    method: 'PUT',
    url: `/v1/admin/articles/${SLUG}/sections/conclusion`,
    headers: ADMIN,
    payload: { heading: 'Conclusion', blocks: [{ type: 'paragraph', text: 'A new ending.' }] },
  })
  t.equal(edited.statusCode, 200)
  const after = await etags()
  for (const key of keys) {
    if (key === 'conclusion') t.not(after[key], before[key], 'the edited section has a new ETag')
    else t.equal(after[key], before[key], `${key}: unchanged`)
  }
  t.not((await app.inject({ url: ARTICLE })).headers.etag, articleBefore, 'the article changed')
  const stale = await app.inject({ url: `${ARTICLE}/sections/conclusion`, headers: { 'if-none-match': before.conclusion } })
  t.equal(stale.statusCode, 200, 'the old section ETag no longer revalidates')
  t.same(stale.json().data.blocks, [{ type: 'paragraph', text: 'A new ending.', children: [{ type: 'text', value: 'A new ending.' }] }])
})

test('a write by another instance on the same database is served by the next request', async (t) => {
  const database = await databaseEnv(t, 'shared.db')
  const reader = await build(t, { env: database })
  const writer = await build(t, { env: database, seed: false })
  const lists = ['/v1/articles', '/v1/tags', '/v1/search?q=elsewhere', '/feed.atom', '/sitemap.xml', ARTICLE]
  const before = Object.fromEntries(await Promise.all(lists.map(async (url) => [url, (await reader.inject({ url })).body])))
  const [seed] = readSeedArticles()
  await writer.services.authoring.upsert({ ...seed!, title: 'Edited elsewhere', tags: [{ slug: 'careers', name: 'Careers' }] }, { by: 'test' })
  for (const url of lists) {
    const res = await reader.inject({ url })
    t.equal(res.statusCode, 200, url)
    t.not(res.body, before[url], `${url}: the other instance's write is seen at once`)
    if (url !== '/sitemap.xml') t.match(res.body, /Edited elsewhere|careers/, url)
  }
  const review = await writer.inject({ method: 'POST', url: `${ARTICLE}/reviews`, payload: { author_name: 'A', rating: 4, body: 'Useful' } })
  t.equal(review.statusCode, 201)
  const id = review.json().data.id as number
  t.equal((await writer.inject({ method: 'PATCH', url: `/v1/admin/reviews/${id}`, headers: ADMIN, payload: { status: 'approved' } })).statusCode, 200)
  t.same((await reader.inject({ url: `${ARTICLE}/reviews/summary` })).json().data.count, 1, 'a moderation decision elsewhere is seen at once')
  t.same((await reader.inject({ url: '/v1/articles' })).json().data[0].reviews, { count: 1, average: 4 })
})

test('readers running alongside a writer never see a body older than the last acknowledged write', async (t) => {
  const app = await build(t)
  let acknowledged = 0
  const state = { writing: true }
  const seen: number[] = []
  const versionIn = (body: string) => Number(/Revision (\d+)/.exec(body)?.[1] ?? 0)
  async function reader (url: string) {
    while (state.writing) {
      const floor = acknowledged
      const res = await app.inject({ url })
      const version = versionIn(res.body)
      seen.push(version)
      if (version < floor) t.fail(`${url}: served revision ${version} after revision ${floor} was acknowledged`)
      // Let the event loop turn, as between requests on a socket (a cached answer completes without leaving it).
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
  async function writer () {
    for (let revision = 1; revision <= 40; revision++) {
      const res = await app.inject({ method: 'PATCH', url: `/v1/admin/articles/${SLUG}`, headers: ADMIN, payload: { title: `Revision ${revision}` } })
      t.equal(res.statusCode, 200)
      acknowledged = revision
      const read = await app.inject({ url: ARTICLE })
      t.equal(versionIn(read.body), revision, `revision ${revision} is served right after it is acknowledged`)
    }
    state.writing = false
  }
  await Promise.all([writer(), reader(ARTICLE), reader('/v1/articles'), reader(`${ARTICLE}/jsonld`), reader('/v1/search?q=revision')])
  t.ok(seen.length > 40, `readers ran alongside (${seen.length} reads)`)
  t.ok(new Set(seen).size > 5, `readers saw the revisions as they came (${new Set(seen).size} distinct)`)
})

test('a write that commits while a response is being made leaves that response stale, never current', async (t) => {
  const app = await build(t)
  const patch = async (payload: Record<string, unknown>) => {
    const res = await app.inject({ method: 'PATCH', url: `/v1/admin/articles/${SLUG}`, headers: ADMIN, payload })
    t.equal(res.statusCode, 200, 'the interleaved write commits')
  }

  t.test('the article cache (src/content/cache.ts)', async (t) => {
    writeDuringRead(t, app, 'findPublishedArticle', () => patch({ title: 'Written while the article was read' }))
    const during = await app.inject({ url: ARTICLE })
    t.not(during.json().data.title, 'Written while the article was read', 'made from what was read before the write')
    const after = await app.inject({ url: ARTICLE })
    t.equal(after.json().data.title, 'Written while the article was read', 'the next request sees the write')
  })

  t.test('the ready responses of lists (sendCached, src/http/caching.ts)', async (t) => {
    writeDuringRead(t, app, 'listTags', () => patch({ tags: [{ name: 'Written Meanwhile' }] }))
    const names = (res: { json(): { data: Array<{ name: string }> } }) => res.json().data.map((tag) => tag.name)
    const during = await app.inject({ url: '/v1/tags' })
    t.notOk(names(during).includes('Written Meanwhile'), 'made from what was read before the write')
    const after = await app.inject({ url: '/v1/tags' })
    t.same(names(after), ['Written Meanwhile'], 'the next request sees the write')
  })
})

test('the response budget: least recently used of any cache first, a shared buffer counted once, pool slices by their bytes', async (t) => {
  // Each entry and each buffer also counts the objects of its own: 100 bytes of entry stand for 100 + ENTRY_OVERHEAD.
  const entry = 100 + ENTRY_OVERHEAD
  const buffer = (bytes: number) => bytes + BUFFER_OVERHEAD
  // Room for three entries: a, c and d once b has gone.
  const budget = createResponseBudget(3 * entry + buffer(3000) * 2 + buffer(3700))
  const evicted: string[] = []
  const body = (bytes: number) => Buffer.alloc(bytes, 1)
  const a = budget.keep(100, [body(3000)], () => evicted.push('a'))!
  const shared = body(3000)
  const b = budget.keep(100, [shared], () => evicted.push('b'))!
  const c = budget.keep(100, [shared], () => evicted.push('c'))!
  t.equal(budget.stats().bytes, 3 * entry + buffer(3000) * 2, 'the buffer two entries hold is counted once')
  a.use()
  budget.keep(100, [body(3700)], () => evicted.push('d'))
  t.same(evicted, ['b'], 'the least recently used entry went first, whichever cache kept it, and only it')
  t.equal(budget.stats().bytes, 3 * entry + buffer(3000) * 2 + buffer(3700), 'the shared buffer still counts: c holds it')
  c.release()
  t.equal(budget.stats().bytes, 2 * entry + buffer(3000) + buffer(3700), 'its last holder let it go')
  t.equal(budget.keep(100, [body(20_000)], () => evicted.push('huge')), undefined, 'over the whole budget: not kept')
  t.same(evicted, ['b'], 'and it pushed nothing out')
  t.equal(b.released, true)
  // A short Buffer.from is a slice of Node's pool slab (8 KB on Node 20, 64 KB on Node 26): counted by its bytes.
  t.equal(retainedBytes(Buffer.from('a short body')), 12 + BUFFER_OVERHEAD)
  // A slice of memory of its own (a compressed body in a zlib chunk) keeps the whole chunk alive.
  t.equal(retainedBytes(Buffer.from(new ArrayBuffer(16_384), 0, 30)), 16_384 + BUFFER_OVERHEAD)
})
