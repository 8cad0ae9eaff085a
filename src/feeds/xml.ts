// The Atom feed (RFC 4287) and the sitemap (sitemaps.org 0.9) as XML text. Pure functions; every value is escaped.
import { escapeXml } from '../base/markup.js'

export const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom'
export const SITEMAP_NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9'
/** Google's image sitemap extension: `<image:image><image:loc>` per image of a page. */
export const SITEMAP_IMAGE_NAMESPACE = 'http://www.google.com/schemas/sitemap-image/1.1'
/** Media RSS, for an entry's `<media:thumbnail>` (what feed readers show beside it). */
export const MEDIA_RSS_NAMESPACE = 'http://search.yahoo.com/mrss/'
/** Images listed per page in a sitemap at most (Google's limit). */
export const SITEMAP_MAX_IMAGES = 1000
/** The sitemap protocol's limit per file (a larger site needs a sitemap index). */
export const SITEMAP_MAX_URLS = 50_000

const DECLARATION = '<?xml version="1.0" encoding="utf-8"?>'

export interface FeedEntry {
  /** A permanent IRI: the same however often the article is edited or renamed. */
  id: string
  title: string
  /** The article's address (rel="alternate"). */
  url: string
  published: string
  updated: string
  language: string
  author: { name: string } | null
  tags: Array<{ slug: string, name: string }>
  summary: string
  /** The article's HTML, carried escaped in `<content type="html">`. */
  html: string
  /** The image feed readers show with the entry (`<media:thumbnail>`): the cover, or else the first image. */
  image?: { url: string, width?: number, height?: number } | undefined
}

export interface Feed {
  id: string
  title: string
  /** Where this feed is served (rel="self"). */
  self: string
  /** When an entry last changed: the newest entry's updated. */
  updated: string
  /** The feed's author: the name entries without an author of their own inherit. */
  author: string
  /** Entries as entryXml() wrote them. */
  entries: string[]
}

const element = (name: string, text: string, attributes = '') => `<${name}${attributes}>${escapeXml(text)}</${name}>`

function thumbnail (image: NonNullable<FeedEntry['image']>): string {
  const size = image.width !== undefined && image.height !== undefined ? ` width="${image.width}" height="${image.height}"` : ''
  return `<media:thumbnail url="${escapeXml(image.url)}"${size}/>`
}

export function entryXml (entry: FeedEntry): string {
  return [
    `<entry xml:lang="${escapeXml(entry.language)}">`,
    element('id', entry.id),
    element('title', entry.title, ' type="text"'),
    `<link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
    element('published', entry.published),
    element('updated', entry.updated),
    ...(entry.author ? [`<author>${element('name', entry.author.name)}</author>`] : []),
    ...entry.tags.map((tag) => `<category term="${escapeXml(tag.slug)}" label="${escapeXml(tag.name)}"/>`),
    ...(entry.summary ? [element('summary', entry.summary, ' type="text"')] : []),
    ...(entry.image ? [thumbnail(entry.image)] : []),
    element('content', entry.html, ' type="html"'),
    '</entry>',
  ].join('\n')
}

export function feedXml (feed: Feed): string {
  return [
    DECLARATION,
    `<feed xmlns="${ATOM_NAMESPACE}" xmlns:media="${MEDIA_RSS_NAMESPACE}">`,
    element('id', feed.id),
    element('title', feed.title, ' type="text"'),
    element('updated', feed.updated),
    `<link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `<author>${element('name', feed.author)}</author>`,
    ...feed.entries,
    '</feed>',
    '',
  ].join('\n')
}

/** A sitemap; `images`: the absolute URLs of a page's images (`<image:image>`, at most SITEMAP_MAX_IMAGES). */
export function sitemapXml (urls: Array<{ loc: string, lastmod: string, images?: string[] }>): string {
  const images = (list: string[] = []) => list.slice(0, SITEMAP_MAX_IMAGES).map((loc) => `<image:image>${element('image:loc', loc)}</image:image>`).join('')
  return [
    DECLARATION,
    `<urlset xmlns="${SITEMAP_NAMESPACE}" xmlns:image="${SITEMAP_IMAGE_NAMESPACE}">`,
    ...urls.map((url) => `<url>${element('loc', url.loc)}${element('lastmod', url.lastmod)}${images(url.images)}</url>`),
    '</urlset>',
    '',
  ].join('\n')
}

/**
 * A tag: URI (RFC 4151) for an article, from the site's host, the day it was first published and its internal id:
 * unlike its URL, it survives renames, so feed readers never show an edited or renamed article twice.
 */
export function articleTagUri (base: string, publishedAt: string, articleId: number): string {
  const host = new URL(base).hostname
  // A tag's authority is a DNS name (or an email address); an IPv6 literal is not one.
  const authority = /^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/i.test(host) ? host.toLowerCase() : 'localhost'
  return `tag:${authority},${publishedAt.slice(0, 10)}:article:${articleId}`
}
