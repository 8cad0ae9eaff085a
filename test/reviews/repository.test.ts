import SQLite from 'better-sqlite3'
import { Kysely, SqliteDialect, type CompiledQuery } from 'kysely'
import { test } from 'tap'
import type { Database } from '../../src/db/schema.js'
import { PUBLISHED_ID_SQL } from '../../src/content/repository.js'
import { createReviewRepository } from '../../src/reviews/repository.js'
import { join } from 'node:path'
import { build, SLUG, submitReview, tempDir } from '../helper.js'

test('review queries use an index, never a full scan or a sort of the table', async (t) => {
  const path = join(tempDir(t), 'plans.db')
  const app = await build(t, { env: { DATABASE_PATH: path } })
  // A second connection of our own, logging the SQL the repository's reads run (writes stay on the app's connection).
  const sqlite = new SQLite(path)
  t.teardown(() => sqlite.close())
  const captured: CompiledQuery[] = []
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: sqlite }),
    log: (event) => { if (event.level === 'query') captured.push(event.query) },
  })
  const reviews = createReviewRepository(db, { publishedIdSql: PUBLISHED_ID_SQL })
  // Enough rows that the planner has something to choose between (ANALYZE gives it statistics).
  for (let i = 0; i < 300; i++) {
    const { stored } = await submitReview(app, { authorName: `R${i}`, email: `r${i}@example.org`, rating: 1 + (i % 5), body: `Body ${i}`, clientIp: `10.2.${i >> 8}.${i & 255}` })
    if (i % 3 === 0) await app.services.reviews.moderate(stored.id, 'approved')
  }
  const articleId = (await app.repositories.content.findPublishedId(SLUG))!
  sqlite.exec('ANALYZE')

  const plans: Record<string, string[]> = {}
  async function planOf (name: string, run: () => Promise<unknown>) {
    captured.length = 0
    await run()
    plans[name] = captured.flatMap((query) => (sqlite.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.parameters as unknown[]) as Array<{ detail: string }>).map((row) => row.detail))
  }
  await planOf('public list by date', () => reviews.listApproved({ id: articleId, slug: SLUG }, { limit: 20, page: 1, sort: '-created_at' }))
  await planOf('public list by rating', () => reviews.listApproved({ id: articleId, slug: SLUG }, { limit: 20, page: 1, sort: '-rating' }))
  await planOf('summary', () => reviews.summary(articleId))
  await planOf('admin list', () => reviews.listForModeration({ limit: 20, page: 1 }))
  await planOf('admin list by status', () => reviews.listForModeration({ status: 'pending', limit: 20, page: 1 }))
  await planOf('admin list by status and article', () => reviews.listForModeration({ status: 'pending', articleSlug: SLUG, limit: 20, page: 1 }))

  for (const [name, details] of Object.entries(plans)) {
    const reviewSteps = details.filter((detail) => /\breviews\b/.test(detail))
    t.ok(reviewSteps.length > 0, `${name}: touches reviews`)
    for (const detail of reviewSteps) t.match(detail, /USING (COVERING )?INDEX reviews_/, `${name}: ${detail}`)
    t.notOk(details.some((detail) => detail.includes('TEMP B-TREE')), `${name}: no sort of the result in a temporary b-tree (${details.join(' | ')})`)
  }
})
