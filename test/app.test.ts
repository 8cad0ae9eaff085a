// What buildApp registers around every route: security headers (helmet) and, when configured, CORS.
import { test } from 'tap'
import { ADMIN, build, PROBLEM, REVIEWS_URL, SLUG } from './helper.js'

const ALLOWED = 'https://app.example.org'
const OTHER = 'https://evil.example.com'

test('security headers on every kind of response', async (t) => {
  const app = await build(t)
  const responses = {
    'a public read': await app.inject({ url: `/v1/articles/${SLUG}` }),
    'a 304': await app.inject({ url: `/v1/articles/${SLUG}`, headers: { 'if-none-match': (await app.inject({ url: `/v1/articles/${SLUG}` })).headers.etag as string } }),
    'an admin read': await app.inject({ url: '/v1/admin/whoami', headers: ADMIN }),
    'a 404 problem': await app.inject({ url: '/nope' }),
    'a 400 problem': await app.inject({ method: 'POST', url: REVIEWS_URL, payload: {} }),
    'the docs page': await app.inject({ url: '/docs' }),
  }
  for (const [name, res] of Object.entries(responses)) {
    const csp = String(res.headers['content-security-policy'])
    t.match(csp, /(^|;)default-src 'self'(;|$)/, `${name}: content-security-policy default-src 'self'`)
    t.match(csp, /(^|;)script-src 'self'(;|$)/, `${name}: no inline or foreign scripts`)
    t.match(csp, /(^|;)frame-ancestors 'self'(;|$)/, `${name}: not framed by other sites`)
    t.notMatch(csp, /upgrade-insecure-requests/, `${name}: no upgrade-insecure-requests (Swagger UI over plain http must call the same server)`)
    t.equal(res.headers['x-content-type-options'], 'nosniff', `${name}: x-content-type-options`)
    t.equal(res.headers['strict-transport-security'], 'max-age=31536000; includeSubDomains', `${name}: strict-transport-security`)
    t.equal(res.headers['x-frame-options'], 'SAMEORIGIN', `${name}: x-frame-options`)
    t.equal(res.headers['referrer-policy'], 'no-referrer', `${name}: referrer-policy`)
    t.equal(res.headers['cross-origin-resource-policy'], 'cross-origin', `${name}: cross-origin-resource-policy lets other sites' pages use the API`)
    t.equal(res.headers['cross-origin-opener-policy'], 'same-origin', `${name}: cross-origin-opener-policy`)
  }
})

test('CORS', async (t) => {
  t.test('off unless CORS_ORIGINS is set', async (t) => {
    const app = await build(t)
    const res = await app.inject({ url: '/v1/articles', headers: { origin: ALLOWED } })
    t.equal(res.statusCode, 200)
    t.notOk(res.headers['access-control-allow-origin'])
    const preflight = await app.inject({ method: 'OPTIONS', url: REVIEWS_URL, headers: { origin: ALLOWED, 'access-control-request-method': 'POST' } })
    t.notOk(preflight.headers['access-control-allow-origin'], 'a preflight gets no grant either')
    t.notOk(preflight.headers['access-control-allow-methods'])
  })

  t.test('CORS_ORIGINS: listed origins are echoed, others get no grant', async (t) => {
    const app = await build(t, { env: { CORS_ORIGINS: `${ALLOWED}, https://admin.example.org` } })
    const allowed = await app.inject({ url: `/v1/articles/${SLUG}`, headers: { origin: ALLOWED } })
    t.equal(allowed.statusCode, 200)
    t.equal(allowed.headers['access-control-allow-origin'], ALLOWED)
    t.match(allowed.headers.vary, /\bOrigin\b/, 'Vary: Origin, so caches keep one answer per origin')
    t.same(String(allowed.headers['access-control-expose-headers']).split(',').map((name) => name.trim()),
      ['ETag', 'Link', 'Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset', 'Idempotent-Replayed'],
      'scripts may read the caching, paging, rate-limit and replay headers')
    t.equal((await app.inject({ url: '/v1/articles', headers: { origin: 'https://admin.example.org' } })).headers['access-control-allow-origin'], 'https://admin.example.org')

    const other = await app.inject({ url: `/v1/articles/${SLUG}`, headers: { origin: OTHER } })
    t.equal(other.statusCode, 200, 'the request itself is served (CORS is enforced by browsers)')
    t.notOk(other.headers['access-control-allow-origin'], 'but another origin gets no grant')
    t.match(other.headers.vary, /\bOrigin\b/, 'Vary: Origin on this answer too, or a cache could hand it to the allowed origin')
  })

  t.test('preflight: allowed methods, cached for 10 minutes', async (t) => {
    const app = await build(t, { env: { CORS_ORIGINS: ALLOWED } })
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: REVIEWS_URL,
      headers: { origin: ALLOWED, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, idempotency-key' },
    })
    t.equal(preflight.statusCode, 204)
    t.equal(preflight.headers['access-control-allow-origin'], ALLOWED)
    t.equal(preflight.headers['access-control-allow-methods'], 'GET, HEAD, POST, PATCH, DELETE')
    t.equal(preflight.headers['access-control-max-age'], '600')
    t.equal(preflight.headers['access-control-allow-headers'], 'content-type, idempotency-key', 'the requested headers are allowed')

    const refused = await app.inject({ method: 'OPTIONS', url: REVIEWS_URL, headers: { origin: OTHER, 'access-control-request-method': 'POST' } })
    t.notOk(refused.headers['access-control-allow-origin'], 'no grant for another origin')
  })

  t.test('unknown paths are 404 problems and a wrong method a 405 with Allow, public and admin alike', async (t) => {
    // @fastify/cors accepts preflights through an OPTIONS route on every path: that route says nothing of which paths exist.
    for (const origins of [ALLOWED, '*']) {
      const app = await build(t, { env: { CORS_ORIGINS: origins } })
      for (const [url, headers] of [['/nope', {}], ['/v1/no-such-thing', {}], ['/v1/admin/no-such-thing', ADMIN]] as const) {
        for (const method of ['GET', 'POST', 'DELETE'] as const) {
          const res = await app.inject({ method, url, headers: { ...headers, origin: ALLOWED } })
          t.equal(res.statusCode, 404, `CORS_ORIGINS=${origins}: ${method} ${url} is a 404`)
          t.equal(res.headers['content-type'], PROBLEM)
          t.equal(res.json().detail, `No route for ${method} ${url}`)
          t.notOk(res.headers.allow)
          t.ok(res.headers['access-control-allow-origin'], 'with the CORS grant')
        }
      }
      const wrongMethod = await app.inject({ method: 'DELETE', url: `/v1/articles/${SLUG}`, headers: { origin: ALLOWED } })
      t.equal(wrongMethod.statusCode, 405, `CORS_ORIGINS=${origins}: a wrong method on a public path`)
      t.equal(wrongMethod.headers.allow, 'GET, HEAD, OPTIONS')
      t.equal(wrongMethod.headers['content-type'], PROBLEM)
      const adminWrongMethod = await app.inject({ method: 'DELETE', url: '/v1/admin/whoami', headers: { ...ADMIN, origin: ALLOWED } })
      t.equal(adminWrongMethod.statusCode, 405, `CORS_ORIGINS=${origins}: a wrong method on an admin path`)
      t.equal(adminWrongMethod.headers.allow, 'GET, HEAD, OPTIONS')
      const preflight = await app.inject({ method: 'OPTIONS', url: '/v1/admin/whoami', headers: { origin: ALLOWED, 'access-control-request-method': 'GET' } })
      t.equal(preflight.statusCode, 204, 'preflights are still answered')
    }
  })

  t.test('CORS_ORIGINS=*: any origin, without credentials', async (t) => {
    const app = await build(t, { env: { CORS_ORIGINS: '*' } })
    const res = await app.inject({ url: '/v1/articles', headers: { origin: OTHER } })
    t.equal(res.headers['access-control-allow-origin'], '*')
    t.notOk(res.headers['access-control-allow-credentials'])
  })
})
