// What the authoring routes share: article responses with their ETag (and Location for a new one), and who writes.
import type { FastifyRequest } from 'fastify'
import { Ref } from '../../http/schemas.js'
import type { ArticleView, WriteContext } from '../service.js'
import { AdminArticleEnvelopeSchema } from './schemas.js'

export const etagHeader = { ETag: { description: 'Send it back in If-Match to change this resource only if nobody else did meanwhile.', type: 'string', maxLength: 100 } }
export const articleResponse = (description: string) => ({ description, headers: etagHeader, ...Ref(AdminArticleEnvelopeSchema) })
/** A 201 for a new article: its ETag, and its admin URL in Location. */
export const createdArticleResponse = {
  ...articleResponse('Created.'),
  headers: { ...etagHeader, Location: { description: 'The new article\'s admin URL.', type: 'string', maxLength: 300 } },
}
export const adminUrlOf = (view: ArticleView) => `/v1/admin/articles/${view.article.slug}`

/** Who made the write (recorded with it) and the precondition sent. */
export const contextOf = (request: FastifyRequest): WriteContext => ({
  by: request.adminKeyName ?? 'unknown',
  ifMatch: typeof request.headers['if-match'] === 'string' ? request.headers['if-match'] : undefined,
})
