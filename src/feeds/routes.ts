// GET /feed.atom (the newest published articles, whole, for feed readers) and GET /sitemap.xml (every published
// article, for search engines). Both are rebuilt only when a published article changes, and revalidate with ETags.
import type { FastifyPluginAsync } from 'fastify'
import { countResponse, readyResponse, sendReady, type ReadyResponse } from '../http/caching.js'
import type { BudgetEntry, ResponseBudget } from '../http/response-budget.js'
import type { PublicLinks } from '../http/links.js'
import { negotiate, notAcceptable, varyOnAccept } from '../http/negotiation.js'
import { EXAMPLE_PUBLIC_BASE_URL, problemExample, problemResponses, validationExample } from '../http/schemas.js'
import { articleTagUri, entryXml, feedXml, SITEMAP_MAX_URLS, sitemapXml } from './xml.js'

/** A published article as listed: enough to tell whether what was built from it is still current. */
export interface ListedArticle {
  id: number
  slug: string
  version: number
  published_at: string
  updated_at: string
  /** Set when the article is a copy whose original lives elsewhere. */
  canonical_url: string | null
}

/** What the feeds need from the content feature (handed over in app.ts). */
export interface FeedArticles {
  /** Changes with every write to content, made by this process or another: the feed and sitemap are rebuilt only then. */
  contentVersion(): number
  /** Published articles, newest first; `version` changes with every change beneath an article. */
  listPublished(limit: number): Promise<ListedArticle[]>
  /** A published article with its body as an HTML fragment. */
  findPublished(slug: string): Promise<{
    title: string,
    excerpt: string,
    language: string,
    author: { name: string } | null,
    tags: Array<{ slug: string, name: string }>,
    published_at: string,
    updated_at: string,
    html: string,
    /** The cover, then the body's images, absolute: the feed shows the first. */
    images?: Array<{ url: string, width?: number, height?: number }>,
  } | undefined>
  /** The absolute URLs of a published article's images (cover first), for the sitemap's `image:image`. */
  findImages?(slug: string): Promise<Array<{ url: string }> | undefined>
}

export interface FeedRoutesOptions {
  articles: FeedArticles
  links: Pick<PublicLinks, 'base' | 'url' | 'siteName'>
  /** The absolute URL of a published article. */
  articleUrl: (slug: string) => string
  /** Entries in the feed (the newest published articles). */
  feedSize?: number
  /** The memory budget of every kept response: the feed (with its entries' XML) and the sitemap are counted there. */
  budget?: ResponseBudget
}

export const FEED_PATH = '/feed.atom'
export const SITEMAP_PATH = '/sitemap.xml'
const ATOM_TYPE = 'application/atom+xml; charset=utf-8'
const SITEMAP_TYPE = 'application/xml; charset=utf-8'
/** A client that accepts XML in general gets the Atom feed as XML. */
const FEED_ACCEPTS = [ATOM_TYPE, 'application/xml; charset=utf-8', 'text/xml; charset=utf-8']
const SITEMAP_ACCEPTS = [SITEMAP_TYPE, 'text/xml; charset=utf-8']
/** The feed's `updated` while nothing is published: fixed, so that an empty feed keeps its ETag. */
const NOTHING_PUBLISHED = '1970-01-01T00:00:00.000Z'

// Examples: the seed article under the example PUBLIC_BASE_URL (its HTML shortened to the title and first paragraph).
const EXAMPLE_SLUG = 'from-training-to-employment-the-power-of-healthcare-internships'
const EXAMPLE_TITLE = 'From Training to Employment: The Power of Healthcare Internships'
const EXAMPLE_PUBLISHED = '2025-01-15T09:00:00.000Z'
const EXAMPLE_URL = `${EXAMPLE_PUBLIC_BASE_URL}/v1/articles/${EXAMPLE_SLUG}`
const EXAMPLE_FEED = feedXml({
  id: `${EXAMPLE_PUBLIC_BASE_URL}${FEED_PATH}`,
  title: new URL(EXAMPLE_PUBLIC_BASE_URL).host,
  self: `${EXAMPLE_PUBLIC_BASE_URL}${FEED_PATH}`,
  updated: EXAMPLE_PUBLISHED,
  author: new URL(EXAMPLE_PUBLIC_BASE_URL).host,
  entries: [entryXml({
    id: articleTagUri(EXAMPLE_PUBLIC_BASE_URL, EXAMPLE_PUBLISHED, 1),
    title: EXAMPLE_TITLE,
    url: EXAMPLE_URL,
    published: EXAMPLE_PUBLISHED,
    updated: EXAMPLE_PUBLISHED,
    language: 'en',
    author: null,
    tags: [],
    summary: 'The healthcare industry demands more than academic qualifications. Employers today seek professionals who are confident, adaptable, and capable of performing…',
    html: `<article lang="en">\n<h1>${EXAMPLE_TITLE}</h1>\n<p>The healthcare industry demands more than academic qualifications. …</p>\n…\n</article>\n`,
  })],
})
const EXAMPLE_SITEMAP = sitemapXml([{ loc: EXAMPLE_URL, lastmod: EXAMPLE_PUBLISHED }])

const notAcceptableExample = (offered: string[]) => ({
  notAcceptable: problemExample('Accept allows no XML', 406, notAcceptable(offered).message, '4k2j9d-n', { type: '/problems/not-acceptable', title: 'Not Acceptable' }),
})

const xmlResponse = (description: string, type: string, example: string) => ({
  description,
  content: { [type.split(';')[0]!]: { schema: { type: 'string', maxLength: 64 * 1024 * 1024, examples: [example] } } },
})

/** What was built, from which list (`key`), at which content version, under which base URL. */
interface Built { key: string, version: number, base: string, response: ReadyResponse, account?: BudgetEntry | undefined }

export const feedRoutes: FastifyPluginAsync<FeedRoutesOptions> = async (app, { articles, links, articleUrl, feedSize = 20, budget }) => {
  /** Each entry's XML by article id, with the version (and base URL) it was built from. */
  const entries = new Map<number, { key: string, xml: string }>()
  let feed: Built | undefined
  let sitemap: Built | undefined
  /** Each article's image URLs for the sitemap, by article id, with the version (and base URL) they were read at. */
  const sitemapImages = new Map<number, { key: string, images: string[] }>()

  /**
   * Keeps the feed or the sitemap as built, counted in the budget with what is kept to rebuild it (`extra` bytes: the
   * entries' XML, the image URLs), which goes with it when the budget evicts it. Undefined: not kept.
   */
  function counted (built: Built, old: Built | undefined, extra: number, evicted: () => void): Built | undefined {
    old?.account?.release()
    if (!budget) return built
    built.account = budget.keep(300 + built.key.length + extra, [], evicted)
    if (!built.account) return undefined
    countResponse(built.account, built.response)
    return built.account.released ? undefined : built
  }

  /** The image URLs of each listed article: read again only for articles that changed since. */
  async function imagesOfListed (listed: ListedArticle[]): Promise<Map<number, string[]>> {
    const result = new Map<number, string[]>()
    if (!articles.findImages) return result
    for (const item of listed) {
      const key = `${links.base()} ${item.version}`
      let entry = sitemapImages.get(item.id)
      if (entry?.key !== key) {
        const images = await articles.findImages(item.slug)
        entry = { key, images: (images ?? []).map((image) => image.url) }
        if (images) sitemapImages.set(item.id, entry)
      }
      result.set(item.id, entry.images)
    }
    for (const id of sitemapImages.keys()) if (!result.has(id)) sitemapImages.delete(id)
    return result
  }

  /** The feed as of now: one query to list the newest articles; only entries whose article changed are rebuilt. */
  async function currentFeed (): Promise<ReadyResponse> {
    const version = articles.contentVersion()
    if (feed?.version === version && feed.base === links.base()) return feed.response
    const listed = await articles.listPublished(feedSize)
    const base = links.base()
    const key = JSON.stringify([base, links.siteName(), listed.map((article) => [article.id, article.version])])
    if (feed?.key === key) {
      feed.version = version
      return feed.response
    }
    const xml: string[] = []
    let complete = true
    for (const item of listed) {
      const entryKey = `${base} ${item.version}`
      let entry = entries.get(item.id)
      if (entry?.key !== entryKey) {
        const article = await articles.findPublished(item.slug)
        // Unpublished or renamed since it was listed: left out of this answer, which is not kept.
        if (!article) { complete = false; continue }
        entry = {
          key: entryKey,
          xml: entryXml({
            id: articleTagUri(base, article.published_at, item.id),
            title: article.title,
            url: articleUrl(item.slug),
            published: article.published_at,
            updated: article.updated_at,
            language: article.language,
            author: article.author,
            tags: article.tags,
            summary: article.excerpt,
            html: article.html,
            image: article.images?.[0],
          }),
        }
        entries.set(item.id, entry)
      }
      xml.push(entry.xml)
    }
    for (const id of entries.keys()) if (!listed.some((article) => article.id === id)) entries.delete(id)
    const self = links.url(FEED_PATH)
    const updated = listed.reduce((newest, article) => article.updated_at > newest ? article.updated_at : newest, NOTHING_PUBLISHED)
    const body = feedXml({ id: self, title: links.siteName(), self, updated, author: links.siteName(), entries: xml })
    // Last-Modified: when this feed was built, never before the change that made it (an unpublish moves no updated_at).
    const response = readyResponse('atom', ATOM_TYPE, body, new Date())
    if (complete) {
      const built: Built = { key, version, base, response }
      const xmlBytes = xml.reduce((sum, entry) => sum + entry.length + 100, 0)
      feed = counted(built, feed, xmlBytes, () => {
        if (feed !== built) return
        feed = undefined
        entries.clear()
      })
    }
    return response
  }

  async function currentSitemap (): Promise<ReadyResponse> {
    const version = articles.contentVersion()
    if (sitemap?.version === version && sitemap.base === links.base()) return sitemap.response
    // A sitemap lists canonical pages only: a copy whose canonical URL is elsewhere is left to the original's site.
    const listed = (await articles.listPublished(SITEMAP_MAX_URLS)).filter((article) => article.canonical_url === null)
    const key = JSON.stringify([links.base(), listed.map((article) => [article.slug, article.updated_at, article.version])])
    if (sitemap?.key === key) {
      sitemap.version = version
      return sitemap.response
    }
    const images = await imagesOfListed(listed)
    const body = sitemapXml(listed.map((article) => ({ loc: articleUrl(article.slug), lastmod: article.updated_at, images: images.get(article.id) ?? [] })))
    const built: Built = { key, version, base: links.base(), response: readyResponse('sitemap', SITEMAP_TYPE, body, new Date()) }
    let imageBytes = 0
    for (const { images: urls } of sitemapImages.values()) imageBytes += urls.reduce((sum, url) => sum + url.length + 50, 100)
    sitemap = counted(built, sitemap, imageBytes, () => {
      if (sitemap !== built) return
      sitemap = undefined
      sitemapImages.clear()
    })
    return built.response
  }

  // Revalidation headers are validated (If-None-Match at most 8 KB…): a longer one is a 400.
  const invalidHeader = { invalidHeader: validationExample([{ path: '/headers/if-none-match', message: 'must be at most 8192 characters' }]) }

  app.get(FEED_PATH, {
    onRequest: varyOnAccept,
    schema: {
      operationId: 'getAtomFeed',
      tags: ['Feeds'],
      summary: 'Atom feed of the newest articles',
      description: `The ${feedSize} most recently published articles, newest first, each with its whole body as HTML ` +
        '(`<content type="html">`, escaped), its excerpt as the summary and its cover (or first image) as a Media RSS `<media:thumbnail>`. `updated` is when the newest entry changed, so a publish or an edit moves it. ' +
        'Links are absolute, under PUBLIC_BASE_URL. Entry ids are `tag:` URIs that survive renames. Revalidate with If-None-Match.',
      response: {
        200: xmlResponse('An Atom 1.0 feed (RFC 4287).', ATOM_TYPE, EXAMPLE_FEED),
        ...problemResponses([400, 406], { 400: invalidHeader, 406: notAcceptableExample(FEED_ACCEPTS) }),
      },
    },
  }, async (request, reply) => {
    negotiate(request, FEED_ACCEPTS)
    return sendReady(request, reply, await currentFeed())
  })

  app.get(SITEMAP_PATH, {
    onRequest: varyOnAccept,
    schema: {
      operationId: 'getSitemap',
      tags: ['Feeds'],
      summary: 'Sitemap of every published article',
      description: `Every published article (up to ${SITEMAP_MAX_URLS.toLocaleString('en')}, the protocol's limit per file), newest first, ` +
        'except copies whose `canonical_url` points elsewhere (sitemaps list canonical pages), ' +
        'with `lastmod` from its last change and its images (`image:image`, the image sitemap extension). Links are absolute, under PUBLIC_BASE_URL. Revalidate with If-None-Match.',
      response: {
        200: xmlResponse('A sitemap (sitemaps.org protocol 0.9).', SITEMAP_TYPE, EXAMPLE_SITEMAP),
        ...problemResponses([400, 406], { 400: invalidHeader, 406: notAcceptableExample(SITEMAP_ACCEPTS) }),
      },
    },
  }, async (request, reply) => {
    negotiate(request, SITEMAP_ACCEPTS)
    return sendReady(request, reply, await currentSitemap())
  })
}
