// Security headers on every answer, by helmet. @fastify/helmet rebuilds helmet's middleware (parsing the CSP
// directives again) on every request, a tenth of the cost of a cached read; configured once here, helmet only sets
// its precomputed headers. No route needs per-route options or CSP nonces (Swagger UI has no inline scripts).
import type { FastifyInstance } from 'fastify'
import helmet from 'helmet'

export function securityHeaders (app: FastifyInstance) {
  const apply = helmet({
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    // Not upgrade-insecure-requests: Swagger UI served over plain http (a local or staging server) must call that same server.
    contentSecurityPolicy: { directives: { 'upgrade-insecure-requests': null } },
  })
  app.addHook('onRequest', (request, reply, done) => apply(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined)))
}
