// Schema compilers memoized per process: a validator or serializer is a pure function of its schema's text, the
// shared schemas it may reference and the compiler's options, so every app a process builds shares one of each.
import { createHash } from 'node:crypto'

/** Entries kept at most: every app of a process (tests build hundreds) shares a few hundred distinct schemas. */
const MAX_ENTRIES = 5000
const compiled = new Map<string, unknown>()

/** A short digest of a schema (or of anything JSON) as text. */
export function schemaDigest (value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value) ?? '').digest('base64')
}

/** The function compiled for `key` before in this process, or `compile()`'s, kept for next time. */
export function compiledOnce<T> (key: string, compile: () => T): T {
  if (compiled.has(key)) return compiled.get(key) as T
  const result = compile()
  if (compiled.size >= MAX_ENTRIES) compiled.clear()
  compiled.set(key, result)
  return result
}
