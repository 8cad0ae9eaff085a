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

const sharedDigests = new WeakMap<object, string>()

/**
 * schemaDigest of a shared schema (one added with addSchema, or a module's TypeBox constant: made once, never
 * changed), computed once per object: Fastify hands every encapsulated context of every app the same schemas, about
 * 430 KB as JSON, and digesting them anew each time was half of what a second app took to become ready.
 */
export function sharedSchemaDigest (schema: unknown): string {
  if (typeof schema !== 'object' || schema === null) return schemaDigest(schema)
  let digest = sharedDigests.get(schema)
  if (digest === undefined) {
    digest = schemaDigest(schema)
    sharedDigests.set(schema, digest)
  }
  return digest
}

/** A digest of Fastify's external schemas (by id), from each schema's own (sharedSchemaDigest). */
export function sharedSchemasDigest (schemas: Record<string, unknown> | undefined): string {
  if (!schemas) return 'none'
  return schemaDigest(Object.keys(schemas).sort().map((id) => [id, sharedSchemaDigest(schemas[id])]))
}

/** The function compiled for `key` before in this process, or `compile()`'s, kept for next time. */
export function compiledOnce<T> (key: string, compile: () => T): T {
  if (compiled.has(key)) return compiled.get(key) as T
  const result = compile()
  if (compiled.size >= MAX_ENTRIES) compiled.clear()
  compiled.set(key, result)
  return result
}
