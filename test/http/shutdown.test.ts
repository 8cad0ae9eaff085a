// Graceful shutdown over keep-alive: after SIGTERM every request a client wrote on an open connection gets a whole
// answer (which says Connection: close), new connections are refused, and no client ever sees a reset.
import { createServer } from 'node:http'
import { connect, type Socket } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import Fastify from 'fastify'
import { test } from 'tap'
import { Client } from 'undici'
import { drainOnClose, type DrainOptions, type IdleTimers } from '../../src/http/shutdown.js'
import { captureLogs, databaseEnv, ADMIN_KEY, PROBLEM, SLUG, startServer } from '../helper.js'

interface Tap { teardown(fn: () => unknown): void }

/**
 * The drain deadline of the bare apps below, unless a test is about the deadline: far beyond what any drain here takes
 * on a loaded machine (milliseconds), it is the slower alternative a test compares with. A connection the drain
 * failed to close would be destroyed there, and the test fails on `deadlineReached()`, not on how long anything took.
 */
const SLOW_DEADLINE_MS = 30_000

/** Resolves once `condition` holds (tap's timeout is the safety net). */
async function until (condition: () => boolean) {
  while (!condition()) await sleep(5)
}

/** Idle timers run by hand: fire() runs every grace period now pending, as if it had passed; none passes by itself. */
function manualTimers () {
  const pending = new Map<number, () => void>()
  const delays: number[] = []
  let last = 0
  const timers: IdleTimers = {
    set: (callback, ms) => {
      delays.push(ms)
      pending.set(++last, callback)
      return last
    },
    clear: (timer) => { pending.delete(timer as number) },
  }
  return {
    timers,
    armed: () => pending.size,
    /** The length of every grace period armed so far, in order. */
    delays: () => [...delays],
    fire () {
      const due = [...pending.values()]
      pending.clear()
      for (const callback of due) callback()
    },
  }
}

/**
 * A bare app with the drain, listening on 127.0.0.1, built as the real one is (a serverFactory whose listener may answer
 * before routing): GET / answers at once, GET /held once the test calls release(), POST /echo sends its body back, and
 * GET /front is answered by the server's listener without Fastify, as the front cache answers. Its idle grace periods
 * run by hand (`idle`), and its deadline is SLOW_DEADLINE_MS unless a test says otherwise.
 */
async function drainingApp (t: Tap, options: DrainOptions = {}) {
  const idle = manualTimers()
  const logs = captureLogs()
  const app = Fastify({
    return503OnClosing: false,
    logger: { level: 'warn', stream: logs.stream },
    // Longer than the drain may take, so that a drain kept waiting ends at its deadline, as in the real app.
    pluginTimeout: 2 * SLOW_DEADLINE_MS,
    serverFactory: (handler) => createServer((request, response) => {
      if (request.url !== '/front') return handler(request, response)
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': '14' }).end('{"front":true}')
    }),
  })
  drainOnClose(app, { idleTimers: idle.timers, timeoutMs: SLOW_DEADLINE_MS, ...options })
  /** The server's side of every connection. */
  const sockets: Socket[] = []
  app.server.on('connection', (socket: Socket) => sockets.push(socket))
  /** Paths of the requests whose headers Fastify has received. */
  const arrived: string[] = []
  app.addHook('onRequest', async (request) => { arrived.push(request.url) })
  let release = () => {}
  const held = new Promise<void>((resolve) => { release = resolve })
  app.get('/', async () => ({ ok: true }))
  app.get('/held', async () => {
    await held
    return { ok: true }
  })
  app.post('/echo', async (request) => ({ echo: request.body }))
  await app.listen({ host: '127.0.0.1', port: 0 })
  const { port } = app.server.address() as { port: number }
  let closing: Promise<void> | undefined
  /** Starts app.close() (once) and resolves with how long it took. */
  const close = async () => {
    const started = Date.now()
    closing ??= app.close()
    await closing
    return Date.now() - started
  }
  t.teardown(close)
  t.teardown(release)
  const client = new Client(`http://127.0.0.1:${port}`)
  t.teardown(() => client.destroy())
  /** Resolves once the drain has begun: the listener is closed, and the open connections wait for their last answer. */
  const draining = async () => {
    await until(() => !app.server.listening)
    await sleep(5)
  }
  /** Whether the drain deadline destroyed what was still open (the drain logs it). */
  const deadlineReached = () => logs.text().includes('drain deadline')
  return { origin: `http://127.0.0.1:${port}`, port, client, close, arrived, draining, sockets, idle, release, deadlineReached }
}

/**
 * A connection written to byte by byte as a test says: what the server sent, whether it closed the connection, and the
 * error if the connection was reset instead.
 */
function rawConnection (t: Tap, port: number) {
  const socket = connect(port, '127.0.0.1')
  t.teardown(() => socket.destroy())
  let received = ''
  let closed = false
  socket.on('data', (chunk: Buffer) => { received += chunk.toString() })
  const ended = new Promise<{ error?: string }>((resolve) => {
    socket.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }))
    socket.on('close', () => resolve({}))
  })
  socket.on('close', () => { closed = true })
  return {
    socket,
    write: (text: string) => new Promise<void>((resolve, reject) => socket.write(text, (error) => error ? reject(error) : resolve())),
    received: () => received,
    /** Waits until what was received ends with `tail` (a response's last bytes). */
    receivedUntil: (tail: string) => until(() => received.endsWith(tail)),
    ended,
    isClosed: () => closed,
  }
}

const POST_BODY = JSON.stringify({ text: 'a body that arrives in two parts, the second long after the first' })
const POST_HEAD = `POST /echo HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(POST_BODY)}\r\n\r\n`
const ECHOED = JSON.stringify({ echo: JSON.parse(POST_BODY) })

test('drainOnClose', async (t) => {
  t.test('a connection idle when shutdown begins gets its next request answered, and that answer closes it', async (t) => {
    const { client, close, draining, idle, deadlineReached } = await drainingApp(t)
    const before = await client.request({ path: '/', method: 'GET' })
    await before.body.text()
    t.equal(before.headers.connection, 'keep-alive')
    const closed = close()
    await draining()
    t.equal(idle.armed(), 1, 'the idle connection waits out a grace period (which never passes here)')
    const during = await client.request({ path: '/', method: 'GET' })
    t.equal(during.statusCode, 200, 'served as usual, not refused')
    t.same(await during.body.json(), { ok: true })
    t.equal(during.headers.connection, 'close')
    await closed
    t.notOk(deadlineReached(), 'closed once that answer went out, with no grace period passed and long before the deadline')
  })

  t.test('an answer given before routing (as the front cache gives it) closes its connection too', async (t) => {
    const { client, close, draining, deadlineReached } = await drainingApp(t)
    const before = await client.request({ path: '/front', method: 'GET' })
    t.same(await before.body.json(), { front: true })
    t.equal(before.headers.connection, 'keep-alive')
    const closed = close()
    await draining()
    const during = await client.request({ path: '/front', method: 'GET' })
    t.same(await during.body.json(), { front: true }, 'answered without Fastify')
    t.equal(during.headers.connection, 'close', 'and the answer says Connection: close: Fastify never saw it to say so')
    await closed
    t.notOk(deadlineReached(), 'closed once that answer went out')
  })

  t.test('a connection that stays idle is closed after the grace period, not before', async (t) => {
    const { client, close, draining, idle, sockets, deadlineReached } = await drainingApp(t, { idleGraceMs: 300 })
    await (await client.request({ path: '/', method: 'GET' })).body.text()
    const disconnected = new Promise<void>((resolve) => client.once('disconnect', () => resolve()))
    const closed = close()
    await draining()
    t.same(idle.delays(), [300], 'the idle connection waits out one grace period of idleGraceMs')
    t.notOk(sockets[0]!.destroyed, 'and stays open until it has passed')
    idle.fire()
    await closed
    t.ok(sockets[0]!.destroyed, 'closed once it passed')
    t.notOk(deadlineReached(), 'by the grace period, not the deadline')
    await disconnected
    t.pass('the client saw the connection close')
  })

  t.test('a request in flight when shutdown begins is finished, and its answer closes the connection', async (t) => {
    const { client, close, arrived, draining, release, deadlineReached } = await drainingApp(t)
    const answer = client.request({ path: '/held', method: 'GET' })
    await until(() => arrived.includes('/held'))
    const closed = close()
    await draining()
    release()
    const res = await answer
    t.equal(res.statusCode, 200)
    t.same(await res.body.json(), { ok: true })
    t.equal(res.headers.connection, 'close')
    await closed
    t.notOk(deadlineReached(), 'closed once that answer went out, with no grace period passed and long before the deadline')
  })

  // Half-arrived requests: however many grace periods pass, a request whose bytes are arriving is answered, never cut.
  // The grace periods are run by hand, at the moments that matter.

  t.test('a request half-arrived when shutdown begins (headers in, body still coming) is answered once its body is in', async (t) => {
    const { port, close, arrived, draining, idle } = await drainingApp(t)
    const connection = rawConnection(t, port)
    await connection.write(POST_HEAD + POST_BODY.slice(0, 10))
    await until(() => arrived.includes('/echo'))
    const closed = close()
    await draining()
    idle.fire()
    idle.fire()
    await connection.write(POST_BODY.slice(10))
    t.same(await connection.ended, {}, 'the server closed the connection, without a reset')
    t.match(connection.received(), /^HTTP\/1\.1 200 OK\r\n/)
    t.match(connection.received(), /\r\nconnection: close\r\n/i)
    t.ok(connection.received().endsWith(`\r\n\r\n${ECHOED}`), 'the whole answer')
    await closed
  })

  t.test('a request that begins on a connection idle at shutdown, its body slower than the grace period, is answered', async (t) => {
    const { port, close, arrived, draining, idle } = await drainingApp(t)
    const connection = rawConnection(t, port)
    await connection.write('GET / HTTP/1.1\r\nHost: test\r\n\r\n')
    await connection.receivedUntil('{"ok":true}')
    const closed = close()
    await draining()
    t.equal(idle.armed(), 1, 'the idle connection waits out a grace period')
    await connection.write(POST_HEAD + POST_BODY.slice(0, 10))
    await until(() => arrived.includes('/echo'))
    idle.fire()
    idle.fire()
    await connection.write(POST_BODY.slice(10))
    t.same(await connection.ended, {}, 'the server closed the connection, without a reset')
    t.match(connection.received(), /\r\n\r\n\{"ok":true\}HTTP\/1\.1 200 OK\r\n/, 'the second answer follows the first')
    t.match(connection.received(), /\r\nconnection: close\r\n/i)
    t.ok(connection.received().endsWith(`\r\n\r\n${ECHOED}`), 'the whole answer')
    await closed
  })

  t.test('a request whose headers trickle in over several grace periods is answered', async (t) => {
    const { port, close, draining, sockets, idle } = await drainingApp(t)
    const connection = rawConnection(t, port)
    await connection.write('GET / HTTP/1.1\r\nHost: test\r\n\r\n')
    await connection.receivedUntil('{"ok":true}')
    const closed = close()
    await draining()
    const [socket] = sockets
    // Each part arrives (the server has read it), then a grace period passes; the last part completes the request.
    const parts = ['GET /?tr', 'ickle HTTP/1.1\r\nHo', 'st: test\r\n', '\r\n']
    for (const [index, part] of parts.entries()) {
      const read = socket!.bytesRead + Buffer.byteLength(part)
      await connection.write(part)
      await until(() => socket!.bytesRead >= read)
      if (index === parts.length - 1) break
      idle.fire()
      t.notOk(socket!.destroyed, `still open after grace period ${index + 1}, the request incomplete`)
      if (socket!.destroyed) return
    }
    t.same(await connection.ended, {}, 'the server closed the connection, without a reset')
    const second = connection.received().slice(connection.received().indexOf('{"ok":true}') + '{"ok":true}'.length)
    t.match(second, /^HTTP\/1\.1 200 OK\r\n/, 'answered')
    t.match(second, /\r\nconnection: close\r\n/i, 'and the answer closed the connection')
    t.ok(second.endsWith('\r\n\r\n{"ok":true}'), 'the whole answer')
    await closed
  })

  t.test('connections the kernel had already established when shutdown began are accepted and answered, not reset', async (t) => {
    // The kernel completes handshakes for a listening socket by itself; Node accepts them one per event-loop turn. Fifty
    // clients connect and send a request in the same turns: when they are all connected, most of them still wait in
    // the listen queue, and closing the listener then would reset every one of them.
    const { port, close, draining, idle } = await drainingApp(t)
    const CLIENTS = 50
    const connections = Array.from({ length: CLIENTS }, () => rawConnection(t, port))
    let connected = 0
    const closed = new Promise<number>((resolve) => {
      for (const connection of connections) {
        connection.socket.once('connect', () => { if (++connected === CLIENTS) resolve(close()) })
        connection.socket.write('GET / HTTP/1.1\r\nHost: test\r\n\r\n')
      }
    })
    // Answered before the drain began, a connection stays open until a grace period passes: once the drain has begun and
    // every connection has its answer (or was cut), one passes.
    await draining()
    await until(() => connections.every((connection) => connection.isClosed() || connection.received().endsWith('{"ok":true}')))
    idle.fire()
    const ends = await Promise.all(connections.map((connection) => connection.ended))
    t.same(ends.filter((end) => end.error), [], 'no connection was reset')
    const answered = connections.filter((connection) => /^HTTP\/1\.1 200 OK\r\n[^]*\{"ok":true\}$/.test(connection.received())).length
    t.equal(answered, CLIENTS, 'every request was answered')
    await closed
  })

  t.test('new connections are refused once shutdown begins, while the open ones are still draining', async (t) => {
    const { origin, client, close, draining, idle, sockets } = await drainingApp(t)
    await (await client.request({ path: '/', method: 'GET' })).body.text()
    const closed = close()
    await draining()
    t.notOk(sockets[0]!.destroyed, 'the listener closed while a connection was still open (its grace period not passed)')
    const latecomer = new Client(origin)
    t.teardown(() => latecomer.destroy())
    await t.rejects(latecomer.request({ path: '/', method: 'GET' }), { code: 'ECONNREFUSED' })
    idle.fire()
    await closed
  })

  t.test('at the deadline, what is still open is destroyed', async (t) => {
    const { client, close, arrived, release, deadlineReached } = await drainingApp(t, { timeoutMs: 300 })
    const answer = client.request({ path: '/held', method: 'GET' })
    answer.catch(() => {})
    await until(() => arrived.includes('/held'))
    // The slower alternative: had the deadline not cut it, this answer would come after 30 seconds.
    setTimeout(release, SLOW_DEADLINE_MS).unref()
    const took = await close()
    t.ok(took >= 250, `not before the deadline (closed after ${took} ms)`)
    t.ok(deadlineReached(), 'the drain says it gave up at its deadline')
    await t.rejects(answer, { code: 'UND_ERR_SOCKET' }, 'the request cut short fails')
  })

  t.test('an app that never listened closes at once', async (t) => {
    const logs = captureLogs()
    const app = Fastify({ return503OnClosing: false, logger: { level: 'warn', stream: logs.stream }, pluginTimeout: 2 * SLOW_DEADLINE_MS })
    drainOnClose(app, { timeoutMs: SLOW_DEADLINE_MS })
    await app.ready()
    await app.close()
    t.notMatch(logs.text(), /drain deadline/, 'without waiting for the drain deadline')
  })
})

/**
 * Keep-alive connections, each with its own client sending one request after another: half of them only GETs (answered
 * by the front cache, before routing), half a POST every other request (answered by Fastify after a commit).
 */
const CONNECTIONS = 50
/**
 * Runs of the SIGTERM scenario below. One runs in `npm test`; a rare race needs more:
 * `npx tsc -p tsconfig.json && SHUTDOWN_TRIALS=20 npx tap --disable-coverage dist/test/http/shutdown.test.js`.
 */
const TRIALS = Math.max(1, Number(process.env.SHUTDOWN_TRIALS ?? 1))

interface Connection {
  /** Connection: close on each answer, in order. */
  answers: boolean[]
  /** How the client's loop ended: refused (a new connection, never sent), or the failure. */
  end?: string
}

for (let trial = 1; trial <= TRIALS; trial++) {
  test(`SIGTERM under keep-alive load, GETs and POSTs: every request is answered or refused, none is reset${TRIALS > 1 ? ` (trial ${trial})` : ''}`, async (t) => {
    const server = await startServer(t, { ...(await databaseEnv(t, 'drain.db')), ADMIN_API_KEY: ADMIN_KEY, CONTACT_RATE_LIMIT_MAX: '1000000' })
    const connections: Connection[] = Array.from({ length: CONNECTIONS }, () => ({ answers: [] }))
    const state = { answered: 0, afterSignal: 0, signalled: false }
    const statuses = new Map<string, number>()
    const failures: string[] = []
    // Bounded: a server still answering 15 s after SIGTERM fails the test instead of hanging it.
    let deadline = Infinity
    let sent = 0
    // One client per connection, no pipelining, no retries: a request it wrote and lost shows as the error it is, and
    // each answer is known to belong to this connection.
    const loop = async (connection: Connection, index: number) => {
      const client = new Client(server.origin, { pipelining: 1 })
      t.teardown(() => client.destroy())
      for (let n = index; Date.now() < deadline; n++) {
        const post = index % 2 === 0 && n % 2 === 0
        try {
          const res = post
            ? await client.request({ path: '/v1/contact-messages', method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: `drain${++sent}@example.org`, message: 'Sent while the server shuts down.' }) })
            : await client.request({ path: `/v1/articles/${SLUG}`, method: 'GET' })
          await res.body.text() // throws if the body is cut short
          state.answered++
          if (state.signalled) state.afterSignal++
          connection.answers.push(res.headers.connection === 'close')
          const kind = `${post ? 'POST' : 'GET'} ${res.statusCode}`
          statuses.set(kind, (statuses.get(kind) ?? 0) + 1)
          const expected = post ? 202 : 200
          if (res.statusCode !== expected && !(res.statusCode === 503 && res.headers['content-type'] === PROBLEM)) failures.push(`${kind} ${String(res.headers['content-type'])}`)
        } catch (error) {
          const code = (error as { code?: string }).code ?? String(error)
          // Refused: the server no longer listens, so it never took this request (nothing was written).
          connection.end = code
          if (code !== 'ECONNREFUSED') failures.push(`${post ? 'POST' : 'GET'} ${code}: ${(error as Error).message}`)
          return
        }
      }
      connection.end = 'still answering 15 s after SIGTERM'
      failures.push(connection.end)
    }
    const clients = connections.map(loop)
    while (state.answered < 500 && failures.length === 0) await sleep(5)
    state.signalled = true
    const signalled = Date.now()
    deadline = signalled + 15_000
    const exited = server.stop('SIGTERM')
    await Promise.all(clients)
    t.equal(await exited, 0, `exits 0, ${Date.now() - signalled} ms after SIGTERM`)
    t.notMatch(server.output(), /drain deadline/, 'every connection closed before the drain deadline')
    t.same(failures, [], 'no request was reset or cut short, no answer other than 200 and 202 (or a 503 problem)')
    t.ok(state.answered >= 500, `${state.answered} requests answered, ${state.afterSignal} of them after SIGTERM (${[...statuses].map(([kind, n]) => `${n} × ${kind}`).join(', ')})`)
    t.same(connections.map((connection) => connection.end), connections.map(() => 'ECONNREFUSED'), 'then every client was refused a new connection')
    // Each connection ended with an answer that said so: closed by the server only after telling its client. (Not one
    // closed for being idle: each client sends its next request at once.)
    t.same(connections.filter((connection) => connection.answers.at(-1) !== true).length, 0, 'the last answer on every connection said Connection: close')
    // And no client was answered again after it: had the listener still been open when a first answer said
    // Connection: close, clients would reconnect into a listen queue about to be closed (and reset).
    t.same(connections.filter((connection) => connection.answers.indexOf(true) !== connection.answers.length - 1).length, 0,
      'no client got a new connection after an answer said Connection: close: the listener had closed first')
  })
}
