// Authoring API (admin): articles and their sections, publishing, revisions, Markdown import and export.
// Reads send an ETag; writes honour If-Match (412 when stale; 428 without one when REQUIRE_IF_MATCH=true).
import { Type } from '@sinclair/typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply } from 'fastify'
import { BEARER_SECURITY } from '../../http/auth.js'
import { notFound } from '../../http/errors.js'
import { pageEnvelope } from '../../http/pagination.js'
import { PageQuerySchema, Ref, limitQuery, problemResponses } from '../../http/schemas.js'
import {
  AdminArticleListQuerySchema, AdminArticleListSchema, AdminSectionEnvelopeSchema, ArticlePatchSchema,
  ArticleSlugParamsSchema, IfMatchHeaderSchema, NewSectionSchema, RevisionEnvelopeSchema, RevisionListSchema, RevisionParamsSchema,
  SectionParamsSchema, SectionPatchSchema, SectionReplacementSchema,
} from './schemas.js'
import { MARKDOWN_TYPE } from '../markdown/markdown.js'
import { ArticleInputSchema } from '../model/schemas.js'
import type { ArticleView, AuthoringService, SectionView } from '../service.js'
import { MARKDOWN_EXAMPLE, TAGS, examples } from './examples.js'
import { markdownImportRoute, type BundleImages } from './import-route.js'
import { adminUrlOf, articleResponse, contextOf, createdArticleResponse, etagHeader } from './responses.js'

export interface ContentAdminRoutesOptions {
  authoring: AuthoringService
  /** Largest authoring request body (AUTHORING_BODY_LIMIT_BYTES): whole articles exceed the 16 KB form limit. */
  bodyLimit: number
  /** The media library and this service's links: the images of imported Markdown bundles. */
  images: BundleImages
}

const sectionResponse = (description: string) => ({ description, headers: etagHeader, ...Ref(AdminSectionEnvelopeSchema) })

const sendArticle = (reply: FastifyReply, { etag, article }: ArticleView, status = 200) => reply.code(status).header('etag', etag).send({ data: article })
const sendSection = (reply: FastifyReply, { etag, section }: SectionView, status = 200) => reply.code(status).header('etag', etag).send({ data: section })

export const contentAdminRoutes: FastifyPluginAsyncTypebox<ContentAdminRoutesOptions> = async (app, { authoring, bodyLimit, images }) => {
  app.addContentTypeParser(MARKDOWN_TYPE, { parseAs: 'string', bodyLimit }, (_request, body, done) => { done(null, body) })
  // In a scope of its own: it reads multipart bundles too (a post and its images).
  await app.register(markdownImportRoute, { authoring, bodyLimit, images })

  app.get('/articles', {
    schema: {
      operationId: 'listAdminArticles',
      tags: TAGS,
      summary: 'List articles, drafts included',
      description: 'Most recently changed first. Filter by `status`, `tag` (slug) and `q` (a substring of title, slug or excerpt).',
      security: BEARER_SECURITY,
      querystring: AdminArticleListQuerySchema,
      response: { 200: { description: 'A page of articles.', ...Ref(AdminArticleListSchema) }, ...problemResponses([400, 401]) },
    },
  }, async (request, reply) => {
    const { limit, page, status, tag, q } = request.query
    const { articles, total } = await authoring.list({ limit, page, status, tag, q })
    return pageEnvelope(request, reply, articles, { page, limit, total })
  })

  app.post('/articles', {
    bodyLimit,
    schema: {
      operationId: 'createArticle',
      tags: TAGS,
      summary: 'Create an article',
      description: 'A whole article in the shape the public API serves (a served article can be sent as it is). A draft unless `status` says ' +
        'published. Section keys default to the slug of their heading. 201 with the stored article, its ETag and Location.',
      security: BEARER_SECURITY,
      body: Ref(ArticleInputSchema),
      response: {
        201: createdArticleResponse,
        ...problemResponses([400, 401, 409, 413, 415, 422], { 422: examples.invalidImages!, 409: examples.slugTaken!, 413: examples.articleTooLarge! }),
      },
    },
  }, async (request, reply) => {
    const view = await authoring.create(request.body, contextOf(request))
    return sendArticle(reply.header('location', adminUrlOf(view)), view, 201)
  })

  app.get('/articles/:slug', {
    schema: {
      operationId: 'getAdminArticle',
      tags: TAGS,
      summary: 'Get an article, drafts included',
      description: 'With its ETag, for If-Match on the next write.',
      security: BEARER_SECURITY,
      params: ArticleSlugParamsSchema,
      response: { 200: articleResponse('The article.'), ...problemResponses([400, 401, 404], { 404: examples.noArticle! }) },
    },
  }, async (request, reply) => {
    const view = await authoring.get(request.params.slug)
    if (!view) throw notFound(`No article "${request.params.slug}".`)
    return sendArticle(reply, view)
  })

  app.put('/articles/:slug', {
    bodyLimit,
    schema: {
      operationId: 'replaceArticle',
      tags: TAGS,
      summary: 'Replace an article',
      description: 'The whole article, as for POST. A different `slug` renames it (the old one then answers 301). Unchanged sections keep their ETags.',
      security: BEARER_SECURITY,
      params: ArticleSlugParamsSchema,
      headers: IfMatchHeaderSchema,
      body: Ref(ArticleInputSchema),
      response: {
        200: articleResponse('Replaced.'),
        ...problemResponses([400, 401, 404, 409, 412, 413, 415, 422, 428], { 422: examples.invalidImages!, 404: examples.noArticle!, 409: examples.slugTaken!, 412: examples.staleArticle!, 413: examples.articleTooLarge! }),
      },
    },
  }, async (request, reply) => sendArticle(reply, await authoring.replace(request.params.slug, request.body, contextOf(request))))

  app.patch('/articles/:slug', {
    schema: {
      operationId: 'updateArticle',
      tags: TAGS,
      summary: 'Change some fields of an article',
      description: 'Title, excerpt, slug, status and the model fields; the others stay. A new slug keeps the old one answering 301.',
      security: BEARER_SECURITY,
      params: ArticleSlugParamsSchema,
      headers: IfMatchHeaderSchema,
      body: Ref(ArticlePatchSchema),
      response: {
        200: articleResponse('Changed.'),
        ...problemResponses([400, 401, 404, 409, 412, 413, 415, 422, 428], { 422: examples.invalidImages!, 404: examples.noArticle!, 409: examples.slugTaken!, 412: examples.staleArticle! }),
      },
    },
  }, async (request, reply) => sendArticle(reply, await authoring.patch(request.params.slug, request.body, contextOf(request))))

  app.delete('/articles/:slug', {
    schema: {
      operationId: 'deleteArticle',
      tags: TAGS,
      summary: 'Delete an article',
      description: 'With its sections, revisions, reviews and old slugs. Announced as article.deleted.',
      security: BEARER_SECURITY,
      params: ArticleSlugParamsSchema,
      headers: IfMatchHeaderSchema,
      response: {
        204: { description: 'Deleted.', type: 'null' },
        ...problemResponses([400, 401, 404, 412, 428], { 404: examples.noArticle!, 412: examples.staleArticle! }),
      },
    },
  }, async (request, reply) => {
    await authoring.remove(request.params.slug, contextOf(request))
    return reply.code(204).send()
  })

  for (const [action, status, summary] of [['publish', 'published', 'Publish an article'], ['unpublish', 'draft', 'Unpublish an article']] as const) {
    app.post(`/articles/:slug/${action}`, {
      schema: {
        operationId: `${action}Article`,
        tags: TAGS,
        summary,
        description: action === 'publish'
          ? 'Serves it publicly at once. The first publication sets published_at; publishing a published article changes nothing.'
          : 'Takes it off the public API at once (back to draft); published_at is kept for when it returns.',
        security: BEARER_SECURITY,
        params: ArticleSlugParamsSchema,
        headers: IfMatchHeaderSchema,
        response: {
          200: articleResponse(action === 'publish' ? 'Published.' : 'Unpublished.'),
          ...problemResponses([400, 401, 404, 412, 422, 428], { 422: examples.invalidImages!, 404: examples.noArticle!, 412: examples.staleArticle! }),
        },
      },
    }, async (request, reply) => sendArticle(reply, await authoring.setStatus(request.params.slug, status, contextOf(request))))
  }

  app.get('/articles/:slug/export', {
    schema: {
      operationId: 'exportArticle',
      tags: TAGS,
      summary: 'The article as Markdown',
      description: 'Importing it again gives the same article. Front matter carries what the body cannot.',
      security: BEARER_SECURITY,
      params: ArticleSlugParamsSchema,
      response: {
        200: {
          description: 'The Markdown.',
          content: { [MARKDOWN_TYPE]: { schema: { type: 'string', maxLength: 64 * 1024 * 1024, examples: [MARKDOWN_EXAMPLE] } } },
        },
        ...problemResponses([400, 401, 404], { 404: examples.noArticle! }),
      },
    },
  }, async (request, reply) => {
    const markdown = await authoring.exportMarkdown(request.params.slug)
    if (markdown === undefined) throw notFound(`No article "${request.params.slug}".`)
    return reply.type(`${MARKDOWN_TYPE}; charset=utf-8`).header('content-disposition', `attachment; filename="${request.params.slug}.md"`).send(markdown)
  })

  app.get('/articles/:slug/revisions', {
    schema: {
      operationId: 'listRevisions',
      tags: TAGS,
      summary: 'The history of an article',
      description: 'One revision per write, newest first: who made it and what changed. ARTICLE_REVISIONS_KEEP bounds how many are kept.',
      security: BEARER_SECURITY,
      params: ArticleSlugParamsSchema,
      querystring: Type.Object({ limit: limitQuery(100, 20), page: PageQuerySchema }, { additionalProperties: false }),
      response: { 200: { description: 'A page of revisions.', ...Ref(RevisionListSchema) }, ...problemResponses([400, 401, 404], { 404: examples.noArticle! }) },
    },
  }, async (request, reply) => {
    const { limit, page } = request.query
    const { revisions, total } = await authoring.listRevisions(request.params.slug, { limit, page })
    return pageEnvelope(request, reply, revisions, { page, limit, total })
  })

  app.get('/articles/:slug/revisions/:version', {
    schema: {
      operationId: 'getRevision',
      tags: TAGS,
      summary: 'One revision',
      description: 'The article as it was after that write.',
      security: BEARER_SECURITY,
      params: RevisionParamsSchema,
      response: { 200: { description: 'The revision.', ...Ref(RevisionEnvelopeSchema) }, ...problemResponses([400, 401, 404], { 404: examples.noRevision! }) },
    },
  }, async (request) => ({ data: await authoring.getRevision(request.params.slug, request.params.version) }))

  app.post('/articles/:slug/revisions/:version/restore', {
    schema: {
      operationId: 'restoreRevision',
      tags: TAGS,
      summary: 'Restore a revision',
      description: 'Its content and fields become the article again, as a new version. The slug and the publication status stay as they are now.',
      security: BEARER_SECURITY,
      params: RevisionParamsSchema,
      headers: IfMatchHeaderSchema,
      response: {
        200: articleResponse('Restored, as a new version.'),
        ...problemResponses([400, 401, 404, 409, 412, 422, 428], { 422: examples.invalidImages!, 404: examples.noRevision!, 409: examples.keyTaken!, 412: examples.staleArticle! }),
      },
    },
  }, async (request, reply) => sendArticle(reply, await authoring.restoreRevision(request.params.slug, request.params.version, contextOf(request))))

  app.post('/articles/:slug/sections', {
    bodyLimit,
    schema: {
      operationId: 'createSection',
      tags: TAGS,
      summary: 'Add a section',
      description: 'At `position` (the others move down), or at the end. The key defaults to the slug of the heading and must be new in the article.',
      security: BEARER_SECURITY,
      params: ArticleSlugParamsSchema,
      headers: IfMatchHeaderSchema,
      body: Ref(NewSectionSchema),
      response: {
        201: sectionResponse('Added.'),
        ...problemResponses([400, 401, 404, 409, 412, 413, 415, 422, 428], { 422: examples.invalidImages!, 404: examples.noArticle!, 409: examples.keyTaken!, 412: examples.staleArticle!, 413: examples.articleTooLarge! }),
      },
    },
  }, async (request, reply) => sendSection(reply, await authoring.addSection(request.params.slug, request.body, contextOf(request)), 201))

  app.get('/articles/:slug/sections/:key', {
    schema: {
      operationId: 'getAdminSection',
      tags: TAGS,
      summary: 'Get a section',
      description: 'With its own ETag: edits to other sections leave it unchanged.',
      security: BEARER_SECURITY,
      params: SectionParamsSchema,
      response: { 200: sectionResponse('The section.'), ...problemResponses([400, 401, 404], { 404: examples.noSection! }) },
    },
  }, async (request, reply) => {
    const view = await authoring.getSection(request.params.slug, request.params.key)
    if (!view) throw notFound(`Article "${request.params.slug}" has no section "${request.params.key}".`)
    return sendSection(reply, view)
  })

  app.put('/articles/:slug/sections/:key', {
    bodyLimit,
    schema: {
      operationId: 'replaceSection',
      tags: TAGS,
      summary: 'Replace a section',
      description: 'Heading and blocks, atomically. The key stays unless a new `key` is given.',
      security: BEARER_SECURITY,
      params: SectionParamsSchema,
      headers: IfMatchHeaderSchema,
      body: Ref(SectionReplacementSchema),
      response: {
        200: sectionResponse('Replaced.'),
        ...problemResponses([400, 401, 404, 409, 412, 413, 415, 422, 428], { 422: examples.invalidImages!, 404: examples.noSection!, 409: examples.keyTaken!, 412: examples.staleSection!, 428: examples.sectionIfMatch!, 413: examples.articleTooLarge! }),
      },
    },
  }, async (request, reply) => sendSection(reply, await authoring.replaceSection(request.params.slug, request.params.key, request.body, contextOf(request))))

  app.patch('/articles/:slug/sections/:key', {
    schema: {
      operationId: 'updateSection',
      tags: TAGS,
      summary: 'Move, retitle or re-key a section',
      description: '`position` moves it (the others close up); a new `heading` keeps the key unless `key` is given too.',
      security: BEARER_SECURITY,
      params: SectionParamsSchema,
      headers: IfMatchHeaderSchema,
      body: Ref(SectionPatchSchema),
      response: {
        200: sectionResponse('Changed.'),
        ...problemResponses([400, 401, 404, 409, 412, 413, 415, 422, 428], { 422: examples.invalidImages!, 404: examples.noSection!, 409: examples.keyTaken!, 412: examples.staleSection!, 428: examples.sectionIfMatch! }),
      },
    },
  }, async (request, reply) => sendSection(reply, await authoring.patchSection(request.params.slug, request.params.key, request.body, contextOf(request))))

  app.delete('/articles/:slug/sections/:key', {
    schema: {
      operationId: 'deleteSection',
      tags: TAGS,
      summary: 'Delete a section',
      description: 'The sections after it move up.',
      security: BEARER_SECURITY,
      params: SectionParamsSchema,
      headers: IfMatchHeaderSchema,
      response: {
        204: { description: 'Deleted.', type: 'null' },
        ...problemResponses([400, 401, 404, 412, 422, 428], { 422: examples.invalidImages!, 404: examples.noSection!, 412: examples.staleSection!, 428: examples.sectionIfMatch! }),
      },
    },
  }, async (request, reply) => {
    await authoring.removeSection(request.params.slug, request.params.key, contextOf(request))
    return reply.code(204).send()
  })
}
