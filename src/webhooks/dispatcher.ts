// Webhook dispatcher: delivers outbox events to every WEBHOOK_URLS entry after commit, signed, retried with
// exponential backoff; every attempt recorded. Network I/O never happens inside a transaction, and its timers
// never keep the process alive.
import type { FastifyBaseLogger } from 'fastify'
import type { Agent } from 'undici'
import { loadOnFirstUse } from '../base/lazy.js'
import type { EventOutbox } from './outbox.js'
import type { AttemptOutcome, ClaimedDelivery, WebhookRepository } from './repository.js'
import { WEBHOOK_HEADERS, createWebhookSigner } from './signature.js'
import { deliveryAgent, literalPrivateAddress, PrivateAddressError } from './targets.js'

export interface WebhookSettings {
  urls: string[]
  /** whsec_ secrets: every delivery is signed with each (several while one is being rotated). */
  secrets: string[]
  /** http and private, loopback and link-local addresses allowed (WEBHOOK_ALLOW_PRIVATE). */
  allowPrivate: boolean
  maxAttempts: number
  backoffMs: number
  timeoutMs: number
}

export interface WebhookDispatcherOptions {
  repository: WebhookRepository
  outbox: Pick<EventOutbox, 'onEnqueued'>
  config: WebhookSettings
  log: FastifyBaseLogger
  userAgent: string
  /** Longest wait between looks at the outbox (events from other processes, expired leases). */
  pollMs?: number
  /** Deliveries attempted at the same time. */
  concurrency?: number
  /**
   * How long after an in-process event the dispatcher looks (default 20 ms): the events of a burst of writes are fanned
   * out together, in one transaction (one fsync), instead of one look per committed batch of writes.
   */
  gatherMs?: number
}

export interface WebhookDispatcher {
  start(): void
  /** Look for work now rather than at the next scheduled time. */
  wake(): void
  /** No new attempts; in-flight ones are aborted and handed back (not counted). Resolves once idle, before the database closes. */
  stop(): Promise<void>
}

/** Retries wait WEBHOOK_BACKOFF_MS × 2^(n−1) after failed attempt n, never longer than this. */
const MAX_RETRY_DELAY_MS = 6 * 60 * 60 * 1000

export function retryDelayMs (failedAttempt: number, backoffMs: number): number {
  return Math.min(backoffMs * 2 ** (failedAttempt - 1), MAX_RETRY_DELAY_MS)
}

function describeFailure (error: unknown, timeoutMs: number): string {
  if (error instanceof PrivateAddressError) return `refused: ${error.message}`
  if (error instanceof Error && error.name === 'TimeoutError') return `timed out after ${timeoutMs} ms`
  const cause = error instanceof Error ? error.cause : undefined
  const detail = cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error)
  return `request failed: ${detail}`.slice(0, 500)
}

function receiverHost (url: string): string {
  try { return new URL(url).host } catch { return '(invalid url)' }
}

export function createWebhookDispatcher ({
  repository, outbox, config, log, userAgent, pollMs = 5000, concurrency = 8, gatherMs = 20,
}: WebhookDispatcherOptions): WebhookDispatcher {
  const { urls, maxAttempts, backoffMs, timeoutMs } = config
  const sign = createWebhookSigner(config.secrets)
  // The HTTP client, made on the first attempt (undici is not loaded by a server that never delivers).
  let agent: Agent | undefined
  const httpClient = loadOnFirstUse('the webhook HTTP client (undici)', async () => {
    const { fetch } = await import('undici')
    agent = await deliveryAgent(config.allowPrivate)
    return { fetch, agent }
  })
  // A claim outlives the request by a margin; a crashed process's claims expire and are retried by the next.
  const leaseMs = timeoutMs + 30_000
  const shutdown = new AbortController()
  let started = false
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> | undefined
  let again = false
  let gathering: NodeJS.Timeout | undefined

  function arm (delayMs: number) {
    if (stopped) return
    clearTimeout(timer)
    timer = setTimeout(wake, Math.max(0, delayMs))
    timer.unref()
  }

  /** An event was enqueued here: look once the events written meanwhile have joined it. */
  function wakeSoon () {
    if (gathering || stopped) return
    gathering = setTimeout(() => {
      gathering = undefined
      wake()
    }, gatherMs)
    gathering.unref()
  }

  function wake () {
    if (!started || stopped) return
    if (running) {
      again = true
      return
    }
    clearTimeout(timer)
    running = (async () => {
      let delay = pollMs
      try {
        delay = await cycle()
      } catch (error) {
        log.error({ err: error }, 'webhook dispatcher: cycle failed, retrying after the poll interval')
      }
      running = undefined
      if (again) wake()
      else arm(delay)
    })()
  }

  /** Deliver everything due; returns how long to wait before looking again. */
  async function cycle (): Promise<number> {
    for (;;) {
      if (stopped) return pollMs
      again = false
      const now = new Date()
      await repository.fanOut(urls, now)
      const batch = await repository.claimDue(urls, now, concurrency, leaseMs)
      if (batch.length > 0) {
        await Promise.all(batch.map(attempt))
        continue
      }
      if (again) continue
      const next = await repository.nextDueAt(urls, new Date())
      return next === undefined ? pollMs : Math.min(pollMs, Math.max(0, next.getTime() - Date.now()))
    }
  }

  async function attempt (delivery: ClaimedDelivery): Promise<void> {
    const number = delivery.attempts + 1
    const { event } = delivery
    const context = { delivery_id: delivery.id, event_id: event.id, event_type: event.type, receiver: receiverHost(delivery.url), attempt: number }
    try {
      const body = JSON.stringify({ id: event.id, type: event.type, created_at: event.created_at, data: JSON.parse(event.payload) as unknown })
      const startedAt = new Date()
      const timestamp = Math.floor(startedAt.getTime() / 1000)
      const started = performance.now()
      let outcome: AttemptOutcome
      try {
        if (!config.allowPrivate && literalPrivateAddress(delivery.url)) throw new PrivateAddressError(new URL(delivery.url).hostname)
        const { fetch, agent } = await httpClient()
        const response = await fetch(delivery.url, {
          dispatcher: agent,
          method: 'POST',
          body,
          redirect: 'manual',
          headers: {
            'content-type': 'application/json',
            'user-agent': userAgent,
            [WEBHOOK_HEADERS.id]: event.id,
            [WEBHOOK_HEADERS.timestamp]: String(timestamp),
            [WEBHOOK_HEADERS.signature]: sign(event.id, startedAt, body),
            [WEBHOOK_HEADERS.event]: event.type,
            [WEBHOOK_HEADERS.attempt]: String(number),
          },
          signal: AbortSignal.any([shutdown.signal, AbortSignal.timeout(timeoutMs)]),
        })
        const durationMs = performance.now() - started
        await response.body?.cancel().catch(() => undefined)
        const succeeded = response.status >= 200 && response.status < 300
        outcome = { startedAt, durationMs, statusCode: response.status, succeeded, error: succeeded ? null : `HTTP ${response.status}` }
      } catch (error) {
        if (shutdown.signal.aborted) {
          // Cut short by our own shutdown, not the receiver's fault: hand it back for the next start, uncounted.
          await repository.releaseClaim(delivery)
          log.info(context, 'webhook attempt interrupted by shutdown; it will be retried')
          return
        }
        outcome = { startedAt, durationMs: performance.now() - started, statusCode: null, succeeded: false, error: describeFailure(error, timeoutMs) }
      }
      const retryAt = new Date(Date.now() + retryDelayMs(number, backoffMs))
      const result = await repository.recordAttempt(delivery, outcome, { maxAttempts, retryAt })
      const details = { ...context, status_code: outcome.statusCode, error: outcome.error }
      if (result === 'succeeded') log.info(details, 'webhook delivered')
      else if (result === 'retrying') log.warn({ ...details, retry_at: retryAt.toISOString() }, 'webhook attempt failed, will retry')
      else if (result === 'failed') log.error(details, 'webhook delivery failed: no attempts left')
      else log.info(details, 'webhook delivery was settled or deleted meanwhile; attempt not recorded')
    } catch (error) {
      // Its claim expires and the delivery is tried again.
      log.error({ ...context, err: error }, 'webhook attempt could not be recorded')
    }
  }

  let unsubscribe: (() => void) | undefined

  return {
    start () {
      if (started || stopped) return
      if (urls.length > 0 && config.secrets.length === 0) throw new Error('WEBHOOK_SECRET is required to sign deliveries to WEBHOOK_URLS')
      started = true
      // Without receivers nothing is waiting for an event: the poll marks them (one statement), not a transaction per
      // gathering of form writes.
      if (urls.length > 0) unsubscribe = outbox.onEnqueued(wakeSoon)
      wake()
    },
    wake,
    async stop () {
      if (stopped) return
      stopped = true
      unsubscribe?.()
      clearTimeout(timer)
      clearTimeout(gathering)
      shutdown.abort()
      await running
      await agent?.close()
    },
  }
}
