// Delta-sync queries: the counter and the changes between two of its values, read inside one snapshot, and the
// purge of old tombstones. The changes are the published articles stamped in (from, upto] and the tombstones of that
// range, in (seq, kind, id) order.
import type { Executor } from '../../db/schema.js'
import { onPostgres } from '../../db/dialect.js'
import type { SyncPosition } from './token.js'

export interface SyncState { seq: number, purged_through: number }

/** One change: a published article as of the snapshot (kind 1), or a tombstone (kind 0). */
export type SyncChange =
  | (SyncPosition & { kind: 1, slug: string })
  | (SyncPosition & { kind: 0, slug: string, deleted_at: string, reason: 'deleted' | 'unpublished' | 'renamed' })

export interface SyncRange {
  /** Exclusive; undefined: from the start (an initial sync: articles only, no tombstones). */
  from: number | undefined
  /** Inclusive. */
  upto: number
  after: SyncPosition | undefined
  /** At most this many changes of each kind are read. */
  limit: number
}

export interface SyncRepository {
  /** Runs `work` inside one snapshot of the database: REPEATABLE READ (read only) on PostgreSQL, a transaction on SQLite. */
  inSnapshot<T>(work: (trx: Executor) => Promise<T>): Promise<T>
  state(trx: Executor): Promise<SyncState>
  /** The first changes of the range after `after`, in order: up to `limit` of each kind, so at least `limit` in all when more exist. */
  changes(range: SyncRange, trx: Executor): Promise<SyncChange[]>
  /** Deletes tombstones of deletions before `cutoff`; tokens older than the newest of them are expired from then on. */
  purgeTombstones(cutoff: Date): Promise<number>
}

const order = (a: SyncPosition, b: SyncPosition) => a.seq - b.seq || a.kind - b.kind || a.id - b.id

export function createSyncRepository (db: Executor): SyncRepository {
  return {
    inSnapshot (work) {
      // Read only: on SQLite a deferred transaction, whose snapshot is taken at its first read and which blocks no writer.
      const transaction = onPostgres(db) ? db.transaction().setIsolationLevel('repeatable read') : db.transaction()
      return transaction.setAccessMode('read only').execute(work)
    },

    async state (trx) {
      return trx.selectFrom('sync_state').select(['seq', 'purged_through']).where('id', '=', 1).executeTakeFirstOrThrow()
    },

    async changes ({ from, upto, after, limit }, trx) {
      let articles = trx.selectFrom('articles').select(['id', 'slug', 'sync_seq'])
        .where('status', '=', 'published').where('sync_seq', '<=', upto)
      if (from !== undefined) articles = articles.where('sync_seq', '>', from)
      if (after) {
        articles = after.kind === 0
          ? articles.where('sync_seq', '>=', after.seq)
          : articles.where((eb) => eb.or([eb('sync_seq', '>', after.seq), eb.and([eb('sync_seq', '=', after.seq), eb('id', '>', after.id)])]))
      }
      const articleRows = await articles.orderBy('sync_seq').orderBy('id').limit(limit).execute()
      const changes: SyncChange[] = articleRows.map((row) => ({ kind: 1, seq: row.sync_seq, id: row.id, slug: row.slug }))
      if (from !== undefined) {
        let tombstones = trx.selectFrom('sync_tombstones').select(['seq', 'article_id', 'slug', 'deleted_at', 'reason'])
          .where('seq', '>', from).where('seq', '<=', upto)
        if (after) {
          tombstones = after.kind === 1
            ? tombstones.where('seq', '>', after.seq)
            : tombstones.where((eb) => eb.or([eb('seq', '>', after.seq), eb.and([eb('seq', '=', after.seq), eb('article_id', '>', after.id)])]))
        }
        const rows = await tombstones.orderBy('seq').orderBy('article_id').limit(limit).execute()
        changes.push(...rows.map((row) => ({ kind: 0 as const, seq: row.seq, id: row.article_id, slug: row.slug, deleted_at: row.deleted_at, reason: row.reason })))
      }
      return changes.sort(order)
    },

    async purgeTombstones (cutoff) {
      return db.transaction().execute(async (trx) => {
        const newest = await trx.selectFrom('sync_tombstones').select((eb) => eb.fn.max('seq').as('seq'))
          .where('deleted_at', '<', cutoff.toISOString()).executeTakeFirst()
        if (newest?.seq === null || newest?.seq === undefined) return 0
        const through = Number(newest.seq)
        const purged = await trx.deleteFrom('sync_tombstones').where('seq', '<=', through).executeTakeFirst()
        await trx.updateTable('sync_state').set({ purged_through: through }).where('id', '=', 1).where('purged_through', '<', through).execute()
        return Number(purged.numDeletedRows)
      })
    },
  }
}
