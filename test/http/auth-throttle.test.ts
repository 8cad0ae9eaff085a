import { test } from 'tap'
import { ADMIN, build } from '../helper.js'

test('failed admin authentications are throttled per address', async (t) => {
  const app = await build(t, { env: { ADMIN_AUTH_FAILURES_MAX: '3', ADMIN_AUTH_FAILURES_WINDOW_SECONDS: '3600' } })
  const whoami = (remoteAddress: string, headers: Record<string, string> = {}) => app.inject({ url: '/v1/admin/whoami', remoteAddress, headers })
  for (let i = 0; i < 3; i++) t.equal((await whoami('203.0.113.7', { authorization: `Bearer wrong-${i}` })).statusCode, 401, `failure ${i + 1}`)
  const throttled = await whoami('203.0.113.7', { authorization: 'Bearer wrong-again' })
  t.equal(throttled.statusCode, 429)
  t.equal(throttled.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.match(throttled.headers['retry-after'], /^\d+$/)
  t.ok(Number(throttled.headers['retry-after']) <= 3600, 'in seconds, at most the window')
  t.equal(throttled.json().type, '/problems/rate-limited')
  t.equal((await whoami('203.0.113.7', ADMIN)).statusCode, 429, 'even a valid key, from the throttled address, until the window passes')
  t.equal((await whoami('203.0.113.8', ADMIN)).statusCode, 200, 'a valid key from another address is unaffected')
  t.equal((await whoami('203.0.113.9')).statusCode, 401, 'another address may still fail')

  t.test('a request without an Authorization header, or with another scheme, is a failed authentication and counts', async (t) => {
    const address = '203.0.113.30'
    const attempts: Array<Record<string, string>> = [{}, {}, { authorization: 'Basic dXNlcjpwYXNz' }]
    for (const headers of attempts) {
      const res = await whoami(address, headers)
      t.equal(res.statusCode, 401, JSON.stringify(headers))
      t.equal(res.headers['www-authenticate'], 'Bearer realm="admin", error="invalid_request"')
    }
    const throttled = await whoami(address)
    t.equal(throttled.statusCode, 429, 'the fourth attempt, without a header again, is throttled')
    t.equal(throttled.json().type, '/problems/rate-limited')
    t.equal((await whoami(address, ADMIN)).statusCode, 429, 'and so is a valid key from that address')
  })

  t.test('successes do not count', async (t) => {
    for (let i = 0; i < 10; i++) t.equal((await whoami('198.51.100.20', ADMIN)).statusCode, 200)
  })
})
