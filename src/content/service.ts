// Authoring rules. Every write: one transaction that checks If-Match, settles the new document, refuses clashes and
// oversized content, writes only what changed, bumps the version, keeps a revision, leaves the old slug answering after
// a rename, and announces the change through the outbox. A write that changes nothing changes nothing (same version).
import { lockKeys } from '../db/dialect.js'
import { HttpProblem, badRequest, conflict, notFound } from '../http/errors.js'
import { checkIfMatch } from '../http/preconditions.js'
import {
  describeChange, documentAsInput, documentFromInput, firstDuplicate, sameDocument, settleDocument, authorOf, coverOf, tagsOf,
  type ArticleDocument, type UnsettledDocument,
} from './model/document.js'
import { createArticleImages, located } from './media.js'
import type { ContentProblem } from './model/normalize.js'
import { articleToMarkdown, createMarkdownParser, markdownRefused, positionOf, type MarkdownImportOptions } from './markdown/markdown.js'
import { MARKDOWN_PARSE_TIMEOUT } from './model/limits.js'
import type { StoredDocument } from './repository.js'
import type { ArticleInput } from './model/schemas.js'
import { slugify } from './model/text.js'
import { articleEtag, sectionEtag, sectionViewOf, viewOf } from './views.js'
import type { ArticleChange, ArticleEventType, AuthoringService, AuthoringServiceOptions, MarkdownImportRequest, ScheduledStatusChange, WriteContext } from './authoring.js'

export * from './authoring.js'

/**
 * Article writes take this lock first (on PostgreSQL; SQLite has one writer anyway): across connections and instances
 * they run one at a time, so an If-Match check and the write it allows cannot interleave with another write.
 */
export const AUTHORING_LOCK = 'authoring'
const ARTICLE_SUBJECT = 'article'

const noArticle = (slug: string) => notFound(`No article "${slug}".`)
const noSection = (slug: string, key: string) => notFound(`Article "${slug}" has no section "${key}".`)

export function createAuthoringService ({ db, content, events, settings, validateInput, media }: AuthoringServiceOptions): AuthoringService {
  const { limits } = settings
  const articleImages = createArticleImages(media)
  const viewWithMedia = (stored: StoredDocument) => viewOf(articleImages.present(stored))
  const parser = createMarkdownParser({ timeoutMs: settings.markdownParseTimeoutMs ?? MARKDOWN_PARSE_TIMEOUT })

  /** If-Match against the current ETag; REQUIRE_IF_MATCH makes it mandatory for changes to existing resources. */
  const checkPrecondition = (context: WriteContext, current: string, what: string) => checkIfMatch(context, current, what, settings.requireIfMatch)

  function refuse (errors: ContentProblem[]): never {
    throw badRequest(`The request has ${errors.length} invalid field${errors.length === 1 ? '' : 's'}: ${errors.slice(0, 20).map((error) => error.path).join(', ')}`, errors.slice(0, 100))
  }

  function checkSectionCount (count: number, path: string) {
    if (count > limits.sections) refuse([{ path, message: `must have at most ${limits.sections} sections (AUTHORING_MAX_SECTIONS)` }])
  }

  /**
   * The document with its blocks settled (plain text and inline content, subheading ids, sanitized HTML), or a 400
   * listing every problem. `paths` says where the request wrote each block list.
   */
  function settleBlocks (document: UnsettledDocument, paths: { intro: string, section: (index: number) => string }): ArticleDocument {
    const { document: settled, problems } = settleDocument(document, limits, paths, articleImages.paths)
    if (problems.length > 0) refuse(problems)
    return settled
  }

  const ARTICLE_PATHS = { intro: '/body/intro', section: (index: number) => `/body/sections/${index}/blocks` }
  /** Paths for a write of one section: its blocks are the body's; the others were settled when they were written. */
  const sectionPaths = (document: UnsettledDocument, key: string) => ({
    intro: '/intro',
    section: (index: number) => document.sections[index]!.key === key ? '/body/blocks' : `/sections/${index}/blocks`,
  })

  /** A heading without ASCII letters or digits (only emoji, or a non-Latin script) gives no key: one must be sent. */
  const noKeyFromHeading = (path: string) =>
    badRequest(`The request has 1 invalid field: ${path}`, [{ path, message: 'is required: the heading has no letters or digits to make a key from' }])

  const noSlugFromName = (path: string) =>
    badRequest(`The request has 1 invalid field: ${path}`, [{ path, message: 'is required: the name has no letters or digits to make a slug from' }])

  function checkKeys (document: ArticleDocument) {
    const keyless = document.sections.findIndex((section) => section.key === '')
    if (keyless >= 0) throw noKeyFromHeading(`/body/sections/${keyless}/key`)
    const duplicate = firstDuplicate(document.sections.map((section) => section.key))
    if (duplicate) throw conflict(`Two sections would have the key "${duplicate}": give one of them another key.`, '/problems/section-key-taken')
    // A tag or author named without a letter or digit ("!!!") has no slug to derive: the client must give one.
    const slugless = document.tags.findIndex((tag) => tag.slug === '')
    if (slugless >= 0) throw noSlugFromName(`/body/tags/${slugless}/slug`)
    if (document.author?.slug === '') throw noSlugFromName('/body/author/slug')
    // An article holds a tag once (article_tags is keyed by article and tag): two entries with one slug are the client's to fix.
    const slugs = document.tags.map((tag) => tag.slug)
    const tag = firstDuplicate(slugs)
    if (tag !== undefined) {
      const path = `/body/tags/${slugs.lastIndexOf(tag)}`
      throw badRequest(`The request has 1 invalid field: ${path}`, [{ path, message: `repeats the tag "${tag}"` }])
    }
  }

  /**
   * The write path every change takes. `change` returns the new document from the current one (undefined for a new
   * article); the precondition is checked against the article, or against `section` when the write targets one.
   */
  async function write (slug: string | undefined, change: (current: StoredDocument | undefined) => ArticleDocument,
    context: WriteContext, precondition: { section?: string, claim?: ScheduledStatusChange['claim'] } = {}): Promise<StoredDocument> {
    const now = context.now ?? new Date()
    return db.transaction().execute(async (trx) => {
      await lockKeys(trx, [AUTHORING_LOCK])
      const current = slug === undefined ? undefined : await content.loadDocument(slug, trx)
      if (slug !== undefined && !current) throw noArticle(slug)
      if (current) {
        if (precondition.section !== undefined) {
          const row = current.sections.get(precondition.section)
          if (!row) throw noSection(current.document.slug, precondition.section)
          checkPrecondition(context, sectionEtag(current.id, row), 'section')
        } else {
          checkPrecondition(context, articleEtag(current), 'article')
        }
        // A scheduled change: written only by the transaction that takes the job.
        if (precondition.claim && !(await precondition.claim(current, trx))) return current
      }
      const next = await articleImages.settle(change(current), trx)
      checkKeys(next)
      if (current && sameDocument(current.document, next)) return current
      if (next.slug !== current?.document.slug) {
        const taken = await content.loadDocument(next.slug, trx)
        if (taken) throw conflict(`Another article already has the slug "${next.slug}".`, '/problems/slug-taken')
      }
      const { id, version } = await content.saveDocument(current, next, { now, by: context.by }, trx)
      if (current && current.document.slug !== next.slug) await content.addRedirect(current.document.slug, id, now, trx)
      if (!current || current.document.slug !== next.slug) await content.removeRedirect(next.slug, trx)
      await content.insertRevision(id, { version, created_at: now.toISOString(), created_by: context.by, summary: describeChange(current?.document, next) }, documentAsInput(next), trx)
      if (settings.revisionsToKeep > 0) await content.pruneRevisions(id, settings.revisionsToKeep, trx)
      const before = current?.document.status
      const type: ArticleEventType = next.status === 'published' && before !== 'published'
        ? 'article.published'
        : next.status === 'draft' && before === 'published' ? 'article.unpublished' : 'article.updated'
      if (context.announce !== false) {
        await events.enqueue({ type, data: changeOf(next, version, now, context.by, current?.document.slug), subject: { type: ARTICLE_SUBJECT, id }, now }, trx)
      }
      return (await content.loadDocument(next.slug, trx))!
    })
  }

  const changeOf = (document: ArticleDocument, version: number, now: Date, by: string, previousSlug: string | undefined): ArticleChange => ({
    slug: document.slug,
    previous_slug: previousSlug !== undefined && previousSlug !== document.slug ? previousSlug : null,
    title: document.title,
    status: document.status,
    version,
    published_at: document.published_at,
    updated_at: now.toISOString(),
    updated_by: by,
  })

  function settle (input: ArticleInput, previous: ArticleDocument | undefined, now: Date) {
    checkSectionCount(input.sections.length, '/body/sections')
    return settleBlocks(documentFromInput(input, { defaultLanguage: settings.defaultLanguage, previous, now }), ARTICLE_PATHS)
  }

  /** The document with new sections, settled (the section with key `key` is the one the request wrote). */
  function withSections (document: ArticleDocument, sections: UnsettledDocument['sections'], key = ''): ArticleDocument {
    const next = { ...document, sections }
    return settleBlocks(next, sectionPaths(next, key))
  }

  async function load (slug: string): Promise<StoredDocument> {
    const stored = await content.loadDocument(slug)
    if (!stored) throw noArticle(slug)
    return stored
  }

  /**
   * Markdown as a valid authoring input, or a 400 listing every problem found by the parser, the authoring schema and
   * the blocks' settlement at once, each with the line and column it comes from.
   */
  async function prepareMarkdown (text: string, options: MarkdownImportOptions) {
    const parsed = await parser.parse(text, options)
    const locate = (errors: ReadonlyArray<{ path: string, message: string }>) => errors.map((error) => {
      const position = error.path.startsWith('/body') ? positionOf(parsed.positions, error.path.slice('/body'.length)) : undefined
      return position ? { ...error, ...position } : error
    })
    const errors = parsed.errors.map(({ path, ...rest }) => ({ path: `/body${path ?? ''}`, ...rest }))
    const result = validateInput(parsed.input)
    if (!result.ok) errors.push(...locate(result.errors).filter((error) => !errors.some((known) => known.path === error.path)))
    // The blocks are settled even when a field is wrong (with stand-ins for the fields), so their problems are listed too.
    const content = result.ok ? result : validateInput({ slug: 'article', title: 'Article', intro: parsed.input.intro, sections: parsed.input.sections })
    if (content.ok && content.value.sections.length <= limits.sections) {
      const { problems } = settleDocument(documentFromInput(content.value, { defaultLanguage: settings.defaultLanguage, now: new Date() }), limits, ARTICLE_PATHS)
      errors.push(...locate(problems))
    }
    if (errors.length > 0 || !result.ok) throw markdownRefused(errors)
    return { input: result.value, warnings: parsed.warnings, images: parsed.images, locate }
  }

  /**
   * prepareMarkdown, and with the post's image files (`images`: a bundle, a blog folder) once the post is valid: they
   * are resolved (uploaded) and the Markdown read again with their media URLs.
   */
  async function prepareWithImages (text: string, { slug, images }: MarkdownImportRequest) {
    const prepared = await prepareMarkdown(text, { slug, ...(images ? { imageFiles: {} } : {}) })
    if (!images || prepared.images.length === 0) return prepared
    const imageFiles = await images.resolve(prepared.images)
    return Object.keys(imageFiles).length === 0 ? prepared : await prepareMarkdown(text, { slug, imageFiles })
  }

  const service: AuthoringService = {
    list: (options) => content.listArticles(options),

    async get (slug) {
      const stored = await content.loadDocument(slug)
      return stored && viewWithMedia(stored)
    },

    async create (input, context) {
      const now = context.now ?? new Date()
      return viewWithMedia(await write(undefined, () => settle(input, undefined, now), { ...context, now }))
    },

    async replace (slug, input, context) {
      const now = context.now ?? new Date()
      return viewWithMedia(await write(slug, (current) => settle(input, current!.document, now), { ...context, now }))
    },

    async patch (slug, changes, context) {
      const now = context.now ?? new Date()
      return viewWithMedia(await write(slug, (current) => {
        const document = current!.document
        const { author, tags, status, cover_image: cover, ...fields } = changes
        const next: ArticleDocument = { ...document }
        for (const [field, value] of Object.entries(fields) as Array<[keyof typeof fields, unknown]>) {
          if (value !== undefined) Object.assign(next, { [field]: value })
        }
        if (author !== undefined) next.author = authorOf(author)
        if (tags !== undefined) next.tags = tagsOf(tags)
        if (cover !== undefined) next.cover_image = coverOf(cover)
        if (status !== undefined) {
          next.status = status
          if (status === 'published' && next.published_at === null) next.published_at = now.toISOString()
        }
        return next
      }, { ...context, now }))
    },

    async remove (slug, context) {
      const now = context.now ?? new Date()
      await db.transaction().execute(async (trx) => {
        await lockKeys(trx, [AUTHORING_LOCK])
        const current = await content.loadDocument(slug, trx)
        if (!current) throw noArticle(slug)
        checkPrecondition(context, articleEtag(current), 'article')
        await content.deleteArticle(current.id, trx)
        await events.enqueue({
          type: 'article.deleted', data: changeOf(current.document, current.version, now, context.by, undefined), subject: { type: ARTICLE_SUBJECT, id: current.id }, now,
        }, trx)
      })
    },

    async setStatus (slug, status, context) {
      return service.patch(slug, { status }, context)
    },

    async getSection (slug, key) {
      const stored = await content.loadDocument(slug)
      return stored && sectionViewOf(articleImages.present(stored), key)
    },

    async addSection (slug, { position, ...input }, context) {
      const key = input.key ?? slugify(input.heading)
      if (key === '') throw noKeyFromHeading('/body/key')
      const stored = await write(slug, (current) => {
        const sections: UnsettledDocument['sections'] = [...current!.document.sections]
        if (sections.some((section) => section.key === key)) throw conflict(`Article "${slug}" already has a section with the key "${key}".`, '/problems/section-key-taken')
        checkSectionCount(sections.length + 1, '/body')
        sections.splice(Math.min(position ?? sections.length, sections.length), 0, { key, heading: input.heading, blocks: input.blocks })
        return withSections(current!.document, sections, key)
      }, context)
      return sectionViewOf(articleImages.present(stored), key)!
    },

    async replaceSection (slug, key, input, context) {
      const newKey = input.key ?? key
      const stored = await write(slug, (current) => {
        const sections: UnsettledDocument['sections'] = current!.document.sections.map((section) => section.key === key ? { key: newKey, heading: input.heading, blocks: input.blocks } : section)
        if (newKey !== key && current!.document.sections.some((section) => section.key === newKey)) {
          throw conflict(`Article "${slug}" already has a section with the key "${newKey}".`, '/problems/section-key-taken')
        }
        return withSections(current!.document, sections, newKey)
      }, context, { section: key })
      return sectionViewOf(articleImages.present(stored), newKey)!
    },

    async patchSection (slug, key, patch, context) {
      const newKey = patch.key ?? key
      const stored = await write(slug, (current) => {
        const sections = [...current!.document.sections]
        const index = sections.findIndex((section) => section.key === key)
        if (newKey !== key && sections.some((section) => section.key === newKey)) {
          throw conflict(`Article "${slug}" already has a section with the key "${newKey}".`, '/problems/section-key-taken')
        }
        const [section] = sections.splice(index, 1)
        const moved = { ...section!, key: newKey, heading: patch.heading ?? section!.heading }
        sections.splice(Math.min(patch.position ?? index, sections.length), 0, moved)
        return withSections(current!.document, sections, newKey)
      }, context, { section: key })
      return sectionViewOf(articleImages.present(stored), newKey)!
    },

    async removeSection (slug, key, context) {
      await write(slug, (current) => withSections(current!.document, current!.document.sections.filter((section) => section.key !== key)), context, { section: key })
    },

    async listRevisions (slug, page) {
      const stored = await load(slug)
      return content.listRevisions(stored.id, page)
    },

    async getRevision (slug, version) {
      const stored = await load(slug)
      const revision = await content.findRevision(stored.id, version)
      if (!revision) throw notFound(`Article "${slug}" has no revision ${version}${settings.revisionsToKeep > 0 ? ` (the newest ${settings.revisionsToKeep} are kept)` : ''}.`)
      const { snapshot, ...rest } = revision
      return { ...rest, article: JSON.parse(snapshot) as ArticleInput }
    },

    async restoreRevision (slug, version, context) {
      const { article } = await service.getRevision(slug, version)
      const now = context.now ?? new Date()
      // Content and fields as they were; the slug and the status stay as they are now (renaming and publishing are their own acts).
      return viewWithMedia(await write(slug, (current) => ({
        ...settle(article, current!.document, now),
        slug: current!.document.slug,
        status: current!.document.status,
        published_at: current!.document.published_at,
      }), { ...context, now }))
    },

    async importMarkdown (text, context, options = {}) {
      const { input, warnings, images, locate } = await prepareWithImages(text, options)
      const exists = await content.loadDocument(input.slug)
      try {
        const view = exists ? await service.replace(input.slug, input, context) : await service.create(input, context)
        return { created: !exists, view, warnings, images }
      } catch (error) {
        // Problems found while settling the blocks: the same list, with the Markdown lines they come from.
        if (error instanceof HttpProblem && error.statusCode === 400 && error.errors) throw markdownRefused(locate(error.errors))
        // Unknown media, images without alt text: the same 422, with the Markdown lines.
        throw located(error, locate)
      }
    },

    async checkMarkdown (text, options = {}) {
      const { input, warnings, images, locate } = await prepareWithImages(text, options)
      const exists = await content.loadDocument(input.slug)
      const settled = settle(input, exists?.document, new Date())
      checkKeys(settled)
      await articleImages.settle(settled).catch((error: unknown) => { throw located(error, locate) })
      return { slug: input.slug, created: !exists, warnings, images }
    },

    async exportMarkdown (slug) {
      const stored = await content.loadDocument(slug)
      return stored && articleToMarkdown(articleImages.present(stored).document)
    },

    async upsert (input, context) {
      for (let attempt = 1; ; attempt++) {
        const existing = await content.loadDocument(input.slug)
        try {
          const view = existing ? await service.replace(input.slug, input, { ...context, unconditional: true }) : await service.create(input, context)
          return { slug: input.slug, version: view.article.version, created: !existing, changed: !existing || view.article.version !== existing.version }
        } catch (error) {
          // Another process created it in between (instances starting together seed one database): replace that one.
          if (existing || attempt > 1 || !(error instanceof HttpProblem) || error.type !== '/problems/slug-taken') throw error
        }
      }
    },

    async applyScheduled (slug, { status, publishedAt, claim }, context) {
      const now = context.now ?? new Date()
      let claimed = false
      // As patch({ status }) does, except that a first publication is dated at the scheduled time.
      const stored = await write(slug, (current) => ({
        ...current!.document, status, published_at: current!.document.published_at ?? (status === 'published' ? publishedAt ?? now.toISOString() : null),
      }), { ...context, now, unconditional: true }, { claim: async (current, trx) => (claimed = await claim(current, trx)) })
      return claimed ? viewWithMedia(stored) : undefined
    },

    async close () {
      await parser.close()
    },
  }
  return service
}
