// Public contact form endpoint: JSON from scripts, or a plain HTML form post (urlencoded) with an optional 303 redirect.
import formbody from '@fastify/formbody'
import { normalizeIP } from '@fastify/rate-limit'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { PRIVATE_NO_STORE } from '../http/caching.js'
import { HttpProblem } from '../http/errors.js'
import { cleanFields } from '../base/text.js'
import { OVERLOADED_EXAMPLES, RATE_LIMIT_HEADERS, Ref, problemExample, problemResponses, rateLimitedResponses } from '../http/schemas.js'
import { sha256 } from '../base/hash.js'
import { emailHash } from '../base/email.js'
import type { ContactService, IntakeResult } from './service.js'
import { ContactReceiptSchema, CreateContactMessageSchema, IdempotencyKeyHeaderSchema } from './schemas.js'

export interface ContactRoutesOptions {
  contact: ContactService
  rateLimit: { max: number, windowMs: number }
}

const FORM_TYPE = 'application/x-www-form-urlencoded'

const PROBLEM_EXAMPLES = {
  422: {
    idempotencyKeyReused: problemExample('Idempotency-Key sent with a different message', 422,
      'This Idempotency-Key was already used with a different request. Send a new key for a new message.', '4k2j9d-b',
      { type: '/problems/idempotency-key-reused', title: 'Idempotency-Key reused' }),
  },
  429: {
    rateLimited: problemExample('Too many messages from this address', 429, 'Too many messages from this network address: try again in 42 seconds.', '4k2j9d-i',
      { type: '/problems/rate-limited' }),
  },
}

/** Two limits count each message (per network address, per email): the headers give the lower remainder, the later reset. */
const CONTACT_RATE_LIMIT_HEADERS = {
  'X-RateLimit-Limit': { ...RATE_LIMIT_HEADERS['X-RateLimit-Limit']!, description: 'Messages allowed per window (from one network address, and from one email). Not on a replayed response.' },
  'X-RateLimit-Remaining': { ...RATE_LIMIT_HEADERS['X-RateLimit-Remaining']!, description: 'Messages left in this window: the lower of the address and email limits. Not on a replayed response.' },
  'X-RateLimit-Reset': { ...RATE_LIMIT_HEADERS['X-RateLimit-Reset']!, description: 'Seconds until the window resets (the later of the two). Not on a replayed response.' },
}

/** Before validation, so lengths are checked on what is stored. */
function normalizeSubmission (body: unknown) {
  cleanFields(body, ['name', 'subject', 'email', 'article_slug', 'redirect', '_gotcha'], ['message'])
}

const isFormPost = (request: FastifyRequest) =>
  (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase() === FORM_TYPE

/** The email of a validated submission (rate limits run after validation). */
const emailOf = (body: unknown): string =>
  typeof body === 'object' && body !== null && 'email' in body && typeof body.email === 'string' ? body.email : ''

function acknowledge (reply: FastifyReply, { receipt, redirect, headers, outcome }: IntakeResult) {
  reply.headers(headers).header('cache-control', PRIVATE_NO_STORE)
  if (outcome === 'replayed') reply.header('idempotent-replayed', 'true')
  if (redirect) return reply.code(303).header('location', redirect).send()
  return reply.code(202).send({ data: receipt })
}

export const contactRoutes: FastifyPluginAsyncTypebox<ContactRoutesOptions> = async (app, { contact, rateLimit }) => {
  // Plain HTML forms post application/x-www-form-urlencoded: accepted in this scope only (app-wide body limit applies).
  await app.register(formbody)
  // JSON and forms only: anything else, including Fastify's default text/plain, is a 415.
  app.removeContentTypeParser('text/plain')

  const { max, windowMs } = rateLimit
  // Keys are hashed: the limiter's memory holds neither addresses nor emails.
  const limits = [
    {
      detail: 'Too many messages from this network address',
      check: app.createRateLimit({ max, timeWindow: windowMs, keyGenerator: (request) => `ip:${sha256(normalizeIP(request.ip))}` }),
    },
    {
      detail: 'Too many messages from this email address',
      check: app.createRateLimit({ max, timeWindow: windowMs, keyGenerator: (request) => `email:${emailHash(emailOf(request.body))}` }),
    },
  ]

  /**
   * Counts the request against both limits: the rate-limit headers, or a 429 problem for the first one exceeded. Both
   * are counted at once (on PostgreSQL, in one statement of the store's batch, not two one after the other), so a
   * request refused by the address limit still counts against its email's, as a request from that email.
   */
  async function countAgainstLimits (request: FastifyRequest): Promise<Record<string, string>> {
    let remaining = max
    let reset = 0
    const results = await Promise.all(limits.map(({ check }) => check(request)))
    for (const [index, { detail }] of limits.entries()) {
      const result = results[index]!
      if (result.isAllowed) continue
      if (result.isExceeded) {
        const seconds = Math.max(1, result.ttlInSeconds)
        throw new HttpProblem(429, `${detail}: try again in ${seconds} second${seconds === 1 ? '' : 's'}.`, {
          type: '/problems/rate-limited',
          headers: { 'retry-after': String(seconds), 'x-ratelimit-limit': String(max), 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(seconds) },
        })
      }
      remaining = Math.min(remaining, result.remaining)
      reset = Math.max(reset, result.ttlInSeconds)
    }
    return { 'x-ratelimit-limit': String(max), 'x-ratelimit-remaining': String(remaining), 'x-ratelimit-reset': String(reset) }
  }

  app.post('/contact-messages', {
    schema: {
      operationId: 'createContactMessage',
      tags: ['Contact'],
      summary: 'Send a contact message',
      description: 'The contact form posts here, as JSON or as a plain HTML form (`application/x-www-form-urlencoded`, no JavaScript needed). ' +
        '202 means the message is committed to storage. Invalid fields are listed in `errors` (JSON Pointers such as `/body/email`). ' +
        'At most CONTACT_RATE_LIMIT_MAX messages per CONTACT_RATE_LIMIT_WINDOW_SECONDS from one network address, and from one email. ' +
        'The same message from the same email within 10 minutes is stored once and answered with the first id. ' +
        'Bodies over 16 KB are refused (413).',
      consumes: ['application/json', FORM_TYPE],
      headers: IdempotencyKeyHeaderSchema,
      body: Ref(CreateContactMessageSchema),
      // Counted: a stored (or deduplicated) message, 202 or 303. A replay is not counted and carries no rate-limit headers;
      // invalid fields, references and a reused Idempotency-Key are refused before counting.
      response: rateLimitedResponses({
        202: {
          description: 'Stored. With `Idempotent-Replayed: true` when this repeats the response to an earlier request with the same Idempotency-Key.',
          headers: {
            'Idempotent-Replayed': { description: 'Present (true) on a replayed response.', type: 'string', enum: ['true'] },
          },
          ...Ref(ContactReceiptSchema),
        },
        303: {
          description: 'Form post with an allowed `redirect`: stored; the browser is sent to that URL.',
          headers: { Location: { description: 'The `redirect` URL.', type: 'string', format: 'uri', maxLength: 2000 } },
          type: 'null',
        },
        ...problemResponses([400, 413, 415, 422, 429, 503], { ...PROBLEM_EXAMPLES, ...OVERLOADED_EXAMPLES }),
      }, [202, 303], CONTACT_RATE_LIMIT_HEADERS),
    },
    preValidation: async (request) => { normalizeSubmission(request.body) },
  }, async (request, reply) => {
    const result = await contact.submit({
      fields: request.body,
      form: isFormPost(request),
      idempotencyKey: request.headers['idempotency-key'],
      countAgainstLimits: () => countAgainstLimits(request),
    })
    const id = result.receipt.id
    if (result.outcome === 'created') request.log.info({ contact_message_id: id, spam: result.spam }, 'contact message stored')
    else request.log.info({ contact_message_id: id, outcome: result.outcome }, 'contact message already stored')
    return acknowledge(reply, result)
  })
}
