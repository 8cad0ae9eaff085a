// Article, section and block schemas: what the content API serves and what authoring accepts.
import { Type, type Static } from '@sinclair/typebox'
import { Ref, SlugSchema, StringEnum, TimestampSchema, PaginationSchema } from '../http/schemas.js'
// The seed article as GET /v1/articles/{slug} serves it right after seeding (without review stats and updated_at);
// test/openapi.test.ts checks that the API still serves exactly this.
import exampleArticleJson from './example-article.json' with { type: 'json' }

// (Annotated: the schemas below embed these values, so their types must not be inferred from those schemas.)
const exampleSections: Array<{ key: string, position: number, heading: string, blocks: unknown[] }> = exampleArticleJson.sections
const exampleSection = exampleArticleJson.sections[0]!
const exampleParagraph = exampleSection.blocks[0]!
const exampleList = exampleSection.blocks.find((block) => block.type === 'list')!
const exampleIntro = exampleArticleJson.intro
const exampleSummary = {
  slug: exampleArticleJson.slug,
  title: exampleArticleJson.title,
  excerpt: exampleArticleJson.excerpt,
  published_at: exampleArticleJson.published_at,
  updated_at: exampleArticleJson.published_at,
  word_count: exampleArticleJson.word_count,
  reading_time_minutes: exampleArticleJson.reading_time_minutes,
}
const exampleArticle = {
  slug: exampleSummary.slug,
  title: exampleSummary.title,
  excerpt: exampleSummary.excerpt,
  intro: exampleIntro,
  sections: exampleSections,
  toc: exampleArticleJson.toc,
  published_at: exampleSummary.published_at,
  updated_at: exampleSummary.updated_at,
  word_count: exampleSummary.word_count,
  reading_time_minutes: exampleSummary.reading_time_minutes,
  reviews: { count: 0, average: null },
}
/** Sections per page in the SectionList example (and the `limit` example that asks for it). */
const EXAMPLE_SECTION_PAGE = 2

export const SectionKeySchema = Type.String({
  $id: 'SectionKey',
  pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
  minLength: 1,
  maxLength: 200,
  description: "Stable section identifier: the slug of its heading (lowercase, apostrophes dropped, other runs of non-alphanumerics become '-').",
  examples: [exampleSections[0]!.key],
})

const Text = (maxLength: number, description: string, example: string) =>
  Type.String({ minLength: 1, maxLength, description, examples: [example] })

export const ParagraphBlockSchema = Type.Object({
  type: Type.Literal('paragraph', { description: 'Block kind.' }),
  text: Text(20_000, 'Paragraph text, plain (typographic characters kept).', exampleParagraph.text!),
}, { $id: 'ParagraphBlock', additionalProperties: false, description: 'A paragraph of plain text.', examples: [exampleParagraph] })

export const ListItemSchema = Type.Object({
  text: Text(5_000, 'List item text.', exampleList.items![0]!.text),
}, { $id: 'ListItem', additionalProperties: false })

export const ListBlockSchema = Type.Object({
  type: Type.Literal('list', { description: 'Block kind.' }),
  style: StringEnum(['bullet', 'ordered'], { description: 'bullet: unordered; ordered: numbered.' }),
  items: Type.Array(Ref(ListItemSchema), { minItems: 1, maxItems: 500 }),
}, { $id: 'ListBlock', additionalProperties: false, description: 'A bulleted or numbered list.', examples: [exampleList] })

export type ParagraphBlock = Static<typeof ParagraphBlockSchema>
export type ListBlock = Static<typeof ListBlockSchema>
export type Block = ParagraphBlock | ListBlock

/** The block union: oneOf + discriminator in the document, a TypeScript union in code. */
export const BlockSchema = Type.Unsafe<Block>({
  $id: 'Block',
  description: 'A content block, discriminated by `type`.',
  oneOf: [Type.Ref('ParagraphBlock'), Type.Ref('ListBlock')],
  discriminator: { propertyName: 'type' },
})

export const SectionSchema = Type.Object({
  key: Ref(SectionKeySchema),
  position: Type.Integer({ format: 'int32', minimum: 0, description: 'Order within the article, from 0.', examples: [0] }),
  heading: Text(500, 'Section heading.', exampleSection.heading),
  blocks: Type.Array(Ref(BlockSchema), { maxItems: 1000 }),
}, { $id: 'Section', additionalProperties: false, description: 'A headed section of an article.', examples: [exampleSections[0]] })
export type Section = Static<typeof SectionSchema>

export const TocEntrySchema = Type.Object({
  key: Ref(SectionKeySchema),
  heading: Text(500, 'Section heading.', exampleSection.heading),
}, { $id: 'TocEntry', additionalProperties: false, examples: [exampleArticle.toc[0]] })

const articleFields = {
  slug: Ref(SlugSchema),
  title: Text(300, 'Article title.', exampleSummary.title),
  excerpt: Type.String({ maxLength: 1000, description: 'Short summary for listings: the start of the intro unless set by the author.', examples: [exampleSummary.excerpt] }),
  published_at: Ref(TimestampSchema),
  updated_at: Ref(TimestampSchema),
  word_count: Type.Integer({ format: 'int32', minimum: 0, description: 'Words in headings, paragraphs and list items.', examples: [exampleSummary.word_count] }),
  reading_time_minutes: Type.Integer({ format: 'int32', minimum: 1, description: 'Estimated reading time at 200 words per minute, rounded up.', examples: [exampleSummary.reading_time_minutes] }),
}

export const ArticleSummarySchema = Type.Object({
  ...articleFields,
  section_count: Type.Integer({ format: 'int32', minimum: 0, description: 'Number of sections.', examples: [exampleSections.length] }),
}, {
  $id: 'ArticleSummary',
  additionalProperties: false,
  description: 'A published article, without its body.',
  examples: [{ ...exampleSummary, section_count: exampleSections.length }],
})
export type ArticleSummary = Static<typeof ArticleSummarySchema>

export const RatingStatsSchema = Type.Object({
  count: Type.Integer({ format: 'int32', minimum: 0, description: 'Approved reviews (schema.org AggregateRating.reviewCount).', examples: [0] }),
  average: Type.Union([Type.Number({ minimum: 1, maximum: 5 }), Type.Null()], {
    description: 'Mean rating of approved reviews rounded to 2 decimals (AggregateRating.ratingValue, on a scale of worstRating 1 to bestRating 5); null when there are none.',
    examples: [null],
  }),
}, { $id: 'RatingStats', additionalProperties: false, description: 'Enough to render "N Reviews" and a star average.' })
export type RatingStats = Static<typeof RatingStatsSchema>

export const ArticleSchema = Type.Object({
  slug: articleFields.slug,
  title: articleFields.title,
  excerpt: articleFields.excerpt,
  intro: Type.Array(Ref(BlockSchema), { maxItems: 1000, description: 'Blocks before the first heading.', examples: [exampleIntro] }),
  sections: Type.Array(Ref(SectionSchema), { maxItems: 1000 }),
  toc: Type.Array(Ref(TocEntrySchema), { maxItems: 1000, description: 'Table of contents: section keys and headings in order.' }),
  published_at: articleFields.published_at,
  updated_at: articleFields.updated_at,
  word_count: articleFields.word_count,
  reading_time_minutes: articleFields.reading_time_minutes,
  reviews: { ...Ref(RatingStatsSchema), description: 'Approved reviews: enough to render "N Reviews" without a second call.' },
}, { $id: 'Article', additionalProperties: false, description: 'A published article with its whole body.' })
export type Article = Static<typeof ArticleSchema>
/** The article as stored; the routes add its review stats. */
export type StoredArticle = Omit<Article, 'reviews'>

/** What authoring accepts (and what seed/ files must satisfy). Keys default to the heading's slug. */
export const ArticleInputSchema = Type.Object({
  slug: Ref(SlugSchema),
  title: Text(300, 'Article title.', exampleSummary.title),
  excerpt: Type.Optional(Type.String({ minLength: 1, maxLength: 1000, description: 'Listing summary; derived from the intro when absent.' })),
  status: StringEnum(['draft', 'published'], { default: 'draft', description: 'Only published articles are served publicly.' }),
  published_at: Type.Optional(Ref(TimestampSchema)),
  intro: Type.Array(Ref(BlockSchema), { maxItems: 1000, default: [] }),
  sections: Type.Array(Type.Object({
    key: Type.Optional(Ref(SectionKeySchema)),
    heading: Text(500, 'Section heading.', exampleSection.heading),
    blocks: Type.Array(Ref(BlockSchema), { maxItems: 1000 }),
  }, { additionalProperties: false }), { maxItems: 1000 }),
}, { $id: 'ArticleInput', additionalProperties: false, description: 'A whole article as an author submits it.' })
export type ArticleInput = Static<typeof ArticleInputSchema>

export const ARTICLE_SORTS = ['published_at', '-published_at', 'title', '-title'] as const
export type ArticleSort = typeof ARTICLE_SORTS[number]

export const ArticleListQuerySchema = Type.Object({
  limit: Type.Integer({ format: 'int32', minimum: 1, maximum: 100, default: 20, description: 'Page size, 1–100.', examples: [10] }),
  page: Type.Integer({ format: 'int32', minimum: 1, maximum: 1_000_000, default: 1, description: 'Page number, from 1.', examples: [1] }),
  sort: StringEnum(ARTICLE_SORTS, {
    default: '-published_at',
    description: 'Sort field; a leading "-" sorts descending.',
    examples: ['title'],
  }),
}, { additionalProperties: false })

export const ArticleListSchema = Type.Object({
  data: Type.Array(Ref(ArticleSummarySchema), { maxItems: 100 }),
  meta: Type.Object({ pagination: Ref(PaginationSchema) }, { additionalProperties: false }),
}, {
  $id: 'ArticleList',
  additionalProperties: false,
  examples: [{
    data: [{ ...exampleSummary, section_count: exampleSections.length }],
    meta: { pagination: { page: 1, limit: 20, pages: 1, total: 1, next: null, prev: null } },
  }],
})

export const ArticleEnvelopeSchema = Type.Object({ data: Ref(ArticleSchema) }, {
  $id: 'ArticleEnvelope',
  additionalProperties: false,
  examples: [{ data: exampleArticle }],
})

export const SectionListQuerySchema = Type.Object({
  limit: Type.Integer({ format: 'int32', minimum: 1, maximum: 50, default: 50, description: 'Sections per page, 1–50.', examples: [EXAMPLE_SECTION_PAGE] }),
  after: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Return the sections after the one with this key (from meta.next_after).', examples: ['why-training-alone-is-no-longer-enough'] })),
}, { additionalProperties: false })

export const SectionListSchema = Type.Object({
  data: Type.Array(Ref(SectionSchema), { maxItems: 50 }),
  meta: Type.Object({
    next_after: Type.Union([Ref(SectionKeySchema), Type.Null()], { description: 'Pass as `after` to get the next page; null on the last page.' }),
  }, { additionalProperties: false }),
}, {
  $id: 'SectionList',
  additionalProperties: false,
  description: 'A page of sections, in order.',
  // The first page of `?limit=2`.
  examples: [{
    data: exampleSections.slice(0, EXAMPLE_SECTION_PAGE),
    meta: { next_after: exampleSections[EXAMPLE_SECTION_PAGE - 1]!.key },
  }],
})

export const SectionEnvelopeSchema = Type.Object({ data: Ref(SectionSchema) }, {
  $id: 'SectionEnvelope',
  additionalProperties: false,
  examples: [{ data: exampleSections[0] }],
})

export const contentSchemas = [
  SectionKeySchema, ParagraphBlockSchema, ListItemSchema, ListBlockSchema, BlockSchema, SectionSchema, TocEntrySchema, RatingStatsSchema,
  ArticleSummarySchema, ArticleSchema, ArticleInputSchema, ArticleListSchema, ArticleEnvelopeSchema, SectionListSchema, SectionEnvelopeSchema,
]
