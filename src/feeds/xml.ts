// The Atom feed (RFC 4287) and the sitemap (sitemaps.org 0.9) as XML text. Pure functions; every value is escaped.
import { escapeXml } from '../base/markup.js'

export const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom'
export const SITEMAP_NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9'
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
    element('content', entry.html, ' type="html"'),
    '</entry>',
  ].join('\n')
}

export function feedXml (feed: Feed): string {
  return [
    DECLARATION,
    `<feed xmlns="${ATOM_NAMESPACE}">`,
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

export function sitemapXml (urls: Array<{ loc: string, lastmod: string }>): string {
  return [
    DECLARATION,
    `<urlset xmlns="${SITEMAP_NAMESPACE}">`,
    ...urls.map((url) => `<url>${element('loc', url.loc)}${element('lastmod', url.lastmod)}</url>`),
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
