// What articles need of the media library (handed over in services.ts: content never imports src/media), and the rules
// of images in articles: a media reference (media_id, or this service's own media URL) is stored as a reference with
// what the item's immutable bytes fix (size, placeholder); an unknown item is refused; a published article's images
// must all have alt text.
import { mediaIdOf, type MediaSummary } from '../base/media.js'
import type { Executor } from '../db/schema.js'
import { HttpProblem } from '../http/errors.js'
import type { ArticleDocument } from './model/document.js'
import { imagesOf, mapImages, presentImages, storedMediaFields, type Image } from './model/images.js'
import type { ContentProblem } from './model/normalize.js'

export interface MediaCatalog {
  /** The media items with these ids that exist (in `trx` when given). */
  summaries(ids: readonly string[], trx?: Executor): Promise<Map<string, MediaSummary>>
}

/** Where a media URL may come from: this service's origins (PUBLIC_BASE_URL's, or the listening one). */
export interface MediaLinks {
  /** Origins whose `/media/{id}/…` URLs are this service's media. */
  origins(): string[]
  /** The absolute URL of a path of this service (`/media/…`). */
  absolute(path: string): string
}

/** Without a media library (tests of content alone, tools): no item exists, media URLs are relative to nothing. */
export const NO_MEDIA: MediaCatalog = { summaries: async () => new Map() }

/** The id of the media item an image shows: its `media_id`, or the id in its URL when that is this service's media URL. */
export const mediaIdOfImage = (image: Pick<Image, 'media_id' | 'url'>, origins: readonly string[]) =>
  image.media_id ?? (image.url === '' ? undefined : mediaIdOf(image.url, origins))

/** An image as stored: a media reference with the item's fields, or an external image without any. */
function storedImage (image: Image, item: MediaSummary | undefined): Image {
  if (!item) return { type: 'image', url: image.url, alt: image.alt, title: image.title }
  const { url, ...media } = storedMediaFields(item)
  return { type: 'image', url, alt: image.alt === '' ? item.alt : image.alt, title: image.title, ...media }
}

/**
 * The document with every image settled against the media library: a media reference gets the item's URL path, size
 * and placeholder (and its alt when the image has none); an external image loses any media field. Unknown media ids
 * are problems, at the path the image was written (`pathOf`).
 */
export async function resolveMedia (
  document: ArticleDocument,
  { catalog, origins, trx, pathOf }: { catalog: MediaCatalog, origins: readonly string[], trx?: Executor, pathOf: (image: Image, path: string) => string }
): Promise<{ document: ArticleDocument, problems: ContentProblem[] }> {
  const images = imagesOf(document)
  const ids = [...new Set(images.flatMap(({ image }) => {
    const id = mediaIdOfImage(image, origins)
    return id === undefined ? [] : [id]
  }))]
  const found = ids.length > 0 ? await catalog.summaries(ids, trx) : new Map<string, MediaSummary>()
  const problems: ContentProblem[] = []
  for (const { image, path } of images) {
    const id = mediaIdOfImage(image, origins)
    if (id !== undefined && !found.has(id)) {
      problems.push({ path: `${pathOf(image, path)}/${image.media_id !== undefined ? 'media_id' : 'url'}`, message: `names no media item ("${id}")` })
    } else if (id === undefined && image.url === '') {
      problems.push({ path: `${pathOf(image, path)}/url`, message: 'is required unless media_id is given' })
    }
  }
  if (problems.length > 0) return { document, problems }
  const settled = mapImages(document, (image) => {
    const id = mediaIdOfImage(image, origins)
    return storedImage(image, id === undefined ? undefined : found.get(id))
  })
  return { document: settled, problems }
}

/**
 * The images of a document without alt text (only whitespace counts as none). `written` is the document as it was
 * before its images were settled (the same images in the same order): the paths are those its images were written at.
 */
export function imagesWithoutAlt (document: ArticleDocument, written: ArticleDocument, pathOf: (image: Image, path: string) => string): ContentProblem[] {
  const origins = imagesOf(written)
  return imagesOf(document).flatMap(({ image }, index) => {
    if (image.alt.trim() !== '') return []
    const { image: original, path } = origins[index]!
    return [{ path: `${pathOf(original, path)}/alt`, message: 'is required: a published article\'s images need alt text (screen-reader users depend on it)' }]
  })
}

/** A 422 about images (unknown media, missing alt) with the Markdown lines its paths come from; other errors as they are. */
export function located (error: unknown, locate: (errors: ReadonlyArray<{ path: string, message: string }>) => unknown[]): unknown {
  if (!(error instanceof HttpProblem) || error.statusCode !== 422 || !error.errors) return error
  return new HttpProblem(422, error.message, { type: error.type, title: error.title, errors: locate(error.errors) as typeof error.errors })
}

function unprocessable (errors: ContentProblem[]): never {
  throw new HttpProblem(422, `The article's images cannot be saved as sent: ${errors.slice(0, 20).map((error) => error.path).join(', ')}`, {
    type: '/problems/invalid-images', title: 'Invalid images', errors: errors.slice(0, 100),
  })
}

/** The images of the articles one authoring service writes and shows (see createAuthoringService). */
export function createArticleImages (media: { catalog: MediaCatalog, links: MediaLinks } | undefined) {
  const catalog = media?.catalog ?? NO_MEDIA
  const absolute = (path: string) => media ? media.links.absolute(path) : path
  /** Where each image settled by normalization was written (JSON Pointers of the request), for later problems. */
  const paths = new WeakMap<object, string>()
  /** An image's path in the request; images not written by it (stored ones, the cover) by their place in the article. */
  const pathOf = (image: Image, path: string) => paths.get(image) ?? (path === '/cover_image' ? '/body/cover_image' : path)
  return {
    paths,
    /**
     * The document's images settled against the media library (references with the items' fields), or a 422 listing
     * unknown items, or, for a published article, images without alt text.
     */
    async settle (document: ArticleDocument, trx?: Executor): Promise<ArticleDocument> {
      const resolved = await resolveMedia(document, { catalog, origins: media?.links.origins() ?? [], pathOf, ...(trx ? { trx } : {}) })
      if (resolved.problems.length > 0) unprocessable(resolved.problems)
      if (resolved.document.status === 'published') {
        const missing = imagesWithoutAlt(resolved.document, document, pathOf)
        if (missing.length > 0) unprocessable(missing)
      }
      return resolved.document
    },
    /** A stored article as editors see it: media images with absolute URLs, srcset and sizes. */
    present: <T extends { document: ArticleDocument }>(stored: T): T => ({ ...stored, document: presentImages(stored.document, absolute) }),
  }
}
