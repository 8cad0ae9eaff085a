// Conditional requests (RFC 9110 §13): entity-tag lists in If-Match / If-None-Match, and the problems for failed ones.
import { HttpProblem } from './errors.js'

/** `*`, or the entity-tags listed (weak ones keep their W/ prefix). Malformed members are dropped. */
function parseEntityTags (header: string): '*' | string[] {
  if (header.trim() === '*') return '*'
  return [...header.matchAll(/\s*((?:W\/)?"[\x21\x23-\x7e\x80-\xff]*")\s*(?:,|$)/g)].map((match) => match[1]!)
}

/** If-Match passes: `*` (the resource exists), or a listed tag equal to the current one by strong comparison. */
export function ifMatchPasses (header: string, current: string): boolean {
  const tags = parseEntityTags(header)
  return tags === '*' || tags.some((tag) => !tag.startsWith('W/') && tag === current)
}

/**
 * If-None-Match matches the current tag: `*`, or a listed tag equal to it by weak comparison (RFC 9110 §13.1.2), so
 * a cache holding several representations of one URL (Vary) can revalidate them all in one request.
 */
export function ifNoneMatchMatches (header: string, current: string): boolean {
  // What a client that kept one copy sends back: no parsing needed.
  if (header === current) return true
  const tags = parseEntityTags(header)
  const opaque = (tag: string) => tag.startsWith('W/') ? tag.slice(2) : tag
  return tags === '*' || tags.some((tag) => opaque(tag) === opaque(current))
}

/** The longest If-None-Match and If-Modified-Since public GETs accept (their header schemas): longer ones are a 400. */
export const MAX_IF_NONE_MATCH_LENGTH = 8192
export const MAX_IF_MODIFIED_SINCE_LENGTH = 100

/**
 * Whether a response with these validators is Not Modified for these request headers: If-None-Match first;
 * If-Modified-Since only without it (RFC 9110 §13.2.2), an invalid date being ignored.
 */
export function notModified (ifNoneMatch: string | undefined, ifModifiedSince: string | undefined, etag: string, lastModified: string): boolean {
  if (ifNoneMatch !== undefined) return ifNoneMatchMatches(ifNoneMatch, etag)
  if (ifModifiedSince === undefined) return false
  const since = Date.parse(ifModifiedSince)
  return !Number.isNaN(since) && since >= Date.parse(lastModified)
}

/** 412: the resource changed since the client read it. The current ETag is sent, to say which version is now there. */
export const preconditionFailed = (what: string, current: string) => new HttpProblem(412,
  `The ${what} changed since you read it (it is now ${current}): fetch it again, reapply your change, and send its ETag in If-Match.`,
  { type: '/problems/precondition-failed', title: 'Precondition Failed', headers: { etag: current } })

/** 428: this server requires If-Match on writes (REQUIRE_IF_MATCH=true). */
export const preconditionRequired = (what: string) => new HttpProblem(428,
  `Send If-Match with the ETag of the ${what} you read, so that changes made meanwhile are never overwritten.`,
  { type: '/problems/precondition-required', title: 'Precondition Required' })

/**
 * A write's If-Match against the resource's current ETag: a 412 when it names another version, a 428 without one when
 * `required` (REQUIRE_IF_MATCH). `unconditional` writes (operator tools) skip the check.
 */
export function checkIfMatch ({ ifMatch, unconditional }: { ifMatch?: string | undefined, unconditional?: boolean | undefined }, current: string, what: string, required: boolean): void {
  if (unconditional) return
  if (ifMatch === undefined) {
    if (required) throw preconditionRequired(what)
    return
  }
  if (!ifMatchPasses(ifMatch, current)) throw preconditionFailed(what, current)
}
