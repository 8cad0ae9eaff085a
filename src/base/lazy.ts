// Modules that a configuration may never need (the PostgreSQL driver, the Markdown parser, sharp, Swagger UI, the
// HTML and Markdown renderers) are loaded on first use rather than at start, so a server that never needs them does
// not hold them in memory.
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/** Thrown when a module loaded on first use cannot be loaded: the request that needed it gets a 500 problem. */
export class ModuleLoadError extends Error {
  constructor (what: string, cause: unknown) {
    super(`Could not load ${what}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause })
    this.name = 'ModuleLoadError'
  }
}

/**
 * `load` run once, on the first call: every caller shares its promise. A failed load is not kept: the caller gets a
 * ModuleLoadError naming `what`, and the next call tries again.
 */
export function loadOnFirstUse<T> (what: string, load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined
      throw new ModuleLoadError(what, error)
    })
    return loading
  }
}

/**
 * A package required on first use, for code that must stay synchronous (a renderer called while a response is built):
 * Node loads an ES module synchronously through require() (Node ≥ 22.12, as package.json's engines say). Its first
 * caller pays the load (a few milliseconds); a package that cannot be loaded throws a ModuleLoadError each time.
 */
export function requireOnFirstUse<T> (specifier: string): () => T {
  let loaded: T | undefined
  return () => {
    if (loaded === undefined) {
      try {
        loaded = require(specifier) as T
      } catch (error) {
        throw new ModuleLoadError(specifier, error)
      }
    }
    return loaded
  }
}
