// Asking a bench server child process (test/bench/server.ts) for its figures over IPC.
import type { ChildProcess } from 'node:child_process'
import type { MemoryReading, ServerMessage } from './server.js'

/** Sends `{ type }` to the child and resolves with its first answer of that type, picked by `pick`; 60 s at most. */
export function askChild<T extends ServerMessage['type'], R> (child: ChildProcess, name: string, type: T, pick: (message: Extract<ServerMessage, { type: T }>) => R): Promise<R> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not report its ${type} within 60 s`)), 60_000)
    const onMessage = (message: ServerMessage) => {
      if (message.type !== type) return
      clearTimeout(timer)
      child.off('message', onMessage)
      resolve(pick(message as Extract<ServerMessage, { type: T }>))
    }
    child.on('message', onMessage)
    child.send({ type })
  })
}

/** A bench server's memory: RSS, V8 heap, memory outside it, the app's response budget, its image process's RSS. */
export const memoryOfChild = (child: ChildProcess, name: string): Promise<MemoryReading> =>
  askChild(child, name, 'memory', ({ type: _type, ...reading }) => reading)
