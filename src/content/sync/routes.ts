// GET /v1/sync: an app's offline copy of the published articles, kept current by deltas. Answers depend on the token
// and the moment, so no cache keeps them (Cache-Control: private, no-store; registered outside the public caching scope).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { PRIVATE_NO_STORE } from '../../http/caching.js'
import { problemExample, problemResponses, Ref } from '../../http/schemas.js'
import { SyncPageSchema, SyncQuerySchema, SYNCED_FIELDS } from './schemas.js'
import { SYNC_EXPIRED_TYPE, type SyncService } from './service.js'

export interface SyncRoutesOptions { sync: SyncService }

const EXPIRED_DETAIL = 'This sync token is older than the deletions this server keeps (SYNC_TOMBSTONE_RETENTION_DAYS). ' +
  'Start over with GET /v1/sync (without sync_token) and replace the local copy.'

const expired = problemResponses([410], {
  410: { expired: problemExample('A token older than the tombstone retention', 410, EXPIRED_DETAIL, '4k2j9d-s', { type: SYNC_EXPIRED_TYPE, title: 'Sync token expired' }) },
})

export const syncRoutes: FastifyPluginAsyncTypebox<SyncRoutesOptions> = async (app, { sync }) => {
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', PRIVATE_NO_STORE)
  })

  app.get('/sync', {
    schema: {
      operationId: 'syncArticles',
      tags: ['Sync'],
      summary: 'Sync an offline copy of the published articles',
      description: 'Without `sync_token`: every published article (an initial sync). With the `next_sync_token` of an earlier sync: only what changed ' +
        'since — articles created, changed, published or renamed (whole, as `GET /v1/articles/{slug}` serves them, without `reviews`), and tombstones ' +
        'for articles deleted, unpublished or renamed (a rename is a tombstone for the old slug, then the article under the new one) — in commit order. ' +
        'Follow `next_page_token` while it is given; the last page has `next_sync_token`. Changes committed while a sync is paged come with the next sync. ' +
        `\`fields\` trims articles (${SYNCED_FIELDS.length} fields; \`slug\` always). A token older than the tombstone retention is a 410: start over.`,
      querystring: SyncQuerySchema,
      response: {
        200: { description: 'A page of changes.', ...Ref(SyncPageSchema) },
        ...problemResponses([400], {
          400: {
            badToken: problemExample('A token this API did not give out', 400, 'sync_token is not a token this API gave out: start over with GET /v1/sync.', '4k2j9d-r',
              { type: '/problems/validation-error', title: 'Invalid request', errors: [{ path: '/query/sync_token', message: 'is not a valid sync token' }] }),
          },
        }),
        410: { ...expired[410]!, description: 'The token is too old (or from another database): start over with an initial sync.' },
      },
    },
  }, async (request) => {
    const { sync_token: token, limit, fields } = request.query
    return sync.page(token, { limit, fields })
  })
}
