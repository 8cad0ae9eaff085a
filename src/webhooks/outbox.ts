// Transactional outbox: a feature records an event in the same transaction as the change it announces;
// the dispatcher delivers it after commit. A rolled-back change therefore never announces anything,
// and a committed one is always announced (at least once), even across restarts.
import type { Executor } from '../db/schema.js'
import type { DeletedEvents, NewEvent, WebhookRepository } from './repository.js'

export interface EventOutbox {
  /** Record `event` inside the caller's transaction; returns the event id (sent as webhook-id). */
  enqueue(event: NewEvent, trx: Executor): Promise<string>
  /** Delete the events about these subjects (the subjects are being deleted), with their deliveries. */
  deleteForSubjects(subjectType: string, subjectIds: string[], trx: Executor): Promise<DeletedEvents>
  /**
   * In-process hint that an event was written, so the dispatcher looks at once instead of at its next poll.
   * Only a hint: the dispatcher also polls, which covers events written by other processes. Returns the unsubscribe.
   */
  onEnqueued(listener: () => void): () => void
}

/**
 * `receivers`: whether any are configured (WEBHOOK_URLS). Without, an event is stored as already fanned out, in the
 * same statement: receivers configured later never get it, whether or not a dispatcher's poll ran before a restart.
 */
export function createEventOutbox (webhooks: WebhookRepository, { receivers }: { receivers: boolean }): EventOutbox {
  const listeners = new Set<() => void>()
  return {
    async enqueue (event, trx) {
      const id = await webhooks.insertEvent(receivers ? event : { ...event, undelivered: true }, trx)
      for (const listener of listeners) listener()
      return id
    },
    deleteForSubjects: (subjectType, subjectIds, trx) => webhooks.deleteEventsForSubjects(subjectType, subjectIds, trx),
    onEnqueued (listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
