// Graceful shutdown under keep-alive load: SIGTERM lets every request in flight finish, each answer after it says
// Connection: close, and no client sees a connection reset on a request the server took.
import { join } from 'node:path'
import { test } from 'tap'
import { Pool } from 'undici'
import { ADMIN_KEY, SLUG, startServer, tempDir } from '../helper.js'

test('SIGTERM under keep-alive load: answers close their connections, nobody gets a reset', async (t) => {
  const server = await startServer(t, { DATABASE_PATH: join(tempDir(t), 'drain.db'), ADMIN_API_KEY: ADMIN_KEY, LOG_REQUESTS: 'false' })
  const pool = new Pool(server.origin, { connections: 8, pipelining: 1 })
  t.teardown(() => pool.destroy())
  let answered = 0
  let closing = 0
  const failures: string[] = []
  let stopped = false
  const client = async () => {
    while (!stopped) {
      try {
        const res = await pool.request({ path: `/v1/articles/${SLUG}`, method: 'GET' })
        await res.body.text()
        answered++
        if (res.headers.connection === 'close') closing++
      } catch (error) {
        const code = (error as { code?: string }).code ?? String(error)
        // Refused: the server stopped listening before this connection was opened; it never took the request.
        if (code !== 'ECONNREFUSED') failures.push(code)
        return
      }
    }
  }
  const clients = Array.from({ length: 8 }, client)
  while (answered < 300) await new Promise((resolve) => setTimeout(resolve, 10))
  const exited = server.stop('SIGTERM')
  t.equal(await exited, 0, 'exits 0')
  stopped = true
  await Promise.all(clients)
  t.ok(answered >= 300, `${answered} requests answered`)
  t.ok(closing >= 1, `${closing} answers after SIGTERM said Connection: close`)
  t.same(failures, [], 'no request was reset')
})
