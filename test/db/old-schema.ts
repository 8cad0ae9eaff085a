// A database as it was before rich content (migrations 001–010): articles written in the old shape by SQL (paragraph
// blocks with `text`, list blocks with `style` and rows in list_items), indexed for search by migration 008 as it
// indexed the articles it found, and revisions whose snapshots hold old-shape blocks. Then migrated to the latest.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { sql } from 'kysely'
import { migrationsDir } from '../../src/base/paths.js'
import type { DatabaseHandle } from '../../src/db/connection.js'
import { databaseEnv, openDatabaseOf, tempDir } from '../helper.js'

interface Tap { teardown(fn: () => unknown): void }

export type OldBlock = { type: 'paragraph', text: string } | { type: 'list', style: 'bullet' | 'ordered', items: Array<{ text: string }> }
export interface OldArticle {
  slug: string
  title: string
  intro: OldBlock[]
  sections: Array<{ key: string, heading: string, blocks: OldBlock[] }>
  /** Revisions kept of it: version and snapshot (an ArticleInput of that time, old-shape blocks). */
  revisions?: Array<{ version: number, snapshot: unknown }>
}

/** The migrations up to `version` (both engines' folders), in a directory of their own. */
export function migrationsUpTo (t: Tap, version: number): string {
  const dir = tempDir(t)
  mkdirSync(join(dir, 'postgres'))
  for (const sub of ['', 'postgres']) {
    for (const file of readdirSync(join(migrationsDir, sub)).filter((name) => name.endsWith('.sql')).sort().slice(0, version)) {
      copyFileSync(join(migrationsDir, sub, file), join(dir, sub, file))
    }
  }
  return dir
}

const NOW = '2025-02-01T10:00:00.000Z'

async function insertBlocks (database: DatabaseHandle, articleId: number, sectionId: number | null, blocks: OldBlock[]) {
  const { db } = database
  for (const [position, block] of blocks.entries()) {
    const { rows } = block.type === 'paragraph'
      ? await sql<{ id: number }>`INSERT INTO blocks (article_id, section_id, position, type, text) VALUES (${articleId}, ${sectionId}, ${position}, 'paragraph', ${block.text}) RETURNING id`.execute(db)
      : await sql<{ id: number }>`INSERT INTO blocks (article_id, section_id, position, type, style) VALUES (${articleId}, ${sectionId}, ${position}, 'list', ${block.style}) RETURNING id`.execute(db)
    if (block.type !== 'list') continue
    // Items written in reverse: their order is their position, not the order of the rows.
    for (const [itemPosition, item] of [...block.items.entries()].reverse()) {
      await sql`INSERT INTO list_items (block_id, position, text) VALUES (${rows[0]!.id}, ${itemPosition}, ${item.text})`.execute(db)
    }
  }
}

/**
 * A fresh database (the suite's engine) holding `articles` as the code before migration 011 wrote them, their search
 * parts as migration 008 wrote them for the articles it found, then `final` applied: the environment naming it.
 */
export async function oldDatabase (t: Tap, articles: OldArticle[], { final = migrationsDir } = {}): Promise<Record<string, string>> {
  const env = await databaseEnv(t)
  const database = openDatabaseOf(t, env)
  const before = migrationsUpTo(t, 10)
  await database.migrate(before)
  const { db } = database
  for (const article of articles) {
    const words = [article.title, ...[...article.intro, ...article.sections.flatMap((section) => section.blocks)]
      .flatMap((block) => block.type === 'paragraph' ? [block.text] : block.items.map((item) => item.text))].join(' ').split(/\s+/).length
    const version = Math.max(1, ...(article.revisions ?? []).map((revision) => revision.version + 1))
    const { rows } = await sql<{ id: number }>`INSERT INTO articles (slug, title, excerpt, status, published_at, created_at, updated_at, version, word_count, updated_by)
      VALUES (${article.slug}, ${article.title}, '', 'published', ${NOW}, ${NOW}, ${NOW}, ${version}, ${words}, 'seed') RETURNING id`.execute(db)
    const articleId = rows[0]!.id
    await insertBlocks(database, articleId, null, article.intro)
    for (const [position, section] of article.sections.entries()) {
      const { rows: sectionRows } = await sql<{ id: number }>`INSERT INTO sections (article_id, key, position, heading) VALUES (${articleId}, ${section.key}, ${position}, ${section.heading}) RETURNING id`.execute(db)
      await insertBlocks(database, articleId, sectionRows[0]!.id, section.blocks)
    }
    for (const revision of article.revisions ?? []) {
      await sql`INSERT INTO article_revisions (article_id, version, created_at, created_by, summary, snapshot)
        VALUES (${articleId}, ${revision.version}, ${NOW}, 'seed', 'created (published, 9 sections)', ${JSON.stringify(revision.snapshot)})`.execute(db)
    }
  }
  // Migration 008 indexed the articles it found: as if these were written before it, it runs again.
  if (database.engine === 'sqlite') {
    database.sqlite!.exec('DROP TABLE search_index; DROP TABLE search_parts')
  } else {
    await sql`DROP TABLE search_parts`.execute(db)
    await sql`DROP TEXT SEARCH CONFIGURATION content_search`.execute(db)
  }
  await sql`DELETE FROM schema_migrations WHERE version = 8`.execute(db)
  const again = await database.migrate(before)
  if (again.join() !== '008_search.sql') throw new Error(`expected 008 to run again, ran ${again.join()}`)
  await database.migrate(final)
  return env
}
