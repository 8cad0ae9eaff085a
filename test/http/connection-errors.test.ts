// Errors raised below the router, over a real socket: every one is problem+json with the security headers.
import { connect } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import { test } from 'tap'
import { ADMIN, ADMIN_KEY, build, captureLogs, REVIEWS_URL } from '../helper.js'

/**
 * Sends raw bytes and reads until the server closes the connection, as it does after each of these answers. (A minute
 * is a safety net against a server that never does, not a time it must answer in.)
 */
function exchange (port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text))
    let received = ''
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error(`the server did not close the connection; it sent: ${received || '(nothing)'}`))
    }, 60_000)
    socket.on('data', (chunk) => { received += String(chunk) })
    socket.on('close', () => { clearTimeout(timer); resolve(received) })
    socket.on('error', (error) => { clearTimeout(timer); reject(error) })
  })
}

function parse (raw: string) {
  const [head = '', ...rest] = raw.split('\r\n\r\n')
  const [statusLine = '', ...lines] = head.split('\r\n')
  const headers = Object.fromEntries(lines.map((line) => {
    const colon = line.indexOf(':')
    return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()]
  }))
  return { status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') }
}

test('parser and server level errors are problems with the security headers', async (t) => {
  const app = await build(t)
  await app.listen({ host: '127.0.0.1', port: 0 })
  const { port } = app.server.address() as { port: number }
  const routed = await app.inject({ url: '/v1/articles' })
  const securityHeaders = Object.keys(routed.headers).filter((name) => /^(content-security-policy|cross-origin|origin-agent|referrer-policy|strict-transport|x-)/.test(name))
  t.ok(securityHeaders.length >= 10, `helmet sets ${securityHeaders.length} security headers on routed answers`)

  const cases: Array<[string, string, number, RegExp]> = [
    ['a 20 KB header', `GET /v1/articles HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431, /headers are larger/],
    ['a malformed request line', 'GARBAGE\r\n\r\n', 400, /not valid HTTP/],
    ['an invalid header', 'GET /v1/articles HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n', 400, /not valid HTTP/],
    ['an Expect it cannot meet', 'POST /v1/contact-messages HTTP/1.1\r\nHost: x\r\nExpect: nope\r\nContent-Length: 2\r\n\r\n{}', 417, /100-continue/],
    ['CONNECT', 'CONNECT example.org:443 HTTP/1.1\r\nHost: example.org:443\r\n\r\n', 405, /not a proxy/],
    ['no Host', 'GET /v1/tags HTTP/1.1\r\nConnection: close\r\n\r\n', 400, /Host header/],
    ['a DELETE on a read route', 'DELETE /v1/articles HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 405, /not allowed here/],
    ['limit=Infinity', 'GET /v1/articles?limit=Infinity HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 400, /limit/],
  ]
  for (const [what, request, status, detail] of cases) {
    const answer = parse(await exchange(port, request))
    t.equal(answer.status, status, `${what}: ${status}`)
    t.equal(answer.headers['content-type'], 'application/problem+json; charset=utf-8', `${what}: problem+json`)
    const problem = JSON.parse(answer.body) as Record<string, unknown>
    t.match(problem, { type: String, title: String, status, detail }, `${what}: a problem that says why`)
    for (const name of securityHeaders) t.ok(answer.headers[name], `${what}: ${name}`)
    if (status === 405) t.ok(answer.headers.allow, `${what}: Allow names the methods`)
  }
})

/** Sends a request and resets the connection at once (RST), before any answer: a client that went away. */
function sendAndReset (port: number, text: string): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(text)
      socket.resetAndDestroy()
    })
    socket.on('error', () => {})
    socket.on('close', () => resolve())
  })
}

/** Resolves once `condition` holds (tap's timeout is the safety net). */
async function until (condition: () => boolean) {
  while (!condition()) await sleep(10)
}

const post = (url: string, body: object) => {
  const json = JSON.stringify(body)
  return `POST ${url} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`
}

test('a client that disconnects before its answer leaves no error and no stack trace in the logs', async (t) => {
  const requests = {
    'an admin request': `GET /v1/admin/whoami HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${ADMIN_KEY}\r\n\r\n`,
    'an admin request with a wrong key': 'GET /v1/admin/whoami HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer wrong-key-0123456789abcdef\r\n\r\n',
    'a review': post(REVIEWS_URL, { author_name: 'A', rating: 5, body: 'Good.' }),
    'a contact message': post('/v1/contact-messages', { name: 'A', email: 'a@example.org', message: 'Hello, a message.' }),
  }
  for (const logRequests of ['false', 'true']) {
    const logs = captureLogs()
    const app = await build(t, { env: { LOG_LEVEL: 'info', LOG_REQUESTS: logRequests }, logStream: logs.stream })
    await app.listen({ host: '127.0.0.1', port: 0 })
    const { port } = app.server.address() as { port: number }
    // Each request, once the server has it, ends when its connection does: then whatever it was going to log, it has.
    let ended = 0
    app.server.on('request', (_request, response) => response.on('close', () => { ended++ }))
    let sent = 0
    for (const [what, request] of Object.entries(requests)) {
      for (let i = 0; i < 5; i++) await sendAndReset(port, request)
      sent += 5
      await until(() => ended >= sent)
      t.pass(`LOG_REQUESTS=${logRequests}: the server received ${what} each time, and saw its client go`)
    }
    const health = await app.inject({ url: '/v1/admin/whoami', headers: ADMIN })
    t.equal(health.statusCode, 200, 'the server answers others as usual')
    await app.close()
    const entries = logs.lines.map((line) => JSON.parse(line) as { level: number, msg: string })
    t.same(entries.filter((entry) => entry.level >= 50), [], `LOG_REQUESTS=${logRequests}: no error-level line`)
    t.notMatch(logs.text(), /"stack"|\n\s+at /, 'no stack trace')
  }
})

interface TrickleResult { answer: string, bodyBytesSent: number, elapsedMs: number }

/**
 * Sends a POST's headers at once, then its `length`-byte body one byte a second; resolves, once the connection is
 * closed, with what the server answered, how many body bytes had been sent when the answer came, and when it came
 * (milliseconds after the headers were sent).
 */
function trickle (port: number, length: number): Promise<TrickleResult> {
  return new Promise((resolve) => {
    let bodyBytesSent = 0
    let answer = ''
    let answered: { bodyBytesSent: number, elapsedMs: number } | undefined
    let headersSentAt = 0
    let timer: NodeJS.Timeout | undefined
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(`POST /v1/contact-messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`)
      headersSentAt = performance.now()
      timer = setInterval(() => {
        if (answered || socket.destroyed) return
        socket.write(' ')
        if (++bodyBytesSent === length) clearInterval(timer)
      }, 1000)
    })
    socket.on('data', (chunk) => {
      answered ??= { bodyBytesSent, elapsedMs: performance.now() - headersSentAt }
      answer += String(chunk)
      // A complete body answered normally on a kept-alive connection: nothing more will come.
      if (bodyBytesSent === length && /\r\n\r\n/.test(answer)) socket.end()
    })
    socket.on('error', () => {})
    socket.on('close', () => {
      clearInterval(timer)
      resolve({ answer, ...(answered ?? { bodyBytesSent, elapsedMs: performance.now() - headersSentAt }) })
    })
  })
}

test('REQUEST_TIMEOUT_MS bounds the time to receive a whole request: a body trickled in gets its 408 in time', async (t) => {
  const timeoutMs = 1500
  // 30 times the timeout: no load on the machine running the test can make a 408 that comes in time miss it.
  const length = Math.ceil((30 * timeoutMs) / 1000)
  // Behind the front cache (LOG_REQUESTS=false) and on Fastify's own server (true): both servers time requests out alike.
  await Promise.all(['false', 'true'].map(async (logRequests) => {
    const app = await build(t, { env: { REQUEST_TIMEOUT_MS: String(timeoutMs), LOG_REQUESTS: logRequests } })
    await app.listen({ host: '127.0.0.1', port: 0 })
    const { port } = app.server.address() as { port: number }
    const { answer, bodyBytesSent, elapsedMs } = await trickle(port, length)
    const response = parse(answer)
    t.equal(response.status, 408, `LOG_REQUESTS=${logRequests}: 408`)
    t.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8')
    t.match(JSON.parse(response.body || '{}'), { status: 408, detail: 'The request was not received in time.' })
    t.ok(bodyBytesSent < length, `LOG_REQUESTS=${logRequests}: answered while the body was still coming (${bodyBytesSent} of ${length} bytes sent)`)
    t.ok(elapsedMs >= timeoutMs, `not before REQUEST_TIMEOUT_MS (after ${Math.round(elapsedMs)} ms)`)
  }))
})
