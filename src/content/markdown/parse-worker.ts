// Markdown parsing off the event loop: a small pool of worker threads (node:worker_threads) that call a synchronous
// function of a module by name, each call within a time limit. A document that takes longer (4,000 nested list markers,
// 50,000 `[`…) costs its worker, which is terminated and replaced, and the caller gets a TooComplexError; meanwhile the
// main thread keeps answering other requests. Generic over the function: it passes back whatever it returns (by
// structured clone), and the errors it throws with their class, message and own fields.
import { Worker } from 'node:worker_threads'

/** What a call may pass to and get back from a worker: plain data (structured clone), no functions. */
type Cloneable = unknown

/** The parse took longer than the time limit, overflowed the stack or ran out of memory: the document is too complex. */
export class TooComplexError extends Error {
  constructor (readonly reason: 'time' | 'stack' | 'memory', readonly limitMs: number) {
    super(reason === 'time'
      ? `the document is too complex to parse within ${limitMs / 1000} s`
      : `the document is too complex to parse (its structure nests too deeply${reason === 'memory' ? ' or it needs too much memory' : ''})`)
    this.name = 'TooComplexError'
  }
}

/** The pool was closed (the server is shutting down) while the call waited or ran. */
export class ParserClosedError extends Error {
  constructor () {
    super('the Markdown parser was closed (the server is shutting down)')
    this.name = 'ParserClosedError'
  }
}

/** An error thrown in the worker, as it crosses back: its class name, message and own fields. */
export interface ThrownInWorker { name: string, message: string, stack?: string, fields: Record<string, unknown> }

/** What the entry file (parse-worker-entry.ts) and the pool say to each other. */
export interface WorkerRequest { id: number, module: string, name: string, args: Cloneable[] }
export type WorkerReply =
  | { id: number, started: true }
  | { id: number, ok: true, value: Cloneable }
  | { id: number, ok: false, error: ThrownInWorker }

/**
 * Time a worker may take, beyond the limit, to start and load the module before the call begins (the limit counts
 * the call alone: a fresh worker loading the parser on a busy machine takes a second or more).
 */
export const STARTUP_ALLOWANCE_MS = 30_000

export interface ParsePoolOptions {
  /** Longest a call may run, in ms; then its worker is terminated and replaced. */
  timeoutMs: number
  /** Workers at most (1–2 is plenty: parses are short, and each worker is a V8 isolate of some MB). */
  size?: number
  /** Heap of each worker, in MB: a document that needs more is too complex. */
  maxHeapMb?: number
  /**
   * The class of errors thrown in the worker that callers check with instanceof (by name): a thrown error whose name
   * is here comes back as an instance of it (prototype and own fields restored; its constructor is not called).
   */
  errorClasses?: Array<abstract new (...args: never[]) => Error>
}

export interface ParsePool {
  /**
   * Calls the exported synchronous function `name` of the module at `module` (a file: URL, as import.meta.url
   * resolves it) in a worker, with `args`. Rejects with TooComplexError past the time limit, ParserClosedError once
   * closed, or the error the function threw.
   */
  call<M, K extends keyof M & string>(module: URL, name: K, ...args: M[K] extends (...a: infer A) => unknown ? A : never):
  Promise<M[K] extends (...a: never[]) => infer R ? Awaited<R> : never>
  /** Terminates the workers; calls waiting or running reject with ParserClosedError. */
  close(): Promise<void>
}

/**
 * The entry file, beside this one: dist/src/…/parse-worker-entry.js once compiled; the .ts file under a TypeScript
 * loader (a worker inherits the process's loader flags).
 */
const ENTRY = new URL(`./parse-worker-entry.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url)

interface Job { request: WorkerRequest, resolve: (value: unknown) => void, reject: (error: Error) => void }
interface Slot { worker: Worker, job: Job | undefined, timer: NodeJS.Timeout | undefined }

function revive (thrown: ThrownInWorker, classes: Map<string, { prototype: Error }>): Error {
  const known = classes.get(thrown.name)
  if (!known && thrown.name === 'RangeError' && /call stack/i.test(thrown.message)) return new TooComplexError('stack', 0)
  const error = known ? Object.create(known.prototype) as Error : new Error(thrown.message)
  Object.defineProperty(error, 'message', { value: thrown.message, writable: true, configurable: true })
  if (thrown.stack) Object.defineProperty(error, 'stack', { value: thrown.stack, writable: true, configurable: true })
  Object.assign(error, thrown.fields)
  if (!known) error.name = thrown.name
  return error
}

export function createParsePool ({ timeoutMs, size = 1, maxHeapMb = 256, errorClasses = [] }: ParsePoolOptions): ParsePool {
  const classes = new Map(errorClasses.map((cls) => [cls.name, cls as unknown as { prototype: Error }]))
  const slots: Slot[] = []
  const queue: Job[] = []
  let nextId = 1
  let closed = false

  function finish (slot: Slot, settle: (job: Job) => void) {
    const job = slot.job
    if (!job) return
    clearTimeout(slot.timer)
    slot.job = undefined
    slot.timer = undefined
    // Idle, it holds no process open (a CLI exits, a test ends); busy, it does (its caller awaits it).
    slot.worker.unref()
    settle(job)
  }

  /** Ends a worker that failed (time limit, crash) and starts its replacement lazily, on the next call. */
  function discard (slot: Slot, error: Error) {
    slots.splice(slots.indexOf(slot), 1)
    finish(slot, (job) => job.reject(error))
    slot.worker.removeAllListeners()
    slot.worker.on('error', () => {})
    slot.worker.terminate().catch(() => {})
    dispatch()
  }

  function spawn (): Slot {
    const worker = new Worker(ENTRY, { resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } })
    const slot: Slot = { worker, job: undefined, timer: undefined }
    worker.unref()
    worker.on('message', (reply: WorkerReply) => {
      if (slot.job?.request.id !== reply.id) return
      if ('started' in reply) {
        clearTimeout(slot.timer)
        slot.timer = setTimeout(() => discard(slot, new TooComplexError('time', timeoutMs)), timeoutMs)
        return
      }
      finish(slot, (job) => reply.ok ? job.resolve(reply.value) : job.reject(revive(reply.error, classes)))
      dispatch()
    })
    worker.on('error', (error: Error & { code?: string }) => {
      discard(slot, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new TooComplexError('memory', timeoutMs) : error)
    })
    worker.on('exit', () => {
      if (slots.includes(slot)) discard(slot, closed ? new ParserClosedError() : new Error('the Markdown parser stopped unexpectedly'))
    })
    slots.push(slot)
    return slot
  }

  function dispatch () {
    if (closed) return
    while (queue.length > 0) {
      const slot = slots.find((candidate) => !candidate.job) ?? (slots.length < size ? spawn() : undefined)
      if (!slot) return
      const job = queue.shift()!
      slot.job = job
      slot.worker.ref()
      slot.timer = setTimeout(() => discard(slot, new TooComplexError('time', timeoutMs)), timeoutMs + STARTUP_ALLOWANCE_MS)
      slot.worker.postMessage(job.request)
    }
  }

  return {
    call (module, name, ...args) {
      if (closed) return Promise.reject(new ParserClosedError())
      return new Promise((resolve, reject) => {
        queue.push({ request: { id: nextId++, module: module.href, name, args }, resolve: resolve as (value: unknown) => void, reject })
        dispatch()
      })
    },
    async close () {
      closed = true
      for (const job of queue.splice(0)) job.reject(new ParserClosedError())
      await Promise.all(slots.splice(0).map(async (slot) => {
        finish(slot, (job) => job.reject(new ParserClosedError()))
        slot.worker.removeAllListeners()
        slot.worker.on('error', () => {})
        await slot.worker.terminate()
      }))
    },
  }
}
