// Security headers on every answer, by helmet. @fastify/helmet rebuilds helmet's middleware (parsing the CSP
// directives again) on every request, a tenth of the cost of a cached read. No route needs per-route options or CSP
// nonces (Swagger UI has no inline scripts), so what helmet sets does not depend on the request: it is recorded once,
// by running helmet's middleware on a stand-in response, and set from that list on each answer (helmet's chain of a
// dozen middleware functions cost 2.6 % of a form write's CPU).
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { FastifyInstance } from 'fastify'
import helmet from 'helmet'

type HeaderChange = { set: string, value: string | number | readonly string[] } | { remove: string }

/** What helmet does to a response, in order: headers set (named as helmet names them) and removed. */
export function recordHelmet (options: Parameters<typeof helmet>[0]): HeaderChange[] {
  const changes: HeaderChange[] = []
  const response = {
    setHeader (name: string, value: string | number | readonly string[]) { changes.push({ set: name, value }); return response },
    removeHeader (name: string) { changes.push({ remove: name }) },
  }
  let failure: unknown
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => { failure = error })
  if (failure !== undefined) throw new Error('helmet refused its options', { cause: failure })
  return changes
}

export function securityHeaders (app: FastifyInstance) {
  const changes = recordHelmet({
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    // Not upgrade-insecure-requests: Swagger UI served over plain http (a local or staging server) must call that same server.
    contentSecurityPolicy: { directives: { 'upgrade-insecure-requests': null } },
  })
  app.addHook('onRequest', (_request, reply, done) => {
    const raw = reply.raw
    for (const change of changes) {
      if ('set' in change) raw.setHeader(change.set, change.value)
      else raw.removeHeader(change.remove)
    }
    done()
  })
}
