// Draft preview links: what an editor sends to make one, and what the admin routes answer.
import { Type, type Static } from '@sinclair/typebox'
import { EXAMPLE_PUBLIC_BASE_URL, INT32_MAX, MAX_PARAM_LENGTH, Ref, TimestampSchema, pathIdentifier, problemExample } from '../../http/schemas.js'

/** Lifetimes a link may be given: a minute to 90 days (PREVIEW_LINK_TTL_SECONDS is the default, in the same range). */
export const MIN_PREVIEW_TTL_SECONDS = 60
export const MAX_PREVIEW_TTL_SECONDS = 90 * 24 * 3600

const EXAMPLE_TOKEN = 'q3Xw9c1mVb0Zr8yTtK2nL5dHf7sJ4gPa6eUo1iQkR0M'
const EXAMPLE_SLUG = 'from-training-to-employment-the-power-of-healthcare-internships'

const linkFields = {
  id: Type.Integer({ format: 'int32', minimum: 1, maximum: INT32_MAX, description: 'The link\'s id: what revoking it takes.', examples: [1] }),
  created_at: Ref(TimestampSchema),
  created_by: Type.String({ maxLength: 100, description: 'Name of the admin key that made the link.', examples: ['ops-laptop'] }),
  expires_at: { ...Ref(TimestampSchema), description: 'From then on the link answers 404, as a wrong one does.' },
}

export const PreviewLinkSchema = Type.Object(linkFields, {
  $id: 'PreviewLink',
  additionalProperties: false,
  description: 'A preview link, without its token (only the answer that made it shows the token).',
})
export type PreviewLinkView = Static<typeof PreviewLinkSchema>

const exampleLink = { id: 1, created_at: '2026-11-29T15:00:00.000Z', created_by: 'ops-laptop', expires_at: '2026-12-06T15:00:00.000Z' }
const exampleUrl = `${EXAMPLE_PUBLIC_BASE_URL}/v1/preview/${EXAMPLE_TOKEN}`

export const NewPreviewLinkSchema = Type.Object({
  id: linkFields.id,
  url: Type.String({ format: 'uri', maxLength: 2100, description: 'The preview: the article as it is now, at GET {url} (and {url}/sections, {url}/sections/{key}). Absolute, under PUBLIC_BASE_URL.', examples: [exampleUrl] }),
  token: Type.String({ minLength: 43, maxLength: 43, pattern: '^[A-Za-z0-9_-]{43}$', description: 'The token in the URL: 32 random bytes, base64url. Shown only here; the service stores its SHA-256.', examples: [EXAMPLE_TOKEN] }),
  expires_at: linkFields.expires_at,
  created_at: linkFields.created_at,
  created_by: linkFields.created_by,
}, { $id: 'NewPreviewLink', additionalProperties: false, description: 'A new preview link, with its URL and token.' })

export const PreviewLinkCreatedSchema = Type.Object({ data: Ref(NewPreviewLinkSchema) }, {
  $id: 'PreviewLinkCreated',
  additionalProperties: false,
  examples: [{ data: { id: 1, url: exampleUrl, token: EXAMPLE_TOKEN, expires_at: exampleLink.expires_at, created_at: exampleLink.created_at, created_by: exampleLink.created_by } }],
})

export const PreviewLinkListSchema = Type.Object({
  data: Type.Array(Ref(PreviewLinkSchema), { maxItems: 10_000, description: 'The links that have not expired, newest first.' }),
}, { $id: 'PreviewLinkList', additionalProperties: false, examples: [{ data: [exampleLink] }] })

export const CreatePreviewLinkSchema = Type.Object({
  expires_in_seconds: Type.Optional(Type.Integer({
    format: 'int32',
    minimum: MIN_PREVIEW_TTL_SECONDS,
    maximum: MAX_PREVIEW_TTL_SECONDS,
    description: `How long the link works, in seconds: ${MIN_PREVIEW_TTL_SECONDS} to ${MAX_PREVIEW_TTL_SECONDS} (90 days). Default PREVIEW_LINK_TTL_SECONDS (7 days).`,
    examples: [86_400],
  })),
}, { $id: 'CreatePreviewLink', additionalProperties: false, examples: [{ expires_in_seconds: 86_400 }] })

export const PreviewLinkEnvelopeSchema = Type.Object({ data: Ref(PreviewLinkSchema) }, {
  $id: 'PreviewLinkEnvelope',
  additionalProperties: false,
  examples: [{ data: exampleLink }],
})

export const previewSchemas = [PreviewLinkSchema, NewPreviewLinkSchema, PreviewLinkCreatedSchema, PreviewLinkListSchema, PreviewLinkEnvelopeSchema, CreatePreviewLinkSchema]

export const PreviewLinkParamsSchema = Type.Object({
  slug: pathIdentifier('Slug of the article (a draft or a published one).', EXAMPLE_SLUG),
  id: Type.Integer({ format: 'int32', minimum: 1, maximum: INT32_MAX, description: 'The preview link\'s id.', examples: [1] }),
})

export const PreviewTokenParamsSchema = Type.Object({
  token: Type.String({ minLength: 1, maxLength: MAX_PARAM_LENGTH, description: 'The token of a preview link (from its `url`).', examples: [EXAMPLE_TOKEN] }),
})

export const PreviewSectionParamsSchema = Type.Object({
  token: PreviewTokenParamsSchema.properties.token,
  key: pathIdentifier('Section key: the slug of its heading.', 'why-training-alone-is-no-longer-enough'),
})

/** What a wrong, expired or revoked token answers: the same words for all three, so none can be told from another. */
export const NO_PREVIEW_DETAIL = 'No article to preview at this link.'
export const noPreviewExamples = { notFound: problemExample('A wrong, expired or revoked token', 404, NO_PREVIEW_DETAIL, '4k2j9d-7') }
export const noLinkExamples = {
  noArticle: problemExample('No such article', 404, 'No article "nope".', '4k2j9d-m'),
  noLink: problemExample('No such link of this article (or it expired, or was revoked)', 404, `Article "${EXAMPLE_SLUG}" has no preview link 42.`, '4k2j9d-8'),
}
