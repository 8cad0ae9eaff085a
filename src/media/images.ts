// Image work (./process.ts: sharp and libvips) runs in a child process, not in the server's. Decoding a photo makes
// libvips allocate tens of MB that the allocator keeps after the job is done: one upload took the server's RSS from
// 107 to 138 MB for good. In a child, that memory goes when the child does — it exits after IMAGE_PROCESS_IDLE_MS
// without work and is started again by the next upload or variant — and a crash in a native library fails the jobs
// it was running (a 500 each), never the server. One child per process, shared by every app the process builds; it
// never keeps its parent alive.
import { fork, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { MediaFormat, MediaType } from '../base/media.js'
import { HttpProblem } from '../http/errors.js'
import type { CleanImage } from './process.js'

/** The child exits after this long without a job. */
const IMAGE_PROCESS_IDLE_MS = 10_000

type FieldErrors = Array<{ path: string, message: string }> | undefined

type ImageWork =
  | { kind: 'clean', bytes: Uint8Array, limits: { maxPixels: number } }
  | { kind: 'variant', bytes: Uint8Array, sourceType: string, variant: { width: number, format: MediaFormat } }

export type ImageJob = { id: number } & ImageWork

export interface ImageReply {
  id: number
  value?: unknown
  failure?: { problem: { status: number, detail: string, type: string, title: string, errors: FieldErrors } } | { message: string }
}

interface Pending { resolve: (value: unknown) => void, reject: (error: Error) => void }

const entry = fileURLToPath(new URL('./image-process.js', import.meta.url))

let child: ChildProcess | undefined
const pending = new Map<number, Pending>()
let nextId = 1
let idleTimer: NodeJS.Timeout | undefined

function settle ({ id, value, failure }: ImageReply) {
  const job = pending.get(id)
  if (!job) return
  pending.delete(id)
  if (!failure) job.resolve(value)
  else if ('problem' in failure) {
    const { status, detail, type, title, errors } = failure.problem
    job.reject(new HttpProblem(status, detail, { type, title, ...(errors ? { errors } : {}) }))
  } else job.reject(new Error(`Image processing failed: ${failure.message}`))
  if (pending.size === 0) idle()
}

/** No job running: the child lets its parent exit, and stops after a quiet spell. */
function idle () {
  child?.unref()
  child?.channel?.unref()
  clearTimeout(idleTimer)
  idleTimer = setTimeout(() => child?.kill(), IMAGE_PROCESS_IDLE_MS).unref()
}

/** The child is gone (or never started): every job it had fails, and the next one starts a new child. */
function lost (worker: ChildProcess, reason: Error) {
  if (child === worker) child = undefined
  for (const [id, job] of pending) {
    pending.delete(id)
    job.reject(reason)
  }
}

function started (): ChildProcess {
  if (child) return child
  // No inherited Node flags (a profiler, the server's heap sizes): the child is a plain Node process. Two malloc arenas
  // (glibc makes one per thread that allocates, and libvips' threads each fragment their own): the child's peak under
  // 50 uploads at once went from 326 to 200 MB in the bench, at the same upload rate (3.1/s).
  const worker = fork(entry, [], {
    serialization: 'advanced',
    execArgv: [],
    env: { ...process.env, MALLOC_ARENA_MAX: '2' }, // handed on, not read (test/config.test.ts)
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  })
  worker.on('message', settle)
  worker.on('exit', (code, signal) => lost(worker, new Error(`The image process exited (${signal ?? `code ${code}`}) before answering`)))
  worker.on('error', (error) => {
    lost(worker, new Error(`The image process failed: ${error.message}`, { cause: error }))
    worker.kill()
  })
  worker.unref()
  child = worker
  return worker
}

function send<T> (job: ImageWork): Promise<T> {
  const worker = started()
  clearTimeout(idleTimer)
  // While a job runs the child keeps its parent alive (a command waiting for it must not end), and its exit, should it
  // crash, is heard.
  worker.ref()
  worker.channel?.ref()
  const id = nextId++
  return new Promise<T>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (value: unknown) => void, reject })
    worker.send({ ...job, id } satisfies ImageJob, (error) => {
      if (!error || !pending.has(id)) return
      pending.delete(id)
      reject(error)
      if (pending.size === 0) idle()
    })
  })
}

/** The image process's pid while it runs (for operators' tools and tests). */
export function imageProcessPid (): number | undefined {
  return child?.pid
}

/** Structured clone hands a Buffer over as a plain Uint8Array: the same bytes as a Buffer again, without copying. */
export const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)

/** ./process.ts's cleanUpload, in the image process. */
export async function cleanUpload (bytes: Buffer, limits: { maxPixels: number }): Promise<CleanImage> {
  const clean = await send<CleanImage>({ kind: 'clean', bytes, limits })
  return { ...clean, bytes: asBuffer(clean.bytes) }
}

/** ./process.ts's makeVariant, in the image process. */
export async function makeVariant (original: Buffer, sourceType: string, variant: { width: number, format: MediaFormat }): Promise<{ bytes: Buffer, content_type: MediaType }> {
  const made = await send<{ bytes: Uint8Array, content_type: MediaType }>({ kind: 'variant', bytes: original, sourceType, variant })
  return { ...made, bytes: asBuffer(made.bytes) }
}
