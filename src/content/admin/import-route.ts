// POST /v1/admin/articles/import: a post as a `text/markdown` body, or as a bundle (multipart/form-data) with the
// images it references, which are uploaded to the media library (content/import-images.ts). In a scope of its own,
// where @fastify/multipart reads the bundle before validation: its bytes are put aside, and the body validated is the
// parts' names.
import { Type } from '@sinclair/typebox'
import type { FastifyPluginAsyncTypebox, TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import multipart from '@fastify/multipart'
import type { FastifyRequest } from 'fastify'
import { BEARER_SECURITY } from '../../http/auth.js'
import { HttpProblem } from '../../http/errors.js'
import { Ref, problemExample, problemResponses } from '../../http/schemas.js'
import { importWithImages, type MediaUploader, type PostFiles } from '../import-images.js'
import { MARKDOWN_TYPE, leavesFolder, normaliseFile, type MarkdownProblem } from '../markdown/markdown.js'
import { AUTHORING_BODY_LIMIT, atMost } from '../model/limits.js'
import type { AuthoringService } from '../service.js'
import { MARKDOWN_EXAMPLE, TAGS, examples } from './examples.js'
import { adminUrlOf, articleResponse, contextOf, createdArticleResponse } from './responses.js'
import { BUNDLE_MAX_BYTES, BUNDLE_MAX_FILES, IfMatchHeaderSchema, ImportedArticleEnvelopeSchema, MarkdownBundleSchema } from './schemas.js'

/** What a bundle's images need: the media library (services.media), absolute links, MEDIA_MAX_BYTES. */
export interface BundleImages {
  media: MediaUploader
  absolute: (path: string) => string
  maxBytes: number
}

export interface MarkdownImportRouteOptions {
  authoring: AuthoringService
  bodyLimit: number
  images: BundleImages
}

/** A bundle as read: the post, and the other files by their normalised names (in the order sent). */
interface Bundle { markdown: string, files: Map<string, Buffer> }

const bundles = new WeakMap<FastifyRequest, Bundle>()

const MULTIPART_TYPE = 'multipart/form-data'
const invalid = (detail: string, path: string) => new HttpProblem(400, detail, { type: '/problems/validation-error', title: 'Invalid request', errors: [{ path, message: detail }] })
const BUNDLE_415 = {
  svg: problemExample('A bundle file that is not an accepted image', 415, '"diagram.svg": This file is of type image/svg+xml (decided from its bytes): upload a JPEG, PNG, WebP, AVIF or GIF image (image/jpeg, image/png, image/webp, image/avif, image/gif).', '4k2j9d-y', {
    type: '/problems/unsupported-media-type', errors: [{ path: '/body/files/1', message: 'diagram.svg: accepted types: image/jpeg, image/png, image/webp, image/avif, image/gif' }],
  }),
}

/** The bundle in a multipart body (see MarkdownBundleSchema), within its limits. */
async function readBundle (request: FastifyRequest, { bodyLimit, maxBytes }: { bodyLimit: number, maxBytes: number }): Promise<Bundle> {
  let markdown: string | undefined
  const posts: Array<{ name: string, bytes: Buffer }> = []
  const files = new Map<string, Buffer>()
  let total = 0
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        if (part.fieldname === 'markdown' && typeof part.value === 'string') markdown = part.value
        continue
      }
      const bytes = await part.toBuffer()
      const name = normaliseFile(part.filename || part.fieldname)
      if (part.fieldname === 'markdown') {
        markdown = bytes.toString('utf8')
      } else if (/\.md$/i.test(name)) {
        posts.push({ name, bytes })
      } else {
        if (bytes.length > maxBytes) throw new HttpProblem(413, `"${name}" is larger than ${maxBytes} bytes (MEDIA_MAX_BYTES).`)
        total += bytes.length
        if (total > BUNDLE_MAX_BYTES) throw new HttpProblem(413, `The bundle's files are larger than ${BUNDLE_MAX_BYTES} bytes altogether.`)
        files.set(name, bytes)
      }
    }
  } catch (error) {
    if (error instanceof HttpProblem) throw error
    const status = (error as { statusCode?: number }).statusCode
    if (status === 413) throw new HttpProblem(413, `A bundle holds the post and at most ${BUNDLE_MAX_FILES} files, each at most ${maxBytes} bytes (MEDIA_MAX_BYTES): ${(error as Error).message}.`)
    throw new HttpProblem(400, `The multipart body could not be read: ${(error as Error).message}.`, { type: '/problems/validation-error', title: 'Invalid request' })
  }
  if (markdown === undefined) {
    if (posts.length !== 1) {
      throw invalid(posts.length === 0
        ? 'No post: send the Markdown in a part named markdown (or as the one file whose name ends in .md).'
        : `${posts.length} files end in .md (${posts.map((post) => post.name).join(', ')}): send the post in a part named markdown.`, '/body/markdown')
    }
    markdown = posts[0]!.bytes.toString('utf8')
  } else {
    for (const post of posts) files.set(post.name, post.bytes)
  }
  if (Buffer.byteLength(markdown) > bodyLimit) throw new HttpProblem(413, `The post is larger than ${bodyLimit} bytes (AUTHORING_BODY_LIMIT_BYTES).`)
  return { markdown, files }
}

/** A bundle's files as a post's files (import-images.ts); `read` notes which were used. */
function bundleFiles (files: Map<string, Buffer>, used: Set<string>): PostFiles {
  const names = [...files.keys()]
  return {
    pathOf: (file) => `/body/files/${Math.max(0, names.indexOf(file))}`,
    async read (file) {
      if (leavesFolder(file)) return { problem: 'is outside the bundle (its path leaves the post\'s folder)' }
      used.add(file)
      return files.get(file) ?? { problem: `is not in the bundle (send it as a file part named "${file}")` }
    },
  }
}

export const markdownImportRoute: FastifyPluginAsyncTypebox<MarkdownImportRouteOptions> = async (parent, { authoring, bodyLimit, images }) => {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>()
  await app.register(multipart, {
    preservePath: true,
    limits: { fileSize: Math.max(images.maxBytes, bodyLimit) + 1, files: BUNDLE_MAX_FILES + 1, fields: 10, fieldSize: bodyLimit, parts: BUNDLE_MAX_FILES + 11, headerPairs: 100 },
  })
  app.addHook('preValidation', async (request) => {
    if (request.isMultipart()) {
      const bundle = await readBundle(request, { bodyLimit, maxBytes: images.maxBytes })
      bundles.set(request, bundle)
      request.body = { markdown: 'post.md', files: [...bundle.files.keys()] }
    } else if (request.mediaType !== MARKDOWN_TYPE) {
      throw new HttpProblem(415, `Send the post as ${MARKDOWN_TYPE}, or as ${MULTIPART_TYPE} with its images.`, { type: '/problems/unsupported-media-type' })
    }
  })

  app.post('/articles/import', {
    bodyLimit,
    schema: {
      operationId: 'importArticle',
      tags: TAGS,
      summary: 'Create or replace an article from Markdown',
      description: 'A `text/markdown` body, as static-site blogs write posts: front matter in YAML (`---`) or TOML (`+++`), then ' +
        'CommonMark and GitHub-Flavoured Markdown (tables, task lists, strikethrough, footnotes, autolinks, raw HTML, which is sanitized). ' +
        'Front matter names of Hugo, Jekyll, Gatsby and Next map onto the article: `date` → published_at, `description`/`summary`/`spoiler` → excerpt, ' +
        '`author`/`authors`, `tags` + `categories`, `draft`, `image`/`cover` → cover_image, `slug` (else the slug of the title). A post with a date and no ' +
        '`draft: true` is published. The title is `title` or a leading `#` heading; the body\'s top heading level starts the sections, deeper ' +
        'headings are subheadings (depth 3–6); a post without headings is all intro. Duplicate section keys get -2, -3. ' +
        'Unknown front matter fields, relative URLs and sanitized HTML are `warnings` in the answer. A refusal (400) lists every problem, each ' +
        'with its `line` and `column`. A new article is a 201 with its ETag and Location, as for POST; replacing an existing one is a 200 and ' +
        'honours If-Match like PUT.\n\n' +
        '**With its images**: `multipart/form-data` with the post (`markdown`) and the files it references (`files`, each named by the path ' +
        'the Markdown uses). Once the post is valid, each relative image it references (image blocks, inline images, the front matter cover) ' +
        'whose file is in the bundle is uploaded to the media library (with the post\'s alt text) and written as its media URL. A referenced ' +
        'file missing from the bundle is a warning (with its line), the image kept as written; a file the post does not reference is not uploaded. ' +
        'A file the media library refuses (not a JPEG, PNG, WebP, AVIF or GIF: 415; corrupt: 400; too large: 413) refuses the import, naming ' +
        'the file, and no article is written; images uploaded before it stay in the library (the same bytes always give the same item).',
      security: BEARER_SECURITY,
      headers: IfMatchHeaderSchema,
      body: {
        content: {
          // Characters, where the server counts bytes: a body of as many characters, all ASCII, is exactly at the limit.
          [MARKDOWN_TYPE]: {
            schema: Type.String({
              maxLength: AUTHORING_BODY_LIMIT,
              description: `The article as Markdown. ${atMost(AUTHORING_BODY_LIMIT, 'bytes', 'AUTHORING_BODY_LIMIT_BYTES')} Larger is a 413.`,
              examples: [MARKDOWN_EXAMPLE],
            }),
          },
          [MULTIPART_TYPE]: { schema: Ref(MarkdownBundleSchema) },
        },
      },
      response: {
        200: { ...articleResponse('Replaced the article with this slug.'), ...Ref(ImportedArticleEnvelopeSchema) },
        201: { ...createdArticleResponse, ...Ref(ImportedArticleEnvelopeSchema) },
        ...problemResponses([400, 401, 409, 412, 413, 415, 422, 428], { 422: examples.invalidImages!, 409: examples.slugTaken!, 412: examples.staleArticle!, 413: examples.articleTooLarge!, 415: BUNDLE_415 }),
      },
    },
  }, async (request, reply) => {
    const bundle = bundles.get(request)
    let result: { created: boolean, view: Awaited<ReturnType<AuthoringService['importMarkdown']>>['view'], warnings: MarkdownProblem[] }
    if (bundle) {
      const used = new Set<string>()
      result = await importWithImages(authoring, bundle.markdown, contextOf(request), { files: bundleFiles(bundle.files, used), media: images.media, absolute: images.absolute })
      // Files the post does not reference (relatively) are not uploaded.
      for (const file of bundle.files.keys()) {
        if (!used.has(file)) result.warnings.push({ path: '', message: `"${file}" is in the bundle but the post does not reference it: not uploaded` })
      }
    } else {
      result = await authoring.importMarkdown(request.body as string, contextOf(request))
    }
    const { created, view, warnings } = result
    if (created) reply.header('location', adminUrlOf(view))
    return reply.code(created ? 201 : 200).header('etag', view.etag).send({ data: view.article, warnings })
  })
}
