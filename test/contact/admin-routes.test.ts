import { test } from 'tap'
import type { FastifyInstance } from 'fastify'
import { ADMIN, build, PROBLEM, receiveMessage, SLUG } from '../helper.js'
import type { CreateContactMessage } from '../../src/contact/schemas.js'

const MISSING_ID = '00000000-0000-4000-8000-000000000000'

type Listed = { id: string, name: string | null, email: string, status: string, subject: string | null, message: string }

/** Five messages a minute apart (oldest first); the last is spam. Returns their ids in that order. */
async function seedInbox (app: FastifyInstance): Promise<string[]> {
  const base = Date.now() - 60 * 60 * 1000
  const inputs: CreateContactMessage[] = [
    { name: 'Ada Lovelace', email: 'ada@example.org', subject: 'Radiology', message: 'Internships in radiology?', article_slug: SLUG },
    { name: 'Grace Hopper', email: 'grace@example.org', message: 'Is 100% remote possible?' },
    { email: 'alan@example.org', subject: 'Nursing', message: 'What about NURSING placements?' },
    { name: 'Edsger', email: 'edsger@example.org', subject: 'Thanks', message: 'Great article.' },
    { name: 'Bot', email: 'bot@example.com', subject: 'Cheap pills', message: 'Buy now', _gotcha: 'filled' },
  ]
  const ids: string[] = []
  for (const [index, input] of inputs.entries()) {
    const result = await receiveMessage(app, input, new Date(base + index * 60_000))
    ids.push(result.receipt.id)
  }
  return ids
}

test('admin inbox', async (t) => {
  const app = await build(t)
  const ids = await seedInbox(app)
  const url = (id: string) => `/v1/admin/contact-messages/${id}`
  const list = (query = '') => app.inject({ url: `/v1/admin/contact-messages${query}`, headers: ADMIN })

  t.test('needs the bearer key', async (t) => {
    for (const [method, url] of [['GET', '/v1/admin/contact-messages'], ['GET', `/v1/admin/contact-messages/${ids[0]}`], ['PATCH', `/v1/admin/contact-messages/${ids[0]}`], ['DELETE', `/v1/admin/contact-messages/${ids[0]}`]] as const) {
      const res = await app.inject({ method, url, ...(method === 'PATCH' ? { payload: { status: 'read' } } : {}) })
      t.equal(res.statusCode, 401, `${method} ${url}`)
      t.equal(res.headers['content-type'], PROBLEM)
    }
  })

  t.test('newest first, spam left out by default, never cached', async (t) => {
    const res = await list()
    t.equal(res.statusCode, 200)
    t.equal(res.headers['cache-control'], 'private, no-store')
    const body = res.json()
    t.same(body.data.map((m: Listed) => m.id), [ids[3], ids[2], ids[1], ids[0]])
    t.same(body.meta.pagination, { page: 1, limit: 20, pages: 1, total: 4, next: null, prev: null })
    t.same(Object.keys(body.data[3]).sort(), ['article_slug', 'email', 'id', 'message', 'name', 'received_at', 'status', 'subject', 'updated_at'])
    t.match(body.data[3], { name: 'Ada Lovelace', email: 'ada@example.org', article_slug: SLUG, status: 'new' })
    t.equal(body.data[1].name, null)
  })

  t.test('filters by status, one or several', async (t) => {
    t.same((await list('?status=spam')).json().data.map((m: Listed) => m.id), [ids[4]])
    t.same((await list('?status=read')).json().data, [])
    await app.inject({ method: 'PATCH', url: `/v1/admin/contact-messages/${ids[0]}`, headers: ADMIN, payload: { status: 'read' } })
    t.same((await list('?status=read')).json().data.map((m: Listed) => m.id), [ids[0]])
    t.same((await list('?status=read&status=spam')).json().data.map((m: Listed) => m.id), [ids[4], ids[0]])
    const bad = await list('?status=deleted')
    t.equal(bad.statusCode, 400)
    t.equal(bad.json().errors[0].path, '/query/status/0')
  })

  t.test('q searches name, email, subject and message, case-insensitively', async (t) => {
    const found = async (q: string) => (await list(`?status=new&status=read&status=spam&q=${encodeURIComponent(q)}`)).json().data.map((m: Listed) => m.id)
    t.same(await found('grace HOPPER'), [ids[1]], 'name')
    t.same(await found('EDSGER@example'), [ids[3]], 'email')
    t.same(await found('nursing'), [ids[2]], 'subject and message')
    t.same(await found('radiology'), [ids[0]], 'message')
    t.same(await found('100%'), [ids[1]], '% is literal')
    t.same(await found('_'), [], '_ is literal')
    t.same(await found('pills'), [ids[4]])
    t.same(await found('nobody'), [])
  })

  t.test('pages with limit and page, with Link headers', async (t) => {
    const first = await list('?limit=3')
    t.same(first.json().meta.pagination, { page: 1, limit: 3, pages: 2, total: 4, next: 2, prev: null })
    t.equal(first.headers.link, '</v1/admin/contact-messages?limit=3&page=2>; rel="next"')
    const second = await list('?limit=3&page=2')
    t.same(second.json().data.map((m: Listed) => m.id), [ids[0]])
    t.equal((await list('?limit=101')).statusCode, 400)
  })

  t.test('GET /:id reads one message without changing it', async (t) => {
    const res = await app.inject({ url: url(ids[2]!), headers: ADMIN })
    t.equal(res.statusCode, 200)
    t.equal(res.headers['cache-control'], 'private, no-store')
    t.match(res.json().data, { id: ids[2], email: 'alan@example.org', subject: 'Nursing', status: 'new', article_slug: null })
    t.same((await app.inject({ url: url(ids[2]!), headers: ADMIN })).json(), res.json(), 'unchanged by reading')
    t.equal((await app.inject({ url: url(MISSING_ID), headers: ADMIN })).statusCode, 404)
    const invalid = await app.inject({ url: url('not-a-uuid'), headers: ADMIN })
    t.equal(invalid.statusCode, 400)
    t.equal(invalid.json().errors[0].path, '/params/id')
  })

  t.test('PATCH /:id sets the status', async (t) => {
    const before = (await app.inject({ url: url(ids[3]!), headers: ADMIN })).json().data
    const res = await app.inject({ method: 'PATCH', url: url(ids[3]!), headers: ADMIN, payload: { status: 'archived' } })
    t.equal(res.statusCode, 200)
    t.equal(res.json().data.status, 'archived')
    t.ok(res.json().data.updated_at > before.updated_at)
    const again = await app.inject({ method: 'PATCH', url: url(ids[3]!), headers: ADMIN, payload: { status: 'archived' } })
    t.equal(again.json().data.updated_at, res.json().data.updated_at, 'the same status changes nothing')
    const bad = await app.inject({ method: 'PATCH', url: url(ids[3]!), headers: ADMIN, payload: { status: 'deleted' } })
    t.equal(bad.statusCode, 400)
    t.same(bad.json().errors, [{ path: '/body/status', message: 'must be one of: new, read, archived, spam' }])
    t.equal((await app.inject({ method: 'PATCH', url: url(ids[1]!), headers: ADMIN, payload: {} })).statusCode, 400)
    t.equal((await app.inject({ method: 'PATCH', url: url(MISSING_ID), headers: ADMIN, payload: { status: 'read' } })).statusCode, 404)
  })

  t.test('DELETE /:id removes the message with its events and idempotency records', async (t) => {
    const posted = await app.inject({ method: 'POST', url: '/v1/contact-messages', headers: { 'idempotency-key': 'delete-me' }, payload: { email: 'del@example.org', message: 'Delete me' } })
    const id = posted.json().data.id
    const { db } = app.database
    t.equal((await db.selectFrom('webhook_events').select('id').where('subject_id', '=', id).execute()).length, 1)

    const res = await app.inject({ method: 'DELETE', url: url(id), headers: ADMIN })
    t.equal(res.statusCode, 204)
    t.equal(res.body, '')
    t.equal((await app.inject({ url: url(id), headers: ADMIN })).statusCode, 404)
    t.equal((await db.selectFrom('webhook_events').select('id').where('subject_id', '=', id).execute()).length, 0)
    t.equal((await db.selectFrom('idempotency_records').select('resource_id').where('resource_id', '=', id).execute()).length, 0)
    t.equal((await app.inject({ method: 'DELETE', url: url(id), headers: ADMIN })).statusCode, 404)
    t.equal((await db.selectFrom('contact_messages').select('id').execute()).length, 5, 'the others stay')
  })
})
