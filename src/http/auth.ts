// Bearer-key authentication for /v1/admin: stored key hashes, or ADMIN_API_KEY from the environment.
import { timingSafeEqual } from 'node:crypto'
import type { FastifyRequest } from 'fastify'
import { hashKey, type ApiKeyRepository } from '../admin/keys.js'
import { HttpProblem } from './errors.js'

declare module 'fastify' {
  interface FastifyRequest {
    /** Name of the admin key that authenticated this request. */
    adminKeyName?: string
  }
}

export const BEARER_SECURITY = [{ bearerAuth: [] }]

function unauthorized (detail: string, error: 'invalid_request' | 'invalid_token') {
  return new HttpProblem(401, detail, {
    headers: { 'www-authenticate': `Bearer realm="admin", error="${error}"` },
  })
}

/** Returns an onRequest hook that admits requests carrying a valid admin bearer key. */
export function requireAdminKey (keys: ApiKeyRepository, environmentKey: string | undefined) {
  const environmentHash = environmentKey ? Buffer.from(hashKey(environmentKey), 'hex') : undefined
  return async function authenticate (request: FastifyRequest) {
    const header = request.headers.authorization
    const match = header ? /^Bearer[ \t]+([^\s]+)[ \t]*$/i.exec(header) : null
    if (!match) throw unauthorized('Send an admin key as "Authorization: Bearer <key>".', 'invalid_request')
    const presentedHash = hashKey(match[1]!)
    // Both sides are fixed-length digests, so the comparison takes the same time whatever the key.
    if (environmentHash && timingSafeEqual(environmentHash, Buffer.from(presentedHash, 'hex'))) {
      request.adminKeyName = 'ADMIN_API_KEY'
      return
    }
    const name = await keys.findActiveByHash(presentedHash)
    if (!name) throw unauthorized('The bearer key is not valid or has been revoked.', 'invalid_token')
    request.adminKeyName = name
  }
}
