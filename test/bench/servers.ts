// The bench's servers as child processes (test/bench/server.ts): started, pinned to a CPU, asked for their memory
// (and the plain baseline for its commits), stopped; and the clean-up that runs once, on success, failure or a signal.
import { execFileSync, fork, type ChildProcess } from 'node:child_process'
import { cpus } from 'node:os'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { options } from './options.js'
import type { PlainStats } from './plain.js'
import type { ServerMessage } from './server.js'
import { askChild, memoryOfChild } from './ipc.js'

const SERVER_SCRIPT = fileURLToPath(new URL('./server.js', import.meta.url))

export type ServerKind = 'app' | 'baseline' | 'plain'
export interface Server { kind: ServerKind, child: ChildProcess, origin: string, startMs: number }

const children: ChildProcess[] = []
function stopChildren () {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
}
export function childrenStopped (): Promise<void> {
  stopChildren()
  const running = children.filter((child) => child.exitCode === null && child.signalCode === null)
  return Promise.all(running.map((child) => new Promise((resolve) => child.once('exit', resolve)))).then(() => undefined)
}
process.on('exit', stopChildren)

/** Set by main once there is something to remove (the servers, the run's database): it runs once, whoever calls first. */
let cleanUp: (() => Promise<void>) | undefined
export function setCleanUp (work: () => Promise<void>) { cleanUp = work }
/** Aborted by SIGINT or SIGTERM: work in this process (filling the database) stops. */
export const interruption = new AbortController()
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interruption.signal.aborted) process.exit(130) // asked again: at once
    interruption.abort()
    console.error(`\nbench: ${signal}, cleaning up (again to quit at once)`)
    setTimeout(() => { console.error('bench: clean-up took over 20 s, quitting'); process.exit(130) }, 20_000).unref()
    ;(cleanUp ?? childrenStopped)().catch((error: Error) => console.error(`bench: ${error.message}`)).finally(() => process.exit(130))
  })
}

/** With two or more CPUs and taskset: servers on the last CPU, this loader on the first, so they do not compete. */
export const pinning = !options.noPin && cpus().length >= 2 && hasTaskset()
function hasTaskset (): boolean {
  try { execFileSync('taskset', ['-V'], { stdio: 'ignore' }); return true } catch { return false }
}
export function pin (pid: number, cpu: number) {
  if (pinning) execFileSync('taskset', ['-a', '-cp', String(cpu), String(pid)], { stdio: 'ignore' })
}

export function startServer (kind: ServerKind, argv: string[], { env = {}, execArgv = [] }: { env?: Record<string, string>, execArgv?: string[] } = {}): Promise<Server> {
  const started = performance.now()
  // The database is the run's own (env), never one the shell's DATABASE_URL or DATABASE_PATH names.
  const inherited = { ...process.env }
  delete inherited.DATABASE_URL
  delete inherited.DATABASE_PATH
  const child = fork(SERVER_SCRIPT, [kind, ...argv], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'], // app logs (JSON lines) go to /dev/null: their cost is measured, not their I/O
    env: { ...inherited, LOG_LEVEL: options.logLevel, NODE_ENV: 'production', ...env },
    execArgv,
  })
  children.push(child)
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${kind} server did not start within 120 s`)), 120_000)
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`${kind} server exited (${code}) before listening`)) })
    const onMessage = (message: ServerMessage) => {
      if (message.type !== 'listening') return
      clearTimeout(timer)
      child.off('message', onMessage)
      const startMs = performance.now() - started
      pin(child.pid!, cpus().length - 1)
      resolve({ kind, child, origin: `http://127.0.0.1:${message.port}`, startMs })
    }
    child.on('message', onMessage)
  })
}

export function stopServer ({ child }: Server): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.removeAllListeners('exit')
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}

export const memoryOf = ({ child, kind }: Server) => memoryOfChild(child, `${kind} server`)

/** The plain baseline's commits since the last time asked: transactions, writes in them, the largest batch. */
export const statsOf = ({ child, kind }: Server): Promise<PlainStats> =>
  askChild(child, `${kind} server`, 'stats', (message) => ({ batches: message.batches, writes: message.writes, max_batch: message.max_batch }))
