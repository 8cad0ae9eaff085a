// Relative images of a post (`./chart.png`, `images/x.jpg`, a front matter cover): the files they name, found while
// parsing, so that an import with the post's files (a bundle, a blog folder) can upload them and write media URLs
// instead. Pure functions.
import { posix } from 'node:path'

/** A relative image of the post, where it is written. */
export interface ImageReference {
  /** The file it names, relative to the post: normalised (`./chart.png` → `chart.png`); `../` when it leaves the post's folder. */
  file: string
  /** The URL as written. */
  url: string
  /** Its alt text (the cover's `alt`). */
  alt: string
  /** JSON Pointer of its URL in the article (`/sections/0/blocks/2/url`, `/cover_image/url`). */
  path: string
  line: number
  column: number
}

/** What became of a post's image file: its media URL, path-only (`/media/{id}/{name}`) and absolute (for the cover). */
export interface ImportedImage { url: string, absolute: string }

/** A URL a reader's browser resolves against the page (relative). */
export const RELATIVE_URL = /^(?![a-z][a-z0-9+.-]*:|#|\/\/)/i

/** A file path as a bundle names it: `/` separators, `.` and `..` segments resolved (`./images/../chart.png` → `chart.png`). */
export function normaliseFile (path: string): string {
  const normal = posix.normalize(path.replace(/\\/g, '/'))
  return normal === '.' ? '' : normal.replace(/\/$/, '')
}

/** The file a relative image URL names (query and fragment dropped, %-escapes decoded), or undefined for any other URL. */
export function imageFileOf (url: string): string | undefined {
  if (url === '' || url.startsWith('/') || !RELATIVE_URL.test(url)) return undefined
  let path = url.replace(/[?#].*$/, '')
  try {
    path = decodeURIComponent(path)
  } catch {
    // A stray % stays as written.
  }
  const file = normaliseFile(path)
  return file === '' ? undefined : file
}

/** Whether a normalised path leaves the folder it is relative to. */
export const leavesFolder = (file: string) => file === '..' || file.startsWith('../') || posix.isAbsolute(file)
