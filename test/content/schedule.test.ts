// Scheduled publishing: POST/DELETE /v1/admin/articles/{slug}/schedule, and the scheduler making due changes exactly
// once — through the write a manual publish makes — on one instance, on two sharing a database, and at start-up for
// what fell due while no server ran. The clock is moved, never waited for.
import { test } from 'tap'
import type { FastifyInstance, InjectOptions } from 'fastify'
import { ADMIN, build, databaseEnv, ENGINE, PROBLEM, SLUG } from '../helper.js'
import { createScheduler, MAX_WAIT_MS, type Sleep } from '../../src/content/schedule/scheduler.js'

const ARTICLES = '/v1/admin/articles'
const HOUR = 60 * 60 * 1000

/** The system time moved by `shift` ms: what scheduled publishing goes by in these tests. */
function testClock () {
  let shift = 0
  return { now: () => new Date(Date.now() + shift), advance (ms: number) { shift += ms } }
}

function admin (app: FastifyInstance, method: InjectOptions['method'], url: string, payload?: unknown, headers: Record<string, string> = {}) {
  return app.inject({ method, url, headers: { ...ADMIN, ...headers }, ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }) })
}

const draft = (slug: string) => ({
  slug,
  title: `Zygomorphic Flowers ${slug}`,
  intro: [{ type: 'paragraph', text: 'Zygomorphic flowers have one plane of symmetry.' }],
  sections: [{ heading: 'Orchids', blocks: [{ type: 'paragraph', text: 'Orchids are the best known.' }] }],
})

async function events (app: FastifyInstance, slug: string) {
  const rows = await app.database.db.selectFrom('webhook_events').select(['type', 'payload']).where('subject_type', '=', 'article').orderBy('created_at').orderBy('id').execute()
  return rows.map((row): Record<string, unknown> => ({ type: row.type, ...JSON.parse(row.payload) as Record<string, unknown> })).filter((event) => event.slug === slug)
}

async function revisions (app: FastifyInstance, slug: string) {
  return (await admin(app, 'GET', `${ARTICLES}/${slug}/revisions`)).json().data as Array<{ version: number, created_by: string, summary: string }>
}

/** What GET /v1/sync answers after `token` (from the start without one), over every page, and the token for next time. */
async function syncSince (app: FastifyInstance, token?: string) {
  const items: Array<{ type: string, slug?: string, article?: { slug: string, updated_at: string } }> = []
  for (;;) {
    const page = (await app.inject({ url: '/v1/sync', query: token === undefined ? {} : { sync_token: token } })).json()
    items.push(...page.data)
    token = page.next_page_token ?? page.next_sync_token
    if (page.next_sync_token) return { items, token: token! }
  }
}
const synced = (items: Awaited<ReturnType<typeof syncSince>>['items']) => items.map((item) => `${item.type} ${item.slug ?? item.article!.slug}`)

test('schedule a draft: published on time, once, as a manual publish would', async (t) => {
  const clock = testClock()
  const app = await build(t, { clock: clock.now })
  const slug = 'scheduled-post'
  const { token: beforeAll } = await syncSince(app)
  t.equal((await admin(app, 'POST', ARTICLES, draft(slug))).statusCode, 201)
  const publishAt = new Date(clock.now().getTime() + HOUR).toISOString()

  const scheduled = await admin(app, 'POST', `${ARTICLES}/${slug}/schedule`, { publish_at: publishAt })
  t.equal(scheduled.statusCode, 200)
  t.match(scheduled.json().data, { slug, status: 'draft', published_at: null, publish_at: publishAt, unpublish_at: null, version: 2 })
  t.match(scheduled.headers.etag, /^"\d+-2-/, 'a new ETag: the schedule is a write')
  t.match(await events(app, slug), [{ type: 'article.updated' }, { type: 'article.scheduled', publish_at: publishAt, unpublish_at: null, version: 2, status: 'draft' }])
  t.same((await admin(app, 'GET', `${ARTICLES}?status=scheduled`)).json().data.map((a: { slug: string, publish_at: string }) => [a.slug, a.publish_at]), [[slug, publishAt]],
    'status=scheduled lists it, and only it')
  t.equal((await revisions(app, slug))[0]!.summary, `scheduled: publish at ${publishAt}`)

  t.same(await app.scheduler.runDue(), { published: [], unpublished: [] }, 'nothing is due before its time')
  t.equal((await app.inject({ url: `/v1/articles/${slug}` })).statusCode, 404)

  clock.advance(2 * HOUR)
  const [first, second] = [await app.scheduler.runDue(), await app.scheduler.runDue()]
  t.same(first, { published: [slug], unpublished: [] })
  t.same(second, { published: [], unpublished: [] }, 'once')

  const article = await app.inject({ url: `/v1/articles/${slug}` })
  t.equal(article.statusCode, 200, 'public')
  t.equal(article.json().data.published_at, publishAt, 'dated at its scheduled time')
  t.match((await admin(app, 'GET', `${ARTICLES}/${slug}`)).json().data, { status: 'published', publish_at: null, unpublish_at: null, updated_by: 'scheduler', version: 3 })
  t.ok((await app.inject({ url: '/v1/articles' })).json().data.some((a: { slug: string }) => a.slug === slug), 'listed')
  t.match((await app.inject({ url: '/feed.atom' })).payload, `/v1/articles/${slug}`, 'in the feed')
  t.match((await app.inject({ url: '/sitemap.xml' })).payload, `/v1/articles/${slug}`, 'in the sitemap')
  t.same((await app.inject({ url: '/v1/search?q=zygomorphic' })).json().data.map((hit: { slug: string }) => hit.slug), [slug], 'found by search')
  const published = (await events(app, slug)).filter((event) => event.type === 'article.published')
  t.equal(published.length, 1, 'article.published enqueued once')
  t.match(published[0], { status: 'published', published_at: publishAt, updated_by: 'scheduler', version: 3 })
  t.match((await revisions(app, slug))[0], { version: 3, created_by: 'scheduler', summary: 'published' })
  t.same((await admin(app, 'GET', `${ARTICLES}?status=scheduled`)).json().data, [], 'no longer scheduled')
  const delta = await syncSince(app, beforeAll)
  t.same(synced(delta.items), [`article ${slug}`], 'apps that sync get it once published, and not before')

  t.test('unpublish_at takes it back to draft on time; a later scheduled publication keeps the first published_at', async (t) => {
    const unpublishAt = new Date(clock.now().getTime() + HOUR).toISOString()
    const res = await admin(app, 'POST', `${ARTICLES}/${slug}/schedule`, { unpublish_at: unpublishAt })
    t.equal(res.statusCode, 200)
    t.match(res.json().data, { status: 'published', publish_at: null, unpublish_at: unpublishAt })
    const scheduledDelta = await syncSince(app, delta.token)
    t.same(synced(scheduledDelta.items), [`article ${slug}`], 'a published article\'s schedule changes its updated_at: apps that sync get it')
    t.equal(scheduledDelta.items[0]!.article!.updated_at, res.json().data.updated_at)
    clock.advance(2 * HOUR)
    t.same(await app.scheduler.runDue(), { published: [], unpublished: [slug] })
    t.same(synced((await syncSince(app, scheduledDelta.token)).items), [`deleted ${slug}`], 'and a tombstone when it is taken back to draft')
    t.equal((await app.inject({ url: `/v1/articles/${slug}` })).statusCode, 404, 'no longer public')
    t.match((await admin(app, 'GET', `${ARTICLES}/${slug}`)).json().data, { status: 'draft', unpublish_at: null, published_at: publishAt })
    t.equal((await events(app, slug)).filter((event) => event.type === 'article.unpublished').length, 1)

    const again = new Date(clock.now().getTime() + HOUR).toISOString()
    t.equal((await admin(app, 'POST', `${ARTICLES}/${slug}/schedule`, { publish_at: again })).statusCode, 200)
    clock.advance(2 * HOUR)
    await app.scheduler.runDue()
    t.equal((await app.inject({ url: `/v1/articles/${slug}` })).json().data.published_at, publishAt, 'published_at of the first publication')
  })

  t.test('refusals change nothing', async (t) => {
    const other = 'other-draft'
    const created = await admin(app, 'POST', ARTICLES, draft(other))
    const etag = created.headers.etag as string
    const now = clock.now().getTime()
    const at = (hours: number) => new Date(now + hours * HOUR).toISOString()
    const before = await events(app, other)

    const past = await admin(app, 'POST', `${ARTICLES}/${other}/schedule`, { publish_at: at(-1) })
    t.equal(past.statusCode, 422)
    t.equal(past.headers['content-type'], PROBLEM)
    t.match(past.json(), { type: '/problems/invalid-schedule', errors: [{ path: '/body/publish_at', message: /must be in the future/ }] })
    const order = await admin(app, 'POST', `${ARTICLES}/${other}/schedule`, { publish_at: at(2), unpublish_at: at(1) })
    t.equal(order.statusCode, 422)
    t.match(order.json().errors, [{ path: '/body/unpublish_at', message: /must be after publish_at/ }])
    const alone = await admin(app, 'POST', `${ARTICLES}/${other}/schedule`, { unpublish_at: at(1) })
    t.equal(alone.statusCode, 422, 'a draft cannot be unpublished')
    t.equal((await admin(app, 'POST', `${ARTICLES}/${other}/schedule`, {})).statusCode, 400, 'an empty schedule')
    t.equal((await admin(app, 'POST', `${ARTICLES}/${other}/schedule`, { publish_at: 'tomorrow' })).statusCode, 400)
    for (const time of ['2027-06-30T23:59:60Z', '9999-12-31T23:59:59-23:59']) {
      const odd = await admin(app, 'POST', `${ARTICLES}/${other}/schedule`, { publish_at: time })
      t.equal(odd.statusCode, 422, `${time}: a valid date-time no schedule can keep`)
      t.match(odd.json().errors, [{ path: '/body/publish_at', message: /between the years 0000 and 9999/ }])
    }
    t.equal((await admin(app, 'POST', `${ARTICLES}/nope/schedule`, { publish_at: at(1) })).statusCode, 404)
    const publishedOne = await admin(app, 'POST', `${ARTICLES}/${SLUG}/schedule`, { publish_at: at(1) })
    t.equal(publishedOne.statusCode, 409)
    t.match(publishedOne.json(), { type: '/problems/already-published' })
    const stale = await admin(app, 'POST', `${ARTICLES}/${other}/schedule`, { publish_at: at(1) }, { 'if-match': '"1-1-stale"' })
    t.equal(stale.statusCode, 412)

    const stored = (await admin(app, 'GET', `${ARTICLES}/${other}`))
    t.equal(stored.headers.etag, etag, 'same version')
    t.match(stored.json().data, { publish_at: null, unpublish_at: null })
    t.same(await events(app, other), before, 'no event')

    t.test('If-Match with the current ETag, then cancel: nothing is published', async (t) => {
      const ok = await admin(app, 'POST', `${ARTICLES}/${other}/schedule`, { publish_at: at(1), unpublish_at: at(3) }, { 'if-match': etag })
      t.equal(ok.statusCode, 200)
      t.match(ok.json().data, { publish_at: at(1), unpublish_at: at(3) })
      const cancelled = await admin(app, 'DELETE', `${ARTICLES}/${other}/schedule`, undefined, { 'if-match': ok.headers.etag as string })
      t.equal(cancelled.statusCode, 200)
      t.match(cancelled.json().data, { status: 'draft', publish_at: null, unpublish_at: null })
      t.match((await events(app, other)).map((event) => [event.type, event.publish_at]), [['article.updated', undefined], ['article.scheduled', at(1)], ['article.unscheduled', null]])
      clock.advance(4 * HOUR)
      t.same(await app.scheduler.runDue(), { published: [], unpublished: [] })
      t.equal((await app.inject({ url: `/v1/articles/${other}` })).statusCode, 404)
    })

    t.test('publishing by hand clears publish_at; unpublishing by hand clears unpublish_at', async (t) => {
      const later = new Date(clock.now().getTime() + HOUR).toISOString()
      const latest = new Date(clock.now().getTime() + 2 * HOUR).toISOString()
      await admin(app, 'POST', `${ARTICLES}/${other}/schedule`, { publish_at: later, unpublish_at: latest })
      const published = await admin(app, 'POST', `${ARTICLES}/${other}/publish`)
      t.match(published.json().data, { status: 'published', publish_at: null, unpublish_at: latest })
      const unpublished = await admin(app, 'POST', `${ARTICLES}/${other}/unpublish`)
      t.match(unpublished.json().data, { status: 'draft', publish_at: null, unpublish_at: null })
    })
  })
})

test('several instances on one database, and a start after the time passed', async (t) => {
  const clock = testClock()
  const env = await databaseEnv(t)
  const first = await build(t, { env, clock: clock.now })
  const second = await build(t, { env, clock: clock.now, seed: false })
  const slug = 'raced-post'
  await admin(first, 'POST', ARTICLES, draft(slug))
  const publishAt = new Date(clock.now().getTime() + HOUR).toISOString()
  t.equal((await admin(second, 'POST', `${ARTICLES}/${slug}/schedule`, { publish_at: publishAt })).statusCode, 200)
  clock.advance(2 * HOUR)
  // On PostgreSQL both run at once. Two SQLite connections in one process would wait for each other inside SQLite's
  // busy handler, which blocks the event loop the other needs to commit: there they run one after the other.
  const results = ENGINE === 'postgres'
    ? await Promise.all([first.scheduler.runDue(), second.scheduler.runDue()])
    : [await first.scheduler.runDue(), await second.scheduler.runDue()]
  t.same(results.flatMap((result) => result.published), [slug], 'one instance published it')
  t.equal((await events(first, slug)).filter((event) => event.type === 'article.published').length, 1, 'one event')
  t.equal((await revisions(first, slug)).filter((revision) => revision.summary === 'published').length, 1, 'one revision')
  t.equal((await second.inject({ url: `/v1/articles/${slug}` })).json().data.published_at, publishAt)

  // Scheduled, then no server runs when the time comes: the next one to start publishes it, dated at its time.
  const late = 'late-post'
  await admin(first, 'POST', ARTICLES, draft(late))
  const lateAt = new Date(clock.now().getTime() + HOUR).toISOString()
  await admin(first, 'POST', `${ARTICLES}/${late}/schedule`, { publish_at: lateAt })
  await Promise.all([first.close(), second.close()])
  clock.advance(3 * HOUR)
  const restarted = await build(t, { env, clock: clock.now, seed: false })
  const res = await restarted.inject({ url: `/v1/articles/${late}` })
  t.equal(res.statusCode, 200, 'published before the server was ready')
  t.equal(res.json().data.published_at, lateAt, 'with the original time')
  t.match((await events(restarted, late)).filter((event) => event.type === 'article.published'), [{ updated_by: 'scheduler' }])
})

test('the scheduler waits for the next scheduled time, and backs off while a due change keeps failing', async (t) => {
  const now = new Date('2030-01-01T09:00:00Z')
  let next: Date | undefined = new Date(now.getTime() - 1000)
  let runs = 0
  const waits: number[] = []
  let wake = () => {}
  const sleep: Sleep = (callback, ms) => { waits.push(ms); wake = callback; return () => {} }
  const errors: string[] = []
  const scheduler = createScheduler({
    schedule: { runDue: async () => { runs++; return { published: [], unpublished: [] } }, nextTime: async () => next },
    clock: () => now,
    log: { info: () => {}, error: (_details: unknown, message: string) => { errors.push(message) } } as never,
    sleep,
  })
  /** Ends the current wait: a run, then the next wait. */
  const elapse = async () => { wake(); await new Promise((resolve) => setImmediate(resolve)); await scheduler.runDue() }

  await scheduler.start()
  for (let i = 0; i < 7; i++) await elapse()
  t.equal(runs, 8 + 7, 'a run per wait (and the runs awaited here)')
  t.same(waits, [1000, 2000, 4000, 8000, 16000, 32000, MAX_WAIT_MS, MAX_WAIT_MS], 'still due after each run: 1 s, doubling, up to a minute — not a tight loop')
  next = new Date(now.getTime() + 5000)
  await elapse()
  t.equal(waits.at(-1), 5000, 'once nothing is stuck: until the next scheduled time')
  next = undefined
  await elapse()
  t.equal(waits.at(-1), MAX_WAIT_MS, 'nothing scheduled: a look a minute')
  await scheduler.stop()
  t.same(errors, [])
})
