// Importing a post with its image files (a multipart bundle, or a blog folder on disk): once the post is valid, every
// relative image it references (image blocks, inline images, the front matter cover) whose file is there is uploaded
// to the media library and written as its media URL (`/media/{id}/{name}`; the cover's absolute). A file that is not
// there, or that lies outside the post's folder, is a warning naming it and its line: the image is kept as written.
// An upload refused by the media library (not an accepted image, too large, corrupt) refuses the import with that
// problem, naming the file; images uploaded before it stay in the library (content-addressed: uploading them again
// gives the same items). The media library is handed in (MediaUploader): content does not import it.
import { basename } from 'node:path'
import { mediaPath } from '../base/media.js'
import { HttpProblem } from '../http/errors.js'
import type { AuthoringService, PostImages, WriteContext } from './authoring.js'
import { type ImageReference, type ImportedImage, type MarkdownProblem } from './markdown/markdown.js'

/** What an import needs of the media library (services.media is one): store an image, answer its item. */
export interface MediaUploader {
  upload(file: { bytes: Buffer, filename: string, alt?: string }): Promise<{ item: { id: string, name: string }, created: boolean }>
}

/** Where a post's files are: a bundle's parts, or the post's folder. */
export interface PostFiles {
  /**
   * A file's bytes, by its path relative to the post (normalised; `../` when it leaves the post's folder), or why there
   * are none ("is not in the bundle"). Files outside where the post's files are are never read.
   */
  read(file: string): Promise<Buffer | { problem: string }>
  /** The problem path that names a file (`/body/files/chart.png` for a bundle part). */
  pathOf(file: string): string
}

export interface ImageImportOptions {
  /** The slug to use when the front matter gives none. */
  slug?: string | undefined
  files: PostFiles
  media: MediaUploader
  /** The absolute URL of a path of this service: a cover image's URL is absolute. */
  absolute: (path: string) => string
}

/** An image file of the post: uploaded (or, in a dry run, to be uploaded). */
export interface PostImage { file: string, bytes: number, url?: string, created?: boolean }

/** The post's images, resolved once: what was uploaded, and why the others were not. */
function postImages ({ files, media, absolute }: ImageImportOptions, dryRun: boolean) {
  const problems = new Map<string, string>()
  const images: PostImage[] = []
  const resolver: PostImages = {
    async resolve (references) {
      const imported: Record<string, ImportedImage> = {}
      for (const file of new Set(references.map((reference) => reference.file))) {
        const bytes = await files.read(file)
        if (!Buffer.isBuffer(bytes)) {
          problems.set(file, bytes.problem)
          continue
        }
        if (dryRun) {
          images.push({ file, bytes: bytes.length })
          continue
        }
        // The alt text the post gives it (the first that is not empty), as the item's own.
        const alt = references.find((reference) => reference.file === file && reference.alt.trim() !== '')?.alt ?? ''
        let uploaded: Awaited<ReturnType<MediaUploader['upload']>>
        try {
          uploaded = await media.upload({ bytes, filename: basename(file), alt })
        } catch (error) {
          throw refused(file, files.pathOf(file), error)
        }
        const url = mediaPath(uploaded.item)
        imported[file] = { url, absolute: absolute(url) }
        images.push({ file, bytes: bytes.length, url, created: uploaded.created })
      }
      return imported
    },
  }
  /** The import's warnings, with one for each image left as written (in line order). */
  const warnings = (given: MarkdownProblem[], left: ImageReference[]) => {
    const added = left.flatMap((reference): MarkdownProblem[] => {
      const problem = problems.get(reference.file)
      if (problem === undefined) return []
      const what = reference.path === '/cover_image/url' ? `cover image "${reference.url}" ${problem}: not stored` : `image "${reference.url}" ${problem}: kept as written`
      return [{ path: reference.path, line: reference.line, column: reference.column, message: what }]
    })
    return [...given, ...added].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
  }
  return { resolver, images, warnings }
}

/** The media library's refusal of a file, naming it. */
function refused (file: string, path: string, error: unknown): unknown {
  if (!(error instanceof HttpProblem)) return error
  return new HttpProblem(error.statusCode, `"${file}": ${error.message}`, {
    type: error.type, title: error.title, headers: error.headers, errors: [{ path, message: `${file}: ${error.errors?.[0]?.message ?? error.message}` }],
  })
}

/** importMarkdown, uploading the post's images (see the file comment). `images`: the files uploaded. */
export async function importWithImages (authoring: AuthoringService, text: string, context: WriteContext, options: ImageImportOptions) {
  const run = postImages(options, false)
  const result = await authoring.importMarkdown(text, context, { slug: options.slug, images: run.resolver })
  return { created: result.created, view: result.view, warnings: run.warnings(result.warnings, result.images), uploads: run.images }
}

/** checkMarkdown, with the post's images found but not uploaded. `images`: the files an import would upload. */
export async function checkWithImages (authoring: AuthoringService, text: string, options: ImageImportOptions) {
  const run = postImages(options, true)
  const result = await authoring.checkMarkdown(text, { slug: options.slug, images: run.resolver })
  return { slug: result.slug, created: result.created, warnings: run.warnings(result.warnings, result.images), uploads: run.images }
}
