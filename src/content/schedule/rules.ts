// Scheduling rules, pure: what a requested schedule may be (given the article and the time), and what a change of
// status leaves of a schedule. A draft may be scheduled for publication (publish_at) and, with it, for a later return to
// draft (unpublish_at); a published article only for its return to draft.
import { HttpProblem, conflict } from '../../http/errors.js'
import type { ArticleStatus } from '../model/document.js'
import type { ArticleSchedule } from '../repository-types.js'

/** What POST …/schedule sends: a field left out stays as it is, null clears it. */
export interface ScheduleRequest { publish_at?: string | null | undefined, unpublish_at?: string | null | undefined }

export const NO_SCHEDULE: ArticleSchedule = { publish_at: null, unpublish_at: null }

/**
 * The schedule columns a write changing the status from `before` to `after` clears: publishing (by hand or on time)
 * makes publish_at moot, unpublishing makes unpublish_at moot (and a published article has no publish_at). A new
 * article, or a write that keeps the status, leaves the schedule as it is.
 */
export function scheduleClearedBy (before: ArticleStatus | undefined, after: ArticleStatus): Partial<ArticleSchedule> {
  if (before === undefined || before === after) return {}
  return after === 'published' ? { publish_at: null } : { ...NO_SCHEDULE }
}

const invalidSchedule = (errors: Array<{ path: string, message: string }>) =>
  new HttpProblem(422, `The schedule cannot be set as sent: ${errors.map((error) => error.path).join(', ')}`, {
    type: '/problems/invalid-schedule', title: 'Invalid schedule', errors,
  })

/** Whether a date-time has a stored form (below): a real time whose UTC year has four digits. */
function storable (timestamp: string): boolean {
  const time = Date.parse(timestamp)
  return !Number.isNaN(time) && /^\d{4}-/.test(new Date(time).toISOString())
}

/** A timestamp as stored: ISO-8601 UTC with milliseconds, so that text order is time order (any offset sent is converted). */
const stored = (timestamp: string | null | undefined) => timestamp == null ? timestamp : new Date(timestamp).toISOString()

/**
 * The schedule after `request`, or a 409 (publish_at for a published article) or 422 listing every problem: a time set
 * must be in the future (after `now`), unpublish_at after publish_at, and a draft's unpublish_at needs a publish_at
 * (a draft is not public: there is nothing to take back).
 */
export function settleSchedule (slug: string, status: ArticleStatus, current: ArticleSchedule, request: ScheduleRequest, now: Date): ArticleSchedule {
  if (status === 'published' && request.publish_at != null) {
    throw conflict(`Article "${slug}" is already published: publish_at schedules a draft's publication (unpublish it first, or schedule unpublish_at).`,
      '/problems/already-published')
  }
  const errors: Array<{ path: string, message: string }> = []
  const unusable = (['publish_at', 'unpublish_at'] as const).filter((field) => request[field] != null && !storable(request[field]))
  if (unusable.length > 0) {
    // A leap second (23:59:60) or a year past 9999 once in UTC: valid RFC 3339, but no time a schedule can keep.
    throw invalidSchedule(unusable.map((field) => ({ path: `/body/${field}`, message: 'must be a time between the years 0000 and 9999 in UTC, without a leap second' })))
  }
  const future = (field: keyof ArticleSchedule) => {
    const value = request[field]
    if (value != null && Date.parse(value) <= now.getTime()) errors.push({ path: `/body/${field}`, message: `must be in the future (it is now ${now.toISOString()})` })
  }
  future('publish_at')
  future('unpublish_at')
  const next: ArticleSchedule = {
    publish_at: request.publish_at === undefined ? current.publish_at : stored(request.publish_at)!,
    unpublish_at: request.unpublish_at === undefined ? current.unpublish_at : stored(request.unpublish_at)!,
  }
  if (next.unpublish_at !== null) {
    if (next.publish_at !== null && next.unpublish_at <= next.publish_at) {
      errors.push({ path: '/body/unpublish_at', message: `must be after publish_at (${next.publish_at})` })
    } else if (status === 'draft' && next.publish_at === null) {
      const path = request.unpublish_at != null ? '/body/unpublish_at' : '/body/publish_at'
      errors.push({ path, message: 'a draft is not public: unpublish_at needs a publish_at (schedule both, cancel both, or publish the draft first)' })
    }
  }
  if (errors.length > 0) throw invalidSchedule(errors)
  return next
}

/** The revision summary of a schedule change. */
export function describeSchedule (schedule: ArticleSchedule): string {
  const parts = [
    ...(schedule.publish_at ? [`publish at ${schedule.publish_at}`] : []),
    ...(schedule.unpublish_at ? [`unpublish at ${schedule.unpublish_at}`] : []),
  ]
  return parts.length > 0 ? `scheduled: ${parts.join(', ')}` : 'schedule cancelled'
}
