// Draft preview links (admin): make a link that shows an article as it is now to whoever holds it, list them, revoke one.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { BEARER_SECURITY } from '../../http/auth.js'
import { notFound } from '../../http/errors.js'
import { Ref, problemResponses } from '../../http/schemas.js'
import type { ContentRepository } from '../repository.js'
import type { PreviewLinkRepository } from './repository.js'
import {
  CreatePreviewLinkSchema, PreviewLinkCreatedSchema, PreviewLinkEnvelopeSchema, PreviewLinkListSchema, PreviewLinkParamsSchema, noLinkExamples,
} from './schemas.js'

export interface PreviewAdminRoutesOptions {
  links: PreviewLinkRepository
  content: Pick<ContentRepository, 'loadDocument'>
  /** The absolute URL of a path of this service (PUBLIC_BASE_URL): where a link's preview answers. */
  absoluteUrl: (path: string) => string
  /** Lifetime of a link whose request gives none (PREVIEW_LINK_TTL_SECONDS). */
  defaultTtlSeconds: number
  clock: () => Date
}

const TAGS = ['Authoring']
const ArticleParamsSchema = Type.Object({ slug: PreviewLinkParamsSchema.properties.slug })
const noArticle = { notFound: noLinkExamples.noArticle }
const noLink = (slug: string, id: number) => notFound(`Article "${slug}" has no preview link ${id}.`)

export const previewAdminRoutes: FastifyPluginAsyncTypebox<PreviewAdminRoutesOptions> = async (app, { links, content, absoluteUrl, defaultTtlSeconds, clock }) => {
  async function articleId (slug: string): Promise<number> {
    const stored = await content.loadDocument(slug)
    if (!stored) throw notFound(`No article "${slug}".`)
    return stored.id
  }

  app.post('/articles/:slug/preview-links', {
    // The body is optional: none is `{}`, the default lifetime.
    preValidation: async (request) => { request.body ??= {} },
    schema: {
      operationId: 'createPreviewLink',
      tags: TAGS,
      summary: 'Make a preview link',
      description: 'A link that shows the article as it is now — a draft, or a published article with its latest edits — to anyone who has it, ' +
        'without a key: `GET {url}` in every representation the public article has, `{url}/sections` and `{url}/sections/{key}`. ' +
        'It works until `expires_at` (`expires_in_seconds`, else PREVIEW_LINK_TTL_SECONDS: 7 days) or until it is revoked. ' +
        'The token is shown in this answer only: the service keeps its SHA-256. Location is the link\'s admin URL.',
      security: BEARER_SECURITY,
      params: ArticleParamsSchema,
      body: Ref(CreatePreviewLinkSchema),
      response: {
        201: {
          description: 'Created: the link, its URL and its token.',
          headers: { Location: { description: 'The link\'s admin URL (GET shows it, DELETE revokes it).', type: 'string', maxLength: 300 } },
          ...Ref(PreviewLinkCreatedSchema),
        },
        ...problemResponses([400, 401, 404, 413, 415], { 404: noArticle }),
      },
    },
  }, async (request, reply) => {
    const id = await articleId(request.params.slug)
    const now = clock()
    const ttl = request.body.expires_in_seconds ?? defaultTtlSeconds
    const { token, link } = await links.create(id, { now, expiresAt: new Date(now.getTime() + ttl * 1000), by: request.adminKeyName ?? 'unknown' })
    return reply.code(201).header('location', `/v1/admin/articles/${request.params.slug}/preview-links/${link.id}`)
      .send({ data: { id: link.id, url: absoluteUrl(`/v1/preview/${token}`), token, expires_at: link.expires_at, created_at: link.created_at, created_by: link.created_by } })
  })

  app.get('/articles/:slug/preview-links', {
    schema: {
      operationId: 'listPreviewLinks',
      tags: TAGS,
      summary: "List an article's preview links",
      description: 'The links that still work, newest first: ids, who made them and when they expire. Never their tokens (the service does not have them).',
      security: BEARER_SECURITY,
      params: ArticleParamsSchema,
      response: { 200: { description: 'The links.', ...Ref(PreviewLinkListSchema) }, ...problemResponses([400, 401, 404], { 404: noArticle }) },
    },
  }, async (request) => {
    const id = await articleId(request.params.slug)
    return { data: await links.listForArticle(id, clock()) }
  })

  app.get('/articles/:slug/preview-links/:id', {
    schema: {
      operationId: 'getPreviewLink',
      tags: TAGS,
      summary: 'Get a preview link',
      description: 'Who made it and when it expires; 404 once it has expired or been revoked. Never its token.',
      security: BEARER_SECURITY,
      params: PreviewLinkParamsSchema,
      response: { 200: { description: 'The link.', ...Ref(PreviewLinkEnvelopeSchema) }, ...problemResponses([400, 401, 404], { 404: noLinkExamples }) },
    },
  }, async (request) => {
    const { slug, id } = request.params
    const link = await links.find(await articleId(slug), id, clock())
    if (!link) throw noLink(slug, id)
    return { data: link }
  })

  app.delete('/articles/:slug/preview-links/:id', {
    schema: {
      operationId: 'revokePreviewLink',
      tags: TAGS,
      summary: 'Revoke a preview link',
      description: 'From now on its URL answers 404, exactly as a wrong one does.',
      security: BEARER_SECURITY,
      params: PreviewLinkParamsSchema,
      response: {
        204: { description: 'Revoked.', type: 'null' },
        ...problemResponses([400, 401, 404], { 404: noLinkExamples }),
      },
    },
  }, async (request, reply) => {
    const { slug, id } = request.params
    if (!await links.revoke(await articleId(slug), id)) throw noLink(slug, id)
    return reply.code(204).send()
  })
}
