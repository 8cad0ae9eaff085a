// The front cache (src/http/front-cache.ts): public reads Fastify answered are answered again, before routing, with
// the same status, headers and bytes while the content is unchanged; never after a write, never what Fastify refuses.
// Over real sockets: app.inject() calls Fastify's handler directly and never meets it.
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http'
import { connect } from 'node:net'
import { setImmediate as nextTurn } from 'node:timers/promises'
import t from 'tap'
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify'
import { JSON_TYPE, noStore, publicCaching, PUBLIC_CACHE_CONTROL, readyResponse, sendReady } from '../../src/http/caching.js'
import { createFrontCache, keepAnswer, shareableAnswer, type FrontCache } from '../../src/http/front-cache.js'
import { MAX_IF_MODIFIED_SINCE_LENGTH } from '../../src/http/preconditions.js'
import { securityHeaders } from '../../src/http/security-headers.js'
import { ADMIN, SLUG, build, captureLogs, databaseEnv, openDatabaseOf, writeDuringRead } from '../helper.js'

interface Answer { status: number, headers: IncomingHttpHeaders, rawHeaders: string[], body: Buffer }

function get (port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, rawHeaders: res.rawHeaders, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end()
  })
}

/** The headers as sent, in order, but for those Node writes per response (Date) or per connection. */
const comparable = (answer: Answer) => {
  const pairs: string[] = []
  for (let i = 0; i < answer.rawHeaders.length; i += 2) {
    if (!['date', 'connection', 'keep-alive'].includes(answer.rawHeaders[i]!.toLowerCase())) pairs.push(`${answer.rawHeaders[i]}: ${answer.rawHeaders[i + 1]}`)
  }
  return pairs
}

async function listening (app: FastifyInstance): Promise<number> {
  await app.listen({ host: '127.0.0.1', port: 0 })
  return (app.server.address() as { port: number }).port
}

interface Made { body: Buffer, etag: string, keep?: boolean, headers?: Record<string, string | string[]> }

/**
 * A server with `front` before a stand-in router answering `made(url)` (handed to keepAnswer as sendReady does, unless
 * `keep` is false) with fixed Last-Modified and a public Cache-Control unless `headers` say otherwise, closed on
 * teardown; `router.routed` counts the requests that reached the router.
 */
async function behind (t: { teardown(fn: () => unknown): void }, front: FrontCache, made: (url: string, routed: number) => Made) {
  const router = { routed: 0 }
  const server: Server = createServer(front.listener((request, response) => {
    router.routed++
    const { body, etag, keep = true, headers = {} } = made(request.url!, router.routed)
    response.setHeader('etag', etag)
    response.setHeader('last-modified', new Date(0).toUTCString())
    response.setHeader('cache-control', 'public, max-age=60')
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value)
    response.setHeader('content-length', body.length)
    if (keep) keepAnswer(response, body)
    response.end(body)
  }))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise((resolve) => server.close(resolve)))
  return { port: (server.address() as { port: number }).port, router }
}

const hits = (app: FastifyInstance) => app.frontCache!.stats().hits
const titleOf = (answer: Answer) => (JSON.parse(answer.body.toString()) as { data: { title: string } }).data.title

t.test('a kept answer is the very answer Fastify gave: status, headers in order, bytes', async (t) => {
  const app = await build(t, { env: { CORS_ORIGINS: 'https://frontend.example' } })
  const port = await listening(app)
  const article = `/v1/articles/${SLUG}`
  const paths = [
    article, `${article}?fields=title,slug`, `${article}?include=reviews`, `${article}/jsonld`,
    `${article}/sections/conclusion`, `${article}/sections?limit=2`, '/v1/articles', '/v1/articles?limit=1&page=1', '/v1/tags',
    '/v1/search?q=internship', `${article}/reviews`, `${article}/reviews/summary`, '/feed.atom', '/sitemap.xml',
  ]
  const variants: Array<Record<string, string>> = [
    {}, { 'accept-encoding': 'gzip' }, { 'accept-encoding': 'br, gzip' }, { origin: 'https://frontend.example' },
  ]
  // On PostgreSQL a miss is kept under the version as last read, which a first request brings up to date.
  await get(port, '/v1/articles?limit=3')
  for (const path of paths) {
    for (const headers of variants) {
      const before = hits(app)
      const routed = await get(port, path, headers)
      t.equal(routed.status, 200, `${path} ${JSON.stringify(headers)}`)
      t.equal(hits(app), before, 'the first answer is Fastify\'s')
      const kept = await get(port, path, headers)
      t.equal(hits(app), before + 1, 'the second is the kept one')
      t.same(comparable(kept), comparable(routed), `${path} ${JSON.stringify(headers)}: the same headers`)
      t.ok(kept.body.equals(routed.body), 'the same bytes')
      // Revalidation: Fastify's 304 first, then the kept 304, with the same validators and no body.
      const conditional = { ...headers, 'if-none-match': routed.headers.etag! }
      const notModified = await get(port, path, conditional)
      const keptNotModified = await get(port, path, conditional)
      t.equal(notModified.status, 304)
      t.equal(keptNotModified.status, 304)
      t.equal(keptNotModified.body.length, 0)
      t.same(comparable(keptNotModified), comparable(notModified), 'the same 304')
      t.equal(keptNotModified.headers.etag, routed.headers.etag)
      t.equal(hits(app), before + 2)
    }
  }
  // Representations chosen by Accept are kept apart, each with its own ETag.
  const html = await get(port, article, { accept: 'text/html' })
  const json = await get(port, article, { accept: 'application/json' })
  const keptHtml = await get(port, article, { accept: 'text/html' })
  t.match(keptHtml.headers['content-type'], /^text\/html/)
  t.ok(keptHtml.body.equals(html.body))
  t.not(html.headers.etag, json.headers.etag)
  // If-Modified-Since is evaluated on kept answers as sendReady does it.
  const since = await get(port, article, { 'if-modified-since': json.headers['last-modified']! })
  t.equal(since.status, 304)
  const before = await get(port, article, { 'if-modified-since': 'Thu, 01 Jan 1970 00:00:00 GMT' })
  t.equal(before.status, 200)
  t.ok(before.body.equals(json.body))
})

t.test('after a write returns, no request gets the old answer: edits, reviews, concurrent readers', async (t) => {
  const app = await build(t)
  const port = await listening(app)
  const article = `/v1/articles/${SLUG}`
  const first = await get(port, article)
  await get(port, article)
  const hitsBefore = hits(app)

  // Readers hammer the article while it is edited; each edit, once acknowledged, is what the next read shows.
  const writing = { done: false }
  const seen: string[][] = [[], [], [], []]
  const readers = seen.map(async (list) => {
    while (!writing.done) list.push(titleOf(await get(port, article)))
  })
  const titles: string[] = []
  for (let edit = 1; edit <= 12; edit++) {
    const title = `Edited title number ${edit}`
    const patched = await app.inject({ method: 'PATCH', url: `/v1/admin/articles/${SLUG}`, headers: ADMIN, payload: { title } })
    t.equal(patched.statusCode, 200)
    titles.push(title)
    const after = await get(port, article)
    t.equal(titleOf(after), title, `edit ${edit} is what the next read shows`)
  }
  writing.done = true
  await Promise.all(readers)
  t.ok(hits(app) > hitsBefore, 'reads between the writes were answered from the kept copies')
  const order = [titleOf(first), ...titles]
  for (const [n, list] of seen.entries()) {
    const positions = list.map((title) => order.indexOf(title))
    t.notOk(positions.includes(-1), `reader ${n} saw only real titles`)
    t.ok(positions.every((position, i) => i === 0 || position >= positions[i - 1]!), `reader ${n} never went back to an older title (${list.length} reads)`)
  }

  // A review approved changes the summary, which was kept.
  const summaryUrl = `${article}/reviews/summary`
  const summary = await get(port, summaryUrl)
  await get(port, summaryUrl)
  const posted = await app.inject({ method: 'POST', url: `${article}/reviews`, payload: { author_name: 'Reader', rating: 4, body: 'A useful article about internships.' } })
  t.equal(posted.statusCode, 201)
  const id = posted.json<{ data: { id: number } }>().data.id
  const approved = await app.inject({ method: 'PATCH', url: `/v1/admin/reviews/${id}`, headers: ADMIN, payload: { status: 'approved' } })
  t.equal(approved.statusCode, 200)
  const changed = await get(port, summaryUrl)
  t.not(changed.body.toString(), summary.body.toString(), 'the summary counts the approved review')
  t.match(JSON.parse(changed.body.toString()), { data: { count: 1 } })
})

t.test('a write by another process is seen from the next event-loop turn', async (t) => {
  const env = await databaseEnv(t)
  const app = await build(t, { env })
  const port = await listening(app)
  const article = `/v1/articles/${SLUG}`
  const original = titleOf(await get(port, article))
  await get(port, article)
  // Another connection to the same database (the CLI, a second instance) renames the article.
  const other = openDatabaseOf(t, env)
  await other.db.updateTable('articles').set((eb) => ({ title: 'Renamed elsewhere', version: eb('version', '+', 1) })).where('slug', '=', SLUG).execute()
  await nextTurn()
  const after = await get(port, article)
  t.equal(titleOf(after), 'Renamed elsewhere', `not "${original}"`)
})

t.test('what Fastify refuses or reads beyond the key is never answered from a kept copy', async (t) => {
  const app = await build(t)
  const port = await listening(app)
  await get(port, '/v1/articles')
  await get(port, '/v1/articles')
  const kept = hits(app)

  const tooLong = await get(port, '/v1/articles', { 'if-none-match': `"${'a'.repeat(9000)}"` })
  t.equal(tooLong.status, 400, 'an If-None-Match longer than the schema allows is Fastify\'s 400')
  t.equal(tooLong.headers['content-type'], 'application/problem+json; charset=utf-8')
  const head = await get(port, '/v1/articles', {}, 'HEAD')
  t.equal(head.status, 200)
  t.equal(head.body.length, 0, 'HEAD goes to Fastify: headers, no body')
  const unknown = await get(port, '/v1/articles?colour=red')
  t.equal(unknown.status, 400, 'another URL is another key: refused by Fastify')
  // HTTP/1.1 without Host, or with an empty one: Fastify's 400, even for a URL whose answer is kept.
  for (const host of ['', 'Host: \r\n']) {
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write(`GET /v1/articles HTTP/1.1\r\n${host}Connection: close\r\n\r\n`))
      let text = ''
      socket.on('data', (chunk: Buffer) => { text += chunk.toString() })
      socket.on('end', () => resolve(text))
      socket.on('error', reject)
    })
    t.match(answer, /^HTTP\/1\.1 400 [^]*must carry a Host header/, JSON.stringify(host))
  }
  const sinceTooLong = await get(port, '/v1/articles', { 'if-modified-since': 'x'.repeat(MAX_IF_MODIFIED_SINCE_LENGTH + 1) })
  t.equal(sinceTooLong.status, 400, 'an If-Modified-Since longer than the schema allows is Fastify\'s 400')
  t.equal(sinceTooLong.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.equal(hits(app), kept, 'none of these was answered from the kept copy')
  const sinceLongest = await get(port, '/v1/articles', { 'if-modified-since': 'x'.repeat(MAX_IF_MODIFIED_SINCE_LENGTH) })
  t.equal(sinceLongest.status, 200, 'the longest If-Modified-Since the schema allows (an invalid date, ignored) gets the answer')
  t.equal(hits(app), kept + 1, 'from the kept copy')
})

t.test('LOG_REQUESTS=true: every request goes through Fastify and is logged', async (t) => {
  const logs = captureLogs()
  const app = await build(t, { env: { LOG_REQUESTS: 'true', LOG_LEVEL: 'info' }, logStream: logs.stream })
  t.equal(app.frontCache, undefined)
  const port = await listening(app)
  for (let n = 0; n < 3; n++) t.equal((await get(port, '/v1/articles')).status, 200)
  t.equal(logs.lines.filter((line) => line.includes('"request completed"')).length, 3)
})

t.test('createFrontCache: bounded, version-checked, closed under pressure', async (t) => {
  let version = 1
  let open = true
  const front = createFrontCache({ version: () => version, open: () => open, maxBytes: 10_000, maxEntries: 3 })
  const { port, router } = await behind(t, front, (url) => ({
    body: Buffer.from(`${url} at ${version}`.padEnd(1000, '.')), etag: `"${version}"`, keep: !url.includes('never'),
  }))

  for (const path of ['/a', '/a', '/b', '/b']) await get(port, path)
  t.equal(router.routed, 2, 'each URL routed once')
  t.match(front.stats(), { hits: 2, kept: 2, entries: 2 })
  t.ok(front.stats().bytes > 2000, 'the bytes kept count both bodies and their headers')
  for (const path of ['/c', '/d', '/e']) await get(port, path)
  t.equal(front.stats().entries, 3, 'at most maxEntries kept: the oldest went first')
  await get(port, '/a')
  t.equal(router.routed, 6, '/a was dropped, routed again')

  version = 2
  const fresh = await get(port, '/e')
  t.equal(fresh.body.toString().trim().replace(/\.+$/, ''), '/e at 2', 'a new version is routed again')
  t.equal(router.routed, 7)

  open = false
  await get(port, '/e')
  t.equal(router.routed, 8, 'under pressure every request goes to the router')
  open = true
  await get(port, '/never')
  await get(port, '/never')
  t.equal(router.routed, 10, 'answers not marked by sendReady are never kept')

  // Room for two answers of 1,000 bytes with their headers, their objects and their place in the budget (~1,900 each).
  const small = createFrontCache({ version: () => 1, open: () => true, maxBytes: 4000 })
  const { port: smallPort } = await behind(t, small, () => ({ body: Buffer.alloc(1000, 97), etag: '"x"' }))
  for (const path of ['/1', '/2', '/3', '/4']) await get(smallPort, path)
  t.ok(small.stats().bytes <= 4000, `bytes kept stay under maxBytes (${small.stats().bytes})`)
  t.equal(small.stats().entries, 2)
})

t.test('createFrontCache: a failing version read goes to the router; with refresh, only a possible hit waits for it', async (t) => {
  let failing = false
  let refreshes = 0
  let refreshFails = false
  let version = 1
  const front = createFrontCache({
    version: () => {
      if (failing) throw new Error('database is locked')
      return version
    },
    refresh: async () => {
      refreshes++
      if (refreshFails) throw new Error('connection refused')
    },
    open: () => true,
    maxBytes: 10_000,
  })
  const { port, router } = await behind(t, front, (url) => ({ body: Buffer.from(`${url} at ${version}`), etag: `"${version}"` }))

  await get(port, '/a')
  t.equal(refreshes, 0, 'a miss does not wait for the version')
  t.equal((await get(port, '/a')).body.toString(), '/a at 1')
  t.equal(refreshes, 1, 'a possible hit reads the version anew first')
  t.equal(router.routed, 1)
  version = 2
  t.equal((await get(port, '/a')).body.toString(), '/a at 2', 'the fresh version is another: routed')
  t.equal(router.routed, 2)

  refreshFails = true
  t.equal((await get(port, '/a')).status, 200, 'the version cannot be read: the router answers')
  t.equal(router.routed, 3)
  refreshFails = false
  failing = true
  t.equal((await get(port, '/a')).status, 200, 'the version read throws: the router answers, the server stays up')
  t.equal(router.routed, 4)
  failing = false
  t.equal((await get(port, '/a')).status, 200)
  t.equal(front.stats().hits, 2)
})

t.test('createFrontCache: the least recently used answer goes first, an answer larger than the budget is never kept', async (t) => {
  const front = createFrontCache({ version: () => 1, open: () => true, maxBytes: 5000, maxEntries: 3 })
  const { port, router } = await behind(t, front, (url) => ({ body: Buffer.alloc(url.startsWith('/big') ? 6000 : 100, 97), etag: '"1"' }))
  for (const path of ['/a', '/b', '/c']) await get(port, path)
  await get(port, '/a')
  t.equal(router.routed, 3, '/a answered from its kept copy, now the most recently used')
  await get(port, '/d')
  t.equal(front.stats().entries, 3)
  await get(port, '/a')
  t.equal(router.routed, 4, '/a was kept: used more recently than /b and /c')
  await get(port, '/b')
  t.equal(router.routed, 5, '/b, the least recently used, went when /d came')

  const before = front.stats()
  for (let n = 0; n < 2; n++) t.equal((await get(port, '/big')).body.length, 6000)
  t.equal(router.routed, 7, 'an answer larger than the whole budget is routed every time')
  t.match(front.stats(), { entries: before.entries, kept: before.kept }, 'and never kept')
  t.ok(front.stats().bytes <= 5000, `bytes kept stay under maxBytes (${front.stats().bytes})`)
  await get(port, '/a')
  t.equal(router.routed, 7, 'nor does it push out what was kept')
})

t.test('createFrontCache: an answer that sets a cookie is never kept, nor any part of it replayed', async (t) => {
  const front = createFrontCache({ version: () => 1, open: () => true, maxBytes: 10_000 })
  const { port, router } = await behind(t, front, (_url, routed) => ({
    body: Buffer.from('personal'), etag: '"1"', headers: { 'set-cookie': [`session=${routed}; HttpOnly`], 'x-answer': String(routed) },
  }))
  const first = await get(port, '/account')
  const second = await get(port, '/account')
  t.equal(router.routed, 2, 'each request is routed')
  t.same([first.headers['set-cookie'], second.headers['set-cookie']], [['session=1; HttpOnly'], ['session=2; HttpOnly']], 'each gets its own cookie')
  t.equal(second.headers['x-answer'], '2', 'and the rest of its own answer')
  t.match(front.stats(), { hits: 0, kept: 0, entries: 0 })
})

t.test('createFrontCache: only answers that say they are public and vary on nothing beyond the key are kept', async (t) => {
  const kinds: Record<string, Record<string, string>> = {
    '/public': {},
    '/vary-keyed': { vary: 'Accept-Encoding, Origin, Accept' },
    '/no-cache-control': { 'cache-control': '' },
    '/private': { 'cache-control': 'private, max-age=60' },
    '/no-store': { 'cache-control': 'public, no-store' },
    '/private-field': { 'cache-control': 'public, private="x-user"' },
    '/max-age-only': { 'cache-control': 'max-age=60' },
    '/vary-authorization': { vary: 'Accept-Encoding, Authorization' },
    '/vary-cookie': { vary: 'Cookie' },
    '/vary-star': { vary: '*' },
  }
  const front = createFrontCache({ version: () => 1, open: () => true, maxBytes: 100_000 })
  const { port, router } = await behind(t, front, (url) => ({ body: Buffer.from(url), etag: '"1"', headers: kinds[url]! }))
  for (const [path, headers] of Object.entries(kinds)) {
    const routed = router.routed
    await get(port, path)
    await get(port, path)
    const kept = path === '/public' || path === '/vary-keyed'
    t.equal(router.routed - routed, kept ? 1 : 2, `${path} ${JSON.stringify(headers)}: ${kept ? 'kept' : 'never kept'}`)
  }
  t.ok(shareableAnswer({ 'cache-control': PUBLIC_CACHE_CONTROL, vary: 'Origin,Accept-Encoding' }))
  t.notOk(shareableAnswer({ 'cache-control': 'Public, No-Store' }), 'directives are case-insensitive')
  t.notOk(shareableAnswer({ 'cache-control': 'public', vary: 'accept, AUTHORIZATION' }))
})

t.test('whatever route calls sendReady, a private answer is never kept: the guard is where answers are stored', async (t) => {
  const front = createFrontCache({ version: () => 1, open: () => true, maxBytes: 100_000 })
  const app = Fastify({ serverFactory: (handler) => createServer(front.listener(handler)) })
  t.teardown(() => app.close())
  // As in the app: helmet's headers are set on the raw response, so the answer's headers can be read back when it is kept.
  securityHeaders(app)
  const ready = (request: FastifyRequest, reply: FastifyReply) => sendReady(request, reply, readyResponse('json', JSON_TYPE, JSON.stringify({ url: request.url }), new Date(0)))
  await app.register(async (publicApi) => {
    await publicCaching(publicApi, PUBLIC_CACHE_CONTROL)
    publicApi.get('/public', ready)
    publicApi.get('/per-user', async (request, reply) => ready(request, reply.header('vary', 'Authorization')))
  })
  // A future admin route that reuses sendReady (its scope is private, no-store, as every admin answer is).
  await app.register(async (admin) => {
    await noStore(admin)
    admin.get('/admin/report', ready)
  })
  const port = await listening(app)
  for (const [path, kept] of [['/public', true], ['/per-user', false], ['/admin/report', false]] as const) {
    const before = front.stats()
    const first = await get(port, path, { authorization: 'Bearer someone' })
    t.equal(first.status, 200, path)
    const second = await get(port, path)
    t.equal(second.status, 200)
    t.equal(front.stats().hits - before.hits, kept ? 1 : 0, `${path}: ${kept ? 'answered again from the kept copy' : 'never answered from a kept copy'}`)
    t.equal(front.stats().kept - before.kept, kept ? 1 : 0)
  }
})

t.test('a write that commits while Fastify makes an answer leaves the kept answer stale, never current', async (t) => {
  const app = await build(t)
  const port = await listening(app)
  writeDuringRead(t, app, 'listTags', async () => {
    const res = await app.inject({ method: 'PATCH', url: `/v1/admin/articles/${SLUG}`, headers: ADMIN, payload: { tags: [{ name: 'Written Meanwhile' }] } })
    t.equal(res.statusCode, 200, 'the interleaved write commits')
  })
  const names = (answer: Answer) => (JSON.parse(answer.body.toString()) as { data: Array<{ name: string }> }).data.map((tag) => tag.name)
  t.notOk(names(await get(port, '/v1/tags')).includes('Written Meanwhile'), 'made from what was read before the write')
  t.same(names(await get(port, '/v1/tags')), ['Written Meanwhile'], 'the next request sees the write')
  t.same(names(await get(port, '/v1/tags')), ['Written Meanwhile'])
  t.equal(hits(app), 1, 'and that answer is kept')
})
