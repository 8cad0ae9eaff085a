// Serving images: GET/HEAD /media/{id}/{name}, the original or a variant (`w`, `format`), immutable (the id changes
// when the bytes do), with a strong ETag, conditional requests (304) and single byte ranges (206).
import { Type } from '@sinclair/typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply } from 'fastify'
import { MEDIA_TYPES } from '../base/media.js'
import { HttpProblem, notFound } from '../http/errors.js'
import { ifNoneMatchMatches, MAX_IF_NONE_MATCH_LENGTH } from '../http/preconditions.js'
import { descriptionWithExample, problemExample, problemResponses, Ref } from '../http/schemas.js'
import { MediaFileQuerySchema, MediaIdSchema } from './schemas.js'
import type { MediaFile, MediaService } from './service.js'

export const IMMUTABLE = 'public, max-age=31536000, immutable'

const binary = { type: 'string', format: 'binary', maxLength: 200 * 1024 * 1024, examples: ['(the image\'s bytes)'] } as const
const imageContent = Object.fromEntries(MEDIA_TYPES.map((type) => [type, { schema: binary }]))
const header = (description: string, example: string, maxLength = 100) => ({ type: 'string', maxLength, description, examples: [example] })
const FILE_HEADERS = {
  ETag: header('Strong validator of these bytes: send it back in If-None-Match (or If-Range).', '"Qm9vdHN0cmFwIGV0YWcgZXhhbXBsZQ"'),
  'Cache-Control': header('The bytes of a URL never change.', IMMUTABLE),
  'Content-Length': header('Bytes in the body.', '184233', 20),
  'Accept-Ranges': header('A single range may be asked for.', 'bytes', 10),
}

const unsatisfiable = { pastTheEnd: problemExample('A range past the end', 416, 'The range asked for starts past the end of these 184233 bytes.', '4k2j9d-r') }
const noSuchImage = { notFound: problemExample('No such image', 404, 'No media item 3f9a1c07b2d84e5a9c6f0b1d.', '4k2j9d-m') }

/**
 * A single byte range of `size` bytes (`bytes=a-b`, `bytes=a-`, `bytes=-n`): [start, end] inclusive; 'unsatisfiable'
 * when it starts past the end; undefined when the header is absent, malformed or asks for several ranges, which are
 * then ignored (the whole body is sent, as RFC 9110 allows).
 */
export function byteRange (header: string | undefined, size: number): [number, number] | 'unsatisfiable' | undefined {
  const match = header === undefined ? null : /^bytes=(\d*)-(\d*)$/.exec(header.trim())
  if (!match || (match[1] === '' && match[2] === '')) return undefined
  if (match[1] === '') {
    const suffix = Number(match[2])
    if (suffix === 0) return 'unsatisfiable'
    return [Math.max(0, size - suffix), size - 1]
  }
  const start = Number(match[1])
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1)
  if (match[2] !== '' && Number(match[2]) < start) return undefined
  if (start >= size) return 'unsatisfiable'
  return [start, end]
}

function send (reply: FastifyReply, file: MediaFile, headers: { range?: string | undefined, 'if-range'?: string | undefined, 'if-none-match'?: string | undefined }) {
  reply.header('etag', file.etag).header('cache-control', IMMUTABLE).header('accept-ranges', 'bytes')
  if (headers['if-none-match'] !== undefined && ifNoneMatchMatches(headers['if-none-match'], file.etag)) return reply.code(304).send()
  reply.header('content-type', file.content_type).header('x-content-type-options', 'nosniff')
  // If-Range: the range applies only to these very bytes (a strong ETag; dates are not compared: send it all).
  const ifRange = headers['if-range']
  const range = ifRange === undefined || ifRange === file.etag ? byteRange(headers.range, file.bytes.length) : undefined
  if (range === 'unsatisfiable') {
    reply.header('content-range', `bytes */${file.bytes.length}`)
    throw new HttpProblem(416, `The range asked for starts past the end of these ${file.bytes.length} bytes.`, { headers: { 'content-range': `bytes */${file.bytes.length}` } })
  }
  if (range) {
    const [start, end] = range
    return reply.code(206).header('content-range', `bytes ${start}-${end}/${file.bytes.length}`)
      .header('content-length', end - start + 1).send(file.bytes.subarray(start, end + 1))
  }
  return reply.header('content-length', file.bytes.length).send(file.bytes)
}

export interface MediaRoutesOptions {
  media: Pick<MediaService, 'file'>
}

export const mediaRoutes: FastifyPluginAsyncTypebox<MediaRoutesOptions> = async (app, { media }) => {
  app.get('/media/:id/:name', {
    schema: {
      operationId: 'getMediaFile',
      tags: ['Media'],
      summary: 'Get an image (or a variant)',
      description: 'The original as uploaded (orientation applied, metadata removed), or with `w` and/or `format` a variant, made on its ' +
        'first request and kept. `name` is the file name of the item\'s URL (any name serves the same bytes). Immutable: ' +
        `\`Cache-Control: ${IMMUTABLE}\` with a strong ETag; If-None-Match gives 304; one byte range (\`Range: bytes=0-1023\`) gives 206.`,
      security: [],
      params: Type.Object({
        id: Ref(MediaIdSchema),
        name: Type.String({ minLength: 1, maxLength: 200, pattern: '^[a-z0-9][a-z0-9._-]*$', description: 'File name, as in the item\'s `url` (lowercase letters, digits, dots and dashes; any such name serves the same bytes).', examples: ['ward-round.jpg'] }),
      }),
      querystring: MediaFileQuerySchema,
      headers: Type.Object({
        range: Type.Optional(Type.String({ maxLength: 100, description: descriptionWithExample('One byte range; several ranges are ignored (200 with everything), one past the end is a 416.', 'bytes=0-1023') })),
        'if-range': Type.Optional(Type.String({ maxLength: MAX_IF_NONE_MATCH_LENGTH, description: descriptionWithExample('The ETag the range applies to; another sends everything.', '"Qm9vdHN0cmFwIGV0YWcgZXhhbXBsZQ"') })),
        'if-none-match': Type.Optional(Type.String({ maxLength: MAX_IF_NONE_MATCH_LENGTH, description: descriptionWithExample('ETag(s) you hold: 304 when one matches.', '"Qm9vdHN0cmFwIGV0YWcgZXhhbXBsZQ"') })),
      }),
      response: {
        200: { description: 'The image.', headers: FILE_HEADERS, content: imageContent },
        206: { description: 'The byte range asked for.', headers: { ...FILE_HEADERS, 'Content-Range': header('The bytes sent, of how many.', 'bytes 0-1023/184233') }, content: imageContent },
        304: { description: 'Not modified: the ETag you sent matches. No body.', headers: { ETag: FILE_HEADERS.ETag, 'Cache-Control': FILE_HEADERS['Cache-Control'] }, type: 'null' },
        ...problemResponses([400, 404, 416], { 404: noSuchImage, 416: unsatisfiable }),
      },
    },
  }, async (request, reply) => {
    const file = await media.file(request.params.id, request.query)
    if (!file) throw notFound(`No media item ${request.params.id}.`)
    return send(reply, file, request.headers)
  })
}
