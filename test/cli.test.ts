import { join } from 'node:path'
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
