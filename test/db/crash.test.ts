// Nothing acknowledged is lost: a real server takes concurrent writes of every kind over sockets (contact messages
// with and without Idempotency-Key, plain form posts, reviews, authoring edits) and is killed with SIGKILL at a
// different moment each time, over the same database. Every write that got a 2xx is then on disk exactly once with
// what was sent, replaying an acknowledged Idempotency-Key returns the same message, and the database is intact.
// On SQLite (a file) and on PostgreSQL (a schema of its own; the server process is what dies, the database keeps
// running). `npm test` kills it 3 times (CRASH_KILLS); `npm run crash` 20 times.
import { sql } from 'kysely'
import { test } from 'tap'
import { ADMIN, ADMIN_KEY, SLUG, databaseEnv, openDatabaseOf, startServer } from '../helper.js'

const KILLS = Number(process.env.CRASH_KILLS ?? 3)
const WRITERS = 8

type Kind = 'contact' | 'keyed' | 'form' | 'review' | 'edit'
interface Acknowledged { kind: Kind, id: string, text: string, key?: string }

test(`kill -9 during a write burst, ${KILLS} times, loses no acknowledged write`, async (t) => {
  const acknowledged: Acknowledged[] = []
  const env = {
    ...await databaseEnv(t, 'crash.db'),
    ADMIN_API_KEY: ADMIN_KEY,
    LOG_REQUESTS: 'false',
    CONTACT_RATE_LIMIT_MAX: '1000000',
    REVIEW_RATE_LIMIT_MAX: '1000000',
    REVIEW_MODERATION: 'post',
  }
  let sent = 0
  for (let round = 1; round <= KILLS; round++) {
    const server = await startServer(t, env)
    const state = { killed: false }
    const ackedBefore = acknowledged.length
    const post = async (kind: Kind, text: string, key?: string) => {
      const json = { 'content-type': 'application/json' }
      const request: Record<Kind, () => Promise<Response>> = {
        contact: () => fetch(`${server.origin}/v1/contact-messages`, { method: 'POST', headers: json, body: JSON.stringify({ email: 'crash@example.org', message: text }) }),
        keyed: () => fetch(`${server.origin}/v1/contact-messages`, { method: 'POST', headers: { ...json, 'idempotency-key': key! }, body: JSON.stringify({ email: 'keyed@example.org', message: text }) }),
        form: () => fetch(`${server.origin}/v1/contact-messages`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ email: 'form@example.org', message: text }).toString() }),
        review: () => fetch(`${server.origin}/v1/articles/${SLUG}/reviews`, { method: 'POST', headers: json, body: JSON.stringify({ author_name: 'Crash', rating: 3, body: text }) }),
        edit: () => fetch(`${server.origin}/v1/admin/articles/${SLUG}`, { method: 'PATCH', headers: { ...json, ...ADMIN }, body: JSON.stringify({ meta_description: text }) }),
      }
      sent++
      const res = await request[kind]()
      if (res.status >= 200 && res.status < 300) {
        const { data } = await res.json() as { data: { id?: string | number, slug?: string } }
        acknowledged.push({ kind, id: String(data.id ?? data.slug), text, ...(key ? { key } : {}) })
      } else {
        await res.body?.cancel()
      }
    }
    const kinds: Kind[] = ['contact', 'keyed', 'form', 'review', 'edit']
    const writer = async (w: number) => {
      for (let n = 0; !state.killed; n++) {
        const kind = kinds[(w + n) % kinds.length]!
        try {
          await post(kind, `r${round} w${w} n${n} ${kind}`, kind === 'keyed' ? `key-${round}-${w}-${n}` : undefined)
        } catch {
          // The connection died with the server: this request was never acknowledged.
        }
      }
    }
    const writers = Array.from({ length: WRITERS }, (_, w) => writer(w))
    // Kill after a number of acknowledged writes that differs per round, however long a loaded machine takes to get there
    // (tap's timeout is the safety net).
    const target = ackedBefore + 20 + ((round * 37) % 40)
    while (acknowledged.length < target) await new Promise((resolve) => setTimeout(resolve, 2))
    await server.stop('SIGKILL')
    state.killed = true
    await Promise.all(writers)
  }
  t.ok(acknowledged.length >= KILLS * 20, `${acknowledged.length} writes acknowledged over ${KILLS} kills (${sent} sent)`)

  const database = openDatabaseOf(t, env)
  const { db } = database
  if (database.sqlite) t.equal(database.sqlite.pragma('integrity_check', { simple: true }), 'ok', 'the database is intact')
  const count = async (query: ReturnType<typeof sql<{ n: number }>>) => Number((await query.execute(db)).rows[0]!.n)
  const message = (id: string, text: string) => count(sql`SELECT count(*) AS n FROM contact_messages WHERE id = ${id} AND message = ${text}`)
  const copies = (text: string) => count(sql`SELECT count(*) AS n FROM contact_messages WHERE message = ${text}`)
  const review = (id: number, text: string) => count(sql`SELECT count(*) AS n FROM reviews WHERE id = ${id} AND body = ${text}`)
  // An edit is in the article now, or in the revision history (every save is a revision).
  const revision = async (text: string) => {
    const current = await count(sql`SELECT count(*) AS n FROM articles WHERE slug = ${SLUG} AND meta_description = ${text}`)
    const saved = await count(sql`SELECT count(*) AS n FROM article_revisions r JOIN articles a ON a.id = r.article_id
      WHERE a.slug = ${SLUG} AND r.snapshot LIKE ${`%${text}%`}`)
    return current + saved > 0 ? 1 : 0
  }
  const lost: Acknowledged[] = []
  for (const ack of acknowledged) {
    let stored: unknown
    if (ack.kind === 'review') stored = await review(Number(ack.id), ack.text)
    else if (ack.kind === 'edit') stored = await revision(ack.text)
    else stored = await message(ack.id, ack.text)
    if (stored !== 1 || (ack.kind !== 'review' && ack.kind !== 'edit' && await copies(ack.text) !== 1)) lost.push(ack)
  }
  t.same(lost, [], 'every acknowledged write is stored exactly once, as sent')
  for (const kind of ['contact', 'keyed', 'form', 'review', 'edit'] as const) {
    t.ok(acknowledged.some((ack) => ack.kind === kind), `${kind} writes were acknowledged`)
  }

  // Replaying acknowledged Idempotency-Keys on a restarted server returns the same messages and stores nothing new.
  const server = await startServer(t, env)
  for (const ack of acknowledged.filter((entry) => entry.kind === 'keyed').slice(-5)) {
    const replay = await fetch(`${server.origin}/v1/contact-messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': ack.key! },
      body: JSON.stringify({ email: 'keyed@example.org', message: ack.text }),
    })
    t.equal(replay.status, 202)
    t.equal(replay.headers.get('idempotent-replayed'), 'true')
    t.equal(((await replay.json()) as { data: { id: string } }).data.id, ack.id, 'the same message')
  }
  await server.stop('SIGTERM')
})
