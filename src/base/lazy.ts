// Modules that a configuration may never need (the PostgreSQL driver, the Markdown parser, sharp, Swagger UI) are
// loaded on first use rather than at start, so a server that never needs them does not hold them in memory.

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
