// src/cli.ts: migrate, seed, export/import (keys: test/api-keys/cli.test.ts; backup/restore: test/db/backup.test.ts).
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { test } from 'tap'
import { runScript, SLUG, tempDir } from './helper.js'

test('npm run migrate / npm run seed', async (t) => {
  const env = { DATABASE_PATH: join(tempDir(t), 'nested', 'dir', 'cli.db') }
  const migrated = await runScript('cli', ['migrate'], env)
  t.equal(migrated.code, 0, migrated.stderr)
  t.match(migrated.stdout, /Migrations are up to date/)

  const first = await runScript('cli', ['seed'], env)
  t.equal(first.code, 0, first.stderr)
  t.equal(first.stdout.trim(), `${SLUG}: created (version 1)`)
  const second = await runScript('cli', ['seed'], env)
  t.equal(second.stdout.trim(), `${SLUG}: unchanged (version 1)`, 'idempotent')

  const unknown = await runScript('cli', ['frobnicate'], env)
  t.equal(unknown.code, 1)
  t.match(unknown.stderr, /Unknown command "frobnicate"[\s\S]*Usage:/)
})

test('npm run cli -- export / import: Markdown files in and out', async (t) => {
  const dir = tempDir(t)
  const env = { DATABASE_PATH: join(dir, 'cli.db') }
  t.equal((await runScript('cli', ['seed'], env)).code, 0)
  const file = join(dir, 'article.md')
  const exported = await runScript('cli', ['export', SLUG, file], env)
  t.equal(exported.code, 0, exported.stderr)
  t.equal(exported.stdout.trim(), `Wrote ${file}`)
  const markdown = readFileSync(file, 'utf8')
  t.match(markdown, /^---\nslug: from-training-to-employment/)
  t.equal((await runScript('cli', ['export', SLUG], env)).stdout, markdown, 'without FILE: to stdout')

  const same = await runScript('cli', ['import', file], env)
  t.equal(same.stdout.trim(), `${SLUG}: replaced (version 1, published)`, 'the same article: nothing changes')
  writeFileSync(file, markdown.replace('# From Training to Employment', '# From Training to Work'))
  const changed = await runScript('cli', ['import', file], env)
  t.equal(changed.stdout.trim(), `${SLUG}: replaced (version 2, published)`)
  const sqlite = new SQLite(env.DATABASE_PATH, { readonly: true })
  t.teardown(() => sqlite.close())
  t.same(sqlite.prepare('SELECT title, updated_by FROM articles').all(), [{ title: 'From Training to Work: The Power of Healthcare Internships', updated_by: 'cli' }])

  writeFileSync(file, '---\nslug: bad\n---\n# Bad\n\n> a quote\n')
  const bad = await runScript('cli', ['import', file], env)
  t.equal(bad.code, 1)
  t.match(bad.stderr, /line 6: block quotes cannot be stored/)
  t.notMatch(bad.stderr, /at .*\.js:\d+/, 'no stack trace')

  const missing = await runScript('cli', ['import', join(dir, 'no-such-file.md')], env)
  t.equal(missing.code, 1)
  t.match(missing.stderr, /^Cannot read \S+no-such-file\.md: ENOENT/, 'a file that cannot be read is named')
  t.notMatch(missing.stderr, /at .*\.js:\d+/, 'no stack trace')
})
