// Group commit: writes from concurrent requests share one transaction per event-loop turn, so one fsync (with
// synchronous=FULL) acknowledges many of them. Each write runs in its own savepoint, so one that fails is undone
// alone; every caller hears back only after COMMIT, so a resolved write is on disk.
import { isTransientConflict } from './dialect.js'
import type { Executor } from './schema.js'

/** Times a batch aborted by a deadlock or serialization conflict (PostgreSQL) is run again before its writes fail. */
const MAX_CONFLICT_RETRIES = 5

export interface WriteQueueOptions {
  /** Writes committed together at most. */
  maxBatch?: number
  /** Writes waiting at most; beyond, `run` rejects with `overloaded()` (the HTTP layer's 503). */
  maxQueued?: number
  overloaded?: () => Error
}

export interface WriteQueue {
  /** Runs `work` inside the next batch's transaction (in a savepoint); resolves with its result once the batch committed. */
  run<T>(work: (trx: Executor) => Promise<T>): Promise<T>
  /** Writes waiting or in the batch being committed. */
  readonly pending: number
  /** Waits until every queued write is settled (for shutdown). */
  drain(): Promise<void>
}

interface Job {
  work: (trx: Executor) => Promise<unknown>
  resolve: (value: unknown) => void
  reject: (error: unknown) => void
}

export function createWriteQueue (db: Executor, { maxBatch = 256, maxQueued = 10_000, overloaded = () => new Error('Too many writes are waiting') }: WriteQueueOptions = {}): WriteQueue {
  const queue: Job[] = []
  let flushing: Promise<void> | undefined
  let scheduled = false
  let inBatch = 0

  async function flush (): Promise<void> {
    let conflicts = 0
    while (queue.length > 0) {
      const batch = queue.splice(0, maxBatch)
      inBatch = batch.length
      const outcomes: Array<{ ok: true, value: unknown } | { ok: false, error: unknown }> = []
      try {
        const trx = await db.startTransaction().execute()
        try {
          for (const [index, job] of batch.entries()) {
            const savepoint = await trx.savepoint(`write_${index}`).execute()
            try {
              outcomes.push({ ok: true, value: await job.work(savepoint) })
              await savepoint.releaseSavepoint(`write_${index}`).execute()
            } catch (error) {
              // A deadlock is not this write's fault: the whole batch is retried (below).
              if (isTransientConflict(error)) throw error
              await savepoint.rollbackToSavepoint(`write_${index}`).execute()
              await savepoint.releaseSavepoint(`write_${index}`).execute()
              outcomes.push({ ok: false, error })
            }
          }
          await trx.commit().execute()
        } catch (error) {
          await trx.rollback().execute().catch(() => undefined)
          throw error
        }
      } catch (error) {
        // The batch did not commit: nothing in it was stored. PostgreSQL broke a deadlock with another instance's
        // transaction by aborting this one: the whole batch runs again, its writes still unanswered.
        if (isTransientConflict(error) && conflicts++ < MAX_CONFLICT_RETRIES) {
          queue.unshift(...batch)
          inBatch = 0
          continue
        }
        for (const job of batch) job.reject(error)
        inBatch = 0
        continue
      }
      batch.forEach((job, index) => {
        const outcome = outcomes[index]!
        if (outcome.ok) job.resolve(outcome.value)
        else job.reject(outcome.error)
      })
      inBatch = 0
    }
  }

  function schedule () {
    if (scheduled || flushing) return
    scheduled = true
    // After the current turn's requests have queued their writes: they commit together.
    setImmediate(() => {
      scheduled = false
      flushing = flush().finally(() => {
        flushing = undefined
        if (queue.length > 0) schedule()
      })
    })
  }

  return {
    run<T> (work: (trx: Executor) => Promise<T>): Promise<T> {
      if (queue.length >= maxQueued) return Promise.reject(overloaded())
      return new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (value: unknown) => void, reject })
        schedule()
      })
    },
    get pending () {
      return queue.length + inBatch
    },
    async drain () {
      const busy = () => queue.length > 0 || flushing !== undefined || scheduled
      while (busy()) await (flushing ?? new Promise((resolve) => setImmediate(resolve)))
    },
  }
}
