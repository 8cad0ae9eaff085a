import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { test } from 'tap'
import { runScript, SLUG, startServer, tempDir } from './helper.js'

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
})

test('npm run cli -- backup / restore: consistent under concurrent writes; restore refused while the server runs', async (t) => {
  const dir = tempDir(t)
  const database = join(dir, 'live.db')
  const server = await startServer(t, { DATABASE_PATH: database, PORT: '0', CONTACT_RATE_LIMIT_MAX: '100000' })
  let writing = true
  let acknowledged = 0
  const writer = (async () => {
    for (let i = 0; writing; i++) {
      const res = await fetch(`${server.origin}/v1/contact-messages`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: `w${i}@example.org`, message: `Message ${i}` }),
      })
      if (res.status === 202) acknowledged++
    }
  })()
  await new Promise((resolve) => setTimeout(resolve, 300))
  const backupPath = join(dir, 'backups', 'copy.db')
  const backup = await runScript('cli', ['backup', backupPath], { DATABASE_PATH: database })
  const atBackup = acknowledged
  writing = false
  await writer
  t.equal(backup.code, 0, backup.stderr)
  t.match(backup.stdout, /^Backed up to .*copy\.db \(\d+ pages, integrity ok\)\./)
  t.ok(atBackup > 0, `${atBackup} messages were acknowledged while backing up`)
  t.equal((await runScript('cli', ['backup', backupPath], { DATABASE_PATH: database })).code, 1, 'a backup never overwrites a file')

  const refused = await runScript('cli', ['restore', backupPath], { DATABASE_PATH: database })
  t.equal(refused.code, 1)
  t.match(refused.stderr, /is in use \(is the server running\?\)/)
  t.equal(await server.stop(), 0)

  const restoredPath = join(dir, 'restored.db')
  const restored = await runScript('cli', ['restore', backupPath], { DATABASE_PATH: restoredPath })
  t.equal(restored.code, 0, restored.stderr)
  const copy = new SQLite(restoredPath, { readonly: true })
  t.teardown(() => copy.close())
  t.same(copy.pragma('integrity_check'), [{ integrity_check: 'ok' }])
  const count = (copy.prepare('SELECT count(*) AS n FROM contact_messages').get() as { n: number }).n
  t.ok(count > 0 && count <= acknowledged, `the backup holds a consistent prefix of the writes (${count} of ${acknowledged})`)
  t.equal((copy.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n, 1)
  const overOld = await runScript('cli', ['restore', backupPath], { DATABASE_PATH: database })
  t.equal(overOld.code, 0, 'over a stopped server\'s database')
})
