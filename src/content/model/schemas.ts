// Article, section and block schemas: what the content API serves and what authoring accepts.
import { Type, type Static, type TSchema } from '@sinclair/typebox'
import { EXAMPLE_PUBLIC_BASE_URL, INT32_MAX, MAX_PARAM_LENGTH, Ref, SlugSchema, StringEnum, TimestampSchema, PaginationSchema } from '../../http/schemas.js'
import { articleJsonLd, HEADLINE_MAX_LENGTH, JSONLD_MAX_IMAGES, type ArticleJsonLd } from '../render/jsonld.js'
import { BlockInputSchema, BlockSchema, blockSchemaList, mediaFields } from './blocks.js'
import { AUTHORING_LIMITS, atMost } from './limits.js'
// The seed article as GET /v1/articles/{slug} serves it right after seeding (without review stats and updated_at);
// test/openapi.test.ts checks that the API still serves exactly this.
import exampleArticleJson from './example-article.json' with { type: 'json' }

// (Annotated: the schemas below embed these values, so their types must not be inferred from those schemas.)
const exampleSections: Array<{ key: string, position: number, heading: string, blocks: unknown[] }> = exampleArticleJson.sections
const exampleSection = exampleArticleJson.sections[0]!
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
  author: null,
  tags: [],
  language: 'en',
  canonical_url: null,
  meta_title: null,
  meta_description: null,
  cover_image: null,
  reviews: { count: 0, average: null },
}
/** Sections per page in the SectionList example (and the `limit` example that asks for it). */
export const EXAMPLE_SECTION_PAGE = 2

export const SectionKeySchema = Type.String({
  $id: 'SectionKey',
  pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
  minLength: 1,
  maxLength: MAX_PARAM_LENGTH,
  description: "Stable section identifier: the slug of its heading (lowercase, apostrophes dropped, other runs of non-alphanumerics become '-').",
  examples: [exampleSections[0]!.key],
})

/** The blocks of a section (the intro has its own description). */
export const SECTION_BLOCKS = { maxItems: AUTHORING_LIMITS.blocks, description: atMost(AUTHORING_LIMITS.blocks, 'blocks', 'AUTHORING_MAX_BLOCKS') }

const Text = (maxLength: number, description: string, example: string) =>
  Type.String({ minLength: 1, maxLength, description, examples: [example] })

export type { Block, BlockInput, Inline } from './blocks.js'

export const SectionSchema = Type.Object({
  key: Ref(SectionKeySchema),
  position: Type.Integer({ format: 'int32', minimum: 0, maximum: INT32_MAX, description: 'Order within the article, from 0.', examples: [0] }),
  heading: Text(500, 'Section heading.', exampleSection.heading),
  blocks: Type.Array(Ref(BlockSchema), SECTION_BLOCKS),
}, { $id: 'Section', additionalProperties: false, description: 'A headed section of an article.', examples: [exampleSections[0]] })
export type Section = Static<typeof SectionSchema>

export const TocEntrySchema = Type.Object({
  key: Ref(SectionKeySchema),
  heading: Text(500, 'Section heading.', exampleSection.heading),
}, { $id: 'TocEntry', additionalProperties: false, examples: [exampleArticle.toc[0]] })

export const AuthorSchema = Type.Object({
  slug: Ref(SlugSchema),
  name: Text(200, 'Display name.', 'Dr. Amna Siddiqui'),
}, { $id: 'Author', additionalProperties: false, description: 'Who wrote the article.', examples: [{ slug: 'amna-siddiqui', name: 'Dr. Amna Siddiqui' }] })
export type Author = Static<typeof AuthorSchema>

export const TagSchema = Type.Object({
  slug: Ref(SlugSchema),
  name: Text(100, 'Display name.', 'Careers'),
}, { $id: 'Tag', additionalProperties: false, description: 'A topic articles are filed under.', examples: [{ slug: 'careers', name: 'Careers' }] })
export type Tag = Static<typeof TagSchema>

export const CoverImageSchema = Type.Object({
  url: Type.String({ format: 'uri', pattern: '^https?://', maxLength: 2000, description: 'Absolute http(s) URL of the image: an external one, or a media item of this service under PUBLIC_BASE_URL (`/media/{id}/{name}`).', examples: ['https://cdn.example.org/images/interns.jpg'] }),
  alt: Type.String({ maxLength: 500, description: 'Text alternative for people who cannot see the image: required (not empty) once the article is published.', examples: ['Two interns reviewing a patient chart with a nurse'] }),
  ...mediaFields,
}, { $id: 'CoverImage', additionalProperties: false, description: 'The image shown with the article in listings and at its top. A media item carries `media_id`, `width`, `height`, `thumbhash`, `srcset` and `sizes`; an external image only `url` and `alt`.' })
/** The cover as written: an external URL, a media URL of this service, or a media id. */
export const CoverImageInputSchema = Type.Object({
  url: Type.Optional(Type.String({ pattern: '^(?:https?://|/media/)', minLength: 1, maxLength: 2000, description: 'Absolute http(s) URL of the image, or this service\'s media URL (`/media/{id}/…`, path-only or absolute: stored as a reference to the item). Required unless `media_id` is given.', examples: ['https://cdn.example.org/images/interns.jpg'] })),
  alt: Type.Optional(Type.String({ maxLength: 500, description: 'Text alternative; left empty on a media item, the item\'s alt is used. Required (not empty) to publish. Default: empty.' })),
  ...mediaFields,
}, { $id: 'CoverImageInput', additionalProperties: false, description: 'The cover image as written: `url` or `media_id` (which wins). Served fields (width, srcset…) are ignored.' })
export type CoverImage = Static<typeof CoverImageSchema>
export type CoverImageInput = Static<typeof CoverImageInputSchema>

/** BCP 47 language tag: a primary language subtag and optional subtags (en, en-GB, ur-PK, zh-Hant-TW). */
export const LanguageSchema = Type.String({
  $id: 'Language',
  pattern: '^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$',
  maxLength: 35,
  description: 'BCP 47 language tag of the text (e.g. en, en-GB, ur-PK).',
  examples: ['en'],
})

const nullable = <T extends TSchema>(schema: T, description: string) => Type.Union([schema, Type.Null()], { description })

/** The fields of the richer article model, as served (null when not set). */
const modelFields = {
  author: nullable(Ref(AuthorSchema), 'Who wrote it, or null.'),
  tags: Type.Array(Ref(TagSchema), { maxItems: 50, description: 'Topics, in the order the author gave them.' }),
  language: Ref(LanguageSchema),
  canonical_url: nullable(Type.String({ format: 'uri', maxLength: 2000 }), 'Where the original lives when this is a copy (rel=canonical), or null.'),
  meta_title: nullable(Type.String({ maxLength: 300 }), 'Title for search results and link previews when it should differ from `title`, or null.'),
  meta_description: nullable(Type.String({ maxLength: 500 }), 'Description for search results and link previews, or null (then use `excerpt`).'),
  cover_image: nullable(Ref(CoverImageSchema), 'Cover image, or null.'),
}

const exampleModel = { author: null, tags: [], language: 'en', canonical_url: null, meta_title: null, meta_description: null, cover_image: null }

const articleFields = {
  slug: Ref(SlugSchema),
  title: Text(300, 'Article title.', exampleSummary.title),
  excerpt: Type.String({ maxLength: 1000, description: 'Short summary for listings: the start of the intro unless set by the author.', examples: [exampleSummary.excerpt] }),
  published_at: Ref(TimestampSchema),
  updated_at: Ref(TimestampSchema),
  word_count: Type.Integer({ format: 'int32', minimum: 0, maximum: INT32_MAX, description: 'Words in headings, paragraphs and list items.', examples: [exampleSummary.word_count] }),
  reading_time_minutes: Type.Integer({ format: 'int32', minimum: 1, maximum: INT32_MAX, description: 'Estimated reading time at 200 words per minute, rounded up.', examples: [exampleSummary.reading_time_minutes] }),
}

export const RatingStatsSchema = Type.Object({
  count: Type.Integer({ format: 'int32', minimum: 0, maximum: INT32_MAX, description: 'Approved reviews (schema.org AggregateRating.reviewCount).', examples: [0] }),
  average: Type.Union([Type.Number({ minimum: 1, maximum: 5 }), Type.Null()], {
    description: 'Mean rating of approved reviews rounded to 2 decimals (AggregateRating.ratingValue, on a scale of worstRating 1 to bestRating 5); null when there are none.',
    examples: [null],
  }),
}, { $id: 'RatingStats', additionalProperties: false, description: 'Enough to render "N Reviews" and a star average.' })
export type RatingStats = Static<typeof RatingStatsSchema>

const reviewsField = { ...Ref(RatingStatsSchema), description: 'Approved reviews: enough to render "N Reviews" without a second call.' }

export const ArticleSummarySchema = Type.Object({
  ...articleFields,
  section_count: Type.Integer({ format: 'int32', minimum: 0, maximum: INT32_MAX, description: 'Number of sections.', examples: [exampleSections.length] }),
  ...modelFields,
  reviews: reviewsField,
}, {
  $id: 'ArticleSummary',
  additionalProperties: false,
  description: 'A published article, without its body: all a listing page needs.',
  examples: [{ ...exampleSummary, section_count: exampleSections.length, ...exampleModel, reviews: exampleArticle.reviews }],
})
export type ArticleSummary = Static<typeof ArticleSummarySchema>

export const ArticleSchema = Type.Object({
  slug: articleFields.slug,
  title: articleFields.title,
  excerpt: articleFields.excerpt,
  intro: Type.Array(Ref(BlockSchema), { maxItems: AUTHORING_LIMITS.blocks, description: 'Blocks before the first heading.', examples: [exampleIntro] }),
  sections: Type.Array(Ref(SectionSchema), { maxItems: AUTHORING_LIMITS.sections, description: atMost(AUTHORING_LIMITS.sections, 'sections', 'AUTHORING_MAX_SECTIONS') }),
  toc: Type.Array(Ref(TocEntrySchema), { maxItems: AUTHORING_LIMITS.sections, description: 'Table of contents: section keys and headings in order.' }),
  published_at: articleFields.published_at,
  updated_at: articleFields.updated_at,
  word_count: articleFields.word_count,
  reading_time_minutes: articleFields.reading_time_minutes,
  ...modelFields,
  reviews: reviewsField,
}, { $id: 'Article', additionalProperties: false, description: 'A published article with its whole body.' })
export type Article = Static<typeof ArticleSchema>
/** The article as stored; the routes add its review stats. */
export type StoredArticle = Omit<Article, 'reviews'>

const SectionInputSchema = Type.Object({
  key: Type.Optional(Ref(SectionKeySchema)),
  heading: Text(500, 'Section heading.', exampleSection.heading),
  blocks: Type.Array(Ref(BlockInputSchema), SECTION_BLOCKS),
}, { additionalProperties: false })

const optionalText = (maxLength: number, description: string) =>
  Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength }), Type.Null()], { description }))

/** The model fields as authors send them: all optional; null clears one. */
export const modelInputFields = {
  author: Type.Optional(Type.Union([Type.Object({
    name: Text(200, 'Display name.', 'Dr. Amna Siddiqui'),
    slug: Type.Optional(Ref(SlugSchema)),
  }, { additionalProperties: false, description: 'The slug defaults to the slug of the name.' }), Type.Null()], { description: 'Who wrote it; null for nobody.' })),
  tags: Type.Optional(Type.Array(Type.Object({
    name: Text(100, 'Display name.', 'Careers'),
    slug: Type.Optional(Ref(SlugSchema)),
  }, { additionalProperties: false, description: 'The slug defaults to the slug of the name.' }), { maxItems: 50, description: 'Topics, in order; replaces the article\'s tags.' })),
  language: Type.Optional(Ref(LanguageSchema)),
  // The same format as served (ArticleSchema): anything else would be stored, then fail serialization as a 500.
  canonical_url: Type.Optional(Type.Union([Type.String({ format: 'uri', pattern: '^https?://', minLength: 1, maxLength: 2000 }), Type.Null()], { description: 'rel=canonical URL (absolute http(s)), or null.' })),
  meta_title: optionalText(300, 'Title for search results, or null.'),
  meta_description: optionalText(500, 'Description for search results, or null.'),
  cover_image: Type.Optional(Type.Union([Ref(CoverImageInputSchema), Type.Null()], { description: 'Cover image, or null.' })),
}

/**
 * A whole article as an author submits it (POST, PUT, seed/ files, Markdown import): the shape the public route
 * serves, so a served article can be sent back as it is (read-only fields such as `toc` are ignored). Keys default to
 * the slug of the heading; the excerpt to the start of the intro; the language to DEFAULT_LANGUAGE.
 */
export const ArticleInputSchema = Type.Object({
  slug: Ref(SlugSchema),
  title: Text(300, 'Article title.', exampleSummary.title),
  excerpt: Type.Optional(Type.String({ minLength: 1, maxLength: 1000, description: 'Listing summary; derived from the intro when absent.' })),
  status: Type.Optional(StringEnum(['draft', 'published'], { description: 'Only published articles are served publicly. Default: draft.' })),
  published_at: Type.Optional(Ref(TimestampSchema)),
  intro: Type.Optional(Type.Array(Ref(BlockInputSchema), {
    maxItems: AUTHORING_LIMITS.blocks,
    description: `Blocks before the first section. Default: none. ${atMost(AUTHORING_LIMITS.blocks, 'blocks', 'AUTHORING_MAX_BLOCKS')}`,
  })),
  sections: Type.Array(SectionInputSchema, { maxItems: AUTHORING_LIMITS.sections, description: atMost(AUTHORING_LIMITS.sections, 'sections', 'AUTHORING_MAX_SECTIONS') }),
  ...modelInputFields,
}, {
  $id: 'ArticleInput',
  additionalProperties: false,
  description: 'A whole article as an author submits it. Fields the server computes (toc, word_count, positions…) are ignored.',
  examples: [{
    slug: 'finding-a-healthcare-internship',
    title: 'Finding a Healthcare Internship',
    status: 'draft',
    intro: [{ type: 'paragraph', text: 'Most placements are found through people, not job boards.' }],
    sections: [{
      heading: 'Where to Look',
      blocks: [
        { type: 'paragraph', text: 'Start with the organizations your college already works with:' },
        { type: 'list', style: 'bullet', items: [{ text: 'Teaching hospitals' }, { text: 'Diagnostic laboratories' }] },
      ],
    }],
    author: { name: 'Dr. Amna Siddiqui' },
    tags: [{ name: 'Careers' }, { name: 'Internships' }],
  }],
})
export type ArticleInput = Static<typeof ArticleInputSchema>
export type SectionInput = Static<typeof SectionInputSchema>

export const ArticleListSchema = Type.Object({
  data: Type.Array(Ref(ArticleSummarySchema), { maxItems: 100 }),
  meta: Type.Object({ pagination: Ref(PaginationSchema) }, { additionalProperties: false }),
}, {
  $id: 'ArticleList',
  additionalProperties: false,
  examples: [{
    data: [{ ...exampleSummary, section_count: exampleSections.length, ...exampleModel, reviews: exampleArticle.reviews }],
    meta: { pagination: { page: 1, limit: 20, pages: 1, total: 1, next: null, prev: null } },
  }],
})

export const ArticleEnvelopeSchema = Type.Object({ data: Ref(ArticleSchema) }, {
  $id: 'ArticleEnvelope',
  additionalProperties: false,
  examples: [{ data: exampleArticle }],
})

const ReviewListRefSchema = Type.Unsafe<{ data: unknown[], meta: unknown }>(Type.Ref('ReviewList'))

/** An article with `fields` and/or `include`: only the fields asked for, and what was included. */
export const ArticleSelectionSchema = Type.Object({
  data: Type.Partial(Type.Object(ArticleSchema.properties), { additionalProperties: false }),
  included: Type.Optional(Type.Object({ reviews: ReviewListRefSchema }, { additionalProperties: false })),
}, {
  $id: 'ArticleSelection',
  additionalProperties: false,
  description: 'The article trimmed to `fields` (each present field as in Article), with `included` when `include` asked for more.',
  examples: [{ data: { slug: exampleSummary.slug, title: exampleSummary.title, excerpt: exampleSummary.excerpt, toc: exampleArticle.toc } }],
})

/** A page of summaries trimmed to `fields`. */
export const ArticleListSelectionSchema = Type.Object({
  data: Type.Array(Type.Partial(Type.Object(ArticleSummarySchema.properties), { additionalProperties: false }), { maxItems: 100 }),
  meta: Type.Object({ pagination: Ref(PaginationSchema) }, { additionalProperties: false }),
}, {
  $id: 'ArticleListSelection',
  additionalProperties: false,
  description: 'A page of article summaries trimmed to `fields`.',
  examples: [{
    data: [{ slug: exampleSummary.slug, title: exampleSummary.title }],
    meta: { pagination: { page: 1, limit: 20, pages: 1, total: 1, next: null, prev: null } },
  }],
})

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

export const TagListSchema = Type.Object({
  data: Type.Array(Type.Object({
    slug: Ref(SlugSchema),
    name: TagSchema.properties.name,
    article_count: Type.Integer({ format: 'int32', minimum: 1, maximum: INT32_MAX, description: 'Published articles with this tag.', examples: [3] }),
  }, { additionalProperties: false }), { maxItems: 10_000 }),
}, {
  $id: 'TagList',
  additionalProperties: false,
  description: 'Every tag that has published articles, by name.',
  examples: [{ data: [{ slug: 'careers', name: 'Careers', article_count: 3 }, { slug: 'nursing', name: 'Nursing', article_count: 1 }] }],
})

/** The seed article as GET /v1/articles/{slug} serves it right after seeding (updated_at: the publication time), for examples. */
export const EXAMPLE_ARTICLE = exampleArticle as unknown as Article

/** The seed article's JSON-LD with PUBLIC_BASE_URL set to the example origin. */
export const exampleJsonLd = articleJsonLd(EXAMPLE_ARTICLE, `${EXAMPLE_PUBLIC_BASE_URL}/v1/articles/${exampleArticle.slug}`)

const absoluteUrl = (description: string) => Type.String({ format: 'uri', maxLength: 2000, description })

export const ArticleJsonLdSchema = Type.Object({
  '@context': Type.Literal('https://schema.org'),
  '@type': Type.Literal('Article'),
  headline: Type.String({ minLength: 1, maxLength: HEADLINE_MAX_LENGTH, description: '`meta_title`, or the title; shortened at a word boundary (…) when over 110 characters.' }),
  description: Type.Optional(Type.String({ maxLength: 1000, description: '`meta_description`, or the excerpt (absent when both are empty).' })),
  datePublished: Ref(TimestampSchema),
  dateModified: Ref(TimestampSchema),
  author: Type.Optional(Type.Object({
    '@type': Type.Literal('Person'),
    name: Type.String({ maxLength: 200 }),
  }, { additionalProperties: false, description: 'The article\'s author; absent when it names none.' })),
  inLanguage: Ref(LanguageSchema),
  wordCount: Type.Integer({ format: 'int32', minimum: 0, maximum: INT32_MAX }),
  articleBody: Type.Optional(Type.String({
    minLength: 1,
    maxLength: 64 * 1024 * 1024,
    description: 'The article as plain text, for search engines: the intro, each section heading and its blocks (list markers, quotes, ' +
      'code, table cells, image alt texts; links as their text), then the footnotes, separated by blank lines. Absent when the article has no body.',
  })),
  mainEntityOfPage: Type.Object({
    '@type': Type.Literal('WebPage'),
    '@id': absoluteUrl('The page the article is the main entity of: `canonical_url`, or the article\'s URL under PUBLIC_BASE_URL.'),
  }, { additionalProperties: false }),
  url: absoluteUrl('The same page.'),
  image: Type.Optional(Type.Array(Type.Union([
    absoluteUrl('An image\'s absolute URL (an external image).'),
    Type.Object({
      '@type': Type.Literal('ImageObject'),
      url: absoluteUrl('The media item\'s absolute URL.'),
      width: Type.Integer({ format: 'int32', minimum: 1, maximum: 100_000 }),
      height: Type.Integer({ format: 'int32', minimum: 1, maximum: 100_000 }),
    }, { additionalProperties: false, description: 'A media item of this service, with its size.' }),
  ]), { maxItems: JSONLD_MAX_IMAGES, description: `The cover image, then the article's images with absolute URLs, each once (at most ${JSONLD_MAX_IMAGES}).` })),
  keywords: Type.Optional(Type.String({ maxLength: 6000, description: 'Tag names, comma-separated.' })),
  aggregateRating: Type.Optional(Type.Object({
    '@type': Type.Literal('AggregateRating'),
    ratingValue: Type.Number({ minimum: 1, maximum: 5, description: 'Average of the approved reviews, 2 decimals.' }),
    reviewCount: Type.Integer({ format: 'int32', minimum: 1, maximum: INT32_MAX }),
    bestRating: Type.Literal(5),
    worstRating: Type.Literal(1),
  }, { additionalProperties: false, description: 'Only when the article has approved reviews.' })),
}, {
  $id: 'ArticleJsonLd',
  additionalProperties: false,
  description: 'A schema.org Article in JSON-LD, for a page to embed in a script element of type application/ld+json.',
  examples: [exampleJsonLd satisfies ArticleJsonLd],
})

export { BlockSchema, BlockInputSchema }

export const contentSchemas = [
  SectionKeySchema, ...blockSchemaList, SectionSchema, TocEntrySchema,
  AuthorSchema, TagSchema, CoverImageSchema, CoverImageInputSchema, LanguageSchema, RatingStatsSchema, TagListSchema, ArticleSelectionSchema, ArticleListSelectionSchema,
  ArticleSummarySchema, ArticleSchema, ArticleInputSchema, ArticleListSchema, ArticleEnvelopeSchema, SectionListSchema, SectionEnvelopeSchema,
  ArticleJsonLdSchema,
]
