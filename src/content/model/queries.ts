// The query strings of the public article routes: page sizes, sorts, `fields=` and `include=`.
import { Type } from '@sinclair/typebox'
import { notFound } from '../../http/errors.js'
import { PageQuerySchema, StringEnum, UrlIntegerSchema, descriptionWithExample } from '../../http/schemas.js'
import { ArticleSchema, ArticleSummarySchema, EXAMPLE_SECTION_PAGE } from './schemas.js'

/** The top-level fields `fields=` may name. */
export const ARTICLE_FIELDS = Object.keys(ArticleSchema.properties)
export const SUMMARY_FIELDS = Object.keys(ArticleSummarySchema.properties)

const fieldsParameter = (names: string[], example: string) => Type.Optional(Type.String({
  minLength: 1,
  maxLength: 500,
  pattern: '^[a-z_]+(,[a-z_]+)*$',
  description: descriptionWithExample(`Only these top-level fields, comma-separated (Ghost style), for small payloads: ${names.join(', ')}. An unknown name is a 400.`, example),
}))

export const ARTICLE_SORTS = ['published_at', '-published_at', 'title', '-title'] as const
export type ArticleSort = typeof ARTICLE_SORTS[number]

export const ArticleListQuerySchema = Type.Object({
  limit: UrlIntegerSchema({ minimum: 1, maximum: 100, default: 20, description: descriptionWithExample('Page size, 1–100.', 10) }),
  page: PageQuerySchema,
  sort: StringEnum(ARTICLE_SORTS, {
    default: '-published_at',
    description: descriptionWithExample('Sort field; a leading "-" sorts descending.', 'title'),
  }),
  tag: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: descriptionWithExample('Only articles with this tag (slug).', 'careers') })),
  author: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: descriptionWithExample('Only articles by this author (slug).', 'amna-siddiqui') })),
  fields: fieldsParameter(SUMMARY_FIELDS, 'slug,title,excerpt'),
}, { additionalProperties: false })

export const ArticleQuerySchema = Type.Object({
  fields: fieldsParameter(ARTICLE_FIELDS, 'slug,title,excerpt,toc'),
  include: Type.Optional(StringEnum(['reviews'], {
    maxLength: 20,
    description: descriptionWithExample('reviews: also the first page of approved reviews (newest first, as GET …/reviews gives it), under `included.reviews`.', 'reviews'),
  })),
}, { additionalProperties: false })

export const SectionListQuerySchema = Type.Object({
  limit: UrlIntegerSchema({ minimum: 1, maximum: 50, default: 50, description: descriptionWithExample('Sections per page, 1–50.', EXAMPLE_SECTION_PAGE) }),
  after: Type.Optional(Type.String({
    minLength: 1,
    maxLength: 200,
    description: descriptionWithExample('Return the sections after the one with this key (from meta.next_after).', 'why-training-alone-is-no-longer-enough'),
  })),
}, { additionalProperties: false })

/** The page of sections after the one keyed `after` (from the first without it), as GET …/sections answers; a 404 for an unknown key. */
export function sectionPage<S extends { key: string }> (sections: S[], slug: string, { after, limit }: { after?: string | undefined, limit: number }) {
  let start = 0
  if (after !== undefined) {
    const index = sections.findIndex((section) => section.key === after)
    if (index === -1) throw notFound(`Article "${slug}" has no section "${after}".`)
    start = index + 1
  }
  const data = sections.slice(start, start + limit)
  return { data, meta: { next_after: start + limit < sections.length ? data[data.length - 1]!.key : null } }
}
