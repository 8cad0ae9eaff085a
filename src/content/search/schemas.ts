// Search schemas: GET /v1/search's query and its hits. The examples are what the API answers for `q=medical coding`
// on the seed article (test/openapi.test.ts checks it).
import { Type } from '@sinclair/typebox'
import { limitQuery, PageQuerySchema, PaginationSchema, Ref, SlugSchema } from '../../http/schemas.js'
import { SectionKeySchema } from '../model/schemas.js'
import { MAX_QUERY_LENGTH, MAX_QUERY_TERMS, MIN_PREFIX_LENGTH } from './query.js'

const EXAMPLE_SLUG = 'from-training-to-employment-the-power-of-healthcare-internships'
const EXAMPLE_SECTION = 'building-job-ready-skills-through-hands-on-experience'
export const EXAMPLE_SEARCH = 'medical coding'

const exampleHit = {
  slug: EXAMPLE_SLUG,
  title: 'From Training to Employment: The Power of Healthcare Internships',
  section_key: EXAMPLE_SECTION,
  heading: 'Building Job-Ready Skills Through Hands-On Experience',
  snippet: '…Patient coordination and care support <mark>Medical</mark> documentation and health records management ' +
    '<mark>Medical</mark> <mark>coding</mark> and billing processes Hospital administration and front-desk operations Quality assurance…',
  url: `/v1/articles/${EXAMPLE_SLUG}/sections/${EXAMPLE_SECTION}`,
  score: 2.29572,
}

export const SearchQuerySchema = Type.Object({
  q: Type.String({
    minLength: 1,
    maxLength: MAX_QUERY_LENGTH,
    description: 'What to search for: words (all must occur in the article), `"a phrase"` (these words in this order) and ' +
      `\`prefix*\` (words starting with it; at least ${MIN_PREFIX_LENGTH} letters), at most ${MAX_QUERY_TERMS} of them. Words match ` +
      'their other forms (`internship` finds "internships", `coding` finds "code") and ignore accents and case (`cafe` finds "Café"); ' +
      'a prefix matches the start of those base forms. Other characters are not operators: `AND`, `OR`, `NOT`, `NEAR`, ' +
      '`title:`, `^`, `-` and parentheses are searched for as text or separate words.',
    examples: [EXAMPLE_SEARCH],
  }),
  limit: limitQuery(50, 10),
  page: PageQuerySchema,
}, { additionalProperties: false })

export const SearchHitSchema = Type.Object({
  slug: Ref(SlugSchema),
  title: Type.String({ minLength: 1, maxLength: 300, description: 'The article title (plain text).', examples: [exampleHit.title] }),
  section_key: Type.Union([Ref(SectionKeySchema), Type.Null()], {
    description: 'The section that matches best, or null when the title or the intro does.',
    examples: [EXAMPLE_SECTION],
  }),
  heading: Type.Union([Type.String({ maxLength: 500 }), Type.Null()], {
    description: 'That section\'s heading (plain text), or null.',
    examples: [exampleHit.heading],
  }),
  snippet: Type.String({
    maxLength: 100_000,
    description: 'About two dozen words around the matches in that part, as HTML: the text escaped (`<` is `&lt;`, …) and each ' +
      'match between SEARCH_MARK_OPEN and SEARCH_MARK_CLOSE (`<mark>`, `</mark>` by default); `…` where text was cut. Blocks ' +
      'are separated by spaces. When only the title or a heading matches, the snippet is that, marked.',
    examples: [exampleHit.snippet],
  }),
  url: Type.String({
    format: 'uri-reference',
    maxLength: 500,
    description: 'Where the match is: the section (`/v1/articles/{slug}/sections/{key}`), or the article when `section_key` is null.',
    examples: [exampleHit.url],
  }),
  score: Type.Number({
    exclusiveMinimum: 0,
    description: 'Relevance of the best part (bm25 on SQLite, ts_rank on PostgreSQL: more matches and shorter parts score higher, ' +
      'on SQLite also rarer words; a match in the title counts ten times, in a heading five times one in the text). Higher is ' +
      'better; comparable only within one query.',
    examples: [exampleHit.score],
  }),
}, { $id: 'SearchHit', additionalProperties: false, description: 'A published article that matches, by the part that matches best.', examples: [exampleHit] })

export const SearchResultsSchema = Type.Object({
  data: Type.Array(Ref(SearchHitSchema), { maxItems: 50 }),
  meta: Type.Object({ pagination: Ref(PaginationSchema) }, { additionalProperties: false }),
}, {
  $id: 'SearchResults',
  additionalProperties: false,
  description: 'A page of matching articles, best first.',
  examples: [{ data: [exampleHit], meta: { pagination: { page: 1, limit: 10, pages: 1, total: 1, next: null, prev: null } } }],
})

export const searchSchemas = [SearchHitSchema, SearchResultsSchema]
