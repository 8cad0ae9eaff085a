// HTTP caching: public reads are ready responses (bytes, strong ETag, Last-Modified, compressed forms) made once per
// state of what they show and answered 304 when the client's copy is current; admin responses are never stored.
import { createHash } from 'node:crypto'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify'
import Negotiator from 'negotiator'
import { brotliOptions } from '../base/compression.js'
import { addVary } from './negotiation.js'
import { keepAnswer } from './front-cache.js'
import { MAX_IF_MODIFIED_SINCE_LENGTH, MAX_IF_NONE_MATCH_LENGTH, notModified } from './preconditions.js'
import { descriptionWithExample } from './schemas.js'
import type { BudgetEntry, ResponseBudget } from './response-budget.js'

/** The default Cache-Control of public reads: caches may serve a copy for a minute, and a stale one while they revalidate. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600'

/**
 * For the public read scopes, whose GET routes all answer with ready responses (sendReady): 200 and 304 answers to
 * GET carry `cacheControl` (PUBLIC_CACHE_CONTROL; `public, no-cache` makes every use revalidate), and each GET route's
 * documentation gains the conditional request headers, the validators and its 304.
 */
export async function publicCaching (app: FastifyInstance, cacheControl: string) {
  app.addHook('onRoute', (route) => documentCaching(route, cacheControl))
  app.addHook('onSend', async (request, reply) => {
    if ((request.method === 'GET' || request.method === 'HEAD') && (reply.statusCode === 200 || reply.statusCode === 304)) {
      reply.header('cache-control', cacheControl)
    }
  })
}

const HEADER_TEXT = { type: 'string', maxLength: 1000 } as const
const VALIDATOR_HEADERS = {
  ETag: { ...HEADER_TEXT, description: 'Strong entity-tag of this representation: send it back in If-None-Match to revalidate.', examples: ['"json/3q2+7wZ1b0VvXlYkK1m7QmRz4aI="'] },
  'Last-Modified': { ...HEADER_TEXT, description: 'When this state was first served (HTTP-date): send it back in If-Modified-Since to revalidate.', examples: ['Wed, 15 Jan 2025 09:00:00 GMT'] },
}

/**
 * Documents the conditional requests of a public GET route: If-None-Match and If-Modified-Since in, the validators
 * and Cache-Control on its 200, and the 304 it answers when the client's copy is current.
 */
function documentCaching (route: RouteOptions, cacheControl: string) {
  const methods = [route.method].flat()
  const schema = route.schema as { headers?: unknown, response?: Record<string, Record<string, unknown>> } | undefined
  const ok = schema?.response?.['200']
  if (!methods.includes('GET') || !schema?.response || !ok || schema.headers) return
  schema.headers = {
    type: 'object',
    properties: {
      'if-none-match': {
        type: 'string',
        maxLength: MAX_IF_NONE_MATCH_LENGTH,
        description: descriptionWithExample('ETags of copies you hold (a list, W/ tags and `*` as RFC 9110 says): 304 when one is current.', '"json/3q2+7wZ1b0VvXlYkK1m7QmRz4aI="'),
      },
      'if-modified-since': {
        type: 'string',
        maxLength: MAX_IF_MODIFIED_SINCE_LENGTH,
        description: descriptionWithExample('Last-Modified of the copy you hold: 304 when nothing changed since (ignored when If-None-Match is sent).', 'Wed, 15 Jan 2025 09:00:00 GMT'),
      },
    },
  }
  ok['headers'] = { ...VALIDATOR_HEADERS, 'Cache-Control': { ...HEADER_TEXT, description: 'How long caches may reuse it (PUBLIC_CACHE_CONTROL).', examples: [cacheControl] } }
  schema.response['304'] = {
    description: 'Not Modified: the copy named by If-None-Match (or If-Modified-Since) is current. No body; the same validators.',
    headers: ok['headers'],
    type: 'null',
  }
}

/** For the admin scope and personal answers: no browser or proxy may keep them. */
export const PRIVATE_NO_STORE = 'private, no-store'

export async function noStore (app: FastifyInstance) {
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', PRIVATE_NO_STORE)
  })
}

/** A response rendered once and kept: its bytes, media type, validators, and its compressed forms (made on first use). */
export interface ReadyResponse {
  body: Buffer
  type: string
  etag: string
  lastModified: string
  /** Other headers that belong to this response (e.g. Link on a page of a list). */
  headers?: Record<string, string>
  gzip?: Buffer
  br?: Buffer
}

/** Bodies smaller than this are sent as they are: compression would not pay for its headers. */
const COMPRESS_FROM_BYTES = 1024

/**
 * A response to keep. `kind` names the representation (json, html, …) in the strong ETag with the SHA-1 of the bytes,
 * so no two representations share an ETag and an unchanged resource keeps its ETag across rebuilds and restarts.
 */
export function readyResponse (kind: string, type: string, body: string, lastModified: Date, headers?: Record<string, string>): ReadyResponse {
  const bytes = exactly(Buffer.from(body))
  return {
    body: bytes,
    type,
    etag: `"${kind}/${createHash('sha1').update(bytes).digest('base64')}"`,
    lastModified: new Date(Math.floor(lastModified.getTime() / 1000) * 1000).toUTCString(),
    ...(headers ? { headers } : {}),
  }
}

/**
 * The buffer, on memory of its own when it would keep more alive than its bytes (a small Buffer.from is a slice of an
 * 8 KB pool slab, a compressed body a slice of a 16 KB zlib chunk): what is kept costs what it counts.
 */
function exactly (buffer: Buffer): Buffer {
  if (buffer.buffer.byteLength === buffer.length) return buffer
  const own = Buffer.allocUnsafeSlow(buffer.length)
  buffer.copy(own)
  return own
}

/** The budget entry that holds each kept ready response: its compressed forms, made later, are counted there too. */
const holders = new WeakMap<ReadyResponse, BudgetEntry>()

/** What a ready response costs beyond its buffers: its strings and objects, roughly. */
const responseOverhead = (response: ReadyResponse) =>
  300 + response.type.length + response.etag.length + response.lastModified.length +
  Object.entries(response.headers ?? {}).reduce((sum, [name, value]) => sum + name.length + value.length + 50, 0)

/**
 * Counts a ready response in a budget entry (the entry of the cache that keeps it): its bytes, its compressed forms
 * made so far, and those made later (encoded() adds them to the same entry).
 */
export function countResponse (entry: BudgetEntry, response: ReadyResponse, extra = 0) {
  entry.add(extra + responseOverhead(response), [response.body, response.gzip, response.br])
  holders.set(response, entry)
}

const encodings = new Map<string, 'br' | 'gzip' | 'identity'>()

/** The encoding to send for this Accept-Encoding (memoized: clients repeat a handful of headers). */
function encodingFor (header: string | undefined): 'br' | 'gzip' | 'identity' {
  if (!header) return 'identity'
  let chosen = encodings.get(header)
  if (!chosen) {
    // Equal q-values are broken by the server's order: br (smaller), then gzip, before what the client listed first.
    const offered = ['br', 'gzip', 'identity']
    // negotiator 1.x takes `preferred`; @types/negotiator does not know it yet.
    const negotiator = new Negotiator({ headers: { 'accept-encoding': header } }) as unknown as { encoding(available: string[], options: { preferred: string[] }): string | undefined }
    chosen = (negotiator.encoding(offered, { preferred: offered }) ?? 'identity') as 'br' | 'gzip' | 'identity'
    if (encodings.size >= 1000) encodings.clear()
    encodings.set(header, chosen)
  }
  return chosen
}

/**
 * Sends a ready response: a 304 with the same validators when the client's copy is current, else the body in the best
 * encoding the client accepts. The answer, once sent, may be kept by the front cache (./front-cache.ts) and sent again
 * without Fastify while the content version is unchanged: what a ready response's answer depends on is in its key.
 */
export function sendReady (request: FastifyRequest, reply: FastifyReply, response: ReadyResponse) {
  reply.header('etag', response.etag).header('last-modified', response.lastModified)
  // Every ready response may be sent compressed, so its 200s and 304s vary on Accept-Encoding.
  addVary(reply, 'Accept-Encoding')
  if (request.method === 'GET' || request.method === 'HEAD') {
    if (notModified(request.headers['if-none-match'], request.headers['if-modified-since'], response.etag, response.lastModified)) {
      keepAnswer(reply.raw, undefined)
      return reply.code(304).send()
    }
  }
  reply.header('content-type', response.type)
  if (response.headers) reply.headers(response.headers)
  const body = encoded(response, request.headers['accept-encoding'])
  if (body !== response.body) reply.header('content-encoding', body === response.br ? 'br' : 'gzip')
  keepAnswer(reply.raw, body)
  return reply.send(body)
}

/** The body in the best encoding the client accepts (compressed once, on first use, then kept with the response). */
function encoded (response: ReadyResponse, acceptEncoding: string | undefined): Buffer {
  if (response.body.length < COMPRESS_FROM_BYTES) return response.body
  const encoding = encodingFor(acceptEncoding)
  if (encoding === 'br') {
    if (response.br) return response.br
    const br = response.br = exactly(brotliCompressSync(response.body, brotliOptions(response.body.length)))
    holders.get(response)?.add(0, [br])
    return br
  }
  if (encoding === 'gzip') {
    if (response.gzip) return response.gzip
    const gzip = response.gzip = exactly(gzipSync(response.body, { level: 9 }))
    holders.get(response)?.add(0, [gzip])
    return gzip
  }
  return response.body
}

/**
 * Ready responses by key (route, parameters, representation), each valid for one version of the data it shows.
 * Counted in the shared response budget (bodies, compressed forms, keys and headers); the least recently used of every
 * cache go first.
 */
export function createResponseCache (budget: ResponseBudget) {
  const entries = new Map<string, { version: number, response: ReadyResponse, account: BudgetEntry }>()
  const drop = (key: string) => {
    const entry = entries.get(key)
    if (!entry) return
    entry.account.release()
    entries.delete(key)
  }
  return {
    /** The kept response for `key` if it was made at `version`. */
    get (key: string, version: number): ReadyResponse | undefined {
      const entry = entries.get(key)
      if (!entry || entry.version !== version) return undefined
      entry.account.use()
      return entry.response
    },
    set (key: string, version: number, response: ReadyResponse) {
      drop(key)
      const account = budget.keep(100 + key.length, [], () => { if (entries.get(key)?.account === account) entries.delete(key) })
      if (!account) return
      countResponse(account, response)
      if (!account.released) entries.set(key, { version, response, account })
    },
  }
}

export type ResponseCache = ReturnType<typeof createResponseCache>

export const JSON_TYPE = 'application/json; charset=utf-8'

/** A 200 JSON response made ready: serialized once by the route's response schema. */
export function readyJson (reply: FastifyReply, payload: object, headers?: Record<string, string>): ReadyResponse {
  const input = payload as Record<string, unknown>
  // A 200 documented per media type (routes with several representations) is serialized by its JSON entry.
  const perMediaType = (reply.routeOptions.schema?.response as Record<string, { content?: unknown }> | undefined)?.['200']?.content !== undefined
  const body = perMediaType ? reply.serializeInput(input, '200', 'application/json') : reply.serializeInput(input, '200')
  return readyResponse('json', JSON_TYPE, String(body), new Date(), headers)
}

/**
 * Sends the kept response for `key` when it was made at the current `version` of the data it shows, else makes it
 * with `build`, keeps it and sends it. The version is read before building, so a write landing meanwhile leaves the
 * kept copy already stale, never a stale copy current.
 */
export async function sendCached (request: FastifyRequest, reply: FastifyReply, cache: { responses: ResponseCache, version: () => number }, key: string, build: () => Promise<ReadyResponse>) {
  const version = cache.version()
  let response = cache.responses.get(key, version)
  if (!response) {
    response = await build()
    cache.responses.set(key, version, response)
  }
  return sendReady(request, reply, response)
}
