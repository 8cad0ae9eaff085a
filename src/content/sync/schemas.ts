// The sync API's schemas: a page of changes (articles and tombstones) and the tokens that lead to the next one.
import { Type, type Static } from '@sinclair/typebox'
import { descriptionWithExample, INT32_MAX, Ref, RefTo, TimestampSchema, UrlIntegerSchema } from '../../http/schemas.js'
import { ArticleEnvelopeSchema, ArticleSchema, type Article } from '../model/schemas.js'
import { encodeSyncToken } from './token.js'

/** Items per page at most, and by default. */
export const SYNC_PAGE_MAX = 100
export const SYNC_PAGE_DEFAULT = 50

/** The top-level article fields `fields=` may name: an article's, but `reviews` (review stats are not synced). */
export const SYNCED_FIELDS = Object.keys(ArticleSchema.properties).filter((name) => name !== 'reviews')

const { slug, reviews: _reviews, ...optional } = ArticleSchema.properties

export const SyncedArticleSchema = Type.Object({
  slug,
  ...Type.Partial(Type.Object(optional)).properties,
}, {
  $id: 'SyncedArticle',
  additionalProperties: false,
  description: 'The article as `GET /v1/articles/{slug}` serves it in `data`, without `reviews` (review stats change without the article ' +
    'changing: read them from the article or list routes); trimmed to `fields` when given, `slug` always included.',
})
export type SyncedArticle = Static<typeof SyncedArticleSchema>

const articleId = Type.Integer({ format: 'int32', minimum: 1, maximum: INT32_MAX, description: "The article's id: the same across renames; a tombstone names it too.", examples: [7] })

export const SyncArticleItemSchema = Type.Object({
  type: Type.Literal('article', { description: 'An article created, changed, published or renamed: store it (replacing the one with this id).' }),
  id: articleId,
  article: Ref(SyncedArticleSchema),
}, { $id: 'SyncArticleItem', additionalProperties: false })

export const SyncDeletedItemSchema = Type.Object({
  type: Type.Literal('deleted', { description: 'An article that left the published set under this slug: remove it.' }),
  id: articleId,
  slug: Type.String({ maxLength: 200, description: 'The slug it had.', examples: ['old-slug'] }),
  deleted_at: Ref(TimestampSchema),
  reason: Type.Union([Type.Literal('deleted'), Type.Literal('unpublished'), Type.Literal('renamed')], {
    description: '`deleted`, `unpublished`, or `renamed` (the article follows under its new slug, in this sync).',
  }),
}, { $id: 'SyncDeletedItem', additionalProperties: false })

export type SyncItem = Static<typeof SyncArticleItemSchema> | Static<typeof SyncDeletedItemSchema>

export const SyncItemSchema = Type.Unsafe<SyncItem>({
  $id: 'SyncItem',
  oneOf: [Type.Ref(SyncArticleItemSchema.$id!), Type.Ref(SyncDeletedItemSchema.$id!)],
  discriminator: { propertyName: 'type' },
})

const tokenField = (description: string) => Type.String({ maxLength: 300, pattern: '^[A-Za-z0-9_-]+$', description })

const exampleArticle = (ArticleEnvelopeSchema.examples as Array<{ data: Article }>)[0]!.data
const { reviews: _exampleReviews, ...exampleSynced } = exampleArticle
const pick = <T extends object>(value: T, names: Array<keyof T>): Partial<T> => Object.fromEntries(names.map((name) => [name, value[name]])) as Partial<T>
const renamed = { slug: 'healthcare-internships', title: exampleSynced.title, published_at: exampleSynced.published_at, updated_at: '2025-02-03T10:00:00.000Z' }

/** Tokens as the examples show them (real encodings, so they can be tried). */
export const EXAMPLE_TOKENS = {
  initialDone: encodeSyncToken({ from: 3 }),
  initialNextPage: encodeSyncToken({ from: undefined, upto: 3, after: { seq: 1, kind: 1, id: 1 } }),
  deltaDone: encodeSyncToken({ from: 5 }),
}

export const SyncPageSchema = Type.Object({
  data: Type.Array(RefTo<SyncItem>(SyncItemSchema.$id!), { maxItems: SYNC_PAGE_MAX, description: 'The changes, in commit order (a tombstone before an article of the same change).' }),
  next_page_token: Type.Optional(tokenField('More of this sync remain: ask again with `sync_token` set to this.')),
  next_sync_token: Type.Optional(tokenField('The last page: keep this, and ask with it later (`sync_token`) for what changed since.')),
}, {
  $id: 'SyncPage',
  additionalProperties: false,
  description: 'One page of a sync: `next_page_token` while more pages remain, `next_sync_token` on the last.',
  examples: [
    // The first page of an initial sync with `fields=slug,title,published_at,updated_at` and `limit=1` (whole articles are long).
    { data: [{ type: 'article', id: 1, article: pick(exampleSynced, ['slug', 'title', 'published_at', 'updated_at']) }], next_page_token: EXAMPLE_TOKENS.initialNextPage },
    {
      data: [
        { type: 'deleted', id: 1, slug: exampleSynced.slug, deleted_at: '2025-02-03T10:00:00.000Z', reason: 'renamed' },
        { type: 'article', id: 1, article: renamed },
      ],
      next_sync_token: EXAMPLE_TOKENS.deltaDone,
    },
  ],
})
export type SyncPage = Static<typeof SyncPageSchema>

export const SyncQuerySchema = Type.Object({
  sync_token: Type.Optional(tokenField(descriptionWithExample('Absent: an initial sync (every published article). Else the `next_page_token` or `next_sync_token` of an earlier answer.', EXAMPLE_TOKENS.initialDone))),
  limit: UrlIntegerSchema({ minimum: 1, maximum: SYNC_PAGE_MAX, default: SYNC_PAGE_DEFAULT, description: descriptionWithExample(`Items per page, 1–${SYNC_PAGE_MAX} (a page of large articles may hold fewer: about 1 MB at most).`, 10) }),
  fields: Type.Optional(Type.String({
    minLength: 1,
    maxLength: 500,
    pattern: '^[a-z_]+(,[a-z_]+)*$',
    description: descriptionWithExample(`Only these top-level article fields, comma-separated: ${SYNCED_FIELDS.join(', ')} (\`slug\` is always sent). An unknown name is a 400. Use the same list on every request of a copy.`, 'slug,title,updated_at'),
  })),
}, { additionalProperties: false })

export const syncSchemas = [SyncedArticleSchema, SyncArticleItemSchema, SyncDeletedItemSchema, SyncItemSchema, SyncPageSchema]
