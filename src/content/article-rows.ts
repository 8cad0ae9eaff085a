// An article row as the content repository reads it (its author joined) and the model fields it serves from it.
import type { ArticleStatus } from './model/document.js'
import type { CoverImage, Tag } from './model/schemas.js'

export const ARTICLE_COLUMNS = [
  'articles.id', 'articles.slug', 'articles.title', 'articles.excerpt', 'articles.status', 'articles.published_at', 'articles.created_at',
  'articles.updated_at', 'articles.updated_by', 'articles.version', 'articles.word_count', 'articles.language', 'articles.canonical_url',
  'articles.meta_title', 'articles.meta_description', 'articles.cover_image_url', 'articles.cover_image_alt',
  'articles.cover_media_id', 'articles.cover_image_width', 'articles.cover_image_height', 'articles.cover_image_thumbhash',
  'articles.publish_at', 'articles.unpublish_at',
  'authors.slug as author_slug', 'authors.name as author_name',
] as const

export interface ArticleRow {
  id: number,
  slug: string,
  title: string,
  excerpt: string,
  status: ArticleStatus,
  published_at: string | null,
  created_at: string
  updated_at: string,
  updated_by: string | null,
  version: number,
  word_count: number,
  language: string,
  canonical_url: string | null
  meta_title: string | null,
  meta_description: string | null,
  cover_image_url: string | null,
  cover_image_alt: string | null
  cover_media_id: string | null
  cover_image_width: number | null
  cover_image_height: number | null
  cover_image_thumbhash: string | null
  publish_at: string | null
  unpublish_at: string | null
  author_slug: string | null,
  author_name: string | null
}

/** The model fields of an article row, as served. */
export function modelOf (row: ArticleRow, tags: Tag[]) {
  return {
    author: row.author_slug !== null && row.author_name !== null ? { slug: row.author_slug, name: row.author_name } : null,
    tags,
    language: row.language,
    canonical_url: row.canonical_url,
    meta_title: row.meta_title,
    meta_description: row.meta_description,
    cover_image: coverOf(row),
  }
}

/** The cover of an article row: an external image (url, alt), or a media item with what its bytes fix. */
function coverOf (row: ArticleRow): CoverImage | null {
  if (row.cover_image_url === null) return null
  const cover = { url: row.cover_image_url, alt: row.cover_image_alt ?? '' }
  if (row.cover_media_id === null || row.cover_image_width === null || row.cover_image_height === null) return cover
  return { ...cover, media_id: row.cover_media_id, width: row.cover_image_width, height: row.cover_image_height, thumbhash: row.cover_image_thumbhash ?? '' }
}
