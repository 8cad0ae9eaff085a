// Every redirect the service sends (renamed articles' old URLs, the documentation's aliases) points at this service:
// under PUBLIC_BASE_URL when set, else a path, never a host the client named; and it says how long it may be kept.
// Over a real socket with raw requests: app.inject() normalises an absolute-form target (`GET http://host/path`).
import { connect } from 'node:net'
import { test, type Test } from 'tap'
import type { FastifyInstance } from 'fastify'
import { PUBLIC_CACHE_CONTROL } from '../../src/http/caching.js'
import { ADMIN, build, SLUG } from '../helper.js'

interface RawAnswer { status: number, headers: Record<string, string> }

/** Sends a request line, headers and body as written (Host and Connection: close added), and reads the head of the answer. */
function raw (port: number, requestLine: string, headers: readonly string[] = [], body = ''): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write([requestLine, 'Host: 127.0.0.1', 'Connection: close', ...headers, '', body].join('\r\n'))
    })
    let received = ''
    socket.setEncoding('latin1')
    socket.on('data', (chunk: string) => { received += chunk })
    socket.on('error', reject)
    socket.on('close', () => {
      const [statusLine = '', ...lines] = received.split('\r\n\r\n')[0]!.split('\r\n')
      const answer: RawAnswer = { status: Number(statusLine.split(' ')[1]), headers: {} }
      for (const line of lines) {
        const colon = line.indexOf(':')
        answer.headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim()
      }
      resolve(answer)
    })
  })
}

/** The app listening on a free port, with the seed article renamed to `internships`. */
async function listeningWithRename (t: Test, env: Record<string, string> = {}): Promise<{ app: FastifyInstance, port: number }> {
  const app = await build(t, { env })
  const renamed = await app.inject({ method: 'PATCH', url: `/v1/admin/articles/${SLUG}`, headers: ADMIN, payload: { slug: 'internships' } })
  t.equal(renamed.statusCode, 200)
  await app.listen({ host: '127.0.0.1', port: 0 })
  return { app, port: (app.server.address() as { port: number }).port }
}

const review = JSON.stringify({ author_name: 'A', rating: 5, body: 'Good.' })
const postReview = (target: string) =>
  [`POST ${target} HTTP/1.1`, ['Content-Type: application/json', `Content-Length: ${Buffer.byteLength(review)}`], review] as const

test('an absolute-form request target never chooses where a redirect points', async (t) => {
  const { port } = await listeningWithRename(t)
  for (const host of ['http://evil.example', 'https://evil.example:8443', 'http://127.0.0.1']) {
    const article = await raw(port, `GET ${host}/v1/articles/${SLUG} HTTP/1.1`)
    t.equal(article.status, 301, `${host}: an old slug`)
    t.equal(article.headers.location, '/v1/articles/internships', `${host}: a path of this service`)
    t.equal(article.headers['cache-control'], PUBLIC_CACHE_CONTROL, 'kept as long as the article it points at (PUBLIC_CACHE_CONTROL)')

    const reviews = await raw(port, `GET ${host}/v1/articles/${SLUG}/reviews?limit=2 HTTP/1.1`)
    t.equal(reviews.status, 301)
    t.equal(reviews.headers.location, '/v1/articles/internships/reviews?limit=2', 'the query kept')
    t.equal(reviews.headers['cache-control'], PUBLIC_CACHE_CONTROL)

    const post = await raw(port, ...postReview(`${host}/v1/articles/${SLUG}/reviews`))
    t.equal(post.status, 308, `${host}: a POST to an old slug`)
    t.equal(post.headers.location, '/v1/articles/internships/reviews')
    t.equal(post.headers['cache-control'], 'private, no-store', 'the answer to a POST is not kept')

    for (const [alias, target] of [['/docs/json', '/openapi.json'], ['/docs/yaml', '/openapi.json'], ['/docs/static/index.html', '/docs/']]) {
      const docs = await raw(port, `GET ${host}${alias} HTTP/1.1`)
      t.equal(docs.status, 301, `${host}${alias}`)
      t.equal(docs.headers.location, target, `${host}${alias} redirects within this service`)
      t.equal(docs.headers['cache-control'], PUBLIC_CACHE_CONTROL)
    }
  }
})

test('with PUBLIC_BASE_URL, redirects are absolute URLs under it', async (t) => {
  const base = 'https://www.example.org/content'
  const { port } = await listeningWithRename(t, { PUBLIC_BASE_URL: `${base}/`, PUBLIC_CACHE_CONTROL: 'public, no-cache' })
  for (const target of [`/v1/articles/${SLUG}/sections/conclusion`, `http://evil.example/v1/articles/${SLUG}/sections/conclusion`]) {
    const res = await raw(port, `GET ${target} HTTP/1.1`)
    t.equal(res.status, 301, target)
    t.equal(res.headers.location, `${base}/v1/articles/internships/sections/conclusion`)
    t.equal(res.headers['cache-control'], 'public, no-cache', 'as configured')
  }
  const post = await raw(port, ...postReview(`http://evil.example/v1/articles/${SLUG}/reviews`))
  t.equal(post.headers.location, `${base}/v1/articles/internships/reviews`)
  const docs = await raw(port, 'GET http://evil.example/docs/json HTTP/1.1')
  t.equal(docs.headers.location, `${base}/openapi.json`)
})
