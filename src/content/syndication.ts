// Published articles for syndication (the Atom feed and sitemap of src/feeds/, handed over in app.ts): newest first,
// and each one's body as the same HTML fragment the article route serves, without the embedded JSON-LD.
import type { ContentRepository, PublishedVersion } from './repository.js'
import { articleHtml } from './render/render.js'
import type { Author, Tag } from './model/schemas.js'
import { imagesOf, presentImages } from './model/images.js'

/** An image of an article with an absolute http(s) URL, as feeds list it (media items with their size). */
export interface SyndicatedImage { url: string, width?: number, height?: number }

export interface SyndicatedArticle {
  slug: string
  title: string
  excerpt: string
  language: string
  author: Author | null
  tags: Tag[]
  published_at: string
  updated_at: string
  html: string
  /** The cover, then the body's images: absolute http(s) URLs only, each once. */
  images: SyndicatedImage[]
}

export interface SyndicationSource {
  /** Changes with every write to content (see ContentRepository.contentVersion). */
  contentVersion(): number
  listPublished(limit: number): Promise<PublishedVersion[]>
  findPublished(slug: string): Promise<SyndicatedArticle | undefined>
  /** Only the images of a published article (for the sitemap): no HTML rendered. */
  findImages(slug: string): Promise<SyndicatedImage[] | undefined>
}

function syndicatedImages (article: Parameters<typeof imagesOf>[0]): SyndicatedImage[] {
  const images = new Map<string, SyndicatedImage>()
  for (const { image } of imagesOf(article)) {
    if (!/^https?:\/\//i.test(image.url) || images.has(image.url)) continue
    images.set(image.url, image.width !== undefined && image.height !== undefined ? { url: image.url, width: image.width, height: image.height } : { url: image.url })
  }
  return [...images.values()]
}

/**
 * `absolute` makes the absolute URL of a path of this service (PUBLIC_BASE_URL): media images are syndicated with
 * absolute URLs, srcset and sizes, as the article route serves them.
 */
export function createSyndicationSource (content: Pick<ContentRepository, 'contentVersion' | 'listPublishedVersions' | 'findPublishedArticle'>,
  absolute: (path: string) => string = (path) => path): SyndicationSource {
  return {
    contentVersion: () => content.contentVersion(),
    listPublished: (limit) => content.listPublishedVersions(limit),
    async findPublished (slug) {
      const stored = await content.findPublishedArticle(slug)
      if (!stored) return undefined
      const article = presentImages(stored, absolute)
      const { title, excerpt, language, author, tags, published_at: publishedAt, updated_at: updatedAt } = article
      return { slug, title, excerpt, language, author, tags, published_at: publishedAt, updated_at: updatedAt, html: articleHtml(article), images: syndicatedImages(article) }
    },
    async findImages (slug) {
      const stored = await content.findPublishedArticle(slug)
      return stored && syndicatedImages(presentImages(stored, absolute))
    },
  }
}
