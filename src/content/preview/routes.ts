// Draft previews (public, by token): the article a preview link names, as it is now — a draft, or a published article
// with its latest edits — in the representations and shapes the public article routes serve. Read from the database on
// every request, never from or into a response cache; every answer is private, no-store and noindex.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply } from 'fastify'
import { PRIVATE_NO_STORE } from '../../http/caching.js'
import { notFound } from '../../http/errors.js'
import { negotiate, notAcceptable, varyOnAccept } from '../../http/negotiation.js'
import { Ref, problemExample, problemResponses } from '../../http/schemas.js'
import type { ContentRepository } from '../repository.js'
import { viewOf } from '../views.js'
import type { ArticleDocument } from '../model/document.js'
import { articleJsonLd } from '../render/jsonld.js'
import {
  articleHtml, articleMarkdown, articleText, kindOf, REPRESENTATION_TYPES, REPRESENTATIONS, sectionHtml, sectionMarkdown, sectionText,
  type RepresentationKind,
} from '../render/render.js'
import { ARTICLE_EXAMPLES, SECTION_EXAMPLES } from '../render/examples.js'
import { SectionListQuerySchema, sectionPage } from '../model/queries.js'
import { presentImages } from '../model/images.js'
import {
  ArticleEnvelopeSchema, SectionEnvelopeSchema, SectionListSchema,
  type Article, type RatingStats, type StoredArticle,
} from '../model/schemas.js'
import type { PreviewLinkRepository } from './repository.js'
import { NO_PREVIEW_DETAIL, PreviewSectionParamsSchema, PreviewTokenParamsSchema, noPreviewExamples } from './schemas.js'

export interface PreviewRoutesOptions {
  links: Pick<PreviewLinkRepository, 'findArticleSlug'>
  content: Pick<ContentRepository, 'loadDocument'>
  /** Review count and average per article (articles without reviews may be absent). */
  ratings: (articleIds: number[]) => Promise<Map<number, RatingStats>>
  /** The absolute URL of the public article (its JSON-LD names where it will be). */
  articleUrl: (slug: string) => string
  /** The absolute URL of a path of this service: media images are served with absolute URLs. */
  absoluteUrl: (path: string) => string
  clock: () => Date
}

const NO_REVIEWS: RatingStats = { count: 0, average: null }
const TAGS = ['Previews']
const ROBOTS = 'noindex'

/** Every answer of these routes, errors included: no cache keeps it, no search engine lists it. */
const PRIVATE_HEADERS = {
  'Cache-Control': { type: 'string', maxLength: 100, description: 'Always `private, no-store`: no cache keeps a preview.', examples: [PRIVATE_NO_STORE] },
  'X-Robots-Tag': { type: 'string', maxLength: 100, description: 'Always `noindex`: search engines do not list previews.', examples: [ROBOTS] },
}

const noSection = {
  ...noPreviewExamples,
  noSuchSection: problemExample('No such section', 404, 'Article "finding-a-healthcare-internship" has no section "nope".', '4k2j9d-h'),
}
const notAcceptableExamples = {
  notAcceptable: problemExample('Accept allows none of them', 406, notAcceptable(REPRESENTATION_TYPES).message, '4k2j9d-m',
    { type: '/problems/not-acceptable', title: 'Not Acceptable' }),
}

/** A 200 in the four representations of the public article and section routes, with the preview's headers. */
function representations (description: string, json: ReturnType<typeof Ref>, text: Record<Exclude<RepresentationKind, 'json'>, string>) {
  const string = (kind: Exclude<RepresentationKind, 'json'>) => ({ schema: { type: 'string', maxLength: 64 * 1024 * 1024, examples: [text[kind]] } })
  return {
    description,
    headers: PRIVATE_HEADERS,
    content: { 'application/json': { schema: json }, 'text/html': string('html'), 'text/markdown': string('markdown'), 'text/plain': string('text') },
  }
}

export const previewRoutes: FastifyPluginAsyncTypebox<PreviewRoutesOptions> = async (app, { links, content, ratings, articleUrl, absoluteUrl, clock }) => {
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', PRIVATE_NO_STORE).header('x-robots-tag', ROBOTS)
  })

  /** The article the token previews, as the public routes would serve it were it published now; a 404 for any token that names none. */
  /** The article as served, and what it is as stored (a draft is served as if published now). */
  async function previewed (token: string): Promise<{ article: Article, state: Pick<ArticleDocument, 'status' | 'published_at'> }> {
    const now = clock()
    const slug = await links.findArticleSlug(token, now)
    const stored = slug === undefined ? undefined : await content.loadDocument(slug)
    // Wrong, expired, revoked, or its article deleted meanwhile: one answer, which tells none from another.
    if (!stored) throw notFound(NO_PREVIEW_DETAIL)
    const { article: view } = viewOf(stored)
    const served: StoredArticle = {
      slug: view.slug,
      title: view.title,
      excerpt: view.excerpt,
      intro: view.intro,
      sections: view.sections,
      toc: view.toc,
      // Never published: as if it were, now.
      published_at: view.published_at ?? now.toISOString(),
      updated_at: view.updated_at,
      word_count: view.word_count,
      reading_time_minutes: view.reading_time_minutes,
      author: view.author,
      tags: view.tags,
      language: view.language,
      canonical_url: view.canonical_url,
      meta_title: view.meta_title,
      meta_description: view.meta_description,
      cover_image: view.cover_image,
    }
    const reviews = (await ratings([stored.id])).get(stored.id) ?? NO_REVIEWS
    const { status, published_at: publishedAt } = stored.document
    return { article: { ...presentImages(served, absoluteUrl), reviews }, state: { status, published_at: publishedAt } }
  }

  const send = (reply: FastifyReply, kind: RepresentationKind, body: string) => reply.header('content-type', REPRESENTATIONS[kind]).send(body)
  const json = (reply: FastifyReply, data: unknown) => String(reply.serializeInput({ data }, '200', 'application/json'))

  app.get('/preview/:token', {
    onRequest: varyOnAccept,
    schema: {
      operationId: 'getArticlePreview',
      tags: TAGS,
      summary: 'Preview an article',
      description: 'The article a preview link names, as it is now (a draft, or a published article with its latest edits), in the shape and ' +
        'representations of `GET /v1/articles/{slug}` (JSON, or HTML, Markdown or plain text as `Accept` asks). A draft\'s `published_at` is ' +
        'the time of the request. No key needed: the token is the secret. Every answer is `Cache-Control: private, no-store` and ' +
        '`X-Robots-Tag: noindex`, without validators; a wrong, expired or revoked token is a 404, the same for all three.',
      params: PreviewTokenParamsSchema,
      response: {
        200: representations('The article, in the representation Accept prefers.', Ref(ArticleEnvelopeSchema), {
          html: ARTICLE_EXAMPLES.html,
          markdown: ARTICLE_EXAMPLES.markdown,
          text: ARTICLE_EXAMPLES.text,
        }),
        ...problemResponses([400, 404, 406], { 404: noPreviewExamples, 406: notAcceptableExamples }),
      },
    },
  }, async (request, reply) => {
    const kind = kindOf(negotiate(request, REPRESENTATION_TYPES))
    const { article, state } = await previewed(request.params.token)
    switch (kind) {
      case 'json': return send(reply, kind, json(reply, article))
      case 'html': return send(reply, kind, articleHtml(article, articleJsonLd(article, articleUrl(article.slug))))
      // The front matter says what it is: a draft says status: draft (and no date while never published).
      case 'markdown': return send(reply, kind, articleMarkdown(article, state))
      case 'text': return send(reply, kind, articleText(article))
    }
  })

  app.get('/preview/:token/sections', {
    schema: {
      operationId: 'listPreviewSections',
      tags: TAGS,
      summary: "List a previewed article's sections",
      description: 'As `GET /v1/articles/{slug}/sections`, for the article a preview link names, as it is now.',
      params: PreviewTokenParamsSchema,
      querystring: SectionListQuerySchema,
      response: {
        200: { description: 'A page of sections.', headers: PRIVATE_HEADERS, ...Ref(SectionListSchema) },
        ...problemResponses([400, 404], { 404: noSection }),
      },
    },
  }, async (request) => {
    const { sections, slug } = (await previewed(request.params.token)).article
    return sectionPage(sections, slug, request.query)
  })

  app.get('/preview/:token/sections/:key', {
    onRequest: varyOnAccept,
    schema: {
      operationId: 'getPreviewSection',
      tags: TAGS,
      summary: 'Preview one section',
      description: 'As `GET /v1/articles/{slug}/sections/{key}`, for the article a preview link names, as it is now.',
      params: PreviewSectionParamsSchema,
      response: {
        200: representations('The section, in the representation Accept prefers.', Ref(SectionEnvelopeSchema), {
          html: SECTION_EXAMPLES.html,
          markdown: SECTION_EXAMPLES.markdown,
          text: SECTION_EXAMPLES.text,
        }),
        ...problemResponses([400, 404, 406], { 404: noSection, 406: notAcceptableExamples }),
      },
    },
  }, async (request, reply) => {
    const kind = kindOf(negotiate(request, REPRESENTATION_TYPES))
    const { token, key } = request.params
    const { article } = await previewed(token)
    const section = article.sections.find((candidate) => candidate.key === key)
    if (!section) throw notFound(`Article "${article.slug}" has no section "${key}".`)
    switch (kind) {
      case 'json': return send(reply, kind, json(reply, section))
      case 'html': return send(reply, kind, sectionHtml(section, article))
      case 'markdown': return send(reply, kind, sectionMarkdown(section))
      case 'text': return send(reply, kind, sectionText(section, article))
    }
  })
}
