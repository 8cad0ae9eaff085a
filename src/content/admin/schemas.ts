// Authoring schemas: articles as editors see and change them (drafts included), sections, revisions.
import { Type, type Static } from '@sinclair/typebox'
import {
  INT32_MAX, PageQuerySchema, PaginationSchema, Ref, RefTo, SlugSchema, StringEnum, TimestampSchema, UrlIntegerSchema, descriptionWithExample, limitQuery, pathIdentifier,
} from '../../http/schemas.js'
import {
  ArticleSchema, BlockInputSchema, SECTION_BLOCKS, SectionKeySchema, SectionSchema, TagSchema, modelInputFields, type ArticleInput,
} from '../model/schemas.js'
import exampleArticleJson from '../model/example-article.json' with { type: 'json' }
import { AUTHORING_BODY_LIMIT, atMost } from '../model/limits.js'

const EXAMPLE_TIME = '2026-11-20T10:15:00.000Z'
const exampleSection = exampleArticleJson.sections[0]!
/** The seed article as an editor sees it right after seeding. */
const exampleAdminArticle = {
  ...exampleArticleJson,
  author: null,
  tags: [],
  language: 'en',
  canonical_url: null,
  meta_title: null,
  meta_description: null,
  cover_image: null,
  status: 'published',
  publish_at: null,
  unpublish_at: null,
  version: 1,
  created_at: EXAMPLE_TIME,
  updated_at: EXAMPLE_TIME,
  updated_by: 'seed',
}

export const ArticleStatusSchema = StringEnum(['draft', 'published'], {
  $id: 'ArticleStatus',
  maxLength: 10,
  // No `examples`: the enum lists the values, and an optional query parameter refers to it (see descriptionWithExample).
  description: 'draft: visible to editors only; published: served publicly.',
})

const a = ArticleSchema.properties
export const AdminArticleSchema = Type.Object({
  slug: a.slug,
  title: a.title,
  excerpt: a.excerpt,
  status: Ref(ArticleStatusSchema),
  published_at: Type.Union([Ref(TimestampSchema), Type.Null()], { description: 'When it was first published; null if never.' }),
  publish_at: Type.Union([Ref(TimestampSchema), Type.Null()], {
    description: 'When the scheduler publishes this draft (POST …/schedule); null when not scheduled. Cleared once published, by the scheduler or by hand.',
    examples: [null],
  }),
  unpublish_at: Type.Union([Ref(TimestampSchema), Type.Null()], {
    description: 'When the scheduler takes this article back to draft; null when not scheduled. Cleared once unpublished, by the scheduler or by hand.',
    examples: [null],
  }),
  intro: a.intro,
  sections: a.sections,
  toc: a.toc,
  word_count: a.word_count,
  reading_time_minutes: a.reading_time_minutes,
  author: a.author,
  tags: a.tags,
  language: a.language,
  canonical_url: a.canonical_url,
  meta_title: a.meta_title,
  meta_description: a.meta_description,
  cover_image: a.cover_image,
  version: Type.Integer({ format: 'int32', minimum: 1, maximum: INT32_MAX, description: 'Bumped by every write; revisions are numbered by it.', examples: [3] }),
  created_at: Ref(TimestampSchema),
  updated_at: Ref(TimestampSchema),
  updated_by: Type.Union([Type.String({ maxLength: 100 }), Type.Null()], { description: 'Name of the admin key (or seed, cli) that made the latest write.', examples: ['ops-laptop'] }),
}, {
  $id: 'AdminArticle',
  additionalProperties: false,
  description: 'An article as editors see it, drafts included. Send it back with PUT (read-only fields are ignored). Its ETag goes in If-Match.',
})
export type AdminArticle = Static<typeof AdminArticleSchema>

export const AdminArticleEnvelopeSchema = Type.Object({ data: Ref(AdminArticleSchema) }, {
  $id: 'AdminArticleEnvelope',
  additionalProperties: false,
  examples: [{ data: exampleAdminArticle }],
})

export const ImportWarningSchema = Type.Object({
  path: Type.Optional(Type.String({ maxLength: 500, description: 'JSON Pointer into the article as imported (`/sections/2/blocks/0/children/1/url`), when the warning is about one part of it.', examples: ['/sections/0/blocks/1/url'] })),
  line: Type.Optional(Type.Integer({ format: 'int32', minimum: 1, maximum: 2147483647, description: 'Line of the Markdown (from 1).', examples: [12] })),
  column: Type.Optional(Type.Integer({ format: 'int32', minimum: 1, maximum: 2147483647, description: 'Column on that line (from 1).', examples: [1] })),
  message: Type.String({ maxLength: 1000, description: 'What was imported differently from how it was written.', examples: ['image "./ward.jpg" is relative: kept as written (it resolves against the page that shows the article)'] }),
}, { $id: 'ImportWarning', additionalProperties: false, description: 'Something the import did not keep as written: an ignored front matter field, a relative URL, sanitized HTML, a flattened heading.' })

export const ImportedArticleEnvelopeSchema = Type.Object({
  data: Ref(AdminArticleSchema),
  warnings: Type.Array(Ref(ImportWarningSchema), { maxItems: 10_000, description: 'What the import did not keep as written; empty when it kept everything.' }),
}, {
  $id: 'ImportedArticleEnvelope',
  additionalProperties: false,
  examples: [{ data: exampleAdminArticle, warnings: [{ line: 4, column: 1, message: 'front matter field "layout" is not an article field: ignored' }] }],
})

/** Images a Markdown bundle may carry, at most. */
export const BUNDLE_MAX_FILES = 100
/** Bytes a Markdown bundle's images may have altogether, at most (each at most MEDIA_MAX_BYTES). */
export const BUNDLE_MAX_BYTES = 64 * 1024 * 1024

export const MarkdownBundleSchema = Type.Object({
  markdown: Type.String({
    format: 'binary',
    maxLength: AUTHORING_BODY_LIMIT,
    description: 'The post (a `.md` file, or its text). Without a part named `markdown`, the one file part whose name ends in `.md` is the post. ' +
      `${atMost(AUTHORING_BODY_LIMIT, 'bytes', 'AUTHORING_BODY_LIMIT_BYTES')}`,
  }),
  files: Type.Optional(Type.Array(Type.String({ format: 'binary', maxLength: 200 * 1024 * 1024 }), {
    maxItems: BUNDLE_MAX_FILES,
    description: 'The images the post references, each a file part whose file name is the path the Markdown uses (`chart.png`, ' +
      '`images/x.jpg`; `./chart.png` is `chart.png`); the field name does not matter. curl sends only the base name of `-F files=@images/x.jpg`: ' +
      `add \`;filename=images/x.jpg\`. At most ${BUNDLE_MAX_FILES} files, each at most MEDIA_MAX_BYTES (10 MB by default), ${BUNDLE_MAX_BYTES / 1024 / 1024} MiB altogether.`,
  })),
}, {
  $id: 'MarkdownBundle',
  additionalProperties: false,
  description: 'A Markdown post with its images (multipart/form-data).',
  examples: [{ markdown: 'reading-a-lab-report.md', files: ['chart.png', 'images/legend.jpg'] }],
})

export const AdminArticleSummarySchema = Type.Object({
  slug: a.slug,
  title: a.title,
  excerpt: a.excerpt,
  status: Ref(ArticleStatusSchema),
  published_at: AdminArticleSchema.properties.published_at,
  publish_at: AdminArticleSchema.properties.publish_at,
  unpublish_at: AdminArticleSchema.properties.unpublish_at,
  updated_at: Ref(TimestampSchema),
  updated_by: AdminArticleSchema.properties.updated_by,
  version: AdminArticleSchema.properties.version,
  section_count: Type.Integer({ format: 'int32', minimum: 0, maximum: INT32_MAX, description: 'Number of sections.', examples: [9] }),
  word_count: a.word_count,
  tags: Type.Array(Ref(TagSchema), { maxItems: 50 }),
}, { $id: 'AdminArticleSummary', additionalProperties: false, description: 'An article in the editors\' list.' })

export const AdminArticleListSchema = Type.Object({
  data: Type.Array(Ref(AdminArticleSummarySchema), { maxItems: 100 }),
  meta: Type.Object({ pagination: Ref(PaginationSchema) }, { additionalProperties: false }),
}, {
  $id: 'AdminArticleList',
  additionalProperties: false,
  examples: [{
    data: [{
      slug: exampleAdminArticle.slug,
      title: exampleAdminArticle.title,
      excerpt: exampleAdminArticle.excerpt,
      status: 'published',
      published_at: exampleAdminArticle.published_at,
      publish_at: null,
      unpublish_at: null,
      updated_at: EXAMPLE_TIME,
      updated_by: 'seed',
      version: 1,
      section_count: exampleArticleJson.sections.length,
      word_count: exampleArticleJson.word_count,
      tags: [],
    }],
    meta: { pagination: { page: 1, limit: 20, pages: 1, total: 1, next: null, prev: null } },
  }],
})

export const AdminArticleListQuerySchema = Type.Object({
  status: Type.Optional(StringEnum(['draft', 'published', 'scheduled'], {
    maxLength: 10,
    description: descriptionWithExample('Only articles with this status; `scheduled`: those with a pending publish_at or unpublish_at.', 'scheduled'),
  })),
  tag: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: descriptionWithExample('Only articles with this tag (slug).', 'careers') })),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: descriptionWithExample('Case-insensitive substring of the title, slug or excerpt.', 'internship') })),
  limit: limitQuery(100, 20),
  page: PageQuerySchema,
}, { additionalProperties: false })

export const ArticlePatchSchema = Type.Object({
  title: Type.Optional(a.title),
  excerpt: Type.Optional(Type.String({ minLength: 1, maxLength: 1000, description: 'Listing summary.' })),
  slug: Type.Optional(Ref(SlugSchema)),
  status: Type.Optional(Ref(ArticleStatusSchema)),
  published_at: Type.Optional(Ref(TimestampSchema)),
  ...modelInputFields,
}, {
  $id: 'ArticlePatch',
  additionalProperties: false,
  minProperties: 1,
  description: 'Fields to change; the others stay. A new slug keeps the old one answering 301. Sections have their own endpoints.',
  examples: [{ title: 'From Training to Employment: Why Healthcare Internships Matter', tags: [{ name: 'Careers' }] }],
})
export type ArticlePatch = Static<typeof ArticlePatchSchema>

export const NewSectionSchema = Type.Object({
  key: Type.Optional(Ref(SectionKeySchema)),
  heading: SectionSchema.properties.heading,
  blocks: Type.Array(Ref(BlockInputSchema), SECTION_BLOCKS),
  position: Type.Optional(Type.Integer({ format: 'int32', minimum: 0, maximum: 999, description: 'Where to insert it (0 = first); default: at the end.', examples: [2] })),
}, {
  $id: 'NewSection',
  additionalProperties: false,
  description: 'A section to add. The key defaults to the slug of the heading.',
  examples: [{ heading: 'Finding a Placement', blocks: [{ type: 'paragraph', text: 'Start with the hospitals your college already works with.' }] }],
})
export type NewSection = Static<typeof NewSectionSchema>

export const SectionReplacementSchema = Type.Object({
  key: Type.Optional(Ref(SectionKeySchema)),
  heading: SectionSchema.properties.heading,
  blocks: Type.Array(Ref(BlockInputSchema), SECTION_BLOCKS),
}, {
  $id: 'SectionReplacement',
  additionalProperties: false,
  description: 'The heading and blocks, replaced together. The key stays unless a new one is given.',
  examples: [{ heading: exampleSection.heading, blocks: exampleSection.blocks }],
})
export type SectionReplacement = Static<typeof SectionReplacementSchema>

export const SectionPatchSchema = Type.Object({
  position: Type.Optional(Type.Integer({ format: 'int32', minimum: 0, maximum: 999, description: 'Move it here (0 = first); the others close up.', examples: [0] })),
  heading: Type.Optional(SectionSchema.properties.heading),
  key: Type.Optional(Ref(SectionKeySchema)),
}, {
  $id: 'SectionPatch',
  additionalProperties: false,
  minProperties: 1,
  description: 'Move, retitle or re-key a section. A new heading keeps the key unless a new key is given.',
  examples: [{ position: 0 }],
})
export type SectionPatch = Static<typeof SectionPatchSchema>

export const AdminSectionEnvelopeSchema = Type.Object({ data: Ref(SectionSchema) }, {
  $id: 'AdminSectionEnvelope',
  additionalProperties: false,
  examples: [{ data: { ...exampleSection, position: 0 } }],
})

export const RevisionSchema = Type.Object({
  version: AdminArticleSchema.properties.version,
  created_at: Ref(TimestampSchema),
  created_by: Type.String({ maxLength: 100, description: 'Name of the admin key (or seed, cli) that made the change.', examples: ['ops-laptop'] }),
  summary: Type.String({ maxLength: 500, description: 'What changed.', examples: ['title; edited section conclusion'] }),
}, { $id: 'Revision', additionalProperties: false, description: 'One write to an article.' })
export type Revision = Static<typeof RevisionSchema>

export const RevisionListSchema = Type.Object({
  data: Type.Array(Ref(RevisionSchema), { maxItems: 100 }),
  meta: Type.Object({ pagination: Ref(PaginationSchema) }, { additionalProperties: false }),
}, {
  $id: 'RevisionList',
  additionalProperties: false,
  description: 'Revisions, newest first.',
  examples: [{
    data: [
      { version: 2, created_at: '2026-11-21T08:00:00.000Z', created_by: 'ops-laptop', summary: 'title' },
      { version: 1, created_at: EXAMPLE_TIME, created_by: 'seed', summary: 'created (published, 9 sections)' },
    ],
    meta: { pagination: { page: 1, limit: 20, pages: 1, total: 2, next: null, prev: null } },
  }],
})

export const RevisionEnvelopeSchema = Type.Object({
  data: Type.Object({
    ...RevisionSchema.properties,
    article: { ...RefTo<ArticleInput>('ArticleInput'), description: 'The article as it was after this write, every field given (PUT-able as it is).' },
  }, { additionalProperties: false }),
}, {
  $id: 'RevisionEnvelope',
  additionalProperties: false,
  examples: [{
    data: {
      version: 2,
      created_at: '2026-11-21T08:00:00.000Z',
      created_by: 'ops-laptop',
      summary: 'title; tags',
      article: {
        slug: 'finding-a-healthcare-internship',
        title: 'Finding a Healthcare Internship',
        excerpt: 'Most placements are found through people, not job boards.',
        status: 'draft',
        intro: [{ type: 'paragraph', text: 'Most placements are found through people, not job boards.' }],
        sections: [{ key: 'where-to-look', heading: 'Where to Look', blocks: [{ type: 'paragraph', text: 'Start with the organizations your college already works with.' }] }],
        author: null,
        tags: [{ slug: 'careers', name: 'Careers' }],
        language: 'en',
        canonical_url: null,
        meta_title: null,
        meta_description: null,
        cover_image: null,
      },
    },
  }],
})

export const ArticleSlugParamsSchema = Type.Object({
  slug: pathIdentifier('Slug of an article (drafts included).', exampleArticleJson.slug),
})
export const SectionParamsSchema = Type.Object({
  slug: ArticleSlugParamsSchema.properties.slug,
  key: pathIdentifier('Section key.', exampleSection.key),
})
export const RevisionParamsSchema = Type.Object({
  slug: ArticleSlugParamsSchema.properties.slug,
  version: UrlIntegerSchema({ minimum: 1, maximum: INT32_MAX, description: 'Revision (article version) number.', examples: [1] }),
})

export const IfMatchHeaderSchema = Type.Object({
  'if-match': Type.Optional(Type.String({
    maxLength: 1000,
    description: descriptionWithExample(
      'The ETag from your GET: the write happens only if nobody changed the resource since (else 412). Required when REQUIRE_IF_MATCH=true (else 428).',
      '"1-3-mhx2k1q0"'),
  })),
})

export const contentAdminSchemas = [
  ArticleStatusSchema, AdminArticleSchema, AdminArticleEnvelopeSchema, ImportWarningSchema, ImportedArticleEnvelopeSchema, MarkdownBundleSchema, AdminArticleSummarySchema, AdminArticleListSchema, ArticlePatchSchema,
  NewSectionSchema, SectionReplacementSchema, SectionPatchSchema, AdminSectionEnvelopeSchema, RevisionSchema, RevisionListSchema, RevisionEnvelopeSchema,
]
