// A published article, or one of its sections, as HTML (html.ts), Markdown or plain text (text.ts): the representations
// its routes serve besides JSON. Pure functions: the routes cache what they return per state of the article.
import type { ArticleDocument } from '../model/document.js'
import { articleToMarkdown, sectionToMarkdown } from '../markdown/markdown.js'
import type { Article } from '../model/schemas.js'

export { articleHtml, sectionHtml } from './html.js'
export { articleText, sectionText } from './text.js'

/** What the article and section routes offer, in the server's order of preference (JSON when Accept does not choose). */
export const REPRESENTATIONS = {
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
  text: 'text/plain; charset=utf-8',
} as const
export type RepresentationKind = keyof typeof REPRESENTATIONS
export const REPRESENTATION_TYPES = Object.values(REPRESENTATIONS)
const KINDS = new Map(Object.entries(REPRESENTATIONS).map(([kind, type]) => [type as string, kind as RepresentationKind]))
/** The kind of an offered media type (`text/html; charset=utf-8` → `html`). */
export const kindOf = (type: string) => KINDS.get(type)!

/**
 * The published article as the authoring export writes it (GET /v1/admin/articles/{slug}/export): front matter and body.
 * `state`: what its front matter says of it when it is not the published article served (a draft's preview).
 */
export function articleMarkdown (article: Omit<Article, 'reviews'>, state: Pick<ArticleDocument, 'status' | 'published_at'> = { status: 'published', published_at: article.published_at }): string {
  const document: ArticleDocument = {
    slug: article.slug,
    title: article.title,
    excerpt: article.excerpt,
    status: state.status,
    published_at: state.published_at,
    intro: article.intro,
    sections: article.sections.map(({ key, heading, blocks }) => ({ key, heading, blocks })),
    author: article.author,
    tags: article.tags,
    language: article.language,
    canonical_url: article.canonical_url,
    meta_title: article.meta_title,
    meta_description: article.meta_description,
    cover_image: article.cover_image,
  }
  return articleToMarkdown(document)
}

export { sectionToMarkdown as sectionMarkdown }
