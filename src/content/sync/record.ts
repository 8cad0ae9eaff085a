// The write side of delta sync: every transaction that changes what the public sees of an article takes the next
// sync counter value (sync_state.seq), stamps the article with it (articles.sync_seq), and leaves a tombstone for
// what left the public set: an article deleted or unpublished while published, the old slug of a published article
// renamed. Called by the content repository's writes, as their last statement.
import type { Executor } from '../../db/schema.js'

type Status = string

/** An article's public identity before or after a write. */
export interface SyncedState { slug: string, status: Status }

const PUBLISHED = 'published'

/**
 * Articles whose served form a write changed besides the one it writes (another article showing a renamed author or
 * tag), per transaction: stamped with the write's counter value by recordSyncChange.
 */
const alsoChanged = new WeakMap<Executor, Set<number>>()

/** Notes that these articles' served form changes in this transaction (recordSyncChange stamps them). */
export function noteArticlesChanged (trx: Executor, ids: number[]): void {
  if (ids.length === 0) return
  let noted = alsoChanged.get(trx)
  if (!noted) alsoChanged.set(trx, noted = new Set())
  for (const id of ids) noted.add(id)
}

/**
 * The next counter value. On PostgreSQL the row stays locked until COMMIT, so values are handed out in commit order:
 * a reader who sees value N sees every change numbered N or less. Take it last in the transaction (after every article
 * row lock), as 009's content_state triggers take theirs at COMMIT.
 */
async function nextSeq (trx: Executor): Promise<number> {
  const row = await trx.updateTable('sync_state').set((eb) => ({ seq: eb('seq', '+', 1) })).where('id', '=', 1)
    .returning('seq').executeTakeFirstOrThrow()
  return row.seq
}

/** The tombstone reason a write from `before` to `after` leaves, if the article leaves the public set under its old slug. */
function leaving (before: SyncedState | undefined, after: SyncedState): 'unpublished' | 'renamed' | undefined {
  if (before?.status !== PUBLISHED) return undefined
  if (after.status !== PUBLISHED) return 'unpublished'
  return before.slug !== after.slug ? 'renamed' : undefined
}

/**
 * Records a write of article `id` (created when `before` is undefined) for sync. A write that neither shows nor hides
 * anything public (a draft edited) takes no counter value unless other published articles changed with it.
 */
export async function recordSyncChange (trx: Executor, id: number, before: SyncedState | undefined, after: SyncedState, now: Date): Promise<void> {
  const others = alsoChanged.get(trx)
  alsoChanged.delete(trx)
  const reason = leaving(before, after)
  if (before?.status !== PUBLISHED && after.status !== PUBLISHED && !others?.size) return
  const seq = await nextSeq(trx)
  if (reason) {
    await trx.insertInto('sync_tombstones').values({ seq, article_id: id, slug: before!.slug, deleted_at: now.toISOString(), reason }).execute()
  }
  await trx.updateTable('articles').set({ sync_seq: seq }).where('id', 'in', [id, ...(others ?? [])]).execute()
}

/** Records the deletion of article `id` for sync: a tombstone when it was published. */
export async function recordSyncDeletion (trx: Executor, id: number, deleted: SyncedState, now: Date): Promise<void> {
  alsoChanged.delete(trx)
  if (deleted.status !== PUBLISHED) return
  const seq = await nextSeq(trx)
  await trx.insertInto('sync_tombstones').values({ seq, article_id: id, slug: deleted.slug, deleted_at: now.toISOString(), reason: 'deleted' }).execute()
}
