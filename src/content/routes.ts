// Public content API: published articles, whole or section by section, and their tags. Old slugs of renamed
// articles answer 301 with the current URL.
import { Type } from '@sinclair/typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { Moved, notFound } from '../http/errors.js'
import { pageEnvelope } from '../http/pagination.js'
import { MOVED_RESPONSE, Ref, pathIdentifier, problemExample, problemResponses } from '../http/schemas.js'
import type { ContentRepository } from './repository.js'
import { createArticleCache, etagOf } from './cache.js'
import {
  ArticleEnvelopeSchema, ArticleListQuerySchema, ArticleListSchema, SectionEnvelopeSchema,
  SectionListQuerySchema, SectionListSchema, TagListSchema, type RatingStats,
} from './schemas.js'

/** The URL with the article slug in it replaced: where a renamed article's old URLs point. */
function movedUrl (url: string, from: string, to: string): string {
  return url.replace(new RegExp(`/articles/${from}(?=[/?]|$)`), `/articles/${to}`)
}

/** 301 (or 308 for writes) to the article's current URL when `slug` is an old slug of a published article; else 404. */
export async function movedOrMissing (request: FastifyRequest, slug: string, content: Pick<ContentRepository, 'findRedirect'>): Promise<never> {
  const target = await content.findRedirect(slug)
  if (target?.status === 'published') {
    throw new Moved(movedUrl(request.url, slug, target.slug), request.method === 'GET' || request.method === 'HEAD' ? 301 : 308)
  }
  throw notFound(`No published article "${slug}".`)
}

const EXAMPLE_SLUG = 'from-training-to-employment-the-power-of-healthcare-internships'

const ArticleParamsSchema = Type.Object({
  slug: pathIdentifier('Slug of a published article.', EXAMPLE_SLUG),
})
const SectionParamsSchema = Type.Object({
  slug: ArticleParamsSchema.properties.slug,
  key: pathIdentifier('Section key: the slug of its heading.', 'why-training-alone-is-no-longer-enough'),
})

const noSuchArticle = { notFound: problemExample('No such article', 404, 'No published article "nope".', '4k2j9d-7') }
const noSuchSection = (summary: string) => ({
  ...noSuchArticle,
  noSuchSection: problemExample(summary, 404, `Article "${EXAMPLE_SLUG}" has no section "nope".`, '4k2j9d-h'),
})

export interface ContentRoutesOptions {
  content: ContentRepository
  /** Review count and average per article, carried in the article and list responses (articles without reviews may be absent). */
  ratings: (articleIds: number[]) => Promise<Map<number, RatingStats>>
}

const NO_REVIEWS: RatingStats = { count: 0, average: null }

function serializedOnce (serialized: unknown) {
  const body = String(serialized)
  return { body, etag: etagOf(body) }
}

export const contentRoutes: FastifyPluginAsyncTypebox<ContentRoutesOptions> = async (app, { content, ratings }) => {
  const articles = createArticleCache(content, async (id) => (await ratings([id])).get(id) ?? NO_REVIEWS)

  async function publishedArticle (request: FastifyRequest, slug: string) {
    return await articles.get(slug) ?? movedOrMissing(request, slug, content)
  }

  app.get('/articles', {
    schema: {
      operationId: 'listArticles',
      tags: ['Articles'],
      summary: 'List published articles',
      description: 'Published articles as summaries, newest first by default. Paging links are in `meta.pagination` and the `Link` header.',
      querystring: ArticleListQuerySchema,
      response: {
        200: { description: 'A page of article summaries.', ...Ref(ArticleListSchema) },
        ...problemResponses([400]),
      },
    },
  }, async (request, reply) => {
    const { limit, page, sort, tag, author } = request.query
    const { articles: found, total } = await content.listPublishedArticles({ limit, page, sort, tag, author })
    const stats = await ratings(found.map((article) => article.id))
    const data = found.map(({ id, ...article }) => ({ ...article, reviews: stats.get(id) ?? NO_REVIEWS }))
    return pageEnvelope(request, reply, data, { page, limit, total })
  })

  app.get('/tags', {
    schema: {
      operationId: 'listTags',
      tags: ['Articles'],
      summary: 'List tags',
      description: 'Every tag that published articles have, by name, with how many. Filter the article list with `?tag=`.',
      response: {
        200: { description: 'The tags.', ...Ref(TagListSchema) },
        ...problemResponses([400]),
      },
    },
  }, async () => ({ data: await content.listTags() }))

  app.get('/articles/:slug', {
    schema: {
      operationId: 'getArticle',
      tags: ['Articles'],
      summary: 'Get a published article',
      description: 'The whole article in one call: intro, sections with their blocks, a table of contents, and the review count and average.',
      params: ArticleParamsSchema,
      response: {
        200: { description: 'The article.', ...Ref(ArticleEnvelopeSchema) },
        ...MOVED_RESPONSE,
        ...problemResponses([400, 404], { 404: noSuchArticle }),
      },
    },
  }, async (request, reply) => {
    const cached = await publishedArticle(request, request.params.slug)
    // The hot path: serialized (by this route's schema) and hashed once per state of the article, then reused.
    const response = cached.response ??= serializedOnce(reply.serialize({ data: cached.article }))
    // Sent as the pre-serialized string (the route's serializer made it); the ETag plugin still answers If-None-Match with 304.
    return (reply as FastifyReply).header('etag', response.etag).type('application/json; charset=utf-8').send(response.body)
  })

  app.get('/articles/:slug/sections', {
    schema: {
      operationId: 'listSections',
      tags: ['Sections'],
      summary: "List an article's sections",
      description: 'Sections in order, a page at a time for small payloads: pass `meta.next_after` back as `after`.',
      params: ArticleParamsSchema,
      querystring: SectionListQuerySchema,
      response: {
        200: { description: 'A page of sections.', ...Ref(SectionListSchema) },
        ...MOVED_RESPONSE,
        ...problemResponses([400, 404], { 404: noSuchSection('No section with the `after` key') }),
      },
    },
  }, async (request) => {
    const { sections } = (await publishedArticle(request, request.params.slug)).article
    const { after, limit } = request.query
    let start = 0
    if (after !== undefined) {
      const index = sections.findIndex((section) => section.key === after)
      if (index === -1) throw notFound(`Article "${request.params.slug}" has no section "${after}".`)
      start = index + 1
    }
    const data = sections.slice(start, start + limit)
    const hasMore = start + limit < sections.length
    return { data, meta: { next_after: hasMore ? data[data.length - 1]!.key : null } }
  })

  app.get('/articles/:slug/sections/:key', {
    schema: {
      operationId: 'getSection',
      tags: ['Sections'],
      summary: 'Get one section',
      params: SectionParamsSchema,
      response: {
        200: { description: 'The section.', ...Ref(SectionEnvelopeSchema) },
        ...MOVED_RESPONSE,
        ...problemResponses([400, 404], { 404: noSuchSection('No such section') }),
      },
    },
  }, async (request) => {
    const { slug, key } = request.params
    const section = (await publishedArticle(request, slug)).article.sections.find((candidate) => candidate.key === key)
    if (!section) throw notFound(`Article "${slug}" has no section "${key}".`)
    return { data: section }
  })
}
