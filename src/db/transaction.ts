// Repository writes that must be atomic join the caller's transaction when given one, or open their own.
import type { Executor } from './schema.js'

export function inTransaction<T> (db: Executor, trx: Executor | undefined, work: (trx: Executor) => Promise<T>): Promise<T> {
  return trx ? work(trx) : db.transaction().execute(work)
}
