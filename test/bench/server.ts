// Benchmark server, one per process, started by test/bench/run.ts:
//   baseline PAYLOAD_FILE   bare Fastify answering GET /static with that JSON (parsed once, serialized per request)
//   app DATABASE_FILE       the real app (buildApp) on that SQLite file, seeded; LOG_LEVEL from the environment (default info)
// Reports { port } over IPC once listening; exits when told to (SIGTERM) or when the loader goes away.
import { readFileSync } from 'node:fs'
import Fastify, { type FastifyInstance } from 'fastify'
import { buildApp } from '../../src/app.js'
import { loadConfig } from '../../src/config.js'

async function start (kind: string | undefined, file: string | undefined): Promise<FastifyInstance> {
  if (!file) throw new Error('usage: server.js baseline PAYLOAD_FILE | app DATABASE_FILE')
  if (kind === 'baseline') {
    const payload: unknown = JSON.parse(readFileSync(file, 'utf8'))
    const app = Fastify({ logger: false })
    app.get('/static', async () => payload)
    return app
  }
  if (kind === 'app') {
    return buildApp({ config: loadConfig({ DATABASE_PATH: file, LOG_LEVEL: process.env.LOG_LEVEL ?? 'info' }) })
  }
  throw new Error(`unknown server kind "${kind ?? ''}"`)
}

const [kind, file] = process.argv.slice(2)
const app = await start(kind, file)
await app.listen({ host: '127.0.0.1', port: 0 })
const address = app.server.address()
if (!address || typeof address === 'string') throw new Error('not listening on a TCP port')

let closing = false
async function stop () {
  if (closing) return
  closing = true
  await app.close()
  process.exit(0)
}
process.on('SIGTERM', () => { stop().catch(() => process.exit(1)) })
process.on('disconnect', () => { stop().catch(() => process.exit(1)) })
process.send?.({ port: address.port })
