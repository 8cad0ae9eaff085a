import SQLite from 'better-sqlite3'
import { Kysely, SqliteDialect, type CompiledQuery } from 'kysely'
import { test } from 'tap'
import type { Database } from '../../src/db/schema.js'
import { createReviewRepository } from '../../src/reviews/repository.js'
import { build, childEnv, scriptCommand, SLUG, submitReview, tempDir } from '../helper.js'
import { spawn } from 'node:child_process'
import { join } from 'node:path'

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
  const reviews = createReviewRepository(db)
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

test('200 concurrent POSTs over a real socket are each stored exactly once', async (t) => {
  const path = join(tempDir(t), 'concurrent.db')
  const { command, args } = scriptCommand('server')
  const child = spawn(command, args, {
    env: childEnv({ DATABASE_PATH: path, PORT: '0', LOG_LEVEL: 'info', REVIEW_MODERATION: 'post', REVIEW_RATE_LIMIT_MAX: '1000' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  t.teardown(() => { if (child.exitCode === null) child.kill('SIGKILL') })
  const origin = await new Promise<string>((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000)
    child.stdout.on('data', (chunk) => {
      output += chunk
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
      if (match) { clearTimeout(timer); resolve(match[1]!) }
    })
  })

  const submissions = Array.from({ length: 200 }, (_, i) => ({ author_name: `Reader ${i}`, rating: 1 + ((i * 7) % 5), body: `Concurrent review ${i}` }))
  const responses = await Promise.all(submissions.map((body) => fetch(`${origin}/v1/articles/${SLUG}/reviews`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })))
  t.same(responses.map((res) => res.status), submissions.map(() => 201), 'every submission acknowledged with 201')
  const created = await Promise.all(responses.map(async (res) => ((await res.json()) as { data: { id: number, body: string } }).data))
  t.equal(new Set(created.map((review) => review.id)).size, 200, '200 distinct ids')

  const summary = ((await (await fetch(`${origin}/v1/articles/${SLUG}/reviews/summary`)).json()) as { data: { count: number, average: number, distribution: Record<string, number> } }).data
  const distribution: Record<string, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }
  for (const submission of submissions) distribution[submission.rating]!++
  const sum = submissions.reduce((total, submission) => total + submission.rating, 0)
  t.same(summary, { count: 200, average: Math.round((sum / 200) * 100) / 100, distribution }, 'summary equals an independent recomputation')

  child.kill('SIGTERM')
  await new Promise((resolve) => child.on('close', resolve))
  // Read the file after the server is gone: what was acknowledged is on disk.
  const SQLite = (await import('better-sqlite3')).default
  const sqlite = new SQLite(path, { readonly: true })
  const rows = sqlite.prepare('SELECT body, COUNT(*) AS n FROM reviews GROUP BY body').all() as Array<{ body: string, n: number }>
  sqlite.close()
  t.equal(rows.length, 200)
  t.ok(rows.every((row) => row.n === 1), 'no body stored twice')
  t.same(rows.map((row) => row.body).sort(), submissions.map((s) => s.body).sort())
})
