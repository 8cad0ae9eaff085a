// HTTP for the bench: one request as autocannon sends it (to capture a response, or time an uncached one), a
// measured run with autocannon, and the statistics the report uses.
import { request as httpRequest } from 'node:http'
import { performance } from 'node:perf_hooks'
import autocannon from 'autocannon'
import type { Server } from './servers.js'
import type { CapturedResponse } from './server.js'
import type { Target } from './targets.js'

const MB = 1024 * 1024
/** Headers Node's HTTP server adds (or that describe the connection): not part of a captured response. */
const TRANSPORT_HEADERS = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding'])

/** One request, as autocannon sends it (no Accept-Encoding): the status, the headers in order and the body bytes. */
export function send (origin: string, target: Pick<Target, 'method' | 'path' | 'headers'>, body?: string): Promise<{ status: number, headers: Array<[string, string]>, body: Buffer, ms: number }> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${origin}${target.path}`, { method: target.method, headers: target.headers ?? {}, agent: false }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => {
        const headers: Array<[string, string]> = []
        for (let i = 0; i < response.rawHeaders.length; i += 2) {
          const name = response.rawHeaders[i]!
          if (!TRANSPORT_HEADERS.has(name.toLowerCase())) headers.push([name, response.rawHeaders[i + 1]!])
        }
        resolve({ status: response.statusCode ?? 0, headers, body: Buffer.concat(chunks), ms: performance.now() - started })
      })
      response.on('error', reject)
    })
    request.on('error', reject)
    request.end(body)
  })
}

export async function capture (origin: string, target: Target, expected: number, body?: string): Promise<CapturedResponse> {
  const response = await send(origin, target, body)
  if (response.status !== expected) throw new Error(`${target.method} ${target.path} answered ${response.status}, not ${expected}: ${response.body.toString().slice(0, 300)}`)
  return { status: response.status, headers: response.headers, body: response.body.toString('base64') }
}

/** The baseline must answer exactly as the app did: same status, headers (in order) and bytes. */
export async function checkSameResponse (app: Server, baseline: Server, target: Target) {
  const [ours, theirs] = [await send(app.origin, target), await send(baseline.origin, target)]
  const describe = (response: typeof ours) => JSON.stringify({ status: response.status, headers: response.headers, bytes: response.body.toString('base64') })
  if (describe(ours) !== describe(theirs)) {
    throw new Error(`the baseline's answer to ${target.name} differs from the app's:\napp      ${describe(ours).slice(0, 2000)}\nbaseline ${describe(theirs).slice(0, 2000)}`)
  }
}

export interface Run {
  rps: number
  p99: number
  requests: number
  failures: number
  /** Seconds the run lasted (autocannon's measure). */
  seconds: number
}

let bodyCounter = 1
const nextBody = () => bodyCounter++

export interface MeasureOptions {
  connections: number
  /** Seconds, or else `amount` requests. */
  duration?: number
  amount?: number
  /** Requests a second across all connections (0 or unset: as fast as the server answers). */
  rate?: number
  /** Called with each answer of the expected status (a write's receipt, to check it was committed). */
  onAnswer?: (body: string) => void
}

export async function measure (server: Server, target: Target, { connections, duration, amount, rate, onAnswer }: MeasureOptions): Promise<Run> {
  const request: autocannon.Request = { method: target.method, path: target.path, headers: target.headers ?? {} }
  const { body } = target
  if (body) request.setupRequest = (built) => ({ ...built, body: body(nextBody()) })
  if (onAnswer) request.onResponse = (status, answer) => { if (status === target.status) onAnswer(answer) }
  const result = await autocannon({
    url: server.origin,
    connections,
    pipelining: 1,
    timeout: 10,
    requests: [request],
    ...(amount ? { amount } : { duration }),
    ...(rate ? { overallRate: rate } : {}),
  })
  const expected = result.statusCodeStats?.[`${target.status}`]?.count ?? 0
  const answered = Object.values(result.statusCodeStats ?? {}).reduce((sum, { count }) => sum + (count ?? 0), 0)
  const failures = answered - expected + result.errors + result.timeouts
  return { rps: result.requests.average, p99: result.latency.p99, requests: answered, failures, seconds: result.duration }
}

/** Many requests across several targets, for memory: autocannon cycles through them on each connection. */
export async function load (server: Server, targets: Target[], amount: number, connections: number): Promise<number> {
  const result = await autocannon({
    url: server.origin,
    connections,
    pipelining: 1,
    timeout: 10,
    amount,
    requests: targets.map((target) => ({ method: target.method, path: target.path, headers: target.headers ?? {} })),
  })
  return result.errors + result.timeouts
}

/** Quantile q (0..1) with linear interpolation; quantile(values, 0.5) is the median. */
export function quantile (values: number[], q: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const position = (sorted.length - 1) * q
  const below = Math.floor(position)
  const above = Math.min(below + 1, sorted.length - 1)
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below)
}
export const median = (values: number[]) => quantile(values, 0.5)
export const fixed = (value: number, digits: number) => Number.isFinite(value) ? value.toFixed(digits) : '–'
export const mb = (bytes: number) => Math.round(bytes / MB * 10) / 10
export const signed = (value: number) => `${value >= 0 ? '+' : ''}${fixed(value, 1)}`

/** A server's RSS and V8 heap; for the app also its image process's RSS (0 when not running). */
export type Memory = { rss: number, heapUsed: number, imageRss: number }
export const memoryReport = ({ warm, loaded }: { warm: Memory, loaded: Memory }) => ({
  after_warmup_bytes: warm.rss,
  after_requests_bytes: loaded.rss,
  heap_used_after_warmup_bytes: warm.heapUsed,
  image_process_after_warmup_bytes: warm.imageRss,
  image_process_after_requests_bytes: loaded.imageRss,
  heap_used_after_requests_bytes: loaded.heapUsed,
})
