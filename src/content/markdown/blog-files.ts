// The posts of a blog on disk, for `npm run cli -- import <folder>`: every `*.md` under a folder, each with the slug
// its file or folder name gives (`post-name/index.md` → post-name, Jekyll's `2024-03-05-post-name.md` → post-name),
// and the image files a post references, read from its folder.
import { readdirSync, realpathSync, statSync } from 'node:fs'
import { readFile, realpath, stat } from 'node:fs/promises'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import { HttpProblem } from '../../http/errors.js'
import type { PostFiles } from '../import-images.js'
import { slugify } from '../model/text.js'

export interface BlogFile {
  /** The file's path. */
  path: string
  /** The path as shown to the operator: relative to the folder imported. */
  label: string
  /** The slug the file or folder name gives, when it gives one (the front matter's slug comes first). */
  slug: string | undefined
}

/** The slug of a post's file name: its folder's for an index.md, without a leading date (Jekyll's `_posts`). */
export function slugFromFileName (path: string): string | undefined {
  const name = basename(path).replace(/\.md$/i, '')
  const stem = /^index$/i.test(name) ? basename(dirname(path)) : name
  const slug = slugify(stem.replace(/^\d{4}-\d{2}-\d{2}-/, '')).slice(0, 100).replace(/-+$/, '')
  return slug === '' ? undefined : slug
}

/** Every post under `folder` (or `folder` itself when it is a file), in path order. Hidden folders, node_modules and Hugo's `_index.md` list pages are skipped. */
export function blogFiles (folder: string): BlogFile[] {
  if (!statSync(folder).isDirectory()) return [{ path: folder, label: folder, slug: slugFromFileName(folder) }]
  const found: string[] = []
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
      const path = join(dir, entry.name)
      if (entry.isDirectory()) visit(path)
      else if (entry.isFile() && /\.md$/i.test(entry.name) && entry.name !== '_index.md') found.push(path)
    }
  }
  visit(folder)
  return found.map((path) => ({ path, label: relative(folder, path), slug: slugFromFileName(path) }))
}

/**
 * The files of a post under `folder` (content/import-images.ts): paths relative to the post's own folder, never
 * outside `folder` (`../../etc/passwd` is refused, and so is a symbolic link that leads out); a file larger than
 * `maxBytes` (MEDIA_MAX_BYTES) is a 413 naming it.
 */
export function postFiles (folder: string, post: string, maxBytes: number): PostFiles {
  const root = realpathSync(statSync(folder).isDirectory() ? folder : dirname(folder))
  const inside = (path: string) => path === root || path.startsWith(`${root}${sep}`)
  return {
    pathOf: (file) => file,
    async read (file) {
      const target = resolve(dirname(post), file)
      let real: string
      try {
        real = await realpath(target)
      } catch {
        return inside(target) ? { problem: `is missing (no file ${relative(root, target)})` } : { problem: 'is outside the folder imported (not read)' }
      }
      if (!inside(real)) return { problem: 'is outside the folder imported (not read)' }
      const stats = await stat(real)
      if (!stats.isFile()) return { problem: `is not a file (${relative(root, real)})` }
      if (stats.size > maxBytes) throw new HttpProblem(413, `"${file}" is larger than ${maxBytes} bytes (MEDIA_MAX_BYTES).`)
      return readFile(real)
    },
  }
}
