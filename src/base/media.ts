// Media URLs and the fixed set of image variants: pure helpers shared by the media feature (which serves them) and the
// content feature (which writes them into articles: src, srcset, width, height).

/** The widths a variant may have (`?w=`): a fixed set, so nobody can fill the disk with arbitrary sizes. */
export const MEDIA_WIDTHS = [320, 640, 960, 1280, 1920] as const
export type MediaWidth = typeof MEDIA_WIDTHS[number]

/** The formats a variant may be sent in (`?format=`). */
export const MEDIA_FORMATS = ['webp', 'avif', 'jpeg', 'png'] as const
export type MediaFormat = typeof MEDIA_FORMATS[number]

/** The types an upload may have, decided from its bytes. */
export const MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'] as const
export type MediaType = typeof MEDIA_TYPES[number]

/** Default most pixels of an upload (MEDIA_MAX_PIXELS): 50 megapixels, e.g. 8,660 × 5,774. */
export const MEDIA_MAX_PIXELS = 50_000_000
/** Longest side of an upload, whatever its pixel count (WebP's own limit is 16,383). */
export const MEDIA_MAX_SIDE = 16_383

export const FORMAT_TYPES: Readonly<Record<MediaFormat, MediaType>> = {
  webp: 'image/webp', avif: 'image/avif', jpeg: 'image/jpeg', png: 'image/png',
}

export const TYPE_EXTENSIONS: Readonly<Record<MediaType, string>> = {
  'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/avif': 'avif', 'image/gif': 'gif',
}

/** What an article needs to show a media item: where it is, its size (no layout shift), its text and placeholder. */
export interface MediaSummary {
  id: string
  /** File name in its URL: /media/{id}/{name}. */
  name: string
  content_type: string
  width: number
  height: number
  alt: string
  /** ThumbHash of the image, base64: a blurred placeholder to paint before the image arrives. */
  thumbhash: string
}

/** Ids are 24 lowercase hex digits (the start of the SHA-256 of the uploaded bytes). */
export const MEDIA_ID_PATTERN = '^[0-9a-f]{24}$'
const MEDIA_ID = /^[0-9a-f]{24}$/

/** /media/{id}/{name}, optionally with a variant's query. */
export function mediaPath (item: { id: string, name: string }, variant: { w?: number, format?: MediaFormat } = {}): string {
  const query = [variant.w !== undefined ? `w=${variant.w}` : '', variant.format ? `format=${variant.format}` : ''].filter(Boolean).join('&')
  return `/media/${item.id}/${encodeURIComponent(item.name)}${query ? `?${query}` : ''}`
}

/**
 * The media id of a URL that points at this service's media: path-only (`/media/{id}/…`) or absolute with one of
 * `origins` (this service's public base URL's origin, for instance). Anything else: undefined.
 */
export function mediaIdOf (url: string, origins: readonly string[] = []): string | undefined {
  let path = url
  if (!url.startsWith('/')) {
    let parsed: URL
    try { parsed = new URL(url) } catch { return undefined }
    if (!origins.includes(parsed.origin)) return undefined
    path = parsed.pathname
  }
  const match = /^\/media\/([^/?#]+)\/[^/?#]+(?:[?#].*)?$/.exec(path)
  const id = match?.[1]
  return id !== undefined && MEDIA_ID.test(id) ? id : undefined
}

/**
 * The widths worth offering for an image `width` pixels wide: each fixed width below it, then the image's own width
 * (variants never enlarge).
 */
export function variantWidths (width: number): number[] {
  return [...MEDIA_WIDTHS.filter((w) => w < width), width]
}

/**
 * An `srcset` value for an image (absolute URLs made by `absolute`): one candidate per fixed width below its own, in
 * its own format, then the original at its own width.
 */
export function srcsetOf (item: Pick<MediaSummary, 'id' | 'name' | 'width'>, absolute: (path: string) => string): string {
  return variantWidths(item.width)
    .map((w) => `${absolute(w === item.width ? mediaPath(item) : mediaPath(item, { w }))} ${w}w`)
    .join(', ')
}

/** A `sizes` value for an image shown at most at its own width, in a column of the page's width. */
export function sizesOf (item: Pick<MediaSummary, 'width'>): string {
  return `(max-width: ${item.width}px) 100vw, ${item.width}px`
}
