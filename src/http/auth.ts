// Bearer-key authentication for /v1/admin: the header is parsed here; whether a key is valid is the verifier's to say.
import type { FastifyRequest } from 'fastify'
import { HttpProblem } from './errors.js'

declare module 'fastify' {
  interface FastifyRequest {
    /** Name of the admin key that authenticated this request. */
    adminKeyName?: string
  }
}

export const BEARER_SECURITY = [{ bearerAuth: [] }]

/** The name of the admin key presented, or undefined when it is unknown or revoked. */
export type AdminKeyVerifier = (presentedKey: string) => Promise<string | undefined>

function unauthorized (detail: string, error: 'invalid_request' | 'invalid_token') {
  return new HttpProblem(401, detail, {
    headers: { 'www-authenticate': `Bearer realm="admin", error="${error}"` },
  })
}

/** Returns an onRequest hook that admits requests carrying a valid admin bearer key. */
export function requireAdminKey (verify: AdminKeyVerifier) {
  return async function authenticate (request: FastifyRequest) {
    const header = request.headers.authorization
    const match = header ? /^Bearer[ \t]+([^\s]+)[ \t]*$/i.exec(header) : null
    if (!match) throw unauthorized('Send an admin key as "Authorization: Bearer <key>".', 'invalid_request')
    const name = await verify(match[1]!)
    if (!name) throw unauthorized('The bearer key is not valid or has been revoked.', 'invalid_token')
    request.adminKeyName = name
  }
}
