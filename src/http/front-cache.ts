// Answers before routing: a public GET whose answer Fastify already gave, for the same content version, is answered
// again with the very status, headers and bytes it sent, by the server's request listener, without Fastify's request
// lifecycle (routing, hooks, validation, reply objects). Only answers sent by sendReady (public reads: ready responses
// that depend on nothing but the URL, a few request headers and the content version) are kept, and only after Fastify
// sent them whole; anything else, or anything unusual about a request, goes to Fastify as before.
//
// What the answer may depend on is in the key: the URL as sent (path and query), Accept, Accept-Encoding and Origin
// (CORS). Whatever route produced it, an answer is kept only if it says it may be shared (Cache-Control: public, not
// private or no-store) and varies on no other request header. If-None-Match and If-Modified-Since are evaluated here,
// as sendReady does, against the kept validators: the 200 and the 304 of a key are kept apart. Requests Fastify would
// refuse never reach a kept answer: no Host (HTTP/1.1), a body, conditional headers longer than the route schemas
// allow, or load shedding in force.
import type { IncomingMessage, OutgoingHttpHeader, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { MAX_IF_MODIFIED_SINCE_LENGTH, MAX_IF_NONE_MATCH_LENGTH, notModified } from './preconditions.js'
import { createResponseBudget, type BudgetEntry, type ResponseBudget } from './response-budget.js'

export interface FrontCacheOptions {
  /** The content version now: a kept answer is sent only while it is the version read when Fastify made it. */
  version: () => number
  /** PostgreSQL: read the version anew (other instances write too); shared by the requests of an event-loop turn. */
  refresh?: () => Promise<void>
  /** False while requests must go through Fastify (load shedding in force): checked per request. */
  open: () => boolean
  /**
   * The memory budget shared with every other response cache (bodies are the ready responses' own buffers, counted
   * once while any cache holds them); or `maxBytes`, a budget of its own.
   */
  budget?: ResponseBudget
  maxBytes?: number
  /** Answers kept at most. */
  maxEntries?: number
}

/** Headers Node writes per connection and response: never kept. */
const PER_RESPONSE = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding'])
/** The request headers in the key (lower case): an answer that varies on any other is not the same for every request of a key. */
const KEYED_HEADERS = new Set(['accept', 'accept-encoding', 'origin'])

/** The comma-separated members of a header, lower case, parameters (`max-age=60`) cut off. */
const members = (value: OutgoingHttpHeader | undefined) =>
  [value ?? ''].flat().join(',').split(',').map((member) => member.split('=')[0]!.trim().toLowerCase()).filter(Boolean)

/**
 * Whether an answer may be sent again to anyone who asks for its key, whatever route made it: public by its own
 * Cache-Control (`public`, neither `private` nor `no-store`), and varying on no request header beyond the key's
 * (`Vary: *` or `Vary: Authorization` say the answer is someone's).
 */
export function shareableAnswer (headers: OutgoingHttpHeaders): boolean {
  const cacheControl = members(headers['cache-control'])
  if (!cacheControl.includes('public') || cacheControl.includes('private') || cacheControl.includes('no-store')) return false
  return members(headers.vary).every((name) => KEYED_HEADERS.has(name))
}

interface Answer {
  status: number
  /** [name, value, name, value, …] as writeHead takes them, names as Fastify and helmet wrote them. */
  headers: string[]
  body: Buffer | undefined
}

interface Entry {
  version: number
  etag: string
  lastModified: string
  ok?: Answer
  notModified?: Answer
  bytes: number
  account?: BudgetEntry
}

/** Set on the response of a request Fastify answers: the key and the version read before it started. */
interface Candidate {
  keep(candidate: Candidate, response: ServerResponse, body: Buffer | undefined): void
  key: string
  version: number
}
const CANDIDATE = Symbol('front-cache candidate')
type CandidateResponse = ServerResponse & { [CANDIDATE]?: Candidate }

export interface FrontCache {
  /** The server's request listener: answers from what is kept, or hands the request to `next` (Fastify). */
  listener(next: (request: IncomingMessage, response: ServerResponse) => void): (request: IncomingMessage, response: ServerResponse) => void
  /** Answers sent from what was kept, and answers kept, since start. */
  stats(): { hits: number, kept: number, entries: number, bytes: number }
}

const keyOf = (request: IncomingMessage) =>
  `${request.url}\n${request.headers.accept ?? ''}\n${request.headers['accept-encoding'] ?? ''}\n${request.headers.origin ?? ''}`

/** Whether nothing about this request needs Fastify: what Fastify would refuse, or read beyond the key, never comes here. */
function plainGet (request: IncomingMessage): boolean {
  const headers = request.headers
  // An empty Host is refused like a missing one (requireHostHeader).
  if (request.method !== 'GET' || !headers.host) return false
  if (headers['content-length'] !== undefined || headers['transfer-encoding'] !== undefined) return false
  const ifNoneMatch = headers['if-none-match']
  if (ifNoneMatch !== undefined && ifNoneMatch.length > MAX_IF_NONE_MATCH_LENGTH) return false
  const ifModifiedSince = headers['if-modified-since']
  return ifModifiedSince === undefined || ifModifiedSince.length <= MAX_IF_MODIFIED_SINCE_LENGTH
}

/** The bytes an entry holds, headers included (the CSP alone is half a kilobyte). */
function sizeOf (key: string, entry: Entry): number {
  let size = key.length + 100
  for (const answer of [entry.ok, entry.notModified]) {
    if (!answer) continue
    size += answer.body?.length ?? 0
    // Each header name and value is a string of its own on the V8 heap (a header of about 16 bytes) in an array slot.
    for (const text of answer.headers) size += text.length + 24
  }
  return size
}

export function createFrontCache ({ version, refresh, open, budget = createResponseBudget(0), maxBytes, maxEntries = 2000 }: FrontCacheOptions): FrontCache {
  if (maxBytes !== undefined) budget = createResponseBudget(maxBytes)
  const entries = new Map<string, Entry>()
  let bytes = 0
  let hits = 0
  let keptCount = 0

  const drop = (key: string) => {
    const entry = entries.get(key)
    if (!entry) return
    bytes -= entry.bytes
    entries.delete(key)
    entry.account?.release()
  }

  /** Sends the kept answer for this request if there is one for the current version; else marks it to be kept. */
  function answer (request: IncomingMessage, response: CandidateResponse, key: string): boolean {
    const now = version()
    const entry = entries.get(key)
    if (entry && entry.version === now) {
      const current = notModified(request.headers['if-none-match'], request.headers['if-modified-since'], entry.etag, entry.lastModified)
      const kept = current ? entry.notModified : entry.ok
      if (kept) {
        // Most recently used last: one-off URLs (a search, a far page) go before the popular ones.
        entries.delete(key)
        entries.set(key, entry)
        entry.account?.use()
        hits++
        response.writeHead(kept.status, kept.headers)
        response.end(kept.body)
        return true
      }
    }
    // NaN (a transaction open, no committed version known): nothing made now could ever be served.
    if (!Number.isNaN(now)) response[CANDIDATE] = { keep, key, version: now }
    return false
  }

  /** Keeps what Fastify sent for a candidate, once it has been sent whole. */
  function keep ({ key, version: madeAt }: Candidate, response: ServerResponse, body: Buffer | undefined) {
    const status = response.statusCode
    if (status !== 200 && status !== 304) return
    const headers: string[] = []
    // Names as they were set (helmet's are capitalized): @types/node lacks OutgoingMessage#getRawHeaderNames (Node ≥ 15.13).
    for (const name of (response as unknown as { getRawHeaderNames(): string[] }).getRawHeaderNames()) {
      const lower = name.toLowerCase()
      if (PER_RESPONSE.has(lower)) continue
      // Anything set per client (cookies) is not an answer to keep.
      if (lower === 'set-cookie') return
      const value = response.getHeader(name)
      if (value === undefined) continue
      for (const one of [value].flat()) headers.push(name, String(one))
    }
    const all = response.getHeaders()
    if (!shareableAnswer(all)) return
    const etag = all.etag
    const lastModified = all['last-modified']
    if (typeof etag !== 'string' || typeof lastModified !== 'string') return
    if (status === 200 && (body === undefined || Number(all['content-length']) !== body.length)) return
    const made: Answer = { status, headers, body: status === 200 ? body : undefined }
    const old = entries.get(key)
    // The 200 and the 304 of a key share an entry only when they carry the same validators.
    const entry: Entry = old && old.version === madeAt && old.etag === etag && old.lastModified === lastModified
      ? { ...old }
      : { version: madeAt, etag, lastModified, bytes: 0 }
    if (status === 200) entry.ok = made
    else entry.notModified = made
    entry.bytes = sizeOf(key, entry)
    drop(key)
    // Counted in the shared budget: its own bytes (key, headers), and its body once with the response that holds it.
    const bodyBytes = entry.ok?.body?.length ?? 0
    const account = budget.keep(entry.bytes - bodyBytes, [entry.ok?.body], () => {
      if (entries.get(key) !== entry) return
      bytes -= entry.bytes
      entries.delete(key)
    })
    if (!account) return
    while (entries.size >= maxEntries) drop(entries.keys().next().value as string)
    entry.account = account
    entries.set(key, entry)
    bytes += entry.bytes
    keptCount++
  }

  /** A kept answer if there is one (false when it failed: Fastify answers, and answers the error if there is one). */
  function tryAnswer (request: IncomingMessage, response: CandidateResponse, key: string): boolean {
    try {
      return answer(request, response, key)
    } catch {
      return response.headersSent
    }
  }

  return {
    listener (next) {
      return (request, response) => {
        if (!plainGet(request) || !open()) return next(request, response)
        const key = keyOf(request)
        // PostgreSQL: a hit waits for a fresh read of the version (shared by this turn's requests); a miss does not
        // (Fastify's onRequest hook refreshes it), and is kept under the version as last read, never newer than the data.
        if (!refresh || !entries.has(key)) {
          if (!tryAnswer(request, response, key)) next(request, response)
          return
        }
        refresh()
          .then(() => tryAnswer(request, response, key), () => false)
          .then((answered) => { if (!answered) next(request, response) }, () => undefined)
      }
    },
    stats: () => ({ hits, kept: keptCount, entries: entries.size, bytes }),
  }
}

/**
 * For sendReady: the answer being sent is a ready response (`body`, or none for a 304). If the front cache marked this
 * request, the answer is kept once it has been sent whole, with every header Fastify's hooks gave it.
 */
export function keepAnswer (response: ServerResponse, body: Buffer | undefined) {
  const candidate = (response as CandidateResponse)[CANDIDATE]
  if (!candidate) return
  response.once('finish', () => {
    // Keeping is an optimisation: whatever goes wrong in it must not reach the server.
    try {
      candidate.keep(candidate, response, body)
    } catch {}
  })
}
