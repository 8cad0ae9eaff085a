// Schedule queries: what is due, what comes next, the claim that makes a scheduled change happen once, and the
// write of a new schedule. Timestamps are ISO-8601 UTC text on both engines: text order is time order.
import type { Executor } from '../../db/schema.js'
import type { ArticleSchedule } from '../repository-types.js'
import { recordSyncChange } from '../sync/record.js'

/** A scheduled change whose time has come: publish a draft, or take a published article back to draft. */
export interface DueChange { id: number, slug: string, action: 'publish' | 'unpublish', at: string }

const FIELD = { publish: 'publish_at', unpublish: 'unpublish_at' } as const
/** The status an article has while the change is pending. */
const PENDING_STATUS = { publish: 'draft', unpublish: 'published' } as const

export interface ScheduleRepository {
  /** Due changes of one kind, earliest first, at most `limit`. */
  listDue(action: DueChange['action'], now: string, limit: number, trx?: Executor): Promise<DueChange[]>
  /** The earliest pending scheduled time (due or not), or undefined when nothing is scheduled. */
  nextTime(trx?: Executor): Promise<string | undefined>
  /**
   * Takes the job inside the transaction that makes the change: clears the time if it is still the one listed and the
   * article still waits for it. Exactly one transaction (instance) gets true; the others find it taken or changed.
   * Outside a transaction: drops a change that cannot be made.
   */
  claim(change: DueChange, trx?: Executor): Promise<boolean>
  /** Stores a new schedule as a write to the article (one version more, so its ETag changes). Returns the new version. */
  saveSchedule(id: number, schedule: ArticleSchedule, meta: { now: Date, by: string, version: number }, trx: Executor): Promise<number>
}

export function createScheduleRepository (db: Executor): ScheduleRepository {
  const pending = (trx: Executor, change: DueChange) => trx.updateTable('articles').set({ [FIELD[change.action]]: null })
    .where('id', '=', change.id).where(FIELD[change.action], '=', change.at).where('status', '=', PENDING_STATUS[change.action])

  return {
    async listDue (action, now, limit, trx = db) {
      const field = FIELD[action]
      const rows = await trx.selectFrom('articles').select(['id', 'slug', `${field} as at`])
        .where(field, 'is not', null).where(field, '<=', now).where('status', '=', PENDING_STATUS[action])
        .orderBy(field).orderBy('id').limit(limit).execute()
      return rows.map((row) => ({ id: row.id, slug: row.slug, action, at: row.at! }))
    },

    async nextTime (trx = db) {
      const [publish, unpublish] = await Promise.all([
        trx.selectFrom('articles').select((eb) => eb.fn.min('publish_at').as('at')).where('publish_at', 'is not', null).where('status', '=', 'draft').executeTakeFirst(),
        trx.selectFrom('articles').select((eb) => eb.fn.min('unpublish_at').as('at')).where('unpublish_at', 'is not', null).where('status', '=', 'published').executeTakeFirst(),
      ])
      const times = [publish?.at, unpublish?.at].filter((at): at is string => typeof at === 'string')
      return times.sort()[0]
    },

    async claim (change, trx = db) {
      const result = await pending(trx, change).executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },

    async saveSchedule (id, schedule, { now, by, version }, trx) {
      const row = await trx.updateTable('articles')
        .set({ publish_at: schedule.publish_at, unpublish_at: schedule.unpublish_at, version: version + 1, updated_at: now.toISOString(), updated_by: by })
        .where('id', '=', id).returning(['version', 'slug', 'status']).executeTakeFirstOrThrow()
      // A published article's served updated_at changed: apps that sync see it (a draft's schedule takes no counter value).
      const state = { slug: row.slug, status: row.status }
      await recordSyncChange(trx, id, state, state, now)
      return row.version
    },
  }
}
