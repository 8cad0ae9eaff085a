// The media library (admin): upload (multipart/form-data through @fastify/multipart), list, read one with the
// articles using it, edit alt and title, delete (409 while used), and purge unused variants.
import { Type } from '@sinclair/typebox'
import type { FastifyPluginAsyncTypebox, TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import multipart from '@fastify/multipart'
import type { FastifyRequest } from 'fastify'
import { mediaPath, srcsetOf } from '../base/media.js'
import { BEARER_SECURITY } from '../http/auth.js'
import { badRequest, HttpProblem, notFound, UNKNOWN_FIELD_MESSAGE } from '../http/errors.js'
import { pageEnvelope } from '../http/pagination.js'
import { Ref, problemExample, problemResponses } from '../http/schemas.js'
import type { MediaRepository, MediaRow } from './repository.js'
import {
  MediaDetailSchema, MediaIdSchema, MediaItemEnvelopeSchema, MediaListQuerySchema, MediaListSchema, PurgeResultSchema, UpdateMediaSchema,
  UploadMediaSchema, type MediaItem,
} from './schemas.js'
import type { MediaService, MediaUse } from './service.js'

/** The media item as the API and webhooks show it: absolute URLs under PUBLIC_BASE_URL. */
export function mediaItem (row: MediaRow, absolute: (path: string) => string): MediaItem {
  return {
    id: row.id,
    url: absolute(mediaPath(row)),
    name: row.name,
    content_type: row.content_type as MediaItem['content_type'],
    bytes: row.bytes,
    width: row.width,
    height: row.height,
    alt: row.alt,
    title: row.title,
    sha256: row.sha256,
    thumbhash: row.thumbhash,
    srcset: srcsetOf(row, absolute),
    created_at: row.created_at,
    updated_at: row.updated_at,
  }
}

const Params = Type.Object({ id: Ref(MediaIdSchema) })
const missing = (id: string) => notFound(`No media item ${id}.`)
const noSuchItem = { notFound: problemExample('No such media item', 404, 'No media item 3f9a1c07b2d84e5a9c6f0b1d.', '4k2j9d-m') }
const UPLOAD_EXAMPLES = {
  415: { svg: problemExample('Not an accepted image type', 415, 'This file is not an image type we accept (decided from its bytes): upload a JPEG, PNG, WebP, AVIF or GIF image (image/jpeg, image/png, image/webp, image/avif, image/gif).', '4k2j9d-u', { type: '/problems/unsupported-media-type', errors: [{ path: '/file', message: 'accepted types: image/jpeg, image/png, image/webp, image/avif, image/gif' }] }) },
  400: { truncated: problemExample('A truncated image', 400, 'The image could not be read: it is truncated or corrupt (premature end of JPEG image).', '4k2j9d-v', { errors: [{ path: '/file', message: 'truncated or corrupt image' }] }) },
  413: { tooLarge: problemExample('Over MEDIA_MAX_BYTES', 413, 'The file is larger than 10485760 bytes (MEDIA_MAX_BYTES).', '4k2j9d-w') },
}

export interface MediaAdminRoutesOptions {
  media: MediaService
  repository: MediaRepository
  usedBy(id: string): Promise<MediaUse[]>
  absolute(path: string): string
  maxBytes: number
}

/** Uploaded bytes, kept out of the validated body (which holds the file's name in their place). */
const uploads = new WeakMap<FastifyRequest, { bytes: Buffer, filename: string | undefined }>()

export const mediaAdminRoutes: FastifyPluginAsyncTypebox<MediaAdminRoutesOptions> = async (app, options) => {
  const { media, repository } = options
  const absolute = (path: string) => options.absolute(path)
  const item = (row: MediaRow) => mediaItem(row, absolute)

  await app.register(async (scope) => {
    const upload = scope.withTypeProvider<TypeBoxTypeProvider>()
    await upload.register(multipart, { limits: { fileSize: options.maxBytes, files: 1, fields: 4, fieldSize: 4096, parts: 5, headerPairs: 100 } })
    // The multipart body is read here, before validation: the file's bytes are put aside, and the body validated is
    // the text fields with the file's name in place of the file.
    upload.addHook('preValidation', async (request) => {
      if (!request.isMultipart()) {
        throw new HttpProblem(415, 'Send the image as multipart/form-data, in a field named file.', { type: '/problems/unsupported-media-type' })
      }
      const fields: Record<string, string> = {}
      try {
        for await (const part of request.parts()) {
          if (part.type === 'file') {
            const bytes = await part.toBuffer()
            if (part.fieldname !== 'file') continue
            uploads.set(request, { bytes, filename: part.filename })
            fields.file = part.filename || 'upload'
          } else if (typeof part.value === 'string') {
            fields[part.fieldname] = part.value
          }
        }
      } catch (error) {
        const status = (error as { statusCode?: number }).statusCode
        if (status === 413) throw new HttpProblem(413, `The file is larger than ${options.maxBytes} bytes (MEDIA_MAX_BYTES), or the form has too many parts.`)
        throw new HttpProblem(400, `The multipart body could not be read: ${(error as Error).message}.`, { type: '/problems/validation-error', title: 'Invalid request' })
      }
      request.body = fields
    })

    upload.post('/media', {
      schema: {
        operationId: 'uploadMedia',
        tags: ['Media'],
        summary: 'Upload an image',
        description: 'multipart/form-data with the image in `file` (JPEG, PNG, WebP, AVIF or GIF, decided from its bytes: SVG and anything else ' +
          'is a 415), and optionally `alt` and `title`. The image is decoded in full (a truncated or corrupt file is a 400; more than ' +
          'MEDIA_MAX_PIXELS pixels — 50 megapixels by default — or 16,383 pixels a side is a 400 before decoding), turned upright, and stored ' +
          'without its metadata (EXIF GPS coordinates, camera serials). 201 with the new item; the same bytes uploaded again answer 200 with ' +
          'the item they made (unchanged). Larger than MEDIA_MAX_BYTES (10 MB by default): 413.',
        security: BEARER_SECURITY,
        consumes: ['multipart/form-data'],
        body: Ref(UploadMediaSchema),
        response: {
          201: { description: 'The new item; Location is its admin URL.', headers: { Location: { description: 'Admin URL of the item.', type: 'string', maxLength: 200 } }, ...Ref(MediaItemEnvelopeSchema) },
          200: { description: 'These bytes were uploaded before: that item, unchanged.', ...Ref(MediaItemEnvelopeSchema) },
          ...problemResponses([400, 401, 413, 415], UPLOAD_EXAMPLES),
        },
      },
    }, async (request, reply) => {
      const file = uploads.get(request)
      if (!file || file.bytes.length === 0) {
        throw new HttpProblem(400, 'No image: send it in the multipart field named file.', { type: '/problems/validation-error', title: 'Invalid request', errors: [{ path: '/file', message: 'required' }] })
      }
      const { item: row, created } = await media.upload({ bytes: file.bytes, filename: file.filename, alt: request.body.alt, title: request.body.title })
      reply.header('location', `/v1/admin/media/${row.id}`)
      return reply.code(created ? 201 : 200).send({ data: item(row) })
    })
  })

  app.get('/media', {
    schema: {
      operationId: 'listMedia',
      tags: ['Media'],
      summary: 'List media',
      description: 'Newest first; filter by `type`. Paging links are in `meta.pagination` and the `Link` header.',
      security: BEARER_SECURITY,
      querystring: MediaListQuerySchema,
      response: { 200: { description: 'A page of items.', ...Ref(MediaListSchema) }, ...problemResponses([400, 401]) },
    },
  }, async (request, reply) => {
    const { type, limit, page } = request.query
    const found = await repository.list({ type, limit, page })
    return pageEnvelope(request, reply, found.items.map(item), { page, limit, total: found.total })
  })

  app.get('/media/:id', {
    schema: {
      operationId: 'getMedia',
      tags: ['Media'],
      summary: 'Get a media item',
      description: 'The item, the articles using it and the variants made so far.',
      security: BEARER_SECURITY,
      params: Params,
      response: { 200: { description: 'The item.', ...Ref(MediaDetailSchema) }, ...problemResponses([400, 401, 404], { 404: noSuchItem }) },
    },
  }, async (request) => {
    const row = await repository.find(request.params.id)
    if (!row) throw missing(request.params.id)
    const [articles, variants] = await Promise.all([options.usedBy(row.id), repository.variantsOf(row.id)])
    return {
      data: {
        ...item(row),
        articles,
        variants: variants.map((v) => ({
          width: v.width,
          format: v.format,
          content_type: v.content_type,
          bytes: v.bytes,
          created_at: v.created_at,
          url: absolute(mediaPath(row, { ...(v.width > 0 ? { w: v.width } : {}), format: v.format })),
        })),
      },
    }
  })

  app.patch('/media/:id', {
    schema: {
      operationId: 'updateMedia',
      tags: ['Media'],
      summary: 'Edit alt text and title',
      description: 'The bytes never change (upload new ones for a new item). Articles that use the item keep the alt text they give; those that give none show this one.',
      security: BEARER_SECURITY,
      params: Params,
      body: Ref(UpdateMediaSchema),
      response: { 200: { description: 'The updated item.', ...Ref(MediaItemEnvelopeSchema) }, ...problemResponses([400, 401, 404, 413, 415], { 404: noSuchItem }) },
    },
    // Bodies are validated with unknown properties removed (app-wide): here a field that is not alt or title (a typo,
    // or `name`, `width`, which cannot change) is refused, not dropped while the rest is applied.
    preValidation: async (request) => {
      const body = request.body
      if (body === null || typeof body !== 'object' || Array.isArray(body)) return
      const unknown = Object.keys(body).filter((field) => !Object.hasOwn(UpdateMediaSchema.properties, field))
      if (unknown.length > 0) {
        throw badRequest(`Only alt and title can be changed: ${unknown.map((field) => `"${field}"`).join(', ')} cannot.`, unknown.map((field) => ({ path: `/body/${field}`, message: UNKNOWN_FIELD_MESSAGE })))
      }
    },
  }, async (request) => {
    const { alt, title } = request.body
    return { data: item(await media.update(request.params.id, { ...(alt !== undefined ? { alt: alt.trim() } : {}), ...(title !== undefined ? { title: title?.trim() || null } : {}) })) }
  })

  app.delete('/media/:id', {
    schema: {
      operationId: 'deleteMedia',
      tags: ['Media'],
      summary: 'Delete a media item',
      description: 'Deletes the item, its bytes and its variants. 409 while an article uses it (the problem names them).',
      security: BEARER_SECURITY,
      params: Params,
      response: {
        204: { description: 'Deleted.', type: 'null' },
        ...problemResponses([400, 401, 404, 409], {
          404: noSuchItem,
          409: { inUse: problemExample('Used by an article', 409, 'Media item 3f9a1c07b2d84e5a9c6f0b1d is used by an article: healthcare-internships. Remove it from them first.', '4k2j9d-x', { type: '/problems/media-in-use' }) },
        }),
      },
    },
  }, async (request, reply) => {
    await media.remove(request.params.id)
    return reply.code(204).send()
  })

  app.post('/media/purge-variants', {
    schema: {
      operationId: 'purgeMediaVariants',
      tags: ['Media'],
      summary: 'Purge unused variants',
      description: 'Deletes the stored variants of items no article uses, to free space; any variant is made again when asked for.',
      security: BEARER_SECURITY,
      response: { 200: { description: 'What was deleted.', ...Ref(PurgeResultSchema) }, ...problemResponses([400, 401]) },
    },
  }, async () => ({ data: await media.purgeUnusedVariants() }))
}
