import { test } from 'tap'
import type { FastifyInstance } from 'fastify'
import { ADMIN, build, postReview, reviewPayload, SLUG } from '../helper.js'

test('review events are written to the outbox with the change', async (t) => {
  const eventsOf = (app: FastifyInstance) => app.database.db.selectFrom('webhook_events')
    .select(['type', 'subject_type', 'subject_id', 'payload']).where('subject_type', '=', 'review').orderBy('created_at').orderBy('type', 'desc').execute()

  t.test('pre-moderation: review.created on submit, review.approved on the first approval only', async (t) => {
    const app = await build(t)
    const { id } = (await postReview(app, reviewPayload())).json().data
    t.same((await eventsOf(app)).map((e) => [e.type, e.subject_type, e.subject_id]), [['review.created', 'review', String(id)]])
    t.match(JSON.parse((await eventsOf(app))[0]!.payload), { id, status: 'pending', email: 'ayesha@example.org', article_slug: SLUG })

    await app.inject({ method: 'PATCH', url: `/v1/admin/reviews/${id}`, headers: ADMIN, payload: { status: 'approved' } })
    await app.inject({ method: 'PATCH', url: `/v1/admin/reviews/${id}`, headers: ADMIN, payload: { status: 'approved' } })
    t.same((await eventsOf(app)).map((e) => e.type), ['review.created', 'review.approved'], 'approving twice announces once')
    t.match(JSON.parse((await eventsOf(app))[1]!.payload), { id, status: 'approved' })

    t.equal((await postReview(app, reviewPayload({ body: 'Bot text', website: 'x' }))).statusCode, 201)
    t.equal((await postReview(app, { author_name: '' })).statusCode, 400)
    t.equal((await eventsOf(app)).length, 2, 'spam and rejected submissions announce nothing')

    t.equal((await app.inject({ method: 'DELETE', url: `/v1/admin/reviews/${id}`, headers: ADMIN })).statusCode, 204)
    t.same(await eventsOf(app), [], 'deleting a review deletes the notifications that carry it')
  })

  t.test('post-moderation: created and approved at once', async (t) => {
    const app = await build(t, { env: { REVIEW_MODERATION: 'post' } })
    await postReview(app, reviewPayload())
    t.same((await eventsOf(app)).map((e) => e.type).sort(), ['review.approved', 'review.created'])
  })
})
