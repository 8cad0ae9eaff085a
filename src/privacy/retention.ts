// Retention: contact messages older than CONTACT_RETENTION_DAYS are purged with everything derived from them,
// on a schedule while the server runs and on demand (`npm run cli -- purge`).
import type { FastifyBaseLogger } from 'fastify'

const DAY_MS = 24 * 60 * 60 * 1000
const PURGE_INTERVAL_MS = 60 * 60 * 1000

export interface PurgeResult {
  cutoff: string
  contact_messages: number
  webhook_events: number
  idempotency_records: number
}

/** What retention purges, from the features that keep it (handed over by app.ts and the CLI). */
export interface RetentionDependencies {
  contact: { purgeReceivedBefore(cutoff: Date): Promise<{ contact_messages: number, webhook_events: number, idempotency_records: number }> }
  webhooks: { purgeEventsBefore(cutoff: Date): Promise<number> }
  idempotency: { purgeExpired(now: Date): Promise<number> }
}

/**
 * Delete contact messages received more than `retentionDays` ago (with their events, deliveries and idempotency
 * records), notification events older than that, and expired idempotency records.
 */
export async function purgeExpiredData ({ contact, webhooks, idempotency }: RetentionDependencies, retentionDays: number, now = new Date()): Promise<PurgeResult> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS)
  const messages = await contact.purgeReceivedBefore(cutoff)
  const olderEvents = await webhooks.purgeEventsBefore(cutoff)
  const expiredKeys = await idempotency.purgeExpired(now)
  return {
    cutoff: cutoff.toISOString(),
    contact_messages: messages.contact_messages,
    webhook_events: messages.webhook_events + olderEvents,
    idempotency_records: messages.idempotency_records + expiredKeys,
  }
}

export interface RetentionSchedule {
  start(): void
  stop(): Promise<void>
}

/** Purge at start-up and every `intervalMs` (`purge` resolves undefined when it was another instance's turn); the timer never keeps the process alive. */
export function scheduleRetention (purge: () => Promise<PurgeResult | undefined>, log: FastifyBaseLogger, intervalMs = PURGE_INTERVAL_MS): RetentionSchedule {
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> | undefined
  let stopped = false

  function run () {
    if (stopped || running) return
    running = purge().then((result) => {
      // undefined: another instance is purging right now.
      if (!result) return
      const removed = result.contact_messages + result.webhook_events + result.idempotency_records
      if (removed > 0) log.info({ purged: result }, 'retention purge')
    }, (error: unknown) => {
      log.error({ err: error }, 'retention purge failed; retrying at the next interval')
    }).finally(() => { running = undefined })
  }

  return {
    start () {
      if (timer || stopped) return
      timer = setInterval(run, intervalMs)
      timer.unref()
      run()
    },
    async stop () {
      stopped = true
      clearInterval(timer)
      await running
    },
  }
}
