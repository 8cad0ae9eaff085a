// HTTP caching policy: public reads revalidate cheaply with ETags (304); admin responses are never stored.
import etag from '@fastify/etag'
import type { FastifyInstance } from 'fastify'

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
