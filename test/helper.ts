// Test helpers: an app on a fresh database per test, closed on teardown.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FastifyInstance } from 'fastify'
import { buildApp, type BuildOptions } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import type { CreateContactMessage } from '../src/contact/schemas.js'
import type { Submission } from '../src/reviews/service.js'

export const SLUG = 'from-training-to-employment-the-power-of-healthcare-internships'
export const ADMIN_KEY = 'test-admin-key-0123456789abcdef'
export const ADMIN = { authorization: `Bearer ${ADMIN_KEY}` }
/** Standard Webhooks secrets (whsec_ + base64 of 32 bytes), as `npm run cli -- webhook-secret` prints them. */
export const WEBHOOK_SECRET = `whsec_${Buffer.alloc(32, 7).toString('base64')}`
export const OTHER_WEBHOOK_SECRET = `whsec_${Buffer.alloc(32, 9).toString('base64')}`

interface Tap { teardown(fn: () => unknown): void }

/** A temporary directory removed on teardown. */
export function tempDir (t: Tap): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-api-test-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

export interface BuildTestOptions {
  env?: Record<string, string>
  seed?: boolean
  /** Receives the production JSON log lines (see captureLogs). */
  logStream?: BuildOptions['logStream']
}

/** buildApp on a fresh in-memory database (unless env.DATABASE_PATH says otherwise), migrated and seeded. */
export async function build (t: Tap, { env = {}, seed = true, logStream }: BuildTestOptions = {}): Promise<FastifyInstance> {
  const config = loadConfig({ DATABASE_PATH: ':memory:', LOG_LEVEL: 'silent', ADMIN_API_KEY: ADMIN_KEY, ...env })
  const app = await buildApp({ config, seed, logger: logStream !== undefined, ...(logStream ? { logStream } : {}) })
  t.teardown(() => app.close())
  await app.ready()
  return app
}

/** A logger writing JSON lines into an array, to assert what reaches the logs. */
export function captureLogs () {
  const lines: string[] = []
  const stream = { write (line: string) { lines.push(...line.split('\n').filter(Boolean)) } }
  return { stream, lines, text: () => lines.join('\n') }
}

/** Runs one of the project's entry points (src/cli, src/server) in a child process, compiled or through the TS loader alike. */
export function scriptCommand (name: 'cli' | 'server'): { command: string, args: string[] } {
  const compiled = import.meta.url.endsWith('.js')
  const file = fileURLToPath(new URL(`../src/${name}.${compiled ? 'js' : 'ts'}`, import.meta.url))
  // Compiled: plain node (tap's loaders in execArgv would slow every start several-fold); TS: the same loader as this process.
  return { command: process.execPath, args: compiled ? [file] : [...process.execArgv, file] }
}

/** The environment for a child process: tap's NODE_OPTIONS loaders are dropped for compiled scripts (they triple start-up time). */
export function childEnv (env: Record<string, string>): NodeJS.ProcessEnv {
  const base = { ...process.env }
  if (import.meta.url.endsWith('.js')) delete base.NODE_OPTIONS
  return { ...base, ...env }
}

export interface ScriptResult { code: number | null, signal: NodeJS.Signals | null, stdout: string, stderr: string }

export function runScript (name: 'cli' | 'server', args: string[], env: Record<string, string>, timeoutMs = 30_000): Promise<ScriptResult> {
  const { command, args: base } = scriptCommand(name)
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...base, ...args], { env: childEnv({ LOG_LEVEL: 'silent', ...env }), stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => { stdout += chunk })
    child.stderr.on('data', (chunk) => { stderr += chunk })
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({ code, signal, stdout, stderr })
    })
  })
}

/** Stores a contact message through the service the route uses, as if received at `now`, without rate limits. */
export function receiveMessage (app: FastifyInstance, fields: CreateContactMessage, now?: Date, idempotencyKey?: string) {
  return app.services.contact.submit({ fields, form: false, idempotencyKey, countAgainstLimits: async () => ({}) }, now)
}

/** Submits a review of the seed article through the service the route uses (no rate limit), as if at `now`. */
export async function submitReview (app: FastifyInstance, fields: Partial<Submission> = {}, now?: Date) {
  const result = await app.services.reviews.submit({
    articleSlug: SLUG, authorName: 'A', email: null, rating: 5, title: null, body: 'A review.', spam: false, clientIp: '198.51.100.1', ...fields,
  }, now)
  if (result.outcome !== 'created') throw new Error(`review not stored: ${result.outcome}`)
  return result
}

export interface ServerProcess {
  /** http://127.0.0.1:PORT, from the "Server listening at" log line. */
  origin: string
  /** Everything the process wrote so far (stdout and stderr). */
  output(): string
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>
}

/** Starts src/server in a child process (JSON logs at info, to find the port), killed on teardown if still running. */
export async function startServer (t: Tap, env: Record<string, string>, timeoutMs = 30_000): Promise<ServerProcess> {
  const { command, args } = scriptCommand('server')
  const child = spawn(command, args, { env: childEnv({ LOG_LEVEL: 'info', ...env }), stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve))
  t.teardown(() => { if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL') })
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), timeoutMs)
    child.stdout.on('data', (chunk) => {
      output += chunk
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
      if (match) { clearTimeout(timer); resolve(match[1]!) }
    })
    child.stderr.on('data', (chunk) => { output += chunk })
    void exited.then((code) => { clearTimeout(timer); reject(new Error(`server exited with ${code}:\n${output}`)) })
  })
  return {
    origin,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      return exited
    },
  }
}
