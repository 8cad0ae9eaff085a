// Public search: GET /v1/search?q=… over published articles, each hit pointing at the section that matches best.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { readyJson, sendCached, type ResponseCache } from '../../http/caching.js'
import { linkHeader, paginate } from '../../http/pagination.js'
import { Ref, problemResponses, validationExample } from '../../http/schemas.js'
import type { SearchRepository } from './repository.js'
import { MAX_QUERY_LENGTH, MAX_QUERY_TERMS, MIN_PREFIX_LENGTH, renderSnippet, searchTerms, type SnippetMarks } from './query.js'
import { SearchQuerySchema, SearchResultsSchema } from './schemas.js'

export interface SearchRoutesOptions {
  search: SearchRepository
  /** SEARCH_MARK_OPEN / SEARCH_MARK_CLOSE: put around each match in snippets. */
  marks: SnippetMarks
  /** Answers kept by URL, each for one content version (popular queries cost one lookup until content changes). */
  cache: { responses: ResponseCache, version: () => number }
}

/** The 400s this operation sends for `q` (each also checked against the API in test/openapi.test.ts). */
export const SEARCH_PROBLEM_EXAMPLES = {
  missingQuery: { ...validationExample([{ path: '/query/q', message: 'is required' }], '4k2j9d-m'), summary: 'No q' },
  nothingToSearchFor: { ...validationExample([{ path: '/query/q', message: 'must contain a letter or digit to search for' }], '4k2j9d-n'), summary: 'Only punctuation, e.g. q="*"' },
  queryTooLong: { ...validationExample([{ path: '/query/q', message: `must be at most ${MAX_QUERY_LENGTH} characters` }], '4k2j9d-p'), summary: `A q over ${MAX_QUERY_LENGTH} characters` },
  tooManyTerms: { ...validationExample([{ path: '/query/q', message: `must have at most ${MAX_QUERY_TERMS} words and phrases` }], '4k2j9d-q'), summary: `More than ${MAX_QUERY_TERMS} words` },
  prefixTooShort: {
    ...validationExample([{ path: '/query/q', message: `must have at least ${MIN_PREFIX_LENGTH} letters or digits before a * (got "in*")` }], '4k2j9d-r'),
    summary: 'A prefix too short, e.g. q=in*',
  },
}

export const searchRoutes: FastifyPluginAsyncTypebox<SearchRoutesOptions> = async (app, { search, marks, cache }) => {
  app.get('/search', {
    schema: {
      operationId: 'searchArticles',
      tags: ['Search'],
      summary: 'Search published articles',
      description: 'Full-text search over the title, intro and sections of published articles. One hit per article, best first, ' +
        'with the section that matches best, a snippet with the matches marked, and a link to that section.',
      querystring: SearchQuerySchema,
      response: {
        200: { description: 'A page of hits, best first.', ...Ref(SearchResultsSchema) },
        ...problemResponses([400], { 400: SEARCH_PROBLEM_EXAMPLES }),
      },
    },
  }, async (request, reply) => {
    const { q, limit, page } = request.query
    const terms = searchTerms(q)
    return sendCached(request, reply, cache, `search ${request.url}`, async () => {
      const { hits, total } = await search.search(terms, { limit, page })
      const data = hits.map(({ snippet, ...hit }) => ({
        ...hit,
        snippet: renderSnippet(snippet, marks),
        url: `${app.prefix}/articles/${hit.slug}${hit.section_key === null ? '' : `/sections/${hit.section_key}`}`,
      }))
      const pagination = paginate(page, limit, total)
      const link = linkHeader(request.url, pagination)
      return readyJson(reply, { data, meta: { pagination } }, link ? { link } : undefined)
    })
  })
}
