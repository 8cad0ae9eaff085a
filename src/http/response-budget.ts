// One memory budget for every kept response (RESPONSE_CACHE_MAX_MB): the front cache, the ready responses of lists,
// searches and reviews, the article cache with its representations and sections, the feed and the sitemap all count
// what they keep here, and the least recently used entry of any of them is evicted when a new one would not fit.
//
// An entry counts bytes of its own (keys, headers, objects) and the buffers it holds (bodies, compressed forms).
// A buffer is counted once however many entries hold it (the front cache sends the very buffers a ready response
// holds), and until the last of them lets it go: a body that outlives one cache's eviction is still counted. A buffer
// counts the memory it keeps alive (its whole ArrayBuffer), not only its length.
//
// Every entry and every buffer also costs objects of their own that no cache sees: ENTRY_OVERHEAD and BUFFER_OVERHEAD
// add them, so that what the budget counts is what the kept answers hold (measured: the live heap and external memory
// grew by about 620 bytes per entry more than was counted without them).

export interface BudgetEntry {
  /** Marks the entry most recently used. */
  use(): void
  /** Counts more it now holds (a response added to an article's, a compressed form made on first use). */
  add(bytes: number, buffers: Array<Buffer | undefined>): void
  /** Its cache let it go (replaced, stale, dropped): what only it held is free again. Idempotent. */
  release(): void
  readonly released: boolean
}

export interface ResponseBudget {
  readonly maxBytes: number
  /**
   * Counts a new entry; least recently used entries (of any cache) are evicted, each by its `evict`, until everything
   * fits. Undefined when the entry alone is over the budget: it must not be kept.
   */
  keep(bytes: number, buffers: Array<Buffer | undefined>, evict: () => void): BudgetEntry | undefined
  stats(): { bytes: number, entries: number, evictions: number }
}

/**
 * Bytes every entry costs besides what its cache counts: its place in the budget's order (a Set node), the entry
 * object and its list of buffers, and its cache's Map node and record.
 */
export const ENTRY_OVERHEAD = 300
/**
 * Bytes every kept buffer costs besides its memory: the Buffer object on the V8 heap, its backing store record and
 * allocator header outside it, and its place in the budget's holder map.
 */
export const BUFFER_OVERHEAD = 200

/**
 * Node's pool slab, which many small buffers share (Buffer.from of a short string): Buffer.poolSize bytes, or a few more
 * (Node 26 pads it for alignment: 65,600 bytes for a 65,536-byte pool).
 */
const isPoolSlab = (memory: ArrayBufferLike) => memory.byteLength >= Buffer.poolSize && memory.byteLength <= Buffer.poolSize + 1024

/**
 * What a buffer keeps alive, BUFFER_OVERHEAD besides: its whole ArrayBuffer (a compressed body sliced from a 16 KB
 * zlib chunk keeps the chunk), but for Node's pool slab, which many small buffers share. readyResponse copies what it
 * keeps onto memory of its own, so that both count exactly their bytes.
 */
export const retainedBytes = (buffer: Buffer) =>
  BUFFER_OVERHEAD + (isPoolSlab(buffer.buffer) ? buffer.length : Math.max(buffer.length, buffer.buffer.byteLength))

export function createResponseBudget (maxBytes: number): ResponseBudget {
  /** Entries, least recently used first. */
  const entries = new Set<Entry>()
  /** How many entries hold each buffer. */
  const holders = new Map<Buffer, number>()
  let bytes = 0
  let evictions = 0

  class Entry implements BudgetEntry {
    released = false
    /** Set once its cache holds it: from then on, an entry that outgrows the budget is evicted like any other. */
    kept = false
    own = 0
    readonly buffers: Buffer[] = []
    constructor (readonly evict: () => void) {}

    use () {
      if (this.released) return
      entries.delete(this)
      entries.add(this)
    }

    add (more: number, buffers: Array<Buffer | undefined>) {
      if (this.released) return
      this.own += more
      bytes += more
      for (const buffer of buffers) {
        if (!buffer || this.buffers.includes(buffer)) continue
        this.buffers.push(buffer)
        const count = holders.get(buffer) ?? 0
        if (count === 0) bytes += retainedBytes(buffer)
        holders.set(buffer, count + 1)
      }
      if (this.own + this.buffers.reduce((sum, buffer) => sum + retainedBytes(buffer), 0) > maxBytes) {
        // Over the whole budget alone: let go at once, pushing out nothing.
        this.release()
        if (this.kept) {
          evictions++
          this.evict()
        }
        return
      }
      trim(this)
    }

    release () {
      if (this.released) return
      this.released = true
      entries.delete(this)
      bytes -= this.own
      for (const buffer of this.buffers) {
        const count = holders.get(buffer)!
        if (count > 1) {
          holders.set(buffer, count - 1)
        } else {
          holders.delete(buffer)
          bytes -= retainedBytes(buffer)
        }
      }
      this.buffers.length = 0
    }
  }

  /** Evicts the least recently used entries other than `keeping` until the budget holds; then `keeping` itself if it must. */
  function trim (keeping: Entry) {
    for (const oldest of entries) {
      if (bytes <= maxBytes) break
      if (oldest === keeping) continue
      oldest.release()
      evictions++
      oldest.evict()
    }
    if (bytes <= maxBytes) return
    keeping.release()
    if (keeping.kept) {
      evictions++
      keeping.evict()
    }
  }

  return {
    maxBytes,
    keep (own, buffers, evict) {
      const entry = new Entry(evict)
      entries.add(entry)
      entry.add(ENTRY_OVERHEAD + own, buffers)
      if (entry.released) return undefined
      entry.kept = true
      return entry
    },
    stats: () => ({ bytes, entries: entries.size, evictions }),
  }
}
