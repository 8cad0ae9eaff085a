// Scheduled publishing. Editors set or cancel an article's schedule: a write like any other (authoring lock, If-Match,
// one version more, a revision, an event). runDue makes what is due happen through authoring's own write path — so
// caches, feed, sitemap, search, revisions and article.published/unpublished are those of a manual change — and
// exactly once: the transaction that writes the change is the one that claimed it.
import { lockKeys } from '../../db/dialect.js'
import type { Executor } from '../../db/schema.js'
import { HttpProblem, notFound } from '../../http/errors.js'
import { checkIfMatch } from '../../http/preconditions.js'
import type { ArticleEvents, ArticleView, AuthoringService, AuthoringSettings, ScheduleChange, WriteContext } from '../authoring.js'
import { documentAsInput } from '../model/document.js'
import type { ArticleSchedule, ContentRepository, StoredDocument } from '../repository.js'
import { AUTHORING_LOCK } from '../service.js'
import { articleEtag } from '../views.js'
import type { DueChange, ScheduleRepository } from './repository.js'
import { NO_SCHEDULE, describeSchedule, settleSchedule, type ScheduleRequest } from './rules.js'

/** Who the scheduler's writes are recorded as (updated_by, revisions, events). */
export const SCHEDULER = 'scheduler'
/** Due changes made per round; rounds repeat while a round was full. */
const BATCH = 50

export interface DueResult { published: string[], unpublished: string[] }

export interface ScheduleService {
  /** Sets publish_at and/or unpublish_at (null clears one): 404, 409, 412, 422 and 428 as documented on the route. */
  schedule(slug: string, request: ScheduleRequest, context: WriteContext): Promise<ArticleView>
  /** Clears both. Without a schedule, changes nothing. */
  cancel(slug: string, context: WriteContext): Promise<ArticleView>
  /** Makes every change due by the clock, publications first; returns the slugs this call changed. */
  runDue(): Promise<DueResult>
  /** The earliest pending scheduled time (due or not). */
  nextTime(): Promise<Date | undefined>
  /** Called after this process changed a schedule (the scheduler looks again at what comes next). */
  onChange(listener: () => void): void
}

export interface ScheduleServiceOptions {
  db: Executor
  content: ContentRepository
  schedules: ScheduleRepository
  authoring: Pick<AuthoringService, 'get' | 'applyScheduled'>
  events: ArticleEvents
  settings: Pick<AuthoringSettings, 'requireIfMatch' | 'revisionsToKeep'>
  clock: () => Date
  log: { error(details: object, message: string): void }
}

export function createScheduleService ({ db, content, schedules, authoring, events, settings, clock, log }: ScheduleServiceOptions): ScheduleService {
  const listeners: Array<() => void> = []

  const changeOf = (current: StoredDocument, version: number, now: Date, by: string, schedule: ArticleSchedule): ScheduleChange => ({
    slug: current.document.slug,
    previous_slug: null,
    title: current.document.title,
    status: current.document.status,
    version,
    published_at: current.document.published_at,
    updated_at: now.toISOString(),
    updated_by: by,
    ...schedule,
  })

  /** Writes the schedule `decide` returns (undefined, or the same: nothing to write). True when it wrote. */
  async function writeSchedule (slug: string, decide: (current: StoredDocument, now: Date) => ArticleSchedule | undefined, context: WriteContext): Promise<boolean> {
    const now = context.now ?? clock()
    const written = await db.transaction().execute(async (trx) => {
      await lockKeys(trx, [AUTHORING_LOCK])
      const current = await content.loadDocument(slug, trx)
      if (!current) throw notFound(`No article "${slug}".`)
      checkIfMatch(context, articleEtag(current), 'article', settings.requireIfMatch)
      const next = decide(current, now)
      if (!next || (next.publish_at === current.schedule.publish_at && next.unpublish_at === current.schedule.unpublish_at)) return false
      const version = await schedules.saveSchedule(current.id, next, { now, by: context.by, version: current.version }, trx)
      await content.insertRevision(current.id, { version, created_at: now.toISOString(), created_by: context.by, summary: describeSchedule(next) },
        documentAsInput(current.document), trx)
      if (settings.revisionsToKeep > 0) await content.pruneRevisions(current.id, settings.revisionsToKeep, trx)
      const type = next.publish_at === null && next.unpublish_at === null ? 'article.unscheduled' : 'article.scheduled'
      await events.enqueue({ type, data: changeOf(current, version, now, context.by, next), subject: { type: 'article', id: current.id }, now }, trx)
      return true
    })
    if (written) for (const listener of listeners) listener()
    return written
  }

  async function viewOf (slug: string): Promise<ArticleView> {
    const view = await authoring.get(slug)
    if (!view) throw notFound(`No article "${slug}".`)
    return view
  }

  /** One due change: 'done', 'taken' (another instance made it, or it changed meanwhile), or 'dropped'/'failed'. */
  async function apply (change: DueChange): Promise<'done' | 'taken' | 'dropped' | 'failed'> {
    try {
      const view = await authoring.applyScheduled(change.slug, {
        status: change.action === 'publish' ? 'published' : 'draft',
        publishedAt: change.at,
        claim: async (current, trx) => current.id === change.id && await schedules.claim(change, trx),
      }, { by: SCHEDULER, now: clock() })
      return view ? 'done' : 'taken'
    } catch (error) {
      // Renamed meanwhile: the next round lists it under its new slug.
      if (error instanceof HttpProblem && error.statusCode === 404) return 'taken'
      if (error instanceof HttpProblem && error.statusCode < 500) {
        // The article cannot be published as it is now (a published article's images need alt text, …): the schedule
        // is cancelled (article.unscheduled) rather than retried for ever; the editor fixes it and schedules again.
        const field = change.action === 'publish' ? 'publish_at' : 'unpublish_at'
        await writeSchedule(change.slug, (current) => current.id === change.id && current.schedule[field] === change.at
          ? { ...current.schedule, [field]: null, ...(field === 'publish_at' ? { unpublish_at: null } : {}) }
          : undefined, { by: SCHEDULER, unconditional: true }).catch(() => false)
        log.error({ slug: change.slug, action: change.action, scheduled_at: change.at, problem: error.message }, 'scheduled change refused: schedule cancelled')
        return 'dropped'
      }
      log.error({ err: error, slug: change.slug, action: change.action }, 'scheduled change failed; retried at the next look')
      return 'failed'
    }
  }

  return {
    async schedule (slug, request, context) {
      await writeSchedule(slug, (current, now) => settleSchedule(slug, current.document.status, current.schedule, request, now), context)
      return viewOf(slug)
    },

    async cancel (slug, context) {
      await writeSchedule(slug, () => NO_SCHEDULE, context)
      return viewOf(slug)
    },

    async runDue () {
      const result: DueResult = { published: [], unpublished: [] }
      for (;;) {
        let full = false
        let progressed = false
        // Publications first: a draft whose publish_at and unpublish_at both passed while no server ran is published
        // (dated publish_at), then unpublished.
        for (const action of ['publish', 'unpublish'] as const) {
          const due = await schedules.listDue(action, clock().toISOString(), BATCH)
          full ||= due.length === BATCH
          for (const change of due) {
            const outcome = await apply(change)
            if (outcome === 'done') (action === 'publish' ? result.published : result.unpublished).push(change.slug)
            progressed ||= outcome !== 'failed'
          }
        }
        if (!full || !progressed) return result
      }
    },

    async nextTime () {
      const next = await schedules.nextTime()
      return next === undefined ? undefined : new Date(next)
    },

    onChange (listener) {
      listeners.push(listener)
    },
  }
}
