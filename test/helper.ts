// Test helpers: an app on a fresh database per test, closed on teardown.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { buildApp, type BuildOptions } from '../src/app.js'
import { loadConfig } from '../src/config.js'

export const SLUG = 'from-training-to-employment-the-power-of-healthcare-internships'
export const ADMIN_KEY = 'test-admin-key-0123456789abcdef'
export const ADMIN = { authorization: `Bearer ${ADMIN_KEY}` }

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
