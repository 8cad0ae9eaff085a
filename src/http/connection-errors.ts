// Errors raised below Fastify, by Node's HTTP parser and server (oversized headers, malformed requests, an Expect it
// cannot meet, CONNECT, a request that took too long): answered as problem+json with the same security headers as
// every other response, then the connection is closed. Nothing from the request is logged, only the parser's code.
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { STATUS_CODES } from 'node:http'
import type { Duplex } from 'node:stream'
import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from 'fastify'
import { HttpProblem } from './errors.js'

/**
 * Security headers for answers written straight to the socket, as helmet sets them on routed answers (a test compares
 * the two). The policy is stricter (`default-src 'none'`): these bodies are JSON that nothing should render.
 */
export const RAW_SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'cross-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
}

/** Status and detail per Node parser error code; anything else is a 400. */
const PARSER_ERRORS: Record<string, { status: number, detail: string }> = {
  HPE_HEADER_OVERFLOW: { status: 431, detail: 'The request line and headers are larger than this server accepts (MAX_HEADER_BYTES).' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, detail: 'The request was not received in time.' },
  ERR_HTTP_HEADERS_TIMEOUT: { status: 408, detail: 'The request headers were not received in time.' },
}
const MALFORMED = { status: 400, detail: 'The request is not valid HTTP/1.1.' }

/** A complete HTTP/1.1 response carrying a problem, to write on a socket Node has not handed to Fastify. */
export function rawProblemResponse (status: number, detail: string, headers: Record<string, string> = {}): string {
  const title = STATUS_CODES[status] ?? 'Error'
  const body = JSON.stringify({ type: 'about:blank', title, status, detail })
  const lines = [
    `HTTP/1.1 ${status} ${title}`,
    'content-type: application/problem+json; charset=utf-8',
    `content-length: ${Buffer.byteLength(body)}`,
    'cache-control: no-store',
    'connection: close',
    ...Object.entries({ ...RAW_SECURITY_HEADERS, ...headers }).map(([name, value]) => `${name}: ${value}`),
  ]
  return `${lines.join('\r\n')}\r\n\r\n${body}`
}

/** How often Node's server looks for requests past their time: a 408 comes at most this late. */
export const REQUEST_TIMEOUT_CHECK_MS = 1000

/**
 * Node's http.Server options for REQUEST_TIMEOUT_MS, given when the server is made (Node checks them there). Node
 * looks for late requests every `connectionsCheckingInterval` (30 s by default), and takes the larger of
 * `headersTimeout` (60 s by default) and `requestTimeout` as the time for a whole request: left at their defaults, a
 * 30 s request timeout answered a slow body after 60 to 90 s. The headers get no more time than the whole request.
 */
export function requestTimeouts (requestTimeoutMs: number) {
  return { requestTimeout: requestTimeoutMs, headersTimeout: requestTimeoutMs, connectionsCheckingInterval: REQUEST_TIMEOUT_CHECK_MS }
}

/** Fastify's `clientErrorHandler`: a problem for what the parser refused, nothing for a connection already gone. */
export function clientErrorHandler (this: { log: FastifyBaseLogger }, error: NodeJS.ErrnoException, socket: Duplex) {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy()
    return
  }
  const { status, detail } = PARSER_ERRORS[error.code ?? ''] ?? MALFORMED
  this.log.info({ code: error.code, status }, 'client error')
  socket.end(rawProblemResponse(status, detail))
}

/**
 * Answers what Node's server would otherwise answer by itself: CONNECT (not a proxy: 405, where Node would just drop
 * the connection) and an Expect other than 100-continue (417, where Node sends an empty body without these headers).
 */
export function answerServerLevelRequests (server: Server, log: FastifyBaseLogger) {
  server.on('connect', (_request: IncomingMessage, socket: Duplex) => {
    log.info({ status: 405 }, 'CONNECT refused')
    socket.end(rawProblemResponse(405, 'CONNECT is not supported: this is not a proxy.', { allow: 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS' }))
  })
  server.on('checkExpectation', (_request: IncomingMessage, response: ServerResponse) => {
    const body = JSON.stringify({ type: 'about:blank', title: STATUS_CODES[417], status: 417, detail: 'Only "Expect: 100-continue" is supported.' })
    response.writeHead(417, {
      ...RAW_SECURITY_HEADERS,
      'content-type': 'application/problem+json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      'cache-control': 'no-store',
      connection: 'close',
    })
    response.end(body)
  })
}

/** An onRequest hook: HTTP/1.1 requires a Host header (RFC 9112 §3.2); without one, a 400 problem like any other. */
export async function requireHostHeader (request: FastifyRequest) {
  if (request.raw.httpVersion === '1.1' && !request.headers.host) {
    throw new HttpProblem(400, 'An HTTP/1.1 request must carry a Host header.')
  }
}

/**
 * An onRequest hook, first of all: a client that reset its connection before its request was read has no address any
 * more (Node asks the socket for its peer when first read, and a closed one has none). Nothing can be answered to
 * it, and nothing is done for it: without an address the per-address rate limits could not count it. Its request is
 * dropped here, logged at info. For every other request the address is read now and kept by the socket (Node caches
 * it), so a client leaving later, while its request waits, still has the address its limits are counted against.
 */
export async function dropRequestsOfGoneClients (request: FastifyRequest, reply: FastifyReply) {
  if (request.socket.remoteAddress !== undefined) return
  request.log.info('client gone before its request was read: dropped')
  reply.hijack()
  request.raw.destroy()
}
