// The authoring contract: what the service offers the admin routes, what a write carries, what it announces. Types only
// (and the list of events), so that routes and services.ts depend on this, not on the service's implementation.
import type { Executor } from '../db/schema.js'
import type { ArticlePatch, NewSection, SectionPatch, SectionReplacement } from './admin/schemas.js'
import type { ArticleDocument, ArticleStatus } from './model/document.js'
import type { ArticleInput, Block, Section } from './model/schemas.js'
import type { ImageReference, ImportedImage, MarkdownProblem } from './markdown/markdown.js'
import type { MediaCatalog, MediaLinks } from './media.js'
import type { AdminArticleSummary, AdminListOptions, ContentRepository, Revision, StoredDocument } from './repository.js'

export type ArticleEventType = 'article.published' | 'article.updated' | 'article.unpublished' | 'article.deleted' | 'article.scheduled' | 'article.unscheduled'

/** The events authoring announces (documented by the webhooks feature). */
export const ARTICLE_EVENTS: Array<{ type: ArticleEventType, when: string, data: string }> = [
  { type: 'article.published', when: 'an article was published (created published, or a draft published)', data: 'the ArticleChange' },
  { type: 'article.updated', when: 'an article was created as a draft or changed without a change of status (drafts included: see data.status)', data: 'the ArticleChange' },
  { type: 'article.unpublished', when: 'a published article went back to draft', data: 'the ArticleChange' },
  { type: 'article.deleted', when: 'an article was deleted', data: 'the ArticleChange' },
  {
    type: 'article.scheduled',
    when: 'a publication (publish_at) or return to draft (unpublish_at) was scheduled or rescheduled; the change itself is announced as article.published or article.unpublished when it happens',
    data: 'the ArticleChange with publish_at and unpublish_at (null: not scheduled)',
  },
  { type: 'article.unscheduled', when: 'an article\'s schedule was cancelled', data: 'the ArticleChange with publish_at and unpublish_at (both null)' },
]

/** What an article event carries: enough for a subscriber to purge caches or rebuild a page. */
export interface ArticleChange {
  slug: string
  /** The slug before this write, when it renamed the article. */
  previous_slug: string | null
  title: string
  status: ArticleStatus
  version: number
  published_at: string | null
  updated_at: string
  updated_by: string
}

/** What article.scheduled and article.unscheduled carry: the change, and the schedule after it. */
export interface ScheduleChange extends ArticleChange { publish_at: string | null, unpublish_at: string | null }

/** What authoring needs from the event outbox (the webhooks feature), inside the caller's transaction. */
export interface ArticleEvents {
  enqueue(event: { type: ArticleEventType, data: ArticleChange, subject: { type: string, id: number }, now: Date }, trx: Executor): Promise<unknown>
}

export interface AuthoringLimits {
  sections: number
  /** Blocks in the intro, and in each section. */
  blocks: number
  listItems: number
  /** Characters in a paragraph or a list item. */
  textLength: number
}

export interface AuthoringSettings {
  defaultLanguage: string
  requireIfMatch: boolean
  /** Revisions kept per article; 0 keeps all. */
  revisionsToKeep: number
  limits: AuthoringLimits
  /** Longest a Markdown import may take to parse, in ms (MARKDOWN_PARSE_TIMEOUT_MS); default 5 s. */
  markdownParseTimeoutMs?: number
}

/** Who writes, and the precondition they sent. */
export interface WriteContext {
  by: string
  ifMatch?: string | undefined
  now?: Date
  /** Operator tools (seed files) write without preconditions, even when REQUIRE_IF_MATCH is set. */
  unconditional?: boolean
  /** false: no event (the seed an empty database starts with is the installation's first state, not a change). */
  announce?: boolean
}

/** An article as editors see it, with its ETag. */
export interface ArticleView {
  etag: string
  article: {
    slug: string,
    title: string,
    excerpt: string,
    status: ArticleStatus,
    published_at: string | null,
    publish_at: string | null,
    unpublish_at: string | null,
    intro: Block[],
    sections: Section[]
    toc: Array<{ key: string, heading: string }>,
    word_count: number,
    reading_time_minutes: number,
    version: number,
    created_at: string
    updated_at: string,
    updated_by: string | null
  } & Pick<ArticleDocument, 'author' | 'tags' | 'language' | 'canonical_url' | 'meta_title' | 'meta_description' | 'cover_image'>
}

export interface SectionView { etag: string, section: Section }

export interface AuthoringService {
  list(options: AdminListOptions): Promise<{ articles: AdminArticleSummary[], total: number }>
  get(slug: string): Promise<ArticleView | undefined>
  create(input: ArticleInput, context: WriteContext): Promise<ArticleView>
  replace(slug: string, input: ArticleInput, context: WriteContext): Promise<ArticleView>
  patch(slug: string, patch: ArticlePatch, context: WriteContext): Promise<ArticleView>
  remove(slug: string, context: WriteContext): Promise<void>
  setStatus(slug: string, status: ArticleStatus, context: WriteContext): Promise<ArticleView>

  getSection(slug: string, key: string): Promise<SectionView | undefined>
  addSection(slug: string, section: NewSection, context: WriteContext): Promise<SectionView>
  replaceSection(slug: string, key: string, section: SectionReplacement, context: WriteContext): Promise<SectionView>
  patchSection(slug: string, key: string, patch: SectionPatch, context: WriteContext): Promise<SectionView>
  removeSection(slug: string, key: string, context: WriteContext): Promise<void>

  listRevisions(slug: string, page: { limit: number, page: number }): Promise<{ revisions: Revision[], total: number }>
  getRevision(slug: string, version: number): Promise<Revision & { article: ArticleInput }>
  restoreRevision(slug: string, version: number, context: WriteContext): Promise<ArticleView>

  /**
   * Creates, or replaces (If-Match honoured) the article the Markdown's slug names (`slug`: the one to use when the
   * front matter has none). A refusal lists every problem, with Markdown lines; warnings say what was not kept as written.
   */
  importMarkdown(text: string, context: WriteContext, options?: MarkdownImportRequest): Promise<{ created: boolean, view: ArticleView, warnings: MarkdownProblem[], images: ImageReference[] }>
  /** What importMarkdown would do, without writing: the same refusals and warnings. */
  checkMarkdown(text: string, options?: MarkdownImportRequest): Promise<{ slug: string, created: boolean, warnings: MarkdownProblem[], images: ImageReference[] }>
  exportMarkdown(slug: string): Promise<string | undefined>
  /** Seed files: create or replace by slug, without preconditions. */
  upsert(input: ArticleInput, context: WriteContext): Promise<{ slug: string, version: number, created: boolean, changed: boolean }>
  /**
   * A status change the scheduler makes (content/schedule), through the same write as a manual one, if `claim` — run in
   * its transaction, after the authoring lock — takes the job. Undefined when it did not (another instance did it first,
   * or the schedule changed meanwhile).
   */
  applyScheduled(slug: string, change: ScheduledStatusChange, context: WriteContext): Promise<ArticleView | undefined>
  /** Stops the Markdown parser's worker threads (a parse still running is refused with a 503). */
  close(): Promise<void>
}

/** A scheduled publication or unpublication, for AuthoringService.applyScheduled. */
export interface ScheduledStatusChange {
  status: ArticleStatus
  /** published_at when the article has none from an earlier publication: the scheduled time. */
  publishedAt?: string
  claim: (current: StoredDocument, trx: Executor) => Promise<boolean>
}

/**
 * The image files of an imported post (a bundle, a blog folder; see content/import-images.ts): once the post parsed
 * and validated, `resolve` gets its relative images and answers with the media URL of each file it uploaded.
 */
export interface PostImages {
  resolve(images: ImageReference[]): Promise<Record<string, ImportedImage>>
}

/**
 * What an import is told besides the Markdown: the slug to use when the front matter gives none, and the post's image
 * files. With `images`, the result's `images` lists the relative images left as written (not uploaded), for the caller to report.
 */
export interface MarkdownImportRequest { slug?: string | undefined, images?: PostImages | undefined }

export interface AuthoringServiceOptions {
  db: Executor
  content: ContentRepository
  events: ArticleEvents
  settings: AuthoringSettings
  /** Validates an authoring body that did not arrive as JSON (Markdown front matter and content). */
  validateInput: (value: unknown) => { ok: true, value: ArticleInput } | { ok: false, errors: Array<{ path: string, message: string }> }
  /** The media library and this service's links: images that reference media items. Without it, no media item exists. */
  media?: { catalog: MediaCatalog, links: MediaLinks }
}
