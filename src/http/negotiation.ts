// Content negotiation (RFC 9110 §12.5.1): which of the representations a route offers the request's Accept prefers.
import Negotiator from 'negotiator'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { HttpProblem } from './errors.js'

/**
 * The offered media type the Accept header prefers, or undefined when it accepts none (a 406).
 *
 * Parsing and matching are the `negotiator` package's (the one Express and Koa use): quoted parameters, case, q-values,
 * `q=0` exclusions, and a type's quality taken from the most specific range that matches it (`text/*;q=0.5, text/html`).
 * Between types of equal quality, a more specific match wins (`text/html, *\/*` is HTML), then the order the client
 * listed them in, then `offered`'s order, which is the server's preference (`*\/*` or no Accept gets the first).
 * Offer types with the parameters you send (`text/html; charset=utf-8`): a range with parameters matches only a type
 * that has them, so `text/plain; charset=utf-8` is accepted and `text/plain; charset=iso-8859-1` is not.
 */
export function preferredType<T extends string> (accept: string | undefined, offered: readonly T[]): T | undefined {
  // The common cases (no header, curl's */*) skip parsing. An empty header accepts nothing per the grammar, but it is
  // what some clients send when they mean "anything"; it is read as absent.
  if (accept === undefined || accept === '*/*' || accept.trim() === '') return offered[0]
  // Clients send the same few headers over and over (each browser, each HTTP library): parsing one costs several
  // microseconds, a lookup next to nothing. Bounded, so that made-up headers cannot grow it.
  let known = decided.get(offered)
  if (!known) decided.set(offered, known = new Map<string, string | null>())
  const cached = known.get(accept)
  if (cached !== undefined) return (cached ?? undefined) as T | undefined
  const type = new Negotiator({ headers: { accept } }).mediaType(offered) as T | undefined
  if (known.size >= DECIDED_MAX) known.clear()
  known.set(accept, type ?? null)
  return type
}

/** Accept headers already decided, per list of offered types: the type chosen, or null for none (406). */
const decided = new WeakMap<readonly string[], Map<string, string | null>>()
const DECIDED_MAX = 1000

/** The media type without its parameters: `text/html; charset=utf-8` → `text/html`. */
export const essence = (type: string) => type.split(';', 1)[0]!.trim()

/** 406: the Accept header admits none of the representations this resource has; the problem lists them. */
export function notAcceptable (offered: readonly string[]): HttpProblem {
  const names = [...new Set(offered.map(essence))]
  return new HttpProblem(406, `This resource is available as ${names.join(', ')}: send an Accept header that allows one of them (or */*).`, {
    type: '/problems/not-acceptable',
    title: 'Not Acceptable',
  })
}

/** The offered type the request prefers; throws the 406 problem (always sent as application/problem+json) when none. */
export function negotiate<T extends string> (request: FastifyRequest, offered: readonly T[]): T {
  const type = preferredType(request.headers.accept, offered)
  if (type === undefined) throw notAcceptable(offered)
  return type
}

/** Adds a field name to Vary, keeping what is there (CORS adds Origin). */
export function addVary (reply: FastifyReply, field: string) {
  const current = reply.getHeader('vary')
  if (current === undefined) {
    reply.header('vary', field)
    return
  }
  const value = Array.isArray(current) ? current.join(', ') : String(current)
  const names = value.split(',').map((name) => name.trim()).filter(Boolean)
  if (names.includes('*') || names.some((name) => name.toLowerCase() === field.toLowerCase())) return
  reply.header('vary', [...names, field].join(', '))
}

/**
 * An onRequest hook for routes whose response depends on Accept: `Vary: Accept` on every answer they give, a 304, a 406,
 * a 404 or a redirect included, so that no cache hands one client's representation to another.
 */
export function varyOnAccept (_request: FastifyRequest, reply: FastifyReply, done: () => void) {
  addVary(reply, 'Accept')
  done()
}
