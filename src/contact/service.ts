// Contact intake and its rules: a retried request gets its first answer (Idempotency-Key), references are checked
// before the rate limits count the request, a honeypot catch is stored as spam and announced to nobody, and the same
// message from the same email within 10 minutes is stored once. Deleting a message takes what derives from it.
import { randomUUID } from 'node:crypto'
import { lockKeys } from '../db/dialect.js'
import type { Executor } from '../db/schema.js'
import { HttpProblem, badRequest } from '../http/errors.js'
import { sha256 } from '../base/hash.js'
import { dedupeKey, type ContactRepository } from './repository.js'
import type { ContactMessage, ContactReceipt, CreateContactMessage } from './schemas.js'

/** The same message from the same email within this window is stored once. */
export const DUPLICATE_WINDOW_MS = 10 * 60 * 1000

/** Events about a contact message name it with this subject type. */
const CONTACT_MESSAGE_SUBJECT = 'contact_message'

const IDEMPOTENCY_SCOPE = 'POST /v1/contact-messages'

interface IdempotencyClaim { scope: string, keyHash: string, requestHash: string }

/** What contact intake needs from the idempotency records. */
export interface ContactIdempotency {
  find(claim: IdempotencyClaim, now: Date, trx?: Executor): Promise<{ request_hash: string, response: string } | undefined>
  save(claim: IdempotencyClaim, resourceId: string, response: unknown, now: Date, trx: Executor): Promise<void>
  removeForResources(resourceIds: string[], trx?: Executor): Promise<number>
}

/** What contact messages need from the event outbox (the webhooks feature), inside the caller's transaction. */
export interface ContactEvents {
  enqueue(event: { type: 'message.received', data: ContactMessage, subject: { type: string, id: string }, email: string, now: Date }, trx: Executor): Promise<unknown>
  deleteForSubjects(subjectType: string, subjectIds: string[], trx: Executor): Promise<{ webhook_events: number, webhook_deliveries: number }>
}

/** What contact messages need from the content feature. */
export interface ContactArticles {
  findPublishedId(slug: string, trx?: Executor): Promise<number | undefined>
}

export interface ContactSubmission {
  /** The validated, cleaned form fields. */
  fields: CreateContactMessage
  /** Sent as an HTML form post (urlencoded): `redirect` is then honoured. */
  form: boolean
  idempotencyKey?: string | undefined
  /** Counts the request against the rate limits: returns the headers to send, or throws a 429 problem. */
  countAgainstLimits: () => Promise<Record<string, string>>
}

export interface IntakeResult {
  outcome: 'created' | 'duplicate' | 'replayed'
  receipt: ContactReceipt
  /** Where to send a form post's browser (303), when it asked for an allowed URL. */
  redirect: string | undefined
  /** Rate-limit headers (none for a replay, which is not counted). */
  headers: Record<string, string>
  spam: boolean
}

export interface PurgeCounts { contact_messages: number, idempotency_records: number, webhook_events: number, webhook_deliveries: number }

export interface ContactService {
  submit(submission: ContactSubmission, now?: Date): Promise<IntakeResult>
  /** Delete a message with everything derived from it (its events and deliveries, idempotency records). */
  remove(id: string): Promise<boolean>
  /** Retention: delete messages received before `cutoff`, with everything derived from them. */
  purgeReceivedBefore(cutoff: Date): Promise<PurgeCounts>
  /** For data-subject requests, by email hash. */
  personalData: {
    name: string
    export(subject: { emailHash: string }, trx: Executor): Promise<{ contact_messages: ContactMessage[] }>
    erase(subject: { emailHash: string }, trx: Executor): Promise<PurgeCounts>
  }
}

/** Runs a write in a shared transaction (group commit): resolves once it is committed. */
export interface Writes { run<T>(work: (trx: Executor) => Promise<T>): Promise<T> }

export interface ContactServiceOptions {
  db: Executor
  writes: Writes
  messages: ContactRepository
  idempotency: ContactIdempotency
  events: ContactEvents
  articles: ContactArticles
  /** Origins a form post's `redirect` may point to. */
  redirectOrigins: string[]
}

/** Everything that determines the response: the same key with anything different here is a 422. */
function idempotencyClaim (key: string | undefined, fields: CreateContactMessage, form: boolean): IdempotencyClaim | undefined {
  if (key === undefined) return undefined
  const fingerprint = [
    form ? 'form' : 'json', fields.name ?? '', fields.email, fields.subject ?? '', fields.message,
    fields.article_slug ?? '', fields._gotcha ?? '', fields.redirect ?? '',
  ]
  return { scope: IDEMPOTENCY_SCOPE, keyHash: sha256(key), requestHash: sha256(JSON.stringify(fingerprint)) }
}

/** The redirect URL when it is http(s), without credentials, on an allowed origin. */
function allowedRedirect (value: string, origins: string[]): string | undefined {
  let url: URL
  try { url = new URL(value) } catch { return undefined }
  if (!['http:', 'https:'].includes(url.protocol) || url.username || url.password) return undefined
  return origins.includes(url.origin) ? url.href : undefined
}

const keyReused = () => new HttpProblem(422,
  'This Idempotency-Key was already used with a different request. Send a new key for a new message.',
  { type: '/problems/idempotency-key-reused', title: 'Idempotency-Key reused' })

export function createContactService ({ db, writes, messages, idempotency, events, articles, redirectOrigins }: ContactServiceOptions): ContactService {
  /** The stored answer to an earlier request with this key; a 422 when that request was a different one. */
  function replayOf (record: { request_hash: string, response: string } | undefined, claim: IdempotencyClaim): ContactReceipt | undefined {
    if (!record) return undefined
    if (record.request_hash !== claim.requestHash) throw keyReused()
    return JSON.parse(record.response) as ContactReceipt
  }

  /** Checks that need the database or config: a 400 naming each field, before the rate limits count the request. */
  async function checkReferences (fields: CreateContactMessage, form: boolean) {
    const errors: Array<{ path: string, message: string }> = []
    let redirect: string | undefined
    if (fields.redirect) {
      redirect = allowedRedirect(fields.redirect, redirectOrigins)
      if (!redirect) errors.push({ path: '/body/redirect', message: 'must be a URL on an allowed origin' })
    }
    let article: { id: number, slug: string } | null = null
    if (fields.article_slug) {
      const id = await articles.findPublishedId(fields.article_slug)
      if (id === undefined) errors.push({ path: '/body/article_slug', message: 'must be the slug of a published article' })
      else article = { id, slug: fields.article_slug }
    }
    if (errors.length > 0) {
      throw badRequest(`The request has ${errors.length} invalid field${errors.length === 1 ? '' : 's'}: ${errors.map((error) => error.path).join(', ')}`, errors)
    }
    return { article, redirect: form ? redirect : undefined }
  }

  async function removeMessages (ids: string[], trx: Executor): Promise<PurgeCounts> {
    const idempotency_records = await idempotency.removeForResources(ids, trx)
    const deleted = await events.deleteForSubjects(CONTACT_MESSAGE_SUBJECT, ids, trx)
    const contact_messages = await messages.removeMany(ids, trx)
    return { contact_messages, idempotency_records, ...deleted }
  }

  return {
    async submit ({ fields, form, idempotencyKey, countAgainstLimits }, now = new Date()) {
      const claim = idempotencyClaim(idempotencyKey, fields, form)
      const spam = Boolean(fields._gotcha)
      // Replays first: a retry of a stored submission gets its answer without counting against the limits.
      const replayed = claim && replayOf(await idempotency.find(claim, now), claim)
      if (replayed) {
        const redirect = form && fields.redirect ? allowedRedirect(fields.redirect, redirectOrigins) : undefined
        return { outcome: 'replayed', receipt: replayed, redirect, headers: {}, spam }
      }
      const { article, redirect } = await checkReferences(fields, form)
      const headers = await countAgainstLimits()
      const timestamp = now.toISOString()
      const key = dedupeKey(fields.email, fields.message)
      // Group commit: this check-then-insert runs in a transaction shared with other requests' writes, one after the
      // other, so a twin queued in the same batch sees it; a twin in another transaction waits for this one's key lock
      // (lockKeys), then sees it. Should it fail half-way, the write queue undoes it alone (src/db/write-queue.ts).
      return writes.run(async (trx): Promise<IntakeResult> => {
        // Other connections (PostgreSQL, several instances) run the same check at the same time: one at a time per key.
        await lockKeys(trx, claim ? [`contact:${key}`, `idempotency:${claim.scope}:${claim.keyHash}`] : [`contact:${key}`])
        const again = claim && replayOf(await idempotency.find(claim, now, trx), claim)
        if (again) return { outcome: 'replayed', receipt: again, redirect, headers, spam }
        const message: ContactMessage = {
          id: randomUUID(),
          name: fields.name || null,
          email: fields.email,
          subject: fields.subject || null,
          message: fields.message,
          article_slug: article?.slug ?? null,
          status: spam ? 'spam' : 'new',
          received_at: timestamp,
          updated_at: timestamp,
        }
        const since = new Date(now.getTime() - DUPLICATE_WINDOW_MS)
        // A genuine message is never folded into an earlier copy caught by the honeypot: that one is hidden as spam.
        const duplicate = await messages.insertUnlessDuplicate(message, { articleId: article?.id ?? null, dedupeKey: key, since, includeSpam: spam }, trx)
        let result: IntakeResult
        if (duplicate) {
          result = { outcome: 'duplicate', receipt: { id: duplicate.id, status: 'received', received_at: duplicate.received_at }, redirect, headers, spam }
        } else {
          if (!spam) {
            await events.enqueue({ type: 'message.received', data: message, subject: { type: CONTACT_MESSAGE_SUBJECT, id: message.id }, email: message.email, now }, trx)
          }
          result = { outcome: 'created', receipt: { id: message.id, status: 'received', received_at: timestamp }, redirect, headers, spam }
        }
        if (claim) await idempotency.save(claim, result.receipt.id, result.receipt, now, trx)
        return result
      })
    },

    async remove (id) {
      const counts = await db.transaction().execute((trx) => removeMessages([id], trx))
      return counts.contact_messages > 0
    },

    async purgeReceivedBefore (cutoff) {
      return db.transaction().execute(async (trx) => removeMessages(await messages.idsReceivedBefore(cutoff, trx), trx))
    },

    personalData: {
      name: 'contact messages (with their idempotency records and events)',
      async export ({ emailHash }, trx) {
        return { contact_messages: await messages.listForEmailHash(emailHash, trx) }
      },
      async erase ({ emailHash }, trx) {
        return removeMessages(await messages.idsForEmailHash(emailHash, trx), trx)
      },
    },
  }
}

/** The events contact intake announces (documented by the webhooks feature). */
export const CONTACT_EVENTS = [
  { type: 'message.received', when: 'a contact message arrived (not sent for spam)', data: 'the ContactMessage' },
]
