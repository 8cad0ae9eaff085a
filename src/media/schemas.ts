// Media schemas: the media item as the admin API and webhooks show it, uploads, edits and lists.
import { Type, type Static } from '@sinclair/typebox'
import { MEDIA_FORMATS, MEDIA_ID_PATTERN, MEDIA_TYPES, MEDIA_WIDTHS } from '../base/media.js'
import { EXAMPLE_PUBLIC_BASE_URL, FINITE_KEYWORD, PageQuerySchema, PaginationSchema, Ref, StringEnum, TimestampSchema, descriptionWithExample, limitQuery } from '../http/schemas.js'

const ID_EXAMPLE = '3f9a1c07b2d84e5a9c6f0b1d'

export const MediaIdSchema = Type.String({
  $id: 'MediaId',
  pattern: MEDIA_ID_PATTERN,
  maxLength: 24,
  description: 'A media item: 24 hex digits, the start of the SHA-256 of the uploaded bytes (the same bytes, the same id).',
  examples: [ID_EXAMPLE],
})

export const MediaTypeSchema = StringEnum(MEDIA_TYPES, { $id: 'MediaType', maxLength: 20, description: 'Image type, decided from the bytes.' })

const Count = (description: string) => Type.Integer({ minimum: 0, maximum: 2_147_483_647, format: 'int32', description })

const EXAMPLE_ITEM = {
  id: ID_EXAMPLE,
  url: `${EXAMPLE_PUBLIC_BASE_URL}/media/${ID_EXAMPLE}/ward-round.jpg`,
  name: 'ward-round.jpg',
  content_type: 'image/jpeg',
  bytes: 184_233,
  width: 1600,
  height: 1067,
  alt: 'Interns on a ward round',
  title: null,
  sha256: '3f9a1c07b2d84e5a9c6f0b1d2e7a4c9b8d1f0e3a6c5b4d7e8f9a0b1c2d3e4f5a',
  thumbhash: '1QcSHQRnh493V4dIh4eXh1h4kJUI',
  srcset: [320, 640, 960, 1280].map((w) => `${EXAMPLE_PUBLIC_BASE_URL}/media/${ID_EXAMPLE}/ward-round.jpg?w=${w} ${w}w`).concat(`${EXAMPLE_PUBLIC_BASE_URL}/media/${ID_EXAMPLE}/ward-round.jpg 1600w`).join(', '),
  created_at: '2026-03-02T10:15:00.000Z',
  updated_at: '2026-03-02T10:15:00.000Z',
}

export const MediaItemSchema = Type.Object({
  id: Ref(MediaIdSchema),
  url: Type.String({ format: 'uri', maxLength: 2000, description: 'The original, absolute (under PUBLIC_BASE_URL): `/media/{id}/{name}`. Add `?w=` and/or `?format=` for a variant.' }),
  name: Type.String({ maxLength: 100, description: 'File name in its URL: the uploaded name made URL-safe, with the extension of its type.' }),
  content_type: Ref(MediaTypeSchema),
  bytes: Count('Size of the stored original (metadata removed).'),
  width: Count('Width in pixels (orientation applied).'),
  height: Count('Height in pixels (orientation applied).'),
  alt: Type.String({ maxLength: 1000, description: 'Text alternative: used by articles whose image gives none. Required before an article using the image is published.' }),
  title: Type.Union([Type.String({ maxLength: 300 }), Type.Null()], { description: 'Title (tooltip), or null.' }),
  sha256: Type.String({ pattern: '^[0-9a-f]{64}$', maxLength: 64, description: 'Hex SHA-256 of the uploaded file: uploading the same bytes again answers with this item.' }),
  thumbhash: Type.String({ maxLength: 100, description: 'ThumbHash placeholder (base64, about 25 bytes): decode it into a blurred preview to paint before the image arrives (https://evanw.github.io/thumbhash/).' }),
  srcset: Type.String({ maxLength: 4000, description: `\`srcset\` of the image: a variant per fixed width below its own (${MEDIA_WIDTHS.join(', ')}), then the original.` }),
  created_at: Ref(TimestampSchema),
  updated_at: Ref(TimestampSchema),
}, { $id: 'MediaItem', additionalProperties: false, description: 'An uploaded image.', examples: [EXAMPLE_ITEM] })
export type MediaItem = Static<typeof MediaItemSchema>

export const MediaItemEnvelopeSchema = Type.Object({ data: Ref(MediaItemSchema) }, {
  $id: 'MediaItemEnvelope', additionalProperties: false, examples: [{ data: EXAMPLE_ITEM }],
})

const MediaUseSchema = Type.Object({
  slug: Type.String({ maxLength: 200 }),
  title: Type.String({ maxLength: 500 }),
  status: Type.String({ maxLength: 20, description: 'draft or published' }),
}, { additionalProperties: false })

const MediaVariantSchema = Type.Object({
  width: Count('Width asked for (`w`); 0: the original\'s own width.'),
  format: StringEnum(MEDIA_FORMATS, { maxLength: 10 }),
  content_type: Type.String({ maxLength: 20 }),
  bytes: Count('Size.'),
  url: Type.String({ format: 'uri', maxLength: 2000 }),
  created_at: Ref(TimestampSchema),
}, { additionalProperties: false })

export const MediaDetailSchema = Type.Object({
  data: Type.Object({
    ...MediaItemSchema.properties,
    articles: Type.Array(MediaUseSchema, { maxItems: 10_000, description: 'Articles using it (cover, image blocks, inline images); while any does, it cannot be deleted.' }),
    variants: Type.Array(MediaVariantSchema, { maxItems: 100, description: 'Variants made so far (each on its first request).' }),
  }, { additionalProperties: false }),
}, {
  $id: 'MediaDetail',
  additionalProperties: false,
  examples: [{ data: { ...EXAMPLE_ITEM, articles: [{ slug: 'healthcare-internships', title: 'Healthcare Internships', status: 'published' }], variants: [] } }],
})

export const MediaListSchema = Type.Object({
  data: Type.Array(Ref(MediaItemSchema), { maxItems: 100 }),
  meta: Type.Object({ pagination: Ref(PaginationSchema) }, { additionalProperties: false }),
}, { $id: 'MediaList', additionalProperties: false, examples: [{ data: [EXAMPLE_ITEM], meta: { pagination: { page: 1, limit: 20, pages: 1, total: 1, next: null, prev: null } } }] })

export const MediaListQuerySchema = Type.Object({
  type: Type.Optional(StringEnum(MEDIA_TYPES, { maxLength: 20, description: descriptionWithExample('Only images of this type.', 'image/png') })),
  limit: limitQuery(100, 20),
  page: PageQuerySchema,
}, { additionalProperties: false })

export const UploadMediaSchema = Type.Object({
  file: Type.String({ format: 'binary', maxLength: 200 * 1024 * 1024, description: 'The image: JPEG, PNG, WebP, AVIF or GIF (decided from its bytes). At most MEDIA_MAX_BYTES (10 MB by default).' }),
  alt: Type.Optional(Type.String({ maxLength: 1000, description: 'Text alternative.' })),
  title: Type.Optional(Type.String({ maxLength: 300, description: 'Title.' })),
}, { $id: 'UploadMedia', additionalProperties: false, examples: [{ file: 'ward-round.jpg', alt: 'Interns on a ward round' }] })

export const UpdateMediaSchema = Type.Object({
  alt: Type.Optional(Type.String({ maxLength: 1000, description: 'Text alternative.' })),
  title: Type.Optional(Type.Union([Type.String({ maxLength: 300 }), Type.Null()], { description: 'Title, or null.' })),
}, { $id: 'UpdateMedia', additionalProperties: false, minProperties: 1, examples: [{ alt: 'Two interns reading a chart on a ward round' }] })

export const PurgeResultSchema = Type.Object({
  data: Type.Object({
    variants: Count('Variants deleted.'),
    bytes: Type.Integer({ minimum: 0, format: 'int64', maximum: Number.MAX_SAFE_INTEGER, description: 'Bytes freed.' }),
  }, { additionalProperties: false }),
}, { $id: 'MediaPurgeResult', additionalProperties: false, examples: [{ data: { variants: 12, bytes: 482_113 } }] })

export const MediaFileQuerySchema = Type.Object({
  w: Type.Optional(Type.Unsafe<number>({
    type: 'integer',
    format: 'int32',
    minimum: MEDIA_WIDTHS[0],
    maximum: MEDIA_WIDTHS[MEDIA_WIDTHS.length - 1],
    enum: [...MEDIA_WIDTHS],
    [FINITE_KEYWORD]: true,
    description: descriptionWithExample(`A variant this many pixels wide: one of ${MEDIA_WIDTHS.join(', ')} (no other sizes). At or above the image's own width: its own size (never enlarged).`, 640),
  })),
  format: Type.Optional(StringEnum(MEDIA_FORMATS, { maxLength: 10, description: descriptionWithExample('A variant in this format. Absent: the original\'s format (a resized GIF is an animated WebP).', 'webp') })),
}, { additionalProperties: false })

export const mediaSchemas = [MediaIdSchema, MediaTypeSchema, MediaItemSchema, MediaItemEnvelopeSchema, MediaDetailSchema, MediaListSchema, UploadMediaSchema, UpdateMediaSchema, PurgeResultSchema]
