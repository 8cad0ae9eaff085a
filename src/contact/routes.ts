// Public contact form endpoint: JSON from scripts, or a plain HTML form post (urlencoded) with an optional 303 redirect.
import formbody from '@fastify/formbody'
import { normalizeIP } from '@fastify/rate-limit'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Config } from '../config.js'
import { HttpProblem, badRequest } from '../http/errors.js'
import { cleanFields } from '../http/sanitize.js'
import { Ref, problemResponses } from '../http/schemas.js'
import { sha256, type IdempotencyClaim } from '../idempotency/repository.js'
import { emailHash } from '../privacy/email.js'
import type { ContactRepository } from './repository.js'
import {
  ContactReceiptSchema, CreateContactMessageSchema, IdempotencyKeyHeaderSchema, type ContactReceipt, type CreateContactMessage,
} from './schemas.js'

export interface ContactRoutesOptions {
  contact: ContactRepository
  config: Config['contact']
}

const IDEMPOTENCY_SCOPE = 'POST /v1/contact-messages'
const FORM_TYPE = 'application/x-www-form-urlencoded'

type FieldError = { path: string, message: string }

/** Before validation, so lengths are checked on what is stored. */
function normalizeSubmission (body: unknown) {
  cleanFields(body, ['name', 'subject', 'email', 'article_slug', 'redirect', '_gotcha'], ['message'])
}

const isFormPost = (request: FastifyRequest) =>
  (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase() === FORM_TYPE

/** The redirect URL when it is http(s), without credentials, on an allowed origin. */
function allowedRedirect (value: string, origins: string[]): string | undefined {
  let url: URL
  try { url = new URL(value) } catch { return undefined }
  if (!['http:', 'https:'].includes(url.protocol) || url.username || url.password) return undefined
  return origins.includes(url.origin) ? url.href : undefined
}

/** Everything that determines the response: the same key with anything different here is a 422. */
function idempotencyClaim (key: string | undefined, body: CreateContactMessage, form: boolean): IdempotencyClaim | undefined {
  if (key === undefined) return undefined
  const fingerprint = [
    form ? 'form' : 'json', body.name ?? '', body.email, body.subject ?? '', body.message,
    body.article_slug ?? '', body._gotcha ?? '', body.redirect ?? '',
  ]
  return { scope: IDEMPOTENCY_SCOPE, keyHash: sha256(key), requestHash: sha256(JSON.stringify(fingerprint)) }
}

const keyReused = () => new HttpProblem(422,
  'This Idempotency-Key was already used with a different request. Send a new key for a new message.',
  { type: '/problems/idempotency-key-reused', title: 'Idempotency-Key reused' })

const fieldProblem = (errors: FieldError[]) =>
  badRequest(`The request has ${errors.length} invalid field${errors.length === 1 ? '' : 's'}: ${errors.map((error) => error.path).join(', ')}`, errors)

export const contactRoutes: FastifyPluginAsyncTypebox<ContactRoutesOptions> = async (app, { contact, config }) => {
  // Plain HTML forms post application/x-www-form-urlencoded: accepted in this scope only (app-wide body limit applies).
  await app.register(formbody)
  // JSON and forms only: anything else, including Fastify's default text/plain, is a 415.
  app.removeContentTypeParser('text/plain')

  const { max, windowMs } = config.rateLimit
  // Keys are hashed: the limiter's memory holds neither addresses nor emails.
  const limits = [
    {
      detail: 'Too many messages from this network address',
      check: app.createRateLimit({ max, timeWindow: windowMs, keyGenerator: (request) => `ip:${sha256(normalizeIP(request.ip))}` }),
    },
    {
      detail: 'Too many messages from this email address',
      check: app.createRateLimit({ max, timeWindow: windowMs, keyGenerator: (request) => `email:${emailHash((request.body as CreateContactMessage).email)}` }),
    },
  ]

  async function enforceRateLimits (request: FastifyRequest, reply: FastifyReply) {
    let remaining = max
    let reset = 0
    for (const { detail, check } of limits) {
      const result = await check(request)
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
    reply.headers({ 'x-ratelimit-limit': String(max), 'x-ratelimit-remaining': String(remaining), 'x-ratelimit-reset': String(reset) })
  }

  function acknowledge (reply: FastifyReply, receipt: ContactReceipt, redirect: string | undefined, replayed: boolean) {
    reply.header('cache-control', 'no-store')
    if (replayed) reply.header('idempotent-replayed', 'true')
    if (redirect) return reply.code(303).header('location', redirect).send()
    return reply.code(202).send({ data: receipt })
  }

  /** Checks that need the database or config, answered before the rate limits so that a sender fixing a field is not locked out. */
  const references = new WeakMap<FastifyRequest, { article: { id: number, slug: string } | null, redirect: string | undefined }>()
  async function checkReferences (request: FastifyRequest) {
    const body = request.body as CreateContactMessage
    const errors: FieldError[] = []
    let redirect: string | undefined
    if (body.redirect) {
      redirect = allowedRedirect(body.redirect, config.redirectOrigins)
      if (!redirect) errors.push({ path: '/body/redirect', message: 'must be a URL on an allowed origin' })
    }
    let article: { id: number, slug: string } | null = null
    if (body.article_slug) {
      const id = await contact.publishedArticleId(body.article_slug)
      if (id === undefined) errors.push({ path: '/body/article_slug', message: 'must be the slug of a published article' })
      else article = { id, slug: body.article_slug }
    }
    if (errors.length > 0) throw fieldProblem(errors)
    references.set(request, { article, redirect })
  }

  app.post('/contact-messages', {
    schema: {
      operationId: 'createContactMessage',
      tags: ['Contact'],
      summary: 'Send a contact message',
      description: 'The contact form posts here, as JSON or as a plain HTML form (`application/x-www-form-urlencoded`, no JavaScript needed). ' +
        '202 means the message is committed to storage. Invalid fields are listed in `errors` (JSON Pointers such as `/body/email`). ' +
        `At most CONTACT_RATE_LIMIT_MAX messages per CONTACT_RATE_LIMIT_WINDOW_SECONDS from one network address, and from one email. ` +
        'The same message from the same email within 10 minutes is stored once and answered with the first id. ' +
        'Bodies over 16 KB are refused (413).',
      consumes: ['application/json', FORM_TYPE],
      headers: IdempotencyKeyHeaderSchema,
      body: Ref(CreateContactMessageSchema),
      response: {
        202: {
          description: 'Stored. With `Idempotent-Replayed: true` when this repeats the response to an earlier request with the same Idempotency-Key.',
          headers: {
            'Idempotent-Replayed': { description: 'Present (true) on a replayed response.', type: 'string', enum: ['true'] },
            'X-RateLimit-Limit': { description: 'Messages allowed per window.', type: 'integer', format: 'int32' },
            'X-RateLimit-Remaining': { description: 'Messages left in this window (the lower of the address and email limits).', type: 'integer', format: 'int32' },
            'X-RateLimit-Reset': { description: 'Seconds until the window resets.', type: 'integer', format: 'int32' },
          },
          ...Ref(ContactReceiptSchema),
        },
        303: {
          description: 'Form post with an allowed `redirect`: stored; the browser is sent to that URL.',
          headers: { Location: { description: 'The `redirect` URL.', type: 'string', format: 'uri', maxLength: 2000 } },
          type: 'null',
        },
        ...problemResponses(400, 413, 415, 422, 429),
      },
    },
    preValidation: async (request) => { normalizeSubmission(request.body) },
    preHandler: [
      // Replays first: a retry of a stored submission gets its answer without counting against the limits.
      async (request, reply) => {
        const claim = idempotencyClaim(request.headers['idempotency-key'], request.body, isFormPost(request))
        if (!claim) return
        const replay = await contact.replay(claim)
        if (!replay) return
        if (replay.outcome === 'key-reused') throw keyReused()
        const redirect = isFormPost(request) && request.body.redirect ? allowedRedirect(request.body.redirect, config.redirectOrigins) : undefined
        return acknowledge(reply, replay.receipt, redirect, true)
      },
      checkReferences,
      enforceRateLimits,
    ],
  }, async (request, reply) => {
    const body = request.body
    const { article, redirect } = references.get(request)!
    const spam = Boolean(body._gotcha)
    const result = await contact.receive({
      name: body.name || null,
      email: body.email,
      subject: body.subject || null,
      message: body.message,
      article,
      spam,
    }, { idempotency: idempotencyClaim(request.headers['idempotency-key'], body, isFormPost(request)) })
    if (result.outcome === 'key-reused') throw keyReused()
    if (result.outcome === 'created') request.log.info({ contact_message_id: result.receipt.id, spam }, 'contact message stored')
    else request.log.info({ contact_message_id: result.receipt.id, outcome: result.outcome }, 'contact message already stored')
    return acknowledge(reply, result.receipt, isFormPost(request) ? redirect : undefined, result.outcome === 'replayed')
  })
}
