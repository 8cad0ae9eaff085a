// The public form writes (contact messages, reviews) go through a write queue, one per engine.
//
// SQLite — group commit: the writes that arrived during an event-loop turn (all those that came in while the previous
// COMMIT ran) share one transaction, so one fsync (synchronous=FULL) acknowledges all of them. The batch holds the one
// connection, and repositories run their hot statements prepared (./prepared.ts) instead of through the query builder.
// No savepoint per write: inside one, SQLite copies every page a statement changes to a sub-journal first, which tripled
// the cost of the hot INSERTs (222 against 74 µs in the bench). A write that fails having changed nothing (its checks
// refused it; a statement that fails is undone by SQLite itself) is answered alone while the batch goes on. One that
// fails after changing something cannot be undone alone without a savepoint: the batch is rolled back, that write is
// answered with its error, and the others run again, each in its own savepoint this time. A write's work may therefore
// run twice before it commits (as on PostgreSQL, where a conflict runs it again): it must change nothing outside the
// transaction. Every caller hears back only after COMMIT, so a resolved write is on disk.
//
// PostgreSQL — one transaction per write, run concurrently on the pool: PostgreSQL flushes the WAL of commits that
// arrive together with one fsync by itself, and several instances write side by side. A write aborted by a deadlock
// or a serialization conflict is run again.
import { isTransientConflict } from './dialect.js'
import { asBatch, type PreparedSql } from './prepared.js'
import type { Executor } from './schema.js'

/** Times a write aborted by a deadlock or serialization conflict (PostgreSQL) is run again before it fails. */
const MAX_CONFLICT_RETRIES = 5

export interface WriteQueueOptions {
  /** SQLite: writes committed together at most. */
  maxBatch?: number
  /** Writes waiting or running at most; beyond, `run` rejects with `overloaded()` (the HTTP layer's 503). */
  maxQueued?: number
  overloaded?: () => Error
}

export interface WriteQueue {
  /** Runs `work` in a transaction (SQLite: in a savepoint of the next batch's); resolves with its result once committed. */
  run<T>(work: (trx: Executor) => Promise<T>): Promise<T>
  /** Writes waiting, running, or in the batch being committed. */
  readonly pending: number
  /** Waits until every queued write is settled (for shutdown). */
  drain(): Promise<void>
}

/** The parts of a database handle (./handle.ts) a write queue uses: SQLite's prepared statements, when there. */
export interface WriteTarget {
  db: Executor
  statements: PreparedSql | undefined
}

interface Job {
  work: (trx: Executor) => Promise<unknown>
  resolve: (value: unknown) => void
  reject: (error: unknown) => void
}

type Outcome = { ok: true, value: unknown } | { ok: false, error: unknown }

const defaultOverloaded = () => new Error('Too many writes are waiting')

export function createWriteQueue ({ db, statements }: WriteTarget, options: WriteQueueOptions = {}): WriteQueue {
  return statements ? groupCommitQueue(db, statements, options) : concurrentQueue(db, options)
}

function groupCommitQueue (db: Executor, statements: PreparedSql, { maxBatch = 256, maxQueued = 10_000, overloaded = defaultOverloaded }: WriteQueueOptions): WriteQueue {
  const queue: Job[] = []
  let flushing: Promise<void> | undefined
  let scheduled = false
  let inBatch = 0

  const totalChanges = () => statements.get<{ changes: number }>('SELECT total_changes() AS changes')!.changes

  /**
   * Runs the writes one after the other without savepoints. Returns each one's outcome, or the index and error of the
   * first write that failed after changing something (the transaction then holds part of it).
   */
  async function runPlainly (batch: Job[], trx: Executor): Promise<{ outcomes: Outcome[] } | { dirty: number, error: unknown }> {
    const outcomes: Outcome[] = []
    for (const [index, job] of batch.entries()) {
      const before = totalChanges()
      try {
        outcomes.push({ ok: true, value: await job.work(trx) })
      } catch (error) {
        if (!statements.inTransaction() || totalChanges() !== before) return { dirty: index, error }
        outcomes.push({ ok: false, error })
      }
    }
    return { outcomes }
  }

  /** Runs the writes each in its own savepoint, so that one that fails is undone alone. */
  async function runInSavepoints (batch: Job[], trx: Executor): Promise<Outcome[]> {
    const outcomes: Outcome[] = []
    for (const job of batch) {
      statements.run('SAVEPOINT write')
      try {
        outcomes.push({ ok: true, value: await job.work(trx) })
        statements.run('RELEASE write')
      } catch (error) {
        statements.run('ROLLBACK TO write')
        statements.run('RELEASE write')
        outcomes.push({ ok: false, error })
      }
    }
    return outcomes
  }

  /** Runs `work` in a transaction (IMMEDIATE: the write lock is taken now, waiting up to busy_timeout, not half-way). */
  async function inTransaction<T> (work: () => Promise<T>, commit: (result: T) => boolean): Promise<T> {
    statements.run('BEGIN IMMEDIATE')
    try {
      const result = await work()
      // A failure may have ended the transaction already (SQLite rolls back by itself on a full disk, say).
      if (commit(result)) statements.run('COMMIT')
      else if (statements.inTransaction()) statements.run('ROLLBACK')
      return result
    } catch (error) {
      try { statements.run('ROLLBACK') } catch { /* the failure already ended the transaction */ }
      throw error
    }
  }

  /** Runs the batch on the connection it holds; the outcome of each write, once committed. */
  function commitBatch (batch: Job[]): Promise<Outcome[]> {
    return db.connection().execute((trx) => asBatch(trx, statements, async () => {
      const first = await inTransaction(() => runPlainly(batch, trx), (result) => 'outcomes' in result)
      if ('outcomes' in first) return first.outcomes
      // Rolled back: the write that failed half-way is answered with its error, the others run again.
      const others = batch.filter((_, index) => index !== first.dirty)
      const outcomes = await inTransaction(() => runInSavepoints(others, trx), () => true)
      outcomes.splice(first.dirty, 0, { ok: false, error: first.error })
      return outcomes
    }))
  }

  async function flush (): Promise<void> {
    while (queue.length > 0) {
      const batch = queue.splice(0, maxBatch)
      inBatch = batch.length
      let outcomes: Outcome[]
      try {
        outcomes = await commitBatch(batch)
      } catch (error) {
        // The batch did not commit: nothing in it was stored.
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

function concurrentQueue (db: Executor, { maxQueued = 10_000, overloaded = defaultOverloaded }: WriteQueueOptions): WriteQueue {
  let running = 0
  let idle: { promise: Promise<void>, resolve: () => void } | undefined

  async function attempt<T> (work: (trx: Executor) => Promise<T>): Promise<T> {
    for (let conflicts = 0; ; conflicts++) {
      try {
        return await db.transaction().execute(work)
      } catch (error) {
        // PostgreSQL broke a deadlock with another transaction (another instance's) by aborting this one: run it again.
        if (!isTransientConflict(error) || conflicts >= MAX_CONFLICT_RETRIES) throw error
      }
    }
  }

  return {
    async run<T> (work: (trx: Executor) => Promise<T>): Promise<T> {
      // Waiting for a pooled connection counts too: the pool's queue is this queue.
      if (running >= maxQueued) throw overloaded()
      running++
      try {
        return await attempt(work)
      } finally {
        if (--running === 0 && idle) {
          idle.resolve()
          idle = undefined
        }
      }
    },
    get pending () {
      return running
    },
    async drain () {
      if (running === 0) return
      if (!idle) {
        let settle!: () => void
        const promise = new Promise<void>((resolve) => { settle = resolve })
        idle = { promise, resolve: settle }
      }
      await idle.promise
    },
  }
}
