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

/** Failed authentications per client address: guessing keys is throttled. */
export interface FailureThrottle {
  /** Seconds until this client may try again, or undefined when it may now. */
  blockedFor(request: FastifyRequest): Promise<number | undefined>
  /** Counts a failed attempt. */
  failed(request: FastifyRequest): Promise<void>
}

export const tooManyFailures = (seconds: number) => new HttpProblem(429,
  `Too many failed admin authentications from this address: try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
  { type: '/problems/rate-limited', headers: { 'retry-after': String(seconds) } })

/**
 * Returns an onRequest hook that admits requests carrying a valid admin bearer key. A client whose failures exceed the
 * throttle's limit is refused (429) before its key is even looked at, valid or not, until the window passes.
 */
export function requireAdminKey (verify: AdminKeyVerifier, throttle?: FailureThrottle) {
  return async function authenticate (request: FastifyRequest) {
    const wait = await throttle?.blockedFor(request)
    if (wait !== undefined) throw tooManyFailures(wait)
    const header = request.headers.authorization
    const match = header ? /^Bearer[ \t]+([^\s]+)[ \t]*$/i.exec(header) : null
    if (!match) {
      await throttle?.failed(request)
      throw unauthorized('Send an admin key as "Authorization: Bearer <key>".', 'invalid_request')
    }
    const name = await verify(match[1]!)
    if (!name) {
      await throttle?.failed(request)
      throw unauthorized('The bearer key is not valid or has been revoked.', 'invalid_token')
    }
    request.adminKeyName = name
  }
}
