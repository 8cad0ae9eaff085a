// schema.org structured data for a published article (JSON-LD): what search engines read for rich results.
import { imagesOf } from '../model/images.js'
import type { Article } from '../model/schemas.js'
import { articleBodyText } from './text.js'

/** Google's Article guidance: longer headlines may be cut off; 110 characters is the limit it long documented. */
export const HEADLINE_MAX_LENGTH = 110
/** Images listed in `image` at most. */
export const JSONLD_MAX_IMAGES = 20

export type JsonLdImage = string | { '@type': 'ImageObject', url: string, width: number, height: number }

/**
 * The article's images for `image`: the cover, then the images of its body, each once; only absolute http(s) URLs
 * (a relative one means nothing outside the page). A media item is an ImageObject with its size.
 */
export function jsonLdImages (article: Pick<Article, 'intro' | 'sections' | 'cover_image'>): JsonLdImage[] {
  const seen = new Set<string>()
  const images: JsonLdImage[] = []
  for (const { image } of imagesOf(article)) {
    if (!/^https?:\/\//i.test(image.url) || seen.has(image.url) || images.length >= JSONLD_MAX_IMAGES) continue
    seen.add(image.url)
    images.push(image.media_id !== undefined && image.width !== undefined && image.height !== undefined
      ? { '@type': 'ImageObject', url: image.url, width: image.width, height: image.height }
      : image.url)
  }
  return images
}

export interface ArticleJsonLd {
  '@context': 'https://schema.org'
  '@type': 'Article'
  headline: string
  description?: string
  datePublished: string
  dateModified: string
  author?: { '@type': 'Person', name: string }
  inLanguage: string
  wordCount: number
  articleBody?: string
  mainEntityOfPage: { '@type': 'WebPage', '@id': string }
  url: string
  image?: JsonLdImage[]
  keywords?: string
  aggregateRating?: { '@type': 'AggregateRating', ratingValue: number, reviewCount: number, bestRating: 5, worstRating: 1 }
}

/** At most `max` characters (code points), cut at a word boundary and marked with an ellipsis when shortened. */
export function shorten (text: string, max: number): string {
  const characters = [...text]
  if (characters.length <= max) return text
  const cut = characters.slice(0, max - 1).join('')
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.—–-]+$/u, '')}…`
}

/**
 * The article as a schema.org Article. `url` is its absolute address (built from PUBLIC_BASE_URL); when the author set
 * a canonical URL (the article is a copy), that is the page the data describes instead.
 * - headline: `meta_title` (the title meant for search results) or the title, shortened to 110 characters if longer.
 * - description: `meta_description`, or the excerpt.
 * - author: a Person when the article names one; otherwise none rather than a made-up one.
 * - articleBody: the article's plain text (intro, section headings, blocks and footnotes; links as their text); absent when the article has no body.
 * - image: the cover image and the article's images (absolute URLs; media items as ImageObjects with their size).
 * - aggregateRating: only with approved reviews (ratings 1–5); a rating of zero reviews would be invalid.
 */
export function articleJsonLd (article: Article, url: string): ArticleJsonLd {
  const page = article.canonical_url ?? url
  const description = article.meta_description ?? article.excerpt
  const body = articleBodyText(article)
  const images = jsonLdImages(article)
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: shorten(article.meta_title ?? article.title, HEADLINE_MAX_LENGTH),
    ...(description ? { description } : {}),
    datePublished: article.published_at,
    dateModified: article.updated_at,
    ...(article.author ? { author: { '@type': 'Person' as const, name: article.author.name } } : {}),
    inLanguage: article.language,
    wordCount: article.word_count,
    ...(body ? { articleBody: body } : {}),
    mainEntityOfPage: { '@type': 'WebPage', '@id': page },
    url: page,
    ...(images.length > 0 ? { image: images } : {}),
    ...(article.tags.length > 0 ? { keywords: article.tags.map((tag) => tag.name).join(', ') } : {}),
    ...(article.reviews.count > 0 && article.reviews.average !== null
      ? { aggregateRating: { '@type': 'AggregateRating' as const, ratingValue: article.reviews.average, reviewCount: article.reviews.count, bestRating: 5 as const, worstRating: 1 as const } }
      : {}),
  }
}
