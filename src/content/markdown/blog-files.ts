// The posts of a blog on disk, for `npm run cli -- import <folder>`: every `*.md` under a folder, each with the slug
// its file or folder name gives (`post-name/index.md` → post-name, Jekyll's `2024-03-05-post-name.md` → post-name).
import { readdirSync, statSync } from 'node:fs'
import { basename, dirname, join, relative } from 'node:path'
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
