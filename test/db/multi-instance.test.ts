// Scale-out on PostgreSQL: three server processes started at once on one database (no proxy in front) take concurrent
// reviews, contact messages (Idempotency-Keys repeated across instances), form posts and authoring edits. Then every
// acknowledged write is stored exactly once, replays answered the first answer, the review rate limit held across the
// three, every webhook event reached the receiver once with no delivery attempted twice, and every instance serves
// the latest article.
import { test } from 'tap'
import pg from 'pg'
import { startReceiver } from '../fixtures/webhook-receiver.js'
import { ADMIN, ADMIN_KEY, databaseEnv, SLUG, startServer, TEST_DATABASE_URL, WEBHOOK_SECRET } from '../helper.js'

const INSTANCES = 3
const REVIEW_LIMIT = 7
const json = { 'content-type': 'application/json' }

test('three instances on one PostgreSQL database', { skip: !TEST_DATABASE_URL && 'needs PostgreSQL (TEST_DATABASE_URL)' }, async (t) => {
  const receiver = await startReceiver(t)
  const database = await databaseEnv(t)
  const env = {
    ...database,
    ADMIN_API_KEY: ADMIN_KEY,
    PG_POOL_MAX: '4',
    REVIEW_MODERATION: 'post',
    REVIEW_RATE_LIMIT_MAX: String(REVIEW_LIMIT),
    CONTACT_RATE_LIMIT_MAX: '100000',
    WEBHOOK_URLS: receiver.url,
    WEBHOOK_SECRET,
    WEBHOOK_ALLOW_PRIVATE: 'true',
    WEBHOOK_BACKOFF_MS: '50',
    // The receiver answers from this busy process: the longest timeout keeps a late answer from counting as a failure.
    WEBHOOK_TIMEOUT_MS: '120000',
  }
  // Started together: they race to migrate and seed one empty database.
  const servers = await Promise.all(Array.from({ length: INSTANCES }, () => startServer(t, env)))
  const origins = servers.map((server) => server.origin)
  const on = (n: number) => origins[n % INSTANCES]!

  // Contact messages: 60 distinct, each sent once; 20 keyed, each key sent to all three instances at once.
  const contact = await Promise.all(Array.from({ length: 60 }, async (_, n) => {
    const res = await fetch(`${on(n)}/v1/contact-messages`, { method: 'POST', headers: json, body: JSON.stringify({ email: `reader${n}@example.org`, message: `plain ${n}` }) })
    return { status: res.status, body: await res.json() as { data: { id: string } } }
  }))
  t.same(contact.map((res) => res.status), contact.map(() => 202), 'every message acknowledged')
  const keyed = await Promise.all(Array.from({ length: 20 }, async (_, n) => Promise.all(origins.map(async (origin) => {
    const res = await fetch(`${origin}/v1/contact-messages`, {
      method: 'POST', headers: { ...json, 'idempotency-key': `multi-${n}` }, body: JSON.stringify({ email: 'keyed@example.org', message: `keyed ${n}` }),
    })
    return { status: res.status, replayed: res.headers.get('idempotent-replayed'), body: await res.text() }
  }))))
  for (const [n, answers] of keyed.entries()) {
    t.same(new Set(answers.map((answer) => answer.body)).size, 1, `key ${n}: the three instances answered with the same body`)
    t.same(answers.map((answer) => answer.status), [202, 202, 202])
    t.equal(answers.filter((answer) => answer.replayed !== 'true').length, 1, `key ${n}: one first answer, two replays`)
  }

  // Reviews from one address (all tests connect from 127.0.0.1): one limit for the three instances together.
  const reviews = await Promise.all(Array.from({ length: 3 * REVIEW_LIMIT }, async (_, n) => {
    const res = await fetch(`${on(n)}/v1/articles/${SLUG}/reviews`, {
      method: 'POST', headers: json, body: JSON.stringify({ author_name: `Reader ${n}`, rating: 1 + (n % 5), body: `Review number ${n} of the internship article.` }),
    })
    return { status: res.status, retryAfter: res.headers.get('retry-after'), id: res.status === 201 ? (await res.json() as { data: { id: number } }).data.id : (await res.body?.cancel(), undefined) }
  }))
  t.equal(reviews.filter((res) => res.status === 201).length, REVIEW_LIMIT, `exactly ${REVIEW_LIMIT} reviews accepted across the instances`)
  t.equal(reviews.filter((res) => res.status === 429).length, 2 * REVIEW_LIMIT, 'the rest refused')
  t.ok(reviews.filter((res) => res.status === 429).every((res) => Number(res.retryAfter) > 0), 'each 429 says when to retry')

  // Authoring: concurrent meta_description edits through every instance; each acknowledged one is a revision.
  const edits = await Promise.all(Array.from({ length: 12 }, async (_, n) => {
    const res = await fetch(`${on(n)}/v1/admin/articles/${SLUG}`, { method: 'PATCH', headers: { ...json, ...ADMIN }, body: JSON.stringify({ meta_description: `Edit ${n}` }) })
    return { status: res.status, version: res.status === 200 ? (await res.json() as { data: { version: number } }).data.version : (await res.body?.cancel(), undefined) }
  }))
  t.same(edits.map((edit) => edit.status), edits.map(() => 200), 'every edit applied')
  t.same(new Set(edits.map((edit) => edit.version)).size, edits.length, 'each edit made a version of its own (none lost)')
  const latest = Math.max(...edits.map((edit) => edit.version!))

  // Every instance serves the latest version right away (each checks the content version before answering).
  const admin = await fetch(`${origins[0]}/v1/admin/articles/${SLUG}`, { headers: ADMIN })
  const { data: article } = await admin.json() as { data: { version: number, meta_description: string } }
  t.equal(article.version, latest)
  for (const origin of origins) {
    const res = await fetch(`${origin}/v1/articles/${SLUG}`)
    const { data } = await res.json() as { data: { meta_description: string, reviews: { count: number } } }
    t.equal(data.meta_description, article.meta_description, `${origin} serves the latest edit`)
    t.equal(data.reviews.count, REVIEW_LIMIT, `${origin} counts every accepted review`)
  }

  // Stored exactly once.
  const pool = new pg.Pool({ connectionString: database.DATABASE_URL, max: 1 })
  t.teardown(() => pool.end())
  const count = async (query: string, values: unknown[] = []) => Number((await pool.query<{ n: string }>(query, values)).rows[0]!.n)
  t.equal(await count("SELECT count(*) AS n FROM contact_messages WHERE message LIKE 'plain %'"), 60)
  t.equal(await count('SELECT count(DISTINCT id) AS n FROM contact_messages WHERE id = ANY($1)', [contact.map((res) => res.body.data.id)]), 60)
  t.equal(await count("SELECT count(*) AS n FROM contact_messages WHERE message LIKE 'keyed %'"), 20, 'one message per key, whichever instance stored it')
  t.equal(await count('SELECT count(*) AS n FROM reviews'), REVIEW_LIMIT)
  t.equal(await count('SELECT count(*) AS n FROM article_revisions'), 1 + edits.length, 'the seed and each edit')
  t.equal(await count('SELECT count(*) AS n FROM schema_migrations'), await count('SELECT max(version) AS n FROM schema_migrations'), 'each migration applied once')
  t.equal(await count('SELECT count(*) AS n FROM articles'), 1, 'seeded once')

  // Webhooks: every event delivered once, no delivery attempted twice (three dispatchers claim from one table).
  const events = await count('SELECT count(*) AS n FROM webhook_events')
  t.equal(events, 60 + 20 + 2 * REVIEW_LIMIT + edits.length, 'message.received ×80, review.created and review.approved ×7, article.updated ×12')
  const deadline = Date.now() + 120_000 // a safety net: the assertions below say what was missing
  while (await count("SELECT count(*) AS n FROM webhook_deliveries WHERE status = 'succeeded'") < events && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  t.equal(await count("SELECT count(*) AS n FROM webhook_deliveries WHERE status = 'succeeded' AND attempts = 1"), events, 'each delivered at the first attempt')
  t.equal(await count('SELECT count(*) AS n FROM webhook_delivery_attempts'), events, 'one attempt per delivery')
  const ids = receiver.requests.map((request) => request.headers['webhook-id'])
  t.equal(ids.length, events, 'the receiver got each event')
  t.equal(new Set(ids).size, events, 'and none twice')

  for (const server of servers) t.equal(await server.stop(), 0, 'exits cleanly on SIGTERM')
})
