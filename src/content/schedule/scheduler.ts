// The scheduler: makes due scheduled changes at start-up (what fell due while no server ran) and then on time. It sleeps
// until the earliest scheduled time, at most MAX_WAIT_MS, so schedules written by another instance or the CLI are seen
// within that; a schedule changed here wakes it at once. Its timer never keeps the process alive.
import type { FastifyBaseLogger } from 'fastify'
import type { DueResult, ScheduleService } from './service.js'

/** Longest sleep between looks at the schedule. */
export const MAX_WAIT_MS = 60_000
/** First wait before a change that failed is tried again; doubled per failed look. */
const RETRY_MS = 1000

export interface Scheduler {
  /** Makes what is already due (awaited: a server starts serving with its catch-up done), then keeps time. */
  start(): Promise<void>
  /** Makes what is due by the clock now (after any run in progress); tests call it after moving the clock. */
  runDue(): Promise<DueResult>
  /** Looks again at what comes next (a schedule changed). */
  wake(): void
  /** No new runs; resolves once the run in progress ended. */
  stop(): Promise<void>
}

/** Calls `callback` after `ms` without keeping the process alive; answers a function that cancels it. */
export type Sleep = (callback: () => void, ms: number) => () => void

const sleepUnref: Sleep = (callback, ms) => {
  const timer = setTimeout(callback, ms)
  timer.unref()
  return () => { clearTimeout(timer) }
}

export function createScheduler ({ schedule, clock, log, maxWaitMs = MAX_WAIT_MS, sleep = sleepUnref }: {
  schedule: Pick<ScheduleService, 'runDue' | 'nextTime'>
  clock: () => Date
  log: Pick<FastifyBaseLogger, 'info' | 'error'>
  maxWaitMs?: number
  /** Tests see the waits and end them at will. */
  sleep?: Sleep
}): Scheduler {
  let started = false
  let stopped = false
  let cancel = () => {}
  let last: Promise<unknown> = Promise.resolve()
  /** Looks in a row that found a change still due after a run (it failed: the database refuses writes, say). */
  let stuck = 0

  /** Runs after the run in progress, never two at once in this process. */
  function serialized<T> (work: () => Promise<T>): Promise<T> {
    const next = last.then(work, work)
    last = next.catch(() => undefined)
    return next
  }

  const runDue = () => serialized(async () => {
    const result = await schedule.runDue()
    if (result.published.length + result.unpublished.length > 0) log.info({ published: result.published, unpublished: result.unpublished }, 'scheduled changes made')
    return result
  })

  /** Sleeps until the earliest scheduled time (at most maxWaitMs), then runs and sleeps again. */
  async function arm () {
    if (!started || stopped) return
    let delay = maxWaitMs
    try {
      const next = await schedule.nextTime()
      if (next) delay = Math.min(maxWaitMs, Math.max(0, next.getTime() - clock().getTime()))
      // Still due after a run: it failed. Look again after 1 s, then 2, 4, … up to maxWaitMs, not in a tight loop.
      stuck = next && delay === 0 ? stuck + 1 : 0
      if (stuck > 0) delay = Math.min(maxWaitMs, RETRY_MS * 2 ** (stuck - 1))
    } catch (error) {
      log.error({ err: error }, 'scheduler: could not read the schedule; looking again later')
    }
    if (stopped) return
    cancel()
    cancel = sleep(() => { tick().catch(() => undefined) }, delay)
  }

  async function tick () {
    try {
      await runDue()
    } catch (error) {
      log.error({ err: error }, 'scheduler: run failed; looking again later')
    }
    await arm()
  }

  return {
    async start () {
      if (started || stopped) return
      started = true
      await tick()
    },
    runDue,
    wake () { arm().catch(() => undefined) },
    async stop () {
      stopped = true
      cancel()
      await last
    },
  }
}
