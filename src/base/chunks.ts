// Splitting long lists: SQLite binds at most 32,766 parameters per statement, so `IN (...)` lists go in chunks.

const CHUNK_SIZE = 500

export function chunks<T> (items: readonly T[], size = CHUNK_SIZE): T[][] {
  const result: T[][] = []
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size))
  return result
}
