// src/cli.ts: migrate, seed, export/import (keys: test/api-keys/cli.test.ts; backup/restore: test/db/backup.test.ts).
// Each command runs once in a real process (runScript: exit code, output); the other checks run it in this process
// (runCliInProcess, the same function and the same answer without a node start).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { test } from 'tap'
import { projectRoot } from '../src/base/paths.js'
import { runCliInProcess, runScript, SLUG, sqliteDatabaseFile, tempDir } from './helper.js'

test('npm run migrate / npm run seed', async (t) => {
  const env = { DATABASE_PATH: join(tempDir(t), 'nested', 'dir', 'cli.db') }
  const migrated = await runScript('cli', ['migrate'], env)
  t.equal(migrated.code, 0, migrated.stderr)
  t.match(migrated.stdout, /Migrations are up to date/)

  const first = await runScript('cli', ['seed'], env)
  t.equal(first.code, 0, first.stderr)
  t.equal(first.stdout.trim(), `${SLUG}: created (version 1)`)
  const second = await runCliInProcess(['seed'], env)
  t.equal(second.stdout.trim(), `${SLUG}: unchanged (version 1)`, 'idempotent')

  const unknown = await runCliInProcess(['frobnicate'], env)
  t.equal(unknown.code, 1)
  t.match(unknown.stderr, /Unknown command "frobnicate"[\s\S]*Usage:/)
})

test('npm run cli -- export / import: Markdown files in and out', async (t) => {
  const dir = tempDir(t)
  const env = { DATABASE_PATH: join(dir, 'cli.db') }
  // As `npm run seed` leaves it (the test above runs that command): a copy of a template, not another CLI start.
  await sqliteDatabaseFile(env.DATABASE_PATH, { seeded: true })
  const file = join(dir, 'article.md')
  const exported = await runCliInProcess(['export', SLUG, file], env)
  t.equal(exported.code, 0, exported.stderr)
  t.equal(exported.stdout.trim(), `Wrote ${file}`)
  const markdown = readFileSync(file, 'utf8')
  t.match(markdown, /^---\nslug: from-training-to-employment/)
  t.equal((await runScript('cli', ['export', SLUG], env)).stdout, markdown, 'without FILE: to stdout')

  const same = await runCliInProcess(['import', file], env)
  t.equal(same.stdout, `${file}: ${SLUG} replaced (version 1, published)\n1 file: 0 created, 1 replaced, 0 failed, 0 warnings\n`, 'the same article: nothing changes')
  writeFileSync(file, markdown.replace('# From Training to Employment', '# From Training to Work'))
  const changed = await runCliInProcess(['import', file], env)
  t.match(changed.stdout, `${file}: ${SLUG} replaced (version 2, published)\n`)
  const sqlite = new SQLite(env.DATABASE_PATH, { readonly: true })
  t.teardown(() => sqlite.close())
  t.same(sqlite.prepare('SELECT title, updated_by FROM articles').all(), [{ title: 'From Training to Work: The Power of Healthcare Internships', updated_by: 'cli' }])

  writeFileSync(file, '---\nslug: bad\n---\n# Bad\n\n> [a quote](javascript:alert(1))\n')
  const bad = await runCliInProcess(['import', file], env)
  t.equal(bad.code, 1)
  t.equal(bad.stderr, `${file}: failed: 1 problem\n  line 6:3 /body/intro/0/children/0/children/0/url: must be an http(s), mailto or tel URL, or a relative one\n`)
  t.match(bad.stdout, /^1 file: 0 created, 0 replaced, 1 failed, 0 warnings\n$/)

  const missing = await runCliInProcess(['import', join(dir, 'no-such-file.md')], env)
  t.equal(missing.code, 1)
  t.match(missing.stderr, /^Cannot read \S+no-such-file\.md: ENOENT/, 'a path that cannot be read is named')
  t.notMatch(missing.stderr, /at .*\.js:\d+/, 'no stack trace')
})

test('npm run cli -- import <folder>: a whole blog, a line per file, a total; --dry-run writes nothing', async (t) => {
  const dir = tempDir(t)
  const blog = join(dir, 'blog')
  cpSync(join(projectRoot, 'test', 'fixtures', 'blog'), blog, { recursive: true })
  mkdirSync(join(blog, 'broken'))
  writeFileSync(join(blog, 'broken', 'index.md'), '---\ndate: someday\n---\n# Broken\n\n[x](javascript:alert(1))\n')
  writeFileSync(join(blog, '_index.md'), '---\ntitle: Posts\n---\n')
  const env = { DATABASE_PATH: join(dir, 'blog.db') }
  const lines = (text: string) => text.trimEnd().split('\n').filter((line) => !line.startsWith('  '))

  const dry = await runCliInProcess(['import', blog, '--dry-run'], env)
  t.equal(dry.code, 1, 'a file failed')
  t.same(lines(dry.stdout), [
    'gatsby/content/blog/what-interns-learn/index.md: what-interns-learn would be created, 3 warnings',
    'hash-sections.md: hash-sections would be created, 2 warnings',
    'hostile-html.md: embedding-media-safely would be created, 7 warnings',
    'hugo/content/posts/triage-basics.md: triage-basics would be created, 2 warnings',
    'jekyll/_posts/2023-11-20-night-shifts.md: night-shifts would be created, 4 warnings',
    'long-code.md: long-code would be created',
    'next/posts/ward-checklists/index.md: ward-checklists would be created, 2 warnings',
    'no-headings-draft.md: no-headings-draft would be created',
    'unicode.md: uber-arzte would be created, 3 warnings',
    '10 files checked (dry run: nothing written): 9 would be created, 0 would be replaced, 1 failed, 23 warnings',
  ])
  t.match(dry.stdout, /\n {2}warning: line 2:1 front matter field "layout" is not an article field: ignored\n/, 'warnings are printed under their file')
  t.equal(dry.stderr, [
    'broken/index.md: failed: 2 problems',
    '  line 2:1 /body/published_at: "date" is not a date: write 2024-03-05 or 2024-03-05T10:00:00Z',
    '  line 6:1 /body/intro/0/children/0/url: must be an http(s), mailto or tel URL, or a relative one',
    '',
  ].join('\n'), 'every problem of a failed file, with its line')
  const sqlite = () => {
    const db = new SQLite(env.DATABASE_PATH, { readonly: true })
    t.teardown(() => db.close())
    return db
  }
  t.same(sqlite().prepare('SELECT count(*) AS n FROM articles').get(), { n: 0 }, 'a dry run writes nothing')

  const real = await runScript('cli', ['import', blog], env)
  t.equal(real.code, 1)
  t.match(real.stdout, /^gatsby\/content\/blog\/what-interns-learn\/index\.md: what-interns-learn created \(version 1, published\), 3 warnings\n/)
  t.match(real.stdout, /\nno-headings-draft\.md: no-headings-draft created \(version 1, draft\)\n/)
  t.match(real.stdout, /\n10 files: 9 created, 0 replaced, 1 failed, 23 warnings\n$/)
  t.same(sqlite().prepare('SELECT slug FROM articles ORDER BY slug').all().map((row) => (row as { slug: string }).slug), [
    'embedding-media-safely', 'hash-sections', 'long-code', 'night-shifts', 'no-headings-draft', 'triage-basics', 'uber-arzte', 'ward-checklists', 'what-interns-learn',
  ], 'the nine posts; not the broken one, not Hugo\'s _index.md')

  rmSync(join(blog, 'broken'), { recursive: true })
  const again = await runCliInProcess(['import', blog], env)
  t.equal(again.code, 0, again.stderr)
  t.match(again.stdout, /\n9 files: 0 created, 9 replaced, 0 failed, 23 warnings\n$/)
  t.match(again.stdout, /\nlong-code\.md: long-code replaced \(version 1, published\)\n/, 'unchanged posts keep their version')
})
