// The worker thread of parse-worker.ts: imports the module a request names, calls its exported function with the
// request's arguments, and posts back the result or the error it threw (class name, message, own fields).
import { parentPort } from 'node:worker_threads'
import type { ThrownInWorker, WorkerReply, WorkerRequest } from './parse-worker.js'

const modules = new Map<string, Promise<Record<string, unknown>>>()

/** An error as plain data: own enumerable fields that survive structured clone (the rest are left out). */
function thrown (error: unknown): ThrownInWorker {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), fields: {} }
  const fields: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(error)) {
    try {
      fields[key] = structuredClone(value)
    } catch {
      // A function or a handle: not data a caller can use.
    }
  }
  return { name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}), fields }
}

parentPort!.on('message', (request: WorkerRequest) => {
  (async () => {
    let reply: WorkerReply
    try {
      let module = modules.get(request.module)
      if (!module) modules.set(request.module, module = import(request.module) as Promise<Record<string, unknown>>)
      const fn = (await module)[request.name]
      if (typeof fn !== 'function') throw new TypeError(`${request.module} exports no function "${request.name}"`)
      // The time limit starts now: starting the worker and loading the module are not the call's doing.
      parentPort!.postMessage({ id: request.id, started: true } satisfies WorkerReply)
      reply = { id: request.id, ok: true, value: await (fn as (...args: unknown[]) => unknown)(...request.args) }
    } catch (error) {
      reply = { id: request.id, ok: false, error: thrown(error) }
    }
    try {
      parentPort!.postMessage(reply)
    } catch (error) {
      parentPort!.postMessage({ id: request.id, ok: false, error: thrown(error) } satisfies WorkerReply)
    }
  })().catch((error: unknown) => { throw error })
})
