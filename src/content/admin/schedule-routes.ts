// Scheduling API (admin): set or cancel when a draft is published and when a published article goes back to draft.
// Writes like the other article writes: If-Match honoured, an ETag answered, a revision and an event recorded.
import { Type, type Static } from '@sinclair/typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply } from 'fastify'
import { BEARER_SECURITY } from '../../http/auth.js'
import { Ref, problemExample, problemResponses } from '../../http/schemas.js'
import type { ArticleView } from '../authoring.js'
import type { ScheduleService } from '../schedule/service.js'
import { TAGS, examples } from './examples.js'
import { articleResponse, contextOf } from './responses.js'
import { ArticleSlugParamsSchema, IfMatchHeaderSchema } from './schemas.js'

const nullableTimestamp = (description: string, example: string) =>
  Type.Optional(Type.Unsafe<string | null>({ type: ['string', 'null'], format: 'date-time', maxLength: 40, description, examples: [example] }))

export const ScheduleRequestSchema = Type.Object({
  publish_at: nullableTimestamp('When to publish this draft (in the future; stored in UTC); null cancels it. Only for a draft.', '2027-03-01T09:00:00Z'),
  unpublish_at: nullableTimestamp('When to take the article back to draft (in the future, after publish_at); null cancels it. ' +
    'A draft needs a publish_at with it.', '2027-04-01T09:00:00Z'),
}, {
  $id: 'ScheduleRequest',
  additionalProperties: false,
  minProperties: 1,
  description: 'What to schedule. A field left out stays as it is; null clears it.',
  examples: [{ publish_at: '2027-03-01T09:00:00Z' }, { publish_at: '2027-03-01T09:00:00Z', unpublish_at: '2027-04-01T09:00:00Z' }, { unpublish_at: null }],
})
export type ScheduleRequestBody = Static<typeof ScheduleRequestSchema>
export const scheduleSchemas = [ScheduleRequestSchema]

const scheduleExamples = {
  alreadyPublished: {
    alreadyPublished: problemExample('publish_at for a published article', 409,
      'Article "finding-an-internship" is already published: publish_at schedules a draft\'s publication (unpublish it first, or schedule unpublish_at).', '4k2j9d-x',
      { type: '/problems/already-published' }),
  },
  invalidSchedule: {
    past: problemExample('A time in the past', 422, 'The schedule cannot be set as sent: /body/publish_at', '4k2j9d-y', {
      type: '/problems/invalid-schedule',
      title: 'Invalid schedule',
      errors: [{ path: '/body/publish_at', message: 'must be in the future (it is now 2026-11-29T15:00:00.000Z)' }],
    }),
  },
}

const sendArticle = (reply: FastifyReply, { etag, article }: ArticleView) => reply.header('etag', etag).send({ data: article })

export const scheduleAdminRoutes: FastifyPluginAsyncTypebox<{ schedule: ScheduleService }> = async (app, { schedule }) => {
  app.post('/articles/:slug/schedule', {
    schema: {
      operationId: 'scheduleArticle',
      tags: TAGS,
      summary: 'Schedule publication or unpublication',
      description: '`publish_at` publishes a draft at that time (published_at becomes that time, unless an earlier publication set it); ' +
        '`unpublish_at` takes the article back to draft at that time. Both must be in the future, unpublish_at after publish_at. ' +
        'The change happens exactly once, through the same write as POST …/publish or …/unpublish (webhooks article.published, ' +
        'article.unpublished, recorded as by `scheduler`); if no server ran at that time, the next one to start makes it. ' +
        'Publishing or unpublishing by hand clears the schedule it makes moot. Announced as article.scheduled. ' +
        'A publish_at for a published article is a 409.',
      security: BEARER_SECURITY,
      params: ArticleSlugParamsSchema,
      headers: IfMatchHeaderSchema,
      body: Ref(ScheduleRequestSchema),
      response: {
        200: articleResponse('Scheduled (or unchanged, when it was already so).'),
        ...problemResponses([400, 401, 404, 409, 412, 413, 415, 422, 428], {
          404: examples.noArticle!, 409: scheduleExamples.alreadyPublished, 412: examples.staleArticle!, 422: scheduleExamples.invalidSchedule,
        }),
      },
    },
  }, async (request, reply) => sendArticle(reply, await schedule.schedule(request.params.slug, request.body, contextOf(request))))

  app.delete('/articles/:slug/schedule', {
    schema: {
      operationId: 'cancelArticleSchedule',
      tags: TAGS,
      summary: 'Cancel the schedule',
      description: 'Clears publish_at and unpublish_at; the article stays as it is. Announced as article.unscheduled (nothing happens when nothing was scheduled). ' +
        'Answers the article, with its new ETag.',
      security: BEARER_SECURITY,
      params: ArticleSlugParamsSchema,
      headers: IfMatchHeaderSchema,
      response: {
        200: articleResponse('Cancelled.'),
        ...problemResponses([400, 401, 404, 412, 428], { 404: examples.noArticle!, 412: examples.staleArticle! }),
      },
    },
  }, async (request, reply) => sendArticle(reply, await schedule.cancel(request.params.slug, contextOf(request))))
}
