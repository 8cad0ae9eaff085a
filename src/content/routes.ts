// Public content API: published articles, whole or section by section, and their tags. Old slugs of renamed
// articles answer 301 with the current URL. An article and a section are served as JSON, HTML, Markdown or plain
// text, as Accept asks; the article's schema.org JSON-LD has its own route.
import { Type, type TSchema } from '@sinclair/typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { JSON_TYPE, readyJson, readyResponse, sendCached, sendReady, type ReadyResponse, type ResponseCache } from '../http/caching.js'
import { Moved, badRequest, notFound } from '../http/errors.js'
import { negotiate, notAcceptable, varyOnAccept } from '../http/negotiation.js'
import { linkHeader, paginate } from '../http/pagination.js'
import { MOVED_RESPONSE, Ref, pathIdentifier, problemExample, problemResponses } from '../http/schemas.js'
import { ARTICLE_FIELDS, ArticleListQuerySchema, ArticleQuerySchema, SectionListQuerySchema, sectionPage, SUMMARY_FIELDS } from './model/queries.js'
import type { ContentRepository } from './repository.js'
import { createArticleCache, type CachedArticle } from './cache.js'
import type { ResponseBudget } from '../http/response-budget.js'
import { articleJsonLd } from './render/jsonld.js'
import {
  articleHtml, articleMarkdown, articleText, kindOf, REPRESENTATION_TYPES, REPRESENTATIONS, sectionHtml, sectionMarkdown, sectionText,
  type RepresentationKind,
} from './render/render.js'
import { ARTICLE_EXAMPLES, SECTION_EXAMPLES } from './render/examples.js'
import {
  ArticleEnvelopeSchema, ArticleJsonLdSchema, ArticleListSchema, ArticleListSelectionSchema,
  ArticleSelectionSchema, SectionEnvelopeSchema, SectionListSchema, TagListSchema,
  type Article, type RatingStats, type Section, type StoredArticle,
} from './model/schemas.js'
import { presentImage, presentImages } from './model/images.js'

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
const notAcceptableExamples = {
  notAcceptable: problemExample('Accept allows none of them', 406, notAcceptable(REPRESENTATION_TYPES).message, '4k2j9d-m',
    { type: '/problems/not-acceptable', title: 'Not Acceptable' }),
}
const JSON_LD_TYPE = 'application/ld+json; charset=utf-8'
const noSuchSection = (summary: string) => ({
  ...noSuchArticle,
  noSuchSection: problemExample(summary, 404, `Article "${EXAMPLE_SLUG}" has no section "nope".`, '4k2j9d-h'),
})

/**
 * The fields `fields=` names (de-duplicated, in the resource's own order), or a 400 naming the unknown ones.
 * Undefined when `fields` is absent: every field.
 */
function selectedFields (fields: string | undefined, known: string[]): string[] | undefined {
  if (fields === undefined) return undefined
  const asked = new Set(fields.split(','))
  const unknown = [...asked].filter((name) => !known.includes(name))
  if (unknown.length > 0) {
    throw badRequest(`fields names ${unknown.length === 1 ? 'a field' : 'fields'} this resource does not have: ${unknown.join(', ')}.`,
      [{ path: '/query/fields', message: `unknown field${unknown.length === 1 ? '' : 's'} ${unknown.map((name) => `"${name}"`).join(', ')} (known: ${known.join(', ')})` }])
  }
  return known.filter((name) => asked.has(name))
}

const pick = <T extends object>(value: T, names: string[]): Partial<T> =>
  Object.fromEntries(names.map((name) => [name, value[name as keyof T]])) as Partial<T>

/** Trimmed variants kept per article state at most (many distinct `fields` lists are served, but not all kept). */
const MAX_KEPT_VARIANTS = 32

/** The variant `key` of this article state: made by `build` on first use, kept while fewer than MAX_KEPT_VARIANTS are. */
async function keptVariant (cached: CachedArticle, key: string, build: () => ReadyResponse | Promise<ReadyResponse>): Promise<ReadyResponse> {
  const kept = cached.responses[key]
  if (kept) return kept
  const response = await build()
  if (Object.keys(cached.responses).length < MAX_KEPT_VARIANTS) cached.keep(key, response)
  return response
}

export interface ContentRoutesOptions {
  content: ContentRepository
  /** Ready responses of the list routes, by URL, each kept for one content version. */
  responses: ResponseCache
  /** The memory budget of every kept response: the article cache counts its articles and their responses there. */
  budget?: ResponseBudget
  /** The first page of an article's approved reviews (the reviews feature's list), for `include=reviews`. */
  firstReviewsPage: (slug: string) => Promise<unknown>
  /** The absolute URL of a published article (PUBLIC_BASE_URL), for its JSON-LD. */
  articleUrl: (slug: string) => string
  /** Review count and average per article, carried in the article and list responses (articles without reviews may be absent). */
  ratings: (articleIds: number[]) => Promise<Map<number, RatingStats>>
  /** The absolute URL of a path of this service (PUBLIC_BASE_URL): media images are served with absolute URLs. */
  absoluteUrl?: (path: string) => string
}

const NO_REVIEWS: RatingStats = { count: 0, average: null }

/**
 * The 200 of a negotiated route: the JSON envelope, or the same content as an HTML fragment, Markdown or plain text.
 * Fastify serializes by the schema of the reply's media type; the text representations are sent as ready strings,
 * which it passes through unchanged.
 */
function representationsResponse (description: string, json: TSchema, text: Record<Exclude<RepresentationKind, 'json'>, { description: string, example: string }>) {
  const string = (kind: Exclude<RepresentationKind, 'json'>) => ({ schema: { type: 'string', maxLength: 64 * 1024 * 1024, description: text[kind].description, examples: [text[kind].example] } })
  return {
    description,
    content: {
      'application/json': { schema: json },
      'text/html': string('html'),
      'text/markdown': string('markdown'),
      'text/plain': string('text'),
    },
  }
}

/** What the HTML representations make of blocks (render/html.ts). */
const HTML_BLOCKS = 'Blocks use semantic elements: `p`, `h3`–`h6` with their `id`, `ul`/`ol` (with `start`; task lists with disabled checkboxes), ' +
  '`blockquote`, `pre > code class="language-…"`, `img` with `alt` and `title`, `table` with `thead`/`tbody` and column alignment, `hr`, ' +
  'and inline `a`, `em`, `strong`, `del`, `code`, `br`, `img`, `sup` (GFM footnote references and a `section.footnotes` with back-references). ' +
  'Links keep their URL as written, with no `rel` or `target` added. Raw HTML is sanitized (GitHub\'s allowlist: no script, style, ' +
  'event handlers, or javascript:/data: URLs; its ids prefixed `user-content-`, as footnote ids are). All text is escaped.'
/** What the plain-text representations make of blocks (render/text.ts). */
const TEXT_BLOCKS = 'Subheadings are prefixed with `#`s; list items with `-` or `1.` (and `[x]`/`[ ]` for tasks), nested blocks indented under them; ' +
  'quotes prefixed `> `; code indented by four spaces; tables as aligned columns; images as their alt text; links as `text (url)`; ' +
  'raw HTML as its text; footnote references as `[1]`.'

/** The article in the representation `kind`, rendered (JSON: serialized by the route's schema) and hashed. */
function articleBody (kind: RepresentationKind, article: Article, structuredData: () => unknown, reply: FastifyReply): string {
  switch (kind) {
    case 'json': return String(reply.serializeInput({ data: article }, '200', 'application/json'))
    case 'html': return articleHtml(article, structuredData())
    case 'markdown': return articleMarkdown(article)
    case 'text': return articleText(article)
  }
}

function sectionBody (kind: RepresentationKind, section: Section, article: Article, reply: FastifyReply): string {
  switch (kind) {
    case 'json': return String(reply.serializeInput({ data: section }, '200', 'application/json'))
    case 'html': return sectionHtml(section, article)
    case 'markdown': return sectionMarkdown(section)
    case 'text': return sectionText(section, article)
  }
}

export const contentRoutes: FastifyPluginAsyncTypebox<ContentRoutesOptions> = async (app, { content, responses, budget, ratings, articleUrl, firstReviewsPage, absoluteUrl }) => {
  const cache = { responses, version: () => content.contentVersion() }
  const present = (article: StoredArticle) => absoluteUrl ? presentImages(article, absoluteUrl) : article
  const articles = createArticleCache(content, async (id) => (await ratings([id])).get(id) ?? NO_REVIEWS, undefined, present, budget)

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
        200: { description: 'A page of article summaries (trimmed to `fields` when given).', ...Type.Union([Ref(ArticleListSchema), Ref(ArticleListSelectionSchema)], { examples: ArticleListSchema.examples as unknown[] }) },
        ...problemResponses([400]),
      },
    },
  }, async (request, reply) => {
    const { limit, page, sort, tag, author, fields } = request.query
    const names = selectedFields(fields, SUMMARY_FIELDS)
    return sendCached(request, reply, cache, `articles ${request.url}`, async () => {
      const { articles: found, total } = await content.listPublishedArticles({ limit, page, sort, tag, author })
      const stats = await ratings(found.map((article) => article.id))
      const data = found.map(({ id, cover_image: cover, ...article }) => ({
        ...article,
        cover_image: cover && absoluteUrl ? presentImage(cover, absoluteUrl) : cover,
        reviews: stats.get(id) ?? NO_REVIEWS,
      }))
      const pagination = paginate(page, limit, total)
      const link = linkHeader(request.url, pagination)
      return readyJson(reply, { data: names ? data.map((summary) => pick(summary, names)) : data, meta: { pagination } }, link ? { link } : undefined)
    })
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
  }, async (request, reply) => {
    return sendCached(request, reply, cache, 'tags', async () => readyJson(reply, { data: await content.listTags() }))
  })

  const jsonLdOf = (cached: CachedArticle) => articleJsonLd(cached.article, articleUrl(cached.article.slug))

  app.get('/articles/:slug', {
    onRequest: varyOnAccept,
    schema: {
      operationId: 'getArticle',
      tags: ['Articles'],
      summary: 'Get a published article',
      description: 'The whole article in one call: intro, sections with their blocks, a table of contents, and the review count and average. ' +
        'As JSON (the default), or, as `Accept` asks, an HTML fragment (with the JSON-LD embedded), the Markdown of the authoring export, or plain text. ' +
        'Each representation has its own ETag; every answer carries `Vary: Accept`.',
      params: ArticleParamsSchema,
      querystring: ArticleQuerySchema,
      response: {
        200: representationsResponse('The article, in the representation Accept prefers. As JSON, trimmed to `fields` and with `included` when asked.', Type.Union([Ref(ArticleEnvelopeSchema), Ref(ArticleSelectionSchema)], { examples: ArticleEnvelopeSchema.examples as unknown[] }), {
          html: {
            description: 'An HTML fragment: `<article lang>` with the `<h1>` title, the intro, a `<section aria-labelledby>` per section ' +
              'with an `<h2 id>` (the section key), the footnotes, and the JSON-LD in a script element of type `application/ld+json`. ' + HTML_BLOCKS,
            example: ARTICLE_EXAMPLES.html,
          },
          markdown: { description: 'The Markdown of the authoring export: YAML front matter, `#` title, `##` sections.', example: ARTICLE_EXAMPLES.markdown },
          text: { description: `Plain text: the title and section headings underlined (\`=\`, \`-\`), blocks separated by blank lines, then the footnotes. ${TEXT_BLOCKS}`, example: ARTICLE_EXAMPLES.text },
        }),
        ...MOVED_RESPONSE,
        ...problemResponses([400, 404, 406], { 404: noSuchArticle, 406: notAcceptableExamples }),
      },
    },
  }, async (request, reply) => {
    const kind = kindOf(negotiate(request, REPRESENTATION_TYPES))
    const { fields, include } = request.query
    const names = selectedFields(fields, ARTICLE_FIELDS)
    const cached = await publishedArticle(request, request.params.slug)
    if (kind === 'json' && (names || include)) {
      // A trimmed (or extended) variant: rendered once per state and field list, a bounded number of them kept.
      const key = `json?fields=${names?.join(',') ?? ''}&include=${include ?? ''}`
      const response = await keptVariant(cached, key, async () => {
        const included = include === 'reviews' ? { included: { reviews: await firstReviewsPage(cached.article.slug) } } : {}
        const body = String(reply.serializeInput({ data: names ? pick(cached.article, names) : cached.article, ...included }, '200', 'application/json'))
        return readyResponse(key, REPRESENTATIONS.json, body, cached.builtAt)
      })
      return sendReady(request, reply, response)
    }
    // The hot path: each representation rendered (JSON: serialized by this route's schema) and hashed once per state of the article.
    const response = cached.responses[kind] ?? cached.keep(kind, readyResponse(kind, REPRESENTATIONS[kind], articleBody(kind, cached.article, () => jsonLdOf(cached), reply), cached.builtAt))
    return sendReady(request, reply, response)
  })

  app.get('/articles/:slug/jsonld', {
    schema: {
      operationId: 'getArticleJsonLd',
      tags: ['Articles'],
      summary: "Get a published article's structured data",
      description: 'The article as a schema.org `Article` in JSON-LD, for a page that renders the article itself to embed in a script element ' +
        'of type `application/ld+json` (escaping `<` as `\\u003c` there). The HTML representation of the article embeds the same.',
      params: ArticleParamsSchema,
      response: {
        200: { description: 'The JSON-LD.', content: { 'application/ld+json': { schema: Ref(ArticleJsonLdSchema) } } },
        ...MOVED_RESPONSE,
        ...problemResponses([400, 404], { 404: noSuchArticle }),
      },
    },
  }, async (request, reply) => {
    const cached = await publishedArticle(request, request.params.slug)
    const response = cached.responses.jsonld ?? cached.keep('jsonld', readyResponse('jsonld', JSON_LD_TYPE, JSON.stringify(jsonLdOf(cached)), cached.builtAt))
    return sendReady(request, reply, response)
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
  }, async (request, reply) => {
    const cached = await publishedArticle(request, request.params.slug)
    const { after, limit } = request.query
    // A page of sections: rendered once per state of the article and page, a bounded number of pages kept.
    const key = `sections?after=${after ?? ''}&limit=${limit}`
    const response = await keptVariant(cached, key, () => {
      const body = String(reply.serializeInput(sectionPage(cached.article.sections, request.params.slug, { after, limit }), '200'))
      return readyResponse('json', JSON_TYPE, body, cached.builtAt)
    })
    return sendReady(request, reply, response)
  })

  app.get('/articles/:slug/sections/:key', {
    onRequest: varyOnAccept,
    schema: {
      operationId: 'getSection',
      tags: ['Sections'],
      summary: 'Get one section',
      description: 'As JSON (the default), or, as `Accept` asks, an HTML fragment, Markdown or plain text. Each has its own ETag; every answer carries `Vary: Accept`.',
      params: SectionParamsSchema,
      response: {
        200: representationsResponse('The section, in the representation Accept prefers.', Ref(SectionEnvelopeSchema), {
          html: { description: `An HTML fragment: \`<section aria-labelledby>\` with an \`<h2 id>\` (the section key), its blocks, and the footnotes its references point to (numbered as in the article, wherever they are defined). ${HTML_BLOCKS}`, example: SECTION_EXAMPLES.html },
          markdown: { description: 'The section as in the Markdown export: a `##` heading and its blocks.', example: SECTION_EXAMPLES.markdown },
          text: { description: `Plain text: the heading underlined, its blocks, then the footnotes it refers to (\`[1] …\`, numbered as in the article). ${TEXT_BLOCKS}`, example: SECTION_EXAMPLES.text },
        }),
        ...MOVED_RESPONSE,
        ...problemResponses([400, 404, 406], { 404: noSuchSection('No such section'), 406: notAcceptableExamples }),
      },
    },
  }, async (request, reply) => {
    const kind = kindOf(negotiate(request, REPRESENTATION_TYPES))
    const { slug, key } = request.params
    const cached = await publishedArticle(request, slug)
    const section = cached.article.sections.find((candidate) => candidate.key === key)
    if (!section) throw notFound(`Article "${slug}" has no section "${key}".`)
    // Kept with the article's state like its own representations: at most one per section and kind.
    const response = cached.responses[`${kind} ${key}`] ?? cached.keep(`${kind} ${key}`, readyResponse(kind, REPRESENTATIONS[kind], sectionBody(kind, section, cached.article, reply), cached.builtAt))
    return sendReady(request, reply, response)
  })
}
