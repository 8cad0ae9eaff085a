// Nothing acknowledged is lost: a real server takes a burst of contact messages and reviews over sockets and is
// killed with SIGKILL in the middle of it, several times over the same database; every 201/202 it sent names a row
// that is on disk afterwards, with the content that was sent.
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { test } from 'tap'
import { ADMIN_KEY, SLUG, startServer, tempDir } from '../helper.js'

const ROUNDS = 3
const WRITERS = 16

interface Acknowledged { kind: 'contact' | 'review', id: string, text: string }

test('kill -9 during a write burst loses no acknowledged write', async (t) => {
  const path = join(tempDir(t), 'crash.db')
  const acknowledged: Acknowledged[] = []
  let sent = 0
  for (let round = 1; round <= ROUNDS; round++) {
    const server = await startServer(t, {
      DATABASE_PATH: path,
      ADMIN_API_KEY: ADMIN_KEY,
      LOG_REQUESTS: 'false',
      CONTACT_RATE_LIMIT_MAX: '1000000',
      REVIEW_RATE_LIMIT_MAX: '1000000',
      REVIEW_MODERATION: 'post',
    })
    const ackedBefore = acknowledged.length
    const state = { killed: false }
    const writer = async (w: number) => {
      for (let n = 0; !state.killed; n++) {
        const text = `round ${round} writer ${w} message ${n}`
        const review = n % 2 === 1
        sent++
        try {
          const res = await fetch(review ? `${server.origin}/v1/articles/${SLUG}/reviews` : `${server.origin}/v1/contact-messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(review
              ? { author_name: `Writer ${w}`, rating: 1 + (n % 5), body: text }
              : { email: `writer${w}@example.org`, message: text }),
          })
          if (res.status === 201 || res.status === 202) {
            const { data } = await res.json() as { data: { id: string | number } }
            acknowledged.push({ kind: review ? 'review' : 'contact', id: String(data.id), text })
          } else {
            await res.body?.cancel()
          }
        } catch {
          // The connection died with the server: this request was never acknowledged.
        }
      }
    }
    const writers = Array.from({ length: WRITERS }, (_, w) => writer(w))
    // Kill once a few hundred writes of this round are acknowledged, at a moment that differs per round.
    const target = ackedBefore + 100 + round * 40
    const deadline = Date.now() + 20_000
    while (acknowledged.length < target && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5))
    t.equal(await server.stop('SIGKILL'), null, `round ${round}: killed`)
    state.killed = true
    await Promise.all(writers)
    t.ok(acknowledged.length - ackedBefore >= 100, `round ${round}: ${acknowledged.length - ackedBefore} writes acknowledged before the kill`)
  }

  const db = new Database(path, { readonly: true })
  t.teardown(() => db.close())
  t.equal(db.pragma('integrity_check', { simple: true }), 'ok', 'the database is intact')
  const contact = db.prepare('SELECT message FROM contact_messages WHERE id = ?').pluck()
  const review = db.prepare('SELECT body FROM reviews WHERE id = ?').pluck()
  const missing = acknowledged.filter((ack) => (ack.kind === 'contact' ? contact.get(ack.id) : review.get(Number(ack.id))) !== ack.text)
  t.same(missing, [], `all ${acknowledged.length} acknowledged writes (of ${sent} sent) are on disk with what was sent`)
  const contacts = acknowledged.filter((ack) => ack.kind === 'contact').length
  t.ok(contacts > 0 && contacts < acknowledged.length, 'both kinds of write were acknowledged')
})
