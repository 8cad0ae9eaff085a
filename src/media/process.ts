// Image work with sharp (libvips, in its own threads: off the event loop): what an upload is (decided from its bytes
// by file-type, never from its name or the client's Content-Type), its cleaned original (orientation applied, then
// every piece of metadata dropped: EXIF GPS coordinates, camera serials, comments), its ThumbHash placeholder, and
// variants (a fixed width and/or another format). The three libraries are loaded on the first upload or variant.
import type { Metadata, OutputInfo, Sharp } from 'sharp'
import { loadOnFirstUse } from '../base/lazy.js'
import { FORMAT_TYPES, MEDIA_MAX_SIDE, MEDIA_TYPES, type MediaFormat, type MediaType } from '../base/media.js'
import { HttpProblem } from '../http/errors.js'

const loadLibraries = loadOnFirstUse('the image libraries (sharp, file-type, thumbhash)', async () => {
  const [{ default: sharp }, { fileTypeFromBuffer }, { rgbaToThumbHash }] = await Promise.all([import('sharp'), import('file-type'), import('thumbhash')])
  // Decoded images are not kept by libvips between jobs (memory stays bounded by the jobs running), and each job uses
  // one thread: MEDIA_CONCURRENCY jobs at once is then MEDIA_CONCURRENCY threads, leaving the event loop its core.
  sharp.cache(false)
  sharp.concurrency(1)
  return { sharp, fileTypeFromBuffer, rgbaToThumbHash }
})

const ACCEPTED = 'JPEG, PNG, WebP, AVIF or GIF'

export interface CleanImage {
  bytes: Buffer
  content_type: MediaType
  width: number
  height: number
  /** Base64 ThumbHash. */
  thumbhash: string
}

const animatedTypes = new Set<string>(['image/gif', 'image/webp'])

/** The upload's type from its first bytes, if it is one we accept. */
export async function detectType (bytes: Buffer): Promise<MediaType> {
  const { fileTypeFromBuffer } = await loadLibraries()
  const detected = await fileTypeFromBuffer(bytes)
  const mime = detected?.mime
  if (mime && (MEDIA_TYPES as readonly string[]).includes(mime)) return mime as MediaType
  throw new HttpProblem(415, `This file is ${mime ? `of type ${mime}` : 'not an image type we accept'} (decided from its bytes): upload a ${ACCEPTED} image (${MEDIA_TYPES.join(', ')}).`, {
    type: '/problems/unsupported-media-type',
    errors: [{ path: '/file', message: `accepted types: ${MEDIA_TYPES.join(', ')}` }],
  })
}

function unreadable (error: unknown): HttpProblem {
  const reason = error instanceof Error ? error.message.split('\n')[0]?.replace(/^[^:]*: /, '') : undefined
  return new HttpProblem(400, `The image could not be read: it is truncated or corrupt${reason ? ` (${reason})` : ''}.`, {
    errors: [{ path: '/file', message: 'truncated or corrupt image' }],
  })
}

/**
 * Checks an upload and makes its stored original: the type from the bytes, the size from the header before anything
 * is decoded (a 50,000 × 50,000 pixel bomb is refused without decoding it), then a full decode (a truncated file
 * fails here), orientation applied and metadata removed.
 */
export async function cleanUpload (bytes: Buffer, limits: { maxPixels: number }): Promise<CleanImage> {
  const type = await detectType(bytes)
  const { sharp } = await loadLibraries()
  const animated = animatedTypes.has(type)
  let meta: Metadata
  try {
    meta = await sharp(bytes, { animated, limitInputPixels: false }).metadata()
  } catch (error) {
    throw unreadable(error)
  }
  const width = meta.width
  const height = meta.pageHeight ?? meta.height
  if (!width || !height) throw unreadable(undefined)
  if (width * height > limits.maxPixels || width > MEDIA_MAX_SIDE || height > MEDIA_MAX_SIDE) {
    throw new HttpProblem(400, `The image is ${width} × ${height} pixels: at most ${limits.maxPixels.toLocaleString('en')} pixels and ${MEDIA_MAX_SIDE} pixels a side are accepted.`, {
      type: '/problems/image-too-large',
      errors: [{ path: '/file', message: `${width} × ${height} pixels is too many` }],
    })
  }
  let output: { data: Buffer, info: OutputInfo }
  try {
    // failOn 'warning' (sharp's default, stated): a truncated or damaged file is an error, not a grey half-picture.
    const image = sharp(bytes, { animated, limitInputPixels: limits.maxPixels * (meta.pages ?? 1), failOn: 'warning' }).rotate()
    output = await encode(image, type).toBuffer({ resolveWithObject: true })
  } catch (error) {
    throw unreadable(error)
  }
  const outWidth = output.info.width
  const outHeight = output.info.pageHeight ?? output.info.height
  return { bytes: output.data, content_type: type, width: outWidth, height: outHeight, thumbhash: await thumbhashOf(output.data) }
}

/** Encodes in `type` without metadata (sharp keeps none unless asked). */
function encode (image: Sharp, type: MediaType): Sharp {
  switch (type) {
    case 'image/jpeg': return image.jpeg({ quality: 90, progressive: true })
    case 'image/png': return image.png({ compressionLevel: 8, adaptiveFiltering: true })
    case 'image/webp': return image.webp({ quality: 90, effort: 4 })
    case 'image/avif': return image.avif({ quality: 70, effort: 3 })
    case 'image/gif': return image.gif()
  }
}

const FORMAT_ENCODERS: Readonly<Record<MediaFormat, (image: Sharp) => Sharp>> = {
  webp: (image) => image.webp({ quality: 80, effort: 4 }),
  avif: (image) => image.avif({ quality: 55, effort: 3 }),
  jpeg: (image) => image.jpeg({ quality: 82, progressive: true, mozjpeg: true }),
  png: (image) => image.png({ compressionLevel: 8, adaptiveFiltering: true, palette: false }),
}

/**
 * A variant of a stored original: `width` pixels wide (0: its own width; never enlarged) in `format`. Animation is
 * kept where the format has it (WebP); other formats get the first frame.
 */
export async function makeVariant (original: Buffer, sourceType: string, variant: { width: number, format: MediaFormat }): Promise<{ bytes: Buffer, content_type: MediaType }> {
  const animated = animatedTypes.has(sourceType) && variant.format === 'webp'
  const { sharp } = await loadLibraries()
  let image = sharp(original, { animated, limitInputPixels: false })
  if (variant.width > 0) image = image.resize({ width: variant.width, withoutEnlargement: true })
  const bytes = await FORMAT_ENCODERS[variant.format](image).toBuffer()
  return { bytes, content_type: FORMAT_TYPES[variant.format] }
}

/** ThumbHash of an image, base64: made from a copy at most 100 pixels a side, as ThumbHash asks. */
export async function thumbhashOf (bytes: Buffer): Promise<string> {
  const { sharp, rgbaToThumbHash } = await loadLibraries()
  const { data, info } = await sharp(bytes, { limitInputPixels: false })
    .resize(100, 100, { fit: 'inside' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  return Buffer.from(rgbaToThumbHash(info.width, info.height, data)).toString('base64')
}
