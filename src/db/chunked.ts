// Writes over long id lists, a bounded chunk per statement (SQLite binds at most 32,766 parameters).
import { chunks } from '../base/chunks.js'

/** Runs `write` once per chunk of `items` and returns the sum of the row counts it reports. */
export async function writeInChunks<T> (items: readonly T[], write: (chunk: T[]) => Promise<number | bigint>): Promise<number> {
  let total = 0
  for (const chunk of chunks(items)) total += Number(await write(chunk))
  return total
}
