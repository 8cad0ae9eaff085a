// Front matter of an imported post, YAML (`---`) or TOML (`+++`, smol-toml), mapped onto the article's fields under
// the names static-site generators use (Hugo, Jekyll, Gatsby, Next, Eleventy). Pure functions, no I/O.
//
// Names taken: title; slug; date | published_at (a date or date-time) → published_at; excerpt | description | summary |
// spoiler → excerpt (the first given); author (a name or {name, slug}) and authors (a list: the first is the author);
// tags and categories (names or {name, slug}; merged, the same slug once); draft (true → draft, false → published),
// published (Jekyll's `published: false` → draft), status; image | cover | cover_image (a URL or {url|src|image, alt}) →
// cover_image; language | lang; canonical_url | canonicalURL; meta_title; meta_description. The export's own fields:
// section_keys, heading_ids, section_level. Anything else is ignored and reported as a warning.
//
// Status: as Hugo and Jekyll publish a post unless it is marked a draft, a post with a date and no draft/published/status
// field is imported as published (at that date); a post without a date, a draft flag or a status is imported as a draft
// (nothing says it is ready).
import { parse as parseToml, TomlDate, TomlError } from 'smol-toml'
import YAML, { isMap, isScalar, LineCounter } from 'yaml'
import { slugify } from '../model/text.js'
import { imageFileOf, type ImageReference, type ImportedImage } from './images.js'
import type { MarkdownProblem } from './problems.js'

/** What the front matter says, in the article's terms, plus the export's structural hints. */
export interface FrontMatter {
  fields: Record<string, unknown>
  title?: string
  sectionKeys?: unknown[]
  headingIds?: unknown[]
  sectionLevel?: number
  /** The line each field's name is on, by the field's name in the article (`published_at`), for problems. */
  lines: Record<string, number>
}

/** Front matter names taken, and the article field each gives. */
export const FRONT_MATTER_ALIASES: Record<string, string> = Object.fromEntries([
  ['slug', 'slug'], ['title', 'title'], ['date', 'published_at'], ['published_at', 'published_at'],
  ['excerpt', 'excerpt'], ['description', 'excerpt'], ['summary', 'excerpt'], ['spoiler', 'excerpt'],
  ['author', 'author'], ['authors', 'author'], ['tags', 'tags'], ['categories', 'tags'], ['draft', 'status'],
  ['published', 'status'], ['status', 'status'], ['image', 'cover_image'], ['cover', 'cover_image'],
  ['cover_image', 'cover_image'], ['language', 'language'], ['lang', 'language'], ['canonical_url', 'canonical_url'],
  ['canonicalURL', 'canonical_url'], ['meta_title', 'meta_title'], ['meta_description', 'meta_description'],
  ['section_keys', 'section_keys'], ['heading_ids', 'heading_ids'], ['section_level', 'section_level'],
])

interface RawFrontMatter { values: Record<string, unknown>, lines: Record<string, number> }

/** Parses YAML (core schema: dates stay strings) with the line of every top-level key. */
function parseYaml (value: string, firstLine: number, errors: MarkdownProblem[]): RawFrontMatter | undefined {
  const lineCounter = new LineCounter()
  const document = YAML.parseDocument(value, { schema: 'core', lineCounter, uniqueKeys: true })
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      const at = error.linePos?.[0]
      errors.push({ path: '', line: firstLine + (at?.line ?? 1) - 1, column: at?.col ?? 1, message: `front matter is not valid YAML: ${error.message.split('\n')[0]!}` })
    }
    return undefined
  }
  const contents = document.contents
  if (contents === null) return { values: {}, lines: {} }
  if (!isMap(contents)) {
    errors.push({ path: '', line: firstLine, column: 1, message: 'front matter must be a map of fields (title: …, date: …)' })
    return undefined
  }
  const values = document.toJS() as Record<string, unknown>
  const lines: Record<string, number> = {}
  for (const item of contents.items) {
    if (isScalar(item.key) && item.key.range) lines[String(item.key.value)] = firstLine + lineCounter.linePos(item.key.range[0]).line - 1
  }
  return { values, lines }
}

function parseTomlFrontMatter (value: string, firstLine: number, errors: MarkdownProblem[]): RawFrontMatter | undefined {
  try {
    const values = parseToml(value) as Record<string, unknown>
    const lines: Record<string, number> = {}
    value.split('\n').forEach((line, index) => {
      const key = /^\s*["']?([\w-]+)["']?\s*=/.exec(line)?.[1]
      if (key !== undefined && !(key in lines)) lines[key] = firstLine + index
    })
    return { values, lines }
  } catch (error) {
    if (!(error instanceof TomlError)) throw error
    errors.push({ path: '', line: firstLine + error.line - 1, column: error.column, message: `front matter is not valid TOML: ${error.message.split('\n')[0]!}` })
    return undefined
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

/** `name`, or {name, slug}: as the authoring schema takes names (other keys of the object are ignored). */
function named (value: unknown): unknown {
  if (typeof value === 'string' || typeof value === 'number') return { name: String(value) }
  if (isRecord(value) && value.name !== undefined) return { name: value.name, ...(value.slug !== undefined ? { slug: value.slug } : {}) }
  return value
}

/** A date (TOML date, `2024-03-05`, `2024-03-05T10:00:00+02:00`, Jekyll's `2024-03-05 10:00:00 +0200`) as ISO-8601 UTC. */
function timestamp (value: unknown): string | undefined {
  if (value instanceof TomlDate) {
    if (value.isTime()) return undefined
    // A local date or date-time has no zone: read it as UTC.
    if (value.isDate()) return `${value.toISOString()}T00:00:00.000Z`
    if (value.isLocal()) return new Date(`${value.toISOString()}Z`).toISOString()
    return new Date(value.getTime()).toISOString()
  }
  if (value instanceof Date) return value.toISOString()
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return `${text}T00:00:00.000Z`
  const jekyll = /^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(text)
  const iso = jekyll ? `${jekyll[1]!}T${jekyll[2]!.replace(/^(\d):/, '0$1:')}${jekyll[3]?.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2') ?? 'Z'}` : text
  const time = Date.parse(iso)
  return Number.isNaN(time) ? undefined : new Date(time).toISOString()
}

function coverImage (value: unknown): { url: unknown, alt: unknown } | undefined {
  if (typeof value === 'string') return { url: value, alt: '' }
  if (isRecord(value)) {
    const url = value.url ?? value.src ?? value.image
    if (url !== undefined) return { url, alt: value.alt ?? value.caption ?? '' }
  }
  return undefined
}

const listOf = (value: unknown): unknown[] => Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]

/**
 * The front matter of a post (the value of its `yaml` or `toml` node, which starts on `firstLine`) in the article's
 * terms. Problems are pushed to `errors` and `warnings` (paths relative to the article: `/published_at`).
 */
export function readFrontMatter (
  kind: 'yaml' | 'toml', value: string, firstLine: number, errors: MarkdownProblem[], warnings: MarkdownProblem[],
  /** The post's image files, when the import has them (see ConvertContext.imageFiles): a relative cover is one of them. */
  files: { imageFiles?: Readonly<Record<string, ImportedImage>> | undefined, images?: ImageReference[] } = {}
): FrontMatter {
  const raw = kind === 'yaml' ? parseYaml(value, firstLine, errors) : parseTomlFrontMatter(value, firstLine, errors)
  const result: FrontMatter = { fields: {}, lines: {} }
  if (!raw) return result
  const { values, lines } = raw
  const at = (key: string) => ({ line: lines[key] ?? firstLine, column: 1 })
  const given = (key: string) => values[key] !== undefined && values[key] !== null
  const fields = result.fields
  for (const [key, target] of Object.entries(FRONT_MATTER_ALIASES)) {
    if (given(key) && result.lines[target] === undefined) result.lines[target] = at(key).line
  }
  for (const key of Object.keys(values)) {
    if (!(key in FRONT_MATTER_ALIASES)) warnings.push({ ...at(key), message: `front matter field "${key}" is not an article field: ignored` })
  }

  if (given('title')) result.title = typeof values.title === 'string' ? values.title : String(values.title)
  if (given('slug')) fields.slug = values.slug
  for (const field of ['language', 'meta_title', 'meta_description', 'canonical_url'] as const) if (given(field)) fields[field] = values[field]
  if (!given('language') && given('lang')) fields.language = values.lang
  if (!given('canonical_url') && given('canonicalURL')) fields.canonical_url = values.canonicalURL

  const dateKey = given('published_at') ? 'published_at' : given('date') ? 'date' : undefined
  if (dateKey) {
    const iso = timestamp(values[dateKey])
    if (iso) fields.published_at = iso
    else errors.push({ path: '/published_at', ...at(dateKey), message: `"${dateKey}" is not a date: write 2024-03-05 or 2024-03-05T10:00:00Z` })
  }

  const excerptKeys = ['excerpt', 'description', 'summary', 'spoiler'].filter(given)
  if (excerptKeys.length > 0) {
    fields.excerpt = values[excerptKeys[0]!]
    for (const key of excerptKeys.slice(1)) warnings.push({ ...at(key), message: `"${key}" ignored: the excerpt is taken from "${excerptKeys[0]!}"` })
  }

  const authors = [...listOf(values.author), ...listOf(values.authors)]
  if (authors.length > 0) {
    fields.author = named(authors[0])
    if (authors.length > 1) warnings.push({ ...at(given('authors') ? 'authors' : 'author'), message: `an article has one author: the first is kept, ${authors.length - 1} more ignored` })
  } else if (values.author === null) {
    fields.author = null
  }

  if (given('tags') || given('categories')) {
    const seen = new Set<string>()
    const tags: unknown[] = []
    for (const tag of [...listOf(values.tags), ...listOf(values.categories)].map(named)) {
      const slug = isRecord(tag) ? (typeof tag.slug === 'string' ? tag.slug : typeof tag.name === 'string' ? slugify(tag.name) : undefined) : undefined
      if (slug !== undefined && slug !== '' && seen.has(slug)) continue
      if (slug !== undefined) seen.add(slug)
      tags.push(tag)
    }
    fields.tags = tags
  }

  if (given('status')) fields.status = values.status
  else if (values.draft === true || values.published === false) fields.status = 'draft'
  else if (values.draft === false || values.published === true || fields.published_at !== undefined) fields.status = 'published'
  for (const key of ['draft', 'published'] as const) {
    if (given(key) && typeof values[key] !== 'boolean') errors.push({ path: '/status', ...at(key), message: `"${key}" must be true or false` })
  }

  const coverKey = ['cover_image', 'cover', 'image'].find(given)
  if (coverKey) {
    const cover = coverImage(values[coverKey])
    const file = files.imageFiles && typeof cover?.url === 'string' ? imageFileOf(cover.url) : undefined
    if (!cover) {
      errors.push({ path: '/cover_image', ...at(coverKey), message: `"${coverKey}" must be an image URL or {url, alt}` })
    } else if (file !== undefined) {
      // The cover's URL is absolute: the cover_image of an article is.
      const imported = Object.hasOwn(files.imageFiles!, file) ? files.imageFiles![file] : undefined
      if (imported) fields.cover_image = { ...cover, url: imported.absolute }
      else files.images?.push({ file, url: cover.url as string, alt: typeof cover.alt === 'string' ? cover.alt : '', path: '/cover_image/url', ...at(coverKey) })
    } else if (typeof cover.url === 'string' && !/^(?:https?:\/\/|\/media\/)/i.test(cover.url)) {
      warnings.push({ path: '/cover_image', ...at(coverKey), message: `cover image "${cover.url}" is a relative URL: not stored (a cover image needs an absolute http(s) URL)` })
    } else {
      fields.cover_image = cover
    }
  }

  if (given('section_keys')) result.sectionKeys = listOf(values.section_keys)
  if (given('heading_ids')) result.headingIds = listOf(values.heading_ids)
  if (given('section_level')) {
    const level = values.section_level
    if (typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 6) result.sectionLevel = level
    else errors.push({ path: '', ...at('section_level'), message: 'section_level must be a heading level from 1 to 6 (the level of the headings that start sections)' })
  }
  return result
}
