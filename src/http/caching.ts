// HTTP caching policy: public reads revalidate cheaply with ETags (304); admin responses are never stored.
import { createHash } from 'node:crypto'
import etag from '@fastify/etag'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { ifNoneMatchMatches } from './preconditions.js'

/**
 * For the public API scope: every 200 GET gets a strong ETag and `Cache-Control: public, no-cache`,
 * so browsers and CDNs may keep a copy but must revalidate — a moderation decision or an edit shows at once,
 * and an unchanged resource costs a 304 with no body.
 */
export async function publicCaching (app: FastifyInstance) {
  await app.register(etag)
  app.addHook('onSend', async (request, reply) => {
    if ((request.method === 'GET' || request.method === 'HEAD') && (reply.statusCode === 200 || reply.statusCode === 304)) {
      reply.header('cache-control', 'public, no-cache')
    }
  })
}

/** For the admin scope: responses carry personal data; no browser or proxy may keep them. */
export async function noStore (app: FastifyInstance) {
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store')
  })
}

/** A response rendered once and kept: its bytes, media type and strong ETag. */
export interface Representation { body: string, type: string, etag: string }

/** A strong ETag for a representation: its kind (`json`, `html`, …) and the SHA-1 of its bytes, so no two kinds share one. */
export const representationEtag = (kind: string, body: string) => `"${kind}/${createHash('sha1').update(body).digest('base64')}"`

/**
 * Sends a kept representation, or an empty 304 when If-None-Match lists its ETag (lists and weak tags are understood,
 * which @fastify/etag's exact comparison does not). Headers set before (Vary) stay on both.
 */
export function sendRepresentation (request: FastifyRequest, reply: FastifyReply, representation: Representation) {
  reply.header('etag', representation.etag)
  const ifNoneMatch = request.headers['if-none-match']
  if (ifNoneMatch !== undefined && (request.method === 'GET' || request.method === 'HEAD') && ifNoneMatchMatches(ifNoneMatch, representation.etag)) {
    return reply.code(304).send()
  }
  return reply.type(representation.type).send(representation.body)
}
