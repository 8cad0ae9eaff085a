// Graceful shutdown over keep-alive: after SIGTERM every request a client wrote on an open connection gets a whole
// answer (which says Connection: close), new connections are refused, and no client ever sees a reset.
import { setTimeout as sleep } from 'node:timers/promises'
import Fastify from 'fastify'
import { test } from 'tap'
import { Client, Pool } from 'undici'
import { drainOnClose, type DrainOptions } from '../../src/http/shutdown.js'
import { databaseEnv, ADMIN_KEY, PROBLEM, SLUG, startServer } from '../helper.js'

interface Tap { teardown(fn: () => unknown): void }

/** A bare app with the drain, listening on 127.0.0.1: GET / answers at once, GET /slow after `slowMs`. */
async function drainingApp (t: Tap, options: DrainOptions & { slowMs?: number }) {
  const app = Fastify({ return503OnClosing: false })
  drainOnClose(app, options)
  app.get('/', async () => ({ ok: true }))
  app.get('/slow', async () => {
    await sleep(options.slowMs ?? 0)
    return { ok: true }
  })
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
  const client = new Client(`http://127.0.0.1:${port}`)
  t.teardown(() => client.destroy())
  return { origin: `http://127.0.0.1:${port}`, client, close }
}

test('drainOnClose', async (t) => {
  t.test('a connection idle when shutdown begins gets its next request answered, and that answer closes it', async (t) => {
    const { client, close } = await drainingApp(t, { idleGraceMs: 5000 })
    const before = await client.request({ path: '/', method: 'GET' })
    await before.body.text()
    t.equal(before.headers.connection, 'keep-alive')
    const closed = close()
    await sleep(100)
    const during = await client.request({ path: '/', method: 'GET' })
    t.equal(during.statusCode, 200, 'served as usual, not refused')
    t.same(await during.body.json(), { ok: true })
    t.equal(during.headers.connection, 'close')
    t.ok(await closed < 4000, 'closed once that answer went out, not at the end of the grace period')
  })

  t.test('a connection that stays idle is closed after the grace period', async (t) => {
    const { client, close } = await drainingApp(t, { idleGraceMs: 300 })
    await (await client.request({ path: '/', method: 'GET' })).body.text()
    let disconnected = false
    client.on('disconnect', () => { disconnected = true })
    const took = await close()
    t.ok(took >= 250 && took < 2000, `closed after ${took} ms`)
    t.ok(disconnected, 'the client saw the connection close')
  })

  t.test('a request in flight when shutdown begins is finished, and its answer closes the connection', async (t) => {
    const { client, close } = await drainingApp(t, { idleGraceMs: 5000, slowMs: 300 })
    const answer = client.request({ path: '/slow', method: 'GET' })
    await sleep(100)
    const closed = close()
    const res = await answer
    t.equal(res.statusCode, 200)
    t.same(await res.body.json(), { ok: true })
    t.equal(res.headers.connection, 'close')
    t.ok(await closed < 4000, 'closed once that answer went out, not at the end of the grace period')
  })

  t.test('new connections are refused as soon as shutdown begins', async (t) => {
    const { origin, client, close } = await drainingApp(t, { idleGraceMs: 500 })
    await (await client.request({ path: '/', method: 'GET' })).body.text()
    const closed = close()
    await sleep(50)
    const latecomer = new Client(origin)
    t.teardown(() => latecomer.destroy())
    await t.rejects(latecomer.request({ path: '/', method: 'GET' }), { code: 'ECONNREFUSED' })
    await closed
  })

  t.test('at the deadline, what is still open is destroyed', async (t) => {
    const { client, close } = await drainingApp(t, { idleGraceMs: 100, timeoutMs: 300, slowMs: 2000 })
    const answer = client.request({ path: '/slow', method: 'GET' })
    answer.catch(() => {})
    await sleep(100)
    const took = await close()
    t.ok(took >= 250 && took < 3000, `closed after ${took} ms`)
    await t.rejects(answer, { code: 'UND_ERR_SOCKET' }, 'the request cut short fails')
  })

  t.test('an app that never listened closes at once', async (t) => {
    const app = Fastify({ return503OnClosing: false })
    drainOnClose(app)
    await app.ready()
    const started = Date.now()
    await app.close()
    t.ok(Date.now() - started < 500)
  })
})

/** Keep-alive connections the client holds, and request loops sharing them (more, so none of them waits for one). */
const CONNECTIONS = 8
const LOOPS = 12

test('SIGTERM under keep-alive load: every request is answered or refused, none is reset', async (t) => {
  const server = await startServer(t, { ...(await databaseEnv(t, 'drain.db')), ADMIN_API_KEY: ADMIN_KEY })
  // No retries anywhere: undici's Pool never retries a request that was written (only ones still queued on a closed
  // connection), so a reset shows here as the error it is.
  const pool = new Pool(server.origin, { connections: CONNECTIONS, pipelining: 1 })
  t.teardown(() => pool.destroy())
  const state = { answered: 0, afterSignal: 0, closing: 0, refused: 0, signalled: false }
  const statuses = new Map<number, number>()
  const failures: string[] = []
  // Bounded: a server still answering 15 s after SIGTERM fails the test instead of hanging it.
  let deadline = Infinity
  const client = async () => {
    while (Date.now() < deadline) {
      try {
        const res = await pool.request({ path: `/v1/articles/${SLUG}`, method: 'GET' })
        await res.body.text() // throws if the body is cut short
        state.answered++
        if (state.signalled) state.afterSignal++
        if (res.headers.connection === 'close') state.closing++
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1)
        if (res.statusCode !== 200 && !(res.statusCode === 503 && res.headers['content-type'] === PROBLEM)) {
          failures.push(`${res.statusCode} ${String(res.headers['content-type'])}`)
        }
      } catch (error) {
        const code = (error as { code?: string }).code ?? String(error)
        // Refused: the server no longer listens, so it never took this request (nothing was written).
        if (code === 'ECONNREFUSED') state.refused++
        else failures.push(`${code}: ${(error as Error).message}`)
        return
      }
    }
    failures.push('still answering 15 s after SIGTERM')
  }
  const clients = Array.from({ length: LOOPS }, client)
  while (state.answered < 300 && failures.length === 0) await new Promise((resolve) => setTimeout(resolve, 5))
  state.signalled = true
  const signalled = Date.now()
  deadline = signalled + 15_000
  const exited = server.stop('SIGTERM')
  await Promise.all(clients)
  t.equal(await exited, 0, `exits 0, ${Date.now() - signalled} ms after SIGTERM`)
  t.notMatch(server.output(), /drain deadline/, 'every connection closed before the drain deadline')
  t.same(failures, [], 'no request was reset or cut short, no answer other than 200 (or a 503 problem)')
  t.ok(state.answered >= 300, `${state.answered} requests answered, ${state.afterSignal} of them after SIGTERM (${[...statuses].map(([status, n]) => `${n} × ${status}`).join(', ')})`)
  t.ok(state.closing >= 1, `${state.closing} answers said Connection: close`)
  t.equal(state.refused, LOOPS, 'then every client was refused a new connection')
})
